from __future__ import annotations

from domain.learning_content.model import LearningContent
from domain.learning_content.ports import ContentProvider, loaded


def get_framework(*, content: ContentProvider) -> LearningContent:
    """The framework (areas, competences, tubes) of the release in memory."""
    current = loaded(content)
    return current
