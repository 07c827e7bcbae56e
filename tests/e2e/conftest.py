"""Browser tests: a real server (uvicorn, SQLite, demo data) and Debian's Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.settings import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARTEFACTS = ROOT / "test-artefacts" / "screenshots"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _require(condition: bool, reason: str) -> None:
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def server_folder() -> Path:
    """The server's database, outbox, log and clock offset file."""
    return Path(tempfile.mkdtemp(prefix="pix-e2e-"))


@pytest.fixture(scope="session")
def server_url(server_folder: Path) -> Iterator[str]:
    for dist in ("frontend-app/dist", "frontend-orga/dist"):
        _require((ROOT / dist / "index.html").is_file(), f"{dist} is not built: run make test")
    folder = server_folder
    port = _free_port()
    env = {
        **os.environ,
        "PIX_ENVIRONMENT": "test",
        "PIX_DATABASE_URL": f"sqlite+aiosqlite:///{folder / 'e2e.db'}",
        "PIX_OUTBOX_DIR": str(folder / "outbox"),
        "PIX_ARGON2_TIME_COST": "1",
        "PIX_ARGON2_MEMORY_KIB": "8192",
        "PIX_TEST_CLOCK_OFFSET_FILE": str(folder / "clock-offset"),
    }
    cli = [sys.executable, "-m", "api.cli"]
    # The demo organisation starts without a campaign: the browser tests create theirs.
    steps = (
        ["db", "upgrade"],
        ["content", "import", "--from-source"],
        ["demo", "--without-campaign"],
    )
    for step in steps:
        subprocess.run([*cli, *step], cwd=ROOT, env=env, check=True, capture_output=True)
    log = (folder / "server.log").open("w")
    process = subprocess.Popen(
        [*cli, "serve", "--port", str(port)], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError((folder / "server.log").read_text())
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


class ServerClock:
    """Moves the test server's clock (see `PIX_TEST_CLOCK_OFFSET_FILE`)."""

    def __init__(self, offset_file: Path) -> None:
        self.offset_file = offset_file

    def move_to(self, *, days: float) -> None:
        """The server's now becomes the real now plus `days`."""
        self.offset_file.write_text(str(days * 24 * 3600))


@pytest.fixture
def server_clock(server_url: str, server_folder: Path) -> Iterator[ServerClock]:
    clock = ServerClock(server_folder / "clock-offset")
    try:
        yield clock
    finally:
        clock.move_to(days=0)  # the tests that follow run on time


@pytest.fixture
def server_database(server_url: str, server_folder: Path) -> Path:
    """The server's SQLite file, for assertions the interface cannot show."""
    return server_folder / "e2e.db"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    # Module scope: Playwright's sync API keeps an event loop running in this thread while it is
    # open, which would break the async tests that come after.
    _require(CHROMIUM.exists(), "Debian's chromium is not installed (make test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server_url: str):  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=server_url, locale="fr-FR")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def phone(browser, server_url: str):  # type: ignore[no-untyped-def]
    context = browser.new_context(
        base_url=server_url,
        locale="fr-FR",
        viewport={"width": 360, "height": 740},
        is_mobile=True,
        has_touch=True,
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def screenshot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True)
