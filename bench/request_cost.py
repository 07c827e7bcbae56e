"""Server CPU per request, by kind: health, next challenge, answer step (diagnosis tool).

One `pix serve --workers 1` on a throwaway PostgreSQL database, one client sending requests one
after the other (no queueing), and the worker's CPU time read from /proc before and after each
phase. On a busy machine CPU times inflate, but the kinds are measured in the same run, so their
ratios stay telling; `learner_load.py` remains the benchmark of record.

    .venv/bin/python bench/request_cost.py --health 3000 --learners 40
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.learner_load import (
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    _pg_execute,
    create_campaign,
    create_learners,
    learner_value,
    log_in,
    make_client,
    prepare_database,
    server_environment,
    start_server,
)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def measure(args: argparse.Namespace, work: Path) -> dict[str, float]:
    name = f"pix_cost_{secrets.token_hex(4)}"
    dsn = args.pg.rsplit("/", 1)[0] + f"/{name}"
    await _pg_execute(args.pg, f'CREATE DATABASE "{name}"')
    server = None
    deadline = time.monotonic() + 1200
    try:
        env = server_environment(dsn, work)
        log = work / "server.log"
        prepare_database(env, deadline, log)
        server = await start_server(env, 1, deadline, log, args.profile)
        pid = server.process.pid  # --workers 1: uvicorn serves in this very process
        async with make_client(server.base_url, 1) as client:
            admin = await log_in(client, ADMIN_EMAIL, ADMIN_PASSWORD, "pix-orga")
            org = (
                await client.get(
                    "/api/v1/me/memberships", headers={"Authorization": f"Bearer {admin}"}
                )
            ).json()["items"][0]["organization"]["id"]
            code = await create_campaign(client, admin, int(org))
            tokens = await create_learners(client, "cost", args.learners, 1)
            rng = random.Random(1)
            for _ in range(200):  # warm-up
                await client.get("/api/v1/health")

            before = _cpu_seconds(pid)
            for _ in range(args.health):
                (await client.get("/api/v1/health")).raise_for_status()
            health = (_cpu_seconds(pid) - before) / args.health

            steps = repeats = 0
            step_cpu = repeat_cpu = 0.0
            for token in tokens:
                headers = {"Authorization": f"Bearer {token}"}
                joined = await client.post(
                    "/api/v1/campaign-participations",
                    json={"campaign_code": code},
                    headers=headers,
                )
                base = f"/api/v1/assessments/{joined.json()['assessment_id']}"
                body = (await client.get(f"{base}/next-challenge", headers=headers)).json()
                while True:
                    if body["status"] == "finished":
                        break
                    before = _cpu_seconds(pid)
                    challenge = body["challenge"]
                    value = learner_value(challenge, rng, 0.1)
                    answered = await client.post(
                        f"{base}/answers",
                        json={"challenge_id": challenge["id"], "value": value},
                        headers=headers,
                    )
                    answered.raise_for_status()
                    body = answered.json()["next"]
                    step_cpu += _cpu_seconds(pid) - before
                    steps += 1
                    if steps % 5 == 0:  # showing the current challenge again (a reload)
                        before = _cpu_seconds(pid)
                        for _ in range(10):
                            await client.get(f"{base}/next-challenge", headers=headers)
                        repeat_cpu += _cpu_seconds(pid) - before
                        repeats += 10
        return {
            "health_ms": 1000 * health,
            "answer_step_ms": 1000 * step_cpu / steps,
            "next_challenge_shown_ms": 1000 * repeat_cpu / max(repeats, 1),
            "steps": steps,
            "health_over_step": health / (step_cpu / steps),
        }
    finally:
        if server is not None:
            server.stop()
        await _pg_execute(args.pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--health", type=int, default=3000)
    parser.add_argument("--learners", type=int, default=40)
    parser.add_argument("--profile", type=Path, help="diagnosis: the worker runs under cProfile")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pix-cost-") as tmp:
        result = asyncio.run(measure(args, Path(tmp)))
    load = os.getloadavg()[0]
    print(
        f"server CPU per request (1 worker, sequential client, load average {load:.1f}): "
        f"health {result['health_ms']:.2f} ms, answer step (the answer, which brings the next challenge) "
        f"{result['answer_step_ms']:.2f} ms over {result['steps']} steps, current challenge "
        f"shown again {result['next_challenge_shown_ms']:.2f} ms; health ÷ step "
        f"{100 * result['health_over_step']:.1f} %"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
