"""A learner joins a campaign with its code, plays the adaptive test, sees and sends results."""

from __future__ import annotations

import json

import httpx
import pytest

from api.composition import Container
from api.content.catalog import check_source
from domain.learning_content.model import LearningContent
from tests.builders import bearer, sign_up
from tests.integration.test_campaigns import assessment
from tests.unit.domain.learning_content.test_content_check import MINI


@pytest.fixture
async def content(container: Container) -> LearningContent:
    mini = check_source(MINI).content
    container.content.replace(mini)
    return mini


@pytest.fixture
async def code(client: httpx.AsyncClient, container: Container, content: LearningContent) -> str:
    await sign_up(client, email="conseillere@example.org")
    from domain.organizations.model import OrganizationType
    from domain.organizations.use_cases.create_organization import create_organization

    organization = await create_organization(
        name="Mission locale",
        type=OrganizationType.PRO,
        admin_email="conseillere@example.org",
        uow=container.uow(),
        clock=container.clock,
    )
    created = await client.post(
        f"/api/v1/organizations/{organization.id}/campaigns",
        json=assessment(external_id_label=None, external_id_type=None),
        headers=await bearer(client, "conseillere@example.org"),
    )
    return str(created.json()["code"])


def right_answer(content: LearningContent, challenge_id: str) -> object:
    value = content.challenges_by_id[challenge_id].texts["fr"].right_answers[0]
    if content.challenges_by_id[challenge_id].type.startswith("QROCM"):
        return dict(line.split(": ", 1) for line in value.splitlines())
    return value


async def join(
    client: httpx.AsyncClient, code: str, headers: dict[str, str], **extra: object
) -> httpx.Response:
    return await client.post(
        "/api/v1/campaign-participations", json={"campaign_code": code, **extra}, headers=headers
    )


async def test_a_learner_plays_the_whole_test_and_shares(
    client: httpx.AsyncClient, code: str, content: LearningContent
):
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")

    joined = await join(client, code.lower(), headers)
    assert joined.status_code == 201
    participation = joined.json()
    assessment_id = participation["assessment_id"]

    early_share = await client.post(
        f"/api/v1/campaign-participations/{participation['id']}/share", headers=headers
    )
    assert early_share.status_code == 409
    assert early_share.json()["code"] == "ASSESSMENT_NOT_COMPLETED"

    asked = []
    for _ in range(10):
        step = (
            await client.get(f"/api/v1/assessments/{assessment_id}/next-challenge", headers=headers)
        ).json()
        if step["status"] == "finished":
            break
        challenge = step["challenge"]
        again = (
            await client.get(f"/api/v1/assessments/{assessment_id}/next-challenge", headers=headers)
        ).json()
        assert again["challenge"]["id"] == challenge["id"]  # resuming shows the same challenge
        text = json.dumps(step)
        solution = content.challenges_by_id[challenge["id"]].texts["fr"].solution
        assert solution not in text.replace("\\n", "\n") or challenge["type"] in ("QCU", "QCM")
        assert "solution" not in text and "right_answers" not in text
        answered = await client.post(
            f"/api/v1/assessments/{assessment_id}/answers",
            json={"challenge_id": challenge["id"], "value": right_answer(content, challenge["id"])},
            headers=headers,
        )
        assert answered.status_code == 201, answered.text
        assert answered.json()["result"] == "ok"
        asked.append(challenge["id"])
    else:
        pytest.fail("the test never ended")

    assert len(asked) == len(set(asked)) >= 1
    results = await client.get(
        f"/api/v1/campaign-participations/{participation['id']}/results", headers=headers
    )
    assert results.status_code == 200
    body = results.json()
    assert body["completed"] is True and body["status"] == "STARTED"
    assert body["mastery_percent"] == 100
    assert body["badges"] == [{"key": "ESSAI", "title": "Badge d'essai", "acquired": True}]

    shared = await client.post(
        f"/api/v1/campaign-participations/{participation['id']}/share", headers=headers
    )
    twice = await client.post(
        f"/api/v1/campaign-participations/{participation['id']}/share", headers=headers
    )
    late = await client.post(
        f"/api/v1/assessments/{assessment_id}/answers",
        json={"challenge_id": "@essaiCopie1-a", "value": {"copier": "x", "coller": "y"}},
        headers=headers,
    )
    assert shared.status_code == 200 and shared.json()["status"] == "SHARED"
    assert twice.status_code == 409 and twice.json()["code"] == "PARTICIPATION_ALREADY_SHARED"
    assert late.status_code in (
        201,
        409,
    )  # a replay of an earlier answer, or refused: never a new row


async def test_the_last_answer_ends_the_test_without_asking_for_another_challenge(
    client: httpx.AsyncClient, code: str, content: LearningContent
):
    # A learner who closes the page right after the last answer has finished: the results (and
    # the organisation's "En attente") must not wait for a next-challenge request.
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")
    participation = (await join(client, code, headers)).json()
    assessment_id = participation["assessment_id"]
    results_url = f"/api/v1/campaign-participations/{participation['id']}/results"
    completed_after_each_answer = []
    for _ in range(20):
        step = (
            await client.get(f"/api/v1/assessments/{assessment_id}/next-challenge", headers=headers)
        ).json()
        if step["status"] == "finished":
            break
        challenge_id = step["challenge"]["id"]
        await client.post(
            f"/api/v1/assessments/{assessment_id}/answers",
            json={"challenge_id": challenge_id, "value": right_answer(content, challenge_id)},
            headers=headers,
        )
        completed_after_each_answer.append(
            (await client.get(results_url, headers=headers)).json()["completed"]
        )
    assert completed_after_each_answer[-1] is True
    assert not any(completed_after_each_answer[:-1])


async def test_joining_twice_resumes_the_same_participation(client: httpx.AsyncClient, code: str):
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")

    first = await join(client, code, headers)
    second = await join(client, code, headers)

    assert first.status_code == 201 and second.status_code == 200
    assert second.json()["id"] == first.json()["id"]
    assert second.json()["resumed"] is True


async def test_answers_are_final_and_only_the_current_challenge_can_be_answered(
    client: httpx.AsyncClient, code: str, content: LearningContent
):
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")
    assessment_id = (await join(client, code, headers)).json()["assessment_id"]
    url = f"/api/v1/assessments/{assessment_id}/answers"
    current = (
        await client.get(f"/api/v1/assessments/{assessment_id}/next-challenge", headers=headers)
    ).json()["challenge"]["id"]
    other = next(c for c in content.challenges_by_id if c != current)

    not_current = await client.post(
        url, json={"challenge_id": other, "value": "1"}, headers=headers
    )
    wrong = await client.post(
        url, json={"challenge_id": current, "value": "#ABAND#"}, headers=headers
    )
    replay = await client.post(
        url,
        json={"challenge_id": current, "value": right_answer(content, current)},
        headers=headers,
    )

    assert (
        not_current.status_code == 409 and not_current.json()["code"] == "NOT_THE_CURRENT_CHALLENGE"
    )
    assert wrong.json()["result"] == "aband"
    assert replay.json() == wrong.json()  # the first answer stands


async def test_another_learners_assessment_and_results_do_not_exist_for_me(
    client: httpx.AsyncClient, code: str
):
    await sign_up(client, email="lea@example.org")
    await sign_up(client, email="karim@example.org")
    lea = (await join(client, code, await bearer(client, "lea@example.org"))).json()
    karim = await bearer(client, "karim@example.org")

    assert (
        await client.get(
            f"/api/v1/assessments/{lea['assessment_id']}/next-challenge", headers=karim
        )
    ).status_code == 404
    assert (
        await client.get(f"/api/v1/campaign-participations/{lea['id']}/results", headers=karim)
    ).status_code == 404
    assert (
        await client.post(f"/api/v1/campaign-participations/{lea['id']}/share", headers=karim)
    ).status_code == 404
    assert (
        await client.get(f"/api/v1/assessments/{lea['assessment_id']}/next-challenge")
    ).status_code == 401


async def test_the_external_id_is_required_and_checked(
    client: httpx.AsyncClient, container: Container, content: LearningContent
):
    await sign_up(client, email="prof@example.org")
    from domain.organizations.model import OrganizationType
    from domain.organizations.use_cases.create_organization import create_organization

    organization = await create_organization(
        name="Université",
        type=OrganizationType.SUP,
        admin_email="prof@example.org",
        uow=container.uow(),
        clock=container.clock,
    )
    code = (
        await client.post(
            f"/api/v1/organizations/{organization.id}/campaigns",
            json=assessment(external_id_label="Adresse e-mail étudiante", external_id_type="EMAIL"),
            headers=await bearer(client, "prof@example.org"),
        )
    ).json()["code"]
    await sign_up(client, email="etudiant@example.org")
    headers = await bearer(client, "etudiant@example.org")

    missing = await join(client, code, headers)
    not_email = await join(client, code, headers, participant_external_id="12345")
    too_long = await join(client, code, headers, participant_external_id="a" * 300 + "@example.org")
    ok = await join(client, code, headers, participant_external_id="e.tudiant@univ.fr")

    assert missing.json()["errors"][0]["code"] == "MISSING_EXTERNAL_ID"
    assert not_email.json()["errors"][0]["code"] == "INVALID_EMAIL"
    assert too_long.json()["errors"][0]["code"] == "TOO_LONG"
    assert ok.status_code == 201


async def test_unknown_code_cannot_be_joined(client: httpx.AsyncClient, content: LearningContent):
    await sign_up(client, email="lea@example.org")

    response = await join(client, "BCDFGH234", await bearer(client, "lea@example.org"))

    assert response.status_code == 404 and response.json()["code"] == "CAMPAIGN_CODE_NOT_FOUND"


async def test_challenge_pictures_are_served_from_the_release(
    client: httpx.AsyncClient, content: LearningContent
):
    url = f"/api/v1/content-assets/{content.release_id}/assets/9.1/icone.svg"

    picture = await client.get(url)
    wrong_release = await client.get("/api/v1/content-assets/0000/assets/9.1/icone.svg")

    assert picture.status_code == 200 and picture.headers["content-type"] == "image/svg+xml"
    assert picture.content.startswith(b"<svg")
    assert wrong_release.status_code == 404


async def test_checkpoint_lists_answers_and_corrections_only_for_answered_challenges(
    client: httpx.AsyncClient, code: str, content: LearningContent
):
    await sign_up(client, email="lea@example.org")
    await sign_up(client, email="karim@example.org")
    headers = await bearer(client, "lea@example.org")
    assessment_id = (await join(client, code, headers)).json()["assessment_id"]
    step = (
        await client.get(f"/api/v1/assessments/{assessment_id}/next-challenge", headers=headers)
    ).json()
    challenge_id = step["challenge"]["id"]
    answer = (
        await client.post(
            f"/api/v1/assessments/{assessment_id}/answers",
            json={"challenge_id": challenge_id, "value": "#ABAND#"},
            headers=headers,
        )
    ).json()

    listed = (
        await client.get(f"/api/v1/assessments/{assessment_id}/answers", headers=headers)
    ).json()
    correction = await client.get(f"/api/v1/answers/{answer['id']}/correction", headers=headers)
    as_karim = await client.get(
        f"/api/v1/answers/{answer['id']}/correction",
        headers=await bearer(client, "karim@example.org"),
    )
    unknown = await client.get("/api/v1/answers/999999/correction", headers=headers)

    assert [(a["challenge_id"], a["result"]) for a in listed["items"]] == [(challenge_id, "aband")]
    assert listed["items"][0]["instruction_preview"]
    body = correction.json()
    assert correction.status_code == 200
    assert body["solution_text"] and body["explanation_html"]
    skill = content.skills_by_id[content.challenges_by_id[challenge_id].skill_id]
    assert [t["id"] for t in body["tutorials"]] == list(skill.tutorial_ids)
    assert as_karim.status_code == 404 and unknown.status_code == 404


async def test_my_participations_say_what_is_left_to_do(
    client: httpx.AsyncClient, code: str, content: LearningContent
):
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")
    joined = (await join(client, code, headers)).json()

    started = (await client.get("/api/v1/me/participations", headers=headers)).json()["items"]
    await play_to_the_end(client, joined["assessment_id"], headers)
    to_share = (await client.get("/api/v1/me/participations", headers=headers)).json()["items"]
    await client.post(f"/api/v1/campaign-participations/{joined['id']}/share", headers=headers)
    shared = (await client.get("/api/v1/me/participations", headers=headers)).json()["items"]

    assert [(p["status"], p["campaign_code"], p["campaign_title"]) for p in started] == [
        ("STARTED", code, "Diagnostic de rentrée")
    ]
    assert started[0]["organization_name"] == "Mission locale"
    assert [p["status"] for p in to_share] == ["TO_SHARE"]
    assert [(p["status"], p["mastery_percent"]) for p in shared] == [("SHARED", 0)]


async def test_my_participations_say_when_the_organisation_archived_the_campaign(
    client: httpx.AsyncClient, code: str, content: LearningContent
):
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")
    joined = (await join(client, code, headers)).json()
    before = (await client.get("/api/v1/me/participations", headers=headers)).json()["items"]
    counsellor = await bearer(client, "conseillere@example.org")
    (membership,) = (await client.get("/api/v1/me/memberships", headers=counsellor)).json()["items"]
    (campaign,) = (
        await client.get(
            f"/api/v1/organizations/{membership['organization']['id']}/campaigns",
            headers=counsellor,
        )
    ).json()["items"]
    campaign = campaign["campaign"]
    archived = await client.put(f"/api/v1/campaigns/{campaign['id']}/archive", headers=counsellor)
    after = (await client.get("/api/v1/me/participations", headers=headers)).json()["items"]

    assert archived.status_code == 200, archived.text
    assert [(p["id"], p["disabled_at"]) for p in before] == [(joined["id"], None)]
    assert [(p["id"], p["disabled_at"]) for p in after] == [
        (joined["id"], archived.json()["archived_at"])
    ]


async def test_the_profile_counts_pix_from_campaign_answers(
    client: httpx.AsyncClient, code: str, content: LearningContent
):
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")
    empty = (await client.get("/api/v1/me/profile", headers=headers)).json()
    assessment_id = (await join(client, code, headers)).json()["assessment_id"]
    await play_to_the_end(client, assessment_id, headers, answers=content)
    profile = (await client.get("/api/v1/me/profile", headers=headers)).json()

    assert empty["total_pix"] == 0 and empty["competences"][0]["status"] == "NOT_STARTED"
    (card,) = profile["competences"]
    # Three skills validated: 4 + 4 (level 1 shared by two skills) + 4 (lone level 2) = 12 pix.
    assert (card["index"], card["pix"], card["level"], card["status"]) == ("9.1", 12, 1, "STARTED")
    assert profile["total_pix"] == 12 and profile["max_pix"] == 1024
    assert profile["certifiable"] is False


async def test_a_shown_challenge_can_be_reported_and_administrators_read_the_reports(
    client: httpx.AsyncClient, code: str, container: Container
):
    from tests.integration.test_organizations import make_super_admin

    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")
    assessment_id = (await join(client, code, headers)).json()["assessment_id"]
    shown = (
        await client.get(f"/api/v1/assessments/{assessment_id}/next-challenge", headers=headers)
    ).json()["challenge"]["id"]
    url = f"/api/v1/assessments/{assessment_id}/challenge-reports"

    reported = await client.post(
        url,
        json={"challenge_id": shown, "comment": "  L'image ne s'affiche pas.  "},
        headers=headers,
    )
    not_shown = await client.post(
        url, json={"challenge_id": "@autre1-a", "comment": "?"}, headers=headers
    )
    empty = await client.post(url, json={"challenge_id": shown, "comment": "   "}, headers=headers)
    await make_super_admin(container, "root@example.org")
    as_learner = await client.get("/api/v1/admin/challenge-reports", headers=headers)
    as_admin = await client.get(
        "/api/v1/admin/challenge-reports", headers=await bearer(client, "root@example.org")
    )

    assert reported.status_code == 201 and reported.json()["comment"] == "L'image ne s'affiche pas."
    assert not_shown.status_code == 409 and empty.status_code == 422
    assert as_learner.status_code == 403
    assert [(r["challenge_id"], r["comment"]) for r in as_admin.json()["items"]] == [
        (shown, "L'image ne s'affiche pas.")
    ]


async def test_failed_skills_recommend_tutorials_that_can_be_saved_and_rated(
    client: httpx.AsyncClient, code: str, content: LearningContent
):
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")
    assessment_id = (await join(client, code, headers)).json()["assessment_id"]
    await play_to_the_end(client, assessment_id, headers)
    recommended = (await client.get("/api/v1/me/tutorials/recommended", headers=headers)).json()[
        "items"
    ]
    first = recommended[0]["id"]
    for _ in range(2):  # saving twice is harmless
        assert (
            await client.put(f"/api/v1/me/saved-tutorials/{first}", headers=headers)
        ).status_code == 204
    rated = await client.put(
        f"/api/v1/me/tutorial-evaluations/{first}", json={"useful": True}, headers=headers
    )
    saved = (await client.get("/api/v1/me/tutorials/saved", headers=headers)).json()["items"]
    unknown = await client.put("/api/v1/me/saved-tutorials/tuto-inconnu", headers=headers)
    await client.delete(f"/api/v1/me/saved-tutorials/{first}", headers=headers)
    after = (await client.get("/api/v1/me/tutorials/saved", headers=headers)).json()["items"]

    assert {t["id"] for t in recommended} == {"tuto-91-corbeille", "tuto-91-copier"}
    assert rated.status_code == 204
    assert [(t["id"], t["saved"], t["useful"]) for t in saved] == [(first, True, True)]
    assert unknown.status_code == 404
    assert after == []


async def test_a_competence_evaluation_plays_all_levels_and_feeds_the_profile(
    client: httpx.AsyncClient, content: LearningContent
):
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")

    started = await client.post(
        "/api/v1/competence-evaluations", json={"competence_index": "9.1"}, headers=headers
    )
    resumed = await client.post(
        "/api/v1/competence-evaluations", json={"competence_index": "9.1"}, headers=headers
    )
    unknown = await client.post(
        "/api/v1/competence-evaluations", json={"competence_index": "8.8"}, headers=headers
    )
    assessment_id = started.json()["assessment_id"]
    during = (await client.get("/api/v1/me/profile", headers=headers)).json()
    await play_to_the_end(client, assessment_id, headers, answers=content)
    finished = (await client.get("/api/v1/me/profile", headers=headers)).json()
    after = await client.post(
        "/api/v1/competence-evaluations", json={"competence_index": "9.1"}, headers=headers
    )
    profile = (await client.get("/api/v1/me/profile", headers=headers)).json()

    assert started.status_code == 201 and resumed.status_code == 200
    assert resumed.json()["assessment_id"] == assessment_id
    assert unknown.status_code == 404
    assert after.status_code == 201 and after.json()["assessment_id"] != assessment_id
    assert profile["competences"][0]["pix"] == 12
    assert during["competences"][0]["evaluation_assessment_id"] == assessment_id
    assert finished["competences"][0]["evaluation_assessment_id"] is None
    assert profile["competences"][0]["evaluation_assessment_id"] == after.json()["assessment_id"]


async def test_a_profiles_collection_receives_the_current_profile(
    client: httpx.AsyncClient, container: Container, content: LearningContent
):
    from domain.organizations.model import OrganizationType
    from domain.organizations.use_cases.create_organization import create_organization

    await sign_up(client, email="drh@example.org")
    organization = await create_organization(
        name="Entreprise",
        type=OrganizationType.PRO,
        admin_email="drh@example.org",
        uow=container.uow(),
        clock=container.clock,
    )
    code = (
        await client.post(
            f"/api/v1/organizations/{organization.id}/campaigns",
            json={"name": "Profils 2026", "type": "PROFILES_COLLECTION"},
            headers=await bearer(client, "drh@example.org"),
        )
    ).json()["code"]
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")
    evaluation = (
        await client.post(
            "/api/v1/competence-evaluations", json={"competence_index": "9.1"}, headers=headers
        )
    ).json()
    await play_to_the_end(client, evaluation["assessment_id"], headers, answers=content)
    joined = (await join(client, code, headers)).json()
    sent = await client.post(
        f"/api/v1/campaign-participations/{joined['id']}/share", headers=headers
    )
    cards = (await client.get("/api/v1/me/participations", headers=headers)).json()["items"]

    before = await client.get(
        f"/api/v1/campaign-participations/{joined['id']}/results", headers=headers
    )
    assert before.status_code == 200 and before.json()["completed"] is True
    assert joined["assessment_id"] is None
    assert sent.status_code == 200 and sent.json()["status"] == "SHARED"
    assert sent.json()["pix_score"] == 12
    assert [(c["campaign_code"], c["status"]) for c in cards] == [(code, "SHARED")]


async def play_to_the_end(
    client: httpx.AsyncClient,
    assessment_id: int,
    headers: dict[str, str],
    value: object = "#ABAND#",
    *,
    answers: LearningContent | None = None,
) -> list[str]:
    """Answer until the end: every time `value`, or the right answer taken from `answers`."""
    asked = []
    for _ in range(20):
        step = (
            await client.get(f"/api/v1/assessments/{assessment_id}/next-challenge", headers=headers)
        ).json()
        if step["status"] == "finished":
            return asked
        challenge_id = step["challenge"]["id"]
        asked.append(challenge_id)
        await client.post(
            f"/api/v1/assessments/{assessment_id}/answers",
            json={
                "challenge_id": challenge_id,
                "value": right_answer(answers, challenge_id) if answers else value,
            },
            headers=headers,
        )
    raise AssertionError("never finished")


async def test_improve_before_sharing_and_retry_after_follow_the_four_day_rules(
    client: httpx.AsyncClient, container: Container, content: LearningContent, clock
):
    from datetime import timedelta

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
            json=assessment(external_id_label=None, external_id_type=None, multiple_sendings=True),
            headers=await bearer(client, "conseillere@example.org"),
        )
    ).json()["code"]
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")
    joined = (await join(client, code, headers)).json()
    await play_to_the_end(client, joined["assessment_id"], headers)
    results_url = f"/api/v1/campaign-participations/{joined['id']}/results"

    fresh = (await client.get(results_url, headers=headers)).json()
    too_early = await client.post(
        f"/api/v1/campaign-participations/{joined['id']}/improvement", headers=headers
    )
    clock.advance(timedelta(days=4, minutes=1))
    ready = (await client.get(results_url, headers=headers)).json()
    improved = await client.post(
        f"/api/v1/campaign-participations/{joined['id']}/improvement", headers=headers
    )
    second_round = await play_to_the_end(client, improved.json()["assessment_id"], headers)

    assert fresh["can_improve"] is False and fresh["improve_available_at"]
    assert too_early.status_code == 409 and too_early.json()["code"] == "NOT_ALLOWED_YET"
    assert ready["can_improve"] is True
    assert improved.status_code == 201 and improved.json()["id"] == joined["id"]
    assert improved.json()["assessment_id"] != joined["assessment_id"]
    assert second_round, "the failed skills come back"

    await client.post(f"/api/v1/campaign-participations/{joined['id']}/share", headers=headers)
    not_yet = await client.post(
        f"/api/v1/campaign-participations/{joined['id']}/retry", headers=headers
    )
    clock.advance(timedelta(days=4, minutes=1))
    retried = await client.post(
        f"/api/v1/campaign-participations/{joined['id']}/retry", headers=headers
    )
    cards = (await client.get("/api/v1/me/participations", headers=headers)).json()["items"]

    assert not_yet.status_code == 409
    assert retried.status_code == 201 and retried.json()["id"] != joined["id"]
    assert [(c["id"], c["status"]) for c in cards] == [(retried.json()["id"], "STARTED")]
    # Every answer was a skip: the retry asks failed skills again, not an empty test.
    third_round = await play_to_the_end(client, retried.json()["assessment_id"], headers)
    assert third_round


async def test_retry_needs_a_campaign_with_multiple_sendings(
    client: httpx.AsyncClient, code: str, content: LearningContent, clock
):
    from datetime import timedelta

    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")
    joined = (await join(client, code, headers)).json()
    await play_to_the_end(client, joined["assessment_id"], headers)
    await client.post(f"/api/v1/campaign-participations/{joined['id']}/share", headers=headers)
    clock.advance(timedelta(days=10))

    results = (
        await client.get(f"/api/v1/campaign-participations/{joined['id']}/results", headers=headers)
    ).json()
    retry = await client.post(
        f"/api/v1/campaign-participations/{joined['id']}/retry", headers=headers
    )

    assert results["can_retry"] is False and results["retry_available_at"] is None
    assert retry.status_code == 409


async def test_a_competence_can_be_reset_seven_days_after_its_last_test(
    client: httpx.AsyncClient, content: LearningContent, clock
):
    from datetime import datetime, timedelta

    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")
    untested = await client.post("/api/v1/me/competences/9.1/reset", headers=headers)
    evaluation = (
        await client.post(
            "/api/v1/competence-evaluations", json={"competence_index": "9.1"}, headers=headers
        )
    ).json()
    await play_to_the_end(client, evaluation["assessment_id"], headers, answers=content)
    too_soon = await client.post("/api/v1/me/competences/9.1/reset", headers=headers)
    tested = (await client.get("/api/v1/me/profile", headers=headers)).json()
    clock.advance(timedelta(days=7, minutes=1))
    reset = await client.post("/api/v1/me/competences/9.1/reset", headers=headers)
    profile = (await client.get("/api/v1/me/profile", headers=headers)).json()

    assert untested.status_code == 409
    assert too_soon.status_code == 409 and too_soon.json()["available_at"]
    assert datetime.fromisoformat(
        tested["competences"][0]["reset_available_at"]
    ) == datetime.fromisoformat(too_soon.json()["available_at"])
    assert profile["competences"][0]["reset_available_at"] is None
    assert reset.status_code == 204
    assert profile["competences"][0]["pix"] == 0 and profile["total_pix"] == 0
    assert profile["competences"][0]["status"] == "NOT_STARTED"
