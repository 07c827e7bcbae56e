"""A learner's own space in a real browser: the profile and its 16 competence cards, a competence
evaluation started from a card, left and resumed, played to its end; a tutorial saved from a
checkpoint and found again in "Mes tutos"; "Mes parcours"; the certification view; the
header's links, and the same pages on a 375 px wide phone."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Page, expect

from tests.e2e.conftest import screenshot
from tests.e2e.learner import content
from tests.e2e.test_campaign_journey import (
    START_TIMER,
    TITLE,
    answer_current_challenge,
    create_campaign,
    sign_up,
)

COMPETENCE = "Mener une recherche et une veille d'information"
MAX_STEPS = 150


def sign_up_from_home(page: Page) -> None:
    page.goto("/inscription")
    sign_up(page)
    expect(page.get_by_role("button", name="Léa Martin")).to_be_visible()


def next_challenge(page: Page, action: Any) -> dict[str, Any]:
    """Does `action` and returns what the API said of the challenge it brought.

    A generous wait: the first answer of a competence builds the engine's view of its content,
    slow on a loaded machine."""

    def brings_a_challenge(response: Any) -> bool:
        # Opening a test asks for it; an answer's response carries the next one.
        return "/next-challenge" in response.url or (
            response.url.endswith("/answers") and response.request.method == "POST"
        )

    with page.expect_response(brings_a_challenge, timeout=30_000) as answer:
        action()
    data: dict[str, Any] = answer.value.json()
    return data if "/next-challenge" in answer.value.url else data["next"]


def save_a_tutorial_of_the_skipped_question(page: Page) -> str:
    """At a checkpoint: opens the skipped question's correction and saves its first tutorial."""
    skipped = page.locator("ol.answers > li").filter(has_text="Question passée")
    skipped.get_by_role("button", name="Réponses et tutos").click()
    save = page.get_by_role("button", name=re.compile("^Enregistrer : ")).first
    saved_title = (save.get_attribute("aria-label") or "").removeprefix("Enregistrer : ")
    save.click()
    expect(page.get_by_role("button", name=f"Enregistré : {saved_title}")).to_be_visible()
    expect(page.get_by_text("Tuto enregistré")).to_be_attached()
    screenshot(page, "competence-checkpoint-saved")
    return saved_title


def answer_rightly(page: Page, step: dict[str, Any]) -> None:
    """Fills in the right answer (from the content) the way a learner would, then "Je valide"."""
    challenge = step["challenge"]
    start = page.get_by_role("button", name=START_TIMER)
    if start.count():
        start.click()
    form = page.locator("main form.challenge__form")
    right = content().challenges_by_id[challenge["id"]].texts["fr"].right_answers[0]
    if challenge["type"] in ("QCU", "QCM"):
        for value in right.split(","):
            form.locator(f"input[name=answer][value='{value.strip()}']").check()
    else:
        keys = [s["key"] for s in challenge["segments"] if s["kind"] != "text"]
        values = (
            dict(line.split(": ", 1) for line in right.splitlines())
            if challenge["type"].startswith("QROCM")
            else {keys[0]: right}
        )
        for segment in challenge["segments"]:
            if segment["kind"] == "text":
                continue
            field = form.locator("#answer-" + re.sub(r"[^\w-]", "_", segment["key"]))
            value = values[segment["key"]].strip().strip('"')
            if segment["kind"] == "select":
                options = {o.lower(): o for o in segment["options"]}
                field.select_option(options.get(value.lower(), value))
            else:
                field.fill(value)
    page.get_by_role("button", name="Je valide").click()


def card(page: Page, name: str):  # type: ignore[no-untyped-def]
    return page.locator("main li").filter(has=page.get_by_role("heading", level=3, name=name))


def test_a_learner_evaluates_a_competence_from_the_profile(page: Page, server_url: str):
    sign_up_from_home(page)
    nav = page.get_by_role("navigation", name="Navigation principale")
    nav.get_by_role("link", name="Compétences").click()

    expect(page).to_have_url(re.compile("/competences$"))
    expect(page.locator("main h1")).to_have_text("Mon profil")
    expect(nav.get_by_role("link", name="Compétences")).to_have_attribute("aria-current", "page")
    expect(page.locator("main h2.area__title")).to_have_count(5)
    expect(page.locator("main").get_by_role("heading", level=3)).to_have_count(16)
    expect(page.get_by_text("0 pix sur 1024")).to_be_visible()
    expect(card(page, COMPETENCE)).to_contain_text("À tester")
    screenshot(page, "profile")

    # Start from the card: two right answers, one skipped, then leave.
    first = next_challenge(
        page, lambda: page.get_by_role("button", name=f"Commencer : {COMPETENCE}").click()
    )
    expect(page).to_have_url(re.compile(r"/evaluation/\d+$"))
    assessment_url = page.url
    expect(page.locator(".assessment__campaign")).to_contain_text(f"1.1 {COMPETENCE}")
    expect(page.locator("main h1")).to_have_text("Question 1")
    step = next_challenge(page, lambda: answer_rightly(page, first))
    expect(page.locator("main h1")).to_have_text("Question 2")
    next_challenge(page, lambda: answer_rightly(page, step))
    expect(page.locator("main h1")).to_have_text("Question 3")
    page.get_by_role("button", name="Je passe").click()
    expect(page.locator("main h1")).to_have_text("Question 4")

    page.get_by_role("link", name=re.compile("^Quitter")).click()
    expect(page.locator("main h1")).to_have_text(f"1.1 {COMPETENCE}")
    expect(page.get_by_text("Test en cours")).to_be_visible()
    expect(page.get_by_role("button", name="Reprendre")).to_be_visible()
    nav.get_by_role("link", name="Compétences").click()
    expect(card(page, COMPETENCE)).to_contain_text("Test en cours")
    screenshot(page, "profile-in-progress")

    # Resume exactly where the learner stopped, then play to the end with the right answers,
    # saving a tutorial of the skipped question at the first checkpoint.
    step = next_challenge(
        page, lambda: page.get_by_role("button", name=f"Reprendre : {COMPETENCE}").click()
    )
    expect(page).to_have_url(assessment_url)
    expect(page.locator("main h1")).to_have_text("Question 4")
    answered = False
    heading = page.locator("main h1")
    saved_title = None
    for _ in range(MAX_STEPS):
        if step["status"] == "finished":
            expect(heading).to_have_text("Parcours terminé !")
            if saved_title is None:  # a short path: the last checkpoint lists the answers too
                saved_title = save_a_tutorial_of_the_skipped_question(page)
            break
        count = step["answered_count"]
        if answered and count % 5 == 0:
            expect(heading).to_have_text("Avancement du parcours")
            if saved_title is None:
                saved_title = save_a_tutorial_of_the_skipped_question(page)
            step = next_challenge(
                page, lambda: page.get_by_role("link", name="Continuer mon parcours").click()
            )
            answered = False
            continue
        expect(heading).to_have_text(f"Question {count + 1}")
        current = step
        step = next_challenge(page, lambda: answer_rightly(page, current))  # noqa: B023
        answered = True
    else:
        raise AssertionError(f"the evaluation did not end within {MAX_STEPS} steps")
    assert saved_title, "no tutorial could be saved from a checkpoint"

    page.get_by_role("link", name="Voir ma compétence").click()
    expect(heading).to_have_text(f"1.1 {COMPETENCE}")
    expect(page.get_by_text("Testé", exact=True)).to_be_visible()
    pix = page.locator(".competence__score dd").nth(1)
    expect(pix).not_to_have_text("0")
    # Tested today: the reset waits 7 days, and says until when.
    expect(
        page.get_by_text(re.compile(r"remettre cette compétence à zéro à partir du"))
    ).to_be_visible()
    expect(page.get_by_role("button", name="Remettre à zéro")).to_have_count(0)
    screenshot(page, "competence")

    nav.get_by_role("link", name="Compétences").click()
    expect(card(page, COMPETENCE)).to_contain_text("Testé")
    expect(page.get_by_text("0 pix sur 1024")).to_have_count(0)
    total = page.locator(".pix-total").inner_text()
    assert re.fullmatch(r"[1-9]\d* pix sur 1024", total), total

    # Mes tutos: the saved tutorial is under "Enregistrés"; unsaving it there says so.
    nav.get_by_role("link", name="Mes tutos").click()
    expect(page.get_by_role("link", name="Recommandés")).to_have_attribute("aria-current", "page")
    page.get_by_role("link", name="Enregistrés").click()
    expect(page).to_have_url(re.compile("/mes-tutos/enregistres$"))
    expect(page.get_by_role("link", name="Enregistrés")).to_have_attribute("aria-current", "page")
    expect(page.get_by_role("link", name=f"{saved_title} (nouvelle fenêtre)")).to_be_visible()
    screenshot(page, "tutorials-saved")
    page.get_by_role("button", name=f"Enregistré : {saved_title}").click()
    expect(page.get_by_role("button", name=f"Enregistrer : {saved_title}")).to_be_visible()
    page.reload()
    expect(page.get_by_text("Vous n'avez enregistré aucun tuto")).to_be_visible()


def test_mes_parcours_and_certification_and_the_phone_menu(browser, server_url: str):  # type: ignore[no-untyped-def]
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
        page.goto(f"/campagnes/{code}")
        page.get_by_role("button", name="Je commence").click()
        sign_up(page)
        expect(
            page.get_by_role("heading", name="Vous pouvez chercher sur internet")
        ).to_be_visible()
        for _ in range(3):
            page.get_by_role("button", name="Suivant").click()
        page.get_by_role("button", name="C'est parti").click()
        expect(page.locator("main h1")).to_have_text("Question 1")
        answer_current_challenge(page)
        expect(page.locator("main h1")).to_have_text("Question 2")

        # At 375 px the links fold behind "Menu"; opening it shows them, current one marked.
        menu = page.get_by_role("button", name="Menu")
        links = page.get_by_role("navigation", name="Navigation principale")
        expect(menu).to_have_attribute("aria-expanded", "false")
        expect(links.get_by_role("link", name="Mes parcours")).to_be_hidden()
        menu.click()
        expect(menu).to_have_attribute("aria-expanded", "true")
        screenshot(page, "header-menu-375")
        links.get_by_role("link", name="Mes parcours").click()

        expect(page.locator("main h1")).to_have_text("Mes parcours")
        expect(menu).to_have_attribute("aria-expanded", "false")
        participation = page.locator("main li").filter(has_text=TITLE)
        expect(participation).to_contain_text("En cours")
        expect(participation.get_by_role("link", name=f"Reprendre : {TITLE}")).to_be_visible()
        expect(page.get_by_text(f"Vous n'avez pas terminé le parcours « {TITLE} »")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        screenshot(page, "my-campaigns-375")
        participation.get_by_role("link", name=f"Reprendre : {TITLE}").click()
        expect(page.locator("main h1")).to_have_text("Question 2")

        page.goto("/competences")
        expect(page.locator("main").get_by_role("heading", level=3)).to_have_count(16)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        screenshot(page, "profile-375")

        page.goto("/certification")
        expect(page.get_by_text("Votre profil n'est pas encore certifiable.")).to_be_visible()
        expect(page.get_by_text("Il vous manque le niveau 1 dans")).to_be_visible()
        expect(page.get_by_text("Bravo, votre profil est certifiable")).to_have_count(0)
        screenshot(page, "certification-375")

        # The header's links are reachable with the keyboard alone.
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto("/")
        page.keyboard.press("Tab")  # the skip link
        reached = []
        for _ in range(12):
            page.keyboard.press("Tab")
            reached.append(page.evaluate("document.activeElement.textContent.trim()"))
        places = ["Accueil", "Mes parcours", "Compétences", "Mes tutos", "Certification"]
        assert [name for name in reached if name in places] == places
    finally:
        context.close()
