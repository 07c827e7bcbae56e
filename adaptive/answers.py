"""Answer checking (reference §2): one validator per challenge type, then the examiner pipeline.

A malformed solution or answer never raises: it gives ``ko`` with a ``reason`` so that a
content mistake costs the learner one question, not the whole assessment.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from adaptive import treatments, yamlish
from adaptive.types import AnswerStatus, Challenge, ChallengeType

SKIPPED = "#ABAND#"
AnswerValue = str | Mapping[str, str]

_BLOCK = re.compile(r"\$\{([^}]*)\}")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


@dataclass(frozen=True)
class Correction:
    result: AnswerStatus
    # Per input key for QROCM (True = this field is right); empty for other types.
    details: Mapping[str, bool] = field(default_factory=dict)
    reason: str = ""
    focused_out: bool = False


class _Malformed(ValueError):
    pass


def input_blocks(proposals: str) -> dict[str, str]:
    """Map each ``${key...}`` block of QROC/QROCM proposals to "select" or "input"."""
    blocks: dict[str, str] = {}
    for body in _BLOCK.findall(proposals):
        key = re.split(r"[#§}]| options", body, maxsplit=1)[0].strip()
        blocks[key] = "select" if "options=" in body else "input"
    return blocks


def proposal_count(proposals: str) -> int:
    """Number of QCU/QCM proposals: Markdown list items, one per line starting with "- "."""
    return sum(1 for line in proposals.splitlines() if re.match(r"\s*-\s", line))


def _as_mapping(value: AnswerValue, what: str) -> dict[str, str]:
    """QROCM answers arrive as a mapping or as Pix's ``key: value`` YAML text."""
    if isinstance(value, Mapping):
        result = {str(key): value_ for key, value_ in value.items()}
    else:
        try:
            parsed = yamlish.parse(value)
        except yamlish.YamlishError as error:
            raise _Malformed(f"{what} is not valid YAML: {error}") from error
        if not isinstance(parsed, dict):
            raise _Malformed(f"{what} is not a mapping")
        result = {key: item for key, item in parsed.items() if isinstance(item, str)}
        if len(result) != len(parsed):
            raise _Malformed(f"{what} has a list where a single value is expected")
    if any(not isinstance(item, str) for item in result.values()):
        raise _Malformed(f"{what} has a non-text value")
    return result


def _solution_variants(solution: str) -> dict[str, list[str]]:
    """QROCM-ind solutions: each key maps to its accepted variants."""
    try:
        parsed = yamlish.parse(treatments.pretreat(solution))
    except yamlish.YamlishError as error:
        raise _Malformed(f"solution is not valid YAML: {error}") from error
    if not isinstance(parsed, dict) or not parsed:
        raise _Malformed("solution is not a mapping")
    return {key: [value] if isinstance(value, str) else value for key, value in parsed.items()}


def _solution_groups(solution: str) -> list[list[str]]:
    """QROCM-dep solutions: groups of equivalent answers, as a mapping or a list."""
    try:
        parsed = yamlish.parse(solution)
    except yamlish.YamlishError as error:
        raise _Malformed(f"solution is not valid YAML: {error}") from error
    values = list(parsed.values()) if isinstance(parsed, dict) else parsed
    groups = [[value] if isinstance(value, str) else value for value in values]
    if not groups:
        raise _Malformed("solution has no group")
    return groups


def _check_qcu(challenge: Challenge, value: AnswerValue) -> Correction:
    if not isinstance(value, str):
        raise _Malformed("QCU answer must be text")
    ok = value == challenge.solution
    return Correction(AnswerStatus.OK if ok else AnswerStatus.KO)


def _ranks(text: str) -> list[str]:
    return sorted(part.strip() for part in text.split(","))


def _check_qcm(challenge: Challenge, value: AnswerValue) -> Correction:
    if not isinstance(value, str):
        raise _Malformed("QCM answer must be text")
    ok = _ranks(value) == _ranks(challenge.solution)
    return Correction(AnswerStatus.OK if ok else AnswerStatus.KO)


def _as_number(text: str) -> float | None:
    candidate = text.replace(",", ".", 1).replace(" ", "", 1)
    return float(candidate) if _NUMBER.match(candidate) else None


def _check_qroc(challenge: Challenge, value: AnswerValue) -> Correction:
    if not isinstance(value, str):
        raise _Malformed("QROC answer must be text")
    if not challenge.solution:
        raise _Malformed("QROC solution is empty")
    solutions = [line for line in challenge.solution.splitlines() if line.strip()]
    if challenge.format == "nombre":
        answer_number = _as_number(value)
        solution_numbers = [_as_number(solution) for solution in solutions]
        if answer_number is not None and all(n is not None for n in solution_numbers):
            # A numeric answer is right or wrong as a number: an edit distance on digits
            # would accept 1001 for 1000.
            ok = answer_number in solution_numbers
            return Correction(AnswerStatus.OK if ok else AnswerStatus.KO)
    blocks = list(input_blocks(challenge.proposals).values())
    if blocks[:1] == ["select"]:
        ok = value in solutions
    else:
        ok = treatments.matches(value, solutions, challenge.treatments)
    return Correction(AnswerStatus.OK if ok else AnswerStatus.KO)


def _check_qrocm_ind(challenge: Challenge, value: AnswerValue) -> Correction:
    if "\n" not in challenge.solution:
        raise _Malformed("QROCM-ind solution must hold one line per field")
    answer = _as_mapping(value, "answer")
    variants = _solution_variants(challenge.solution)
    unknown = sorted(set(answer) - set(variants))
    if unknown:
        raise _Malformed(f"answer fields missing from the solution: {unknown}")
    blocks = input_blocks(challenge.proposals)
    details: dict[str, bool] = {}
    # Every field of the solution must be answered: an omitted field is a wrong field.
    for key, accepted in variants.items():
        given = answer.get(key)
        if given is None:
            details[key] = False
        elif blocks.get(key) == "select":
            details[key] = given in accepted
        else:
            details[key] = treatments.matches(given, accepted, challenge.treatments)
    ok = all(details.values())
    return Correction(AnswerStatus.OK if ok else AnswerStatus.KO, details=details)


def _check_qrocm_dep(challenge: Challenge, value: AnswerValue) -> Correction:
    if "\n" not in challenge.solution:
        raise _Malformed("QROCM-dep solution must hold one line per group")
    answer = _as_mapping(value, "answer")
    if not answer:
        raise _Malformed("answer has no field")
    groups = _solution_groups(challenge.solution)
    unused = list(range(len(groups)))
    details: dict[str, bool] = {}
    for key, given in answer.items():
        matched = next(
            (g for g in unused if treatments.matches(given, groups[g], challenge.treatments)),
            None,
        )
        details[key] = matched is not None
        if matched is not None:
            unused.remove(matched)
    ok = all(details.values())
    return Correction(AnswerStatus.OK if ok else AnswerStatus.KO, details=details)


_VALIDATORS = {
    ChallengeType.QCU: _check_qcu,
    ChallengeType.QCM: _check_qcm,
    ChallengeType.QROC: _check_qroc,
    ChallengeType.QROCM_IND: _check_qrocm_ind,
    ChallengeType.QROCM_DEP: _check_qrocm_dep,
}


def check(challenge: Challenge, value: AnswerValue) -> Correction:
    """Compare an answer with the challenge's solution, without timer or focus rules."""
    try:
        validator = _VALIDATORS[ChallengeType(challenge.type)]
    except ValueError:
        return Correction(AnswerStatus.UNIMPLEMENTED, reason=f"unknown type {challenge.type!r}")
    try:
        return validator(challenge, value)
    except _Malformed as error:
        return Correction(AnswerStatus.KO, reason=str(error))
    except (TypeError, ValueError, AttributeError) as error:
        return Correction(AnswerStatus.KO, reason=f"unreadable answer or solution: {error}")


def examine(
    challenge: Challenge,
    value: AnswerValue,
    *,
    timed_out: bool = False,
    focused_out: bool = False,
    certification: bool = False,
) -> Correction:
    """The examiner pipeline: skip → validator → timer → focus (reference §2.2).

    ``timed_out`` is true when the answer came after the timer ran out; ``focused_out`` when
    the learner left the page of a focused challenge. Focus loss turns a right answer into
    ``focusedOut`` only in certification; elsewhere it is only recorded.
    """
    if isinstance(value, str) and value == SKIPPED:
        return Correction(AnswerStatus.ABAND)
    correction = check(challenge, value)
    result = correction.result
    if result is AnswerStatus.OK and timed_out:
        result = AnswerStatus.TIMEDOUT
    if result is AnswerStatus.OK and focused_out and challenge.focused and certification:
        result = AnswerStatus.FOCUSED_OUT
    return Correction(result, correction.details, correction.reason, focused_out)
