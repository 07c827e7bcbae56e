"""What a whole campaign shows: collective results per competence, and topics to work on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from adaptive.types import Skill
from domain.access.policies import require_campaign_member
from domain.campaigns.model import ExportParticipation
from domain.campaigns.snapshots import CHUNK, backfill
from domain.campaigns.tally import CampaignTally, TallyRow, tube_patterns
from domain.learning_content.engine_view import EngineViews, target_of
from domain.learning_content.model import Competence, LearningContent, Tube
from domain.learning_content.ports import ContentProvider, loaded
from domain.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CompetenceCollective:
    competence: Competence
    targeted_skills: int
    average_validated: float

    @property
    def percent(self) -> int:
        return (
            round(100 * self.average_validated / self.targeted_skills)
            if self.targeted_skills
            else 0
        )


@dataclass(frozen=True)
class TubeRecommendation:
    tube: Tube
    competence: Competence
    average_score: float
    tutorials: int

    @property
    def dots(self) -> int:
        """1 to 4: the lower the participants' score, the more the topic is worth working on."""
        score = self.average_score
        return 4 if score <= 25 else 3 if score <= 50 else 2 if score <= 75 else 1


@dataclass(frozen=True)
class CampaignAnalysis:
    shared_participants: int
    competences: list[CompetenceCollective]
    tubes: list[TubeRecommendation]


def _tube_score(skills: list[Skill], validated: frozenset[str], campaign_max: int) -> float:
    """Pix's per-participant relevance score of a tube, 0 to 100 (reference §4.6)."""
    hardest = max(s.level for s in skills)
    reached = max((s.level for s in skills if s.id in validated), default=0)
    done = sum(1 for s in skills if s.id in validated)
    score = 40 / hardest * reached + 30 / campaign_max * hardest + 20 / len(skills) * done
    if reached:
        remaining = [s.level for s in skills if s.id not in validated]
        score += 10 / (min(remaining) if remaining else hardest) * reached
    return score


def _tube_counts(
    skills: list[Skill], rows: list[TallyRow], participants: int
) -> Counter[frozenset[str]]:
    """Participants per subset of the tube's targeted skills they validated, the empty subset
    included (those with nothing validated in the tube appear in no row)."""
    targeted = frozenset(s.id for s in skills)
    counts: Counter[frozenset[str]] = Counter()
    for row in rows:
        counts[row.skills & targeted] += row.participants
    counts[frozenset()] += participants - sum(row.participants for row in rows)
    return counts


def _by_tube(skills: Iterable[Skill]) -> dict[str, list[Skill]]:
    tubes: dict[str, list[Skill]] = {}
    for skill in skills:
        tubes.setdefault(skill.tube_id, []).append(skill)
    return tubes


def summarise(
    skills: Iterable[Skill], tally: CampaignTally
) -> tuple[Counter[str], dict[str, float]]:
    """From the tally: how many counted participants validated each targeted skill, and each
    targeted tube's average relevance score (participants with nothing validated in a tube
    count, with their score, in its average)."""
    count = tally.participants
    rows_by_tube = tally.by_tube()
    targeted = list(skills)
    campaign_max = max((s.level for s in targeted), default=1)
    per_skill: Counter[str] = Counter()
    averages: dict[str, float] = {}
    for name, tube_skills in _by_tube(targeted).items():
        total = 0.0
        for validated, participants in _tube_counts(
            tube_skills, rows_by_tube.get(name, []), count
        ).items():
            if participants:
                per_skill.update(dict.fromkeys(validated, participants))
                total += participants * _tube_score(tube_skills, validated, campaign_max)
        averages[name] = total / count if count else 0.0
    return per_skill, averages


async def _fold_earlier_shares(uow: UnitOfWork, campaign_id: int, current: LearningContent) -> bool:
    """Results shared before tallies existed enter the tally once, on the first reading."""

    async def fetch(after: int) -> list[ExportParticipation]:
        return await uow.tallies.untallied(campaign_id, after_id=after, limit=CHUNK)

    async def write(validated: dict[int, frozenset[str]]) -> None:
        await uow.tallies.add(
            campaign_id, {pid: tube_patterns(ids, current) for pid, ids in validated.items()}
        )

    return await backfill(uow, fetch, write)


async def analyse_campaign(
    campaign_id: int, *, user_id: int, uow: UnitOfWork, content: ContentProvider, views: EngineViews
) -> CampaignAnalysis:
    """Collective results and recommended topics, from the shared results counted in the
    campaign's tally (the latest of each learner): reads O(tubes × patterns) rows, not one
    per participant."""
    current = loaded(content)
    async with uow:
        campaign = await require_campaign_member(uow, campaign_id, user_id)
        view = views.get(
            current, target_of(campaign.target_profile_id, campaign.competence_index), "fr"
        )
        if await _fold_earlier_shares(uow, campaign_id, current):
            await uow.commit()
        tally = await uow.tallies.read(campaign_id)
    count = tally.participants
    per_skill, averages = summarise(view.skills, tally)
    tubes = []
    for name, skills in _by_tube(view.skills).items():
        tube = current.tubes_by_name[name]
        tutorial_ids = {t for s in skills for t in current.skills_by_id[s.id].tutorial_ids}
        tubes.append(
            TubeRecommendation(
                tube=tube,
                competence=current.competences_by_index[tube.competence_index],
                average_score=averages[name],
                tutorials=len(tutorial_ids),
            )
        )
    competences = []
    for index in dict.fromkeys(s.competence_id for s in view.skills):
        mine = [s for s in view.skills if s.competence_id == index]
        total_validated = sum(per_skill[s.id] for s in mine)
        competences.append(
            CompetenceCollective(
                current.competences_by_index[index],
                len(mine),
                total_validated / count if count else 0.0,
            )
        )
    tubes.sort(key=lambda t: (t.average_score, t.competence.index, t.tube.name))
    return CampaignAnalysis(shared_participants=count, competences=competences, tubes=tubes)
