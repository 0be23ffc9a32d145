"""Open Badges 3.0: each certificate as a W3C Verifiable Credential (data model 2.0) of type
OpenBadgeCredential, signed as a VC-JWT (JWS compact serialisation, ES256) with joserfc.

Anyone verifies one offline with the issuer's public key, published as a JWKS at
/verificar/clave.json (its address is also the JWS header's `jku`, and the key id its `kid`).
The credential's `id` is its verification page, which says whether it has been revoked since.
The subject is named (`identifier`, type "name") only as the member consented to show it.
"""

from joserfc import jwt

from django.urls import reverse
from django.utils.text import slugify

from core import links

from .holder import public_holder_name
from .keys import ALGORITHM, public_key_set, signing_key

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
MEDIA_TYPE = "vc+jwt"


def issuer_id():
    return links.absolute(reverse("credentials:issuer"))


def jwks_url():
    return links.absolute(reverse("credentials:jwks"))


def verification_url(certificate):
    return links.absolute(reverse("credentials:verify", args=[certificate.display_code]))


def issuer_profile(operator_name="Red ATT"):
    """The issuer's Profile, served at its own id."""
    return {
        "@context": CONTEXTS,
        "id": issuer_id(),
        "type": ["Profile"],
        "name": operator_name,
        "url": links.base_url(),
        "description": "Red ATT: plataforma de conocimiento y comunidad de la asistencia técnica "
        "territorial de Colombia. Expide los certificados de su plan de formación y los "
        "reconocimientos de su encuentro anual de buenas prácticas.",
    }


def _criteria(certificate):
    if certificate.kind == certificate.Kind.COURSE:
        hours = f" ({certificate.hours} horas)" if certificate.hours else ""
        return (
            f"Completar el curso «{certificate.title}»{hours} según las reglas de aprobación "
            f"de {certificate.issuing_entity}."
        )
    return "Ser elegida finalista o ganadora por el jurado del encuentro de buenas prácticas."


def achievement(certificate):
    issuer = issuer_id()
    data = {
        "id": f"{verification_url(certificate)}#logro",
        "type": ["Achievement"],
        "achievementType": "Course" if certificate.kind == certificate.Kind.COURSE else "Award",
        "name": certificate.title,
        "description": certificate.description or certificate.title,
        "criteria": {"narrative": _criteria(certificate)},
        "creator": {
            "id": f"{issuer}#{slugify(certificate.issuing_entity) or 'entidad'}",
            "type": ["Profile"],
            "name": certificate.issuing_entity,
        },
    }
    if certificate.hours:
        data["hours"] = certificate.hours  # an issuer-dependent term (VC 2.0's @vocab)
    return data


def credential(certificate, operator_name="Red ATT"):
    """The unsigned OpenBadgeCredential of `certificate`."""
    subject = {"type": ["AchievementSubject"], "achievement": achievement(certificate)}
    name = public_holder_name(certificate, default="")
    if name:
        subject["identifier"] = [
            {"type": "IdentityObject", "identityType": "name", "hashed": False,
             "identityHash": name}
        ]  # fmt: skip
    data = {
        "@context": CONTEXTS,
        "id": verification_url(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": certificate.title,
        "issuer": {"id": issuer_id(), "type": ["Profile"], "name": operator_name},
        "validFrom": certificate.issued_at.isoformat(timespec="seconds"),
        "awardedDate": certificate.issued_at.isoformat(timespec="seconds"),
        "credentialSubject": subject,
    }
    return data


def signed(certificate, operator_name="Red ATT"):
    """The credential as a VC-JWT: the JWT claims are the credential, plus `iss`, `jti`, `nbf`."""
    key = signing_key()
    body = credential(certificate, operator_name)
    claims = {
        **body,
        "iss": body["issuer"]["id"],
        "jti": body["id"],
        "nbf": int(certificate.issued_at.timestamp()),
    }
    header = {"alg": ALGORITHM, "kid": key.kid, "typ": MEDIA_TYPE, "cty": "vc", "jku": jwks_url()}
    return jwt.encode(header, claims, key, algorithms=[ALGORITHM])


def verify(token, key_set=None):
    """The credential's claims when `token` verifies against the published key; raises joserfc's
    errors otherwise (a changed byte gives BadSignatureError or a decoding error)."""
    decoded = jwt.decode(token, key_set or public_key_set(), algorithms=[ALGORITHM])
    return decoded.claims


def download_name(certificate):
    return f"credencial-{certificate.display_code}.jwt"
