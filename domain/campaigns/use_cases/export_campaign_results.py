from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import datetime

from adaptive.types import Skill
from domain.access.policies import require_campaign_member
from domain.campaigns.model import Campaign, CampaignType, ExportParticipation
from domain.campaigns.snapshots import Knowledge, knowledge_of_chunk
from domain.campaigns.use_cases.profiles_collection_results import profiles_layout
from domain.learning_content.engine_view import EngineViews, ResultsJudge, target_of
from domain.learning_content.model import LearningContent, TargetProfile, text_in
from domain.learning_content.ports import ContentProvider, loaded
from domain.unit_of_work import UnitOfWork

CHUNK = 500
NA = "NA"


@dataclass(frozen=True)
class ExportTable:
    campaign: Campaign
    columns: list[str]
    rows: AsyncIterator[list[object]]
    # Cells that may hold text typed by people (names, external id): the only ones a
    # spreadsheet could take for a formula. The others are numbers, dates and fixed labels.
    text_columns: tuple[int, ...] = ()


def _ratio(validated: int, total: int) -> float:
    return round(validated / total, 2) if total else 0.0


def _day(moment: datetime | None) -> str:
    return moment.date().isoformat() if moment else NA


class _Layout:
    """The columns of an assessment campaign export, in Pix's order and French labels."""

    def __init__(
        self, campaign: Campaign, content: LearningContent, skills: tuple[Skill, ...]
    ) -> None:
        self.campaign = campaign
        self.skills = skills
        self.profile: TargetProfile | None = content.profiles_by_id.get(
            campaign.target_profile_id or ""
        )
        indexes = list(dict.fromkeys(s.competence_id for s in skills))
        self.competences = [content.competences_by_index[i] for i in indexes]
        self.areas = [
            a for a in content.areas if any(c.area_code == a.code for c in self.competences)
        ]
        self.stages = list(self.profile.stages) if self.profile else []
        self.badges = list(self.profile.badges) if self.profile else []
        self.judge = ResultsJudge(self.stages, self.badges, skills)
        # Groups as bit masks, with each group's rounded ratios by number of validated skills:
        # a row is a few integer operations and list lookups (see ResultsJudge).
        groups = [
            self.judge.group_mask(s.id for s in skills if s.competence_id == c.index)
            for c in self.competences
        ] + [self.judge.group_mask(s.id for s in skills if s.area_id == a.code) for a in self.areas]
        self.group_ratios = [
            (
                group,
                group.bit_count(),
                [_ratio(n, group.bit_count()) for n in range(group.bit_count() + 1)],
            )
            for group in groups
        ]
        self.target_ratios = [_ratio(n, len(skills)) for n in range(len(skills) + 1)]
        self.profile_name = (
            text_in(self.profile.name, "fr")
            if self.profile
            else f"Compétence {campaign.competence_index}"
        )

    def columns(self) -> list[str]:
        columns = [
            "Nom de l'organisation",
            "ID Campagne",
            "Code de la campagne",
            "Nom de la campagne",
            "Nom du Profil Cible",
            "Nom du Participant",
            "Prénom du Participant",
        ]
        if self.campaign.external_id_label:
            columns.append(self.campaign.external_id_label)
        columns += ["% de progression", "Date de début", "Partage (O/N)", "Date du partage"]
        if self.stages:
            columns.append(f"Palier obtenu (/{len(self.stages) - 1})")
        columns += [f"{text_in(b.title, 'fr')} obtenu (O/N)" for b in self.badges]
        columns.append("% maitrise de l'ensemble des acquis du profil")
        for c in self.competences:
            name = text_in(c.name, "fr")
            columns += [
                f"% de maitrise des acquis de la compétence {name}",
                f"Nombre d'acquis du profil cible dans la compétence {name}",
                f"Acquis maitrisés dans la compétence {name}",
            ]
        for a in self.areas:
            title = text_in(a.title, "fr")
            columns += [
                f"% de maitrise des acquis du domaine {title}",
                f"Nombre d'acquis du profil cible du domaine {title}",
                f"Acquis maitrisés du domaine {title}",
            ]
        return columns

    def row(
        self, organization: str, p: ExportParticipation, validated: frozenset[str], tested: int
    ) -> list[object]:
        c = self.campaign
        row: list[object] = [
            organization,
            c.id,
            c.code,
            c.name,
            self.profile_name,
            p.last_name,
            p.first_name,
        ]
        if c.external_id_label:
            row.append(p.external_id or "")
        progress = 1.0 if p.assessment_completed else _ratio(tested, len(self.skills))
        shared = p.shared_at is not None
        row += [progress, _day(p.created_at), "Oui" if shared else "Non", _day(p.shared_at)]
        results_width = (
            (1 if self.stages else 0)
            + len(self.badges)
            + 1
            + 3 * (len(self.competences) + len(self.areas))
        )
        if not shared:
            return row + [NA] * results_width
        mask = self.judge.mask(validated)
        if self.stages:
            reached = self.judge.stage_of(mask)
            row.append((reached[1] - 1) if reached else 0)
        row += ["Oui" if won else "Non" for won in self.judge.badges_of(mask)]
        row.append(self.target_ratios[mask.bit_count()])
        for group, size, ratios in self.group_ratios:
            done = (mask & group).bit_count()
            row += [ratios[done], size, done]
        return row


async def export_campaign_results(
    campaign_id: int,
    *,
    user_id: int,
    uow: UnitOfWork,
    content: ContentProvider,
    views: EngineViews,
) -> ExportTable:
    """One row per participation, streamed in chunks; results only for shared participations."""
    current = loaded(content)
    async with uow:
        campaign = await require_campaign_member(uow, campaign_id, user_id)
        organization = await uow.organizations.get(campaign.organization_id)
    organization_name = organization.name if organization else ""
    if campaign.type == CampaignType.PROFILES_COLLECTION:
        profiles = profiles_layout(campaign, current, views)
        return ExportTable(
            campaign=campaign,
            columns=profiles.columns(),
            text_columns=tuple(range(7 if campaign.external_id_label else 6)),
            rows=_rows(
                uow,
                campaign_id,
                None,
                lambda p, k: profiles.row(organization_name, p, k.validated),
            ),
        )
    view = views.get(
        current, target_of(campaign.target_profile_id, campaign.competence_index), "fr"
    )
    layout = _Layout(campaign, current, view.skills)
    return ExportTable(
        campaign=campaign,
        columns=layout.columns(),
        text_columns=tuple(range(8 if campaign.external_id_label else 7)),
        rows=_rows(
            uow,
            campaign_id,
            frozenset(s.id for s in view.skills),
            lambda p, k: layout.row(organization_name, p, k.validated, len(k.tested)),
            progress=True,
        ),
    )


async def _rows(
    uow: UnitOfWork,
    campaign_id: int,
    skill_ids: frozenset[str] | None,
    line: Callable[[ExportParticipation, Knowledge], list[object]],
    *,
    progress: bool = False,
) -> AsyncIterator[list[object]]:
    """Chunks of participations by id, each with one bulk read of what it lacks."""
    after = 0
    async with uow:
        while True:
            chunk = await uow.campaigns.export_chunk(campaign_id, after_id=after, limit=CHUNK)
            if not chunk:
                return
            knowledge = await knowledge_of_chunk(uow, chunk, skill_ids, progress=progress)
            for p in chunk:
                yield line(p, knowledge[p.participation_id])
            after = chunk[-1].participation_id
