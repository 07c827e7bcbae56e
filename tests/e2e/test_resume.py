"""Close the browser in the middle of a test, come back on another one: the home page offers to
resume, and the learner goes on at exactly the challenge they left, nothing lost, nothing twice."""

from __future__ import annotations

import re

from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.e2e.conftest import screenshot
from tests.e2e.learner import (
    START_TIMER,
    answer_with_mouse,
    api_get,
    join_as_new_learner,
    log_in,
    new_email,
    open_campaign,
    shown_challenge,
    start_timer,
)

TITLE = "Parcours à reprendre"


def _new_page(browser: Browser, server_url: str) -> tuple[BrowserContext, Page]:
    context = browser.new_context(base_url=server_url, locale="fr-FR")
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


def _instruction(page: Page) -> str:
    """The question's text (a timed question is revealed first)."""
    start = page.get_by_role("button", name=START_TIMER)
    expect(page.get_by_role("button", name="Je passe").or_(start)).to_be_visible()
    start_timer(page)
    return page.locator(".challenge__instruction").inner_text()


def _resume(page: Page, email: str, number: int) -> None:
    """Log in on a fresh browser, find the banner, press "Reprendre": question `number`."""
    log_in(page, email)
    page.goto("/")
    expect(page.get_by_text(f"Vous n'avez pas terminé le parcours « {TITLE} »")).to_be_visible()
    page.get_by_role("link", name=re.compile("^Reprendre")).click()
    expect(page).to_have_url(re.compile(r"/evaluation/\d+$"))
    expect(page.locator("main h1")).to_have_text(f"Question {number}")


def test_closing_the_browser_loses_no_answer_and_resumes_at_the_same_challenge(
    browser: Browser, server_url: str
):
    code, _ = open_campaign(server_url, TITLE)
    email = new_email()
    answered: list[tuple[str, str]] = []  # (challenge id, expected result)

    context, page = _new_page(browser, server_url)
    assessment = join_as_new_learner(page, code, TITLE, email)
    for number, right in ((1, True), (2, False)):
        expect(page.locator("main h1")).to_have_text(f"Question {number}")
        shown = shown_challenge(page, server_url)
        answer_with_mouse(page, shown, right=right)
        answered.append((shown.id, "ok" if right else "ko"))
    expect(page.locator("main h1")).to_have_text("Question 3")
    shown = shown_challenge(page, server_url)
    # The browser goes away the moment the server has the third answer.
    with page.expect_response(
        lambda r: (
            r.url.endswith(f"/assessments/{assessment}/answers") and r.request.method == "POST"
        )
    ) as sent:
        answer_with_mouse(page, shown, right=True)
    assert sent.value.status == 201
    answered.append((shown.id, "ok"))
    context.close()

    # Another browser: the banner, then question 4, a challenge not asked yet.
    context, page = _new_page(browser, server_url)
    _resume(page, email, 4)
    fourth = shown_challenge(page, server_url)
    assert fourth.id not in {challenge_id for challenge_id, _ in answered}
    instruction = _instruction(page)
    screenshot(page, "resume-question-4")
    # Closed again, this time while the question is on screen, before answering it.
    context.close()

    context, page = _new_page(browser, server_url)
    try:
        _resume(page, email, 4)
        assert _instruction(page) == instruction
        assert shown_challenge(page, server_url).id == fourth.id

        recorded = api_get(page, server_url, f"/assessments/{assessment}/answers")["items"]
        assert [(a["challenge_id"], a["result"]) for a in recorded] == answered

        # The test goes on: the 5th answer leads to the checkpoint that lists exactly five.
        answer_with_mouse(page, fourth, right=True)
        expect(page.locator("main h1")).to_have_text("Question 5")
        answer_with_mouse(page, shown_challenge(page, server_url), right=True)
        expect(page.get_by_role("heading", name="Avancement du parcours")).to_be_visible()
        expect(page.locator("ol.answers > li")).to_have_count(5)
        recorded = api_get(page, server_url, f"/assessments/{assessment}/answers")["items"]
        assert len({a["challenge_id"] for a in recorded}) == len(recorded) == 5
    finally:
        context.close()
