from __future__ import annotations

from domain.learning_content.errors import NoContentReleaseError
from domain.learning_content.model import LearningContent
from domain.learning_content.ports import ContentProvider


def get_framework(*, content: ContentProvider) -> LearningContent:
    """The framework (areas, competences, tubes) of the release in memory."""
    current = content.current()
    if current is None:
        raise NoContentReleaseError()
    return current
