"""A profiles collection's results: each learner's profile as sent, listed and exported."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from adaptive.types import Skill
from domain.access.policies import require_campaign_member
from domain.campaigns.certifiability import store_missing_certifiability
from domain.campaigns.errors import NotAProfilesCollectionError
from domain.campaigns.model import Campaign, CampaignType, ExportParticipation
from domain.campaigns.snapshots import knowledge_of_chunk
from domain.knowledge.use_cases.get_profile import Profile, framework_skills, profile_of
from domain.learning_content.engine_view import EngineViews
from domain.learning_content.model import LearningContent, text_in
from domain.learning_content.ports import ContentProvider, loaded
from domain.unit_of_work import UnitOfWork

NA = "NA"


@dataclass(frozen=True)
class SharedProfile:
    participation: ExportParticipation
    shared_at: datetime
    profile: Profile


@dataclass(frozen=True)
class SharedProfiles:
    items: list[SharedProfile]
    total: int


async def list_shared_profiles(
    campaign_id: int,
    *,
    user_id: int,
    uow: UnitOfWork,
    content: ContentProvider,
    views: EngineViews,
    search: str | None = None,
    certifiable: bool | None = None,
    page: int = 1,
    page_size: int = 50,
) -> SharedProfiles:
    """Profiles sent to a collection (members): only shared ones, as they were when sent,
    optionally only those matching a participant search and a certifiability."""
    current = loaded(content)
    skills = framework_skills(current, views)
    async with uow:
        campaign = await require_campaign_member(uow, campaign_id, user_id)
        if campaign.type != CampaignType.PROFILES_COLLECTION:
            raise NotAProfilesCollectionError()
        # The filter reads the stored value: profiles sent before it existed get it first.
        if await store_missing_certifiability(uow, campaign_id, skills, current):
            await uow.commit()
        found = await uow.campaigns.shared_profiles(
            campaign_id,
            search=search,
            certifiable=certifiable,
            limit=page_size,
            offset=(page - 1) * page_size,
        )
        knowledge = await knowledge_of_chunk(uow, found.items, None)
    return SharedProfiles(
        items=[
            SharedProfile(
                participation=p,
                shared_at=p.shared_at or p.created_at,
                profile=_as_sent(
                    profile_of(knowledge[p.participation_id].validated, skills, current), p
                ),
            )
            for p in found.items
        ],
        total=found.total,
    )


def _as_sent(profile: Profile, p: ExportParticipation) -> Profile:
    """Certifiability is the one stored when sent, the one the filter and the export read."""
    if p.certifiable_at_sharing is None:
        return profile
    return replace(profile, certifiable=p.certifiable_at_sharing)


def _day(moment: datetime | None) -> str:
    return moment.date().isoformat() if moment else NA


class ProfilesLayout:
    """The columns of a profiles collection export, in Pix's order and French labels (§4.9)."""

    def __init__(self, campaign: Campaign, content: LearningContent, skills: list[Skill]) -> None:
        self.campaign = campaign
        self.content = content
        self.skills = skills

    def columns(self) -> list[str]:
        columns = [
            "Nom de l'organisation",
            "ID Campagne",
            "Code de la campagne",
            "Nom de la campagne",
            "Nom du Participant",
            "Prénom du Participant",
        ]
        if self.campaign.external_id_label:
            columns.append(self.campaign.external_id_label)
        columns += [
            "Envoi (O/N)",
            "Date de l'envoi",
            "Nombre de pix total",
            "Certifiable (O/N)",
            "Nombre de compétences certifiables",
        ]
        for competence in self.content.competences:
            name = text_in(competence.name, "fr")
            columns += [
                f"Niveau pour la compétence {name}",
                f"Nombre de pix pour la compétence {name}",
            ]
        return columns

    def row(
        self, organization: str, p: ExportParticipation, validated: frozenset[str]
    ) -> list[object]:
        c = self.campaign
        row: list[object] = [organization, c.id, c.code, c.name, p.last_name, p.first_name]
        if c.external_id_label:
            row.append(p.external_id or "")
        if p.shared_at is None:
            return row + ["Non", NA] + [NA] * (3 + 2 * len(self.content.competences))
        profile = _as_sent(profile_of(validated, self.skills, self.content), p)
        row += [
            "Oui",
            _day(p.shared_at),
            profile.total_pix,
            "Oui" if profile.certifiable else "Non",
            profile.certifiable_competences,
        ]
        for competence in profile.competences:
            row += [competence.level, competence.pix]
        return row


def profiles_layout(
    campaign: Campaign, current: LearningContent, views: EngineViews
) -> ProfilesLayout:
    return ProfilesLayout(campaign, current, framework_skills(current, views))
