from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from api.http.markdown import render_markdown
from domain.campaigns.model import Campaign, CampaignSummary, CampaignToJoin


class CampaignCreate(BaseModel):
    """A new campaign. An assessment tests a target profile or one whole competence."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(max_length=255, description="Internal name, seen only in Orga.")
    type: Literal["ASSESSMENT", "PROFILES_COLLECTION"] = Field(
        description="Evaluate participants, or collect their Pix profiles."
    )
    owner_id: int | None = Field(None, description="Owner (a member); default: the creator.")
    target_profile_id: str | None = Field(
        None, max_length=64, description="Target profile id of the content, e.g. `pix-emploi-clea`."
    )
    competence_index: str | None = Field(
        None, max_length=8, description="Or one whole competence, e.g. `1.3`."
    )
    title: str | None = Field(None, max_length=255, description="Title shown to participants.")
    landing_text: str | None = Field(
        None, max_length=20000, description="Landing-page text in Markdown (≤ 5 000 characters)."
    )
    external_id_label: str | None = Field(
        None, max_length=255, description="Asked before starting, e.g. `Numéro étudiant`."
    )
    external_id_type: Literal["STRING", "EMAIL"] | None = Field(
        None, description="Kind of external id: free text or an e-mail address."
    )
    multiple_sendings: bool = Field(False, description="Whether participants may send again.")


class CampaignRead(BaseModel):
    """A campaign as its organisation's members see it."""

    id: int = Field(description="Campaign id.")
    code: str = Field(description="Join code: 6 letters and 3 digits.")
    organization_id: int = Field(description="Organisation running the campaign.")
    name: str = Field(description="Internal name.")
    type: str = Field(description="ASSESSMENT or PROFILES_COLLECTION.")
    title: str | None = Field(description="Title shown to participants.")
    landing_text: str | None = Field(description="Landing-page text (Markdown source).")
    target_profile_id: str | None = Field(description="Target profile tested, if any.")
    competence_index: str | None = Field(description="Whole competence tested, if any.")
    external_id_label: str | None = Field(description="External id asked to participants.")
    external_id_type: str | None = Field(description="STRING or EMAIL.")
    multiple_sendings: bool = Field(description="Whether participants may send again.")
    owner_id: int = Field(description="Owner of the campaign.")
    creator_id: int = Field(description="Who created it.")
    created_at: datetime = Field(description="Creation time.")
    archived_at: datetime | None = Field(description="When it was archived, if it is.")

    @classmethod
    def of(cls, c: Campaign) -> CampaignRead:
        assert c.id is not None
        return cls(
            id=c.id,
            code=c.code,
            organization_id=c.organization_id,
            name=c.name,
            type=c.type.value,
            title=c.title,
            landing_text=c.landing_text,
            target_profile_id=c.target_profile_id,
            competence_index=c.competence_index,
            external_id_label=c.external_id_label,
            external_id_type=c.external_id_type.value if c.external_id_type else None,
            multiple_sendings=c.multiple_sendings,
            owner_id=c.owner_id,
            creator_id=c.creator_id,
            created_at=c.created_at,
            archived_at=c.archived_at,
        )


class CampaignToJoinRead(BaseModel):
    """What anyone with the code sees on the landing page (never the internal name)."""

    code: str = Field(description="Join code.")
    type: str = Field(description="ASSESSMENT or PROFILES_COLLECTION.")
    title: str | None = Field(description="Title shown to participants.")
    landing_html: str | None = Field(
        description="The organisation's landing text rendered to safe HTML (no raw HTML, no script)."
    )
    organization_name: str = Field(description="Organisation running the campaign.")
    organization_type: str = Field(description="SCO, SUP or PRO.")
    organization_logo_url: str | None = Field(
        description="The organisation's logo (https URL or image data URI); null: none."
    )
    external_id_label: str | None = Field(description="External id to ask before starting.")
    external_id_type: str | None = Field(description="STRING or EMAIL.")
    multiple_sendings: bool = Field(description="Whether participants may send again.")
    is_archived: bool = Field(description="Archived campaigns cannot be joined.")

    @classmethod
    def of(cls, found: CampaignToJoin) -> CampaignToJoinRead:
        c = found.campaign
        return cls(
            code=c.code,
            type=c.type.value,
            title=c.title,
            landing_html=render_markdown(c.landing_text),
            organization_name=found.organization_name,
            organization_type=found.organization_type,
            organization_logo_url=found.organization_logo_url,
            external_id_label=c.external_id_label,
            external_id_type=c.external_id_type.value if c.external_id_type else None,
            multiple_sendings=c.multiple_sendings,
            is_archived=c.is_archived,
        )


class CampaignSummaryRead(BaseModel):
    """A campaign in Orga's list or page, with its counts."""

    campaign: CampaignRead = Field(description="The campaign.")
    owner_name: str = Field(description="Owner's first and last name.")
    participants: int = Field(description="Participants (latest participation of each learner).")
    shared: int = Field(description="Participants who sent their results.")
    direct_link: str = Field(description="Link that opens the campaign for a learner.")

    @classmethod
    def of(cls, summary: CampaignSummary, public_url: str) -> CampaignSummaryRead:
        return cls(
            campaign=CampaignRead.of(summary.campaign),
            owner_name=summary.owner_name,
            participants=summary.participants,
            shared=summary.shared,
            direct_link=f"{public_url.rstrip('/')}/campagnes/{summary.campaign.code}",
        )


class CampaignPageRead(BaseModel):
    items: list[CampaignSummaryRead] = Field(description="Campaigns, newest first.")
    total: int = Field(description="Campaigns matching the filters.")
    page: int = Field(description="Page number, from 1.")
    page_size: int = Field(description="Campaigns per page (at most 100).")
    organization_has_campaigns: bool = Field(
        description="False only when the organisation has no campaign at all (first-use empty state)."
    )


class CampaignUpdate(BaseModel):
    """Every field is optional; only the given ones change."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(None, max_length=255, description="Internal name.")
    title: str | None = Field(None, max_length=255, description="Title shown to participants.")
    landing_text: str | None = Field(None, max_length=20000, description="Landing text (Markdown).")
    owner_id: int | None = Field(None, description="New owner (a member of the organisation).")


class ParticipantRead(BaseModel):
    participation_id: int = Field(description="Participation id.")
    first_name: str = Field(description="First name.")
    last_name: str = Field(description="Last name.")
    external_id: str | None = Field(description="Answer to the campaign's external id question.")
    status: str = Field(
        description="STARTED (En cours de test), TO_SHARE (En attente) or SHARED (results sent)."
    )
    created_at: datetime = Field(description="When the learner joined.")
    shared_at: datetime | None = Field(description="When the results were sent.")
    mastery_percent: int | None = Field(description="Mastery in %, only once shared.")


class ParticipantPageRead(BaseModel):
    items: list[ParticipantRead] = Field(description="Participants by last then first name.")
    total: int = Field(description="Participants matching the filters.")
    page: int = Field(description="Page number.")
    page_size: int = Field(description="Participants per page.")


class CompetenceLevelRead(BaseModel):
    index: str = Field(description="Competence index, e.g. 1.1.")
    name: str = Field(description="Competence name.")
    level: int = Field(description="Level reached, 0 to 5.")
    pix: int = Field(description="Pix earned in the competence.")


class SharedProfileRead(BaseModel):
    participation_id: int = Field(description="Participation id.")
    first_name: str = Field(description="First name.")
    last_name: str = Field(description="Last name.")
    external_id: str | None = Field(description="Answer to the campaign's external id question.")
    shared_at: datetime = Field(description="When the profile was sent.")
    total_pix: int = Field(description="Pix of the whole profile, out of 1024.")
    certifiable: bool = Field(description="Level 1 or more in at least 5 competences.")
    certifiable_competences: int = Field(description="Competences at level 1 or more.")
    competences: list[CompetenceLevelRead] = Field(
        description="Every competence of the framework, in order, as it was when sent."
    )


class SharedProfilePageRead(BaseModel):
    items: list[SharedProfileRead] = Field(
        description="The latest profile sent by each learner, by last then first name."
    )
    total: int = Field(description="Learners who sent a profile.")
    page: int = Field(description="Page number.")
    page_size: int = Field(description="Profiles per page.")


class DownloadToken(BaseModel):
    token: str = Field(description="Short-lived token for one campaign's export.")
    expires_in: int = Field(description="Seconds before it expires.")
    url: str = Field(description="The download address, ready for a plain link.")


class CompetenceCollectiveRead(BaseModel):
    index: str = Field(description="Competence index.")
    name: str = Field(description="Competence name.")
    area_code: str = Field(description="Area of the competence.")
    targeted_skills: int = Field(description="Skills of the campaign in this competence.")
    average_validated: float = Field(description="Average skills validated per shared participant.")
    percent: int = Field(description="average_validated ÷ targeted_skills, in %.")


class TubeRecommendationRead(BaseModel):
    tube_id: str = Field(description="Tube id.")
    title: str = Field(description="Practical title of the topic.")
    description: str = Field(description="What the topic covers.")
    competence_index: str = Field(description="Competence of the topic.")
    competence_name: str = Field(description="Competence name.")
    average_score: float = Field(description="Participants' mean score on the topic (0-100).")
    relevance_dots: int = Field(description="1 to 4: how strongly the topic is recommended.")
    relevance_label: str = Field(description="Text alternative of the dots.")
    tutorials: int = Field(description="Number of tutorials on the topic.")


class CampaignAnalysisRead(BaseModel):
    """Résultats collectifs and Analyse, from shared results only."""

    shared_participants: int = Field(description="Participants whose results are included.")
    competences: list[CompetenceCollectiveRead] = Field(description="By competence index.")
    tubes: list[TubeRecommendationRead] = Field(description="Most recommended first.")


class StatusCountsRead(BaseModel):
    started: int = Field(description="Participants still testing (« En cours de test »).")
    to_share: int = Field(description="Finished, results not sent yet (« En attente »).")
    shared: int = Field(description="Participants who sent their results.")


class DayActivityRead(BaseModel):
    day: date = Field(description="Day (UTC).")
    started: int = Field(description="Participations started that day.")
    shared: int = Field(description="Results sent that day.")


class StageCountRead(BaseModel):
    rank: int = Field(description="Rank of the stage, from 1 (lowest threshold).")
    threshold: int = Field(description="Mastery % from which the stage is reached.")
    title: str = Field(description="The stage as the organisation reads it.")
    description: str = Field(description="What the stage means for the organisation.")
    participants: int = Field(description="Shared participants who reached this stage.")


class MasteryBandRead(BaseModel):
    low: int = Field(description="Lowest mastery % of the band.")
    high: int = Field(description="Highest mastery % of the band.")
    stars: int = Field(description="Stars shown for the band in Orga (1 to 4).")
    participants: int = Field(description="Shared participants in the band.")


class CampaignActivityRead(BaseModel):
    """Activité: statuses of every participant; stages and bands from shared results only."""

    statuses: StatusCountsRead = Field(description="Participants by status.")
    days: list[DayActivityRead] = Field(
        description="Every day from the first to the last activity, quiet days included."
    )
    stages: list[StageCountRead] = Field(
        description="Shared participants by stage reached (empty when the test has no stages)."
    )
    mastery_bands: list[MasteryBandRead] = Field(
        description="Shared participants by mastery band: 0-20, 21-50, 51-80, 81-100 %."
    )
