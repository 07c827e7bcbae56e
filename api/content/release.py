"""A release: the whole content as one JSON document whose id is a hash of what it holds."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any

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
)

FORMAT_VERSION = 1


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def to_release(content: LearningContent) -> dict[str, Any]:
    """The release document; its id is the SHA-256 of its canonical body."""
    body = {
        name: _plain(getattr(content, name))
        for name in (
            "areas",
            "competences",
            "tubes",
            "skills",
            "challenges",
            "tutorials",
            "target_profiles",
            "assets",
        )
    }
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    release_id = hashlib.sha256(canonical.encode()).hexdigest()[:16]
    return {"format": FORMAT_VERSION, "release_id": release_id, **body}


def release_bytes(release: dict[str, Any]) -> bytes:
    return json.dumps(release, sort_keys=True, ensure_ascii=False, indent=1).encode()


def from_release(data: dict[str, Any]) -> LearningContent:
    """Rebuild the domain model from a release document (raises KeyError/TypeError if malformed)."""
    if data.get("format") != FORMAT_VERSION:
        raise ValueError(f"unsupported release format {data.get('format')!r}")
    return LearningContent(
        release_id=str(data["release_id"]),
        areas=tuple(
            Area(a["code"], a["title"], tuple(a["competence_indexes"])) for a in data["areas"]
        ),
        competences=tuple(Competence(**c) for c in data["competences"]),
        tubes=tuple(
            Tube(
                **{**t, "skill_ids": tuple(t["skill_ids"]), "seed_topics": tuple(t["seed_topics"])}
            )
            for t in data["tubes"]
        ),
        skills=tuple(
            Skill(
                **{
                    **s,
                    "tutorial_ids": tuple(s["tutorial_ids"]),
                    "learning_more_tutorial_ids": tuple(s["learning_more_tutorial_ids"]),
                }
            )
            for s in data["skills"]
        ),
        challenges=tuple(_challenge(c) for c in data["challenges"]),
        tutorials=tuple(Tutorial(**t) for t in data["tutorials"]),
        target_profiles=tuple(_profile(p) for p in data["target_profiles"]),
        assets={path: Asset(**asset) for path, asset in data["assets"].items()},
    )


def _challenge(c: dict[str, Any]) -> Challenge:
    texts = {
        locale: ChallengeText(
            **{
                **t,
                "right_answers": tuple(t["right_answers"]),
                "wrong_answers": tuple(t["wrong_answers"]),
            }
        )
        for locale, t in c["texts"].items()
    }
    illustration = c.get("illustration")
    return Challenge(
        id=c["id"],
        skill_id=c["skill_id"],
        type=c["type"],
        texts=texts,
        tolerances=tuple(c["tolerances"]),
        timer=c["timer"],
        focused=c["focused"],
        illustration=Illustration(**illustration) if illustration else None,
        attachments=tuple(c["attachments"]),
    )


def _profile(p: dict[str, Any]) -> TargetProfile:
    return TargetProfile(
        id=p["id"],
        name=p["name"],
        description=p["description"],
        capped_tubes=p["capped_tubes"],
        stages=tuple(Stage(**s) for s in p["stages"]),
        badges=tuple(
            Badge(
                key=b["key"],
                title=b["title"],
                message=b["message"],
                criteria=tuple(BadgeCriterion(**c) for c in b["criteria"]),
                is_certifiable=b["is_certifiable"],
            )
            for b in p["badges"]
        ),
    )
