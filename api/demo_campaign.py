"""`pix demo --participants N`: one assessment campaign with N shared participants, fast.

The learners are the simulation's "mixed" population (adaptive/synthetic.py: a global ability
from three groups, a level per competence around it, a true level per tube around that). Their
test is a cheap stand-in for the adaptive engine, documented here because the figures of Orga
depend on it: in each tube the learner answers the hardest skill at or below their true level
and the easiest skill above it (what an adaptive test converges to), with 5 % slips and 5 %
lucky guesses; each answer writes a direct knowledge element and Pix's inferred ones (success:
easier skills of the tube validated, failure: harder ones invalidated). Sharing stores what
the sharing use case stores (mastery, validated count, pix, snapshot of validated skills).
Running the real engine would take ~50 next-challenge computations per learner (~1.5 ms each),
about two hours for 100 000 learners; this takes a few minutes.

Rows are written in batches with COPY on PostgreSQL (executemany on SQLite), with ids
reserved up front, in one transaction: a failed run leaves nothing behind."""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection

from adaptive import scoring
from adaptive.synthetic import POPULATIONS
from adaptive.types import Skill
from api.composition import Container
from api.demo import DEMO_ACCOUNTS, DEMO_ORGANIZATION, load_demo
from api.persistence import tables as t
from api.persistence.bulk import copy_rows, reserve_ids
from api.persistence.repositories.tallies import EVERYONE
from domain.campaigns.model import Campaign, CampaignType, ExternalIdType
from domain.campaigns.tally import tube_patterns
from domain.campaigns.use_cases.create_campaign import NewCampaign, create_campaign
from domain.learning_content.engine_view import target_of
from domain.learning_content.model import LearningContent
from domain.learning_content.ports import loaded
from domain.shared.names import name_sort_key

PROFILES = {
    "cléa": "pix-emploi-clea",
    "clea": "pix-emploi-clea",
    "diagnostic": "pix-emploi-diagnostic",
}
PASSWORD = "Demo-Participant-2026"
SLIP = 0.05
GUESS = 0.05
BATCH = 2000
FIRST_NAMES = [
    "Léa",
    "Hugo",
    "Chloé",
    "Lucas",
    "Emma",
    "Nathan",
    "Inès",
    "Louis",
    "Manon",
    "Gabriel",
    "Camille",
    "Adam",
    "Sarah",
    "Jules",
    "Zoé",
    "Yanis",
    "Lina",
    "Arthur",
    "Jade",
    "Mohamed",
    "Alice",
    "Théo",
    "Rose",
    "Karim",
    "Anaïs",
    "Samuel",
    "Nora",
    "Ethan",
    "Clara",
    "Malik",
]
LAST_NAMES = [
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefebvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Benali",
    "Nguyen",
    "Diallo",
    "Haddad",
    "Lopez",
    "Fontaine",
    "Chevalier",
    "Robin",
    "Masson",
    "Sanchez",
    "Muller",
    "Faure",
]

USER_COLUMNS = [
    "id",
    "first_name",
    "last_name",
    "first_name_key",
    "last_name_key",
    "email",
    "password_hash",
    "locale",
    "is_super_admin",
    "failed_login_count",
    "terms_accepted_at",
    "created_at",
]
PARTICIPATION_COLUMNS = [
    "id",
    "campaign_id",
    "user_id",
    "created_at",
    "status",
    "participant_external_id",
    "shared_at",
    "mastery_rate",
    "validated_skills_count",
    "pix_score",
    "is_improved",
    "validated_skill_ids",
    "tallied",
]
ASSESSMENT_COLUMNS = [
    "id",
    "user_id",
    "type",
    "state",
    "strategy",
    "content_release_id",
    "target",
    "locale",
    "created_at",
    "campaign_participation_id",
    "is_improving",
    "completed_at",
    "current_challenge_id",
]
ANSWER_COLUMNS = [
    "id",
    "assessment_id",
    "challenge_id",
    "value",
    "result",
    "timed_out",
    "focused_out",
    "created_at",
]
KE_COLUMNS = [
    "user_id",
    "skill_id",
    "competence_index",
    "status",
    "source",
    "earned_pix",
    "assessment_id",
    "answer_id",
    "created_at",
]


@dataclass(frozen=True)
class DemoCampaign:
    campaign: Campaign
    shared: int
    to_share: int
    started: int
    answers: int
    knowledge_elements: int
    seconds: float


@dataclass
class _Batch:
    users: list[tuple[Any, ...]] = field(default_factory=list)
    participations: list[tuple[Any, ...]] = field(default_factory=list)
    assessments: list[tuple[Any, ...]] = field(default_factory=list)
    answers: list[tuple[Any, ...]] = field(default_factory=list)
    elements: list[tuple[Any, ...]] = field(default_factory=list)
    # Shared results' tube patterns, as sharing counts them in the campaign's tally.
    tally: Counter[tuple[str, str]] = field(default_factory=Counter)


class _Tube:
    """A tube of the target: skills by level, with the challenge asked for each."""

    def __init__(self, skills: list[Skill], content: LearningContent) -> None:
        self.skills = sorted(skills, key=lambda s: s.level)
        self.competence = skills[0].competence_id
        self.questions: dict[str, tuple[str, str]] = {}
        for skill in self.skills:
            challenge = next(c for c in content.challenges if c.skill_id == skill.id)
            right = challenge.texts["fr"].right_answers[0] if challenge.texts.get("fr") else ""
            self.questions[skill.id] = (challenge.id, right)


class _Generator:
    def __init__(
        self, content: LearningContent, skills: tuple[Skill, ...], seed: int, release_id: str
    ) -> None:
        self.rng = random.Random(f"demo:{seed}")
        self.skills = skills
        by_tube: dict[str, list[Skill]] = {}
        for skill in skills:
            by_tube.setdefault(skill.tube_id, []).append(skill)
        self.tubes = [_Tube(group, content) for group in by_tube.values()]
        self.competences = sorted({tube.competence for tube in self.tubes})
        self.release_id = release_id
        self.spec = POPULATIONS["mixed"]

    def tube_levels(self) -> list[int]:
        rng, spec = self.rng, self.spec
        mean, spread = rng.choice(spec.groups)
        ability = rng.gauss(mean, spread)
        by_competence = {c: rng.gauss(ability, spec.competence_spread) for c in self.competences}
        return [
            min(8, max(0, round(rng.gauss(by_competence[tube.competence], spec.tube_spread))))
            for tube in self.tubes
        ]

    def play(
        self,
        user_id: int,
        assessment_id: int,
        next_answer_id: int,
        start: datetime,
        batch: _Batch,
        *,
        stop_after: int | None = None,
    ) -> tuple[int, frozenset[str], datetime, str | None]:
        """Answers and knowledge elements of one test; (answers, validated, end, current)."""
        rng = self.rng
        validated: set[str] = set()
        moment = start
        count = 0
        assessment = str(assessment_id)
        for tube, level in zip(self.tubes, self.tube_levels(), strict=True):
            below = [s for s in tube.skills if s.level <= level]
            above = [s for s in tube.skills if s.level > level]
            asked = ([below[-1]] if below else []) + ([above[0]] if above else [])
            assessed: set[str] = set()
            for skill in asked:
                if stop_after is not None and count >= stop_after:
                    return count, frozenset(validated), moment, tube.questions[skill.id][0]
                if skill.id in assessed:
                    continue
                mastered = skill.level <= level
                success = rng.random() >= SLIP if mastered else rng.random() < GUESS
                challenge_id, right = tube.questions[skill.id]
                moment += timedelta(seconds=rng.randint(15, 90))
                answer_id = next_answer_id + count
                count += 1
                skipped = not success and rng.random() < 0.3  # "Je passe"
                batch.answers.append(
                    (
                        answer_id,
                        assessment_id,
                        challenge_id,
                        right if success else "#ABAND#" if skipped else "je ne sais pas",
                        "ok" if success else "aband" if skipped else "ko",
                        False,
                        False,
                        moment,
                    )
                )
                status = "validated" if success else "invalidated"
                answer = str(answer_id)
                for other in tube.skills:
                    if other.id in assessed:
                        continue
                    direct = other.id == skill.id
                    if not (
                        direct
                        or (success and other.level < skill.level)
                        or (not success and other.level > skill.level)
                    ):
                        continue
                    assessed.add(other.id)
                    if success:
                        validated.add(other.id)
                    batch.elements.append(
                        (
                            user_id,
                            other.id,
                            other.competence_id,
                            status,
                            "direct" if direct else "inferred",
                            other.pix_value if success else 0.0,
                            assessment,
                            answer,
                            moment,
                        )
                    )
        return count, frozenset(validated), moment, None


async def _skip_foreign_key_checks(connection: AsyncConnection) -> None:
    """Generated rows are consistent by construction: skip the per-row foreign-key triggers
    for this transaction when the role may (superuser); otherwise keep them, only slower."""
    try:
        async with connection.begin_nested():
            await connection.execute(text("SET LOCAL session_replication_role = replica"))
    except DBAPIError:
        pass


async def generate_demo_campaign(
    container: Container,
    *,
    participants: int,
    profile: str = "cléa",
    to_share: int | None = None,
    started: int | None = None,
    seed: int = 1,
    progress: Callable[[str], None] | None = None,
) -> DemoCampaign:
    """Create the campaign in the demo organisation and its participants (see module doc)."""
    began = time.perf_counter()
    target_profile = PROFILES[profile.lower()]
    to_share = max(1, participants // 20) if to_share is None else to_share
    started = max(1, participants // 20) if started is None else started
    await load_demo(container)
    c = container
    if c.content.current() is None:
        await c.content.refresh(c.uow())
    content = loaded(c.content)
    async with c.uow() as uow:
        organization = await uow.organizations.find_by_name(DEMO_ORGANIZATION)
        admin = await uow.users.get_by_email(DEMO_ACCOUNTS[0].email)
    assert organization is not None and organization.id is not None
    assert admin is not None and admin.id is not None
    stamp = c.clock.now().strftime("%Y-%m-%d %H:%M")
    campaign = await create_campaign(
        NewCampaign(
            organization_id=organization.id,
            name=f"Démo {profile} – {participants} participants ({stamp})",
            type=CampaignType.ASSESSMENT,
            target_profile_id=target_profile,
            title="Parcours de démonstration",
            landing_text="Campagne générée par `pix demo --participants`.",
            external_id_label="Numéro de dossier",
            external_id_type=ExternalIdType.STRING,
        ),
        requested_by=admin.id,
        uow=c.uow(),
        content=c.content,
        clock=c.clock,
        random=c.random,
    )
    assert campaign.id is not None
    view = c.engine_views.get(content, target_of(target_profile, None), "fr")
    generator = _Generator(content, view.skills, seed, content.release_id)
    password_hash = await c.hasher.hash(PASSWORD)
    total = participants + to_share + started
    now = c.clock.now().astimezone(UTC)
    answers_written = elements_written = 0
    tally: Counter[tuple[str, str]] = Counter()
    async with c.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            await _skip_foreign_key_checks(connection)
        first_user = await reserve_ids(connection, t.users, total)
        first_participation = await reserve_ids(connection, t.campaign_participations, total)
        first_assessment = await reserve_ids(connection, t.assessments, total)
        # At most two answers per tube: the range is reserved for the worst case.
        per_learner = 2 * len(generator.tubes)
        first_answer = await reserve_ids(connection, t.answers, total * per_learner)

        def build(offset: int) -> _Batch:
            batch = _Batch()
            for i in range(offset, min(total, offset + BATCH)):
                user_id = first_user + i
                participation_id = first_participation + i
                assessment_id = first_assessment + i
                rng = generator.rng
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                joined = now - timedelta(days=rng.uniform(1, 60))
                batch.users.append(
                    (
                        user_id,
                        first,
                        last,
                        name_sort_key(first),
                        name_sort_key(last),
                        f"demo.{campaign.code.lower()}.{i + 1}@example.org",
                        password_hash,
                        "fr",
                        False,
                        0,
                        joined,
                        joined,
                    )
                )
                kind = (
                    "shared"
                    if i < participants
                    else "to_share"
                    if i < participants + to_share
                    else "started"
                )
                _, validated, ended, current = generator.play(
                    user_id,
                    assessment_id,
                    first_answer + i * per_learner,
                    joined,
                    batch,
                    stop_after=rng.randint(1, 10) if kind == "started" else None,
                )
                shared_at = (
                    ended + timedelta(minutes=rng.randint(1, 120)) if kind == "shared" else None
                )
                completed = kind != "started"
                scores = scoring.competence_scores(view.skills, validated)
                batch.participations.append(
                    (
                        participation_id,
                        campaign.id,
                        user_id,
                        joined,
                        "SHARED" if shared_at else "STARTED",
                        f"D-{i + 1:06d}",
                        shared_at,
                        scoring.mastery_rate(view.skills, validated) if shared_at else None,
                        len(validated) if shared_at else None,
                        scoring.total_pix(scores) if shared_at else None,
                        False,
                        " ".join(sorted(validated)) if shared_at else None,
                        shared_at is not None,
                    )
                )
                if shared_at:
                    batch.tally[EVERYONE] += 1
                    for tube, skills in tube_patterns(validated, content).items():
                        batch.tally[tube, " ".join(sorted(skills))] += 1
                batch.assessments.append(
                    (
                        assessment_id,
                        user_id,
                        "CAMPAIGN",
                        "completed" if completed else "started",
                        "bayes-tube-v1",
                        content.release_id,
                        target_profile,
                        "fr",
                        joined,
                        participation_id,
                        False,
                        ended if completed else None,
                        current,
                    )
                )
            return batch

        # The next batch is built in a thread while the database ingests the current one.
        offsets = list(range(0, total, BATCH))
        upcoming = asyncio.create_task(asyncio.to_thread(build, offsets[0])) if offsets else None
        for position, offset in enumerate(offsets):
            assert upcoming is not None
            batch = await upcoming
            if position + 1 < len(offsets):
                upcoming = asyncio.create_task(asyncio.to_thread(build, offsets[position + 1]))
            answers_written += len(batch.answers)
            elements_written += len(batch.elements)
            await copy_rows(connection, t.users, USER_COLUMNS, batch.users)
            await copy_rows(
                connection, t.campaign_participations, PARTICIPATION_COLUMNS, batch.participations
            )
            await copy_rows(connection, t.assessments, ASSESSMENT_COLUMNS, batch.assessments)
            await copy_rows(connection, t.answers, ANSWER_COLUMNS, batch.answers)
            await copy_rows(connection, t.knowledge_elements, KE_COLUMNS, batch.elements)
            tally.update(batch.tally)
            if progress:
                progress(f"{min(total, offset + BATCH)}/{total} participants written")
        await copy_rows(
            connection,
            t.campaign_tallies,
            ["campaign_id", "tube", "skill_ids", "participants"],
            [(campaign.id, tube, skills, n) for (tube, skills), n in tally.items()],
        )
    if c.engine.dialect.name == "postgresql":
        # Fresh statistics, or the planner reads a million new rows as an empty table.
        async with c.engine.connect() as connection:
            await connection.execute(
                text(
                    "ANALYZE users, campaign_participations, assessments, answers,"
                    " knowledge_elements"
                )
            )
            await connection.commit()
    return DemoCampaign(
        campaign=campaign,
        shared=participants,
        to_share=to_share,
        started=started,
        answers=answers_written,
        knowledge_elements=elements_written,
        seconds=time.perf_counter() - began,
    )
