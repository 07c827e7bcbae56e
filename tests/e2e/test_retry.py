"""Je retente: a campaign with multiple sendings, finished with some wrong answers and shared.
"Je retente" is not offered before 4 days; five days later (the server's clock moved) it is,
and the new test asks only skills that were failed the first time."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.conftest import ServerClock, screenshot
from tests.e2e.learner import (
    START_TIMER,
    answer_with_mouse,
    assessment_of,
    join_as_new_learner,
    new_email,
    open_campaign,
    shown_challenge,
)

TITLE = "Parcours à retenter"
MAX_STEPS = 80


def _wait_for_a_step(page: Page) -> str:
    expect(
        page.get_by_role("button", name="Je passe")
        .or_(page.get_by_role("button", name=START_TIMER))
        .or_(page.get_by_role("link", name="Continuer mon parcours"))
        .or_(page.get_by_role("link", name="Voir mes résultats"))
    ).to_be_visible()
    return page.locator("main h1").inner_text()


def _knowledge(database: Path, assessment_id: int) -> dict[str, str]:
    """Each skill's last status in that assessment, as the server recorded it."""
    with sqlite3.connect(database) as db:
        rows = db.execute(
            "SELECT skill_id, status FROM knowledge_elements WHERE assessment_id = ? ORDER BY id",
            (str(assessment_id),),
        ).fetchall()
    return {skill: status for skill, status in rows}


def test_je_retente_after_four_days_asks_only_the_failed_skills(
    page: Page, server_url: str, server_clock: ServerClock, server_database: Path
):
    code, _ = open_campaign(server_url, TITLE, multiple_sendings=True)
    first = join_as_new_learner(page, code, TITLE, new_email())
    answered_right: set[str] = set()
    answered = 0
    for _ in range(MAX_STEPS):
        title = _wait_for_a_step(page)
        if title == "Parcours terminé !":
            page.get_by_role("link", name="Voir mes résultats").click()
            break
        if title == "Avancement du parcours":
            page.get_by_role("link", name="Continuer mon parcours").click()
            expect(page.locator("main h1")).not_to_have_text(title)
            continue
        shown = shown_challenge(page, server_url)
        answered += 1
        right = answered % 3 != 0  # one wrong answer in three
        answer_with_mouse(page, shown, right=right)
        if right:
            answered_right.add(shown.skill_id)
        expect(page.locator("main h1")).not_to_have_text(title)
    else:
        raise AssertionError(f"the test did not end within {MAX_STEPS} steps")

    knowledge = _knowledge(server_database, first)
    failed = {skill for skill, status in knowledge.items() if status == "invalidated"}
    assert failed, knowledge
    assert answered_right and not answered_right & failed

    again = page.get_by_role("button", name="Je retente")
    page.get_by_role("button", name="J'envoie mes résultats").click()
    expect(page.get_by_text("Vos résultats ont été envoyés")).to_be_visible()
    expect(again).to_have_count(0)

    # Three days later: still too early.
    server_clock.move_to(days=3)
    page.reload()
    expect(page.get_by_text("Vos résultats ont été envoyés")).to_be_visible()
    expect(page.get_by_text("des compétences testées")).to_be_visible()
    expect(again).to_have_count(0)

    # Five days later: "Je retente".
    server_clock.move_to(days=5)
    page.reload()
    expect(again).to_be_visible()
    screenshot(page, "retry-offered")
    again.click()
    expect(page).to_have_url(re.compile(r"/evaluation/\d+$"))
    second = assessment_of(page)
    assert second != first

    asked: list[str] = []
    for _ in range(MAX_STEPS):
        title = _wait_for_a_step(page)
        if title == "Parcours terminé !":
            break
        if title == "Avancement du parcours":
            page.get_by_role("link", name="Continuer mon parcours").click()
            expect(page.locator("main h1")).not_to_have_text(title)
            continue
        shown = shown_challenge(page, server_url)
        asked.append(shown.skill_id)
        if len(asked) == 1:
            screenshot(page, "retry-first-question")
        answer_with_mouse(page, shown, right=True)
        expect(page.locator("main h1")).not_to_have_text(title)
    else:
        raise AssertionError(f"the retry did not end within {MAX_STEPS} steps")

    assert asked, "the retry asked nothing"
    not_failed = [skill for skill in asked if skill not in failed]
    assert not not_failed, f"asked again though not failed: {not_failed} (failed: {failed})"
