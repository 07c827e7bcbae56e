"""axe-core on every page of the learner journey and on Orga's pages, at desktop size and on a
375 px wide phone: no violation anywhere (the helper itself fails on serious and critical ones;
these pages are held to all of them)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.axe import EVERY_IMPACT, serious_violations
from tests.e2e.conftest import screenshot
from tests.e2e.learner import (
    START_TIMER,
    answer_with_mouse,
    fill_sign_up,
    new_email,
    open_campaign,
    open_organization,
    open_profiles_collection,
    shown_challenge,
    start_timer,
)

TITLE = "Parcours accessible"
SIZES = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {"viewport": {"width": 375, "height": 812}, "is_mobile": True, "has_touch": True},
}
KINDS = {"QCU", "QCM", "QROC", "QROCM-ind", "QROCM-dep"}
MAX_STEPS = 80


@pytest.fixture(params=list(SIZES))
def sized_page(request, browser, server_url: str) -> Iterator[tuple[Page, str]]:  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=server_url, locale="fr-FR", **SIZES[request.param])
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page, request.param
    context.close()


class Audit:
    """Every page is judged; the test fails at the end listing what each page got wrong."""

    def __init__(self, page: Page, size: str) -> None:
        self.page, self.size = page, size
        self.problems: list[str] = []
        self.pages = 0

    def __call__(self, where: str) -> None:
        page = self.page
        # Let the page settle (loading states are transient) before judging it.
        expect(page.get_by_text("Chargement…")).to_have_count(0)
        self.pages += 1
        # The pages are clean: even a minor or moderate violation is a regression.
        found = serious_violations(page, f"{where} [{self.size}]", impacts=EVERY_IMPACT)
        if found:
            self.problems.append(found)
        if self.size == "phone":
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 375:
                self.problems.append(f"{where} is {width} px wide on a 375 px screen")

    def verdict(self, expected_pages: int) -> None:
        assert self.pages >= expected_pages, self.pages
        assert not self.problems, "\n\n".join(self.problems)


def test_the_learner_journey_has_no_accessibility_violation(
    sized_page: tuple[Page, str], server_url: str
):
    page, size = sized_page
    check = Audit(page, size)
    code, _ = open_campaign(
        server_url, TITLE, external_id_label="Numéro d'inscription", external_id_type="STRING"
    )
    page.goto("/")
    expect(page.get_by_label("Code de la campagne")).to_be_visible()
    check("home")
    page.goto(f"/campagnes/{code}")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    check("campaign landing")
    page.goto("/connexion")
    expect(page.get_by_role("button", name="Je me connecte")).to_be_visible()
    check("log-in")

    page.goto(f"/campagnes/{code}")
    page.get_by_role("button", name="Je commence").click()
    expect(page.get_by_role("button", name="Je m'inscris")).to_be_visible()
    check("sign-up")
    fill_sign_up(page, new_email())
    page.get_by_role("button", name="Je m'inscris").click()

    expect(page.get_by_role("heading", name="Avant de commencer")).to_be_visible()
    check("external id")
    page.get_by_label("Numéro d'inscription").fill("A-2026-17")
    page.get_by_role("button", name="C'est parti").click()

    for step, name in enumerate(
        [
            "Vous pouvez chercher sur internet",
            "Des tutos pour apprendre",
            "Pas de limite de temps",
            "Une difficulté adaptée",
        ]
    ):
        expect(page.get_by_role("heading", name=name)).to_be_visible()
        check(f"rules screen {step + 1}")
        page.get_by_role("button", name="C'est parti" if step == 3 else "Suivant").click()

    expect(page).to_have_url(re.compile(r"/evaluation/\d+$"))
    challenge_url = page.url
    shown_challenge(page, server_url)
    page.goto("/")
    expect(page.get_by_role("link", name=re.compile("^Reprendre"))).to_be_visible()
    check("home with the resume banner")
    page.goto(challenge_url)

    kinds_seen: set[str] = set()
    timed_seen = correction_seen = False
    answered = 0
    heading = page.locator("main h1")
    for _ in range(MAX_STEPS):
        expect(
            page.get_by_role("button", name="Je passe")
            .or_(page.get_by_role("button", name=START_TIMER))
            .or_(page.get_by_role("link", name="Continuer mon parcours"))
            .or_(page.get_by_role("link", name="Voir mes résultats"))
        ).to_be_visible()
        title = heading.inner_text()
        if title == "Parcours terminé !":
            check("last checkpoint")
            page.get_by_role("link", name="Voir mes résultats").click()
            break
        if title == "Avancement du parcours":
            if not correction_seen:
                correction_seen = True
                page.get_by_role("button", name="Réponses et tutos").first.click()
                expect(page.get_by_role("heading", name="Réponse attendue")).to_be_visible()
                check("checkpoint with a correction open")
            page.get_by_role("link", name="Continuer mon parcours").click()
            expect(heading).not_to_have_text(title)
            continue
        shown = shown_challenge(page, server_url)
        start = page.get_by_role("button", name=START_TIMER)
        if start.count():
            if not timed_seen:
                timed_seen = True
                check("timed challenge announcement")
            start_timer(page)
        if shown.type not in kinds_seen:
            kinds_seen.add(shown.type)
            expect(page.get_by_role("button", name="Je valide")).to_be_visible()
            check(f"challenge {shown.type}")
            screenshot(page, f"a11y-{size}-challenge-{shown.type}")
        # Right and wrong in turn: an uncertain learner gets a long enough test to meet every kind.
        answered += 1
        answer_with_mouse(page, shown, right=answered % 2 == 1)
        expect(heading).not_to_have_text(title)
    else:
        raise AssertionError(f"the test did not end within {MAX_STEPS} steps")

    assert correction_seen
    assert len(kinds_seen) >= 3, kinds_seen
    expect(page.get_by_text("des compétences testées")).to_be_visible()
    check("results")
    page.get_by_role("button", name="J'envoie mes résultats").click()
    expect(page.get_by_text("Vos résultats ont été envoyés")).to_be_visible()
    check("results after sharing")
    screenshot(page, f"a11y-{size}-results-shared")

    page.goto("/mon-compte")
    expect(page.get_by_role("heading", name="Mon compte")).to_be_visible()
    check("account")
    check.verdict(expected_pages=19)
    if not timed_seen:
        pytest.fail(f"no timed challenge was met (kinds seen: {sorted(kinds_seen)})")


def test_orga_pages_have_no_accessibility_violation(sized_page: tuple[Page, str], server_url: str):
    page, size = sized_page
    check = Audit(page, size)
    admin, _ = open_organization(server_url, accept_terms=False)
    page.goto("/orga/connexion")
    expect(page.get_by_role("button", name="Je me connecte")).to_be_visible()
    check("Orga log-in")
    page.get_by_label("Adresse e-mail").fill(admin[0])
    page.get_by_label("Mot de passe", exact=True).fill(admin[1])
    page.get_by_role("button", name="Je me connecte").click()
    accept = page.get_by_role("button", name="J'accepte les conditions d'utilisation")
    expect(accept).to_be_visible()
    check("Orga terms")
    accept.click()
    expect(page.get_by_text("Créez votre première campagne")).to_be_visible()
    check("Orga first-use campaign list")

    page.get_by_role("link", name="Créer une campagne").click()
    expect(page.get_by_role("heading", name="Création d'une campagne")).to_be_visible()
    check("Orga creation form")
    name = "Campagne accessible"
    page.get_by_label("Nom de la campagne").fill(name)
    page.get_by_label("Que souhaitez-vous tester ?").select_option(
        label="Pix emploi – Diagnostic initial"
    )
    page.get_by_role("button", name="Créer la campagne").click()
    expect(page.get_by_role("heading", level=1, name=name)).to_be_visible()
    check("Orga campaign page")
    page.get_by_role("tab", name="Détails").click()
    expect(page.get_by_role("tabpanel")).to_contain_text("Pix emploi – Diagnostic initial")
    check("Orga campaign details")

    page.get_by_role("link", name="← Retour aux campagnes").click()
    expect(page.get_by_role("table").get_by_role("link", name=name)).to_be_visible()
    check("Orga campaign list")
    check.verdict(expected_pages=7)


def test_the_profiles_of_a_profiles_collection_have_no_accessibility_violation(
    sized_page: tuple[Page, str], server_url: str
):
    page, size = sized_page
    check = Audit(page, size)
    admin, campaign_id = open_profiles_collection(server_url)
    page.goto(f"/orga/connexion?redirect=/campagnes/{campaign_id}/profils")
    page.get_by_label("Adresse e-mail").fill(admin[0])
    page.get_by_label("Mot de passe", exact=True).fill(admin[1])
    page.get_by_role("button", name="Je me connecte").click()
    profiles = page.get_by_role("table", name=re.compile("Profils reçus : 1 au total"))
    expect(profiles).to_be_visible()
    expect(page.get_by_role("tab", name="Profils")).to_have_attribute("aria-selected", "true")
    check("Orga profiles")
    page.get_by_role("button", name="Voir les niveaux (Léa Profil0)").click()
    expect(
        page.get_by_role("table", name="Niveau et pix par compétence : Léa Profil0")
    ).to_be_visible()
    check("Orga profile levels")
    page.get_by_role("combobox", name="Certifiable").select_option(label="Oui")
    expect(page.get_by_text("Aucun profil ne correspond à ces filtres.")).to_be_visible()
    check("Orga profiles, no match for the filters")
    check.verdict(expected_pages=3)


def test_the_axe_helper_reports_what_it_finds(page: Page):
    """The audit above can fail: a picture without text and an unlabelled field are reported."""
    page.goto("/")
    expect(page.get_by_label("Code de la campagne")).to_be_visible()
    page.evaluate(
        """() => document.querySelector("main").insertAdjacentHTML("beforeend",
            '<img src="/favicon.svg"><input type="text">')"""
    )

    found = serious_violations(page, "home with a broken picture and field")

    assert found is not None
    assert "image-alt" in found and "label" in found
    # Each one names the element concerned.
    assert re.search(r"^ +img ", found, re.MULTILINE), found
    assert re.search(r'^ +input\[type="text"\] ', found, re.MULTILINE), found
