"""What a whole campaign shows: collective results per competence, and topics to work on."""

from __future__ import annotations

from dataclasses import dataclass

from adaptive import knowledge as knowledge_rules
from adaptive.types import KnowledgeStatus, Skill
from domain.access.policies import require_campaign_member
from domain.learning_content.engine_view import EngineViews, target_of
from domain.learning_content.model import Competence, Tube
from domain.learning_content.ports import ContentProvider, loaded
from domain.unit_of_work import UnitOfWork

CHUNK = 1000


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


async def analyse_campaign(
    campaign_id: int, *, user_id: int, uow: UnitOfWork, content: ContentProvider, views: EngineViews
) -> CampaignAnalysis:
    """Collective results and recommended topics, from shared results only."""
    current = loaded(content)
    async with uow:
        campaign = await require_campaign_member(uow, campaign_id, user_id)
        view = views.get(
            current, target_of(campaign.target_profile_id, campaign.competence_index), "fr"
        )
        skill_ids = frozenset(s.id for s in view.skills)
        validated_sets: list[frozenset[str]] = []
        after = 0
        while True:
            chunk = [
                p
                for p in await uow.campaigns.export_chunk(campaign_id, after_id=after, limit=CHUNK)
            ]
            if not chunk:
                break
            after = chunk[-1].participation_id
            shared = [p for p in chunk if p.shared_at is not None]
            knowledge = await uow.knowledge.of_users([p.user_id for p in shared], skill_ids)
            for p in shared:
                elements = [
                    e
                    for e in knowledge.get(p.user_id, [])
                    if e.created_at <= (p.shared_at or e.created_at)
                ]
                state = knowledge_rules.current(elements)
                validated_sets.append(
                    frozenset(s for s, e in state.items() if e.status is KnowledgeStatus.VALIDATED)
                )
    count = len(validated_sets)
    competences = []
    for index in dict.fromkeys(s.competence_id for s in view.skills):
        mine = [s for s in view.skills if s.competence_id == index]
        total_validated = sum(sum(1 for s in mine if s.id in v) for v in validated_sets)
        competences.append(
            CompetenceCollective(
                current.competences_by_index[index],
                len(mine),
                total_validated / count if count else 0.0,
            )
        )
    campaign_max = max((s.level for s in view.skills), default=1)
    by_tube: dict[str, list[Skill]] = {}
    for skill in view.skills:
        by_tube.setdefault(skill.tube_id, []).append(skill)
    tubes = []
    for name, skills in by_tube.items():
        tube = current.tubes_by_name[name]
        scores = [_tube_score(skills, v, campaign_max) for v in validated_sets]
        tutorial_ids = {t for s in skills for t in current.skills_by_id[s.id].tutorial_ids}
        tubes.append(
            TubeRecommendation(
                tube=tube,
                competence=current.competences_by_index[tube.competence_index],
                average_score=sum(scores) / count if count else 0.0,
                tutorials=len(tutorial_ids),
            )
        )
    tubes.sort(key=lambda t: (t.average_score, t.competence.index, t.tube.name))
    return CampaignAnalysis(shared_participants=count, competences=competences, tubes=tubes)
