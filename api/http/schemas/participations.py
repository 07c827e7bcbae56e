from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from domain.learning_content.model import text_in
from domain.participations.use_cases.participation_results import ParticipationResults
from domain.participations.use_cases.start_participation import StartedParticipation


class ParticipationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    campaign_code: str = Field(max_length=32, description="The code the learner was given.")
    participant_external_id: str | None = Field(
        None, max_length=1000, description="Answer to the campaign's external id question."
    )


class ParticipationRead(BaseModel):
    id: int = Field(description="Participation id.")
    campaign_id: int = Field(description="Campaign joined.")
    status: str = Field(description="STARTED or SHARED.")
    created_at: datetime = Field(description="When the learner joined.")
    shared_at: datetime | None = Field(description="When the results were sent.")
    assessment_id: int | None = Field(
        description="The test to play (none for profiles collections)."
    )
    resumed: bool = Field(description="True when the learner already had this participation.")

    @classmethod
    def of(cls, started: StartedParticipation) -> ParticipationRead:
        p = started.participation
        assert p.id is not None
        return cls(
            id=p.id,
            campaign_id=p.campaign_id,
            status=p.status.value,
            created_at=p.created_at,
            shared_at=p.shared_at,
            assessment_id=started.assessment.id if started.assessment else None,
            resumed=started.resumed,
        )


class CompetenceResultRead(BaseModel):
    index: str = Field(description="Competence index.")
    percent: int = Field(description="Mastery of the competence's tested skills, in %.")
    validated: int = Field(description="Skills validated.")
    tested: int = Field(description="Skills tested.")


class StageRead(BaseModel):
    reached: int = Field(description="Stage reached, 1-based (1 is the first stage).")
    total: int = Field(description="Number of stages.")
    title: str = Field(description="Title shown to the learner.")
    message: str = Field(description="Message shown to the learner.")


class BadgeRead(BaseModel):
    key: str = Field(description="Badge key.")
    title: str = Field(description="Badge title.")
    acquired: bool = Field(description="Whether the criteria are met.")


class ResultsRead(BaseModel):
    """The learner's own results page."""

    participation_id: int = Field(description="Participation id.")
    status: str = Field(description="STARTED or SHARED.")
    completed: bool = Field(description="Whether the test is finished.")
    mastery_percent: int = Field(description="Share of the tested skills validated, in %.")
    validated: int = Field(description="Skills validated.")
    tested: int = Field(description="Skills tested.")
    competences: list[CompetenceResultRead] = Field(description="Per competence.")
    stage: StageRead | None = Field(description="Stage reached, when the profile has stages.")
    badges: list[BadgeRead] = Field(description="Badges of the profile, acquired or not.")
    pix_score: int = Field(description="Pix of the tested skills (a profiles collection: all pix).")
    can_improve: bool = Field(description="Before sharing: replay the skills failed 4+ days ago.")
    improve_available_at: datetime | None = Field(description="When improving becomes possible.")
    can_retry: bool = Field(description="After sharing: Je retente (multiple sendings, 4 days).")
    retry_available_at: datetime | None = Field(description="When retrying becomes possible.")

    @classmethod
    def of(cls, r: ParticipationResults, locale: str) -> ResultsRead:
        assert r.participation.id is not None
        return cls(
            participation_id=r.participation.id,
            status=r.participation.status.value,
            completed=r.completed,
            mastery_percent=r.mastery_percent,
            validated=r.validated,
            tested=r.tested,
            competences=[
                CompetenceResultRead(
                    index=c.index, percent=c.percent, validated=c.validated, tested=c.tested
                )
                for c in r.competences
            ],
            stage=StageRead(
                reached=r.reached_stage or 1,
                total=r.total_stages,
                title=text_in(r.stage.title, locale),
                message=text_in(r.stage.message, locale),
            )
            if r.stage
            else None,
            badges=[
                BadgeRead(key=b.key, title=text_in(b.title, locale), acquired=ok)
                for b, ok in r.badges
            ],
            pix_score=r.pix_score,
            can_improve=r.improve.allowed,
            improve_available_at=r.improve.available_at,
            can_retry=r.retry.allowed,
            retry_available_at=r.retry.available_at,
        )


class ParticipationOverviewRead(BaseModel):
    id: int = Field(description="Participation id.")
    campaign_code: str = Field(description="Campaign code.")
    campaign_title: str | None = Field(description="Campaign title.")
    organization_name: str = Field(description="Organisation running the campaign.")
    status: str = Field(
        description="STARTED (test running), TO_SHARE (finished, not sent) or SHARED."
    )
    assessment_id: int | None = Field(description="Test to resume.")
    created_at: datetime = Field(description="When the learner joined.")
    shared_at: datetime | None = Field(description="When the results were sent.")
    mastery_percent: int | None = Field(
        description="Mastery sent to the organisation, once shared."
    )
    disabled_at: datetime | None = Field(
        description="When the organisation archived the campaign: the test can no longer be "
        "continued nor the results sent (shared results stay readable); null while it can."
    )


class ParticipationOverviewList(BaseModel):
    items: list[ParticipationOverviewRead] = Field(description="Newest first.")


class ParticipantResultsRead(ResultsRead):
    """A participant's shared results as the organisation sees them, with who and when."""

    first_name: str = Field(description="Participant's first name.")
    last_name: str = Field(description="Participant's last name.")
    external_id: str | None = Field(description="Answer to the campaign's external id question.")
    created_at: datetime = Field(description="When the participant started.")
    shared_at: datetime | None = Field(description="When the results were sent.")
