"""The Open Badges 3.0 credential: a VC-JWT signed with the operator's key, verified offline with
the published JWKS; one changed byte and it no longer verifies."""

import json

import pytest
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from credentials import badges
from credentials.issuing import revoke

from .conftest import client_of

pytestmark = pytest.mark.django_db


def download(graduate, certificate):
    response = client_of(graduate).get(
        reverse("my_certificates:credential", args=[certificate.display_code])
    )
    assert response.status_code == 200
    return response.content.decode()


def published_keys(client):
    response = client.get(reverse("credentials:jwks"))
    assert response.status_code == 200
    return response.json()


def changed_byte(token, position):
    replacement = "A" if token[position] != "A" else "B"
    return token[:position] + replacement + token[position + 1 :]


def test_the_credential_verifies_with_the_published_key_and_says_what_was_achieved(
    client, graduate, certificate
):
    token = download(graduate, certificate)
    claims = badges.verify(token, KeySet.import_key_set(published_keys(client)))
    assert claims["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert claims["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert "purl.imsglobal.org/spec/ob/v3p0" in claims["@context"][1]
    achievement = claims["credentialSubject"]["achievement"]
    assert achievement["name"] == "Presupuesto público territorial"
    assert achievement["hours"] == 40 and achievement["criteria"]["narrative"]
    assert claims["id"].endswith(reverse("credentials:verify", args=[certificate.display_code]))
    assert claims["issuer"]["id"].endswith(reverse("credentials:issuer"))
    assert claims["credentialSubject"]["identifier"][0]["identityHash"] == "Luz Marina Ortega Díaz"
    assert graduate.email not in json.dumps(claims)


def test_one_changed_byte_makes_the_credential_fail_verification(client, graduate, certificate):
    token = download(graduate, certificate)
    keys = KeySet.import_key_set(published_keys(client))
    header, payload, signature = token.split(".")
    for position in (len(header) + 1 + len(payload) // 2, len(header) + len(payload) + 10):
        with pytest.raises((JoseError, ValueError)):
            badges.verify(changed_byte(token, position), keys)


def test_the_published_key_set_holds_no_private_part(client):
    (key,) = published_keys(client)["keys"]
    assert key["kty"] == "EC" and key["crv"] == "P-256" and key["kid"]
    assert "d" not in key


def test_the_issuer_profile_is_published_at_the_issuer_id(client):
    profile = client.get(reverse("credentials:issuer")).json()
    assert profile["type"] == ["Profile"]
    assert profile["id"].endswith(reverse("credentials:issuer"))


def test_a_revoked_certificate_is_not_handed_out_as_a_credential(graduate, certificate, publisher):
    revoke(certificate, by=publisher, reason="Error de registro.")
    url = reverse("my_certificates:credential", args=[certificate.display_code])
    assert client_of(graduate).get(url).status_code == 404


def test_production_refuses_to_sign_without_the_operators_key(settings, certificate):
    settings.CREDENTIALS_SIGNING_KEY = ""
    settings.CREDENTIALS_KEY_REQUIRED = True
    with pytest.raises(ImproperlyConfigured):
        badges.signed(certificate)


def test_the_operators_key_signs_when_configured(settings, tmp_path, certificate, client):
    from joserfc.jwk import ECKey

    key_file = tmp_path / "clave.pem"
    key_file.write_bytes(ECKey.generate_key("P-256").as_pem(private=True))
    settings.CREDENTIALS_SIGNING_KEY = str(key_file)
    settings.CREDENTIALS_KEY_REQUIRED = True
    token = badges.signed(certificate)
    badges.verify(token, KeySet.import_key_set(published_keys(client)))
