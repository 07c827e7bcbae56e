"""Answer checking: example tables per type, examiner pipeline, malformed inputs."""

from __future__ import annotations

import pytest

from adaptive.answers import SKIPPED, check, examine, input_blocks
from adaptive.types import ALL_TREATMENTS, AnswerStatus, Challenge

OK = AnswerStatus.OK
KO = AnswerStatus.KO


def challenge(type_: str, solution: str, **overrides: object) -> Challenge:
    fields: dict[str, object] = {"id": "c", "skill_id": "s", "type": type_, "solution": solution}
    fields.update(overrides)
    return Challenge(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("2", OK), ("1", KO), (" 2", KO), ("", KO), ("2,3", KO)],
)
def test_qcu_needs_the_exact_rank(answer: str, expected: AnswerStatus) -> None:
    assert check(challenge("QCU", "2"), answer).result is expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("1,3", OK), ("3,1", OK), (" 3 , 1 ", OK), ("1", KO), ("1,2,3", KO), ("", KO)],
)
def test_qcm_ignores_order_and_spaces(answer: str, expected: AnswerStatus) -> None:
    assert check(challenge("QCM", "1, 3"), answer).result is expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Paris", OK),
        ("  PARIS ", OK),
        ("paris.", OK),
        ("Pariss", OK),  # one edit over 6 characters ≤ 0.25
        ("Londres", KO),
        ("Lutèce", OK),
        ("lutece", OK),
        ("", KO),
    ],
)
def test_qroc_applies_every_treatment_by_default(answer: str, expected: AnswerStatus) -> None:
    assert check(challenge("QROC", "Paris\n\nLutèce\n"), answer).result is expected


def test_qroc_edit_distance_is_relative_to_the_answer_length() -> None:
    # "abc" vs "abcd": distance 1 / answer length 3 = 0.33 > 0.25 → refused,
    # while "abcde" vs "abcd": 1 / 5 = 0.2 → accepted.
    assert check(challenge("QROC", "abcd"), "abc").result is KO
    assert check(challenge("QROC", "abcd"), "abcde").result is OK


def test_qroc_without_t3_needs_equality_after_t1_t2() -> None:
    strict = challenge("QROC", "Paris", treatments=frozenset({"t1", "t2"}))
    assert check(strict, "PARIS !").result is OK
    assert check(strict, "Pariss").result is KO


def test_qroc_without_t1_keeps_case() -> None:
    no_t1 = challenge("QROC", "Paris", treatments=frozenset({"t2"}))
    assert check(no_t1, "paris").result is KO
    assert check(no_t1, "Paris!").result is OK


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("12,5", OK), ("12.5", OK), ("12.50", OK), ("1 000", KO), ("12.6", KO), ("douze", KO)],
)
def test_qroc_number_format_compares_as_numbers(answer: str, expected: AnswerStatus) -> None:
    assert check(challenge("QROC", "12.5", format="nombre"), answer).result is expected


def test_qroc_number_format_does_not_accept_a_close_number() -> None:
    numeric = challenge("QROC", "1000", format="nombre")
    assert check(numeric, "1001").result is KO
    assert check(numeric, "1 000").result is OK


def test_qroc_select_block_is_compared_exactly() -> None:
    select = challenge("QROC", "Oui", proposals='Réponse : ${rep options=["Oui","Non"]}')
    assert check(select, "Oui").result is OK
    assert check(select, "oui").result is KO


def test_input_blocks_detects_keys_and_selects() -> None:
    proposals = '${a} ${b#placeholder} ${c§label} ${d options=["x","y"]}'
    assert input_blocks(proposals) == {"a": "input", "b": "input", "c": "input", "d": "select"}


QROCM_IND_SOLUTION = "ville:\n- Paris\n- Lutèce\npays:\n- France\n"


@pytest.mark.parametrize(
    ("answer", "expected", "details"),
    [
        ({"ville": "paris", "pays": "france"}, OK, {"ville": True, "pays": True}),
        ({"ville": "Lutece", "pays": "FRANCE"}, OK, {"ville": True, "pays": True}),
        ({"ville": "Lyon", "pays": "France"}, KO, {"ville": False, "pays": True}),
        ({"ville": "Paris"}, KO, {"ville": True, "pays": False}),
        ("ville: Paris\npays: France", OK, {"ville": True, "pays": True}),
    ],
)
def test_qrocm_ind_needs_every_field_right(
    answer: object, expected: AnswerStatus, details: dict[str, bool]
) -> None:
    correction = check(challenge("QROCM-ind", QROCM_IND_SOLUTION), answer)  # type: ignore[arg-type]
    assert correction.result is expected
    assert dict(correction.details) == details


def test_qrocm_ind_select_field_is_exact() -> None:
    select = challenge(
        "QROCM-ind", "a:\n- Oui\nb:\n- deux\n", proposals='${a options=["Oui","Non"]} ${b}'
    )
    assert check(select, {"a": "Oui", "b": "Deux"}).result is OK
    assert check(select, {"a": "oui", "b": "deux"}).result is KO


QROCM_DEP_SOLUTION = "g1:\n- Firefox\n- Mozilla Firefox\ng2:\n- Chrome\ng3:\n- Edge\n"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ({"n1": "chrome", "n2": "firefox"}, OK),
        ({"n1": "Edge", "n2": "Mozilla Firefox"}, OK),
        ({"n1": "chrome", "n2": "chrome"}, KO),  # each group is consumed once
        ({"n1": "chrome", "n2": "safari"}, KO),
    ],
)
def test_qrocm_dep_consumes_distinct_groups(answer: dict[str, str], expected: AnswerStatus) -> None:
    assert check(challenge("QROCM-dep", QROCM_DEP_SOLUTION), answer).result is expected


def test_qrocm_dep_accepts_a_list_of_groups() -> None:
    as_list = challenge("QROCM-dep", "- - un\n  - 1\n- - deux\n  - 2\n")
    assert check(as_list, {"a": "2", "b": "un"}).result is OK


@pytest.mark.parametrize(
    ("type_", "solution", "answer"),
    [
        ("QROC", "", "x"),
        ("QROC", "x", {"a": "b"}),
        ("QROCM-ind", "no newline", {"a": "b"}),
        ("QROCM-ind", "a: [unterminated\n", {"a": "b"}),
        ("QROCM-ind", "a:\n- x\n", {"zzz": "x"}),
        ("QROCM-ind", "a:\n- x\n", "not: valid: : yaml\n  - x"),
        ("QROCM-ind", "  bad indent\n- x", {"a": "x"}),
        ("QROCM-dep", "g1:\n- x\n", {}),
        ("QROCM-dep", "'unterminated:\n- x", {"a": "x"}),
        ("QCU", "1", {"a": "b"}),
        ("QCM", "1", {"a": "b"}),
    ],
)
def test_malformed_inputs_give_ko_with_a_reason(type_: str, solution: str, answer: object) -> None:
    correction = check(challenge(type_, solution), answer)  # type: ignore[arg-type]
    assert correction.result is KO
    assert correction.reason


def test_unknown_type_is_unimplemented() -> None:
    assert check(challenge("QCX", "1"), "1").result is AnswerStatus.UNIMPLEMENTED


def test_skip_is_aband_even_for_a_malformed_challenge() -> None:
    assert examine(challenge("QROC", ""), SKIPPED).result is AnswerStatus.ABAND


def test_right_answer_after_the_timer_is_timedout_and_wrong_stays_ko() -> None:
    timed = challenge("QCU", "2", timer=30)
    assert examine(timed, "2", timed_out=True).result is AnswerStatus.TIMEDOUT
    assert examine(timed, "1", timed_out=True).result is KO


def test_focus_loss_changes_the_result_only_in_certification() -> None:
    focused = challenge("QCU", "2", focused=True)
    outside = examine(focused, "2", focused_out=True)
    assert outside.result is OK
    assert outside.focused_out
    assert examine(focused, "2", focused_out=True, certification=True).result is (
        AnswerStatus.FOCUSED_OUT
    )
    unfocused = challenge("QCU", "2", focused=False)
    assert examine(unfocused, "2", focused_out=True, certification=True).result is OK


def test_only_ok_is_a_success() -> None:
    assert [status for status in AnswerStatus if status.is_success] == [OK]


def test_default_treatments_are_all_on() -> None:
    assert challenge("QROC", "x").treatments == ALL_TREATMENTS
