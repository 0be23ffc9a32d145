"""Documents reach people only through Wagtail's document view, which applies the collection's
view restrictions (sending visitors to the site's own login); `/media/` serves uploaded images and
nothing else; the open-data API lists only the documents the visitor may download. All of it holds
wherever the uploads live: on the disk, or on the S3 bucket several servers share.
"""

import pytest
from wagtail_factories import ImageFactory

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db

REPORT = b"%PDF-1.4 informe reservado: solo para usuarios registrados"


@pytest.fixture(autouse=True, params=["disk", "object store"])
def uploads(request):
    if request.param == "object store":
        request.getfixturevalue("object_store")


@pytest.fixture
def restricted_document():
    """A PDF in a collection restricted to signed-in users."""
    collection = Collection.get_first_root_node().add_child(name="Solo usuarios registrados")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Informe reservado",
        collection=collection,
        file=ContentFile(REPORT, name="informe-reservado.pdf"),
    )
    yield document
    document.file.delete(save=False)


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_an_anonymous_visitor_is_sent_to_the_sites_own_login_for_a_restricted_document(
    client, restricted_document
):
    response = client.get(restricted_document.url)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('accounts:login')}?next={restricted_document.url}"
    assert REPORT not in body(response)


def test_a_signed_in_member_downloads_the_restricted_document(member_client, restricted_document):
    response = member_client.get(restricted_document.url)
    assert response.status_code == 200
    assert body(response) == REPORT


def test_the_stored_file_of_a_document_is_not_served_under_media(
    member_client, restricted_document
):
    """Not even to a signed-in member: /media/ would skip every check the document view makes."""
    media_url = restricted_document.file.url
    assert media_url.startswith("/media/documents/")
    response = member_client.get(media_url)
    assert response.status_code == 404
    assert REPORT not in body(response)


@pytest.mark.parametrize("climb", ["images/../documents", "original_images/%2e%2e/documents"])
def test_a_media_path_cannot_climb_from_the_images_into_the_documents(
    client, restricted_document, climb
):
    name = restricted_document.file.name.removeprefix("documents/")
    response = client.get(f"/media/{climb}/{name}")
    assert response.status_code in (400, 404)
    assert REPORT not in body(response)


def test_uploaded_images_and_their_renditions_are_served_under_media(client):
    image = ImageFactory()
    rendition = image.get_rendition("width-10")
    try:
        for url in (image.file.url, rendition.url):
            response = client.get(url)
            assert response.status_code == 200, url
            with default_storage.open(url.removeprefix("/media/")) as stored:
                assert body(response) == stored.read()
    finally:
        rendition.file.delete(save=False)
        image.file.delete(save=False)


@pytest.fixture
def public_document():
    document = get_document_model().objects.create(
        title="Guía pública", file=ContentFile(b"%PDF-1.4 guia", name="guia-publica.pdf")
    )
    yield document
    document.file.delete(save=False)


def test_the_open_data_api_lists_only_documents_anyone_may_download(
    client, restricted_document, public_document
):
    response = client.get("/api/v2/documents/?fields=download_url")
    assert response.status_code == 200
    listed = response.json()["items"]
    assert [item["title"] for item in listed] == ["Guía pública"]
    assert "Informe reservado" not in response.content.decode()
    assert restricted_document.url not in response.content.decode()


def test_the_open_data_api_does_not_describe_a_restricted_document(client, restricted_document):
    response = client.get(f"/api/v2/documents/{restricted_document.pk}/")
    assert response.status_code == 404


def test_documents_in_a_collection_inside_a_restricted_one_stay_out_of_the_api(
    client, restricted_document
):
    """Wagtail applies a collection's restriction to the collections inside it too."""
    inner = restricted_document.collection.add_child(name="Anexos")
    restricted_document.collection = inner
    restricted_document.save()
    assert client.get("/api/v2/documents/").json()["items"] == []


def test_a_signed_in_member_finds_the_documents_reserved_for_members_in_the_api(
    member_client, restricted_document
):
    """Wagtail's API applies the same restriction as the download: members may see these."""
    listed = member_client.get("/api/v2/documents/").json()["items"]
    assert [item["title"] for item in listed] == ["Informe reservado"]
