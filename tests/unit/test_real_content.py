"""The question bank in content/ passes every rule and meets the sizes the product needs."""

from __future__ import annotations

from collections import Counter

import pytest

from api.content.catalog import CheckedContent, check_source, summary


@pytest.fixture(scope="module")
def checked() -> CheckedContent:
    return check_source()


def test_the_real_content_has_no_problem(checked: CheckedContent):
    assert [str(p) for p in checked.problems] == []


def test_the_bank_is_big_enough(checked: CheckedContent):
    counts = summary(checked.content)

    assert (counts["areas"], counts["competences"]) == (5, 16)
    assert counts["tubes"] >= 70
    assert counts["skills"] >= 300
    assert counts["challenges"] >= 700
    assert counts["tutorials"] >= 200
    assert counts["timed"] >= 25 and counts["focused"] >= 25
    assert counts["illustrated"] >= 30 and counts["with_attachment"] >= 10


def test_every_type_is_represented_and_single_choice_does_not_dominate(checked: CheckedContent):
    types = Counter(c.type for c in checked.content.challenges)
    total = sum(types.values())

    assert set(types) == {"QCU", "QCM", "QROC", "QROCM-ind", "QROCM-dep"}
    assert all(n / total >= 0.05 for n in types.values()), types
    assert types["QCU"] / total <= 0.5


def test_every_competence_has_each_level_1_to_5_in_two_tubes(checked: CheckedContent):
    content = checked.content
    for competence in content.competences:
        for level in range(1, 6):
            tubes = {
                s.tube_name
                for s in content.skills
                if s.competence_index == competence.index and s.level == level
            }
            assert len(tubes) >= 2, (competence.index, level)


def test_every_challenge_of_the_pix_emploi_paths_is_also_in_english(checked: CheckedContent):
    content = checked.content
    for profile in content.target_profiles:
        skill_ids = {s.id for s in content.profile_skills(profile)}
        missing = [
            c.id for c in content.challenges if c.skill_id in skill_ids and "en" not in c.texts
        ]
        assert missing == [], profile.id


def test_the_paths_have_the_expected_shape(checked: CheckedContent):
    content = checked.content
    diagnostic = content.profiles_by_id["pix-emploi-diagnostic"]
    clea = content.profiles_by_id["pix-emploi-clea"]

    assert max(diagnostic.capped_tubes.values()) <= 2
    assert set(diagnostic.capped_tubes) <= set(clea.capped_tubes)
    assert max(clea.capped_tubes.values()) <= 4
    assert [s.threshold for s in diagnostic.stages] == [0, 50, 80]
    assert [s.threshold for s in clea.stages] == [0, 25, 60, 85]
    (badge,) = clea.badges
    assert badge.title["fr"] == "Pix emploi – Prêt pour le CléA numérique"
    assert {(c.scope, c.threshold) for c in badge.criteria} == {
        ("campaign", 85),
        ("every_competence", 75),
    }


def test_every_right_answer_can_be_picked_in_the_drop_downs_learners_see(checked: CheckedContent):
    # The learner chooses among the options the API presents: a right answer that is not one of
    # them (an option cut at its comma, say) cannot be given.
    from api.http.schemas.assessments import ChallengeRead

    unreachable = []
    for challenge in checked.content.challenges:
        if not challenge.type.startswith("QROCM"):
            continue
        for locale, text in challenge.texts.items():
            shown = ChallengeRead.of(challenge, locale, "/assets")
            options = {s.key: s.options for s in shown.segments or [] if s.kind == "select"}
            for line in text.right_answers[0].splitlines():
                key, value = line.split(": ", 1)
                value = value.strip('"')  # quoted in the file when YAML needs it
                if key in options and value not in (options[key] or []):
                    unreachable.append((challenge.id, locale, key, value))
    assert unreachable == []
