"""Properties every knowledge-building strategy must keep, on random profiles and answers."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from adaptive.playthrough import Responder, play
from adaptive.strategies import BayesTube, SmartRandom
from adaptive.strategies.base import Strategy
from adaptive.types import AnswerStatus, Challenge, Profile, Skill

STRATEGIES: list[Strategy] = [SmartRandom(), BayesTube()]
TYPES = ["QCU", "QCM", "QROC", "QROCM-ind", "QROCM-dep"]
PROPERTY = settings(deadline=None, max_examples=40)


@st.composite
def profiles(draw: st.DrawFn, contiguous: bool = False) -> Profile:
    """Small random profiles; ``contiguous`` tubes have no gap between levels, as real tubes
    (smart random cannot climb over a gap of more than two levels, by design)."""
    skills: list[Skill] = []
    challenges: list[Challenge] = []
    for c in range(draw(st.integers(1, 3))):
        for t in range(draw(st.integers(1, 3))):
            if contiguous:
                first = draw(st.integers(1, 3))
                levels = set(range(first, first + draw(st.integers(1, 6))))
            else:
                levels = draw(st.sets(st.integers(1, 8), min_size=1, max_size=6))
            for level in sorted(levels):
                skill = Skill(
                    f"c{c}t{t}l{level}",
                    f"@c{c}t{t}{level}",
                    level,
                    f"c{c}t{t}",
                    f"c{c}",
                    area_id=f"a{c // 2}",
                )
                skills.append(skill)
                for n in range(draw(st.integers(1 if contiguous else 0, 2))):
                    challenges.append(
                        Challenge(
                            f"{skill.id}-{n}",
                            skill.id,
                            draw(st.sampled_from(TYPES)),
                            proposals="- a\n- b\n- c",
                            timer=draw(st.sampled_from([None, None, 30])),
                        )
                    )
    return Profile("random", tuple(skills), tuple(challenges))


def constant(result: AnswerStatus) -> Responder:
    return lambda challenge, skill: result


def random_answers(seed: int) -> Responder:
    rng = random.Random(seed)
    return lambda challenge, skill: AnswerStatus.OK if rng.random() < 0.6 else AnswerStatus.KO


def playable_skills(profile: Profile) -> set[str]:
    return {challenge.skill_id for challenge in profile.challenges}


@PROPERTY
@given(profiles(), st.integers(0, 2**32), st.integers(0, 2**32))
def test_terminates_and_never_asks_a_challenge_twice(
    profile: Profile, answer_seed: int, seed: int
) -> None:
    for strategy in STRATEGIES:
        run = play(strategy, profile, random_answers(answer_seed), seed)
        assert run.finished, strategy.name
        ids = [challenge.id for challenge in run.asked]
        assert len(ids) == len(set(ids)), strategy.name
        assert len({challenge.skill_id for challenge in run.asked}) == len(ids), strategy.name


@PROPERTY
@given(profiles(contiguous=True), st.integers(0, 2**32))
def test_all_right_answers_validate_every_playable_tube(profile: Profile, seed: int) -> None:
    # The maximum reachable: every skill up to the highest playable level of its tube.
    playable = playable_skills(profile)
    top: dict[str, int] = {}
    for skill in profile.skills:
        if skill.id in playable:
            top[skill.tube_id] = max(top.get(skill.tube_id, 0), skill.level)
    expected = {s.id for s in profile.skills if s.level <= top.get(s.tube_id, 0)}
    for strategy in STRATEGIES:
        run = play(strategy, profile, constant(AnswerStatus.OK), seed)
        assert run.validated >= expected, strategy.name


@PROPERTY
@given(profiles(), st.integers(0, 2**32), st.sampled_from(list(AnswerStatus)))
def test_all_wrong_answers_validate_nothing(
    profile: Profile, seed: int, failure: AnswerStatus
) -> None:
    if failure is AnswerStatus.OK:
        failure = AnswerStatus.KO
    for strategy in STRATEGIES:
        run = play(strategy, profile, constant(failure), seed)
        assert run.validated == frozenset(), strategy.name


@PROPERTY
@given(profiles(), st.integers(0, 2**32), st.integers(0, 2**32))
def test_final_state_never_contradicts_a_direct_answer(
    profile: Profile, answer_seed: int, seed: int
) -> None:
    for strategy in STRATEGIES:
        run = play(strategy, profile, random_answers(answer_seed), seed)
        for challenge, answer in zip(run.asked, run.answers, strict=True):
            assert (challenge.skill_id in run.validated) == answer.result.is_success


@PROPERTY
@given(profiles(), st.integers(0, 2**32))
def test_same_inputs_same_sequence(profile: Profile, seed: int) -> None:
    for strategy in STRATEGIES:
        first = play(strategy, profile, random_answers(seed), seed)
        again = play(strategy, profile, random_answers(seed), seed)
        assert first.asked == again.asked
        assert first.estimate == again.estimate
