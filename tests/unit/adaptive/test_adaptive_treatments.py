"""Property-based tests for the text treatments t1, t2, t3 and the YAML subset reader."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from adaptive import treatments, yamlish
from adaptive.answers import check
from adaptive.types import AnswerStatus, Challenge

LATIN = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèêàçôùABCDEFÉÈ0123456789 .,;!?'-\t")
ASCII_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)
ANY_TEXT = st.text(max_size=40)

QUICK = settings(deadline=None, max_examples=150)


@QUICK
@given(ANY_TEXT)
def test_t1_is_idempotent_and_removes_every_space(text: str) -> None:
    once = treatments.t1(text)
    assert treatments.t1(once) == once
    assert not any(char.isspace() for char in once)


@QUICK
@given(LATIN)
def test_t1_ignores_case_and_accents(text: str) -> None:
    stripped = text.translate(str.maketrans("éèêàçôùÉÈ", "eeeacoueE"))
    assert treatments.t1(text.upper()) == treatments.t1(text) == treatments.t1(stripped)


@QUICK
@given(ANY_TEXT)
def test_t2_keeps_only_ascii_letters_digits_and_single_spaces(text: str) -> None:
    treated = treatments.t2(text)
    assert re.fullmatch(r"[a-zA-Z0-9 ]*", treated)
    assert "  " not in treated
    assert treatments.t2(treated) == treated


@QUICK
@given(ANY_TEXT, ANY_TEXT)
def test_levenshtein_is_a_distance(left: str, right: str) -> None:
    distance = treatments.levenshtein(left, right)
    assert distance == treatments.levenshtein(right, left)
    assert abs(len(left) - len(right)) <= distance <= max(len(left), len(right))
    assert (distance == 0) == (left == right)


@QUICK
@given(ANY_TEXT, ANY_TEXT, ANY_TEXT)
def test_levenshtein_triangle_inequality(a: str, b: str, c: str) -> None:
    lev = treatments.levenshtein
    assert lev(a, c) <= lev(a, b) + lev(b, c)


@QUICK
@given(ASCII_WORD)
def test_t3_accepts_one_typo_in_a_word_of_four_letters_or_more(word: str) -> None:
    typo = word[:-1] + ("a" if word[-1] != "a" else "b")
    accepted = treatments.matches(typo, [word], {"t1", "t2", "t3"})
    assert accepted == (len(word) >= 4)


@QUICK
@given(LATIN, st.sampled_from(["t1", "t2", "t3"]))
def test_an_answer_equal_to_the_solution_is_always_accepted(text: str, dropped: str) -> None:
    enabled = {"t1", "t2", "t3"} - {dropped}
    assert treatments.matches(text, [text], enabled)


@QUICK
@given(LATIN, LATIN)
def test_qroc_checking_never_raises(answer: str, solution: str) -> None:
    result = check(Challenge("c", "s", "QROC", solution=solution), answer).result
    assert result in (AnswerStatus.OK, AnswerStatus.KO)


@QUICK
@given(ANY_TEXT, ANY_TEXT, st.sampled_from(["QCU", "QCM", "QROC", "QROCM-ind", "QROCM-dep"]))
def test_no_answer_or_solution_makes_checking_raise(answer: str, solution: str, type_: str) -> None:
    result = check(Challenge("c", "s", type_, solution=solution), answer).result
    assert result in (AnswerStatus.OK, AnswerStatus.KO)


@QUICK
@given(
    st.dictionaries(
        st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True),
        st.lists(
            st.from_regex(r"[A-Za-z0-9éà][A-Za-z0-9éà ,.'-]{0,10}[A-Za-z0-9]", fullmatch=True),
            min_size=1,
            max_size=3,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_yamlish_reads_back_key_lists(mapping: dict[str, list[str]]) -> None:
    def quoted(value: str) -> str:
        return '"' + value + '"' if "'" not in value else "'" + value.replace("'", "''") + "'"

    text = "".join(
        f"{key}:\n" + "".join(f"- {quoted(value)}\n" for value in values)
        for key, values in mapping.items()
    )
    assert yamlish.parse(text) == mapping
