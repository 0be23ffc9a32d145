"""Accessibility checks with axe-core on a page open in Playwright.

`assert_accessible(page)` injects axe-core (installed from npm by .ci/browser-deps.sh), runs its
default rule set (WCAG 2.x A/AA plus best practices) and fails on any violation, whatever its
impact ("minor" included: issue 16 item 7), listing rule, help and offending elements. It also
saves a full-page screenshot into test-artifacts/ so people can look at what was audited.
"""

import re
import warnings
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError

REPO = Path(__file__).resolve().parents[2]
AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = REPO / "test-artifacts"
BLOCKING_IMPACTS = {"minor", "moderate", "serious", "critical"}


def screenshot(page, name=None):
    """Save a full-page screenshot named after `name` or the page's path and query."""
    if name is None:
        url = page.url.split("://", 1)[-1].split("/", 1)[-1]
        name = url.strip("/") or "home"
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / (re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-") + ".png")
    # The picture is for people, not an assertion: on a loaded machine headless Chromium now and
    # then answers "Unable to capture screenshot", so wait for the page, try again, then only warn.
    page.wait_for_load_state("load")
    for attempt in (1, 2):
        try:
            page.screenshot(path=path, full_page=True)
            return path
        except PlaywrightError as error:
            if attempt == 2:
                warnings.warn(f"no screenshot of {page.url}: {error.message}", stacklevel=2)
            page.wait_for_timeout(500)
    return None


def axe_violations(page):
    """Run axe-core on the current document and return its violations."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol: a <script> tag (add_script_tag) would be
        # inline script, which the site's Content-Security-Policy rightly blocks.
        page.evaluate(AXE_JS.read_text())
    return page.evaluate("async () => (await axe.run(document)).violations")


def format_violations(violations):
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    {target}: {node['html'][:160]}")
            summary = " ".join(node.get("failureSummary", "").split())
            if summary:
                lines.append(f"      {summary[:300]}")
    return "\n".join(lines)


def assert_accessible(page, name=None):
    """Fail when axe-core finds any violation on the page as it is now."""
    screenshot(page, name)
    blocking = [v for v in axe_violations(page) if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, (
        f"axe-core: {len(blocking)} violation(s) on {page.url}\n" + format_violations(blocking)
    )
