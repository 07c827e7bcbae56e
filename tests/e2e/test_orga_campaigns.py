"""Orga's campaign screens in a real browser: a new organisation's administrator creates a
campaign, finds it in the list, copies its code, follows a learner and exports the results;
another takes a participant out and deletes the campaign."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import httpx
from playwright.sync_api import Page, expect

from tests.e2e.axe import assert_no_serious_violations
from tests.e2e.conftest import screenshot
from tests.e2e.learner import SUPER_ADMIN, open_profiles_collection, token


def _sign_up(
    http: httpx.Client, first_name: str, last_name: str, email: str, password: str
) -> None:
    created = http.post(
        "/api/v1/users",
        json={
            "first_name": first_name,
            "last_name": last_name,
            "email": email,
            "password": password,
            "terms_accepted": True,
        },
    )
    assert created.status_code == 201, created.text


def test_an_administrator_creates_a_campaign_and_follows_its_participants(
    page: Page, server_url: str
):
    suffix = uuid.uuid4().hex[:8]
    admin = (f"orga.campagnes.{suffix}@example.org", "Orga-Admin-2026")
    learner = (f"apprenant.{suffix}@example.org", "Apprenant-2026")
    with httpx.Client(base_url=server_url, timeout=10) as http:
        _sign_up(http, "Camille", "Prescriptrice", *admin)
        opened = http.post(
            "/api/v1/admin/organizations",
            headers=token(http, *SUPER_ADMIN, "pix-admin"),
            json={"name": f"Mission locale {suffix}", "type": "PRO", "admin_email": admin[0]},
        )
        assert opened.status_code == 201, opened.text

    # Log in, accept the terms: the first-use empty state.
    page.goto("/orga/")
    page.get_by_label("Adresse e-mail").fill(admin[0])
    page.get_by_label("Mot de passe", exact=True).fill(admin[1])
    page.get_by_role("button", name="Je me connecte").click()
    page.get_by_role("button", name="J'accepte les conditions d'utilisation").click()
    expect(page.get_by_text("Créez votre première campagne")).to_be_visible()

    # Create a campaign on the Diagnostic initial.
    page.get_by_role("link", name="Créer une campagne").click()
    expect(page.get_by_role("heading", name="Création d'une campagne")).to_be_visible()
    name = f"Garantie jeunes {suffix}"
    page.get_by_label("Nom de la campagne").fill(name)
    page.get_by_label("Que souhaitez-vous tester ?").select_option(
        label="Pix emploi – Diagnostic initial"
    )
    page.get_by_role("radio", name="Oui").check()
    page.get_by_label("Libellé de l'identifiant").fill("Nom et prénom")
    page.get_by_label("Titre du parcours").fill("Diagnostic Pix emploi")
    page.get_by_label("Texte de la page d'accueil").fill(
        "Bienvenue !\n\n- **mesurer** vos compétences ;\n- *progresser*."
    )
    screenshot(page, "orga-campaign-creation")
    page.get_by_role("button", name="Créer la campagne").click()

    expect(page.get_by_role("heading", level=1, name=name)).to_be_visible()
    campaign_url = page.url
    assert re.search(r"/orga/campagnes/\d+$", campaign_url), campaign_url

    # It is in the list.
    page.get_by_role("link", name="← Retour aux campagnes").click()
    table = page.get_by_role("table")
    expect(table.get_by_role("link", name=name)).to_be_visible()
    expect(table.get_by_role("row", name=re.compile(name))).to_contain_text("Camille Prescriptrice")
    screenshot(page, "orga-campaigns-list")

    # Open it and copy the code.
    table.get_by_role("link", name=name).click()
    expect(page.get_by_role("heading", level=1, name=name)).to_be_visible()
    code = page.locator(".campaign-header__code").inner_text().strip()
    assert re.fullmatch(r"[A-Z]{6}\d{3}", code), code
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_role("button", name="Copier le code").click()
    expect(page.get_by_text("Code copié !")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == code
    expect(page.get_by_text("Aucun participant pour le moment.", exact=False)).to_be_visible()

    # A learner joins through the API; the participants tab shows them as testing.
    with httpx.Client(base_url=server_url, timeout=10) as http:
        _sign_up(http, "Léa", "Apprenante", *learner)
        joined = http.post(
            "/api/v1/campaign-participations",
            headers=token(http, *learner, "pix-app"),
            json={"campaign_code": code, "participant_external_id": "Léa Apprenante"},
        )
        assert joined.status_code in (200, 201), joined.text

    page.reload()
    participants = page.get_by_role("table", name=re.compile("Participants"))
    row = participants.get_by_role("row", name=re.compile("Apprenante"))
    expect(row).to_contain_text("En cours de test")
    expect(row).to_contain_text("Léa Apprenante")
    expect(page.get_by_role("tab", name="Participants (1)")).to_be_visible()
    screenshot(page, "orga-campaign-participants")

    page.get_by_role("tab", name="Détails").click()
    expect(page.get_by_role("tabpanel")).to_contain_text("Pix emploi – Diagnostic initial")
    screenshot(page, "orga-campaign-details")

    # Export the results.
    with page.expect_download() as info:
        page.get_by_role("button", name="Exporter les résultats (.csv)").click()
    download = info.value
    path = download.path()
    assert path is not None
    content = Path(path).read_text(encoding="utf-8-sig")
    header = content.splitlines()[0]
    assert header.startswith("Nom de l'organisation;ID Campagne;"), header
    assert "Apprenante" in content

    # Tablet width: the campaign page still fits.
    page.set_viewport_size({"width": 768, "height": 1024})
    page.get_by_role("tab", name="Participants (1)").click()
    expect(page.get_by_role("row", name=re.compile("Apprenante"))).to_contain_text(
        "En cours de test"
    )
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 768, width
    screenshot(page, "orga-campaign-tablet")


def test_an_administrator_takes_a_participant_out_then_deletes_the_campaign(
    page: Page, server_url: str
):
    admin, campaign_id = open_profiles_collection(server_url, learners=2)
    page.goto("/orga/connexion")
    page.get_by_label("Adresse e-mail").fill(admin[0])
    page.get_by_label("Mot de passe", exact=True).fill(admin[1])
    page.get_by_role("button", name="Je me connecte").click()
    expect(page.get_by_role("heading", level=1, name="Campagnes")).to_be_visible()
    page.goto(f"/orga/campagnes/{campaign_id}")
    table = page.get_by_role("table", name=re.compile("Participants : 2 au total"))
    expect(table).to_be_visible()

    # One participant out: asked first, said after, gone from the list and the counts.
    page.get_by_role("button", name="Supprimer la participation de Léa Profil0").click()
    confirm = page.get_by_role("group", name="Supprimer la participation de Léa Profil0 ?")
    expect(confirm).to_be_focused()
    assert_no_serious_violations(page, "the participant deletion's confirmation")
    screenshot(page, "orga-participant-deletion")
    confirm.get_by_role("button", name="Oui, supprimer la participation").click()
    expect(page.get_by_text("La participation de Léa Profil0 a été supprimée.")).to_be_visible()
    expect(page.get_by_role("table", name=re.compile("Participants : 1 au total"))).to_be_visible()
    expect(page.get_by_role("row", name=re.compile("Profil0"))).to_have_count(0)
    expect(page.get_by_role("tab", name="Participants (1)")).to_be_visible()

    # The whole campaign: the list says so, and the organisation has no campaign left.
    page.get_by_role("button", name="Supprimer la campagne").click()
    expect(page.get_by_role("group", name="Supprimer cette campagne ?")).to_contain_text(
        "Cette action est définitive."
    )
    page.get_by_role("button", name="Oui, supprimer la campagne").click()
    expect(
        page.get_by_text(re.compile(r"La campagne « Collecte \w+ » a été supprimée\."))
    ).to_be_visible()
    expect(page.get_by_text("Créez votre première campagne")).to_be_visible()
    assert page.url.endswith("/orga/campagnes")
    page.goto(f"/orga/campagnes/{campaign_id}")
    expect(page.get_by_role("heading", level=1, name="Campagne introuvable")).to_be_visible()
