"""axe-core in the browser tests: inject the npm package's script, run it, fail on serious issues.

The script comes from the workspace's node_modules (`axe-core` is a root devDependency), never
from the network.
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page

from api.settings import ROOT

AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# The WCAG 2.x A and AA rules plus axe's best practices (landmarks, one main, headings…).
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
BLOCKING = ("serious", "critical")
EVERY_IMPACT = ("minor", "moderate", "serious", "critical")


def axe_violations(page: Page, *, disabled_rules: dict[str, str] | None = None) -> list[Any]:
    """Every violation axe finds on the page as it is now.

    `disabled_rules` maps a rule id to the reason it cannot apply here: a rule is never turned
    off without one.
    """
    if not AXE_SCRIPT.is_file():
        raise AssertionError(f"{AXE_SCRIPT} is missing: run `npm ci` at the root (make front-deps)")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_SCRIPT))
    options: dict[str, Any] = {"runOnly": {"type": "tag", "values": TAGS}}
    if disabled_rules:
        options["rules"] = {rule: {"enabled": False} for rule in disabled_rules}
    result = page.evaluate(
        "async (options) => (await window.axe.run(document, options)).violations", options
    )
    return list(result)


def describe(violations: list[Any]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
        for node in violation["nodes"][:8]:
            target = " ".join(str(t) for t in node["target"])
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    {target}  {summary[:240]}")
    return "\n".join(lines)


def serious_violations(
    page: Page,
    where: str,
    *,
    impacts: tuple[str, ...] = BLOCKING,
    disabled_rules: dict[str, str] | None = None,
) -> str | None:
    """The violations of the page with one of these impacts, described, or None."""
    violations = [
        v for v in axe_violations(page, disabled_rules=disabled_rules) if v["impact"] in impacts
    ]
    return f"axe on {where} ({page.url}):\n{describe(violations)}" if violations else None


def assert_no_serious_violations(
    page: Page, where: str, *, disabled_rules: dict[str, str] | None = None
) -> None:
    """Fail listing each serious or critical violation with the elements concerned."""
    found = serious_violations(page, where, disabled_rules=disabled_rules)
    assert found is None, found
