from __future__ import annotations

from pydantic import BaseModel, Field

from domain.learning_content.model import LearningContent, text_in


class TubeRead(BaseModel):
    id: str = Field(description="Stable tube id, e.g. `@corbeille`.")
    title: str = Field(description="Practical title of the topic (sujet).")
    description: str = Field(description="What the topic is about.")


class CompetenceRead(BaseModel):
    index: str = Field(description="Competence index, e.g. `1.2`.")
    name: str = Field(description="Competence name.")
    description: str = Field(description="Competence description.")
    tubes: list[TubeRead] = Field(description="Topics of the competence.")


class AreaRead(BaseModel):
    code: str = Field(description="Area code, `1` to `5`.")
    title: str = Field(description="Area title.")
    competences: list[CompetenceRead] = Field(description="Competences of the area.")


class FrameworkRead(BaseModel):
    """The public framework: areas, competences and topics (never challenges or solutions)."""

    release_id: str = Field(description="Content release the framework comes from.")
    locale: str = Field(description="Language of the texts.")
    areas: list[AreaRead] = Field(description="The 5 areas.")

    @classmethod
    def of(cls, content: LearningContent, locale: str) -> FrameworkRead:
        return cls(
            release_id=content.release_id,
            locale=locale,
            areas=[
                AreaRead(
                    code=area.code,
                    title=text_in(area.title, locale),
                    competences=[
                        CompetenceRead(
                            index=competence.index,
                            name=text_in(competence.name, locale),
                            description=text_in(competence.description, locale),
                            tubes=[
                                TubeRead(
                                    id=tube.name,
                                    title=text_in(tube.title, locale),
                                    description=text_in(tube.description, locale),
                                )
                                for tube in content.tubes
                                if tube.competence_index == competence.index
                            ],
                        )
                        for competence in content.competences
                        if competence.area_code == area.code
                    ],
                )
                for area in content.areas
            ],
        )


class ContentReleaseRead(BaseModel):
    release_id: str = Field(description="Id (content hash) of the now active release.")
    competences: int = Field(description="Number of competences.")
    skills: int = Field(description="Number of skills.")
    challenges: int = Field(description="Number of challenges.")
