"""Reading the YAML sources under content/ into the domain model, collecting every problem."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from domain.learning_content.model import (
    Area,
    Asset,
    Badge,
    BadgeCriterion,
    Challenge,
    ChallengeText,
    Competence,
    Illustration,
    LearningContent,
    Skill,
    Stage,
    TargetProfile,
    Tube,
    Tutorial,
    pix_values,
)
from domain.learning_content.validation import Problem


@dataclass
class Source:
    """What the YAML files say, as domain objects, plus what could not be read."""

    content: LearningContent
    seed_topics: dict[str, list[str]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def need(self, data: dict[str, Any], key: str, where: str, default: Any = None) -> Any:
        if key not in data or data[key] in (None, ""):
            self.problems.append(Problem(where, f"missing field {key!r}"))
            return default
        return data[key]

    def localized(self, data: dict[str, Any], key: str, where: str) -> dict[str, str]:
        value = data.get(key)
        if isinstance(value, str):
            return {"fr": value}
        if not isinstance(value, dict) or not value:
            self.problems.append(Problem(where, f"missing text {key!r}"))
            return {}
        return {str(k): str(v).strip() for k, v in value.items() if v}


def _load_yaml(path: Path, reader: _Reader) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        reader.problems.append(Problem(str(path.name), f"unreadable: {error}"))
        return None


def read_source(folder: Path) -> Source:
    reader = _Reader()
    framework = _load_yaml(folder / "framework.yaml", reader) or {}
    areas, competences = _framework(framework, reader)
    tubes: list[Tube] = []
    raw_skills: list[dict[str, Any]] = []
    challenges: list[Challenge] = []
    tutorials: list[Tutorial] = []
    for path in sorted((folder / "competences").glob("*.yaml")):
        data = _load_yaml(path, reader) or {}
        index = str(data.get("competence", path.stem))
        for tube_data in data.get("tubes") or []:
            tube, skills, tube_challenges = _tube(tube_data, index, reader)
            tubes.append(tube)
            raw_skills += skills
            challenges += tube_challenges
        tutorials += [_tutorial(t, reader) for t in data.get("tutorials") or []]
    values = pix_values([(s["id"], s["competence"], s["level"]) for s in raw_skills])
    skills = [
        Skill(
            id=s["id"],
            tube_name=s["tube"],
            competence_index=s["competence"],
            level=s["level"],
            pix_value=round(values[s["id"]], 4),
            hint=s["hint"],
            tutorial_ids=s["tutorials"],
            learning_more_tutorial_ids=s["learning_more"],
        )
        for s in raw_skills
    ]
    profiles_data = (
        _load_yaml(folder / "profiles.yaml", reader) if (folder / "profiles.yaml").exists() else {}
    )
    profiles, seed_topics = _profiles(profiles_data or {}, tubes, reader)
    content = LearningContent(
        assets=_assets(folder, challenges, reader),
        release_id="",
        areas=tuple(areas),
        competences=tuple(competences),
        tubes=tuple(tubes),
        skills=tuple(skills),
        challenges=tuple(challenges),
        tutorials=tuple(tutorials),
        target_profiles=tuple(profiles),
    )
    return Source(content=content, seed_topics=seed_topics, problems=reader.problems)


_MEDIA_TYPES = {
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".csv": "text/csv",
    ".txt": "text/plain",
    ".srt": "application/x-subrip",
    ".md": "text/markdown",
    ".pdf": "application/pdf",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
}


def _assets(folder: Path, challenges: list[Challenge], r: _Reader) -> dict[str, Asset]:
    """Files the challenges refer to, embedded so that a release is one self-contained file."""
    wanted = sorted(
        {c.illustration.file for c in challenges if c.illustration}
        | {a for c in challenges for a in c.attachments}
    )
    assets = {}
    for relative in wanted:
        path = (folder / relative).resolve()
        if not path.is_relative_to(folder.resolve()) or not path.is_file():
            continue  # reported by validation as a missing file
        media_type = _MEDIA_TYPES.get(path.suffix.lower())
        if media_type is None:
            r.problems.append(Problem(relative, f"unsupported file type {path.suffix}"))
            continue
        assets[relative] = Asset(media_type, base64.b64encode(path.read_bytes()).decode())
    return assets


def _framework(data: dict[str, Any], r: _Reader) -> tuple[list[Area], list[Competence]]:
    areas, competences = [], []
    for area in data.get("areas") or []:
        code = str(r.need(area, "code", "framework", "?"))
        indexes = []
        for competence in area.get("competences") or []:
            index = str(r.need(competence, "index", f"area {code}", "?"))
            indexes.append(index)
            competences.append(
                Competence(
                    index=index,
                    area_code=code,
                    name=r.localized(competence, "name", index),
                    description=r.localized(competence, "description", index),
                )
            )
        areas.append(
            Area(
                code=code,
                title=r.localized(area, "title", f"area {code}"),
                competence_indexes=tuple(indexes),
            )
        )
    return areas, competences


def _tube(
    data: dict[str, Any], index: str, r: _Reader
) -> tuple[Tube, list[dict[str, Any]], list[Challenge]]:
    name = str(r.need(data, "name", f"competence {index}", "@?"))
    skills, challenges = [], []
    for skill in data.get("skills") or []:
        level = skill.get("level")
        if not isinstance(level, int):
            r.problems.append(Problem(name, "a skill without an integer level"))
            continue
        skill_id = f"{name}{level}"
        skills.append(
            {
                "id": skill_id,
                "tube": name,
                "competence": index,
                "level": level,
                "hint": r.localized(skill, "hint", skill_id) if skill.get("hint") else {},
                "tutorials": tuple(skill.get("tutorials") or ()),
                "learning_more": tuple(skill.get("learning_more_tutorials") or ()),
            }
        )
        challenges += [_challenge(c, skill_id, r) for c in skill.get("challenges") or []]
    tube = Tube(
        name=name,
        competence_index=index,
        title=r.localized(data, "title", name),
        description=r.localized(data, "description", name),
        skill_ids=tuple(s["id"] for s in skills),
        pix_emploi={str(k): int(v) for k, v in (data.get("pix_emploi") or {}).items()},
        seed_topics=tuple(data.get("seed_topics") or ()),
    )
    return tube, skills, challenges


def _challenge(data: dict[str, Any], skill_id: str, r: _Reader) -> Challenge:
    challenge_id = str(r.need(data, "id", skill_id, f"{skill_id}-?"))
    texts = {}
    for locale in ("fr", "en"):
        block = data.get(locale)
        if not isinstance(block, dict):
            continue
        where = f"{challenge_id} [{locale}]"
        answers = block.get("answers") or {}
        texts[locale] = ChallengeText(
            instruction=str(r.need(block, "instruction", where, "")).strip(),
            proposals=str(block.get("proposals") or "").strip(),
            solution=str(r.need(block, "solution", where, "")).strip(),
            explanation=str(r.need(block, "explanation", where, "")).strip(),
            right_answers=tuple(str(a) for a in answers.get("right") or ()),
            wrong_answers=tuple(str(a) for a in answers.get("wrong") or ()),
        )
    illustration = data.get("illustration")
    return Challenge(
        id=challenge_id,
        skill_id=skill_id,
        type=str(r.need(data, "type", challenge_id, "?")),
        texts=texts,
        tolerances=tuple(data["tolerances"])
        if data.get("tolerances") is not None
        else ("t1", "t2", "t3"),
        timer=int(data["timer"]) if data.get("timer") else None,
        focused=bool(data.get("focused", False)),
        illustration=Illustration(
            file=str(illustration.get("file", "")),
            alt=r.localized(illustration, "alt", challenge_id),
        )
        if isinstance(illustration, dict)
        else None,
        attachments=tuple(str(a) for a in data.get("attachments") or ()),
    )


def _tutorial(data: dict[str, Any], r: _Reader) -> Tutorial:
    tutorial_id = str(r.need(data, "id", "tutorials", "tuto-?"))
    return Tutorial(
        id=tutorial_id,
        title=r.localized(data, "title", tutorial_id),
        source=str(r.need(data, "source", tutorial_id, "")),
        format=str(r.need(data, "format", tutorial_id, "page")),
        duration_minutes=int(data.get("duration_minutes") or 0),
        link=str(r.need(data, "link", tutorial_id, "")),
        locale=str(data.get("locale") or "fr"),
    )


def _profiles(
    data: dict[str, Any], tubes: list[Tube], r: _Reader
) -> tuple[list[TargetProfile], dict[str, list[str]]]:
    profiles, seed_topics = [], {}
    for profile in data.get("target_profiles") or []:
        profile_id = str(r.need(profile, "id", "profiles", "?"))
        path = profile.get("path")
        capped = {t.name: t.pix_emploi[path] for t in tubes if path and path in t.pix_emploi}
        capped.update({str(k): int(v) for k, v in (profile.get("capped_tubes") or {}).items()})
        seed_topics[profile_id] = [str(b) for b in profile.get("seed_topics") or []]
        profiles.append(
            TargetProfile(
                id=profile_id,
                name=r.localized(profile, "name", profile_id),
                description=r.localized(profile, "description", profile_id),
                capped_tubes=capped,
                stages=tuple(
                    Stage(
                        threshold=int(s.get("threshold", 0)),
                        title=r.localized(s, "title", profile_id),
                        message=r.localized(s, "message", profile_id),
                        prescriber_title=r.localized(s, "prescriber_title", profile_id),
                        prescriber_description=r.localized(s, "prescriber_description", profile_id),
                    )
                    for s in profile.get("stages") or []
                ),
                badges=tuple(
                    Badge(
                        key=str(r.need(b, "key", profile_id, "?")),
                        title=r.localized(b, "title", profile_id),
                        message=r.localized(b, "message", profile_id),
                        criteria=tuple(
                            BadgeCriterion(scope=str(c["scope"]), threshold=int(c["threshold"]))
                            for c in b.get("criteria") or []
                        ),
                        is_certifiable=bool(b.get("is_certifiable", False)),
                    )
                    for b in profile.get("badges") or []
                ),
            )
        )
    return profiles, seed_topics
