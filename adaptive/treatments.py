"""Text treatments applied before comparing free-text answers (reference §2.3).

t1 and t2 transform both the answer and each accepted solution; t3 changes the comparison
(edit distance relative to the treated answer's length).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Collection, Iterable

T3_MAX_RATIO = 0.25
# Longer inputs are compared exactly: an edit distance on them would be a cheap denial of
# service and no real answer is that long.
_MAX_T3_LENGTH = 2000
_NOT_ALNUM_OR_SPACE = re.compile(r"[^a-zA-Z0-9 ]")
_SPACES = re.compile(r"\s+")


def pretreat(text: str) -> str:
    """NFC normalisation and non-breaking spaces turned into plain spaces."""
    return unicodedata.normalize("NFC", text).replace("\u00a0", " ")


def t1(text: str) -> str:
    """Spaces, case and accents: trim, lowercase, strip combining accents, drop all spaces."""
    decomposed = unicodedata.normalize("NFD", text.strip().lower())
    without_accents = "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")
    return "".join(without_accents.split())


def t2(text: str) -> str:
    """Punctuation: keep ASCII letters, digits and spaces, then collapse runs of spaces."""
    return _SPACES.sub(" ", _NOT_ALNUM_OR_SPACE.sub("", text))


def apply(text: str, treatments: Collection[str]) -> str:
    """Apply the enabled transforming treatments in their fixed order (t1, then t2)."""
    result = text
    if "t1" in treatments:
        result = t1(result)
    if "t2" in treatments:
        result = t2(result)
    return result


def levenshtein(left: str, right: str) -> int:
    """Edit distance (insertions, deletions, substitutions), two-row dynamic programming."""
    if left == right:
        return 0
    if len(left) < len(right):
        left, right = right, left
    previous = list(range(len(right) + 1))
    for i, char_left in enumerate(left, start=1):
        current = [i]
        for j, char_right in enumerate(right, start=1):
            current.append(
                min(
                    previous[j] + 1,
                    current[j - 1] + 1,
                    previous[j - 1] + (char_left != char_right),
                )
            )
        previous = current
    return previous[-1]


def t3_ratio(answer: str, solution: str) -> float:
    """Edit distance divided by the treated answer's length (not the solution's)."""
    if not answer:
        return 0.0 if not solution else math.inf
    # The distance is at least the length difference: skip hopeless pairs cheaply.
    if abs(len(answer) - len(solution)) / len(answer) > T3_MAX_RATIO:
        return math.inf
    if len(answer) > _MAX_T3_LENGTH or len(solution) > _MAX_T3_LENGTH:
        return 0.0 if answer == solution else math.inf
    return levenshtein(answer, solution) / len(answer)


def matches(answer: str, solutions: Iterable[str], treatments: Collection[str]) -> bool:
    """Whether the answer is accepted by one of the solutions under the given treatments."""
    treated = apply(pretreat(answer), treatments)
    candidates = [apply(pretreat(solution), treatments) for solution in solutions]
    if "t3" in treatments:
        return any(t3_ratio(treated, candidate) <= T3_MAX_RATIO for candidate in candidates)
    return treated in candidates
