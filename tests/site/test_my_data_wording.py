""" "Mis datos" in words a member reads: the CSV says "Sí"/"No", and the deletion page says what
is kept."""

import csv
import io
import json

import pytest

from django.test import Client

from accounts.factories import UserFactory

pytestmark = pytest.mark.django_db
MY_DATA = "/cuenta/mis-datos/"


@pytest.fixture
def ana_client(db):
    client = Client()
    client.force_login(UserFactory(username="ana_pasto"))
    return client


def test_the_csv_download_writes_yes_and_no_in_spanish_while_json_keeps_true_and_false(
    ana_client,
):
    body = b"".join(ana_client.get(MY_DATA + "descargar.csv").streaming_content)
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))
    shown = {row["campo"]: row["valor"] for row in rows if row["seccion"] == "perfil"}
    assert shown["muestra_nombre_y_entidad"] == "Sí"
    verified = [row["valor"] for row in rows if row["campo"] == "verificado"]
    assert verified == ["Sí"]
    values = {row["valor"] for row in rows}
    assert "True" not in values and "False" not in values
    data = json.loads(ana_client.get(MY_DATA + "descargar.json").content)
    assert data["perfil"]["muestra_nombre_y_entidad"] is True


def test_the_csv_download_writes_no_for_false():
    client = Client()
    client.force_login(UserFactory(username="luis_tumaco", consent__show_identity=False))
    body = b"".join(client.get(MY_DATA + "descargar.csv").streaming_content)
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline="")))
    shown = {row["campo"]: row["valor"] for row in rows if row["seccion"] == "perfil"}
    assert shown["muestra_nombre_y_entidad"] == "No"


def test_the_deletion_page_says_feedback_and_adoptions_are_kept_and_counted_without_the_member(
    ana_client,
):
    page = ana_client.get(MY_DATA + "eliminar/").content.decode()
    assert "¿Le sirvió?" in page
    assert "La estamos aplicando" in page
    assert "sin su nombre" in page
