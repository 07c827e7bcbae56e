"""Micro-benchmark: one next-challenge computation per strategy, beside an empty call.

    .venv/bin/python bench/bench_next_challenge.py [--calls 2000] [--states 10] [--json]

Scenario (per state): a 300-skill synthetic profile (16 competences, 5-6 tubes each, levels
1 to 3-5, 2-3 challenges per skill, cut at 300 skills); a learner with 300 knowledge elements on it: 140 skills
tested twice in earlier assessments (an older and a newer element, the newer one wins) and
20 answers in the current assessment with their direct elements, so about half of the
profile is still untested. Inputs are the same tuples at every call, as when the service
loads the content once; the first (cold) call of a state also builds the content index and
is reported apart. Times are medians and 99th percentiles over every call of every state,
interleaved with an empty function taking the same arguments (timed in batches of 1000, as
one call is below the timer's resolution): the ratios are what to compare across machines,
the noisy 2-core ones included.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from adaptive.strategies import BayesTube, Flash, SmartRandom
from adaptive.synthetic import ProfileSpec, population, synthetic_profile
from adaptive.types import (
    Answer,
    AnswerStatus,
    Challenge,
    KnowledgeElement,
    KnowledgeSource,
    KnowledgeStatus,
    Profile,
    Skill,
)

SPEC = ProfileSpec("bench300", 16, (5, 6), ((3, 0.3), (4, 0.4), (5, 0.3)))
NOW = datetime(2024, 6, 1, tzinfo=UTC)
EMPTY_BATCH = 1000
State = tuple[
    tuple[Skill, ...], tuple[KnowledgeElement, ...], tuple[Challenge, ...], tuple[Answer, ...], int
]


def profile_300() -> Profile:
    full = synthetic_profile(SPEC, seed=1)
    skills = full.skills[:300]
    kept = {skill.id for skill in skills}
    challenges = tuple(c for c in full.challenges if c.skill_id in kept)
    return Profile("bench300", skills, challenges, full.competence_area)


def _element(
    skill: Skill, validated: bool, when: datetime, source: KnowledgeSource
) -> KnowledgeElement:
    status = KnowledgeStatus.VALIDATED if validated else KnowledgeStatus.INVALIDATED
    return KnowledgeElement(skill.id, status, source, when, "earlier", "", 0.0, skill.competence_id)


def make_state(profile: Profile, index: int) -> State:
    """One learner's situation: 300 knowledge elements, 20 answers in the assessment."""
    rng = random.Random(index)
    learner = population("mixed", profile, index + 1, seed=7)[index]
    skills = list(profile.skills)
    rng.shuffle(skills)
    history, current = skills[:140], skills[140:160]
    elements: list[KnowledgeElement] = []
    for skill in history:
        truth = learner.masters(skill)
        elements.append(
            _element(skill, rng.random() < 0.5, NOW - timedelta(days=90), KnowledgeSource.INFERRED)
        )
        elements.append(_element(skill, truth, NOW - timedelta(days=20), KnowledgeSource.DIRECT))
    first_challenge = {}
    for challenge in profile.challenges:
        first_challenge.setdefault(challenge.skill_id, challenge)
    answers = []
    for minute, skill in enumerate(current):
        right = learner.masters(skill) != (rng.random() < 0.1)
        challenge = first_challenge[skill.id]
        answers.append(
            Answer(challenge.id, AnswerStatus.OK if right else AnswerStatus.KO, challenge.timed)
        )
        elements.append(
            _element(skill, right, NOW + timedelta(minutes=minute), KnowledgeSource.DIRECT)
        )
    assert len(elements) == 300
    return profile.skills, tuple(elements), profile.challenges, tuple(answers), 1000 + index


def empty_call(
    skills: Sequence[Skill],
    knowledge: Sequence[KnowledgeElement],
    challenges: Sequence[Challenge],
    answers: Sequence[Answer],
    seed: int,
) -> None:
    return None


def measure(calls: int, states: int) -> dict[str, object]:
    profile = profile_300()
    contenders: dict[str, Callable[..., object]] = {
        "empty call": empty_call,
        "smart-random-v1": SmartRandom(),
        "bayes-tube-v1": BayesTube(),
        "flash-v1": Flash(),
    }
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    cold: dict[str, list[float]] = {name: [] for name in contenders}
    per_state = max(1, calls // states)
    for index in range(states):
        # A new profile object per state, so that every state starts cold.
        state = make_state(profile_300(), index)
        for name, function in contenders.items():
            start = time.perf_counter()
            function(*state)
            cold[name].append(time.perf_counter() - start)
        for _ in range(per_state):
            for name, function in contenders.items():
                # An empty call is shorter than the timer's own cost: time a batch of them.
                repeat = EMPTY_BATCH if function is empty_call else 1
                start = time.perf_counter()
                for _ in range(repeat):
                    function(*state)
                samples[name].append((time.perf_counter() - start) / repeat)
    empty_median = statistics.median(samples["empty call"])
    baseline = statistics.median(samples["smart-random-v1"])
    results = {}
    for name, values in samples.items():
        ordered = sorted(values)
        median = statistics.median(ordered)
        results[name] = {
            "median_ms": round(median * 1000, 5),
            "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))] * 1000, 4),
            "cold_median_ms": round(statistics.median(cold[name]) * 1000, 4),
            "ratio_to_empty_call": round(median / empty_median),
            "ratio_to_smart_random": round(median / baseline, 2),
        }
    return {
        "profile_skills": len(profile.skills),
        "profile_challenges": len(profile.challenges),
        "knowledge_elements": 300,
        "answers": 20,
        "calls_per_strategy": per_state * states,
        "python": platform.python_version(),
        "results": results,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--states", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = measure(args.calls, args.states)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(
        f"{report['profile_skills']} skills, {report['profile_challenges']} challenges, "
        f"{report['knowledge_elements']} knowledge elements, {report['answers']} answers, "
        f"{report['calls_per_strategy']} calls per strategy, Python {report['python']}"
    )
    print(
        f"{'':18} {'median ms':>10} {'p99 ms':>9} {'cold ms':>9} {'× empty call':>13} "
        f"{'× smart random':>15}"
    )
    results = report["results"]
    assert isinstance(results, dict)
    for name, values in results.items():
        print(
            f"{name:18} {values['median_ms']:>10.5f} {values['p99_ms']:>9.5f} "
            f"{values['cold_median_ms']:>9.4f} {values['ratio_to_empty_call']:>13,} "
            f"{values['ratio_to_smart_random']:>15}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
