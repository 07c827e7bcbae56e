"""smart-random-v1: Pix's algorithm step by step, plus golden scripted sequences."""

from __future__ import annotations

import math

import pytest
from adaptive_builders import make_challenge, make_ke, make_profile, make_skill

from adaptive.playthrough import Responder, play
from adaptive.strategies.smart_random import SmartRandom, predicted_level
from adaptive.types import (
    Answer,
    AnswerStatus,
    Challenge,
    Finished,
    KnowledgeStatus,
    Next,
    Profile,
    Skill,
)

STRATEGY = SmartRandom()
OK, KO = AnswerStatus.OK, AnswerStatus.KO


def scripted(script: dict[str, bool]) -> Responder:
    def respond(challenge: Challenge, skill: Skill) -> AnswerStatus:
        return OK if script[skill.id] else KO

    return respond


def by_truth(truth: dict[str, int]) -> Responder:
    def respond(challenge: Challenge, skill: Skill) -> AnswerStatus:
        return OK if skill.level <= truth[skill.tube_id] else KO

    return respond


def sequence(profile: Profile, respond: Responder, seed: int) -> list[tuple[str, str]]:
    run = play(STRATEGY, profile, respond, seed)
    assert run.finished
    return [(c.skill_id, a.result.value) for c, a in zip(run.asked, run.answers, strict=True)]


def test_predicted_level_solves_the_likelihood_equation_on_the_grid() -> None:
    # No evidence: the two virtual answers (0 right, 7 wrong) balance at 3.5.
    assert predicted_level([]) == 3.5
    # Hand-computed: S(4.5) ≈ 0.011, S(4) ≈ 0.090, S(5) ≈ −0.065.
    assert predicted_level([(2, True)]) == 4.5
    assert predicted_level([(2, True), (3, False)]) == 2.5
    assert predicted_level([(2, True), (3, False), (3, True)]) == 3.5
    assert predicted_level([(level, False) for level in range(1, 8)] * 3) == 0.5


def test_golden_two_tubes_hand_derived() -> None:
    """Derived by hand from the specification: level 2 of the easy tube first; the easy tube
    is exhausted before the other; with a predicted level of 2.5 the rewards on the mail tube
    are 1.73, 2.76, 3.00, 2.37 (level 5 is too hard) so mail3 comes next; then 3.5 → mail4."""
    profile = make_profile({"web": [1, 2, 3], "mail": [1, 2, 3, 4, 5]})
    assert sequence(profile, by_truth({"web": 2, "mail": 4}), seed=1) == [
        ("web2", "ok"),
        ("web3", "ko"),
        ("mail3", "ok"),
        ("mail4", "ok"),
        ("mail5", "ko"),
    ]


FOUR_TUBES = make_profile(
    {"a": [1, 2, 3], "b": [1, 2, 3], "c": [2, 3, 4, 5, 6], "d": [1, 2, 3, 4, 5, 6, 7]},
    {"c": "c2", "d": "c2"},
)


def test_golden_four_tubes_seed_3() -> None:
    truth = {"a": 3, "b": 0, "c": 5, "d": 2}
    run = play(STRATEGY, FOUR_TUBES, by_truth(truth), seed=3)
    assert [c.skill_id for c in run.asked] == [
        *("b2", "a2", "b1", "a3", "d3", "c3", "c4", "c5", "d2"),
    ]
    assert sorted(run.validated) == [
        *("a1", "a2", "a3", "c2", "c3", "c4", "c5", "d1", "d2"),
    ]
    # c6 stays untested: it is more than 2 levels above the final predicted level.
    assert "c6" not in run.estimate.validated | run.estimate.invalidated


def test_golden_four_tubes_seed_2_with_slips() -> None:
    script = {
        **{"a2": True, "a3": False, "b1": True, "b2": False, "b3": False},
        **{"c3": True, "c4": True, "c5": True, "d2": True, "d3": False},
    }
    assert sequence(FOUR_TUBES, scripted(script), seed=2) == [
        ("a2", "ok"),
        ("b3", "ko"),
        ("b2", "ko"),
        ("a3", "ko"),
        ("b1", "ok"),
        ("d3", "ko"),
        ("c3", "ok"),
        ("c4", "ok"),
        ("d2", "ok"),
        ("c5", "ok"),
    ]


def test_first_challenge_prefers_level_two_of_an_easy_untimed_tube() -> None:
    profile = make_profile({"hard": [1, 2, 3, 4], "easy": [1, 2, 3]})
    decision = STRATEGY(profile.skills, [], profile.challenges, [], seed=0)
    assert isinstance(decision, Next)
    assert decision.challenge.skill_id == "easy2"
    assert decision.estimate.level == 2


def test_first_challenge_takes_the_lowest_level_when_there_is_no_level_two() -> None:
    skills = (make_skill("t", 3), make_skill("t", 4), make_skill("u", 5))
    challenges = tuple(make_challenge(skill) for skill in skills)
    decision = STRATEGY(skills, [], challenges, [], seed=0)
    assert isinstance(decision, Next) and decision.challenge.skill_id == "t3"


def test_first_challenge_avoids_timed_skills_unless_only_timed_ones_remain() -> None:
    skills = (make_skill("t", 2), make_skill("u", 2))
    timed_t = make_challenge(skills[0], timer=60)
    plain_u = make_challenge(skills[1])
    decision = STRATEGY(skills, [], (timed_t, plain_u), [], seed=0)
    assert isinstance(decision, Next) and decision.challenge.skill_id == "u2"
    only_timed = STRATEGY(skills[:1], [], (timed_t,), [], seed=0)
    assert isinstance(only_timed, Next) and only_timed.challenge is timed_t


def test_no_timed_challenge_right_after_a_timed_one() -> None:
    skills = (make_skill("t", 1), make_skill("t", 2), make_skill("u", 1))
    challenges = (
        make_challenge(skills[0]),
        make_challenge(skills[1], timer=30),
        make_challenge(skills[2], timer=30),
    )
    answers = [Answer(challenges[1].id, KO, timed=True)]
    elements = [make_ke(skills[1], KnowledgeStatus.INVALIDATED, assessment_id="a")]
    decision = STRATEGY(skills, elements, challenges, answers, seed=0)
    assert isinstance(decision, Next) and decision.challenge.skill_id == "t1"


def test_skills_tested_in_earlier_assessments_are_not_asked_again() -> None:
    profile = make_profile({"web": [1, 2, 3]})
    elements = [make_ke(profile.skills[1], KnowledgeStatus.VALIDATED, days_ago=30)]
    decision = STRATEGY(profile.skills, elements, profile.challenges, [], seed=0)
    assert isinstance(decision, Next) and decision.challenge.skill_id in {"web1", "web3"}


def test_finished_when_nothing_is_left_and_estimate_lists_the_state() -> None:
    profile = make_profile({"web": [1, 2]})
    skills = profile.skills
    elements = [make_ke(skills[0], KnowledgeStatus.VALIDATED)]
    elements.append(make_ke(skills[1], KnowledgeStatus.INVALIDATED))
    answers = [Answer(profile.challenges[1].id, KO)]
    decision = STRATEGY(skills, elements, profile.challenges, answers, seed=0)
    assert isinstance(decision, Finished)
    assert decision.estimate.validated == {"web1"}
    assert decision.estimate.invalidated == {"web2"}
    assert decision.estimate.strategy == "smart-random-v1"


def test_validated_challenges_are_preferred_within_the_chosen_skill() -> None:
    skill = make_skill("t", 2)
    archived = make_challenge(skill, "old", validated=False)
    current = make_challenge(skill, "new")
    for seed in range(5):
        decision = STRATEGY((skill,), [], (archived, current), [], seed=seed)
        assert isinstance(decision, Next) and decision.challenge is current


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_same_inputs_give_the_same_decision(seed: int) -> None:
    first = STRATEGY(FOUR_TUBES.skills, [], FOUR_TUBES.challenges, [], seed)
    again = STRATEGY(FOUR_TUBES.skills, [], FOUR_TUBES.challenges, [], seed)
    assert first == again


def test_reward_keeps_every_tie_and_the_seed_picks_among_them() -> None:
    profile = make_profile({"a": [1, 2, 3], "b": [1, 2, 3], "c": [1, 2, 3]})
    picks = set()
    for seed in range(12):
        decision = STRATEGY(profile.skills, [], profile.challenges, [], seed)
        assert isinstance(decision, Next)
        picks.add(decision.challenge.skill_id)
    assert picks == {"a2", "b2", "c2"}


def test_old_direct_knowledge_feeds_the_predicted_level() -> None:
    profile = make_profile({"t": [1, 2, 3, 4, 5, 6, 7, 8]})
    skills = profile.skills
    elements = [make_ke(skills[level - 1], KnowledgeStatus.VALIDATED) for level in (1, 2, 3)]
    answers = [Answer("elsewhere", OK)]
    decision = STRATEGY(skills, elements, profile.challenges, answers, seed=0)
    assert isinstance(decision, Next)
    level = decision.estimate.level
    assert math.isclose(level, predicted_level([(1, True), (2, True), (3, True)]))
    assert decision.challenge.skill_id != "t8" or level >= 6
