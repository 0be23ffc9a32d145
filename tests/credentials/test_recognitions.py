"""Winners and finalists of an edition get a recognition, as a certificate and a credential, when
the results are published; nobody else does."""

import pytest
from joserfc.jwk import KeySet

from django.urls import reverse

from accounts import roles
from accounts.factories import UserFactory
from credentials import badges
from credentials.models import Certificate
from knowledge.factories import PracticePageFactory, create_library
from meeting.factories import NominationFactory, create_edition
from meeting.models.pages import Phase
from meeting.phases import advance

from .conftest import client_of

pytestmark = pytest.mark.django_db


def test_publishing_the_results_recognises_winners_and_finalists_only(client):
    library = create_library()
    owners = [UserFactory(username=f"autora{n}") for n in range(3)]
    practices = [
        PracticePageFactory(parent=library, title=title, owner=owner)
        for title, owner in zip(
            ("Catastro en Pasto", "Presupuesto en Ipiales", "Archivo en Tumaco"), owners,
            strict=True,
        )
    ]  # fmt: skip
    edition = create_edition(year=2026, call="closed", phase=Phase.DELIBERATION)
    for practice, status in zip(practices, ("ganadora", "finalista", "no_seleccionada"),
                                strict=True):  # fmt: skip
        NominationFactory(edition=edition, practice=practice, status=status,
                          eligibility="admisible")  # fmt: skip

    advance(edition)

    winner, finalist = (Certificate.objects.get(user=owners[n]) for n in range(2))
    assert winner.kind == finalist.kind == Certificate.Kind.RECOGNITION
    assert winner.title == "Práctica ganadora: Catastro en Pasto"
    assert finalist.title == "Práctica finalista: Presupuesto en Ipiales"
    assert not Certificate.objects.filter(user=owners[2]).exists()
    page = client.get(reverse("credentials:verify", args=[winner.display_code])).content.decode()
    assert "Certificado válido." in page and "Catastro en Pasto" in page


@pytest.fixture
def recognition(db):
    owner = UserFactory(username="autora_premiada", first_name="Rosa", last_name="Quiñones")
    practice = PracticePageFactory(parent=create_library(), title="Catastro en Pasto", owner=owner)
    edition = create_edition(year=2026, call="closed", phase=Phase.DELIBERATION)
    NominationFactory(edition=edition, practice=practice, status="ganadora",
                      eligibility="admisible")  # fmt: skip
    advance(edition)
    return Certificate.objects.get(user=owner)


def test_the_recognition_is_also_a_signed_credential(recognition, client):

    from .conftest import client_of

    url = reverse("my_certificates:credential", args=[recognition.display_code])
    token = client_of(recognition.user).get(url).content.decode()
    claims = badges.verify(
        token, KeySet.import_key_set(client.get(reverse("credentials:jwks")).json())
    )
    achievement = claims["credentialSubject"]["achievement"]
    assert achievement["achievementType"] == "Award"
    assert achievement["name"] == "Práctica ganadora: Catastro en Pasto"


def test_only_the_meetings_curators_revoke_a_recognition(recognition):
    url = reverse("credentials_revoke", args=[recognition.pk])
    publisher = UserFactory(username="esap_prueba", roles=[roles.TRAINING_PUBLISHERS])
    refused = client_of(publisher).post(url, {"reason": "No me corresponde."})
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
    recognition.refresh_from_db()
    assert not recognition.is_revoked

    editor = UserFactory(username="editora", roles=[roles.EDITORS])
    listing = client_of(editor).get(reverse("credentials_report")).content.decode()
    assert recognition.display_code in listing
    assert client_of(editor).post(url, {"reason": "Plagio comprobado."}).status_code == 302
    recognition.refresh_from_db()
    assert recognition.is_revoked and recognition.revocation_reason == "Plagio comprobado."
