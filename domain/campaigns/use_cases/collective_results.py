"""What a whole campaign shows: collective results per competence, and topics to work on."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import repeat
from operator import and_, rshift

from adaptive.types import Skill
from domain.access.policies import require_campaign_member
from domain.campaigns.snapshots import knowledge_of_chunk
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


class _Tally:
    """Shared results folded as they stream: validations per skill, and each participant's
    validated skills as a bit mask over the campaign's skills (tube after tube), from which
    the number of participants per subset of each tube's skills is counted at the end
    (C-level map and Counter), so time and memory stay proportional to the participants."""

    def __init__(self, skills: tuple[Skill, ...]) -> None:
        self.per_skill: Counter[str] = Counter()
        self.masks: list[int] = []
        self.tubes: dict[str, list[Skill]] = {}
        for skill in skills:
            self.tubes.setdefault(skill.tube_id, []).append(skill)
        self.bit: dict[str, int] = {}
        self.slices: list[tuple[int, int]] = []
        offset = 0
        for tube_skills in self.tubes.values():
            for i, skill in enumerate(tube_skills):
                self.bit[skill.id] = 1 << (offset + i)
            self.slices.append((offset, (1 << len(tube_skills)) - 1))
            offset += len(tube_skills)
        self.targeted = frozenset(self.bit)

    @property
    def count(self) -> int:
        return len(self.masks)

    def add(self, validated: frozenset[str]) -> None:
        mine = self.targeted & validated
        self.per_skill.update(mine)
        # Bits are distinct powers of two: their sum is the participant's mask.
        self.masks.append(sum(map(self.bit.__getitem__, mine)))

    def tube_average(self, index: int, skills: list[Skill], campaign_max: int) -> float:
        if not self.masks:
            return 0.0
        offset, width = self.slices[index]
        patterns = Counter(map(and_, map(rshift, self.masks, repeat(offset)), repeat(width)))
        total = 0.0
        for pattern, participants in patterns.items():
            validated = frozenset(s.id for i, s in enumerate(skills) if pattern >> i & 1)
            total += participants * _tube_score(skills, validated, campaign_max)
        return total / self.count


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
        tally = _Tally(view.skills)
        after = 0
        while True:
            shared = await uow.campaigns.shared_chunk(campaign_id, after_id=after, limit=CHUNK)
            if not shared:
                break
            after = shared[-1].participation_id
            knowledge = await knowledge_of_chunk(uow, shared, skill_ids)
            for p in shared:
                tally.add(knowledge[p.participation_id].validated)
    count = tally.count
    competences = []
    for index in dict.fromkeys(s.competence_id for s in view.skills):
        mine = [s for s in view.skills if s.competence_id == index]
        total_validated = sum(tally.per_skill[s.id] for s in mine)
        competences.append(
            CompetenceCollective(
                current.competences_by_index[index],
                len(mine),
                total_validated / count if count else 0.0,
            )
        )
    campaign_max = max((s.level for s in view.skills), default=1)
    tubes = []
    for position, (name, skills) in enumerate(tally.tubes.items()):
        tube = current.tubes_by_name[name]
        tutorial_ids = {t for s in skills for t in current.skills_by_id[s.id].tutorial_ids}
        tubes.append(
            TubeRecommendation(
                tube=tube,
                competence=current.competences_by_index[tube.competence_index],
                average_score=tally.tube_average(position, skills, campaign_max),
                tutorials=len(tutorial_ids),
            )
        )
    tubes.sort(key=lambda t: (t.average_score, t.competence.index, t.tube.name))
    return CampaignAnalysis(shared_participants=count, competences=competences, tubes=tubes)
