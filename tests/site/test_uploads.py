"""Editors upload documents and images in the admin and choose them in a guide; training
publishers upload too but edit only their own files; moderators and members upload nothing
(issue 28). The permissions are collection permissions granted by accounts 0007."""

import io

import pytest
from PIL import Image as PILImage

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from accounts import roles
from accounts.factories import UserFactory
from knowledge.factories import GuidePageFactory, create_library

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def pdf_file(name="guia-anexo.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")


def png_file(name="mapa.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), "green").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def signed_in(client, role, username):
    user = UserFactory(username=username, roles=[role])
    client.force_login(user)
    return user


def upload_document(client, title):
    root = Collection.get_first_root_node()
    return client.post(
        "/admin/documents/add/", {"title": title, "file": pdf_file(), "collection": root.pk}
    )


def upload_image(client, title):
    root = Collection.get_first_root_node()
    return client.post(
        "/admin/images/add/", {"title": title, "file": png_file(), "collection": root.pk}
    )


def test_an_editor_uploads_a_document_and_an_image_and_chooses_them_in_a_guide(client):
    signed_in(client, roles.EDITORS, "editora_subidas")
    assert client.get("/admin/documents/").status_code == 200
    assert client.get("/admin/images/").status_code == 200

    upload_document(client, "Anexo de la guía")
    upload_image(client, "Mapa de la guía")
    document = Document.objects.get(title="Anexo de la guía")
    assert Image.objects.filter(title="Mapa de la guía").exists()

    guide = GuidePageFactory(parent=create_library(), title="Guía con anexos")
    assert client.get(f"/admin/pages/{guide.pk}/edit/").status_code == 200
    chooser = client.get("/admin/documents/chooser/").json()["html"]
    assert "Anexo de la guía" in chooser
    assert "/admin/documents/chooser/create/" in chooser  # the chooser offers an upload
    chosen = client.get(f"/admin/documents/chooser/chosen/{document.pk}/").json()
    assert chosen["result"]["id"] == str(document.pk)
    images = client.get("/admin/images/chooser/").json()["html"]
    assert "Mapa de la guía" in images
    assert "/admin/images/chooser/create/" in images


def test_an_editor_uploads_from_the_guides_document_chooser(client):
    signed_in(client, roles.EDITORS, "editor_selector")
    root = Collection.get_first_root_node()
    response = client.post(
        "/admin/documents/chooser/create/",
        {"document-chooser-upload-title": "Subido desde la guía",
         "document-chooser-upload-file": pdf_file(),
         "document-chooser-upload-collection": root.pk},
    )  # fmt: skip
    assert response.status_code == 200
    assert Document.objects.filter(title="Subido desde la guía").exists()


@pytest.mark.parametrize("role", [roles.MODERATORS, roles.MEMBERS, roles.JURY])
def test_moderators_jurors_and_members_upload_nothing(client, role):
    signed_in(client, role, "sin_subidas")
    upload_document(client, "Documento no permitido")
    upload_image(client, "Imagen no permitida")
    assert client.get("/admin/documents/add/").status_code != 200
    assert client.get("/admin/images/add/").status_code != 200
    assert not Document.objects.filter(title="Documento no permitido").exists()
    assert not Image.objects.filter(title="Imagen no permitida").exists()


def test_a_training_publisher_uploads_but_edits_only_own_files(client):
    editor = UserFactory(username="editora_duena", roles=[roles.EDITORS])
    editors_document = Document.objects.create(
        title="Documento de la editora", file=pdf_file("de-la-editora.pdf"), uploaded_by_user=editor
    )
    signed_in(client, roles.TRAINING_PUBLISHERS, "publicador_subidas")
    upload_document(client, "Programa del curso")
    upload_image(client, "Afiche del curso")
    own = Document.objects.get(title="Programa del curso")
    assert Image.objects.filter(title="Afiche del curso").exists()
    assert client.get(f"/admin/documents/edit/{own.pk}/").status_code == 200

    client.post(
        f"/admin/documents/edit/{editors_document.pk}/",
        {"title": "Cambiado por otro", "collection": editors_document.collection_id},
    )
    editors_document.refresh_from_db()
    assert editors_document.title == "Documento de la editora"
    assert client.get(f"/admin/documents/edit/{editors_document.pk}/").status_code != 200
