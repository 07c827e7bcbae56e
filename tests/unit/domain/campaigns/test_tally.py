"""Collective results read from the tally equal the same figures computed participant by
participant (reference §4.5 and §4.6), whatever the patterns."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from adaptive.types import Skill
from domain.campaigns.tally import CampaignTally, TallyRow
from domain.campaigns.use_cases.collective_results import _tube_score, summarise


def _skills() -> list[Skill]:
    skills = []
    for tube, levels in (("@copie", (1, 2, 3)), ("@dossier", (2, 4, 5, 6)), ("@web", (1, 7))):
        for level in levels:
            skills.append(Skill(f"{tube}{level}", f"{tube}{level}", level, tube, "1.1"))
    return skills


def _tally(participants: list[frozenset[str]], tube_of: dict[str, str]) -> CampaignTally:
    """What sharing writes: each participant's validated skills grouped by tube, counted."""
    counts: Counter[tuple[str, frozenset[str]]] = Counter()
    for validated in participants:
        grouped: dict[str, set[str]] = {}
        for skill_id in validated:
            grouped.setdefault(tube_of[skill_id], set()).add(skill_id)
        for tube, ids in grouped.items():
            counts[tube, frozenset(ids)] += 1
    rows = tuple(TallyRow(tube, skills, n) for (tube, skills), n in counts.items())
    return CampaignTally(len(participants), rows)


@pytest.mark.parametrize("seed", range(20))
def test_the_tally_gives_what_each_participant_would_give(seed: int):
    rng = random.Random(seed)
    every = _skills()
    # The campaign targets some of the skills only (a capped profile); the learners may have
    # validated others too (their snapshot holds their whole profile).
    targeted = [s for s in every if s.level <= 6]
    tube_of = {s.id: s.tube_id for s in every} | {"@autre1": "@autre"}
    participants = [
        frozenset(
            s.id
            for s in [*every, Skill("@autre1", "@autre1", 1, "@autre", "2.1")]
            if rng.random() < 0.5
        )
        for _ in range(rng.randint(0, 40))
    ]

    per_skill, averages = summarise(targeted, _tally(participants, tube_of))

    campaign_max = max(s.level for s in targeted)
    for skill in targeted:
        assert per_skill[skill.id] == sum(skill.id in p for p in participants)
    for tube in ("@copie", "@dossier", "@web"):
        tube_skills = [s for s in targeted if s.tube_id == tube]
        expected = (
            sum(_tube_score(tube_skills, p, campaign_max) for p in participants) / len(participants)
            if participants
            else 0.0
        )
        assert averages[tube] == pytest.approx(expected)
    assert "@autre" not in averages


def test_a_participant_with_nothing_validated_still_counts_with_the_tube_difficulty():
    targeted = _skills()
    tally = _tally(
        [frozenset(), frozenset({"@web1", "@web7"})], {s.id: s.tube_id for s in targeted}
    )

    _, averages = summarise(targeted, tally)

    # Nobody: 30 / 7 × 7 = 30; everything: 40 + 30 + 20 + 10 = 100.
    assert averages["@web"] == pytest.approx((30 + 100) / 2)
