"""Fixtures for the browser tests: Debian's Chromium, driven by Playwright, against `live_server`.

Playwright cannot download its own browsers here, so it launches /usr/bin/chromium (installed with
axe-core by `make browser-deps`). When either is missing these tests skip on a laptop but fail in
CI (CI=true): a green CI must mean a real browser ran. Every test gets the demo content, seeded
once per process and put back from a copy before each test (tests/snapshot.py), so no test sees
another's writes, and a fresh browser context.
"""

from pathlib import Path

import pytest

from django.db import connections

from ..conftest import skip_or_fail
from .axe import AXE_JS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # Chromium's sandbox refuses to run as root, which CI is.
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium keeps trying to reach Google's services, which are blocked here.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    """Chromium for one test module; Playwright's event loop runs only as long as it does."""
    if not CHROMIUM.exists():
        skip_or_fail(f"{CHROMIUM} not found: run `make browser-deps` (as root) or install chromium")
    if not AXE_JS.exists():
        skip_or_fail(f"{AXE_JS} not found: run `make browser-deps` (needs npm)")
    from playwright.sync_api import sync_playwright

    django_connections = {alias: connections[alias] for alias in connections}
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        # Playwright's sync API keeps an asyncio event loop running in this thread. Django then
        # refuses database calls ("cannot call this from an async context") unless told otherwise,
        # and asgiref would hand out new connection objects, without the state pytest-django set
        # on the current ones (the serialized test data): keep using the same ones.
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        for alias, connection in django_connections.items():
            connections[alias] = connection
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def demo_content(django_db_serialized_rollback, transactional_db, demo_database):
    """The demo content (accounts, pages) that people see on a fresh `make run`, put back whole
    before each test (tests/snapshot.py).

    `live_server` needs a transactional database, which is emptied after each test; serialized
    rollback puts back what migrations created (root page, site, role groups) for the tests that
    come after.
    """
    demo_database.load()
    yield
    demo_database.loaded = False  # transactional_db empties the database next


@pytest.fixture
def page(browser, live_server, demo_content):
    """A fresh browser tab whose relative URLs go to the live server.

    The browser enforces the site's Content-Security-Policy; anything it blocked (an inline
    script or style that crept into a template) fails the test that loaded it.
    """
    context = browser.new_context(base_url=live_server.url, locale="es-CO")
    context.set_default_timeout(15_000)
    tab = context.new_page()
    blocked = []

    def note_what_the_policy_blocked(message):
        if "Content Security Policy" in message.text:
            blocked.append(message.text)

    tab.on("console", note_what_the_policy_blocked)
    yield tab
    context.close()
    assert not blocked, "blocked by the Content-Security-Policy:\n" + "\n".join(blocked)
