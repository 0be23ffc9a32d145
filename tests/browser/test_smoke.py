"""Smoke test in a real browser: home, search, a result, a staff login with the authenticator
code into the Spanish Wagtail admin.

Every page these tests open is audited with axe-core (`assert_accessible`): no serious or critical
violations. Pages the journeys below do not reach are listed in AUDITED_PAGES; add new page types
there.
"""

import time
from urllib.parse import parse_qs, urljoin, urlparse

import pytest
from playwright.sync_api import expect

from accounts.staff import current_code
from demo.accounts import DEMO_TOTP_SECRET

from .axe import assert_accessible

pytestmark = pytest.mark.browser

DEMO_PASSWORD = "RedATT-demo-2026"  # noqa: S105 - the documented demo password
QUERY = "Red ATT"  # finds the home page and the demo content that names the network

MDM_COURSE = "/formacion/medicion-del-desempeno-municipal-mdm-leer-y-usar-los-resultados/"

# name (test id and screenshot), path, demo user to log in as first (or None).
AUDITED_PAGES = [
    ("search-empty", "/buscar/", None),
    ("signup", "/cuenta/registro/", None),
    ("password-reset", "/cuenta/clave/recuperar/", None),
    ("profile", "/cuenta/perfil/", "miembro"),
    (
        "library-filtered",
        "/biblioteca/?tipo=institucional&sector=hacienda-publica&departamento=52",
        None,
    ),
    ("library-guide", "/biblioteca/guias/gestion-de-la-hacienda-publica-territorial/", None),
    ("meeting-past-edition", "/encuentro/2025/", None),
    ("training-catalogue", "/formacion/?modalidad=virtual&nivel=gerencial", None),
    ("training-course", MDM_COURSE, None),
    ("training-lesson", MDM_COURSE + "que-mide-la-mdm/gestion-y-resultados/", "miembro"),
    ("training-my-courses", "/formacion/mis-cursos/", "miembro"),
]


def log_in(page, username, next_url=""):
    """Log in through the public login form, as a person would; demo staff accounts then type
    the code their authenticator app would show (the demo secret, see README)."""
    page.goto("/cuenta/ingresar/" + (f"?next={next_url}" if next_url else ""))
    page.fill("#id_login", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/cuenta/ingresar/" not in url)
    if "/cuenta/dos-pasos/verificar/" in page.url:
        enter_authenticator_code(page)


def enter_authenticator_code(page):
    page.get_by_label("Código").fill(current_code(DEMO_TOTP_SECRET, time.time()))
    page.get_by_role("button", name="Verificar e ingresar").click()
    page.wait_for_url(lambda url: "/cuenta/dos-pasos/" not in url)


def test_home_search_and_follow_a_result(page):
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "es-CO"
    expect(page.get_by_role("navigation", name="Principal")).to_be_visible()
    assert_accessible(page, "home")

    # The home page swaps the header search for the larger hero search.
    hero_search = page.locator("#hero-q")
    expect(hero_search).to_be_visible()
    hero_search.fill(QUERY)
    hero_search.press("Enter")
    page.wait_for_url("**/buscar/?q=*")
    assert parse_qs(urlparse(page.url).query)["q"] == [QUERY]
    # The search page enhances its box into an autocomplete combobox (JavaScript is on here).
    expect(page.get_by_role("combobox", name="Buscar en Red ATT")).to_have_value(QUERY)
    results = page.locator("ol.results .result-title a")
    expect(results.first).to_be_visible()
    assert_accessible(page, "search-results")

    # Follow the first result that leads away from the home page; without one the journey fails.
    targets = [(a, urljoin(page.url, a.get_attribute("href"))) for a in results.all()]
    away = [(a, url) for a, url in targets if urlparse(url).path != "/"]
    assert away, f"no result for «{QUERY}» leads away from the home page: {[u for _, u in targets]}"
    link, target = away[0]
    title = link.inner_text().strip()
    with page.expect_response(
        lambda r: r.url == target and r.request.is_navigation_request()
    ) as nav:
        link.click()
    assert nav.value.ok, f"{target} answered {nav.value.status}"
    page.wait_for_url(target)
    expect(page.locator("main h1")).to_have_text(title)
    assert_accessible(page, "search-result-page")


def test_editor_logs_in_with_the_authenticator_code_and_reaches_the_spanish_admin(page):
    page.goto("/admin/")  # the admin sends visitors to the site's login
    page.wait_for_url("**/cuenta/ingresar/?next=/admin/")
    assert_accessible(page, "login")
    page.fill("#id_login", "editor")
    page.fill("#id_password", DEMO_PASSWORD)
    page.locator("main form button[type=submit]").click()

    # Staff accounts type the code of their authenticator app before the admin opens.
    page.wait_for_url("**/cuenta/dos-pasos/verificar/**")
    expect(page.locator("main h1")).to_have_text("Verificación en dos pasos")
    assert_accessible(page, "two-factor-code")
    enter_authenticator_code(page)
    page.wait_for_url("**/admin/")
    assert page.locator("html").get_attribute("lang").startswith("es")
    expect(page.get_by_text("Páginas").first).to_be_visible()


@pytest.mark.parametrize(
    ("name", "path", "username"), AUDITED_PAGES, ids=[p[0] for p in AUDITED_PAGES]
)
def test_page_is_accessible(page, name, path, username):
    if username:
        log_in(page, username)
        page.wait_for_url(lambda url: "/ingresar/" not in url)
    response = page.goto(path)
    assert response.ok, f"{path} answered {response.status}"
    assert_accessible(page, name)
