"""A solution as a learner reads it in the correction (never the raw matching syntax)."""

from __future__ import annotations

from adaptive import yamlish
from domain.learning_content.model import ChallengeText


def _first(value: object) -> str:
    if isinstance(value, list):
        return str(value[0]) if value else ""
    return str(value)


def displayable_solution(kind: str, text: ChallengeText) -> list[str]:
    """One line per expected answer: the right proposals, or one accepted form per field."""
    if kind in ("QCU", "QCM"):
        proposals = [
            line.strip()[2:]
            for line in text.proposals.splitlines()
            if line.strip().startswith("- ")
        ]
        ranks = [int(r) for r in text.solution.split(",") if r.strip().isdigit()]
        return [proposals[r - 1] for r in ranks if 0 < r <= len(proposals)]
    if kind == "QROC":
        return [next((line.strip() for line in text.solution.splitlines() if line.strip()), "")]
    try:
        parsed = yamlish.parse(text.solution)
    except yamlish.YamlishError:
        return [text.solution]
    if isinstance(parsed, dict):
        return [f"{key} : {_first(value)}" for key, value in parsed.items()]
    return [_first(group) for group in parsed]
