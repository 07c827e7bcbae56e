"""flash-v1 and the IRT helpers: EAP parity on fixed answer strings, selection rules, scoring."""

from __future__ import annotations

import math
import random

import pytest
from adaptive_builders import make_challenge, make_skill

from adaptive import irt
from adaptive.playthrough import play
from adaptive.strategies import Flash, FlashConfig
from adaptive.strategies.flash import binary_tree_pick
from adaptive.types import Answer, AnswerStatus, Challenge, Finished, Next, Profile, Skill

OK, KO = AnswerStatus.OK, AnswerStatus.KO
ITEMS = [irt.Item(1.2, -1.0), irt.Item(0.8, 0.5), irt.Item(2.0, 1.5), irt.Item(1.5, -2.0)]


def reference_capacities(answers: str, items: list[irt.Item]) -> list[tuple[float, float]]:
    """An independent, deliberately plain reading of reference §5.2."""
    thetas = [-9 + i * 18 / 80 for i in range(80)]
    likelihood = dict.fromkeys(range(80), 1.0)
    estimate, out = -3.0, []
    for letter, item in zip(answers, items, strict=False):
        for i, theta in enumerate(thetas):
            p = 1 / (1 + math.exp(item.discrimination * (item.difficulty - theta)))
            likelihood[i] *= p if letter == "1" else (1 - p)
        prior = [math.exp(-0.5 * (theta - estimate) ** 2 / 1.5) for theta in thetas]
        joint = [likelihood[i] * prior[i] for i in range(80)]
        norm = sum(joint)
        mean = sum(thetas[i] * joint[i] / norm for i in range(80))
        step = 0.5 if -0.5 < estimate < 0.5 else abs(estimate * 0.5)
        new = min(mean, estimate + step) if mean > estimate else max(mean, estimate - step)
        variance = sum(joint[i] / norm * (thetas[i] - new) ** 2 for i in range(80))
        estimate = new
        out.append((estimate, math.sqrt(variance - (9 / 80) ** 2 / 12)))
    return out


@pytest.mark.parametrize("answers", ["1111", "0000", "1010", "0110", "1", "0"])
def test_capacity_parity_on_fixed_answer_strings(answers: str) -> None:
    items = (ITEMS * 2)[: len(answers)]
    steps = irt.estimate_capacity([(i, a == "1") for a, i in zip(answers, items, strict=True)])
    expected = reference_capacities(answers, items)
    flat = [value for step in steps for value in (step.capacity, step.error_rate)]
    assert flat == pytest.approx([value for pair in expected for value in pair], abs=1e-9)


def test_capacity_moves_are_capped_by_the_variation_percent() -> None:
    # From −3, one step may move |−3 × 0.5| = 1.5 at most.
    easy_right = irt.estimate_capacity([(irt.Item(3.0, 5.0), True)])[0]
    assert easy_right.capacity == pytest.approx(-1.5)
    uncapped = irt.estimate_capacity([(irt.Item(3.0, 5.0), True)], variation_percent=None)
    assert uncapped[0].capacity > -1.5
    assert irt.estimate_capacity([]) == []


def test_more_right_answers_mean_a_higher_capacity() -> None:
    items = ITEMS * 3
    strong = irt.estimate_capacity([(item, True) for item in items])[-1].capacity
    weak = irt.estimate_capacity([(item, False) for item in items])[-1].capacity
    assert weak < -3 < strong


def test_item_parameters_come_from_content_or_the_skill_level() -> None:
    skill = make_skill("t", 3)
    calibrated = make_challenge(skill, discrimination=2.5, difficulty=-0.7)
    assert irt.item_of(calibrated, skill) == irt.Item(2.5, -0.7)
    assert irt.item_of(make_challenge(skill), skill) == irt.Item(
        irt.DEFAULT_DISCRIMINATION, irt.DEFAULT_DIFFICULTY_BY_LEVEL[3]
    )
    difficulties = [irt.DEFAULT_DIFFICULTY_BY_LEVEL[level] for level in range(1, 9)]
    assert difficulties == sorted(difficulties)


def test_information_and_minimum_capability() -> None:
    item = irt.Item(2.0, 1.0)
    assert irt.information(item, 1.0) == pytest.approx(1.0)  # α² · ½ · ½
    assert irt.minimum_capability(item) == pytest.approx(1.0 + math.log(19) / 2)
    assert irt.success_probability(item, irt.minimum_capability(item)) == pytest.approx(0.95)


@pytest.mark.parametrize(
    ("capacity", "score"),
    [(-9, 0), (-8, 0), (-1.4, 64), (-0.519, 128), (0.6, 256), (0.0405, 192), (8, 895), (20, 895)],
)
def test_certification_score_on_the_mesh(capacity: float, score: int) -> None:
    assert irt.certification_score(capacity) == score


@pytest.mark.parametrize(("capacity", "level"), [(-20, 0), (-1.4, 1), (0.6, 3), (3.9, 6), (50, 7)])
def test_competence_level_intervals_are_open_ended(capacity: float, level: int) -> None:
    assert irt.competence_level(capacity) == level


class FixedRandom(random.Random):
    def __init__(self, values: list[float]) -> None:
        super().__init__(0)
        self.values = values

    def random(self) -> float:
        return self.values.pop(0)


def test_binary_tree_pick_stops_with_51_percent_at_each_rank() -> None:
    ranked = [Challenge(f"c{i}", "s", "QCU") for i in range(5)]
    assert binary_tree_pick(ranked, FixedRandom([0.50]), 51).id == "c0"
    assert binary_tree_pick(ranked, FixedRandom([0.52, 0.1]), 51).id == "c1"
    assert binary_tree_pick(ranked, FixedRandom([0.9] * 4), 51).id == "c4"


def certification_profile(competences: int = 4, tubes: int = 10) -> Profile:
    skills: list[Skill] = []
    challenges: list[Challenge] = []
    for c in range(competences):
        for t in range(tubes):
            for level in (1, 3, 5):
                skill = make_skill(f"c{c}t{t}", level, competence=f"comp{c}")
                skills.append(skill)
                challenges.append(make_challenge(skill))
    return Profile("cert", tuple(skills), tuple(challenges))


def test_flash_asks_32_questions_one_per_tube_covering_every_competence() -> None:
    profile = certification_profile()
    rng = random.Random(4)

    def respond(challenge: Challenge, skill: Skill) -> AnswerStatus:
        return OK if rng.random() < 0.6 else KO

    run = play(Flash(), profile, respond, seed=9)
    assert run.finished and len(run.answers) == 32
    assert run.estimate.reason == "maximum length reached"
    skill_of = {skill.id: skill for skill in profile.skills}
    tubes = [skill_of[c.skill_id].tube_id for c in run.asked]
    assert len(tubes) == len(set(tubes))
    competences = [skill_of[c.skill_id].competence_id for c in run.asked]
    assert set(competences[:4]) == {"comp0", "comp1", "comp2", "comp3"}
    for position in range(2, len(competences)):
        assert competences[position] not in competences[position - 2 : position]
    assert run.knowledge == ()
    assert run.estimate.capacity is not None and run.estimate.error_rate is not None


def test_flash_picks_among_the_five_most_informative() -> None:
    profile = certification_profile(competences=1, tubes=12)
    decision = Flash()(profile.skills, [], profile.challenges, [], seed=1)
    assert isinstance(decision, Next)
    information = sorted(
        (irt.information(irt.item_of(c, None), -3.0) for c in profile.challenges), reverse=True
    )
    chosen = irt.information(irt.item_of(decision.challenge, None), -3.0)
    assert chosen >= information[4]
    assert decision.estimate.capacity == -3 and decision.estimate.error_rate == 5


def test_flash_ends_for_lack_of_challenges() -> None:
    skill = make_skill("t", 1)
    challenge = make_challenge(skill)
    decision = Flash()([skill], [], [challenge], [Answer(challenge.id, OK)], seed=0)
    assert isinstance(decision, Finished)
    assert decision.estimate.reason == "lack of challenges"
    assert decision.estimate.validated == {"t1"}


def test_flash_can_limit_by_skill_instead_of_tube() -> None:
    profile = certification_profile(competences=1, tubes=1)
    config = FlashConfig(limit_to_one_question_per_tube=False)
    run = play(Flash(config), profile, lambda c, s: OK, seed=0)
    assert len(run.answers) == 3


def test_flash_is_deterministic() -> None:
    profile = certification_profile()
    first = play(Flash(), profile, lambda c, s: OK if s.level < 5 else KO, seed=3)
    again = play(Flash(), profile, lambda c, s: OK if s.level < 5 else KO, seed=3)
    assert first.asked == again.asked
