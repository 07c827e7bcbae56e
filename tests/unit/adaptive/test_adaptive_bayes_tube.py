"""bayes-tube-v1: the learner model (checked against brute force) and the strategy's rules."""

from __future__ import annotations

import itertools
import math
from typing import Literal

import pytest
from adaptive_builders import make_challenge, make_ke, make_profile, make_skill

from adaptive.playthrough import play
from adaptive.strategies import BayesConfig, BayesTube
from adaptive.strategies.tube_model import (
    ModelConfig,
    _ability_given_global,
    _global_prior,
    _level_given_ability,
    guess_rate,
    likelihood,
    posterior,
)
from adaptive.types import (
    Answer,
    AnswerStatus,
    Challenge,
    Finished,
    KnowledgeSource,
    KnowledgeStatus,
    Next,
    Profile,
    Skill,
)

STRATEGY = BayesTube()
OK, KO = AnswerStatus.OK, AnswerStatus.KO
MODEL = ModelConfig()


def test_guess_rates_follow_the_challenge_type() -> None:
    skill = make_skill("t", 1)
    assert guess_rate(make_challenge(skill, proposals="- a\n- b\n- c\n- d")) == 0.25
    assert guess_rate(make_challenge(skill, proposals="- a\n- b")) == 0.5
    assert guess_rate(make_challenge(skill, type="QCM")) < 0.1
    assert guess_rate(make_challenge(skill, type="QROC")) < guess_rate(
        make_challenge(skill, type="QCM")
    )
    assert guess_rate(make_challenge(skill, type="???")) == 0.1


def test_likelihood_of_one_right_answer() -> None:
    # Right at level 2 with slip 0.1 and guess 0.25: 0.25 below level 2, 0.9 from it.
    values = likelihood(3, [(2, True, 0.1, 0.25)])
    assert values == pytest.approx([0.25, 0.25, 0.9, 0.9])


def brute_force(
    tubes: dict[str, tuple[str, int]], evidence: dict[str, list[tuple[int, bool, float, float]]]
) -> dict[str, list[float]]:
    """The joint distribution enumerated term by term: global × competences × tube levels."""
    grid = MODEL.grid
    prior = _global_prior(grid, MODEL.global_mean, MODEL.global_spread)
    comp = _ability_given_global(grid, MODEL.competence_spread)
    competences = sorted({c for c, _ in tubes.values()})
    tube_ids = list(tubes)
    marginals = {t: [0.0] * (tubes[t][1] + 1) for t in tube_ids}
    for g in range(len(grid)):
        for thetas in itertools.product(range(len(grid)), repeat=len(competences)):
            weight = prior[g]
            for c_index in range(len(competences)):
                weight *= comp[g][thetas[c_index]]
            theta_of = dict(zip(competences, thetas, strict=True))
            ranges = [range(tubes[t][1] + 1) for t in tube_ids]
            for levels in itertools.product(*ranges):
                w = weight
                for tube_id, level in zip(tube_ids, levels, strict=True):
                    competence, top = tubes[tube_id]
                    rows = _level_given_ability(grid, MODEL.tube_spread, top)
                    w *= rows[theta_of[competence]][level]
                    w *= likelihood(top, evidence.get(tube_id, []))[level]
                for tube_id, level in zip(tube_ids, levels, strict=True):
                    marginals[tube_id][level] += w
    return {t: [v / sum(values) for v in values] for t, values in marginals.items()}


def test_posterior_matches_brute_force_enumeration() -> None:
    tubes = {"a": ("c1", 3), "b": ("c1", 2), "c": ("c2", 2)}
    evidence = {
        "a": [(2, True, 0.1, 0.25), (3, False, 0.1, 0.02)],
        "c": [(1, False, 0.1, 0.25)],
    }
    fast = posterior(tubes, evidence, MODEL)
    slow = brute_force(tubes, evidence)
    for tube_id in tubes:
        assert fast.tubes[tube_id] == pytest.approx(slow[tube_id], abs=1e-9)


def p_at_least(levels: list[float], level: int) -> float:
    return sum(levels[level:])


def test_one_slip_does_not_invalidate_the_rest_of_the_tube() -> None:
    tubes = {"t": ("c", 6)}
    clean = [(level, True, 0.1, 0.02) for level in (1, 2, 3, 5)]
    slipped = [*clean, (4, False, 0.1, 0.02)]
    belief = posterior(tubes, {"t": slipped}, MODEL).tubes["t"]
    assert p_at_least(belief, 4) > 0.5  # smart random would have invalidated 4, 5, 6
    assert p_at_least(belief, 4) < p_at_least(posterior(tubes, {"t": clean}, MODEL).tubes["t"], 4)


def test_tubes_of_a_competence_inform_each_other() -> None:
    tubes = {f"t{i}": ("c", 4) for i in range(4)}
    strong = {f"t{i}": [(4, True, 0.1, 0.02), (3, True, 0.1, 0.02)] for i in range(3)}
    belief = posterior(tubes, strong, MODEL)
    unseen = posterior(tubes, {}, MODEL).tubes["t3"]
    assert p_at_least(belief.tubes["t3"], 2) > 0.9
    assert p_at_least(belief.tubes["t3"], 2) > p_at_least(unseen, 2) + 0.2


def first(decision: Next | Finished) -> Challenge:
    assert isinstance(decision, Next)
    return decision.challenge


def test_first_question_is_easy_and_untimed() -> None:
    skills = [make_skill("t", level) for level in range(1, 6)]
    challenges = [make_challenge(s, timer=30 if s.level == 1 else None) for s in skills]
    for seed in range(10):
        chosen = first(STRATEGY(skills, [], challenges, [], seed))
        assert chosen.skill_id == "t2"


def test_no_timed_challenge_after_a_timed_one_while_another_is_informative() -> None:
    skills = [make_skill(tube, level) for tube in "tu" for level in (1, 2, 3)]
    challenges = [make_challenge(s, timer=None if s.id == "u2" else 30) for s in skills]
    answers = [Answer(challenges[1].id, OK, timed=True)]
    for seed in range(5):
        assert first(STRATEGY(skills, [], challenges, answers, seed)).skill_id == "u2"
    # When only timed challenges are informative, the rule gives way, as in Pix.
    answers.append(Answer(challenges[4].id, OK, timed=False))
    answers.append(Answer(challenges[5].id, KO, timed=True))
    decision = STRATEGY(skills, [], challenges, answers, 0)
    assert isinstance(decision, Finished) or decision.challenge.timed


def test_nothing_far_above_the_tube_estimate() -> None:
    skills = [make_skill("t", level) for level in range(1, 9)]
    challenges = [make_challenge(s) for s in skills]
    answers = [Answer(challenges[0].id, KO), Answer(challenges[1].id, KO)]
    for seed in range(5):
        decision = STRATEGY(skills, [], challenges, answers, seed)
        if isinstance(decision, Next):
            assert int(decision.challenge.skill_id[1:]) <= 4


def test_prefers_the_challenge_least_open_to_guessing() -> None:
    skill = make_skill("t", 2)
    qcu = make_challenge(skill, "qcu")
    qroc = make_challenge(skill, "qroc", type="QROC")
    assert first(STRATEGY([skill], [], [qcu, qroc], [], 0)) is qroc


def test_earlier_knowledge_is_evidence_and_is_not_asked_again() -> None:
    profile = make_profile({"t": [1, 2, 3, 4]})
    skills = profile.skills
    earlier = [
        make_ke(skills[2], KnowledgeStatus.VALIDATED),
        make_ke(skills[0], KnowledgeStatus.VALIDATED, source=KnowledgeSource.INFERRED),
        make_ke(skills[1], KnowledgeStatus.VALIDATED, source=KnowledgeSource.INFERRED),
    ]
    decision = STRATEGY(skills, earlier, profile.challenges, [], 0)
    estimate = decision.estimate
    assert {"t1", "t2", "t3"} <= estimate.validated
    if isinstance(decision, Next):
        assert decision.challenge.skill_id == "t4"


def test_finishes_with_a_reason_and_keeps_direct_answers() -> None:
    profile = make_profile({"t": [1, 2]})
    answers = [Answer(profile.challenges[0].id, KO), Answer(profile.challenges[1].id, OK)]
    decision = STRATEGY(profile.skills, [], profile.challenges, answers, 0)
    assert isinstance(decision, Finished)
    assert decision.estimate.validated == {"t2"}
    assert decision.estimate.invalidated == {"t1"}
    assert decision.estimate.reason


def test_empty_profile_finishes_at_once() -> None:
    assert isinstance(STRATEGY([], [], [], [], 0), Finished)


def test_settling_writes_the_estimate_as_inferred_knowledge() -> None:
    profile = make_profile({"a": [1, 2, 3], "b": [1, 2, 3]})
    truth = {"a": 3, "b": 3}

    def respond(challenge: Challenge, skill: Skill) -> AnswerStatus:
        return OK if skill.level <= truth[skill.tube_id] else KO

    run = play(STRATEGY, profile, respond, seed=3)
    assert run.finished
    inferred = [e for e in run.knowledge if e.source is KnowledgeSource.INFERRED]
    direct = {e.skill_id for e in run.knowledge if e.source is KnowledgeSource.DIRECT}
    assert {e.skill_id for e in inferred} == {s.id for s in profile.skills} - direct
    assert run.validated == {s.id for s in profile.skills}


def test_golden_sequence() -> None:
    """A fixed scripted run: any change of behaviour must update this on purpose."""
    profile = make_profile(
        {"web": [1, 2, 3], "mail": [1, 2, 3, 4, 5], "doc": [1, 2, 3, 4]},
        {"doc": "c2"},
    )
    truth = {"web": 2, "mail": 4, "doc": 1}

    def respond(challenge: Challenge, skill: Skill) -> AnswerStatus:
        return OK if skill.level <= truth[skill.tube_id] else KO

    run = play(STRATEGY, profile, respond, seed=11)
    assert [c.skill_id for c in run.asked] == GOLDEN_BAYES
    assert run.validated == {"web1", "web2", "mail1", "mail2", "mail3", "mail4", "doc1"}
    assert math.isfinite(run.estimate.level)


GOLDEN_BAYES = ["mail2", "doc4", "doc2", "doc1", "web3", "web2", "mail3", "mail4"]


def test_configuration_is_recorded_under_the_strategy_name() -> None:
    custom = BayesTube(BayesConfig(target_accuracy=0.9), name="bayes-tube-v1@0.9")
    decision = custom([make_skill("t", 1)], [], [make_challenge(make_skill("t", 1))], [], 0)
    assert decision.estimate.strategy == "bayes-tube-v1@0.9"


def test_support_scope_decides_which_competences_must_be_asked() -> None:
    skills = [
        Skill(f"{c}{level}", f"@{c}{level}", level, c, c, 4.0, area_id="1")
        for c in ("a", "b", "c", "d")
        for level in (1, 2)
    ]
    profile = Profile("p", tuple(skills), tuple(make_challenge(s) for s in skills))
    skill_of = {skill.id: skill for skill in skills}

    def asked_competences(support: Literal["area", "competence", "global"]) -> set[str]:
        strategy = BayesTube(BayesConfig(support=support, target_accuracy=0.8))
        run = play(strategy, profile, lambda c, s: OK, seed=1)
        assert run.validated == {skill.id for skill in skills}
        return {skill_of[c.skill_id].competence_id for c in run.asked}

    assert asked_competences("competence") == {"a", "b", "c", "d"}
    assert len(asked_competences("area")) < 4
