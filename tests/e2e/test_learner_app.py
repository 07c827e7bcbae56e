"""The learner app in a real browser against a real server."""

from __future__ import annotations

import re
import uuid

import httpx
from playwright.sync_api import Page, expect

from tests.e2e.conftest import screenshot


def unique_email() -> str:
    return f"lea.{uuid.uuid4().hex[:8]}@example.org"


def sign_up(page: Page, email: str, password: str = "Secret-Pass1") -> None:
    page.goto("/inscription")
    page.get_by_label("Prénom").fill("Léa")
    page.get_by_label("Nom", exact=True).fill("Martin")
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_label("Mot de passe", exact=True).fill(password)
    page.get_by_label("J'accepte les conditions d'utilisation de Pix").check()
    page.get_by_role("button", name="Je m'inscris").click()


def log_out(page: Page) -> None:
    page.get_by_role("button", name=re.compile("Léa Martin")).click()
    page.get_by_role("button", name="Se déconnecter").click()
    expect(page.get_by_role("link", name="Se connecter")).to_be_visible()


def test_sign_up_log_out_and_log_in_again(page: Page):
    email = unique_email()
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    screenshot(page, "app-home")

    sign_up(page, email)
    account = page.get_by_role("button", name=re.compile("Léa Martin"))
    expect(account).to_be_visible()
    screenshot(page, "app-signed-in")

    log_out(page)

    page.get_by_role("link", name="Se connecter").click()
    page.get_by_label("Adresse e-mail").fill(email.upper())
    page.get_by_label("Mot de passe", exact=True).fill("Secret-Pass1")
    screenshot(page, "app-log-in")
    page.get_by_role("button", name="Je me connecte").click()
    expect(page.get_by_role("button", name=re.compile("Léa Martin"))).to_be_visible()


def test_sign_up_shows_the_servers_field_errors(page: Page):
    email = unique_email()
    sign_up(page, email)
    log_out(page)

    sign_up(page, email)

    expect(page.get_by_role("alert").first).to_be_visible()
    expect(page.get_by_text(re.compile("déjà", re.IGNORECASE)).first).to_be_visible()
    screenshot(page, "app-sign-up-email-used")


def test_wrong_password_gets_a_generic_message(page: Page):
    page.goto("/connexion")
    page.get_by_label("Adresse e-mail").fill("apprenant@example.org")
    page.get_by_label("Mot de passe", exact=True).fill("Not-The-Password1")
    page.get_by_role("button", name="Je me connecte").click()

    alert = page.get_by_role("alert").first
    expect(alert).to_be_visible()
    expect(alert).not_to_contain_text("apprenant@example.org")


def test_campaign_code_leads_to_the_campaign_page(page: Page):
    page.goto("/")
    page.get_by_label("Code de la campagne").fill("tumyuz238")
    page.get_by_role("button", name="Accéder au parcours").click()

    expect(page).to_have_url(re.compile("/campagnes/TUMYUZ238$"))


def test_the_interface_switches_to_english(page: Page):
    page.goto("/connexion")
    page.get_by_role("button", name="English").click()

    expect(page.get_by_role("button", name=re.compile("Log in", re.IGNORECASE))).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_forgotten_password_through_the_mail_link(page: Page, server_url: str):
    email = unique_email()
    sign_up(page, email)
    log_out(page)

    page.goto("/mot-de-passe-oublie")
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_role("button", name="Recevoir le lien").click()
    expect(page.get_by_role("status").first).to_be_visible()
    mails = httpx.get(f"{server_url}/api/v1/dev/outbox").json()
    link = re.search(r"http://\S+", next(m["text"] for m in mails if m["to"] == email))
    assert link
    page.goto(link.group(0).replace("http://localhost:8000", server_url))
    page.get_by_label("Nouveau mot de passe").fill("Brand-New-Pass2")
    page.get_by_role("button", name="Enregistrer le mot de passe").click()
    expect(page.get_by_text("Votre mot de passe a été changé")).to_be_visible()

    page.goto("/connexion")
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_label("Mot de passe", exact=True).fill("Brand-New-Pass2")
    page.get_by_role("button", name="Je me connecte").click()
    expect(page.get_by_role("button", name=re.compile("Léa Martin"))).to_be_visible()


def test_home_page_fits_a_phone(phone: Page):
    phone.goto("/")
    expect(phone.get_by_label("Code de la campagne")).to_be_visible()
    width = phone.evaluate("document.documentElement.scrollWidth")
    screenshot(phone, "app-home-phone")

    assert width <= 360
