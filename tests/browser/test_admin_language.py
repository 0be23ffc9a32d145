"""Every role sees the admin in Spanish (issue 16): a person of each role logs in with the
authenticator code, opens every link of their admin menu (the sidebar is drawn by JavaScript, so
only a browser sees it as they do), the page search, their account and, where they may, a page
form submitted empty; any English word on screen fails the test, listed per URL. Roles without the
admin are refused in Spanish.
"""

import json
import re
import time

import pytest
from playwright.sync_api import expect

from accounts import roles
from accounts.factories import UserFactory, give_authenticator_app
from accounts.staff import current_code, is_staff_account
from demo.accounts import DEMO_TOTP_SECRET

from ..admin_language import add_page_url, creatable_page, english_in

pytestmark = pytest.mark.browser

PASSWORD = "clave-de-prueba-123"  # noqa: S105 - UserFactory's
# Words of user content, not of the interface: Wagtail's root page is called "Root".
ALLOWED = ["Root"]


def log_in(page, user):
    page.goto("/cuenta/ingresar/")
    page.fill("#id_login", user.username)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/cuenta/ingresar/" not in url)
    if "/cuenta/dos-pasos/verificar/" in page.url:
        page.get_by_label("Código").fill(current_code(DEMO_TOTP_SECRET, time.time()))
        page.get_by_role("button", name="Verificar e ingresar").click()
        page.wait_for_url(lambda url: "/cuenta/dos-pasos/" not in url)


def menu_items(page):
    """(label, url) of every item of the sidebar, submenus included, from the data it is drawn
    from (submenus stay closed on screen)."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if "label" in node:
                found.append((node["label"], node.get("url")))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(page.locator("#wagtail-sidebar-props").text_content()))
    return found


def screen_text(page):
    page.locator("#wagtail-sidebar .sidebar").wait_for()  # drawn by JavaScript
    return page.locator("body").inner_text()


def person_with(role):
    user = UserFactory(username="idioma", roles=[role], totp=False)
    if is_staff_account(user):
        give_authenticator_app(user, DEMO_TOTP_SECRET)
    return user


@pytest.mark.parametrize("role", roles.ALL_ROLES)
def test_each_role_sees_the_admin_in_spanish(page, role):
    user = person_with(role)
    log_in(page, user)
    page.goto("/admin/")
    if not user.has_perm("wagtailadmin.access_admin"):
        refusal = "No tiene permiso para acceder a la administración."
        expect(page.get_by_text(refusal)).to_be_visible()
        assert english_in(page.locator("main").inner_text()) == []
        return

    english = {}

    def look(label, text):
        if found := english_in(text, allowed=ALLOWED):
            english[label] = found

    look("/admin/", screen_text(page))
    items = menu_items(page)
    look("menú lateral", " · ".join(label for label, _ in items))
    urls = [url for _, url in items if url and url.startswith("/admin/")]
    for url in dict.fromkeys(["/admin/pages/search/?q=plan", *urls]):
        response = page.goto(url)
        assert response.ok, f"{url} answered {response.status}"
        look(url, screen_text(page))

    if creatable := creatable_page(user):
        url = add_page_url(*creatable)
        page.goto(url)
        page.get_by_role("button", name=re.compile("Guardar borrador")).first.click()
        expect(page.get_by_text("No se pudo crear la página").first).to_be_visible()
        look(url + " (enviado vacío)", screen_text(page))

    report = "\n".join(f"{url}:\n  " + "\n  ".join(found) for url, found in english.items())
    assert not english, f"English in the admin for {role}:\n{report}"
