"""AWS_STORAGE_BUCKET_NAME puts the uploads on an S3-compatible object store (core/storage.py), so
every server reads what any of them received. Against moto's S3 server on this machine.

What the uploads look like to people is tested on both storages in tests/site/test_documents.py;
here, what only the object store changes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from wagtail.documents import get_document_model

from core import pdf as core_pdf
from tests.conftest import S3_CREDENTIALS

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
MINUTES = b"%PDF-1.4 acta del consejo territorial de planeacion"


def read_in_another_server(store, name):
    """`name` read by a separate process with the production settings on the same bucket, as a
    second gunicorn, on another machine, would read it."""
    environment = {
        "DJANGO_SETTINGS_MODULE": "siteconf.settings.production",
        "SECRET_KEY": "k" * 60,
        "DATABASE_URL": "postgres://redatt@127.0.0.1:9/never-connected",  # storage is enough
        "AWS_STORAGE_BUCKET_NAME": store.bucket,
        "AWS_S3_ENDPOINT_URL": store.endpoint,
        "PATH": "/usr/bin:/bin",
        **S3_CREDENTIALS,
    }
    script = (
        "import django, json; django.setup()\n"
        "from django.core.files.storage import default_storage\n"
        f"with default_storage.open({name!r}, 'rb') as stored: data = stored.read()\n"
        "print(json.dumps({'storage': type(default_storage._wrapped).__name__,"
        " 'data': data.decode()}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_document_uploaded_on_one_server_is_read_by_another(object_store):
    document = get_document_model().objects.create(
        title="Acta", file=ContentFile(MINUTES, name="acta.pdf")
    )

    keys = [item["Key"] for item in object_store.client.list_objects_v2(
        Bucket=object_store.bucket)["Contents"]]  # fmt: skip
    assert keys == [document.file.name]
    assert read_in_another_server(object_store, document.file.name) == {
        "storage": "ObjectStorage",
        "data": MINUTES.decode(),
    }


def test_uploads_are_private_objects_and_their_address_is_the_sites_own(object_store):
    document = get_document_model().objects.create(
        title="Acta", file=ContentFile(MINUTES, name="acta.pdf")
    )

    grants = object_store.client.get_object_acl(Bucket=object_store.bucket, Key=document.file.name)
    grantees = [grant["Grantee"].get("URI", "") for grant in grants["Grants"]]
    assert not [uri for uri in grantees if uri.endswith(("AllUsers", "AuthenticatedUsers"))]
    assert document.file.url == f"/media/{document.file.name}"
    assert object_store.endpoint not in document.file.url


def test_two_uploads_with_the_same_name_keep_both(object_store):
    """Two servers receiving "acta.pdf" at once must not overwrite each other's file."""
    first = default_storage.save("documents/acta.pdf", ContentFile(b"primera"))
    second = default_storage.save("documents/acta.pdf", ContentFile(b"segunda"))

    assert first != second
    assert [default_storage.open(name).read() for name in (first, second)] == [
        b"primera",
        b"segunda",
    ]


def test_stored_pdf_copies_are_replaced_and_dropped_on_the_store(object_store):
    name = core_pdf.path("knowledge", 7, "item-r1.pdf")
    core_pdf.save(name, b"%PDF version uno")
    core_pdf.save(name, b"%PDF version dos")

    assert core_pdf.read(name) == b"%PDF version dos"
    assert core_pdf.size(name) == len(b"%PDF version dos")
    default_storage.delete(name)
    assert core_pdf.read(name) is None and core_pdf.size(name) is None


def test_health_reports_the_object_store_and_its_outage(client, object_store, settings):
    assert client.get("/health/").json()["media"] == "ok"

    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            **settings.STORAGES["default"],
            "OPTIONS": {**settings.STORAGES["default"]["OPTIONS"], "bucket_name": "no-existe"},
        },
    }
    answer = client.get("/health/")
    assert answer.status_code == 200  # the database decides the code; media only degrades
    assert answer.json()["media"] == "down"
    assert answer.json()["status"] == "degraded"


def test_health_says_nothing_of_media_on_the_local_disk(client):
    assert "media" not in client.get("/health/").json()
