"""The CSV export, parsed back and checked cell by cell against a small campaign computed by hand."""

from __future__ import annotations

import csv
import io
from datetime import date

import httpx
import pytest

from api.composition import Container
from api.content.catalog import check_source
from api.exports.csv_writer import safe_cell
from tests.builders import bearer, sign_up
from tests.integration.test_campaigns import assessment
from tests.integration.test_campaigns import organization_id as organization_id
from tests.integration.test_learner_journey import play_to_the_end
from tests.unit.domain.learning_content.test_content_check import MINI


@pytest.fixture(autouse=True)
def _content(container: Container) -> None:
    container.content.replace(check_source(MINI).content)


async def download(
    client: httpx.AsyncClient, campaign_id: int, headers: dict[str, str]
) -> httpx.Response:
    token = (
        await client.post(f"/api/v1/campaigns/{campaign_id}/export-tokens", headers=headers)
    ).json()
    return await client.get(token["url"])


async def test_the_export_has_pix_columns_and_results_only_for_shared_participants(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    member = await bearer(client, "member@example.org")
    campaign = (
        await client.post(
            f"/api/v1/organizations/{organization_id}/campaigns",
            json=assessment(name="Promo 2026", external_id_label="Numéro de dossier"),
            headers=member,
        )
    ).json()
    mini = container.content.current()
    assert mini is not None
    learners = {}
    for first, last, external in (("Adam", "Aubert", "A-1"), ("Zoé", "Bernard", '=HYPERLINK("x")')):
        email = f"{first.lower()}@example.org"
        await sign_up(client, email=email, first_name=first, last_name=last)
        headers = await bearer(client, email)
        joined = (
            await client.post(
                "/api/v1/campaign-participations",
                json={"campaign_code": campaign["code"], "participant_external_id": external},
                headers=headers,
            )
        ).json()
        learners[first] = (headers, joined)
    adam_headers, adam = learners["Adam"]
    await play_to_the_end(client, adam["assessment_id"], adam_headers, answers=mini)
    await client.post(f"/api/v1/campaign-participations/{adam['id']}/share", headers=adam_headers)

    response = await download(client, campaign["id"], member)

    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert "Resultats-Promo_2026-" in response.headers["content-disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    header, *rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert header == [
        "Nom de l'organisation",
        "ID Campagne",
        "Code de la campagne",
        "Nom de la campagne",
        "Nom du Profil Cible",
        "Nom du Participant",
        "Prénom du Participant",
        "Numéro de dossier",
        "% de progression",
        "Date de début",
        "Partage (O/N)",
        "Date du partage",
        "Badge d'essai obtenu (O/N)",
        "% maitrise de l'ensemble des acquis du profil",
        "% de maitrise des acquis de la compétence Compétence d'essai",
        "Nombre d'acquis du profil cible dans la compétence Compétence d'essai",
        "Acquis maitrisés dans la compétence Compétence d'essai",
        "% de maitrise des acquis du domaine Domaine d'essai",
        "Nombre d'acquis du profil cible du domaine Domaine d'essai",
        "Acquis maitrisés du domaine Domaine d'essai",
    ]
    today = date.today().isoformat()
    by_name = {row[5]: row for row in rows}
    assert by_name["Aubert"] == [
        "Mission locale de Lyon",
        str(campaign["id"]),
        campaign["code"],
        "Promo 2026",
        "Parcours d'essai",
        "Aubert",
        "Adam",
        "A-1",
        "1.0",
        today,
        "Oui",
        today,
        "Oui",
        "1.0",
        "1.0",
        "3",
        "3",
        "1.0",
        "3",
        "3",
    ]
    assert by_name["Bernard"][7] == '\'=HYPERLINK("x")'  # neutralised formula
    assert by_name["Bernard"][8:] == ["0.0", today, "Non", "NA"] + ["NA"] * 8


async def test_the_download_token_is_checked(client: httpx.AsyncClient, organization_id: int):
    member = await bearer(client, "member@example.org")
    campaign = (
        await client.post(
            f"/api/v1/organizations/{organization_id}/campaigns", json=assessment(), headers=member
        )
    ).json()
    other = (
        await client.post(
            f"/api/v1/organizations/{organization_id}/campaigns",
            json=assessment(name="Autre"),
            headers=member,
        )
    ).json()
    token = (
        await client.post(f"/api/v1/campaigns/{campaign['id']}/export-tokens", headers=member)
    ).json()["token"]
    await sign_up(client, email="stranger@example.org")

    wrong_campaign = await client.get(
        f"/api/v1/campaigns/{other['id']}/results.csv", params={"token": token}
    )
    access_token_instead = await client.get(
        f"/api/v1/campaigns/{campaign['id']}/results.csv",
        params={"token": member["Authorization"][7:]},
    )
    stranger = await client.post(
        f"/api/v1/campaigns/{campaign['id']}/export-tokens",
        headers=await bearer(client, "stranger@example.org"),
    )

    assert wrong_campaign.status_code == 401
    assert access_token_instead.status_code == 401
    assert stranger.status_code == 403


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+33 6", "'+33 6"),
        ("-2", "'-2"),
        ("@SUM", "'@SUM"),
        ("Léa", "Léa"),
        (None, ""),
        (0.5, "0.5"),
    ],
)
def test_cells_that_a_spreadsheet_would_run_are_neutralised(value: object, expected: str):
    assert safe_cell(value) == expected


async def test_collective_results_and_analysis_count_only_shared_results(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    from tests.integration.test_learner_journey import play_to_the_end

    member = await bearer(client, "member@example.org")
    campaign = (
        await client.post(
            f"/api/v1/organizations/{organization_id}/campaigns",
            json=assessment(external_id_label=None, external_id_type=None),
            headers=member,
        )
    ).json()
    mini = container.content.current()
    assert mini is not None
    joined = {}
    for first in ("Adam", "Zoé", "Inès"):
        email = f"{first.lower()}@example.org"
        await sign_up(client, email=email, first_name=first)
        headers = await bearer(client, email)
        joined[first] = (
            headers,
            (
                await client.post(
                    "/api/v1/campaign-participations",
                    json={"campaign_code": campaign["code"]},
                    headers=headers,
                )
            ).json(),
        )
    adam_headers, adam = joined["Adam"]
    await play_to_the_end(client, adam["assessment_id"], adam_headers, answers=mini)
    for first in ("Zoé", "Inès"):
        headers, participation = joined[first]
        await play_to_the_end(client, participation["assessment_id"], headers)
    for first in ("Adam", "Zoé"):  # Inès finished but keeps her results
        headers, participation = joined[first]
        await client.post(
            f"/api/v1/campaign-participations/{participation['id']}/share", headers=headers
        )

    analysis = (
        await client.get(f"/api/v1/campaigns/{campaign['id']}/analysis", headers=member)
    ).json()

    assert analysis["shared_participants"] == 2
    (competence,) = analysis["competences"]
    assert (
        competence["index"],
        competence["targeted_skills"],
        competence["average_validated"],
        competence["percent"],
    ) == ("9.1", 3, 1.5, 50)
    # By hand (reference §4.6): Copie: Adam 40+15+20+10=85, Zoé 15 → 50; Corbeille: Adam 100, Zoé 30 → 65.
    assert [(t["tube_id"], t["average_score"], t["relevance_dots"]) for t in analysis["tubes"]] == [
        ("@essaiCopie", 50.0, 3),
        ("@essaiCorbeille", 65.0, 2),
    ]
    assert analysis["tubes"][0]["relevance_label"] == "Fortement recommandé"
