"""Orga on large campaigns: the CSV export of 100 000 shared participants and the dashboards of
10 000, through the real HTTP API served by `pix serve`, on PostgreSQL.

1. Creates a throwaway database `pix_bench_orga_<random>` on the local server (or reuses the
   one named by `--database`, which is then kept), runs `pix db upgrade`, `pix content import
   --from-source`, `pix demo --participants N` for the export campaign (Cléa) and again for
   the dashboard campaign; the generation time is reported.
2. Starts `pix serve --workers 1` on a free port (one process: its memory is the API's).
3. (a) Export: takes a download token as the Orga app does and downloads
   `/campaigns/{id}/results.csv` with a streaming client: time to the first body byte, total
   time, bytes and rows (checked: header + one row per participation). Meanwhile a thread
   samples the server's VmRSS in /proc/<pid>/status every 10 ms; VmHWM is read before and
   after. Beside it, the floor: `COPY (SELECT … FROM campaign_participations JOIN users …)
   TO STDOUT` of the same campaign's participations with the columns the export reads,
   through asyncpg, in the same run.
   (b) Dashboards: `GET /campaigns/{id}/analysis` (collective results and analysis, one
   route) and `GET /campaigns/{id}/participants` page 1, several times each.
4. Stops the server and drops the database (unless `--database`), also on failure.

Only the standard library, httpx and asyncpg. Example:

    .venv/bin/python bench/orga_export.py --export-participants 100000 \\
        --dashboard-participants 10000 --json /tmp/orga_export.json
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import secrets
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import asyncpg  # type: ignore[import-untyped]
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learner_load import (
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    Server,
    _pg_execute,
    run_pix,
    start_server,
)

TARGET_TOTAL_S = 30.0
TARGET_TTFB_S = 1.0
TARGET_RSS_MB = 100.0
TARGET_DASHBOARD_S = 1.0


def proc_status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of a process, in kB."""
    found = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0])
    return found


class RssSampler:
    def __init__(self, pid: int, period: float = 0.01) -> None:
        self.pid, self.period = pid, period
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(OSError):
                self.peak = max(self.peak, proc_status(self.pid)["VmRSS"])
            time.sleep(self.period)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (/proc/<pid>/stat)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine() -> dict[str, Any]:
    load1, load5, load15 = os.getloadavg()
    return {"cpus": os.cpu_count(), "load_average": [load1, load5, load15]}


async def log_in(client: httpx.AsyncClient) -> dict[str, str]:
    response = await client.post(
        "/api/v1/token",
        data={
            "grant_type": "password",
            "username": ADMIN_EMAIL,
            "password": ADMIN_PASSWORD,
            "client_id": "pix-orga",
        },
    )
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def demo_campaigns(client: httpx.AsyncClient, headers: dict[str, str]) -> dict[int, int]:
    """Shared participants → campaign id, for the demo organisation's campaigns."""
    memberships = (await client.get("/api/v1/me/memberships", headers=headers)).json()
    organization_id = memberships["items"][0]["organization"]["id"]
    page = (
        await client.get(
            f"/api/v1/organizations/{organization_id}/campaigns",
            params={"page_size": 100},
            headers=headers,
        )
    ).json()
    return {item["shared"]: item["campaign"]["id"] for item in page["items"]}


async def export_once(
    client: httpx.AsyncClient, headers: dict[str, str], campaign_id: int, pid: int
) -> dict[str, Any]:
    token = (
        await client.post(f"/api/v1/campaigns/{campaign_id}/export-tokens", headers=headers)
    ).json()
    before = proc_status(pid)
    cpu_before = cpu_seconds(pid)
    load_before = os.getloadavg()[0]
    size = rows = 0
    first_byte = None
    with RssSampler(pid) as sampler:
        started = time.perf_counter()
        async with client.stream("GET", token["url"]) as response:
            response.raise_for_status()
            async for chunk in response.aiter_bytes():
                if first_byte is None:
                    first_byte = time.perf_counter() - started
                size += len(chunk)
                rows += chunk.count(b"\r\n")
        total = time.perf_counter() - started
    after = proc_status(pid)
    return {
        "seconds": round(total, 3),
        "server_cpu_s": round(cpu_seconds(pid) - cpu_before, 2),
        "load_1min_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "first_byte_s": round(first_byte or total, 4),
        "bytes": size,
        "lines": rows,
        "rss_before_mb": round(before["VmRSS"] / 1024, 1),
        "rss_peak_sampled_mb": round(sampler.peak / 1024, 1),
        "rss_growth_mb": round((sampler.peak - before["VmRSS"]) / 1024, 1),
        "hwm_before_mb": round(before["VmHWM"] / 1024, 1),
        "hwm_after_mb": round(after["VmHWM"] / 1024, 1),
        "hwm_growth_mb": round((after["VmHWM"] - before["VmRSS"]) / 1024, 1),
    }


async def copy_floor(dsn: str, campaign_id: int) -> dict[str, Any]:
    connection = await asyncpg.connect(dsn)
    size = 0

    async def sink(data: bytes) -> None:
        nonlocal size
        size += len(data)

    try:
        started = time.perf_counter()
        await connection.copy_from_query(
            "SELECT cp.id, cp.user_id, u.first_name, u.last_name, cp.participant_external_id,"
            " cp.created_at, cp.shared_at, cp.validated_skill_ids"
            " FROM campaign_participations cp JOIN users u ON u.id = cp.user_id"
            " WHERE cp.campaign_id = $1 AND cp.deleted_at IS NULL ORDER BY cp.id",
            campaign_id,
            output=sink,
        )
        return {"seconds": round(time.perf_counter() - started, 3), "bytes": size}
    finally:
        await connection.close()


async def timed_get(
    client: httpx.AsyncClient,
    url: str,
    headers: dict[str, str],
    times: int,
    pid: int,
    **params: Any,
) -> dict[str, Any]:
    durations, cpu = [], []
    for _ in range(times):
        cpu_before = cpu_seconds(pid)
        started = time.perf_counter()
        response = await client.get(url, headers=headers, params=params)
        response.raise_for_status()
        durations.append(time.perf_counter() - started)
        cpu.append(cpu_seconds(pid) - cpu_before)
    return {
        "median_s": round(statistics.median(durations), 3),
        "server_cpu_median_s": round(statistics.median(cpu), 3),
        "load_1min": round(os.getloadavg()[0], 2),
        "max_s": round(max(durations), 3),
        "runs": [round(d, 3) for d in durations],
    }


async def run(args: argparse.Namespace) -> dict[str, Any]:
    admin_dsn = args.pg
    name = args.database or f"pix_bench_orga_{secrets.token_hex(4)}"
    dsn = admin_dsn.rsplit("/", 1)[0] + f"/{name}"
    work = Path(tempfile.mkdtemp(prefix="pix-bench-orga-"))
    log = work / "bench.log"
    deadline = time.monotonic() + args.seconds_limit
    report: dict[str, Any] = {"machine_at_start": machine(), "database": name}
    if not args.database:
        await _pg_execute(admin_dsn, f'CREATE DATABASE "{name}"')
    server: Server | None = None
    env = {
        **os.environ,
        "PIX_DATABASE_URL": dsn.replace("postgresql://", "postgresql+asyncpg://", 1),
        "PIX_ENVIRONMENT": "development",
        "PIX_ARGON2_TIME_COST": "1",
        "PIX_ARGON2_MEMORY_KIB": "8192",
        "PIX_ACCESS_TOKEN_MINUTES": "120",
        "PIX_OUTBOX_DIR": str(work / "outbox"),
    }
    try:
        if not args.database:
            for step in (["db", "upgrade"], ["content", "import", "--from-source"]):
                run_pix(step, env, deadline, log)
            generation = {}
            for count in (args.export_participants, args.dashboard_participants):
                started = time.perf_counter()
                run_pix(["demo", "--participants", str(count)], env, deadline, log)
                generation[str(count)] = round(time.perf_counter() - started, 1)
                print(f"generated {count} participants in {generation[str(count)]} s", flush=True)
            report["generation_s"] = generation
            report["machine_after_generation"] = machine()
        server = await start_server(env, 1, deadline, log)
        pid = server.process.pid
        async with httpx.AsyncClient(base_url=server.base_url, timeout=300) as client:
            headers = await log_in(client)
            campaigns = await demo_campaigns(client, headers)
            big = campaigns[args.export_participants]
            small = campaigns[args.dashboard_participants]
            report["machine_before_measures"] = machine()
            exports, floors = [], []
            for _ in range(args.repeat):
                floors.append(await copy_floor(dsn, big))
                exports.append(await export_once(client, headers, big, pid))
                print(f"export {exports[-1]} / COPY {floors[-1]}", flush=True)
            report["export"] = exports
            report["copy_floor"] = floors
            dashboards = {}
            for label, campaign_id in (("dashboard", small), ("export_campaign", big)):
                dashboards[label] = {
                    "analysis": await timed_get(
                        client,
                        f"/api/v1/campaigns/{campaign_id}/analysis",
                        headers,
                        args.repeat,
                        pid,
                    ),
                    "participants_page_1": await timed_get(
                        client,
                        f"/api/v1/campaigns/{campaign_id}/participants",
                        headers,
                        args.repeat,
                        pid,
                        page=1,
                    ),
                }
                print(label, dashboards[label], flush=True)
            report["dashboards"] = dashboards
            report["machine_at_end"] = machine()
    finally:
        if server is not None:
            server.stop()
        if not args.database:
            await _pg_execute(admin_dsn, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    expected_lines = args.export_participants * 1.1 + 1
    best = min(report["export"], key=lambda e: e["seconds"])
    floor = statistics.median(f["seconds"] for f in report["copy_floor"])
    report["summary"] = {
        "export_lines_expected": int(expected_lines),
        "export_median_s": statistics.median(e["seconds"] for e in report["export"]),
        "export_best_s": best["seconds"],
        "first_byte_max_s": max(e["first_byte_s"] for e in report["export"]),
        "rss_growth_max_mb": max(e["rss_growth_mb"] for e in report["export"]),
        "copy_floor_median_s": floor,
        "export_over_copy": round(
            statistics.median(e["seconds"] for e in report["export"]) / floor, 1
        ),
        "targets": {
            "export_total": TARGET_TOTAL_S,
            "first_byte": TARGET_TTFB_S,
            "rss_growth_mb": TARGET_RSS_MB,
            "dashboard": TARGET_DASHBOARD_S,
        },
    }
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--export-participants", type=int, default=100_000)
    parser.add_argument("--dashboard-participants", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="measures of each kind")
    parser.add_argument(
        "--database",
        help="reuse this database (already generated with both campaigns) and keep it",
    )
    parser.add_argument(
        "--pg",
        default="postgresql://postgres@127.0.0.1:5432/postgres",
        help="maintenance database of the PostgreSQL server (creates and drops a database)",
    )
    parser.add_argument("--seconds-limit", type=float, default=3000)
    parser.add_argument("--json", type=Path, help="write the report there")
    args = parser.parse_args(argv)
    report = asyncio.run(run(args))
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
