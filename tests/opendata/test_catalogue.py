"""The open-data catalogue: a DCAT-AP JSON-LD document a national portal can harvest, whose every
download answers, and the page that lists the same datasets for people."""

import csv
import io
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from rdflib import RDF, Graph, Namespace, URIRef

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from knowledge.factories import GuidePageFactory
from opendata.catalogue import FREQUENCY, LICENCE_URI
from opendata.downloads import MIN_SEARCHES
from search.factories import SearchQueryLogFactory

# Plain namespaces: rdflib's closed ones (rdflib.namespace.DCAT…) warn when pytest inspects them.
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
IANA = "http://www.iana.org/assignments/media-types/"
CATALOGUE = "/datos/catalogo.jsonld"


def catalogue_graph(client):
    response = client.get(CATALOGUE)
    assert response.status_code == 200
    assert response["Content-Type"].split(";")[0] == "application/ld+json"
    graph = Graph()
    graph.parse(data=response.content.decode(), format="json-ld")
    return graph


def datasets(graph):
    return set(graph.subjects(RDF.type, DCAT.Dataset))


def titles(graph):
    return {str(graph.value(dataset, DCTERMS.title)) for dataset in datasets(graph)}


def download(client, url):
    parts = urlsplit(str(url))
    return client.get(parts.path + (f"?{parts.query}" if parts.query else ""))


def csv_rows(response):
    body = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(body)))


def test_catalogue_parses_as_dcat_and_lists_every_open_dataset(client, open_site):
    graph = catalogue_graph(client)
    (catalogue,) = graph.subjects(RDF.type, DCAT.Catalog)
    assert set(graph.objects(catalogue, DCAT.dataset)) == datasets(graph)
    assert titles(graph) == {
        "Biblioteca de asistencia técnica territorial",
        "Cursos y convocatorias de formación",
        "Resultados del encuentro anual de buenas prácticas",
        "Utilidad y adopción de la biblioteca",
        "Demanda de búsqueda",
    }


def test_every_dataset_states_licence_publisher_frequency_and_downloads(client, open_site):
    graph = catalogue_graph(client)
    for dataset in datasets(graph):
        assert graph.value(dataset, DCTERMS.license) == URIRef(LICENCE_URI), dataset
        publisher = graph.value(dataset, DCTERMS.publisher)
        assert str(graph.value(publisher, FOAF.name)) == "Departamento Nacional de Planeación"
        assert str(graph.value(dataset, DCTERMS.accrualPeriodicity)) in FREQUENCY.values()
        assert graph.value(dataset, DCTERMS.description) is not None
        assert list(graph.objects(dataset, DCAT.keyword)), dataset
        assert list(graph.objects(dataset, DCAT.distribution)), dataset


def test_the_operator_is_the_contact_point(client, open_site):
    graph = catalogue_graph(client)
    for dataset in datasets(graph):
        contact = graph.value(dataset, DCAT.contactPoint)
        assert (contact, RDF.type, VCARD.Organization) in graph
        assert graph.value(contact, VCARD.hasEmail) == URIRef("mailto:datos@dnp.gov.co")


def test_every_download_answers_with_the_media_type_it_announces(client, open_site, feedback):
    graph = catalogue_graph(client)
    distributions = list(graph.subjects(RDF.type, DCAT.Distribution))
    assert len(distributions) == 9
    for distribution in distributions:
        url = graph.value(distribution, DCAT.downloadURL)
        media_type = str(graph.value(distribution, DCAT.mediaType)).removeprefix(IANA)
        response = download(client, url)
        assert response.status_code == 200, url
        assert response["Content-Type"].split(";")[0] == media_type, url


def test_library_dataset_is_dated_by_its_latest_public_item(client, open_site, feedback):
    graph = catalogue_graph(client)
    library = next(d for d in datasets(graph) if str(d).endswith("#biblioteca"))
    assert graph.value(library, DCTERMS.issued) is not None
    modified = graph.value(library, DCTERMS.modified).toPython()  # to the second
    # The lesson, the last public item published (the restricted guide came after it).
    assert modified == open_site.lesson.last_published_at.replace(microsecond=0)


def test_open_data_page_lists_the_datasets_with_licence_and_downloads(client, open_site):
    response = client.get("/datos/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Datos abiertos"
    sections = soup.select("section.dataset")
    assert [s.h2.get_text() for s in sections][:2] == [
        "Biblioteca de asistencia técnica territorial",
        "Cursos y convocatorias de formación",
    ]
    for section in sections:
        assert section.find("a", href=LICENCE_URI)
        assert section.select("dd ul li a")
    assert soup.find("a", href="/datos/catalogo.jsonld")


def test_every_page_footer_links_to_open_data(client, open_site):
    soup = BeautifulSoup(client.get(open_site.guide.url).content, "html.parser")
    assert soup.select_one("footer a[href='/datos/']").get_text() == "Datos abiertos"


def test_usefulness_csv_has_public_counts_and_no_one_behind_them(client, feedback):
    rows = csv_rows(client.get("/datos/utilidad-y-adopcion.csv"))
    by_title = {row["titulo"]: row for row in rows}
    assert set(by_title) == {feedback.guide.title, feedback.lesson.title}  # not the restricted one
    guide = by_title[feedback.guide.title]
    assert (guide["le_sirvio"], guide["no_le_sirvio"]) == ("3", "1")
    assert (guide["entidades_que_la_aplican"], guide["departamentos"]) == ("2", "1")
    assert by_title[feedback.lesson.title]["entidades_que_la_aplican"] == ""  # not adoptable
    body = "".join(",".join(row.values()) for row in rows)
    assert "Ipiales" not in body
    assert "Me sirvió mucho" not in body


def last_month_day():
    return timezone.now().replace(day=1) - timedelta(days=2)


def test_search_demand_publishes_counts_of_at_least_five_and_never_what_was_typed(client, db):
    when = last_month_day()
    for _ in range(MIN_SEARCHES):
        SearchQueryLogFactory(
            query="Juan Pérez alcalde", filters={"sector": ["salud"]}, result_count=0,
            created_at=when,
        )  # fmt: skip
    SearchQueryLogFactory(query="catastro", filters={"sector": ["vivienda"]}, created_at=when)
    rows = csv_rows(client.get("/datos/demanda-de-busqueda.csv"))
    month = timezone.localtime(when).strftime("%Y-%m")
    assert [(r["mes"], r["faceta"], r["valor"], r["busquedas"]) for r in rows] == [
        (month, "todas", "", "6"),
        (month, "sector", "salud", "5"),  # vivienda, searched once, is left out
    ]
    assert rows[1]["sin_resultados"] == "5"
    assert "Juan" not in str(rows)


def test_search_demand_leaves_out_the_month_still_running(client, db):
    for _ in range(MIN_SEARCHES):
        SearchQueryLogFactory(query="predial")
    assert csv_rows(client.get("/datos/demanda-de-busqueda.csv")) == []


@pytest.mark.parametrize("url", ["/datos/", CATALOGUE, "/datos/demanda-de-busqueda.csv"])
def test_open_data_needs_no_account(client, db, url):
    assert client.get(url).status_code == 200


def test_usefulness_csv_costs_the_same_queries_for_more_items(
    client, feedback, django_assert_num_queries
):
    with CaptureQueriesContext(connection) as few:
        csv_rows(client.get("/datos/utilidad-y-adopcion.csv"))
    for n in range(4):
        GuidePageFactory(parent=feedback.library, title=f"Guía adicional {n}")
    with django_assert_num_queries(len(few)):
        csv_rows(client.get("/datos/utilidad-y-adopcion.csv"))
