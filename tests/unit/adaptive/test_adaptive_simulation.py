"""Synthetic profiles, learner populations, the simulation harness and its CLI."""

from __future__ import annotations

import json
import statistics
from dataclasses import replace
from pathlib import Path

import pytest

from adaptive import simulation, synthetic
from adaptive.strategies import BayesTube, SmartRandom
from adaptive.types import Challenge, ChallengeType
from api import cli_simulate
from domain.learning_content import model
from domain.learning_content.model import ChallengeText, LearningContent


def test_clea_like_profile_has_pix_shape() -> None:
    profile = synthetic.synthetic_profile("clea", seed=1)
    competences = {skill.competence_id for skill in profile.skills}
    assert len(competences) == 16
    tubes = {skill.tube_id for skill in profile.skills}
    assert 32 <= len(tubes) <= 64
    assert {skill.level for skill in profile.skills} <= {1, 2, 3, 4}
    # Each (competence, level) is worth 8 pix, a lone skill 4 (Pix's rule).
    worth: dict[tuple[str, int], float] = {}
    for skill in profile.skills:
        key = (skill.competence_id, skill.level)
        worth[key] = worth.get(key, 0.0) + skill.pix_value
    assert all(value == pytest.approx(8) or value == 4 for value in worth.values())
    assert {c.type for c in profile.challenges} == set(ChallengeType)
    assert all(c.skill_id in {s.id for s in profile.skills} for c in profile.challenges)
    assert set(profile.competence_area.values()) == {"1", "2", "3", "4", "5"}


def test_profiles_and_populations_are_deterministic() -> None:
    assert synthetic.synthetic_profile("competence", 3) == synthetic.synthetic_profile(
        "competence", 3
    )
    profile = synthetic.synthetic_profile("diagnostic", 1)
    first = synthetic.population("mixed", profile, 20, seed=5)
    assert first == synthetic.population("mixed", profile, 20, seed=5)
    assert first != synthetic.population("mixed", profile, 20, seed=6)


def test_tube_levels_are_correlated_within_a_competence() -> None:
    profile = synthetic.synthetic_profile("competences", 1)
    learners = synthetic.population("mixed", profile, 400, seed=1)
    tubes: dict[str, list[str]] = {}
    for skill in profile.skills:
        if skill.tube_id not in tubes.setdefault(skill.competence_id, []):
            tubes[skill.competence_id].append(skill.tube_id)
    first, second = list(tubes)[:2]

    def gap(a: str, b: str) -> float:
        return statistics.mean(abs(ln.tube_levels[a] - ln.tube_levels[b]) for ln in learners)

    same = gap(tubes[first][0], tubes[first][1])
    across = gap(tubes[first][0], tubes[second][0])
    assert same < across


def test_populations_differ_in_level() -> None:
    profile = synthetic.synthetic_profile("competence", 1)

    def mean_level(kind: str) -> float:
        learners = synthetic.population(kind, profile, 300, seed=2)
        return statistics.mean(v for ln in learners for v in ln.tube_levels.values())

    assert mean_level("beginner") < mean_level("intermediate") < mean_level("strong")


def test_simulated_guessing_depends_on_the_type() -> None:
    qcu = Challenge("c", "s", "QCU", proposals="- a\n- b\n- c\n- d")
    qcm = Challenge("c", "s", "QCM", proposals="- a\n- b\n- c\n- d")
    assert simulation.true_guess_rate(qcu) == 0.25
    assert simulation.true_guess_rate(qcm) == pytest.approx(1 / 15)
    assert simulation.true_guess_rate(Challenge("c", "s", "QROC")) < 0.05


def test_run_reports_every_strategy_and_the_reference() -> None:
    profile = synthetic.synthetic_profile("competence", 1)
    learners = synthetic.population("mixed", profile, 40, seed=1)
    report = simulation.run(profile, [SmartRandom(), BayesTube()], learners, seed=1)
    assert {"profile", "learners", "seed", "strategies"} <= set(report)
    metrics = report["strategies"]
    assert isinstance(metrics, dict)
    assert set(metrics) == {"smart-random-v1", "bayes-tube-v1", simulation.REFERENCE_NAME}
    for values in metrics.values():
        assert {"questions_mean", "questions_p90", "skill_accuracy", "level_mae"} <= set(values)
        assert 0 <= values["skill_accuracy"] <= 1
        assert values["unfinished"] == 0
    reference = metrics[simulation.REFERENCE_NAME]
    assert reference["questions_mean"] == len(profile.skills)
    # Our strategy asks fewer questions than smart random on the same learners.
    assert metrics["bayes-tube-v1"]["questions_mean"] < metrics["smart-random-v1"]["questions_mean"]


def test_no_slip_and_no_guess_makes_the_reference_exact() -> None:
    profile = synthetic.synthetic_profile("competence", 1)
    free_text = replace(
        profile, challenges=tuple(replace(c, type="QROCM-ind") for c in profile.challenges)
    )
    learners = synthetic.population("mixed", free_text, 10, seed=1)
    report = simulation.run(free_text, [], learners, seed=1, slip=0.0)
    metrics = report["strategies"]
    assert isinstance(metrics, dict)
    assert metrics[simulation.REFERENCE_NAME]["skill_accuracy"] > 0.98


def test_cli_prints_json_with_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli_simulate.main(
        [
            *("--profile", "synthetic:diagnostic", "--learners", "12", "--seed", "1"),
            *("--strategies", "smart-random-v1,bayes-tube-v1", "--json", "--curve", "0.9"),
        ]
    )
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["profile"] == "synthetic:diagnostic"
    assert report["learners"] == 12 and report["seed"] == 1
    assert set(report["strategies"]) == {
        "smart-random-v1",
        "bayes-tube-v1",
        simulation.REFERENCE_NAME,
    }
    assert report["curve"][0]["target_accuracy"] == 0.9


def test_cli_splits_work_across_processes_with_the_same_result(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["--profile", "synthetic:competence", "--learners", "10", "--json"]
    assert cli_simulate.main(args) == 0
    alone = json.loads(capsys.readouterr().out)
    assert cli_simulate.main([*args, "--jobs", "2"]) == 0
    assert json.loads(capsys.readouterr().out) == alone


def tiny_content() -> LearningContent:
    text = ChallengeText("Question ?", "- oui\n- non", "1", "", (), ())
    skills = tuple(
        model.Skill(f"@web{level}", "@web", "1.1", level, 4.0, {}, (), ()) for level in (1, 2)
    )
    return LearningContent(
        release_id="r1",
        areas=(model.Area("1", {"fr": "Info"}, ("1.1",)),),
        competences=(model.Competence("1.1", "1", {"fr": "C"}, {"fr": "D"}),),
        tubes=(model.Tube("@web", "1.1", {}, {}, ("@web1", "@web2")),),
        skills=skills,
        challenges=tuple(
            model.Challenge(f"{s.id}-a", s.id, "QCU", {"fr": text}, ("t1",), timer=30)
            for s in skills
        ),
        tutorials=(),
        target_profiles=(model.TargetProfile("tp", {}, {}, {"@web": 1}),),
    )


def test_content_profiles_become_engine_profiles() -> None:
    content = tiny_content()
    profile = cli_simulate.content_profile(content, "tp")
    assert [skill.id for skill in profile.skills] == ["@web1"]
    assert profile.skills[0].tube_id == "@web" and profile.skills[0].area_id == "1"
    (challenge,) = profile.challenges
    assert (challenge.proposals, challenge.solution, challenge.timer) == ("- oui\n- non", "1", 30)
    assert challenge.treatments == {"t1"}
    whole = cli_simulate.content_profile(content, "competence:1.1")
    assert len(whole.skills) == 2
    with pytest.raises(LookupError):
        cli_simulate.content_profile(content, "competence:9.9")
    with pytest.raises(LookupError):
        cli_simulate.content_profile(content, "nope")


def test_cli_refuses_a_profile_it_cannot_load(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    release = tmp_path / "release.json"
    release.write_text("{}", encoding="utf-8")
    args = ["--release", str(release), "--learners", "1"]
    assert cli_simulate.main(["--profile", "tp", *args]) == 2
    assert "release" in capsys.readouterr().err
    assert cli_simulate.main(["--strategies", "nope", "--learners", "1"]) == 2
