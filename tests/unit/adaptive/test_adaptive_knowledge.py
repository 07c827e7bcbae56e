"""Knowledge elements: inference inside a tube, latest-wins, reset, improvement filter."""

from __future__ import annotations

from datetime import timedelta

from adaptive_builders import T0, make_ke, make_skill, make_tube
from hypothesis import given, settings
from hypothesis import strategies as st

from adaptive import knowledge
from adaptive.types import (
    AnswerStatus,
    Estimate,
    KnowledgeElement,
    KnowledgeSource,
    KnowledgeStatus,
)

VALIDATED = KnowledgeStatus.VALIDATED
INVALIDATED = KnowledgeStatus.INVALIDATED
TUBE = make_tube("web", range(1, 6))
OTHER_TUBE = make_tube("mail", range(1, 4))
TARGET = TUBE + OTHER_TUBE


def answer(
    skill_index: int, result: AnswerStatus, already: list[KnowledgeElement]
) -> list[KnowledgeElement]:
    return knowledge.elements_for_answer(
        skill=TUBE[skill_index],
        result=result,
        target_skills=TARGET,
        assessment_knowledge=already,
        assessment_id="a1",
        answer_id=f"ans{len(already)}",
        created_at=T0 + timedelta(minutes=len(already)),
    )


def summary(elements: list[KnowledgeElement]) -> list[tuple[str, str, str]]:
    return [(e.skill_id, e.status.value, e.source.value) for e in elements]


def test_success_validates_the_easier_skills_of_the_tube_only() -> None:
    created = answer(2, AnswerStatus.OK, [])
    assert summary(created) == [
        ("web3", "validated", "direct"),
        ("web1", "validated", "inferred"),
        ("web2", "validated", "inferred"),
    ]
    assert created[0].earned_pix == 1.0


def test_failure_invalidates_the_harder_skills_of_the_tube() -> None:
    created = answer(2, AnswerStatus.TIMEDOUT, [])
    assert summary(created) == [
        ("web3", "invalidated", "direct"),
        ("web4", "invalidated", "inferred"),
        ("web5", "invalidated", "inferred"),
    ]
    assert all(element.earned_pix == 0 for element in created)


def test_skills_already_assessed_in_the_assessment_are_left_alone() -> None:
    first = answer(3, AnswerStatus.KO, [])  # web4 ko → web5 invalidated
    second = answer(1, AnswerStatus.OK, first)  # web2 ok → web1 validated, web4 untouched
    assert summary(second) == [("web2", "validated", "direct"), ("web1", "validated", "inferred")]
    assert answer(3, AnswerStatus.OK, first) == []


def test_a_skill_outside_the_target_creates_nothing() -> None:
    stranger = make_skill("other", 2)
    created = knowledge.elements_for_answer(
        skill=stranger,
        result=AnswerStatus.OK,
        target_skills=TARGET,
        assessment_knowledge=[],
        assessment_id="a1",
        answer_id="x",
        created_at=T0,
    )
    assert created == []


def test_without_inference_only_the_direct_element_is_written() -> None:
    created = knowledge.elements_for_answer(
        skill=TUBE[2],
        result=AnswerStatus.OK,
        target_skills=TARGET,
        assessment_knowledge=[],
        assessment_id="a1",
        answer_id="x",
        created_at=T0,
        infer=False,
    )
    assert summary(created) == [("web3", "validated", "direct")]


def test_latest_element_wins_and_reset_means_untested() -> None:
    skill = TUBE[0]
    old = make_ke(skill, INVALIDATED, days_ago=10)
    new = make_ke(skill, VALIDATED, days_ago=1)
    assert knowledge.current([new, old])[skill.id] is new
    resets = knowledge.reset([old, new], [skill.id], at=T0)
    assert [element.status for element in resets] == [KnowledgeStatus.RESET]
    assert resets[0].earned_pix == 0
    assert knowledge.current([old, new, *resets]) == {}
    assert knowledge.validated_skill_ids([old, new]) == {skill.id}


def test_improvement_filter_forgets_old_failures_and_keeps_successes() -> None:
    old_failure = make_ke(TUBE[0], INVALIDATED, days_ago=5)
    recent_failure = make_ke(TUBE[1], INVALIDATED, days_ago=3.9)
    old_success = make_ke(TUBE[2], VALIDATED, days_ago=400)
    kept = knowledge.improvement_filter([old_failure, recent_failure, old_success], T0, 4)
    assert {element.skill_id for element in kept} == {"web2", "web3"}


def test_improvement_filter_reads_the_current_state_first() -> None:
    # An old success superseded by an old failure must not resurface once the failure goes.
    success = make_ke(TUBE[0], VALIDATED, days_ago=30)
    failure = make_ke(TUBE[0], INVALIDATED, days_ago=20)
    assert knowledge.improvement_filter([success, failure], T0, 4) == []


def test_settle_writes_the_estimate_but_never_over_a_direct_answer() -> None:
    direct = make_ke(TUBE[1], INVALIDATED, assessment_id="a1")
    estimate = Estimate(
        strategy="x",
        level=3,
        validated=frozenset({"web1", "web2", "web3"}),
        invalidated=frozenset({"web4", "web5"}),
    )
    created = knowledge.settle(estimate, TUBE, [direct], assessment_id="a1", created_at=T0)
    assert summary(created) == [
        ("web1", "validated", "inferred"),
        ("web3", "validated", "inferred"),
        ("web4", "invalidated", "inferred"),
        ("web5", "invalidated", "inferred"),
    ]


def test_tube_bounds_give_floor_and_ceiling() -> None:
    elements = [make_ke(TUBE[1], VALIDATED), make_ke(TUBE[3], INVALIDATED)]
    assert knowledge.tube_bounds(TUBE, elements) == {"web": (2, 4)}


@settings(deadline=None, max_examples=200)
@given(st.lists(st.tuples(st.integers(0, 4), st.booleans()), min_size=1, max_size=8))
def test_inference_never_contradicts_a_direct_answer(script: list[tuple[int, bool]]) -> None:
    written: list[KnowledgeElement] = []
    direct: dict[str, KnowledgeStatus] = {}
    for index, right in script:
        result = AnswerStatus.OK if right else AnswerStatus.KO
        created = answer(index, result, written)
        for element in created:
            if element.source is KnowledgeSource.DIRECT:
                direct[element.skill_id] = element.status
        written.extend(created)
    state = knowledge.current(written)
    for skill_id, status in direct.items():
        assert state[skill_id].status is status
    # A validated skill never sits above an invalidated one in the tube.
    floor, ceiling = knowledge.tube_bounds(TUBE, written)["web"]
    assert ceiling is None or floor < ceiling
