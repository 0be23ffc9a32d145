"""The editors' search demand report: its period, its CSV, and who may see either."""

import csv
import io
import re
from datetime import datetime, timedelta
from html import unescape

import pytest

from django.utils import timezone

from accounts import roles
from accounts.factories import UserFactory
from search.factories import SearchQueryLogFactory

pytestmark = pytest.mark.django_db

REPORT = "/admin/informes/busquedas/"
CSV = "/admin/informes/busquedas/csv/"
JANUARY = {"desde": "2026-01-01", "hasta": "2026-01-31"}


def local(*args):
    """An aware datetime on the site's clock (America/Bogota)."""
    return timezone.make_aware(datetime(*args))


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def lists(html):
    """(top queries, zero-result queries) as the editor reads them: each list's first column."""
    top, zero = html.split("<h2>Consultas sin resultados</h2>")
    first_column = re.compile(r"<tr><td>([^<]*)</td>")
    return first_column.findall(top), first_column.findall(zero)


def csv_link(html):
    return unescape(re.search(r'href="([^"]+)"[^>]*>Descargar CSV<', html).group(1))


def downloaded(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")  # Excel then reads the accents as UTF-8
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.fixture
def january_searches():
    """Searches either side of January 2026, at the edges of its first and last day."""
    SearchQueryLogFactory(query="Predial", result_count=0, created_at=local(2026, 1, 1, 0, 5))
    SearchQueryLogFactory(query="predial", result_count=0, created_at=local(2026, 1, 15, 12))
    SearchQueryLogFactory(query="sisbén", result_count=3, created_at=local(2026, 1, 31, 23, 30))
    SearchQueryLogFactory(query="diciembre", result_count=0, created_at=local(2025, 12, 31, 23))
    SearchQueryLogFactory(query="febrero", result_count=0, created_at=local(2026, 2, 1, 0, 10))


def test_the_report_shows_the_last_90_days_by_default(editor_client):
    SearchQueryLogFactory(query="catastro", result_count=4, created_at=days_ago(10))
    SearchQueryLogFactory(query="regalías", result_count=0, created_at=days_ago(100))
    html = editor_client.get(REPORT).content.decode()
    today = timezone.localdate()
    assert f'value="{today - timedelta(days=89):%Y-%m-%d}"' in html
    assert f'value="{today:%Y-%m-%d}"' in html
    assert lists(html) == (["catastro"], [])


def test_the_chosen_period_applies_to_both_lists_first_and_last_day_included(
    editor_client, january_searches
):
    html = editor_client.get(REPORT, JANUARY).content.decode()
    assert lists(html) == (["predial", "sisbén"], ["predial"])
    assert "Del 1 de enero de 2026 al 31 de enero de 2026." in html
    assert 'type="date"' in html and 'value="2026-01-01"' in html


def test_an_invalid_date_is_explained_in_spanish_and_kept_as_typed(editor_client):
    SearchQueryLogFactory(query="catastro", created_at=days_ago(1))
    response = editor_client.get(REPORT, {"desde": "2026-02-30", "hasta": "2026-03-31"})
    html = response.content.decode()
    assert "Escriba una fecha válida (año-mes-día), por ejemplo 2026-03-31." in html
    assert 'value="2026-02-30"' in html and 'value="2026-03-31"' in html
    assert 'aria-describedby="id_desde_error"' in html and 'id="id_desde_error"' in html
    assert "catastro" not in html and "Descargar CSV" not in html


def test_a_period_ending_before_it_starts_is_explained(editor_client):
    html = editor_client.get(REPORT, {"desde": "2026-03-01", "hasta": "2026-02-01"}).content
    assert "La fecha «desde» debe ser anterior o igual a la fecha «hasta»." in html.decode()


def test_the_csv_link_downloads_both_lists_for_the_same_period(editor_client, january_searches):
    html = editor_client.get(REPORT, JANUARY).content.decode()
    response = editor_client.get(csv_link(html))
    assert 'filename="busquedas-2026-01-01-a-2026-01-31.csv"' in response["Content-Disposition"]
    assert downloaded(response) == [
        ["lista", "consulta", "búsquedas", "última búsqueda", "resultados (última búsqueda)"],
        ["Consultas más frecuentes", "predial", "2", "2026-01-15 12:00", "0"],
        ["Consultas más frecuentes", "sisbén", "1", "2026-01-31 23:30", "3"],
        ["Consultas sin resultados", "predial", "2", "2026-01-15 12:00", "0"],
    ]


def test_the_csv_with_an_invalid_date_is_refused_with_the_reason(editor_client):
    response = editor_client.get(CSV, {"desde": "ayer"})
    assert response.status_code == 400
    assert "Escriba una fecha válida" in response.content.decode()


def test_the_csv_says_nothing_about_who_searched(client, member, search_backend):
    client.force_login(member)
    client.get("/buscar/", {"q": "catastro rural"})
    client.force_login(UserFactory(roles=[roles.EDITORS]))
    text = "\n".join(",".join(row) for row in downloaded(client.get(CSV)))
    assert "catastro rural" in text
    assert member.username not in text and member.email not in text
    assert member.last_name not in text


REFUSED = {
    "anonymous": None,
    "member": [roles.MEMBERS],
    "training publisher": [roles.TRAINING_PUBLISHERS],
    "moderator": [roles.MODERATORS],
}


@pytest.mark.parametrize("path", [REPORT, CSV], ids=["report", "csv"])
@pytest.mark.parametrize("who", list(REFUSED))
def test_only_editors_see_the_report_or_its_csv(client, who, path):
    SearchQueryLogFactory(query="consulta confidencial", created_at=days_ago(1))
    if REFUSED[who]:
        client.force_login(UserFactory(roles=REFUSED[who]))
    response = client.get(path)
    assert response.status_code == 302
    if who in {"training publisher", "moderator"}:  # in the admin for other work, not for this
        assert response["Location"] == "/admin/"
    else:
        assert response["Location"].startswith("/cuenta/ingresar/")  # the site's login
    assert "Content-Disposition" not in response
    assert "consulta confidencial" not in response.content.decode()


def test_the_csv_quotes_queries_that_a_spreadsheet_would_run_as_formulas(editor_client):
    for query in ('=HYPERLINK("http://example.org","x")', "+1+1", "@SUM(A1)", "-2+3"):
        SearchQueryLogFactory(query=query, result_count=0, created_at=local(2026, 1, 10))
    rows = downloaded(editor_client.get(CSV, JANUARY))
    queries = {row[1] for row in rows if row[0] == "Consultas sin resultados"}
    assert queries == {'\'=hyperlink("http://example.org","x")', "'+1+1", "'@sum(a1)", "'-2+3"}
    assert {row[2] for row in rows[1:]} == {"1"}  # the counts stay numbers
