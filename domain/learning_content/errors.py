from __future__ import annotations

from domain.learning_content.validation import Problem
from domain.shared.errors import DomainError


class InvalidContentReleaseError(DomainError):
    code = "INVALID_CONTENT_RELEASE"
    default_detail = "The content release was refused: nothing changed."

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(
            f"The content release was refused ({len(problems)} problems): nothing changed.",
            meta={"problems": [str(p) for p in problems[:500]]},
        )
        self.problems = problems


class NoContentReleaseError(DomainError):
    code = "NO_CONTENT_RELEASE"
    default_detail = "No learning content is loaded yet: an administrator must import a release."
