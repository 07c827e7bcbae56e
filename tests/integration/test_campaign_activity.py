"""Activité: a small campaign whose counts are worked out by hand below."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest

from api.composition import Container
from api.content.catalog import check_source
from tests.builders import bearer, sign_up
from tests.conftest import SteppingClock
from tests.integration.test_campaigns import assessment
from tests.integration.test_campaigns import organization_id as organization_id
from tests.integration.test_learner_journey import play_to_the_end, right_answer
from tests.unit.domain.learning_content.test_content_check import MINI

PARIS = ZoneInfo("Europe/Paris")

STAGES = """
    stages:
      - threshold: 0
        title: {fr: "Premiers pas"}
        message: {fr: "C'est un début."}
        prescriber_title: {fr: "Moins de 50 %"}
        prescriber_description: {fr: "Des bases à consolider."}
      - threshold: 50
        title: {fr: "Bonnes bases"}
        message: {fr: "Continuez."}
        prescriber_title: {fr: "50 % et plus"}
        prescriber_description: {fr: "Des bases solides."}
"""


@pytest.fixture
def staged_content(container: Container, tmp_path: Path, organization_id: int) -> None:
    """The mini content, its "Parcours d'essai" given two stages (0 % and 50 %)."""
    folder = tmp_path / "content"
    shutil.copytree(MINI, folder)
    profiles = folder / "profiles.yaml"
    text = profiles.read_text(encoding="utf-8")
    marker = '    name: {fr: "Parcours d\'essai"}\n'
    profiles.write_text(text.replace(marker, marker + STAGES.lstrip("\n")), encoding="utf-8")
    container.content.replace(check_source(folder).content)


async def play_first_right_then_skip(
    client: httpx.AsyncClient, assessment_id: int, headers: dict[str, str], container: Container
) -> None:
    content = container.content.current()
    assert content is not None
    first = True
    for _ in range(20):
        step = (
            await client.get(f"/api/v1/assessments/{assessment_id}/next-challenge", headers=headers)
        ).json()
        if step["status"] == "finished":
            return
        challenge_id = step["challenge"]["id"]
        value = right_answer(content, challenge_id) if first else "#ABAND#"
        first = False
        await client.post(
            f"/api/v1/assessments/{assessment_id}/answers",
            json={"challenge_id": challenge_id, "value": value},
            headers=headers,
        )
    raise AssertionError("never finished")


@pytest.mark.usefixtures("staged_content")
async def test_activity_counts_statuses_days_stages_and_bands_from_shared_results_only(
    client: httpx.AsyncClient, organization_id: int, container: Container, clock
):
    member = await bearer(client, "member@example.org")
    campaign = (
        await client.post(
            f"/api/v1/organizations/{organization_id}/campaigns",
            json=assessment(external_id_label=None, external_id_type=None),
            headers=member,
        )
    ).json()
    url = f"/api/v1/campaigns/{campaign['id']}/activity"
    empty = (await client.get(url, headers=member)).json()
    content = container.content.current()
    assert content is not None
    day_one = clock.now().astimezone(PARIS).date()

    learners = {}
    for first in ("Adam", "Zoé", "Inès", "Léa", "Noé"):
        email = f"{first.lower()}@example.org"
        await sign_up(client, email=email, first_name=first)
        learners[first] = await bearer(client, email)

    async def join(first: str) -> dict:
        return (
            await client.post(
                "/api/v1/campaign-participations",
                json={"campaign_code": campaign["code"]},
                headers=learners[first],
            )
        ).json()

    async def share(first: str, joined: dict) -> None:
        response = await client.post(
            f"/api/v1/campaign-participations/{joined['id']}/share", headers=learners[first]
        )
        assert response.status_code == 200, response.text

    # Day 1: Adam (all right), Zoé (all skipped) and Noé (never plays) start; Zoé shares.
    adam, zoe = await join("Adam"), await join("Zoé")
    await join("Noé")
    await play_to_the_end(client, adam["assessment_id"], learners["Adam"], answers=content)
    await play_to_the_end(client, zoe["assessment_id"], learners["Zoé"])
    await share("Zoé", zoe)
    # Day 2: nothing. Day 3: Inès finishes but keeps her results, Léa answers one question
    # right then skips, and both Adam and Léa share.
    clock.advance(timedelta(days=2))
    ines, lea = await join("Inès"), await join("Léa")
    await play_to_the_end(client, ines["assessment_id"], learners["Inès"], answers=content)
    await play_first_right_then_skip(client, lea["assessment_id"], learners["Léa"], container)
    await share("Adam", adam)
    await share("Léa", lea)
    lea_percent = (
        await client.get(
            f"/api/v1/campaigns/{campaign['id']}/participants/{lea['id']}/results", headers=member
        )
    ).json()["mastery_percent"]

    activity = await client.get(url, headers=member)
    stranger = await client.get(url, headers=learners["Adam"])
    missing = await client.get("/api/v1/campaigns/999999/activity", headers=member)

    assert empty == {
        "statuses": {"started": 0, "to_share": 0, "shared": 0},
        "days": [],
        "stages": [
            {
                "rank": 1,
                "threshold": 0,
                "title": "Moins de 50 %",
                "description": "Des bases à consolider.",
                "participants": 0,
            },
            {
                "rank": 2,
                "threshold": 50,
                "title": "50 % et plus",
                "description": "Des bases solides.",
                "participants": 0,
            },
        ],
        "mastery_bands": [
            {"low": 0, "high": 20, "stars": 1, "participants": 0},
            {"low": 21, "high": 50, "stars": 2, "participants": 0},
            {"low": 51, "high": 80, "stars": 3, "participants": 0},
            {"low": 81, "high": 100, "stars": 4, "participants": 0},
        ],
    }
    assert activity.status_code == 200
    body = activity.json()
    # Noé still testing; Inès finished, not shared; Adam, Zoé and Léa shared.
    assert body["statuses"] == {"started": 1, "to_share": 1, "shared": 3}
    assert body["days"] == [
        {"day": day_one.isoformat(), "started": 3, "shared": 1},
        {"day": (day_one + timedelta(days=1)).isoformat(), "started": 0, "shared": 0},
        {"day": (day_one + timedelta(days=2)).isoformat(), "started": 2, "shared": 2},
    ]
    # 3 skills in the profile: Adam 3/3 = 100 %, Zoé 0/3 = 0 %, Léa 1/3 = 33 %.
    # Inès (100 %, not shared) is in no band and no stage.
    assert lea_percent == 33
    assert [s["participants"] for s in body["stages"]] == [2, 1]
    assert [b["participants"] for b in body["mastery_bands"]] == [1, 1, 0, 1]
    assert stranger.status_code == 403
    assert missing.status_code == 404 and missing.json()["code"] == "CAMPAIGN_NOT_FOUND"


def set_clock(clock: SteppingClock, instant: datetime) -> None:
    clock.offset = instant - datetime.now(UTC)


async def test_days_are_paris_days_in_winter_and_in_summer(
    client: httpx.AsyncClient, organization_id: int, clock: SteppingClock
):
    member = await bearer(client, "member@example.org")
    campaign = (
        await client.post(
            f"/api/v1/organizations/{organization_id}/campaigns",
            json={"name": "Collecte", "type": "PROFILES_COLLECTION"},
            headers=member,
        )
    ).json()

    async def take_part(first: str, started: datetime, shared: datetime | None = None) -> None:
        email = f"{first.lower()}@example.org"
        await sign_up(client, email=email, first_name=first)
        headers = await bearer(client, email)
        set_clock(clock, started)
        joined = await client.post(
            "/api/v1/campaign-participations",
            json={"campaign_code": campaign["code"]},
            headers=headers,
        )
        assert joined.status_code == 201, joined.text
        if shared is not None:
            set_clock(clock, shared)
            sent = await client.post(
                f"/api/v1/campaign-participations/{joined.json()['id']}/share", headers=headers
            )
            assert sent.status_code == 200, sent.text

    # Winter (UTC+1): 23:30 UTC on 3 March is 00:30 on 4 March in Paris; 22:30 is still the 3rd.
    await take_part("Anne", datetime(2026, 3, 3, 23, 30, tzinfo=UTC))
    await take_part(
        "Basile", datetime(2026, 3, 3, 22, 30, tzinfo=UTC), datetime(2026, 3, 3, 23, 5, tzinfo=UTC)
    )
    # Summer (UTC+2): 22:15 UTC on 14 July is already the 15th in Paris; 21:45 is not.
    await take_part(
        "Chloé",
        datetime(2026, 7, 14, 21, 45, tzinfo=UTC),
        datetime(2026, 7, 14, 22, 15, tzinfo=UTC),
    )
    # The night summer time starts (29 March 2026, 01:00 UTC): 23:10 UTC on the 28th is
    # 00:10 on the 29th (UTC+1), and 22:50 UTC on the 29th is 00:50 on the 30th (UTC+2).
    await take_part(
        "Denis",
        datetime(2026, 3, 28, 23, 10, tzinfo=UTC),
        datetime(2026, 3, 29, 22, 50, tzinfo=UTC),
    )

    body = (await client.get(f"/api/v1/campaigns/{campaign['id']}/activity", headers=member)).json()
    active = {
        d["day"]: (d["started"], d["shared"]) for d in body["days"] if d["started"] or d["shared"]
    }

    assert active == {
        date(2026, 3, 3).isoformat(): (1, 0),
        date(2026, 3, 4).isoformat(): (1, 1),
        date(2026, 3, 29).isoformat(): (1, 0),
        date(2026, 3, 30).isoformat(): (0, 1),
        date(2026, 7, 14).isoformat(): (1, 0),
        date(2026, 7, 15).isoformat(): (0, 1),
    }
    assert body["days"][0]["day"] == "2026-03-03" and body["days"][-1]["day"] == "2026-07-15"
