"""A profiles collection in Orga: the profiles sent, listed and exported as they were when sent.

Learners' knowledge is written directly (the real framework: 16 competences), then they send
their profile through the public API; the expected levels and pix are recomputed here from
the content's pix values, without the service's scoring code."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from adaptive.types import KnowledgeElement, KnowledgeSource, KnowledgeStatus
from api.composition import Container
from api.content.catalog import check_source
from domain.learning_content.model import LearningContent
from domain.organizations.model import MembershipRole, OrganizationType
from domain.organizations.use_cases.add_member import add_member
from domain.organizations.use_cases.create_organization import create_organization
from tests.builders import bearer, sign_up


@cache
def real_content() -> LearningContent:
    return check_source().content


@pytest.fixture
async def organization_id(client: httpx.AsyncClient, container: Container) -> int:
    container.content.replace(real_content())
    await sign_up(client, email="admin@example.org")
    await sign_up(client, email="member@example.org")
    organization = await create_organization(
        name="Cité des métiers",
        type=OrganizationType.PRO,
        admin_email="admin@example.org",
        uow=container.uow(),
        clock=container.clock,
    )
    await add_member(
        organization_id=organization.id or 0,
        email="member@example.org",
        role=MembershipRole.MEMBER,
        uow=container.uow(),
        clock=container.clock,
    )
    return organization.id or 0


async def give_knowledge(
    container: Container,
    user_id: int,
    skill_ids: Iterable[str],
    status: KnowledgeStatus = KnowledgeStatus.VALIDATED,
    at: datetime | None = None,
) -> None:
    content = real_content()
    moment = at or datetime.now(UTC) - timedelta(hours=1)
    async with container.uow() as uow:
        await uow.knowledge.add(
            user_id,
            [
                KnowledgeElement(
                    skill_id=s,
                    status=status,
                    source=KnowledgeSource.DIRECT,
                    created_at=moment,
                    competence_id=content.skills_by_id[s].competence_index,
                )
                for s in skill_ids
            ],
        )
        await uow.commit()


def skills_of(competence: str, levels: Iterable[int]) -> list[str]:
    wanted = set(levels)
    return [
        s.id
        for s in real_content().skills
        if s.competence_index == competence and s.level in wanted
    ]


def expected_profile(validated: set[str]) -> dict[str, tuple[int, int]]:
    """(level, pix) per competence index, from the content's pix values (Pix's rules)."""
    result = {}
    for competence in real_content().competences:
        exact = sum(
            s.pix_value
            for s in real_content().skills
            if s.competence_index == competence.index and s.id in validated
        )
        exact = round(exact, 9)
        result[competence.index] = (min(math.floor(exact / 8), 5), min(math.floor(exact), 40))
    return result


async def learner(client: httpx.AsyncClient, first: str, last: str) -> tuple[int, dict[str, str]]:
    email = f"{first.lower()}.{last.lower()}@example.org"
    user = await sign_up(client, email=email, first_name=first, last_name=last)
    return user["id"], await bearer(client, email)


async def test_orga_sees_only_shared_profiles_as_they_were_sent_and_exports_them(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    member = await bearer(client, "member@example.org")
    created = await client.post(
        f"/api/v1/organizations/{organization_id}/campaigns",
        json={
            "name": "Profils 2026",
            "type": "PROFILES_COLLECTION",
            "external_id_label": "Matricule",
            "external_id_type": "STRING",
        },
        headers=member,
    )
    assert created.status_code == 201, created.text
    campaign = created.json()
    # Anna: levels 1-2 validated in five competences (certifiable), one level-3 skill failed.
    anna_validated = {s for c in ("1.1", "2.1", "3.1", "4.1", "5.1") for s in skills_of(c, (1, 2))}
    # Bruno: level 1 of one competence; more after sending, which the organisation never sees.
    bruno_validated = set(skills_of("1.2", (1,)))
    anna_id, anna = await learner(client, "Anna", "Zeller")
    bruno_id, bruno = await learner(client, "Bruno", "Arnaud")
    _, chloe = await learner(client, "Chloé", "Martin")
    await give_knowledge(container, anna_id, anna_validated)
    await give_knowledge(container, anna_id, skills_of("1.1", (3,)), KnowledgeStatus.INVALIDATED)
    await give_knowledge(container, bruno_id, bruno_validated)
    participations = {}
    for name, headers, external in (
        ("anna", anna, "M-1"),
        ("bruno", bruno, "=1+2"),
        ("chloe", chloe, "M-3"),
    ):
        joined = await client.post(
            "/api/v1/campaign-participations",
            json={"campaign_code": campaign["code"], "participant_external_id": external},
            headers=headers,
        )
        assert joined.status_code == 201, joined.text
        participations[name] = joined.json()
    for name, headers in (("anna", anna), ("bruno", bruno)):
        sent = await client.post(
            f"/api/v1/campaign-participations/{participations[name]['id']}/share",
            headers=headers,
        )
        assert sent.status_code == 200, sent.text
    await give_knowledge(
        container, bruno_id, skills_of("1.2", (2, 3)), at=datetime.now(UTC) + timedelta(hours=1)
    )

    listed = await client.get(f"/api/v1/campaigns/{campaign['id']}/profiles", headers=member)
    token = (
        await client.post(f"/api/v1/campaigns/{campaign['id']}/export-tokens", headers=member)
    ).json()
    exported = await client.get(token["url"])

    assert listed.status_code == 200, listed.text
    body = listed.json()
    assert body["total"] == 2
    assert [(i["last_name"], i["external_id"]) for i in body["items"]] == [
        ("Arnaud", "=1+2"),
        ("Zeller", "M-1"),
    ]
    expected = {
        "Arnaud": expected_profile(bruno_validated),
        "Zeller": expected_profile(anna_validated),
    }
    for item in body["items"]:
        levels = expected[item["last_name"]]
        assert [(c["index"], c["level"], c["pix"]) for c in item["competences"]] == [
            (index, level, pix) for index, (level, pix) in levels.items()
        ]
        assert item["total_pix"] == sum(pix for _, pix in levels.values())
        certifiable_count = sum(1 for level, _ in levels.values() if level >= 1)
        assert item["certifiable_competences"] == certifiable_count
        assert item["certifiable"] is (certifiable_count >= 5)
    anna_item = body["items"][1]
    assert anna_item["certifiable"] is True and anna_item["total_pix"] > 0

    assert exported.status_code == 200
    assert exported.headers["content-type"] == "text/csv; charset=utf-8"
    assert "Resultats-Profils_2026-" in exported.headers["content-disposition"]
    text = exported.content.decode("utf-8")
    assert text.startswith("\ufeff")
    header, *rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    competences = real_content().competences
    assert header == [
        "Nom de l'organisation",
        "ID Campagne",
        "Code de la campagne",
        "Nom de la campagne",
        "Nom du Participant",
        "Prénom du Participant",
        "Matricule",
        "Envoi (O/N)",
        "Date de l'envoi",
        "Nombre de pix total",
        "Certifiable (O/N)",
        "Nombre de compétences certifiables",
    ] + [
        label
        for c in competences
        for label in (
            f"Niveau pour la compétence {c.name['fr']}",
            f"Nombre de pix pour la compétence {c.name['fr']}",
        )
    ]
    assert len(header) == 12 + 2 * 16
    today = date.today().isoformat()
    by_name = {row[4]: row for row in rows}
    assert sorted(by_name) == ["Arnaud", "Martin", "Zeller"]
    for last, first, external in (("Zeller", "Anna", "M-1"), ("Arnaud", "Bruno", "'=1+2")):
        levels = expected[last]
        certifiable_count = sum(1 for level, _ in levels.values() if level >= 1)
        assert by_name[last] == [
            "Cité des métiers",
            str(campaign["id"]),
            campaign["code"],
            "Profils 2026",
            last,
            first,
            external,
            "Oui",
            today,
            str(sum(pix for _, pix in levels.values())),
            "Oui" if certifiable_count >= 5 else "Non",
            str(certifiable_count),
        ] + [str(value) for c in competences for value in levels[c.index]]
    assert by_name["Zeller"][10] == "Oui" and by_name["Arnaud"][10] == "Non"
    assert by_name["Martin"][:9] == [
        "Cité des métiers",
        str(campaign["id"]),
        campaign["code"],
        "Profils 2026",
        "Martin",
        "Chloé",
        "M-3",
        "Non",
        "NA",
    ]
    assert by_name["Martin"][9:] == ["NA"] * (3 + 32)


async def test_profiles_are_for_members_and_only_for_profiles_collections(
    client: httpx.AsyncClient, organization_id: int
):
    member = await bearer(client, "member@example.org")
    assessment = (
        await client.post(
            f"/api/v1/organizations/{organization_id}/campaigns",
            json={
                "name": "Évaluation",
                "type": "ASSESSMENT",
                "target_profile_id": "pix-emploi-diagnostic",
                "title": "Diagnostic",
            },
            headers=member,
        )
    ).json()
    collection = (
        await client.post(
            f"/api/v1/organizations/{organization_id}/campaigns",
            json={"name": "Profils", "type": "PROFILES_COLLECTION"},
            headers=member,
        )
    ).json()
    _, stranger = await learner(client, "Sam", "Inconnu")

    not_a_collection = await client.get(
        f"/api/v1/campaigns/{assessment['id']}/profiles", headers=member
    )
    empty = await client.get(f"/api/v1/campaigns/{collection['id']}/profiles", headers=member)
    refused = await client.get(f"/api/v1/campaigns/{collection['id']}/profiles", headers=stranger)

    assert not_a_collection.status_code == 404
    assert not_a_collection.json()["code"] == "NOT_A_PROFILES_COLLECTION"
    assert empty.status_code == 200 and empty.json()["items"] == [] and empty.json()["total"] == 0
    assert refused.status_code == 403


async def new_collection(
    client: httpx.AsyncClient, organization_id: int, member: dict[str, str], **fields: object
) -> dict[str, Any]:
    response = await client.post(
        f"/api/v1/organizations/{organization_id}/campaigns",
        json={"name": "Profils", "type": "PROFILES_COLLECTION", **fields},
        headers=member,
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def send_profiles(
    client: httpx.AsyncClient,
    container: Container,
    code: str,
    learners: Iterable[tuple[str, str, str, bool]],
) -> None:
    """Each (first, last, external id, certifiable) learner joins and sends a profile:
    a certifiable one has levels 1-2 in five competences, the others level 1 in one."""
    certifiable_skills = {
        s for c in ("1.1", "2.1", "3.1", "4.1", "5.1") for s in skills_of(c, (1, 2))
    }
    for first, last, external, certifiable in learners:
        user_id, headers = await learner(client, first, last)
        await give_knowledge(
            container, user_id, certifiable_skills if certifiable else skills_of("1.2", (1,))
        )
        joined = await client.post(
            "/api/v1/campaign-participations",
            json={"campaign_code": code, "participant_external_id": external},
            headers=headers,
        )
        assert joined.status_code == 201, joined.text
        sent = await client.post(
            f"/api/v1/campaign-participations/{joined.json()['id']}/share", headers=headers
        )
        assert sent.status_code == 200, sent.text


async def test_profiles_are_found_by_name_external_id_and_certifiability_with_paged_totals(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    member = await bearer(client, "member@example.org")
    campaign = await new_collection(
        client,
        organization_id,
        member,
        name="Conseil emploi",
        external_id_label="Identifiant France Travail",
        external_id_type="STRING",
    )
    await send_profiles(
        client,
        container,
        campaign["code"],
        [
            ("Jean", "Dupont", "FT-100", True),
            ("Jeanne", "Durand", "FT-200", False),
            ("Paul", "Jeannot", "FT-300", True),
            ("Léa", "Martin", "X_1%", False),
            ("Marc", "Petit", "FT-500", True),
        ],
    )

    async def names(**params: object) -> tuple[int, list[str]]:
        answer = await client.get(
            f"/api/v1/campaigns/{campaign['id']}/profiles", params=params, headers=member
        )
        assert answer.status_code == 200, answer.text
        body = answer.json()
        return body["total"], [i["last_name"] for i in body["items"]]

    # "jean" is in two first names and one last name; case and blanks do not matter.
    assert await names(search="  JEAN ") == (3, ["Dupont", "Durand", "Jeannot"])
    assert await names(search="jean dupont") == (1, ["Dupont"])
    assert await names(search="Dupont   Jean") == (1, ["Dupont"])
    assert await names(search="ft-3") == (1, ["Jeannot"])
    # LIKE's wildcards are plain characters.
    assert await names(search="_1%") == (1, ["Martin"])
    assert await names(search="%") == (1, ["Martin"])
    assert await names(search="personne") == (0, [])
    assert await names(search="") == (5, ["Dupont", "Durand", "Jeannot", "Martin", "Petit"])
    # Certifiability as sent, and the total counts matching profiles, not the page.
    assert await names(certifiable="true") == (3, ["Dupont", "Jeannot", "Petit"])
    assert await names(certifiable="false") == (2, ["Durand", "Martin"])
    assert await names(certifiable="true", page_size=2) == (3, ["Dupont", "Jeannot"])
    assert await names(certifiable="true", page_size=2, page=2) == (3, ["Petit"])
    assert await names(certifiable="true", search="jean") == (2, ["Dupont", "Jeannot"])
    assert await names(certifiable="false", search="jean") == (1, ["Durand"])
    listed = await client.get(
        f"/api/v1/campaigns/{campaign['id']}/profiles",
        params={"certifiable": "false"},
        headers=member,
    )
    assert all(item["certifiable"] is False for item in listed.json()["items"])
    # The participants list searches by the same rule.
    participants = await client.get(
        f"/api/v1/campaigns/{campaign['id']}/participants",
        params={"search": "dupont jean"},
        headers=member,
    )
    assert [p["last_name"] for p in participants.json()["items"]] == ["Dupont"]


async def test_profiles_sent_before_certifiability_was_stored_are_filtered_too(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    member = await bearer(client, "member@example.org")
    campaign = await new_collection(client, organization_id, member, name="Anciens envois")
    await send_profiles(
        client,
        container,
        campaign["code"],
        [("Anna", "Zeller", "", True), ("Bruno", "Arnaud", "", False)],
    )
    # As before migration 0011: nothing stored; Anna's even sent before snapshots (0008).
    async with container.engine.begin() as connection:
        await connection.execute(text("UPDATE campaign_participations SET is_certifiable = NULL"))
        await connection.execute(
            text(
                "UPDATE campaign_participations SET validated_skill_ids = NULL WHERE user_id = "
                "(SELECT id FROM users WHERE last_name = 'Zeller')"
            )
        )

    certifiable = await client.get(
        f"/api/v1/campaigns/{campaign['id']}/profiles",
        params={"certifiable": "true"},
        headers=member,
    )
    not_certifiable = await client.get(
        f"/api/v1/campaigns/{campaign['id']}/profiles",
        params={"certifiable": "false"},
        headers=member,
    )

    assert [(i["last_name"], i["certifiable"]) for i in certifiable.json()["items"]] == [
        ("Zeller", True)
    ]
    assert certifiable.json()["total"] == 1
    assert [(i["last_name"], i["certifiable"]) for i in not_certifiable.json()["items"]] == [
        ("Arnaud", False)
    ]
    async with container.engine.connect() as connection:
        stored = await connection.execute(
            text("SELECT is_certifiable FROM campaign_participations ORDER BY id")
        )
        assert [bool(row[0]) for row in stored] == [True, False]


@pytest.mark.parametrize(
    ("params", "field", "code"),
    [
        ({"certifiable": "peut-être"}, "certifiable", "INVALID_VALUE"),
        ({"search": "x" * 256}, "search", "TOO_LONG"),
        ({"page": "0"}, "page", "INVALID_VALUE"),
    ],
)
async def test_bad_profile_filters_are_refused_with_the_field_in_error(
    client: httpx.AsyncClient, organization_id: int, params: dict[str, str], field: str, code: str
):
    member = await bearer(client, "member@example.org")
    campaign = await new_collection(client, organization_id, member)

    refused = await client.get(
        f"/api/v1/campaigns/{campaign['id']}/profiles", params=params, headers=member
    )

    assert refused.status_code == 422
    problem = refused.json()
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert problem["code"] == "VALIDATION_ERROR"
    assert [(e["field"], e["code"]) for e in problem["errors"]] == [(field, code)]
