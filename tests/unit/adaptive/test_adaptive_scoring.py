"""Scoring: pix and levels per competence, mastery rates, stages, badges, certifiability."""

from __future__ import annotations

from adaptive_builders import make_ke, make_skill

from adaptive import scoring
from adaptive.scoring import BadgeCriterion, CriterionScope, Stage
from adaptive.types import KnowledgeStatus, Skill


def competence_with(levels: int, per_level: int, competence: str = "c1") -> list[Skill]:
    """``per_level`` skills at each level, worth min(4, 8 / per_level) pix each (Pix's rule)."""
    value = min(4.0, 8 / per_level)
    return [
        make_skill(f"{competence}t{tube}", level, competence, pix=value)
        for level in range(1, levels + 1)
        for tube in range(per_level)
    ]


def test_pix_are_floored_and_the_level_is_pix_over_eight() -> None:
    skills = competence_with(levels=3, per_level=3)  # 8/3 pix per skill
    validated = {skill.id for skill in skills if skill.level <= 2}
    validated.add(skills[-1].id)  # one level-3 skill: 6 × 8/3 + 8/3 = 18.67
    score = scoring.competence_scores(skills, validated)["c1"]
    assert score.pix == 18
    assert score.level == 2
    assert score.pix_ahead_for_next_level == 2
    assert score.remaining_pix_to_next_level == 6


def test_fractional_pix_values_sum_to_whole_levels() -> None:
    skills = competence_with(levels=2, per_level=3)
    score = scoring.competence_scores(skills, {skill.id for skill in skills})["c1"]
    assert (score.pix, score.level) == (16, 2)


def test_pix_and_level_are_capped_by_the_maximum_reachable_level() -> None:
    skills = competence_with(levels=7, per_level=2)  # 56 pix
    everything = {skill.id for skill in skills}
    capped = scoring.competence_scores(skills, everything)["c1"]
    assert (capped.pix, capped.level) == (40, 5)
    seven = scoring.competence_scores(skills, everything, max_reachable_level=7)["c1"]
    assert (seven.pix, seven.level) == (56, 7)
    excess = scoring.competence_scores(skills, everything, allow_excess=True)["c1"]
    assert excess.level == 7


def test_total_pix_and_certifiability() -> None:
    skills = [s for c in range(6) for s in competence_with(2, 2, competence=f"c{c}")]
    level_one_in = {s.id for s in skills if s.level == 1 and s.competence_id != "c5"}
    scores = scoring.competence_scores(skills, level_one_in)
    assert scoring.total_pix(scores) == 5 * 8
    assert scoring.is_certifiable(scores)
    fewer = {s for s in level_one_in if not s.startswith("c4")}
    assert not scoring.is_certifiable(scoring.competence_scores(skills, fewer))


def test_scores_follow_the_current_knowledge() -> None:
    skill = make_skill("t", 1, pix=4)
    elements = [
        make_ke(skill, KnowledgeStatus.VALIDATED, days_ago=2),
        make_ke(skill, KnowledgeStatus.RESET, days_ago=1),
    ]
    assert scoring.scores_from_knowledge([skill], elements)["c1"].pix == 0


def test_mastery_rate_overall_per_competence_and_per_area() -> None:
    target = competence_with(2, 2, "c1") + competence_with(1, 2, "c2")
    validated = {target[0].id, target[1].id, target[4].id}
    assert scoring.mastery_rate(target, validated) == 0.5
    assert scoring.mastery_percent_by_competence(target, validated) == {"c1": 50, "c2": 50}
    by_area = scoring.mastery_percent_by_area(target, validated, {"c1": "a1", "c2": "a1"})
    assert by_area == {"a1": 50}
    assert scoring.mastery_rate([], validated) == 0.0


def test_percentages_round_half_up_like_pix() -> None:
    target = [make_skill("t", level) for level in range(1, 9)]
    assert scoring.mastery_percent_by_competence(target, {"t1"}) == {"c1": 13}  # 12.5 → 13


STAGES = [
    Stage("zero", threshold=0),
    Stage("first", is_first_skill=True),
    Stage("half", threshold=50),
    Stage("most", threshold=80),
]


def test_reached_stage_is_the_last_threshold_met() -> None:
    target = [make_skill("t", level) for level in range(1, 11)]
    reached = scoring.reached_stage(STAGES, target, set())
    assert reached is not None and (reached.stage.id, reached.reached) == ("zero", 1)
    one = scoring.reached_stage(STAGES, target, {"t1"})
    assert one is not None and (one.stage.id, one.reached, one.total) == ("first", 2, 4)
    six = scoring.reached_stage(STAGES, target, {f"t{i}" for i in range(1, 7)})
    assert six is not None and six.stage.id == "half"
    all_ = scoring.reached_stage(STAGES, target, {skill.id for skill in target})
    assert all_ is not None and all_.reached == 4


def test_level_stages_become_thresholds_on_the_target() -> None:
    target = [make_skill("t", level) for level in (1, 1, 2, 3)]
    assert scoring.stage_threshold(Stage("l2", level=2), target) == 75
    assert scoring.stage_threshold(Stage("l0", level=0), target) == 0
    assert scoring.stage_threshold(Stage("l1", level=1), []) == 100


def test_badge_needs_every_criterion() -> None:
    target = competence_with(2, 2, "c1") + competence_with(2, 2, "c2")
    campaign = BadgeCriterion(CriterionScope.CAMPAIGN, threshold=75)
    each = BadgeCriterion(CriterionScope.EACH_COMPETENCE, threshold=75)
    validated = {s.id for s in target if s.competence_id == "c1"} | {target[4].id, target[5].id}
    assert scoring.criterion_met(campaign, target, validated)
    assert not scoring.criterion_met(each, target, validated)  # c2 is at 50 %
    assert scoring.criterion_progress(each, target, validated) == 67
    assert not scoring.badge_acquired([campaign, each], target, validated)
    validated.add(target[6].id)
    assert scoring.badge_acquired([campaign, each], target, validated)


def test_capped_tube_criterion_counts_only_skills_under_the_cap() -> None:
    target = [make_skill("web", level) for level in (1, 2, 3)] + [make_skill("mail", 1)]
    criterion = BadgeCriterion(CriterionScope.CAPPED_TUBES, 100, capped_tubes=(("web", 2),))
    assert scoring.criterion_met(criterion, target, {"web1", "web2"})
    assert not scoring.criterion_met(criterion, target, {"web1", "web3"})
    empty = BadgeCriterion(CriterionScope.CAPPED_TUBES, 0, capped_tubes=(("nope", 2),))
    assert not scoring.criterion_met(empty, target, set())
    assert not scoring.badge_acquired([], target, set())
