"""The prepared judge of exports and dashboards answers exactly as the per-call rules."""

from __future__ import annotations

import random

from domain.learning_content.engine_view import (
    EngineViews,
    ResultsJudge,
    badge_acquired,
    stage_reached,
)
from tests.integration.test_profiles_collection import real_content


def test_the_judge_gives_the_same_stage_and_badges_as_the_rules_for_any_result():
    content = real_content()
    rng = random.Random(3)
    for profile in content.target_profiles:
        skills = EngineViews().get(content, profile.id, "fr").skills
        judge = ResultsJudge(profile.stages, profile.badges, skills)
        ids = [s.id for s in skills]
        seen_stages, seen_badges = set(), set()
        for _ in range(400):
            share = rng.random()
            validated = frozenset(i for i in ids if rng.random() < share) | {"@autre9"}
            expected_stage = stage_reached(profile.stages, skills, validated)
            expected_badges = [badge_acquired(b, skills, validated) for b in profile.badges]

            assert judge.stage(validated) == expected_stage
            assert judge.badges(validated) == expected_badges
            seen_stages.add(expected_stage[1] if expected_stage else None)
            seen_badges.add(tuple(expected_badges))
        # The random results reached every stage, and won and missed the badges.
        assert len(seen_stages) == len(profile.stages)
        if profile.badges:
            assert len(seen_badges) > 1
