"""``pix simulate``: strategies side by side on simulated learners.

    pix simulate --profile synthetic:clea --strategies smart-random-v1,bayes-tube-v1 \\
        --learners 1000 --seed 1 --population mixed --json

``--profile`` takes a target-profile id of the learning content (``pix-emploi-clea``…),
``competence:<index>`` (every skill of one competence), ``synthetic`` (the Cléa-like
generated profile) or ``synthetic:<preset>``. Real content is read from ``--release`` (a
built release JSON file) or else built from the ``content/`` sources; a profile that is not
there ends with exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from adaptive import simulation, strategies, synthetic
from adaptive.strategies import BayesConfig, BayesTube
from adaptive.strategies.base import Strategy
from adaptive.types import Profile

if TYPE_CHECKING:
    from domain.learning_content.model import LearningContent

DEFAULT_STRATEGIES = "smart-random-v1,bayes-tube-v1"
CURVE_NAME = "bayes-tube-v1@{:g}"


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "simulate",
        help="compare next-challenge strategies on simulated learners",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    configure(parser)


def configure(parser: argparse.ArgumentParser) -> None:
    presets = ", ".join(synthetic.PRESETS)
    parser.add_argument(
        "--profile",
        default="synthetic",
        help=f"synthetic | synthetic:<preset> ({presets}) | <target-profile id> | "
        "competence:<index>",
    )
    parser.add_argument("--strategies", default=DEFAULT_STRATEGIES, help="comma-separated names")
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--slip", type=float, default=0.1)
    parser.add_argument(
        "--population", default="mixed", choices=sorted(synthetic.POPULATIONS), help="learners"
    )
    parser.add_argument(
        "--curve",
        default="",
        help="comma-separated target accuracies: bayes-tube-v1's accuracy/length curve",
    )
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--release", type=Path, help="a release JSON file (default: content/)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(handler=run)


def resolve_profile(name: str, seed: int, release: Path | None = None) -> tuple[Profile, str]:
    """The profile and the content it comes from (a release id, or "synthetic")."""
    if name == "synthetic":
        return synthetic.synthetic_profile("clea", seed), "synthetic"
    if name.startswith("synthetic:"):
        preset = name.split(":", 1)[1]
        if preset not in synthetic.PRESETS:
            raise LookupError(f"unknown synthetic preset {preset!r}")
        return synthetic.synthetic_profile(preset, seed), "synthetic"
    content = _load_content(release)
    return content_profile(content, name), content.release_id


def _load_content(release: Path | None) -> LearningContent:
    if release is not None:
        from api.content.release import from_release

        return from_release(json.loads(release.read_text(encoding="utf-8")))
    from api.content.catalog import check_source

    return check_source().content


def content_profile(content: LearningContent, name: str) -> Profile:
    """Engine view of a target profile (or of a whole competence) of the learning content."""
    from domain.learning_content.engine_view import UnknownTargetError, build_view

    try:
        view = build_view(content, name)
    except UnknownTargetError as error:
        known = ", ".join(sorted(content.profiles_by_id)) or "none"
        raise LookupError(
            f"no target profile or competence {name!r} in release {content.release_id} "
            f"(profiles: {known}; competence:<index>; or synthetic)"
        ) from error
    return Profile(name, view.skills, view.challenges, dict(view.competence_area))


def _curve_strategies(curve: str) -> list[Strategy]:
    targets = [float(value) for value in curve.split(",") if value.strip()]
    return [
        BayesTube(BayesConfig(target_accuracy=target), name=CURVE_NAME.format(target))
        for target in targets
    ]


def _play_chunk(
    profile: Profile,
    players: Sequence[Strategy],
    learners: Sequence[synthetic.Learner],
    seed: int,
    slip: float,
    first_index: int,
) -> dict[str, list[simulation.Outcome]]:
    return simulation.play_learners(
        profile, players, learners, seed=seed, slip=slip, first_index=first_index
    )


def simulate(args: argparse.Namespace) -> dict[str, object]:
    profile, origin = resolve_profile(args.profile, args.seed, args.release)
    chosen = [strategies.get(name.strip()) for name in args.strategies.split(",") if name.strip()]
    curve = _curve_strategies(args.curve)
    players = simulation.with_reference([*chosen, *curve])
    learners = synthetic.population(args.population, profile, args.learners, args.seed)
    jobs = max(1, min(args.jobs, len(learners) or 1))
    size = -(-len(learners) // jobs)
    chunks = [(start, learners[start : start + size]) for start in range(0, len(learners), size)]
    outcomes: dict[str, list[simulation.Outcome]] = {player.name: [] for player in players}
    if jobs == 1:
        parts = [
            _play_chunk(profile, players, chunk, args.seed, args.slip, s) for s, chunk in chunks
        ]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [
                pool.submit(_play_chunk, profile, players, chunk, args.seed, args.slip, start)
                for start, chunk in chunks
            ]
            parts = [future.result() for future in futures]
    for part in parts:
        for name, found in part.items():
            outcomes[name].extend(found)
    report = simulation.report(
        profile, outcomes, learners=len(learners), seed=args.seed, slip=args.slip
    )
    report["population"] = args.population
    report["content"] = origin
    report["profile_skills"] = len(profile.skills)
    all_metrics = report["strategies"]
    assert isinstance(all_metrics, dict)
    if curve:
        report["curve"] = [
            {"target_accuracy": float(name.split("@")[1]), **all_metrics.pop(name)}
            for name in [player.name for player in curve]
        ]
    return report


def _table(report: dict[str, object]) -> str:
    lines = [
        f"profile {report['profile']} ({report['profile_skills']} skills, content "
        f"{report['content']}) · {report['learners']} learners ({report['population']}) "
        f"· seed {report['seed']} · slip {report['slip']}",
        f"{'strategy':28} {'questions':>10} {'p90':>6} {'accuracy':>9} {'level MAE':>10}",
    ]
    rows: list[tuple[str, dict[str, float]]] = []
    metrics = report["strategies"]
    assert isinstance(metrics, dict)
    rows.extend(metrics.items())
    curve = report.get("curve")
    if isinstance(curve, list):
        rows.extend((f"  target {point['target_accuracy']:g}", point) for point in curve)
    for name, values in rows:
        lines.append(
            f"{name:28} {values['questions_mean']:>10.2f} {values['questions_p90']:>6.0f} "
            f"{values['skill_accuracy']:>9.4f} {values['level_mae']:>10.4f}"
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        report = simulate(args)
    except (LookupError, ValueError, OSError) as error:
        print(f"pix simulate: {error}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=2) if args.json else _table(report))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pix simulate", description=__doc__)
    configure(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
