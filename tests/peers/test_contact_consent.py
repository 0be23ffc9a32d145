"""The consent to be contacted by colleagues: off by default, chosen on "Mi perfil", every grant
and withdrawal recorded with the words ticked."""

from peers.consent import is_contactable
from peers.models import CONTACT_TEXT, ContactConsent

from .conftest import CARMEN_DEL_DARIEN, colleague, soup_of


def test_members_are_not_contactable_until_they_say_so(db):
    member = colleague("Alcaldía de Carmen del Darién", CARMEN_DEL_DARIEN)
    assert not is_contactable(member)
    assert not ContactConsent.objects.exists()


def test_the_profile_offers_the_box_unticked_and_saving_it_records_the_consent(client, lucia):
    client.force_login(lucia)
    soup = soup_of(client.get("/cuenta/perfil/"))
    box = soup.find("input", attrs={"name": "contactable"})
    assert box is not None and not box.has_attr("checked")
    assert str(CONTACT_TEXT) in soup.get_text()
    form = box.find_parent("form")
    response = client.post(form["action"], {"contactable": "on", "next": "/cuenta/perfil/"})
    assert response.status_code == 302
    assert is_contactable(lucia)
    soup = soup_of(client.get("/cuenta/perfil/"))
    assert soup.find("input", attrs={"name": "contactable"}).has_attr("checked")


def test_withdrawing_is_recorded_too_and_stops_contact(client, lucia):
    client.force_login(lucia)
    client.post("/colegas/contacto/", {"contactable": "on"})
    client.post("/colegas/contacto/", {})
    assert not is_contactable(lucia)
    assert list(ContactConsent.objects.values_list("granted", "text")) == [
        (True, str(CONTACT_TEXT)),
        (False, str(CONTACT_TEXT)),
    ]


def test_visitors_cannot_set_the_consent(client, db):
    response = client.post("/colegas/contacto/", {"contactable": "on"})
    assert response.status_code == 302 and "/cuenta/" in response["Location"]
    assert not ContactConsent.objects.exists()


def test_a_foreign_next_address_is_ignored(client, lucia):
    client.force_login(lucia)
    response = client.post("/colegas/contacto/", {"next": "https://example.com/"})
    assert response["Location"] == "/cuenta/perfil/"
