"""A timed challenge's start is recorded by the server: an answer sent after the time is
recorded as timed out, whatever the page says (here the page's own countdown cannot have run
out: the server's clock is moved past the timer instead)."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.e2e.conftest import ServerClock, screenshot
from tests.e2e.learner import (
    START_TIMER,
    answer_with_mouse,
    api_get,
    assessment_of,
    join_as_new_learner,
    new_email,
    open_campaign,
    shown_challenge,
)

TITLE = "Parcours chronométré"
MAX_STEPS = 40


def test_an_answer_later_than_the_timer_by_the_servers_clock_is_timed_out(
    page: Page, server_url: str, server_clock: ServerClock
):
    code, _ = open_campaign(server_url, TITLE)
    # Which challenges a path meets depends on the learner (the engine's seed is the assessment):
    # a path that ends without a timed challenge is followed by another learner's.
    shown = None
    for _learner in range(4):
        assessment = join_as_new_learner(page, code, TITLE, new_email())
        shown, title = _play_until_a_timed_challenge(page, server_url)
        if shown is not None:
            break
        page.context.clear_cookies()
        page.evaluate("localStorage.clear()")
    assert shown is not None, "no timed challenge on four learners' paths"
    heading = page.locator("main h1")
    start = page.get_by_role("button", name=START_TIMER)

    expect(page.get_by_text(f"vous aurez {shown.timer} secondes")).to_be_visible()
    start.click()
    expect(start).to_have_count(0)
    screenshot(page, "timed-challenge-started")
    # The page still counts down from the full time; by the server's clock it is over.
    server_clock.move_to(days=(shown.timer + 30) / 86400)
    answer_with_mouse(page, shown, right=True)
    expect(heading).not_to_have_text(title)

    answers = api_get(page, server_url, f"/assessments/{assessment_of(page)}/answers")["items"]
    assert assessment_of(page) == assessment
    assert (answers[-1]["challenge_id"], answers[-1]["result"]) == (shown.id, "timedout")


def _play_until_a_timed_challenge(page: Page, server_url: str):  # type: ignore[no-untyped-def]
    """Answers (alternately right and wrong) until a timed challenge is shown, or the end."""
    heading = page.locator("main h1")
    start = page.get_by_role("button", name=START_TIMER)
    for step in range(MAX_STEPS):
        end = page.get_by_role("heading", name="Parcours terminé !")
        expect(
            page.get_by_role("button", name="Je passe")
            .or_(start)
            .or_(page.get_by_role("link", name="Continuer mon parcours"))
            .or_(end)
        ).to_be_visible()
        title = heading.inner_text()
        if end.count():
            return None, title
        if title == "Avancement du parcours":
            page.get_by_role("link", name="Continuer mon parcours").click()
            expect(heading).not_to_have_text(title)
            continue
        shown = shown_challenge(page, server_url)
        if shown.timer is not None:
            return shown, title
        answer_with_mouse(page, shown, right=step % 2 == 0)
        expect(heading).not_to_have_text(title)
    raise AssertionError(f"the path did not end within {MAX_STEPS} steps")
