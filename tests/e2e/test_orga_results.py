"""Orga's results in a real browser: the demo administrator invites a member through Équipe,
the member joins from the e-mailed link and creates a campaign; a learner plays it in another
browser; Orga shows nothing of the result until the learner shares, then the %, the individual
and collective results, the activity and the analysis; once archived, the code no longer opens."""

from __future__ import annotations

import asyncio
import re
import uuid
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import httpx
from playwright.sync_api import Page, expect

from api.content.catalog import check_source
from api.settings import ROOT
from tests.e2e.conftest import screenshot
from tests.e2e.learner import open_profiles_collection
from tests.e2e.test_campaign_journey import TITLE
from tests.integration.test_learner_journey import play_to_the_end

ADMIN = ("admin.orga@example.org", "Demo-Admin-2026")
ORGANIZATION = "Organisation de démonstration"


def _log_in_to_orga(page: Page, email: str, password: str) -> None:
    page.goto("/orga/connexion")
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_label("Mot de passe", exact=True).fill(password)
    page.get_by_role("button", name="Je me connecte").click()
    accept = page.get_by_role("button", name="J'accepte les conditions d'utilisation")
    campaigns = page.get_by_role("heading", level=1, name="Campagnes")
    expect(accept.or_(campaigns)).to_be_visible()
    if accept.is_visible():  # the demo administrator accepts the terms once
        accept.click()
        expect(campaigns).to_be_visible()


def _invitation_link(server_url: str, email: str) -> str:
    mails = httpx.get(f"{server_url}/api/v1/dev/outbox", timeout=10).json()
    mail = next(m for m in mails if m["to"] == email)
    assert mail["subject"] == f"Invitation à rejoindre {ORGANIZATION} sur Pix Orga"
    found = re.search(r"https?://\S+/orga/rejoindre\?invitation=\d+&code=\S+", mail["text"])
    assert found, mail["text"]
    link = urlsplit(found.group(0))
    return f"{link.path}?{link.query}"  # the mail names PIX_PUBLIC_URL, not the test server


def _finish_through_the_api(server_url: str, assessment_id: int, email: str, password: str) -> None:
    """Right answers to every question, over HTTP (the browser journey has its own test)."""
    content = check_source(ROOT / "content").content

    async def play() -> None:
        async with httpx.AsyncClient(base_url=server_url, timeout=20) as http:
            token = await http.post(
                "/api/v1/token",
                data={
                    "grant_type": "password",
                    "username": email,
                    "password": password,
                    "client_id": "pix-app",
                },
            )
            headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
            await play_to_the_end(http, assessment_id, headers, answers=content)

    # Playwright's sync API keeps a loop running in this thread: play in another one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, play()).result()


def test_results_reach_orga_only_once_shared(browser, page: Page, server_url: str):  # type: ignore[no-untyped-def]
    suffix = uuid.uuid4().hex[:8]
    member = (f"conseiller.{suffix}@example.org", "Conseil-2026")
    learner = (f"apprenant.{suffix}@example.org", "Apprenant-2026")

    # The administrator invites a member from the team page.
    _log_in_to_orga(page, *ADMIN)
    page.get_by_role("navigation", name="Sections de Pix Orga").get_by_role(
        "link", name="Équipe"
    ).click()
    expect(page.get_by_role("heading", level=1, name="Équipe")).to_be_visible()
    members = page.get_by_role("table", name=re.compile("par ordre alphabétique"))
    expect(members.get_by_role("row", name=re.compile("Durand"))).to_contain_text("Administrateur")
    page.get_by_label("Adresse e-mail").fill(member[0])
    page.get_by_label("Rôle", exact=True).select_option(label="Membre")
    page.get_by_role("button", name="Inviter").click()
    expect(page.get_by_text(f"Une invitation a été envoyée à {member[0]}.")).to_be_visible()
    pending = page.get_by_role("table", name="Invitations envoyées et pas encore acceptées")
    expect(pending.get_by_role("row", name=re.compile(re.escape(member[0])))).to_be_visible()
    screenshot(page, "orga-team")

    # The member opens the e-mailed link in a fresh browser, creates an account and joins.
    link = _invitation_link(server_url, member[0])
    member_context = browser.new_context(base_url=server_url, locale="fr-FR")
    orga = member_context.new_page()
    orga.set_default_timeout(15_000)
    orga.goto(link)
    expect(
        orga.get_by_role("heading", level=1, name=f"Rejoindre « {ORGANIZATION} » sur Pix Orga")
    ).to_be_visible()
    orga.get_by_role("button", name="Je crée mon compte Pix").click()
    orga.get_by_label("Prénom").fill("Sacha")
    orga.get_by_label("Nom", exact=True).fill("Conseiller")
    orga.get_by_label("Adresse e-mail").fill(member[0])
    orga.get_by_label("Mot de passe", exact=True).fill(member[1])
    orga.get_by_label("J'accepte les conditions d'utilisation de Pix").check()
    orga.get_by_role("button", name="Créer mon compte").click()
    orga.get_by_role("button", name="Rejoindre l'organisation").click()
    orga.get_by_role("button", name="J'accepte les conditions d'utilisation").click()
    expect(orga.get_by_role("heading", level=1, name="Campagnes")).to_be_visible()
    expect(orga.get_by_text(ORGANIZATION)).to_be_visible()

    # The link served once: opened again, it says so and leads to Orga.
    orga.goto(link)
    expect(orga.get_by_text("Cette invitation a déjà été acceptée.")).to_be_visible()
    expect(orga.get_by_role("link", name="Accéder à Pix Orga")).to_be_visible()

    # The administrator's team page: the new member is in, the invitation no longer pending.
    page.reload()
    expect(members.get_by_role("row", name=re.compile("Conseiller"))).to_contain_text("Membre")
    expect(page.get_by_role("button", name=f"Renvoyer {member[0]}")).to_have_count(0)

    # The member creates a campaign on the Diagnostic initial.
    orga.goto("/orga/campagnes/creation")
    name = f"Accompagnement {suffix}"
    orga.get_by_label("Nom de la campagne").fill(name)
    orga.get_by_label("Que souhaitez-vous tester ?").select_option(
        label="Pix emploi – Diagnostic initial"
    )
    orga.get_by_role("radio", name="Non").check()
    orga.get_by_label("Titre du parcours").fill(TITLE)
    orga.get_by_role("button", name="Créer la campagne").click()
    expect(orga.get_by_role("heading", level=1, name=name)).to_be_visible()
    campaign_url = orga.url
    code = orga.locator(".campaign-header__code").inner_text().strip()

    # A learner, in a second browser, joins with the code and reaches the first question.
    learner_context = browser.new_context(base_url=server_url, locale="fr-FR")
    app = learner_context.new_page()
    app.set_default_timeout(15_000)
    app.goto(f"/campagnes/{code}")
    app.get_by_role("button", name="Je commence").click()
    app.get_by_label("Prénom").fill("Inès")
    app.get_by_label("Nom", exact=True).fill("Apprenante")
    app.get_by_label("Adresse e-mail").fill(learner[0])
    app.get_by_label("Mot de passe", exact=True).fill(learner[1])
    app.get_by_label("J'accepte les conditions d'utilisation de Pix").check()
    app.get_by_role("button", name="Je m'inscris").click()
    for _ in range(3):
        app.get_by_role("button", name="Suivant").click()
    app.get_by_role("button", name="C'est parti").click()
    expect(app).to_have_url(re.compile(r"/evaluation/\d+$"))
    assessment_id = int(app.url.rsplit("/", 1)[1])

    # The learner finishes but keeps the results: Orga sees "En attente" and no result.
    _finish_through_the_api(server_url, assessment_id, *learner)
    app.goto(f"/campagnes/{code}/resultats")
    expect(app.get_by_text("des compétences testées")).to_be_visible()
    mastery = app.locator(".results__percent").inner_text()
    percent = re.search(r"\d+", mastery)
    assert percent, mastery

    orga.goto(campaign_url)
    row = orga.get_by_role("row", name=re.compile("Apprenante"))
    expect(row).to_contain_text("En attente")
    expect(row).not_to_contain_text("%")
    expect(row.get_by_role("link")).to_have_count(0)
    orga.get_by_role("tab", name="Activité").click()
    statuses = orga.get_by_role("table", name=re.compile("participants par statut"))
    expect(statuses.get_by_role("row", name=re.compile("En attente"))).to_contain_text("1 sur 1")
    expect(orga.get_by_text("Aucun participant n'a encore envoyé ses résultats")).to_be_visible()
    orga.get_by_role("tab", name="Résultats collectifs").click()
    expect(orga.get_by_text("les résultats collectifs apparaîtront ici")).to_be_visible()
    screenshot(orga, "orga-results-waiting")

    # The learner shares: Orga shows the %, and every results view fills in.
    app.get_by_role("button", name="J'envoie mes résultats").click()
    expect(app.get_by_text("Vos résultats ont été envoyés")).to_be_visible()

    # A reload keeps the tab the URL names; the participants are the campaign's own address.
    orga.reload()
    expect(orga.get_by_role("tab", name="Résultats collectifs")).to_have_attribute(
        "aria-selected", "true"
    )
    orga.goto(campaign_url)
    row = orga.get_by_role("row", name=re.compile("Apprenante"))
    expect(row).to_contain_text(f"{percent.group(0)} %")
    expect(row).to_contain_text("sur 4")  # the stars' words
    row.get_by_role("link", name="Apprenante").click()
    expect(orga.get_by_role("heading", level=1, name="Inès Apprenante")).to_be_visible()
    expect(orga.get_by_text("Envoyé le")).to_be_visible()
    expect(orga.locator(".results__mastery")).to_contain_text(f"{percent.group(0)} %")
    competences = orga.get_by_role("table").first
    expect(competences.get_by_role("row").nth(1)).to_contain_text("%")
    screenshot(orga, "orga-participant-results")

    orga.get_by_role("link", name="Retour à la campagne").click()
    orga.get_by_role("tab", name="Résultats collectifs").click()
    collective = orga.get_by_role("table", name="Moyenne des résultats par compétence")
    expect(collective.get_by_role("row").nth(1)).to_contain_text("%")
    screenshot(orga, "orga-collective-results")

    orga.get_by_role("tab", name="Analyse").click()
    topics = orga.get_by_role("table", name=re.compile("Sujets à travailler"))
    expect(topics.get_by_role("row").nth(1)).to_contain_text(re.compile(r"recommandé \(\d sur 4\)"))
    screenshot(orga, "orga-analysis")

    orga.get_by_role("tab", name="Activité").click()
    expect(
        orga.get_by_role("table", name=re.compile("participants par statut")).get_by_role(
            "row", name=re.compile("Résultats reçus")
        )
    ).to_contain_text("1 sur 1")
    expect(orga.get_by_role("img", name=re.compile("1 envoi"))).to_be_visible()
    bands = orga.get_by_role("table", name=re.compile("par niveau de maîtrise"))
    expect(bands.get_by_text("1 sur 1")).to_have_count(1)
    expect(orga.get_by_role("table", name=re.compile("par palier atteint"))).to_be_visible()
    screenshot(orga, "orga-activity")

    # Tablet width: the activity and the navigation still fit.
    orga.set_viewport_size({"width": 768, "height": 1024})
    width = orga.evaluate("document.documentElement.scrollWidth")
    assert width <= 768, width
    screenshot(orga, "orga-activity-tablet")

    # Archived: the code no longer opens the test.
    orga.get_by_role("button", name="Archiver").click()
    orga.get_by_role("button", name="Oui, archiver").click()
    expect(orga.get_by_text("La campagne a été archivée.")).to_be_visible()
    late = browser.new_context(base_url=server_url, locale="fr-FR").new_page()
    late.goto(f"/campagnes/{code}")
    expect(late.get_by_text("Ce parcours a été archivé par son organisateur")).to_be_visible()
    expect(late.get_by_role("button", name="Je commence")).to_have_count(0)

    # A member's team page, at tablet width: the team by name, no administrator tools.
    orga.get_by_role("navigation", name="Sections de Pix Orga").get_by_role(
        "link", name="Équipe"
    ).click()
    team = orga.get_by_role("table", name=re.compile("par ordre alphabétique"))
    expect(team.get_by_role("row", name=re.compile("Conseiller"))).to_contain_text("Membre")
    expect(orga.get_by_role("button", name="Inviter")).to_have_count(0)
    width = orga.evaluate("document.documentElement.scrollWidth")
    assert width <= 768, width
    screenshot(orga, "orga-team-member-tablet")

    for context in (member_context, learner_context, late.context):
        context.close()


def test_a_profiles_collection_shows_its_profiles_and_keeps_the_tab_in_the_url(
    page: Page, server_url: str
):
    admin, campaign_id = open_profiles_collection(server_url, learners=2)
    _log_in_to_orga(page, *admin)
    page.goto(f"/orga/campagnes/{campaign_id}")
    tabs = page.get_by_role("tablist", name="Sections de la campagne").get_by_role("tab")
    expect(tabs).to_have_text(["Activité", "Participants (2)", "Profils", "Détails"])

    page.get_by_role("tab", name="Profils").click()
    expect(page).to_have_url(re.compile(f"/orga/campagnes/{campaign_id}/profils$"))
    profiles = page.get_by_role("table", name=re.compile("Profils reçus : 2 au total"))
    row = profiles.get_by_role("row", name=re.compile("^Profil0"))
    expect(row).to_contain_text("M-0")
    expect(row).to_contain_text("Non")  # a new account has no pix: not certifiable
    row.get_by_role("button", name="Voir les niveaux (Léa Profil0)").click()
    levels = page.get_by_role("table", name="Niveau et pix par compétence : Léa Profil0")
    expect(levels.get_by_role("row")).to_have_count(17)  # the header and 16 competences

    # Finding someone: by external id, then by certifiability (nobody here is certifiable).
    search = page.get_by_role("searchbox", name="Rechercher un participant")
    search.fill("m-1")
    expect(page.get_by_role("status").filter(has_text="1 profil")).to_be_visible()
    expect(
        page.get_by_role("table", name=re.compile("Profils reçus : 1 au total"))
    ).to_contain_text("Profil1")
    search.fill("")
    page.get_by_role("combobox", name="Certifiable").select_option(label="Oui")
    expect(page.get_by_text("Aucun profil ne correspond à ces filtres.")).to_be_visible()
    page.get_by_role("combobox", name="Certifiable").select_option(label="Tous")
    expect(profiles).to_be_visible()

    # At tablet width the page itself does not scroll sideways.
    page.set_viewport_size({"width": 768, "height": 1024})
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 768, width
    screenshot(page, "orga-profiles-tablet")

    # A reload opens the same tab; the back button returns to the previous one.
    page.get_by_role("tab", name="Détails").click()
    expect(page).to_have_url(re.compile(f"/orga/campagnes/{campaign_id}/details$"))
    page.reload()
    expect(page.get_by_role("tab", name="Détails")).to_have_attribute("aria-selected", "true")
    page.go_back()
    expect(page).to_have_url(re.compile(f"/orga/campagnes/{campaign_id}/profils$"))
    expect(page.get_by_role("tab", name="Profils")).to_have_attribute("aria-selected", "true")
    expect(profiles).to_be_visible()
