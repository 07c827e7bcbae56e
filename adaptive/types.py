"""The vocabulary of the adaptive engine: frozen values the domain layer converts content into.

Nothing here knows about storage or HTTP. Identifiers are plain strings so that the domain
can use whatever ids the content release carries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class AnswerStatus(StrEnum):
    """Result of a corrected answer. Only ``OK`` is a success, everywhere."""

    OK = "ok"
    KO = "ko"
    ABAND = "aband"
    TIMEDOUT = "timedout"
    FOCUSED_OUT = "focusedOut"
    PARTIALLY = "partially"
    UNIMPLEMENTED = "unimplemented"

    @property
    def is_success(self) -> bool:
        return self is AnswerStatus.OK


class ChallengeType(StrEnum):
    QCU = "QCU"
    QCM = "QCM"
    QROC = "QROC"
    QROCM_IND = "QROCM-ind"
    QROCM_DEP = "QROCM-dep"


class KnowledgeStatus(StrEnum):
    VALIDATED = "validated"
    INVALIDATED = "invalidated"
    RESET = "reset"


class KnowledgeSource(StrEnum):
    DIRECT = "direct"
    INFERRED = "inferred"


ALL_TREATMENTS: frozenset[str] = frozenset({"t1", "t2", "t3"})


@dataclass(frozen=True, slots=True)
class Skill:
    """An "acquis": one level (1..8) of one tube.

    ``tube_id`` must be the same for every skill of a tube; Pix derives it from the skill
    name (``@tube3`` → ``@tube``), see :func:`tube_of_name`.
    """

    id: str
    name: str
    level: int
    tube_id: str
    competence_id: str
    pix_value: float = 0.0
    area_id: str = ""


def tube_of_name(skill_name: str) -> str:
    """Pix rebuilds tubes from skill names: the name minus its trailing level digit."""
    return skill_name[:-1]


@dataclass(frozen=True, slots=True)
class Challenge:
    """One "épreuve". ``type`` stays a plain string so that unknown types can be carried and
    answered ``unimplemented`` rather than rejected at conversion time."""

    id: str
    skill_id: str
    type: str
    proposals: str = ""
    solution: str = ""
    timer: int | None = None
    focused: bool = False
    format: str = ""
    treatments: frozenset[str] = ALL_TREATMENTS
    # "validé" challenges are preferred over archived ones when picking (§4.6).
    validated: bool = True
    discrimination: float | None = None
    difficulty: float | None = None

    @property
    def timed(self) -> bool:
        return self.timer is not None


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer already given in the current assessment.

    ``timed`` is true when the challenge ran with a timer (Pix: ``answer.timeout`` set and
    non-zero); smart random uses it to avoid two timed challenges in a row.
    """

    challenge_id: str
    result: AnswerStatus
    timed: bool = False


@dataclass(frozen=True, slots=True)
class KnowledgeElement:
    """Append-only evidence about one skill; the latest one per skill is the current state."""

    skill_id: str
    status: KnowledgeStatus
    source: KnowledgeSource
    created_at: datetime
    assessment_id: str = ""
    answer_id: str = ""
    earned_pix: float = 0.0
    competence_id: str = ""


@dataclass(frozen=True)
class Estimate:
    """What a strategy believes after the answers so far.

    ``validated`` / ``invalidated`` are the skills the strategy considers decided; every other
    target skill is untested. ``level`` is strategy-specific: smart random's predicted level,
    the mean tube level for bayes-tube, the capacity for flash.
    """

    strategy: str
    level: float
    validated: frozenset[str] = frozenset()
    invalidated: frozenset[str] = frozenset()
    skill_probability: Mapping[str, float] = field(default_factory=dict)
    capacity: float | None = None
    error_rate: float | None = None
    reason: str = ""


@dataclass(frozen=True)
class Next:
    challenge: Challenge
    estimate: Estimate


@dataclass(frozen=True)
class Finished:
    estimate: Estimate


Decision = Next | Finished


@dataclass(frozen=True)
class Profile:
    """A target profile as the engine sees it: target skills and every candidate challenge.

    ``competence_area`` maps competence ids to area ids, for per-area results.
    """

    id: str
    skills: tuple[Skill, ...]
    challenges: tuple[Challenge, ...]
    competence_area: Mapping[str, str] = field(default_factory=dict)
