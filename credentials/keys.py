"""The key that signs the Open Badges credentials, and its public half, published as a JWKS.

The operator sets `CREDENTIALS_SIGNING_KEY` (an EC P-256 private key in PEM, or the path of a
file holding it; README, "Certificados"). Production refuses to sign without it
(`CREDENTIALS_KEY_REQUIRED`): a key made up on the server would be lost with it, and every
credential signed with it would stop verifying. Development and tests, without one, make a key
once and keep it under `.cache/`, outside the repository's files.

Keys are parsed and used by joserfc, never by code of ours.
"""

import functools
import os
from pathlib import Path

from joserfc.jwk import ECKey, KeySet

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

ALGORITHM = "ES256"
CURVE = "P-256"


def _development_key_file():
    return Path(settings.BASE_DIR) / ".cache" / "credentials-signing-key.pem"


def _read_configured(value):
    value = value.strip()
    if value.startswith("-----BEGIN"):
        return value.encode()
    return Path(value).read_bytes()


def _development_pem():
    path = _development_key_file()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        pem = ECKey.generate_key(CURVE).as_pem(private=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(pem)
        os.replace(temporary, path)  # two processes at once: one key wins, both read it
    return path.read_bytes()


def _pem():
    configured = getattr(settings, "CREDENTIALS_SIGNING_KEY", "")
    if configured:
        return _read_configured(configured)
    if getattr(settings, "CREDENTIALS_KEY_REQUIRED", False):
        raise ImproperlyConfigured(
            "CREDENTIALS_SIGNING_KEY must be set in production: the EC P-256 private key (PEM, or "
            "the path of a PEM file) that signs the Open Badges credentials. See README."
        )
    return _development_pem()


@functools.cache
def _key_from(pem):
    key = ECKey.import_key(pem)
    if key.curve_name != CURVE:
        raise ImproperlyConfigured("CREDENTIALS_SIGNING_KEY must be an EC key on curve P-256.")
    return ECKey.import_key(pem, {"kid": key.thumbprint(), "use": "sig", "alg": ALGORITHM})


def signing_key():
    """The private key (joserfc ECKey) with its key id, the RFC 7638 thumbprint."""
    return _key_from(_pem())


def public_jwks():
    """The JWKS everyone may download to verify a credential offline (never the private part)."""
    return KeySet([ECKey.import_key(signing_key().as_dict(private=False))]).as_dict(private=False)


def public_key_set():
    return KeySet.import_key_set(public_jwks())
