"""Orga in a real browser: the demo administrator, and a user who belongs to no organisation."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.e2e.conftest import screenshot


def log_in(page: Page, email: str, password: str) -> None:
    page.goto("/orga/")
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_label("Mot de passe", exact=True).fill(password)
    screenshot(page, "orga-log-in")
    page.get_by_role("button", name="Je me connecte").click()


def test_demo_admin_accepts_the_terms_then_sees_the_empty_campaigns_page(page: Page):
    log_in(page, "admin.orga@example.org", "Demo-Admin-2026")

    expect(page.get_by_role("heading", name="Conditions d'utilisation de Pix Orga")).to_be_visible()
    screenshot(page, "orga-terms")
    page.get_by_role("button", name="J'accepte les conditions d'utilisation").click()

    expect(page.get_by_role("heading", name="Campagnes")).to_be_visible()
    expect(page.get_by_text("Créez votre première campagne")).to_be_visible()
    expect(page.get_by_text("Organisation de démonstration").first).to_be_visible()
    screenshot(page, "orga-campaigns-empty")

    page.reload()
    expect(page.get_by_role("heading", name="Campagnes")).to_be_visible()


def test_a_user_without_organisation_gets_a_clear_message(page: Page):
    log_in(page, "apprenant@example.org", "Demo-Apprenant-2026")
    expect(page.get_by_role("heading", name="Conditions d'utilisation de Pix Orga")).to_be_visible()
    page.get_by_role("button", name="J'accepte les conditions d'utilisation").click()

    expect(
        page.get_by_role("heading", name="Vous n'êtes membre d'aucune organisation")
    ).to_be_visible()
    screenshot(page, "orga-no-membership")
