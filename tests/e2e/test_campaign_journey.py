"""A learner's whole campaign journey in a real browser: landing, sign-up, rules, challenges,
checkpoint with a correction, results and sending them."""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import Page, expect

from tests.e2e.conftest import screenshot
from tests.e2e.learner import open_campaign

TITLE = "Diagnostic de rentrée"
START_TIMER = "Afficher la question et lancer le chrono"
MAX_STEPS = 150


def create_campaign(server_url: str) -> str:
    """An assessment campaign, created through the API as Orga would, in an organisation of its
    own (the demo organisation stays as the Orga tests expect it: terms not accepted, no campaign)."""
    code, _ = open_campaign(
        server_url,
        TITLE,
        landing_text="Bienvenue !\n\nDurant ce parcours, vous pourrez :\n\n"
        "- **mesurer** vos compétences numériques ;\n- *progresser* grâce aux tutos.",
    )
    return code


def sign_up(page: Page) -> None:
    page.get_by_label("Prénom").fill("Léa")
    page.get_by_label("Nom", exact=True).fill("Martin")
    page.get_by_label("Adresse e-mail").fill(f"lea.{uuid.uuid4().hex[:8]}@example.org")
    page.get_by_label("Mot de passe", exact=True).fill("Secret-Pass1")
    page.get_by_label("J'accepte les conditions d'utilisation de Pix").check()
    page.get_by_role("button", name="Je m'inscris").click()


def start_journey(page: Page, code: str) -> None:
    """From the landing page of a campaign, as a new user, to the first challenge."""
    page.goto(f"/campagnes/{code}")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    page.get_by_role("button", name="Je commence").click()
    expect(page).to_have_url(re.compile("/inscription"))
    sign_up(page)
    expect(page.get_by_role("heading", name="Vous pouvez chercher sur internet")).to_be_visible()
    for _ in range(3):
        page.get_by_role("button", name="Suivant").click()
    page.get_by_role("button", name="C'est parti").click()
    expect(page).to_have_url(re.compile(r"/evaluation/\d+$"))


def answer_current_challenge(page: Page) -> None:
    """Pick the first proposal of a choice question; skip the others (the answer does not matter)."""
    start = page.get_by_role("button", name=START_TIMER)
    if start.count():
        start.click()
    choice = (
        page.locator("main").get_by_role("radio").or_(page.locator("main").get_by_role("checkbox"))
    )
    if choice.count():
        choice.first.check()
        page.get_by_role("button", name="Je valide").click()
    else:
        page.get_by_role("button", name="Je passe").click()


def test_a_learner_plays_a_campaign_and_sends_the_results(page: Page, server_url: str):
    code = create_campaign(server_url)
    page.goto(f"/campagnes/{code}")
    expect(page.get_by_text(re.compile("^Mission locale "))).to_be_visible()
    expect(page.locator("main li").first).to_contain_text("mesurer")
    screenshot(page, "journey-landing")

    start_journey(page, code)
    heading = page.locator("main h1")
    expect(heading).to_have_text(re.compile(r"^Question \d+$"))
    expect(page.get_by_text(TITLE)).to_be_visible()
    screenshot(page, "journey-challenge")

    seen_checkpoint = False
    previous = ""
    for _ in range(MAX_STEPS):
        expect(heading).not_to_have_text(previous)
        # Wait for the page to settle: a question, a checkpoint or the end.
        expect(
            page.get_by_role("button", name="Je passe")
            .or_(page.get_by_role("button", name=START_TIMER))
            .or_(page.get_by_role("link", name="Continuer mon parcours"))
            .or_(page.get_by_role("link", name="Voir mes résultats"))
        ).to_be_visible()
        previous = heading.inner_text()
        if previous == "Parcours terminé !":
            screenshot(page, "journey-last-checkpoint")
            page.get_by_role("link", name="Voir mes résultats").click()
            break
        if previous == "Avancement du parcours":
            answers = page.locator("ol.answers > li")
            expect(answers).to_have_count(5)
            if not seen_checkpoint:
                seen_checkpoint = True
                screenshot(page, "journey-checkpoint")
                page.get_by_role("button", name="Réponses et tutos").first.click()
                expect(page.get_by_role("heading", name="Réponse attendue")).to_be_visible()
                screenshot(page, "journey-correction")
            page.get_by_role("link", name="Continuer mon parcours").click()
            continue
        answer_current_challenge(page)
    else:
        raise AssertionError(f"the test did not end within {MAX_STEPS} steps")

    assert seen_checkpoint
    expect(page).to_have_url(re.compile(f"/campagnes/{code}/resultats$"))
    expect(page.get_by_text("des compétences testées")).to_be_visible()
    expect(page.get_by_role("table")).to_be_visible()
    screenshot(page, "journey-results")

    page.get_by_role("button", name="J'envoie mes résultats").click()
    expect(page.get_by_text("Vos résultats ont été envoyés")).to_be_visible()
    expect(page.get_by_role("button", name="J'envoie mes résultats")).to_have_count(0)
    screenshot(page, "journey-results-shared")

    # Printable: the page without the header, the footer and the buttons.
    page.emulate_media(media="print")
    expect(page.locator("header.header")).to_be_hidden()
    expect(page.get_by_role("button", name="Imprimer mes résultats")).to_be_hidden()
    expect(page.get_by_text("des compétences testées")).to_be_visible()
    page.emulate_media(media="screen")

    # Sent once for all: coming back shows the results, already sent.
    page.goto("/")
    page.goto(f"/campagnes/{code}/resultats")
    expect(page.get_by_text("Vos résultats ont été envoyés")).to_be_visible()


def test_the_challenge_page_fits_a_375_px_screen(browser, server_url: str):  # type: ignore[no-untyped-def]
    code = create_campaign(server_url)
    context = browser.new_context(
        base_url=server_url,
        locale="fr-FR",
        viewport={"width": 375, "height": 812},
        is_mobile=True,
        has_touch=True,
    )
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        start_journey(page, code)
        start = page.get_by_role("button", name=START_TIMER)
        expect(page.get_by_role("button", name="Je passe").or_(start)).to_be_visible()
        if start.count():
            start.click()
        expect(page.get_by_role("button", name="Je valide")).to_be_visible()
        screenshot(page, "journey-challenge-375")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375

        # Leaving and coming back: the home page offers to resume where the learner stopped.
        page.goto("/")
        resume = page.get_by_role("link", name=re.compile("^Reprendre"))
        expect(page.get_by_text(f"Vous n'avez pas terminé le parcours « {TITLE} »")).to_be_visible()
        screenshot(page, "journey-resume-banner-375")
        resume.click()
        expect(page).to_have_url(re.compile(r"/evaluation/\d+$"))
        expect(page.locator("main h1")).to_have_text("Question 1")
    finally:
        context.close()
