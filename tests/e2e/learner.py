"""What the learner journeys share: a campaign opened through the API, the learner's session,
the challenge being shown and how to answer it right or wrong (from the content's reference
answers), with the mouse or with the keyboard only."""

from __future__ import annotations

import json
import re
import uuid
from functools import cache
from typing import Any

import httpx
from playwright.sync_api import Page, expect

from api.content.source import read_source
from api.settings import ROOT
from domain.learning_content.model import Challenge, LearningContent

SUPER_ADMIN = ("superadmin@example.org", "Demo-Super-2026")
PASSWORD = "Secret-Pass1"
START_TIMER = "Afficher la question et lancer le chrono"


def token(http: httpx.Client, email: str, password: str, client_id: str) -> dict[str, str]:
    answer = http.post(
        "/api/v1/token",
        data={
            "grant_type": "password",
            "username": email,
            "password": password,
            "client_id": client_id,
        },
    )
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def open_organization(server_url: str, *, accept_terms: bool = True) -> tuple[tuple[str, str], int]:
    """A new organisation (the demo one stays untouched) and its administrator."""
    suffix = uuid.uuid4().hex[:8]
    admin = (f"orga.{suffix}@example.org", "Orga-Admin-2026")
    with httpx.Client(base_url=server_url, timeout=10) as http:
        sign_up_by_api(http, "Camille", "Prescriptrice", *admin)
        opened = http.post(
            "/api/v1/admin/organizations",
            headers=token(http, *SUPER_ADMIN, "pix-admin"),
            json={"name": f"Mission locale {suffix}", "type": "PRO", "admin_email": admin[0]},
        )
        assert opened.status_code == 201, opened.text
        if not accept_terms:
            return admin, int(opened.json()["id"])
        headers = token(http, *admin, "pix-orga")
        http.post("/api/v1/me/orga-terms-acceptance", headers=headers)
        memberships = http.get("/api/v1/me/memberships", headers=headers).json()["items"]
        return admin, int(memberships[0]["organization"]["id"])


def sign_up_by_api(http: httpx.Client, first: str, last: str, email: str, password: str) -> None:
    created = http.post(
        "/api/v1/users",
        json={
            "first_name": first,
            "last_name": last,
            "email": email,
            "password": password,
            "terms_accepted": True,
        },
    )
    assert created.status_code == 201, created.text


def _new_campaign(http: httpx.Client, server_url: str, fields: dict[str, Any]) -> Any:
    """A campaign of a new organisation: (its administrator, the campaign as the API gives it)."""
    admin, organization_id = open_organization(server_url)
    campaign = http.post(
        f"/api/v1/organizations/{organization_id}/campaigns",
        headers=token(http, *admin, "pix-orga"),
        json=fields,
    )
    assert campaign.status_code == 201, campaign.text
    return admin, campaign.json()


def open_campaign(server_url: str, title: str, **fields: Any) -> tuple[str, int]:
    """An assessment campaign on the Diagnostic initial: (code, id)."""
    with httpx.Client(base_url=server_url, timeout=10) as http:
        _, campaign = _new_campaign(
            http,
            server_url,
            {
                "name": f"{title} {uuid.uuid4().hex[:6]}",
                "type": "ASSESSMENT",
                "target_profile_id": "pix-emploi-diagnostic",
                "title": title,
                "landing_text": "Bienvenue !\n\n- **mesurer** vos compétences ;\n- *progresser*.",
                **fields,
            },
        )
        return str(campaign["code"]), int(campaign["id"])


def open_profiles_collection(server_url: str, learners: int = 1) -> tuple[tuple[str, str], int]:
    """A profiles collection (external id "Matricule") with `learners` profiles sent through
    the API: (its organisation's administrator, campaign id)."""
    with httpx.Client(base_url=server_url, timeout=10) as http:
        admin, campaign = _new_campaign(
            http,
            server_url,
            {
                "name": f"Collecte {uuid.uuid4().hex[:6]}",
                "type": "PROFILES_COLLECTION",
                "external_id_label": "Matricule",
                "external_id_type": "STRING",
            },
        )
        for n in range(learners):
            email = new_email()
            sign_up_by_api(http, "Léa", f"Profil{n}", email, PASSWORD)
            headers = token(http, email, PASSWORD, "pix-app")
            joined = http.post(
                "/api/v1/campaign-participations",
                headers=headers,
                json={"campaign_code": campaign["code"], "participant_external_id": f"M-{n}"},
            )
            assert joined.status_code == 201, joined.text
            sent = http.post(
                f"/api/v1/campaign-participations/{joined.json()['id']}/share", headers=headers
            )
            assert sent.status_code == 200, sent.text
        return admin, int(campaign["id"])


def new_email() -> str:
    return f"lea.{uuid.uuid4().hex[:8]}@example.org"


def fill_sign_up(page: Page, email: str) -> None:
    page.get_by_label("Prénom").fill("Léa")
    page.get_by_label("Nom", exact=True).fill("Martin")
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_label("Mot de passe", exact=True).fill(PASSWORD)
    page.get_by_label("J'accepte les conditions d'utilisation de Pix").check()


def log_in(page: Page, email: str) -> None:
    page.goto("/connexion")
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_label("Mot de passe", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Je me connecte").click()
    expect(page.get_by_role("button", name=re.compile("Léa Martin"))).to_be_visible()


def join_as_new_learner(page: Page, code: str, title: str, email: str) -> int:
    """From the landing page, sign up, through the rules, to the first challenge: its assessment."""
    page.goto(f"/campagnes/{code}")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    page.get_by_role("button", name="Je commence").click()
    expect(page).to_have_url(re.compile("/inscription"))
    fill_sign_up(page, email)
    page.get_by_role("button", name="Je m'inscris").click()
    expect(page.get_by_role("heading", name="Vous pouvez chercher sur internet")).to_be_visible()
    for _ in range(3):
        page.get_by_role("button", name="Suivant").click()
    page.get_by_role("button", name="C'est parti").click()
    expect(page).to_have_url(re.compile(r"/evaluation/\d+$"))
    return assessment_of(page)


def assessment_of(page: Page) -> int:
    found = re.search(r"/evaluation/(\d+)", page.url)
    assert found, page.url
    return int(found.group(1))


def learner_headers(page: Page) -> dict[str, str]:
    """The signed-in learner's bearer token, read where the app keeps it."""
    raw = page.evaluate("localStorage.getItem('pix-app.session')")
    assert raw, "not signed in"
    return {"Authorization": f"Bearer {json.loads(raw)['accessToken']}"}


def api_get(page: Page, server_url: str, path: str) -> Any:
    answer = httpx.get(f"{server_url}/api/v1{path}", headers=learner_headers(page), timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()


@cache
def content() -> LearningContent:
    return read_source(ROOT / "content").content


def challenge(challenge_id: str) -> Challenge:
    return content().challenges_by_id[challenge_id]


def skill_of(challenge_id: str) -> str:
    return challenge(challenge_id).skill_id


def shown_challenge(page: Page, server_url: str) -> Challenge:
    """The challenge on screen, as the content defines it (the server's current challenge, whose
    instruction must be the one displayed)."""
    expect(page.get_by_role("button", name="Je passe").or_(_start_button(page))).to_be_visible()
    found = api_get(page, server_url, f"/assessments/{assessment_of(page)}/next-challenge")
    assert found["status"] == "challenge", found
    shown = challenge(found["challenge"]["id"])
    first_line = _plain(shown.texts["fr"].instruction.splitlines()[0])
    if not _start_button(page).count():
        expect(page.locator(".challenge__instruction")).to_contain_text(first_line[:40])
    return shown


def _plain(markdown: str) -> str:
    return " ".join(re.sub(r"[*_`#>]", "", markdown).split())


def _start_button(page: Page):  # type: ignore[no-untyped-def]
    return page.get_by_role("button", name=START_TIMER)


def start_timer(page: Page) -> None:
    """Press the start button of an announced timer, if any, and wait for the question."""
    start = _start_button(page)
    if start.count():
        start.click()
        expect(start).to_have_count(0)  # the server recorded the start: the question shows


def reference_answer(shown: Challenge, right: bool) -> str:
    text = shown.texts["fr"]
    answers = text.right_answers if right else text.wrong_answers
    assert answers, f"{shown.id} has no reference {'right' if right else 'wrong'} answer"
    return answers[0]


def fields_of(value: str) -> dict[str, str]:
    """A QROCM reference answer ("key: text" per line) as text by input key."""
    pairs = (line.split(":", 1) for line in value.splitlines() if ":" in line)
    return {key.strip(): text.strip() for key, text in pairs}


def input_id(key: str) -> str:
    return "answer-" + re.sub(r"[^\w-]", "_", key)


def answer_with_mouse(page: Page, shown: Challenge, right: bool) -> None:
    """Answer the challenge on screen with its reference right (or wrong) answer, and validate."""
    start_timer(page)
    value = reference_answer(shown, right)
    main = page.locator("main")
    if shown.type == "QCU":
        main.locator(f"input[type=radio][value='{value}']").check()
    elif shown.type == "QCM":
        for rank in value.split(","):
            main.locator(f"input[type=checkbox][value='{rank.strip()}']").check()
    elif shown.type == "QROC":
        field = main.locator(".qroc input, .qroc select").first
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    else:
        for key, text in fields_of(value).items():
            field = main.locator(f"#{input_id(key)}")
            if field.evaluate("e => e.tagName") == "SELECT":
                field.select_option(select_choice(shown, key, text, field))
            else:
                field.fill(text)
    page.get_by_role("button", name="Je valide").click()


def select_choice(shown: Challenge, key: str, text: str, field: Any) -> str:
    """The option to pick for `text`: itself, or (a wrong answer typed as free text) any option
    but the right one."""
    options = [o for o in field.evaluate("e => [...e.options].map(o => o.value)") if o]
    right = fields_of(reference_answer(shown, right=True)).get(key, "").strip('"')
    assert right in options, f"{shown.id}: the right answer {right!r} is not offered: {options}"
    text = text.strip('"')
    if text in options:
        return text
    return next(o for o in options if o.casefold() != right.casefold())
