from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from domain.knowledge.use_cases.get_profile import Profile
from domain.learning_content.model import text_in


class CompetenceCard(BaseModel):
    index: str = Field(description="Competence index, e.g. `1.1`.")
    area_code: str = Field(description="Area of the competence.")
    name: str = Field(description="Competence name.")
    level: int = Field(description="Level reached, 0 to 5 today (8 in the framework).")
    pix: int = Field(description="Pix earned in the competence (8 per level).")
    status: str = Field(
        description="NOT_STARTED (no evidence, or reset) or STARTED (answers in any test)."
    )
    evaluation_assessment_id: int | None = Field(
        description="The competence evaluation in progress, to resume (Reprendre); null if none."
    )
    reset_available_at: datetime | None = Field(
        description="When Remettre à zéro becomes possible (7 days after the last answer on the "
        "competence); null when there is nothing to reset."
    )


class ProfileRead(BaseModel):
    """The learner's Pix profile."""

    competences: list[CompetenceCard] = Field(description="The 16 competences, by area.")
    total_pix: int = Field(description="Total pix, out of 1024.")
    max_pix: int = Field(1024, description="Maximum total pix.")
    certifiable: bool = Field(description="Level 1 or more in at least 5 competences.")

    @classmethod
    def of(cls, profile: Profile, locale: str) -> ProfileRead:
        return cls(
            competences=[
                CompetenceCard(
                    index=c.competence.index,
                    area_code=c.competence.area_code,
                    name=text_in(c.competence.name, locale),
                    level=c.level,
                    pix=c.pix,
                    status="STARTED" if c.started else "NOT_STARTED",
                    evaluation_assessment_id=c.evaluation_id,
                    reset_available_at=c.reset_available_at,
                )
                for c in profile.competences
            ],
            total_pix=profile.total_pix,
            certifiable=profile.certifiable,
        )
