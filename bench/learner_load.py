"""Load benchmark of the learner hot path against a real server (issue #5).

    .venv/bin/python bench/learner_load.py [--learners 50,200] [--seconds-limit 1500] [--json [FILE]]

What it does, every step bounded in time and the clean-up in ``finally``:

1. creates a throwaway PostgreSQL database ``pix_bench_<random>`` on the local server
   (``--pg``, default ``postgresql://postgres@127.0.0.1:5432/postgres``, trust auth), then runs
   ``pix db upgrade``, ``pix content import --from-source`` and ``pix demo`` against it with
   ``PIX_ENVIRONMENT=development``, ``PIX_ARGON2_TIME_COST=1`` and ``PIX_ARGON2_MEMORY_KIB=8192``
   (sign-ups are not what is measured);
2. starts ``pix serve --workers 2`` on a free localhost port (its log, one JSON line per
   request with the server-side duration, goes to a temporary file);
3. through the public API: logs in as the demo Orga administrator, finds the organisation,
   creates one Cléa campaign (``pix-emploi-clea``) per load level, signs up and logs in N
   learners with bounded concurrency (not measured), and warms both workers up with a few
   throwaway learners;
4. for each N of ``--learners``, in the same run and against the same server:
   - the **learner phase**: N asyncio tasks, each with an ``httpx.AsyncClient`` of its own
     holding one keep-alive connection (as a browser would; ``--clients shared`` gives them
     one client with a pool of N connections instead, but httpx's pool bookkeeping then
     grows with N and, at N=200, saturates the client's only core: the benchmark measures
     the client). Each learner joins the campaign (``POST /campaign-participations``) and
     plays its whole path (``GET …/next-challenge`` → ``POST …/answers``) until
     ``finished``, at most ``--max-steps`` answers, by default with **no think time** and
     all arriving at once (closed loop: as fast as the server answers; ``--think-ms`` and
     ``--ramp-s`` pace them like people). Learners answer from a model (``LearnerModel``):
     each has an ability drawn from N(0.3, 1), and answers a challenge right (the content's
     own answer, read by the benchmark from ``content/``) with a probability that falls with
     the challenge's level; otherwise a random proposal for a QCU, one or two for a QCM, a
     random word in every input (a random option in a drop-down) of a QROC/QROCM, or
     ``#ABAND#`` with probability ``--abandon-rate``. ``--know-nothing`` keeps only the
     random answers (shorter paths). After the first ``GET …/next-challenge``, each answer's
     response carries the next challenge, as the learner app uses it, so a step is one
     request;
   - the **denominator**: the same clients, same concurrency N, ``--health-requests``
     requests to ``GET /api/v1/health`` (which also checks the database);
5. prints a table (``--json`` writes the JSON report to FILE, or to stdout without FILE), and
   tells whether the issue's target is met at the largest N: p99 of a step (the answer POST,
   whose response brings the next challenge) < 50 ms, and answers/s ≥ 25 % of health
   requests/s.

Figures are given twice: over the **whole** learner phase (which ends with a tail where fewer
and fewer learners are still playing) and over the **steady** window (from the start until
fewer than 90 % of the learners are still playing). The target is reported as met only when
it is met on both. Each request carries an ``X-Request-ID`` the server logs, so the client's
latency is split into time inside the application (the middleware's ``duration_ms``) and time
outside it (socket queues, uvicorn, the client's own event loop). CPU time of the client, of
the server processes, of PostgreSQL and of the whole machine is sampled around each phase, and
PostgreSQL's table statistics (scans, rows read) of the benchmark database are diffed around
each learner phase; a 5-second timeline of the learner phase is kept in the JSON report.
Before each phase the run waits (``--quiet-wait-s``) for the machine to be nearly idle, and
flags a phase during which other processes used more than ``--quiet-cores`` cores.

Diagnosis only: ``--gc-log`` makes the server processes log their garbage collections (a
``sitecustomize`` module on the server's ``PYTHONPATH``), ``--profile FILE`` runs one server
worker under cProfile and prints its heaviest functions.

The client and the server share the machine: on a 2-core machine the client's CPU time is
taken from the server. Nothing here changes the application.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import json
import math
import os
import platform
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
ADMIN_EMAIL = "admin.orga@example.org"
ADMIN_PASSWORD = "Demo-Admin-2026"
LEARNER_PASSWORD = "Bench-Pass1"
TARGET_PROFILE = "pix-emploi-clea"
TARGET_PAIR_P99_MS = 50.0
TARGET_RATIO = 0.25
WORDS = (
    "bonjour", "fichier", "dossier", "souris", "clavier", "réseau", "courriel", "lien",
    "image", "tableau", "cellule", "page", "onglet", "mot", "texte", "copie", "écran", "clé",
    "nuage", "serveur", "adresse", "internet", "logiciel", "photo", "vidéo", "code", "42",
)  # fmt: skip


# --------------------------------------------------------------------------------------------
# Small helpers


class TimeLimitReached(Exception):
    pass


def percentile(values: list[float], p: float) -> float | None:
    """Nearest-rank percentile (None for no value)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def summary(values: list[float]) -> dict[str, Any]:
    return {
        "count": len(values),
        "mean": round(sum(values) / len(values), 2) if values else None,
        "p50": _r(percentile(values, 50)),
        "p95": _r(percentile(values, 95)),
        "p99": _r(percentile(values, 99)),
        "max": _r(max(values)) if values else None,
    }


def _r(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pix_command() -> list[str]:
    found = shutil.which("pix", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "api.cli"]


# --------------------------------------------------------------------------------------------
# CPU accounting (read-only /proc sampling)

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _proc_stats() -> list[tuple[int, str, int, float]]:
    """(pid, comm, process group, cpu seconds) of every readable process."""
    rows = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            raw = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        comm = raw[raw.index("(") + 1 : raw.rindex(")")]
        fields = raw[raw.rindex(")") + 2 :].split()
        # fields[0] is state (field 3); pgrp is field 5, utime 14, stime 15.
        rows.append((int(entry), comm, int(fields[2]), (int(fields[11]) + int(fields[12])) / _TICK))
    return rows


def _machine_cpu() -> tuple[float, float]:
    """(busy seconds, total seconds) of all cores since boot."""
    parts = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    total = sum(parts[:8])
    idle = parts[3] + parts[4]
    return (total - idle) / _TICK, total / _TICK


@dataclass
class CpuSample:
    wall: float
    client: float
    processes: dict[int, tuple[str, int, float]]  # pid → (comm, process group, cpu seconds)
    machine_busy: float
    machine_total: float
    load: tuple[float, float, float]

    @classmethod
    def take(cls) -> CpuSample:
        rows = {pid: (comm, group, cpu) for pid, comm, group, cpu in _proc_stats()}
        busy, total = _machine_cpu()
        return cls(time.perf_counter(), time.process_time(), rows, busy, total, os.getloadavg())

    def until(self, later: CpuSample, server_pgid: int) -> dict[str, Any]:
        """Cores used in between, by group (processes that exited meanwhile are not counted)."""
        wall = later.wall - self.wall
        cores = os.cpu_count() or 1

        def used(seconds: float) -> float:
            return round(seconds / wall, 2) if wall > 0 else 0.0

        deltas = {
            pid: (comm, group, max(0.0, cpu - self.processes.get(pid, ("", 0, 0.0))[2]))
            for pid, (comm, group, cpu) in later.processes.items()
        }
        workers = sorted(
            (d for pid, (_, g, d) in deltas.items() if g == server_pgid and pid != server_pgid),
            reverse=True,
        )
        server = sum(d for _, g, d in deltas.values() if g == server_pgid)
        postgres = sum(d for comm, _, d in deltas.values() if comm.startswith("postgres"))
        client = later.client - self.client
        machine_total = later.machine_total - self.machine_total
        machine = (
            cores * (later.machine_busy - self.machine_busy) / machine_total * wall
            if machine_total > 0
            else 0.0
        )
        return {
            "wall_s": round(wall, 2),
            "cores": cores,
            "client_cores": used(client),
            "server_cores": used(server),
            "server_worker_cores": [used(d) for d in workers],
            "postgres_cores": used(postgres),
            "machine_busy_cores": used(machine),
            "other_cores": used(max(0.0, machine - client - server - postgres)),
            "load_average_before_after": [round(self.load[0], 2), round(later.load[0], 2)],
            "client_cpu_s": round(client, 3),
            "server_cpu_s": round(server, 3),
        }


class LoopLag:
    """How late the client's own event loop wakes up (a starved client inflates latencies)."""

    def __init__(self, period: float = 0.01) -> None:
        self.period = period
        self.lags: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            start = time.perf_counter()
            await asyncio.sleep(self.period)
            self.lags.append((time.perf_counter() - start - self.period) * 1000)

    def __enter__(self) -> LoopLag:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    def __exit__(self, *_: object) -> None:
        if self._task is not None:
            self._task.cancel()

    def report(self) -> dict[str, Any]:
        return summary(self.lags)


# --------------------------------------------------------------------------------------------
# Throwaway database and server


async def _pg_execute(admin_dsn: str, statement: str, timeout: float = 30) -> None:
    import asyncpg  # type: ignore[import-untyped]

    connection = await asyncpg.connect(admin_dsn, timeout=timeout)
    try:
        await connection.execute(statement, timeout=timeout)
    finally:
        await connection.close(timeout=timeout)


async def table_stats(dsn: str) -> dict[str, dict[str, int]]:
    """Cumulative scan counters of the benchmark database's tables."""
    import asyncpg

    connection = await asyncpg.connect(dsn, timeout=10)
    try:
        rows = await connection.fetch(
            "SELECT relname, seq_scan, seq_tup_read, coalesce(idx_scan, 0) AS idx_scan,"
            " coalesce(idx_tup_fetch, 0) AS idx_tup_fetch, n_tup_ins, n_tup_upd, n_tup_del"
            " FROM pg_stat_user_tables",
            timeout=10,
        )
        database = await connection.fetchrow(
            "SELECT xact_commit, xact_rollback, blks_hit, blks_read, tup_returned, tup_fetched"
            " FROM pg_stat_database WHERE datname = current_database()",
            timeout=10,
        )
    finally:
        await connection.close(timeout=10)
    stats = {r["relname"]: {k: int(v) for k, v in dict(r).items() if k != "relname"} for r in rows}
    stats["<database>"] = {k: int(v) for k, v in dict(database).items()}
    return stats


def stats_delta(
    before: dict[str, dict[str, int]], after: dict[str, dict[str, int]]
) -> dict[str, dict[str, int]]:
    delta = {}
    for table, counters in after.items():
        old = before.get(table, {})
        changed = {k: v - old.get(k, 0) for k, v in counters.items() if v - old.get(k, 0)}
        if changed:
            delta[table] = changed
    return delta


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    base_url: str
    log_path: Path

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        # Our own process group (start_new_session): the master and its workers, by id.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


def run_pix(args: list[str], env: dict[str, str], deadline: float, log: Path) -> None:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeLimitReached(f"before `pix {' '.join(args)}`")
    with log.open("ab") as out:
        out.write(f"\n$ pix {' '.join(args)}\n".encode())
        out.flush()
        try:
            completed = subprocess.run(
                [*pix_command(), *args],
                env=env,
                cwd=ROOT,
                stdout=out,
                stderr=subprocess.STDOUT,
                timeout=remaining,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise TimeLimitReached(f"during `pix {' '.join(args)}`") from error
    if completed.returncode != 0:
        raise RuntimeError(f"`pix {' '.join(args)}` failed ({completed.returncode}); see {log}")


def server_environment(dsn: str, work: Path) -> dict[str, str]:
    """The benchmark server's settings: a throwaway database, cheap sign-ups, long tokens."""
    return {
        **os.environ,
        "PIX_DATABASE_URL": dsn.replace("postgresql://", "postgresql+asyncpg://", 1),
        "PIX_ENVIRONMENT": "development",
        "PIX_ARGON2_TIME_COST": "1",
        "PIX_ARGON2_MEMORY_KIB": "8192",
        # A level may outlast the default 20 minutes of an access token.
        "PIX_ACCESS_TOKEN_MINUTES": "120",
        "PIX_OUTBOX_DIR": str(work / "outbox"),
        "PIX_LOG_LEVEL": "INFO",
    }


def prepare_database(env: dict[str, str], deadline: float, log: Path) -> None:
    """Schema, content and demo accounts, as `make run` does."""
    for step in (["db", "upgrade"], ["content", "import", "--from-source"], ["demo"]):
        run_pix(step, env, deadline, log)


async def start_server(
    env: dict[str, str], workers: int, deadline: float, log: Path, profile: Path | None = None
) -> Server:
    port = free_port()
    out = log.open("ab")
    serve = ["serve", "--host", "127.0.0.1", "--port", str(port)]
    if profile:
        # One worker, in the profiled process itself. uvicorn re-raises SIGTERM once shut down:
        # a no-op handler installed first lets the profiler write its file.
        serve += ["--workers", "1"]
        command = [sys.executable, "-c", _PROFILED_SERVE, str(profile), *serve]
    else:
        command = [*pix_command(), *serve, "--workers", str(workers)]
    process = subprocess.Popen(
        command,
        env=env,
        cwd=ROOT,
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    out.close()
    server = Server(process, f"http://127.0.0.1:{port}", log)
    ready_by = min(deadline, time.monotonic() + 90)
    async with httpx.AsyncClient(base_url=server.base_url, timeout=5) as client:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the server exited ({process.returncode}); see {log}")
            if time.monotonic() > ready_by:
                server.stop()
                raise TimeLimitReached("the server did not answer /api/v1/health in time")
            with contextlib.suppress(httpx.HTTPError):
                response = await client.get("/api/v1/health")
                if response.status_code == 200:
                    break
            await asyncio.sleep(0.3)
    # Let the second worker finish loading the release too.
    await asyncio.sleep(2)
    return server


_PROFILED_SERVE = """
import cProfile, signal, sys
signal.signal(signal.SIGTERM, lambda *_: None)
from api.cli import main
profile, argv = sys.argv[1], sys.argv[2:]
cProfile.run("main(argv)", profile)
"""


_GC_HOOK = """
import gc, json, os, sys, time

_started = [0.0]


def _log_collection(phase, info):
    if phase == "start":
        _started[0] = time.perf_counter()
        return
    ms = (time.perf_counter() - _started[0]) * 1000
    if info.get("generation") == 2 or ms >= 5:
        sys.stderr.write(json.dumps({"event": "gc", "pid": os.getpid(), "t": time.time(),
                                     "generation": info.get("generation"), "ms": round(ms, 2)})
                         + "\\n")


gc.callbacks.append(_log_collection)
"""


def gc_pauses(log: Path, since: float, until: float) -> dict[str, Any]:
    """Collections the server processes logged between two wall-clock times (--gc-log)."""
    pauses: list[dict[str, Any]] = []
    with log.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if line.startswith("{") and '"event": "gc"' in line:
                with contextlib.suppress(ValueError):
                    record = json.loads(line)
                    if since <= record["t"] <= until:
                        pauses.append(record)
    full = [p["ms"] for p in pauses if p["generation"] == 2]
    return {
        "full_collections": len(full),
        "full_collection_ms": summary(full),
        "collections_over_5ms": sum(1 for p in pauses if p["ms"] >= 5),
        "paused_ms_total": round(sum(p["ms"] for p in pauses), 1),
    }


def server_durations(log: Path) -> dict[str, float]:
    """request id → server-side duration (ms) from the access log lines."""
    durations: dict[str, float] = {}
    with log.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            if not line.startswith("{") or '"event": "request"' not in line:
                continue
            try:
                record = json.loads(line)
            except ValueError:
                continue
            durations[record["request_id"]] = float(record["duration_ms"])
    return durations


# --------------------------------------------------------------------------------------------
# Client side


@dataclass
class Record:
    kind: str  # join, next, answer, finish (the next-challenge that ends the test), health
    start: float
    end: float
    status: int  # 0: transport error
    request_id: str

    @property
    def ms(self) -> float:
        return (self.end - self.start) * 1000


@dataclass
class Recorder:
    tag: str
    records: list[Record] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    _sequence: int = 0

    async def request(
        self, client: httpx.AsyncClient, kind: str, method: str, url: str, **kwargs: Any
    ) -> tuple[httpx.Response | None, Record]:
        self._sequence += 1
        request_id = f"{self.tag}-{kind}-{self._sequence}"
        headers = {**kwargs.pop("headers", {}), "X-Request-ID": request_id}
        start = time.perf_counter()
        try:
            response = await client.request(method, url, headers=headers, **kwargs)
            status = response.status_code
        except httpx.HTTPError as error:
            response, status = None, 0
            if len(self.errors) < 20:
                self.errors.append(f"{kind}: {type(error).__name__}: {error}")
        record = Record(kind, start, time.perf_counter(), status, request_id)
        self.records.append(record)
        if response is not None and not 200 <= status < 300 and len(self.errors) < 20:
            self.errors.append(f"{kind} {method} {url}: {status} {response.text[:300]}")
        return response, record


class LearnerModel:
    """What a learner of a given ability answers, from the content's own answers (client side).

    The benchmark reads the content source (the server never sends solutions): a learner of
    ability θ answers a challenge of level L right with probability 1 / (1 + e^(−1.7 (θ − L + 2.5))),
    otherwise like someone who does not know (see `learner_value`).
    """

    def __init__(self) -> None:
        from api.content.source import read_source

        content = read_source(ROOT / "content").content
        self.right: dict[str, Any] = {}
        self.level: dict[str, int] = {}
        skills = {s.id: s for s in content.skills}
        for challenge in content.challenges:
            value = challenge.texts["fr"].right_answers[0]
            if challenge.type.startswith("QROCM"):
                value = dict(line.split(": ", 1) for line in value.splitlines())
            self.right[challenge.id] = value
            self.level[challenge.id] = skills[challenge.skill_id].level

    def answer(
        self, challenge: dict[str, Any], ability: float, rng: random.Random, abandon_rate: float
    ) -> Any:
        known = self.right.get(challenge["id"])
        level = self.level.get(challenge["id"], 3)
        if known is not None and rng.random() < 1 / (1 + math.exp(-1.7 * (ability - level + 2.5))):
            return known
        return learner_value(challenge, rng, abandon_rate)


def learner_value(challenge: dict[str, Any], rng: random.Random, abandon_rate: float) -> Any:
    """An answer from a learner who does not know the solution."""
    if rng.random() < abandon_rate:
        return "#ABAND#"
    kind = challenge["type"]
    if kind in ("QCU", "QCM"):
        values = [c["value"] for c in challenge.get("choices") or []]
        if not values:
            return "1"
        if kind == "QCU":
            return rng.choice(values)
        picks = rng.sample(values, min(len(values), rng.choice((1, 2))))
        return ",".join(sorted(picks, key=lambda v: int(v) if v.isdigit() else 0))
    inputs = [s for s in challenge.get("segments") or [] if s["kind"] in ("input", "select")]

    def fill(segment: dict[str, Any]) -> str:
        if segment["kind"] == "select" and segment.get("options"):
            return str(rng.choice(segment["options"]))
        return rng.choice(WORDS)

    if kind == "QROC":
        return fill(inputs[0]) if inputs else rng.choice(WORDS)
    return {s["key"]: fill(s) for s in inputs if s.get("key")} or {"1": rng.choice(WORDS)}


async def bounded(concurrency: int, jobs: list[Callable[[], Awaitable[Any]]]) -> list[Any]:
    semaphore = asyncio.Semaphore(concurrency)

    async def one(job: Callable[[], Awaitable[Any]]) -> Any:
        async with semaphore:
            return await job()

    return await asyncio.gather(*(one(j) for j in jobs))


def _ok(response: httpx.Response | None, what: str) -> httpx.Response:
    if response is None or not 200 <= response.status_code < 300:
        detail = "no response" if response is None else f"{response.status_code} {response.text}"
        raise RuntimeError(f"setup failed: {what}: {detail[:500]}")
    return response


async def log_in(client: httpx.AsyncClient, email: str, password: str, client_id: str) -> str:
    response = await client.post(
        "/api/v1/token",
        data={
            "grant_type": "password",
            "username": email,
            "password": password,
            "client_id": client_id,
        },
    )
    return str(_ok(response, f"log in {email}").json()["access_token"])


async def create_learners(
    client: httpx.AsyncClient, prefix: str, count: int, concurrency: int
) -> list[str]:
    async def sign_up_and_log_in(i: int) -> str:
        email = f"{prefix}-{i}@bench.example.org"
        response = await client.post(
            "/api/v1/users",
            json={
                "first_name": "Bench",
                "last_name": f"Learner {i}",
                "email": email,
                "password": LEARNER_PASSWORD,
                "terms_accepted": True,
            },
        )
        _ok(response, f"sign up {email}")
        return await log_in(client, email, LEARNER_PASSWORD, "pix-app")

    jobs: list[Callable[[], Awaitable[str]]] = [
        functools.partial(sign_up_and_log_in, i) for i in range(count)
    ]
    return await bounded(concurrency, jobs)


async def create_campaign(client: httpx.AsyncClient, admin_token: str, org_id: int) -> str:
    response = await client.post(
        f"/api/v1/organizations/{org_id}/campaigns",
        json={
            "name": "Bench",
            "type": "ASSESSMENT",
            "target_profile_id": TARGET_PROFILE,
            "title": "Bench",
        },
        headers={"Authorization": f"Bearer {admin_token}"},
    )
    return str(_ok(response, "create campaign").json()["code"])


@dataclass
class LearnerOutcome:
    answers: int = 0
    end: float = 0.0
    state: str = "running"  # finished, capped (max steps), failed, truncated (time limit)


async def play(
    client: httpx.AsyncClient,
    recorder: Recorder,
    token: str,
    code: str,
    rng: random.Random,
    *,
    max_steps: int,
    abandon_rate: float,
    deadline: float,
    pairs: list[tuple[float, float]],
    think_s: float = 0.0,
    delay_s: float = 0.0,
    model: LearnerModel | None = None,
    ability: float = 0.0,
) -> LearnerOutcome:
    outcome = LearnerOutcome()
    headers = {"Authorization": f"Bearer {token}"}
    if delay_s > 0:
        await asyncio.sleep(delay_s)
    try:
        response, _ = await recorder.request(
            client,
            "join",
            "POST",
            "/api/v1/campaign-participations",
            json={"campaign_code": code},
            headers=headers,
        )
        if response is None or response.status_code not in (200, 201):
            outcome.state = "failed"
            return outcome
        assessment_id = response.json()["assessment_id"]
        base = f"/api/v1/assessments/{assessment_id}"
        # The first challenge is asked for; after that each answer's response carries the next
        # one, as the learner app uses it: a step (answer + next challenge) is one request.
        response, _ = await recorder.request(
            client, "next", "GET", f"{base}/next-challenge", headers=headers
        )
        if response is None or response.status_code != 200:
            outcome.state = "failed"
            return outcome
        body = response.json()
        while True:
            if time.monotonic() > deadline:
                outcome.state = "truncated"
                return outcome
            if body["status"] == "finished":
                outcome.state = "finished"
                return outcome
            if outcome.answers >= max_steps:
                outcome.state = "capped"
                return outcome
            challenge = body["challenge"]
            response, answered = await recorder.request(
                client,
                "answer",
                "POST",
                f"{base}/answers",
                json={
                    "challenge_id": challenge["id"],
                    "value": model.answer(challenge, ability, rng, abandon_rate)
                    if model
                    else learner_value(challenge, rng, abandon_rate),
                },
                headers=headers,
            )
            if response is None or response.status_code != 201:
                outcome.state = "failed"
                return outcome
            outcome.answers += 1
            pairs.append((answered.end, answered.ms))
            body = response.json()["next"]
            if think_s > 0:
                await asyncio.sleep(rng.uniform(0.5, 1.5) * think_s)
    finally:
        outcome.end = time.perf_counter()


def make_client(base_url: str, connections: int) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=base_url,
        verify=False,  # plain HTTP on localhost: skip loading CA certificates per client
        timeout=httpx.Timeout(60.0),
        limits=httpx.Limits(
            max_connections=connections,
            max_keepalive_connections=connections,
            keepalive_expiry=4.0,  # below uvicorn's 5 s keep-alive: never reuse a closed socket
        ),
    )


async def health_burst(clients: list[httpx.AsyncClient], recorder: Recorder, total: int) -> float:
    """`total` health requests from one task per client slot; returns the wall time."""
    remaining = total

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await recorder.request(client, "health", "GET", "/api/v1/health")

    start = time.perf_counter()
    await asyncio.gather(*(worker(client) for client in clients))
    return time.perf_counter() - start


# --------------------------------------------------------------------------------------------
# One load level


def _latency_block(
    records: list[Record], pairs: list[float], server: dict[str, float]
) -> dict[str, Any]:
    by_kind: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        by_kind[r.kind].append(r)
    block: dict[str, Any] = {}
    for kind in ("join", "next", "answer", "finish", "health"):
        rows = by_kind.get(kind)
        if not rows:
            continue
        inside = [server[r.request_id] for r in rows if r.request_id in server]
        outside = [r.ms - server[r.request_id] for r in rows if r.request_id in server]
        block[kind] = {
            "client_ms": summary([r.ms for r in rows]),
            "server_ms": summary(inside),
            "outside_app_ms": summary(outside),
            "non_2xx": sum(1 for r in rows if not 200 <= r.status < 300),
        }
    block["pair"] = {"client_ms": summary(pairs)}
    return block


async def run_level(
    n: int,
    *,
    base_url: str,
    code: str,
    tokens: list[str],
    args: argparse.Namespace,
    deadline: float,
    server_pgid: int,
    database_dsn: str,
) -> dict[str, Any]:
    tag = f"n{n}"
    learners = Recorder(tag)
    health = Recorder(f"{tag}h")
    warm = Recorder(f"{tag}w")
    rng = random.Random(f"{args.seed}:{n}")
    learner_rngs = [random.Random(rng.random()) for _ in range(n)]
    abilities = [rng.gauss(0.3, 1.0) for _ in range(n)]
    level: dict[str, Any] = {"learners": n}
    async with contextlib.AsyncExitStack() as stack:
        # One slot per simulated learner: the shared client (a pool of N connections), or a
        # client of its own (one connection) per learner.
        if args.clients == "shared":
            shared = await stack.enter_async_context(make_client(base_url, n))
            clients = [shared] * n
        else:
            clients = [await stack.enter_async_context(make_client(base_url, 1)) for _ in range(n)]
        # Open the N connections before the measured window.
        await health_burst(clients, warm, n)
        await asyncio.sleep(args.stats_flush_s)
        quiet_learners = await wait_for_quiet(args.quiet_wait_s, args.quiet_cores)
        tables_before = await table_stats(database_dsn)
        await health_burst(clients, warm, n)

        pairs: list[tuple[float, float]] = []
        phase_deadline = deadline - args.health_reserve_s
        cpu_before = CpuSample.take()
        lag = LoopLag()
        start = time.perf_counter()
        wall_start = time.time()
        with lag:
            outcomes = await asyncio.gather(
                *(
                    play(
                        clients[i],
                        learners,
                        tokens[i],
                        code,
                        learner_rngs[i],
                        max_steps=args.max_steps,
                        abandon_rate=args.abandon_rate,
                        deadline=phase_deadline,
                        pairs=pairs,
                        think_s=args.think_ms / 1000,
                        delay_s=args.ramp_s * i / n,
                        model=args.model,
                        ability=abilities[i],
                    )
                    for i in range(n)
                )
            )
        end = time.perf_counter()
        wall_end = time.time()
        cpu_learners = cpu_before.until(CpuSample.take(), server_pgid)

        await asyncio.sleep(args.stats_flush_s)
        tables_after = await table_stats(database_dsn)

        quiet_health = await wait_for_quiet(args.quiet_wait_s, args.quiet_cores)
        await health_burst(clients, warm, n)  # the idle waits closed the connections
        cpu_before = CpuSample.take()
        health_lag = LoopLag()
        with health_lag:
            health_wall = await health_burst(clients, health, args.health_requests)
        cpu_health = cpu_before.until(CpuSample.take(), server_pgid)

    server = server_durations(Path(args.server_log_path))
    answers = [r for r in learners.records if r.kind == "answer"]
    ok_answers = [r for r in answers if r.status == 201]

    # Steady window: from the start until fewer than 90 % of the learners are still playing.
    ends = sorted(o.end for o in outcomes)
    steady_end = ends[min(len(ends) - 1, math.floor(0.1 * n))]
    steady_records = [r for r in learners.records if r.end <= steady_end]
    steady_answers = sum(1 for r in steady_records if r.kind == "answer" and r.status == 201)
    steady_pairs = [ms for pair_end, ms in pairs if pair_end <= steady_end]

    # Timeline by 5 s buckets: learners still playing, answers, pair latency.
    timeline = []
    bucket = 5.0
    for k in range(math.ceil((end - start) / bucket)):
        low, high = start + k * bucket, start + (k + 1) * bucket
        in_bucket = [ms for pair_end, ms in pairs if low <= pair_end < high]
        timeline.append(
            {
                "from_s": k * bucket,
                "playing": sum(1 for o in outcomes if o.end >= low),
                "answers": len(in_bucket),
                "pair_p50_ms": _r(percentile(in_bucket, 50), 1),
                "pair_p99_ms": _r(percentile(in_bucket, 99), 1),
            }
        )

    wall = end - start
    health_ok = sum(1 for r in health.records if r.status == 200)
    health_rps = health_ok / health_wall if health_wall > 0 else 0.0
    whole_aps = len(ok_answers) / wall if wall > 0 else 0.0
    steady_aps = steady_answers / (steady_end - start) if steady_end > start else 0.0
    states: dict[str, int] = defaultdict(int)
    for o in outcomes:
        states[o.state] += 1
    lengths = [float(o.answers) for o in outcomes]
    level.update(
        {
            "learner_phase": {
                "wall_s": round(wall, 2),
                "answers": len(ok_answers),
                "answers_per_s": round(whole_aps, 1),
                "requests": len(learners.records),
                "requests_per_s": round(len(learners.records) / wall, 1) if wall > 0 else 0.0,
                "learner_states": dict(states),
                "answers_per_learner": summary(lengths),
                "non_2xx": sum(1 for r in learners.records if not 200 <= r.status < 300),
                "errors": learners.errors,
                "latency": _latency_block(learners.records, [ms for _, ms in pairs], server),
                "timeline": timeline,
                "server_gc": gc_pauses(Path(args.server_log_path), wall_start, wall_end)
                if args.gc_log
                else None,
                "cpu": cpu_learners,
                "client_loop_lag_ms": lag.report(),
            },
            "steady_window": {
                "wall_s": round(steady_end - start, 2),
                "answers": steady_answers,
                "answers_per_s": round(steady_aps, 1),
                "latency": _latency_block(steady_records, steady_pairs, server),
            },
            "health": {
                "requests": len(health.records),
                "wall_s": round(health_wall, 2),
                "requests_per_s": round(health_rps, 1),
                "non_2xx": sum(1 for r in health.records if not 200 <= r.status < 300),
                "errors": health.errors,
                "latency": _latency_block(health.records, [], server)["health"],
                "cpu": cpu_health,
                "client_loop_lag_ms": health_lag.report(),
            },
            "machine_before": {"learners": quiet_learners, "health": quiet_health},
            "warm_up_non_2xx": sum(1 for r in warm.records if not 200 <= r.status < 300),
            "postgres_tables": stats_delta(tables_before, tables_after),
        }
    )
    for phase, count in (("learner_phase", len(learners.records)), ("health", health_ok)):
        cpu = level[phase]["cpu"]
        cpu["server_cpu_ms_per_request"] = (
            round(1000 * cpu["server_cpu_s"] / count, 2) if count else None
        )
        cpu["client_cpu_ms_per_request"] = (
            round(1000 * cpu["client_cpu_s"] / count, 2) if count else None
        )
        cpu["contaminated"] = cpu["other_cores"] > args.quiet_cores
    cpu = level["learner_phase"]["cpu"]
    cpu["server_cpu_ms_per_answer"] = (
        round(1000 * cpu["server_cpu_s"] / len(ok_answers), 2) if ok_answers else None
    )
    health_cpu = level["health"]["cpu"]["server_cpu_ms_per_request"]
    # Less sensitive to other work on the machine than the throughput ratio: what one health
    # request costs the server, over what one answer step (with its next-challenge) costs.
    level["server_cpu_ratio_health_to_answer"] = (
        round(health_cpu / cpu["server_cpu_ms_per_answer"], 4)
        if health_cpu and cpu["server_cpu_ms_per_answer"]
        else None
    )
    whole_pair = level["learner_phase"]["latency"]["pair"]["client_ms"]["p99"]
    steady_pair = level["steady_window"]["latency"]["pair"]["client_ms"]["p99"]
    level["ratio_answers_to_health"] = {
        "whole": round(whole_aps / health_rps, 4) if health_rps else None,
        "steady": round(steady_aps / health_rps, 4) if health_rps else None,
    }
    level["target"] = {
        "pair_p99_ms_whole": whole_pair,
        "pair_p99_ms_steady": steady_pair,
        "pair_p99_met": whole_pair is not None
        and steady_pair is not None
        and max(whole_pair, steady_pair) < TARGET_PAIR_P99_MS,
        "ratio_met": all(
            v is not None and v >= TARGET_RATIO for v in level["ratio_answers_to_health"].values()
        ),
        "no_errors": level["learner_phase"]["non_2xx"] == 0 and level["health"]["non_2xx"] == 0,
    }
    return level


# --------------------------------------------------------------------------------------------
# The whole run


async def warm_up(client: httpx.AsyncClient, code: str, tokens: list[str], steps: int) -> int:
    """Throwaway learners play a few steps so that both workers build their engine views."""
    recorder = Recorder("warm")
    await asyncio.gather(
        *(
            play(
                client,
                recorder,
                token,
                code,
                random.Random(i),
                max_steps=steps,
                abandon_rate=0.1,
                deadline=time.monotonic() + 120,
                pairs=[],
            )
            for i, token in enumerate(tokens)
        )
    )
    return sum(1 for r in recorder.records if not 200 <= r.status < 300)


async def benchmark(args: argparse.Namespace, deadline: float, work: Path) -> dict[str, Any]:
    levels = [int(x) for x in args.learners.split(",") if x.strip()]
    name = f"pix_bench_{secrets.token_hex(4)}"
    admin_dsn = args.pg
    server_dsn = admin_dsn.rsplit("/", 1)[0] + f"/{name}"
    log = work / "server.log"
    args.server_log_path = str(log)
    report: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "machine": machine_note(),
        "config": {
            "learners": levels,
            "workers": args.workers,
            "max_steps": args.max_steps,
            "abandon_rate": args.abandon_rate,
            "health_requests": args.health_requests,
            "seed": args.seed,
            "think_time_ms": args.think_ms,
            "clients": args.clients,
            "ramp_s": args.ramp_s,
            "quiet_wait_s": args.quiet_wait_s,
            "quiet_cores": args.quiet_cores,
            "database": "PostgreSQL (throwaway database on the local server)",
            "target_profile": TARGET_PROFILE,
        },
        "levels": [],
    }
    await _pg_execute(admin_dsn, f'CREATE DATABASE "{name}"')
    server: Server | None = None
    try:
        env = server_environment(server_dsn, work)
        prepare_database(env, deadline, log)
        server_env = env
        if args.gc_log:
            # Diagnosis: every server process logs its garbage collections (a sitecustomize
            # module on the server's path only; the application is not touched).
            hook = work / "gc_hook"
            hook.mkdir()
            (hook / "sitecustomize.py").write_text(_GC_HOOK)
            path = os.pathsep.join(p for p in (str(hook), env.get("PYTHONPATH", "")) if p)
            server_env = {**env, "PYTHONPATH": path}
        server = await start_server(server_env, args.workers, deadline, log, args.profile)
        report["server"] = {
            "workers": 1 if args.profile else args.workers,
            "url": server.base_url,
            "profiled": bool(args.profile),
        }
        setup_client = make_client(server.base_url, args.setup_concurrency)
        async with setup_client as client:
            admin = await log_in(client, ADMIN_EMAIL, ADMIN_PASSWORD, "pix-orga")
            memberships = _ok(
                await client.get(
                    "/api/v1/me/memberships", headers={"Authorization": f"Bearer {admin}"}
                ),
                "memberships",
            ).json()["items"]
            org_id = int(memberships[0]["organization"]["id"])
            warm_code = await create_campaign(client, admin, org_id)
            warm_tokens = await create_learners(client, "warm", 8, args.setup_concurrency)
            report["warm_up_non_2xx"] = await warm_up(client, warm_code, warm_tokens, 5)
            prepared = []
            for n in levels:
                code = await create_campaign(client, admin, org_id)
                tokens = await create_learners(client, f"n{n}", n, args.setup_concurrency)
                prepared.append((n, code, tokens))
                if time.monotonic() > deadline:
                    raise TimeLimitReached("during the set-up")
        for n, code, tokens in prepared:
            print(f"... {n} learners", file=sys.stderr, flush=True)
            if time.monotonic() > deadline - args.health_reserve_s:
                report["incomplete"] = f"no time left for N={n}"
                break
            level = await asyncio.wait_for(
                run_level(
                    n,
                    base_url=server.base_url,
                    code=code,
                    tokens=tokens,
                    args=args,
                    deadline=deadline,
                    server_pgid=server.process.pid,
                    database_dsn=server_dsn,
                ),
                timeout=max(1.0, deadline - time.monotonic()),
            )
            report["levels"].append(level)
    finally:
        if server is not None:
            server.stop()
            if args.profile and args.profile.exists():
                report["profile"] = profile_summary(args.profile, args.profile_top)
        if args.keep_server_log:
            with contextlib.suppress(OSError):
                shutil.copy(log, args.keep_server_log)
        try:
            await _pg_execute(admin_dsn, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        except Exception as error:  # report, never hide the first failure
            print(f"warning: could not drop database {name}: {error}", file=sys.stderr)
    largest = max(report["levels"], key=lambda lv: lv["learners"], default=None)
    if largest is not None:
        target = largest["target"]
        report["target"] = {
            "learners": largest["learners"],
            "pair_p99_ms_limit": TARGET_PAIR_P99_MS,
            "ratio_limit": TARGET_RATIO,
            **target,
            "met": target["pair_p99_met"] and target["ratio_met"] and target["no_errors"],
            "closed_loop": args.think_ms == 0,
            "measured_on_a_busy_machine": any(
                lv[phase]["cpu"]["contaminated"]
                for lv in report["levels"]
                for phase in ("learner_phase", "health")
            ),
        }
    return report


def profile_summary(path: Path, top: int) -> dict[str, str]:
    """The heaviest functions of the profiled server, by own time and by cumulated time."""
    import io
    import pstats

    texts = {}
    for order in ("tottime", "cumulative"):
        buffer = io.StringIO()
        stats = pstats.Stats(str(path), stream=buffer)
        stats.strip_dirs().sort_stats(order).print_stats(top)
        texts[order] = buffer.getvalue()
    # Own time by package: with coroutines, cumulated times count every resumption; own
    # times are exact. The event loop's own time is mostly waiting.
    own: dict[str, float] = defaultdict(float)
    raw: Any = pstats.Stats(str(path)).stats  # type: ignore[attr-defined]
    for (filename, _line, name), (_cc, _nc, tottime, _ct, _callers) in raw.items():
        if "site-packages/" in filename:
            group = filename.split("site-packages/", 1)[1].split("/", 1)[0]
        elif filename.startswith(str(ROOT)):
            group = "/".join(Path(filename).relative_to(ROOT).parts[:2])
        elif filename == "~":
            group = f"builtin {name}"
        else:
            group = f"stdlib {Path(filename).name}"
        own[group] += tottime
    total = sum(own.values())
    rows = sorted(own.items(), key=lambda item: -item[1])[:top]
    texts["by_package"] = "\n".join(
        f"{seconds:8.2f} s {100 * seconds / total:5.1f} %  {group}" for group, seconds in rows
    )
    return texts


async def wait_for_quiet(budget: float, limit_cores: float) -> dict[str, Any]:
    """Wait (at most `budget` s) until the machine is nearly idle: other work skews timings."""
    started = time.monotonic()
    while True:
        before = _machine_cpu()
        await asyncio.sleep(2)
        after = _machine_cpu()
        total = after[1] - before[1]
        busy = (os.cpu_count() or 1) * (after[0] - before[0]) / total if total > 0 else 0.0
        waited = time.monotonic() - started
        if busy <= limit_cores or waited >= budget:
            return {"busy_cores": round(busy, 2), "waited_s": round(waited, 1)}


def machine_note() -> dict[str, Any]:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "cores": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "system": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in load],
        "note": "client, server (workers) and PostgreSQL share these cores",
    }


def _fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def print_table(report: dict[str, Any]) -> None:
    out = sys.stdout
    m = report["machine"]
    print(f"{report['date']}  {m['cores']} cores ({m['cpu']}), Python {m['python']}", file=out)
    head = (
        "| N | window | answers/s | health req/s | ratio | next p50/p95/p99 ms "
        "| answer p50/p95/p99 ms | pair p50/p95/p99 ms | non-2xx |"
    )
    print(head, file=out)
    print("|" + "---|" * 9, file=out)
    for level in report["levels"]:
        health = level["health"]
        for window, block in (
            ("whole", level["learner_phase"]),
            ("steady", level["steady_window"]),
        ):
            lat = block["latency"]

            def ppp(kind: str, lat: dict[str, Any] = lat) -> str:
                s = lat.get(kind, {}).get("client_ms", {})
                return "/".join(_fmt(s.get(p)) for p in ("p50", "p95", "p99"))

            ratio = level["ratio_answers_to_health"][window]
            non2xx = (
                f"{level['learner_phase']['non_2xx']} + {health['non_2xx']} health"
                if window == "whole"
                else ""
            )
            print(
                f"| {level['learners']} | {window} ({block['wall_s']} s) "
                f"| {_fmt(block['answers_per_s'])} | {_fmt(health['requests_per_s'])} "
                f"| {_fmt(100 * ratio if ratio is not None else None)} % "
                f"| {ppp('next')} | {ppp('answer')} | {ppp('pair')} | {non2xx} |",
                file=out,
            )
    print(file=out)
    print(
        "Health latency (client p50/p95/p99 ms), inside the app vs outside, CPU (cores):", file=out
    )
    for level in report["levels"]:
        h = level["health"]["latency"]
        lp = level["learner_phase"]
        print(
            f"  N={level['learners']}: health {h['client_ms']['p50']}/{h['client_ms']['p95']}/"
            f"{h['client_ms']['p99']}; learners: {lp['answers']} answers by "
            f"{lp['learner_states']}, answers per learner mean {lp['answers_per_learner']['mean']}",
            file=out,
        )
        for kind in ("next", "answer", "join", "finish"):
            block = lp["latency"].get(kind)
            if block:
                print(
                    f"    {kind:<6} client p50 {block['client_ms']['p50']} ms, in app p50 "
                    f"{block['server_ms']['p50']} / p99 {block['server_ms']['p99']} ms, outside "
                    f"p50 {block['outside_app_ms']['p50']} ms",
                    file=out,
                )
        for name, cpu in (("learners", lp["cpu"]), ("health  ", level["health"]["cpu"])):
            print(
                f"    cpu {name}: cores used: client {cpu['client_cores']}, server "
                f"{cpu['server_cores']} (workers {cpu['server_worker_cores']}), postgres "
                f"{cpu['postgres_cores']}, other processes {cpu['other_cores']}; server CPU "
                f"{cpu['server_cpu_ms_per_request']} ms/request"
                + (
                    f", {cpu['server_cpu_ms_per_answer']} ms/answer"
                    if "server_cpu_ms_per_answer" in cpu
                    else ""
                )
                + (" — WARNING: other work on the machine" if cpu["contaminated"] else ""),
                file=out,
            )
        if lp.get("server_gc"):
            gc_report = lp["server_gc"]
            print(
                f"    server GC during the learner phase: {gc_report['full_collections']} full "
                f"collections, pause ms {gc_report['full_collection_ms']}, "
                f"{gc_report['collections_over_5ms']} collections ≥ 5 ms",
                file=out,
            )
        print(
            "    server CPU of a health request / of an answer step: "
            f"{level['server_cpu_ratio_health_to_answer']}",
            file=out,
        )
        print(
            f"    client loop lag p50/p99 ms: learners {lp['client_loop_lag_ms']['p50']}/"
            f"{lp['client_loop_lag_ms']['p99']}, health "
            f"{level['health']['client_loop_lag_ms']['p50']}/"
            f"{level['health']['client_loop_lag_ms']['p99']}",
            file=out,
        )
    if report.get("incomplete"):
        print(f"\nIncomplete: {report['incomplete']} (see --seconds-limit).", file=out)
    for order, text in report.get("profile", {}).items():
        print(f"\nProfile of the server (one worker under cProfile), by {order}:", file=out)
        print(text, file=out)
    target = report.get("target")
    if target:
        print(
            f"\nTarget at N={target['learners']}: pair p99 < {TARGET_PAIR_P99_MS:.0f} ms: "
            f"{'met' if target['pair_p99_met'] else 'NOT met'} (whole "
            f"{target['pair_p99_ms_whole']} ms, steady {target['pair_p99_ms_steady']} ms); "
            f"answers/s ≥ {TARGET_RATIO:.0%} of health/s: "
            f"{'met' if target['ratio_met'] else 'NOT met'}; no non-2xx: {target['no_errors']}. "
            f"Overall: {'MET' if target['met'] else 'NOT MET'}.",
            file=out,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", default="50,200", help="load levels, e.g. 50,200")
    parser.add_argument(
        "--seconds-limit", type=float, default=1500, help="the whole run stops by then"
    )
    parser.add_argument("--workers", type=int, default=2, help="pix serve --workers")
    parser.add_argument("--max-steps", type=int, default=200, help="answers per learner, at most")
    parser.add_argument("--abandon-rate", type=float, default=0.1, help="share of #ABAND#")
    parser.add_argument("--health-requests", type=int, default=4000, help="per level")
    parser.add_argument(
        "--think-ms",
        type=float,
        default=0.0,
        help="mean pause of a learner after each answer (uniform ±50 %%); 0: closed loop",
    )
    parser.add_argument(
        "--clients",
        choices=("per-learner", "shared"),
        default="per-learner",
        help="one httpx client (one connection) per learner, or one shared client with a "
        "pool of N connections (its pool bookkeeping grows with N and saturates the client's "
        "core at N=200 on a 2-core machine)",
    )
    parser.add_argument(
        "--ramp-s",
        type=float,
        default=0.0,
        help="spread the learners' arrivals over this many seconds; 0: all join at once",
    )
    parser.add_argument("--setup-concurrency", type=int, default=8)
    parser.add_argument("--seed", default="1")
    parser.add_argument(
        "--pg",
        default="postgresql://postgres@127.0.0.1:5432/postgres",
        help="maintenance database of the PostgreSQL server (creates and drops a database)",
    )
    parser.add_argument(
        "--stats-flush-s",
        type=float,
        default=11.0,
        help="idle wait so PostgreSQL publishes the table statistics of idle connections",
    )
    parser.add_argument(
        "--health-reserve-s",
        type=float,
        default=60.0,
        help="learners stop this long before the time limit, for the health phase",
    )
    parser.add_argument(
        "--quiet-wait-s",
        type=float,
        default=180.0,
        help="before each phase, wait at most this long for the machine to be nearly idle",
    )
    parser.add_argument(
        "--quiet-cores", type=float, default=0.3, help="'nearly idle': busy cores at most"
    )
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="FILE",
        help="diagnosis only: one server worker under cProfile, stats written to FILE",
    )
    parser.add_argument("--profile-top", type=int, default=40, help="functions listed")
    parser.add_argument(
        "--gc-log",
        action="store_true",
        help="diagnosis: the server processes log their garbage collections (pauses reported)",
    )
    parser.add_argument("--keep-server-log", type=Path, help="copy the server log there")
    parser.add_argument(
        "--json", nargs="?", const="-", metavar="FILE", help="JSON report to FILE (- : stdout)"
    )
    parser.add_argument(
        "--know-nothing",
        action="store_true",
        help="learners know no solution (short paths), instead of answering by ability",
    )
    args = parser.parse_args(argv)
    args.model = None if args.know_nothing else LearnerModel()
    deadline = time.monotonic() + args.seconds_limit
    with tempfile.TemporaryDirectory(prefix="pix-learner-load-") as tmp:
        try:
            report = asyncio.run(
                asyncio.wait_for(
                    benchmark(args, deadline, Path(tmp)),
                    timeout=args.seconds_limit + 60,  # the clean-up's own margin
                )
            )
        except (TimeLimitReached, TimeoutError) as error:
            print(
                f"error: time limit reached ({args.seconds_limit:.0f} s): {error}", file=sys.stderr
            )
            return 2
    if args.json == "-":
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print_table(report)
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    if report.get("incomplete"):
        return 2
    target = report.get("target")
    return 0 if target and target["no_errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
