from __future__ import annotations

from pydantic import BaseModel, Field

from domain.knowledge.use_cases.get_profile import Profile
from domain.learning_content.model import text_in


class CompetenceCard(BaseModel):
    index: str = Field(description="Competence index, e.g. `1.1`.")
    area_code: str = Field(description="Area of the competence.")
    name: str = Field(description="Competence name.")
    level: int = Field(description="Level reached, 0 to 5 today (8 in the framework).")
    pix: int = Field(description="Pix earned in the competence (8 per level).")
    status: str = Field(description="NOT_STARTED or STARTED.")


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
                )
                for c in profile.competences
            ],
            total_pix=profile.total_pix,
            certifiable=profile.certifiable,
        )
