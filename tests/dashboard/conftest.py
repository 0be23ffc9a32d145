"""Who reads the dashboard, and the helpers its tests share."""

import csv
import io

import pytest
from bs4 import BeautifulSoup

from accounts import roles
from accounts.factories import UserFactory

DASHBOARD = "/admin/tablero/"


def csv_url(slug):
    return f"{DASHBOARD}{slug}.csv"


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def figure_of(soup, slug):
    return soup.find(id=slug)


def table_rows(figure):
    """[[header, cell, …], …] of a figure's table body, as text."""
    return [
        [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])]
        for row in figure.select("table tbody tr")
    ]


def chart_text(figure):
    return figure.find("svg").get_text(" ", strip=True)


def csv_of(response):
    assert response.status_code == 200, response.status_code
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


@pytest.fixture
def offering_entity_client(client, db):
    client.force_login(UserFactory(username="funcionaria_dnp", roles=[roles.OFFERING_ENTITIES]))
    return client
