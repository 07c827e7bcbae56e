"""The first five challenges of a campaign with the keyboard only (Tab, Shift+Tab, Space, Enter,
arrows): focus is always visible, lands on the question's title after each new challenge, and
nothing needs a mouse up to the checkpoint and its corrections."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Page, expect

from domain.learning_content.model import Challenge
from tests.e2e.conftest import screenshot
from tests.e2e.learner import (
    START_TIMER,
    fields_of,
    input_id,
    join_as_new_learner,
    new_email,
    open_campaign,
    reference_answer,
    shown_challenge,
)

TITLE = "Parcours au clavier"
MAX_TABS = 40
ACTIVE = """() => {
  const e = document.activeElement;
  const style = getComputedStyle(e);
  return {
    tag: e.tagName, type: e.type || "", id: e.id, value: e.value ?? "", checked: !!e.checked,
    text: (e.textContent || "").trim(), disabled: !!e.disabled,
    inMain: !!e.closest("main"), heading: e.matches("main h1"),
    visible: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2)
      || style.boxShadow !== "none",
  };
}"""


def active(page: Page) -> dict[str, Any]:
    return dict(page.evaluate(ACTIVE))


def press(page: Page, key: str) -> dict[str, Any]:
    """Press a key; when it moved focus to a control, that control's focus must show."""
    page.keyboard.press(key)
    now = active(page)
    if key in ("Tab", "Shift+Tab") and now["tag"] != "BODY":
        assert now["visible"], f"no visible focus on {now}"
    return now


def tab_to(page: Page, wanted: Any, backwards: bool = False) -> dict[str, Any]:
    """Tab (or Shift+Tab) until the focused element is the one wanted."""
    for _ in range(MAX_TABS):
        now = press(page, "Shift+Tab" if backwards else "Tab")
        if wanted(now):
            return now
    raise AssertionError(f"never reached by {'Shift+' if backwards else ''}Tab: {active(page)}")


def assert_focus_on_title(page: Page) -> None:
    expect(page.locator("main h1")).to_be_focused()


def choose_radio(page: Page, value: str) -> None:
    """Into the radio group, then arrows: each arrow press selects the next proposal."""
    now = tab_to(page, lambda e: e["type"] == "radio")
    if not now["checked"]:
        now = press(page, "Space")
    for _ in range(12):
        if now["value"] == value:
            assert now["checked"]
            return
        now = press(page, "ArrowDown")
    raise AssertionError(f"proposal {value} never reached with the arrows")


def choose_boxes(page: Page, values: set[str]) -> None:
    now = tab_to(page, lambda e: e["type"] == "checkbox")
    while now["type"] == "checkbox":
        if (now["value"] in values) != now["checked"]:
            now = press(page, "Space")
        now = press(page, "Tab")
    # Back to the last box with Shift+Tab: nothing changed on the way.
    back = press(page, "Shift+Tab")
    assert back["type"] == "checkbox"
    checked = page.locator("main input[type=checkbox]:checked")
    assert {checked.nth(i).get_attribute("value") for i in range(checked.count())} == values


def fill_fields(page: Page, shown: Challenge, value: str) -> None:
    fields = (
        fields_of(value)
        if shown.type != "QROC"
        else {page.locator(".qroc input, .qroc select").first.get_attribute("id"): value}
    )
    texts = {
        (k if k and k.startswith("answer-") else input_id(str(k))): v for k, v in fields.items()
    }
    filled = 0
    while filled < len(texts):
        now = tab_to(page, lambda e: e["inMain"] and e["tag"] in ("INPUT", "SELECT"))
        text = texts[now["id"]]
        if now["tag"] == "SELECT":
            for _ in range(20):
                if now["value"] == text:
                    break
                now = press(page, "ArrowDown")
            assert now["value"] == text, (now, text)
        else:
            page.keyboard.type(text)
        filled += 1


def answer_with_the_keyboard(page: Page, shown: Challenge, right: bool) -> None:
    value = reference_answer(shown, right)
    if shown.type == "QCU":
        choose_radio(page, value)
    elif shown.type == "QCM":
        choose_boxes(page, {v.strip() for v in value.split(",")})
    else:
        fill_fields(page, shown, value)
    button = tab_to(page, lambda e: e["text"] == "Je valide")
    assert not button["disabled"]
    press(page, "Enter")


def test_five_challenges_and_the_checkpoint_with_the_keyboard_only(page: Page, server_url: str):
    code, _ = open_campaign(server_url, TITLE)
    join_as_new_learner(page, code, TITLE, new_email())
    kinds = []
    heading = page.locator("main h1")
    for number in range(1, 6):
        expect(heading).to_have_text(f"Question {number}")
        assert_focus_on_title(page)
        shown = shown_challenge(page, server_url)
        if page.get_by_role("button", name=START_TIMER).count():
            tab_to(page, lambda e: e["text"] == START_TIMER)
            press(page, "Enter")
            expect(page.get_by_role("button", name="Je valide")).to_be_visible()
            assert_focus_on_title(page)
        kinds.append(shown.type)
        if number == 1:
            screenshot(page, "keyboard-question-1")
        # Right and wrong in turn: the test goes on past the fifth answer.
        answer_with_the_keyboard(page, shown, right=number % 2 == 1)

    expect(heading).to_have_text(re.compile("^(Avancement du parcours|Parcours terminé !)$"))
    assert_focus_on_title(page)
    assert len(set(kinds)) >= 2, kinds
    expect(page.locator("ol.answers > li")).to_have_count(5)
    tab_to(page, lambda e: e["text"] == "Réponses et tutos")
    press(page, "Enter")
    expect(page.get_by_role("heading", name="Réponse attendue")).to_be_visible()
    screenshot(page, "keyboard-checkpoint-correction")
    if heading.inner_text() == "Avancement du parcours":
        tab_to(page, lambda e: e["text"] == "Continuer mon parcours", backwards=True)
        press(page, "Enter")
        expect(heading).to_have_text("Question 6")
        assert_focus_on_title(page)
