"""Je retente on the real content: the retry asks the failed skills again, and only them.

bayes-tube-v1 used to end a retry at once (it saw only successes once old failures were
forgotten) and settle the failed skills as validated without a question.
"""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from adaptive.types import KnowledgeStatus
from api.composition import Container
from api.content.catalog import check_source
from api.settings import ROOT
from domain.learning_content.model import LearningContent
from tests.builders import bearer, sign_up
from tests.integration.test_campaigns import assessment
from tests.integration.test_learner_journey import join


@pytest.fixture
async def content(container: Container) -> LearningContent:
    real = check_source(ROOT / "content").content
    container.content.replace(real)
    return real


def _value(content: LearningContent, challenge_id: str, right: bool) -> object:
    text = content.challenges_by_id[challenge_id].texts["fr"]
    value = (text.right_answers if right else text.wrong_answers)[0]
    if content.challenges_by_id[challenge_id].type.startswith("QROCM"):
        return {
            k.strip(): v.strip() for k, v in (line.split(":", 1) for line in value.splitlines())
        }
    return value


async def _play(
    client: httpx.AsyncClient,
    content: LearningContent,
    assessment_id: int,
    headers: dict[str, str],
    wrong_every: int,
) -> list[str]:
    asked: list[str] = []
    for _ in range(100):
        step = (
            await client.get(f"/api/v1/assessments/{assessment_id}/next-challenge", headers=headers)
        ).json()
        if step["status"] == "finished":
            return asked
        challenge_id = step["challenge"]["id"]
        asked.append(challenge_id)
        right = wrong_every == 0 or len(asked) % wrong_every != 0
        answered = await client.post(
            f"/api/v1/assessments/{assessment_id}/answers",
            json={"challenge_id": challenge_id, "value": _value(content, challenge_id, right)},
            headers=headers,
        )
        assert answered.status_code == 201, answered.text
    raise AssertionError("never finished")


async def test_a_retry_asks_again_only_the_skills_failed_the_first_time(
    client: httpx.AsyncClient, container: Container, content: LearningContent, clock
):
    from domain.organizations.model import OrganizationType
    from domain.organizations.use_cases.create_organization import create_organization

    await sign_up(client, email="conseillere@example.org")
    organization = await create_organization(
        name="Mission locale",
        type=OrganizationType.PRO,
        admin_email="conseillere@example.org",
        uow=container.uow(),
        clock=container.clock,
    )
    code = (
        await client.post(
            f"/api/v1/organizations/{organization.id}/campaigns",
            json=assessment(
                target_profile_id="pix-emploi-diagnostic",
                external_id_label=None,
                external_id_type=None,
                multiple_sendings=True,
            ),
            headers=await bearer(client, "conseillere@example.org"),
        )
    ).json()["code"]
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")
    user_id = (await client.get("/api/v1/me", headers=headers)).json()["id"]
    joined = (await join(client, code, headers)).json()
    first = await _play(client, content, joined["assessment_id"], headers, wrong_every=3)
    await client.post(f"/api/v1/campaign-participations/{joined['id']}/share", headers=headers)
    uow = container.uow()
    async with uow:
        elements = await uow.knowledge.of_user(user_id, frozenset(s.id for s in content.skills))
    failed = {e.skill_id for e in elements if e.status is KnowledgeStatus.INVALIDATED}

    clock.advance(timedelta(days=5))
    retried = await client.post(
        f"/api/v1/campaign-participations/{joined['id']}/retry", headers=headers
    )
    second = await _play(client, content, retried.json()["assessment_id"], headers, wrong_every=0)
    results = (
        await client.get(
            f"/api/v1/campaign-participations/{retried.json()['id']}/results", headers=headers
        )
    ).json()

    assert first and failed
    assert retried.status_code == 201, retried.text
    asked_skills = {content.challenges_by_id[c].skill_id for c in second}
    assert asked_skills == failed  # every failed skill, answered right this time, and no other
    assert results["mastery_percent"] == 100
