"""Building, checking and summarising the content release from the YAML sources."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from api.content.release import from_release, to_release
from api.content.source import read_source
from api.settings import ROOT
from domain.learning_content.model import LearningContent
from domain.learning_content.validation import Problem, validate

CONTENT_DIR = ROOT / "content"


@dataclass(frozen=True)
class CheckedContent:
    content: LearningContent
    release: dict[str, Any]
    problems: list[Problem]


def check_source(folder: Path = CONTENT_DIR) -> CheckedContent:
    """Read the sources, build the release and run every rule on it."""
    source = read_source(folder)
    release = to_release(source.content)
    content = from_release(release)
    problems = source.problems + validate(content, seed_topics=source.seed_topics)
    return CheckedContent(content=content, release=release, problems=problems)


def check_release(
    release: dict[str, Any], assets: Path = CONTENT_DIR
) -> tuple[LearningContent | None, list[Problem]]:
    """Validate an imported release document; assets are looked up beside the sources."""
    try:
        content = from_release(release)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        return None, [Problem("release", f"malformed release document: {error!r}")]
    if to_release(content)["release_id"] != content.release_id:
        return None, [Problem("release", "release_id does not match the content hash")]
    return content, validate(content)


def summary(content: LearningContent) -> dict[str, Any]:
    """The counts `pix content check` prints."""
    per_competence: dict[str, Any] = {}
    for competence in content.competences:
        skills = [s for s in content.skills if s.competence_index == competence.index]
        skill_ids = {s.id for s in skills}
        challenges = [c for c in content.challenges if c.skill_id in skill_ids]
        per_competence[competence.index] = {
            "tubes": sum(1 for t in content.tubes if t.competence_index == competence.index),
            "skills": len(skills),
            "skills_per_level": dict(sorted(Counter(str(s.level) for s in skills).items())),
            "challenges": len(challenges),
        }
    types = Counter(c.type for c in content.challenges)
    return {
        "release_id": content.release_id,
        "areas": len(content.areas),
        "competences": len(content.competences),
        "tubes": len(content.tubes),
        "skills": len(content.skills),
        "challenges": len(content.challenges),
        "tutorials": len(content.tutorials),
        "challenges_per_type": dict(sorted(types.items())),
        "challenges_per_level": dict(
            sorted(
                Counter(
                    str(content.skills_by_id[c.skill_id].level)
                    for c in content.challenges
                    if c.skill_id in content.skills_by_id
                ).items()
            )
        ),
        "timed": sum(1 for c in content.challenges if c.timer),
        "focused": sum(1 for c in content.challenges if c.focused),
        "illustrated": sum(1 for c in content.challenges if c.illustration),
        "with_attachment": sum(1 for c in content.challenges if c.attachments),
        "english": sum(1 for c in content.challenges if "en" in c.texts),
        "per_competence": per_competence,
        "target_profiles": {
            p.id: {"tubes": len(p.capped_tubes), "skills": len(content.profile_skills(p))}
            for p in content.target_profiles
        },
    }
