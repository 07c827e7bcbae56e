"""A retry asks again the failures it forgot, even when the strategy would end at once."""

from __future__ import annotations

from adaptive import knowledge, strategies
from adaptive.retry import ask_again
from adaptive.types import Answer, AnswerStatus, Finished, KnowledgeStatus
from tests.unit.adaptive.adaptive_builders import T0, make_challenge, make_ke, make_profile


def test_only_failures_older_than_the_delay_are_forgotten():
    profile = make_profile({"mail": [1, 2, 3]})
    one, two, three = profile.skills
    elements = [
        make_ke(one, KnowledgeStatus.VALIDATED, days_ago=10),
        make_ke(two, KnowledgeStatus.INVALIDATED, days_ago=5),
        make_ke(three, KnowledgeStatus.INVALIDATED, days_ago=1),
    ]

    assert knowledge.forgotten_failures(elements, T0) == {two.id}


def test_a_retry_over_successes_alone_still_asks_the_failed_skills_easiest_first():
    profile = make_profile({"mail": [1, 2, 3], "web": [1, 2, 3], "file": [1, 2, 3]})
    failed = {"mail3", "web2"}
    old = [
        make_ke(
            skill,
            KnowledgeStatus.INVALIDATED if skill.id in failed else KnowledgeStatus.VALIDATED,
            days_ago=5,
        )
        for skill in profile.skills
    ]
    seen = knowledge.improvement_filter(old, T0)
    answers: list[Answer] = []

    asked = []
    while (
        again := ask_again(
            knowledge.forgotten_failures(old, T0), profile.skills, profile.challenges, answers, 7
        )
    ) is not None:
        asked.append(again.skill_id)
        answers.append(Answer(again.id, AnswerStatus.OK))

    # What the retry would do without it: bayes-tube-v1 sees only successes and stops.
    decision = strategies.next_challenge(
        "bayes-tube-v1", profile.skills, seen, profile.challenges, [], 7
    )
    assert isinstance(decision, Finished)
    assert asked == ["web2", "mail3"]


def test_an_untimed_variant_is_preferred_and_an_asked_skill_is_not_asked_twice():
    profile = make_profile({"mail": [1]})
    (skill,) = profile.skills
    timed = make_challenge(skill, "b", timer=30)
    challenges = (timed, *profile.challenges)

    first = ask_again({skill.id}, profile.skills, challenges, [], 1)

    assert first is not None and first.timer is None
    assert (
        ask_again({skill.id}, profile.skills, challenges, [Answer(first.id, AnswerStatus.KO)], 1)
        is None
    )
