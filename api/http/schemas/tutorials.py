from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from domain.learning_content.model import text_in
from domain.tutorials.use_cases.my_tutorials import TutorialCard


class TutorialCardRead(BaseModel):
    id: str = Field(description="Tutorial id.")
    title: str = Field(description="Title.")
    source: str = Field(description="Who publishes it.")
    format: str = Field(description="vidéo, page, pdf, son, outil, jeu…")
    duration_minutes: int = Field(description="Approximate duration.")
    link: str = Field(description="Public address of the resource.")
    competence_index: str | None = Field(description="Competence it helps with.")
    saved: bool = Field(description="Kept by the learner (Enregistrer).")
    useful: bool = Field(description="Marked useful by the learner (Tuto utile).")

    @classmethod
    def of(cls, card: TutorialCard, locale: str) -> TutorialCardRead:
        t = card.tutorial
        return cls(
            id=t.id,
            title=text_in(t.title, locale),
            source=t.source,
            format=t.format,
            duration_minutes=t.duration_minutes,
            link=t.link,
            competence_index=card.competence_index,
            saved=card.saved,
            useful=card.useful,
        )


class TutorialCardList(BaseModel):
    items: list[TutorialCardRead] = Field(description="Tutorials.")


class TutorialRating(BaseModel):
    model_config = ConfigDict(extra="forbid")

    useful: bool = Field(description="Whether the tutorial helped.")
