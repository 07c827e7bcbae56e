"""The anti-corruption layer between the learning content and the adaptive engine.

The engine caches its indexes by the identity of the tuples it gets, so each (release, target,
locale) view is built once and reused for every call.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat

from adaptive import scoring
from adaptive.types import Challenge as EngineChallenge
from adaptive.types import Skill as EngineSkill
from domain.learning_content.model import Badge, LearningContent, Stage


@dataclass(frozen=True)
class EngineView:
    target: str
    skills: tuple[EngineSkill, ...]
    challenges: tuple[EngineChallenge, ...]
    competence_area: dict[str, str]
    # Indexes built once per view: every answer looks things up in them.
    skill_ids: frozenset[str] = field(init=False)
    skills_by_id: dict[str, EngineSkill] = field(init=False)
    challenges_by_id: dict[str, EngineChallenge] = field(init=False)
    timed_challenge_ids: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        set_ = object.__setattr__  # frozen: the indexes are derived once, here
        set_(self, "skill_ids", frozenset(s.id for s in self.skills))
        set_(self, "skills_by_id", {s.id: s for s in self.skills})
        set_(self, "challenges_by_id", {c.id: c for c in self.challenges})
        set_(
            self,
            "timed_challenge_ids",
            frozenset(c.id for c in self.challenges if c.timer is not None),
        )


class UnknownTargetError(LookupError):
    pass


def target_of(target_profile_id: str | None, competence_index: str | None) -> str:
    """The name of what a campaign tests: a profile id, or `competence:<index>`."""
    if competence_index:
        return f"competence:{competence_index}"
    if target_profile_id:
        return target_profile_id
    raise UnknownTargetError("nothing to test")


def build_view(content: LearningContent, target: str, locale: str = "fr") -> EngineView:
    area_of = {index: area.code for area in content.areas for index in area.competence_indexes}
    if target.startswith("competence:"):
        index = target.split(":", 1)[1]
        if index not in content.competences_by_index:
            raise UnknownTargetError(target)
        skills = [s for s in content.skills if s.competence_index == index]
    elif target in content.profiles_by_id:
        skills = content.profile_skills(content.profiles_by_id[target])
    else:
        raise UnknownTargetError(target)
    wanted = {s.id for s in skills}
    return EngineView(
        target=target,
        skills=tuple(
            EngineSkill(
                id=s.id,
                name=s.id,
                level=s.level,
                tube_id=s.tube_name,
                competence_id=s.competence_index,
                pix_value=s.pix_value,
                area_id=area_of.get(s.competence_index, ""),
            )
            for s in skills
        ),
        challenges=tuple(
            EngineChallenge(
                id=c.id,
                skill_id=c.skill_id,
                type=c.type,
                proposals=(c.texts.get(locale) or c.texts["fr"]).proposals,
                solution=(c.texts.get(locale) or c.texts["fr"]).solution,
                timer=c.timer,
                focused=c.focused,
                treatments=frozenset(c.tolerances),
            )
            for c in content.challenges
            if c.skill_id in wanted
        ),
        competence_area=area_of,
    )


class EngineViews:
    """Views per (release, target, locale), built on first use."""

    def __init__(self) -> None:
        self._views: dict[tuple[str, str, str], EngineView] = {}

    def get(self, content: LearningContent, target: str, locale: str) -> EngineView:
        key = (content.release_id, target, locale)
        view = self._views.get(key)
        if view is None:
            view = self._views[key] = build_view(content, target, locale)
        return view


_SCOPES = {
    "campaign": scoring.CriterionScope.CAMPAIGN,
    "every_competence": scoring.CriterionScope.EACH_COMPETENCE,
}


def badge_acquired(badge: Badge, skills: Sequence[EngineSkill], validated: Collection[str]) -> bool:
    """Whether a content badge's criteria are met, judged by the engine's scoring rules."""
    criteria = [scoring.BadgeCriterion(_SCOPES[c.scope], c.threshold) for c in badge.criteria]
    return scoring.badge_acquired(criteria, skills, validated)


def stage_reached(
    stages: Sequence[Stage], skills: Sequence[EngineSkill], validated: Collection[str]
) -> tuple[Stage, int] | None:
    """The content stage reached and its 1-based rank (the first stage is rank 1)."""
    engine_stages = [scoring.Stage(id=str(i), threshold=s.threshold) for i, s in enumerate(stages)]
    reached = scoring.reached_stage(engine_stages, skills, validated)
    if reached is None:
        return None
    return stages[int(reached.stage.id)], reached.reached


class ResultsJudge:
    """`stage_reached` and `badge_acquired` prepared once for many participants of one target.
    A participant's validated skills become a bit mask over the target's skills and every
    group (competence, area, badge scope) a mask too, so judging one participant is a few
    integer operations (exports and dashboards judge 100 000 of them). Same answers as the
    functions above (tests/unit/domain/learning_content/test_results_judge.py)."""

    def __init__(
        self, stages: Sequence[Stage], badges: Sequence[Badge], skills: Sequence[EngineSkill]
    ) -> None:
        self.stages = list(stages)
        self.bit = {skill.id: 1 << i for i, skill in enumerate(skills)}
        self.size = len(skills)
        engine_stages = [
            scoring.Stage(id=str(i), threshold=s.threshold) for i, s in enumerate(stages)
        ]
        self._ordered = scoring.ordered_stages(engine_stages, skills)
        self._thresholds = [scoring.stage_threshold(s, skills) for s in self._ordered]
        whole = (1 << len(skills)) - 1
        by_competence: dict[str, int] = {}
        for skill in skills:
            by_competence[skill.competence_id] = (
                by_competence.get(skill.competence_id, 0) | self.bit[skill.id]
            )
        self._badges: list[list[tuple[list[tuple[int, int]], int]]] = []
        for badge in badges:
            criteria = []
            for criterion in badge.criteria:
                scope = _SCOPES[criterion.scope]
                if scope is scoring.CriterionScope.CAMPAIGN:
                    groups = [whole] if skills else []
                elif scope is scoring.CriterionScope.EACH_COMPETENCE:
                    groups = list(by_competence.values())
                else:  # pragma: no cover - content badges use the two scopes above
                    raise ValueError(criterion.scope)
                criteria.append(([(g, g.bit_count()) for g in groups], criterion.threshold))
            self._badges.append(criteria)

    def mask(self, validated: Iterable[str]) -> int:
        """The validated skills of the target as a bit mask (other skills are ignored)."""
        return sum(map(self.bit.get, validated, repeat(0)))

    def group_mask(self, skill_ids: Iterable[str]) -> int:
        return self.mask(skill_ids)

    def stage(self, validated: frozenset[str]) -> tuple[Stage, int] | None:
        return self.stage_of(self.mask(validated))

    def stage_of(self, mask: int) -> tuple[Stage, int] | None:
        if not self._ordered:
            return None
        count = mask.bit_count()
        mastery = 100 * count / self.size if self.size else 0.0
        index = 0
        if count:
            for position, (stage, threshold) in enumerate(
                zip(self._ordered, self._thresholds, strict=True)
            ):
                if stage.is_first_skill or threshold <= mastery:
                    index = position
        return self.stages[int(self._ordered[index].id)], index + 1

    def badges(self, validated: frozenset[str]) -> list[bool]:
        return self.badges_of(self.mask(validated))

    def badges_of(self, mask: int) -> list[bool]:
        return [
            bool(criteria)
            and all(
                bool(groups)
                and all(100 * (mask & g).bit_count() / size >= threshold for g, size in groups)
                for groups, threshold in criteria
            )
            for criteria in self._badges
        ]
