"""The catalogue (`catalogue.datasets()`) written as JSON-LD in the DCAT-AP vocabulary, ready to
register in an open-data portal that harvests DCAT (datos.gov.co, data.europa.eu).

Every term is a DCAT-AP one: dcat:Catalog › dcat:Dataset › dcat:Distribution, with dct:license,
dct:publisher (foaf:Agent), dcat:contactPoint (vcard), dct:accrualPeriodicity and dcat:theme from
the EU vocabularies, dcat:mediaType as an IANA URI and dct:format as an EU file type.
"""

import re
from datetime import date, datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.links import absolute

from .catalogue import COUNTRY, FREQUENCY, LANGUAGE, LICENCE_URI, THEME

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
MEDIA_TYPE = "application/ld+json"


def ref(uri):
    return {"@id": uri}


def text(value):
    return {"@value": str(value), "@language": "es"}


def when(value):
    """A dct:issued/modified literal: xsd:date for a date, xsd:dateTime for a moment."""
    if isinstance(value, datetime):
        moment = timezone.localtime(value).replace(microsecond=0)
        return {"@value": moment.isoformat(), "@type": "xsd:dateTime"}
    if isinstance(value, date):
        return {"@value": value.isoformat(), "@type": "xsd:date"}
    return None


def publisher(operator, homepage):
    agent = {"@id": homepage + "#publicador", "@type": "foaf:Agent", "foaf:name": operator.name}
    if operator.website:
        agent["foaf:homepage"] = ref(operator.website)
    return agent


def contact_point(operator, homepage):
    contact = {
        "@id": homepage + "#contacto",
        "@type": "vcard:Organization",
        "vcard:fn": operator.name,
    }
    if operator.email:
        contact["vcard:hasEmail"] = ref(f"mailto:{operator.email}")
    if operator.phone:
        contact["vcard:hasTelephone"] = ref("tel:" + re.sub(r"[^\d+]", "", operator.phone))
    return contact


def distribution(item, homepage, licence):
    return {
        "@id": f"{homepage}#{item.slug}",
        "@type": "dcat:Distribution",
        "dct:title": text(f"{item.title} ({item.label})"),
        "dcat:accessURL": ref(item.url),
        "dcat:downloadURL": ref(item.url),
        "dcat:mediaType": ref(item.media_type_uri),
        "dct:format": ref(item.file_type_uri),
        "dct:license": licence,
    }


def dataset(item, homepage, agent, contact, licence):
    data = {
        "@id": f"{homepage}#{item.slug}",
        "@type": "dcat:Dataset",
        "dct:identifier": item.slug,
        "dct:title": text(item.title),
        "dct:description": text(item.description),
        "dcat:keyword": [text(keyword) for keyword in item.keywords],
        "dcat:theme": ref(THEME[item.theme]),
        "dct:accrualPeriodicity": ref(FREQUENCY[item.frequency]),
        "dct:language": ref(LANGUAGE),
        "dct:spatial": ref(COUNTRY),
        "dct:license": licence,
        "dct:publisher": agent,
        "dcat:contactPoint": contact,
        "dcat:landingPage": ref(item.landing_page),
        "dcat:distribution": [distribution(d, homepage, licence) for d in item.distributions],
    }
    for key, value in (("dct:issued", item.issued), ("dct:modified", item.modified)):
        if value is not None:
            data[key] = when(value)
    return data


def catalogue_document(datasets, operator, homepage):
    """The whole catalogue as one JSON-LD document (a dict for json.dumps)."""
    licence = ref(LICENCE_URI)
    agent = publisher(operator, homepage)
    contact = contact_point(operator, homepage)
    modified = [item.modified for item in datasets if item.modified is not None]
    document = {
        "@context": CONTEXT,
        "@id": homepage + "catalogo.jsonld",
        "@type": "dcat:Catalog",
        "dct:title": text(_("Datos abiertos de Red ATT")),
        "dct:description": text(
            _(
                "Los conjuntos de datos abiertos de Red ATT, la plataforma de conocimiento de la "
                "Política Nacional de Asistencia Técnica Territorial: biblioteca, formación, "
                "encuentro anual, utilidad y adopción, y demanda de búsqueda."
            )
        ),
        "foaf:homepage": ref(homepage),
        "dct:language": ref(LANGUAGE),
        "dct:spatial": ref(COUNTRY),
        "dct:license": licence,
        "dct:publisher": agent,
        "dcat:contactPoint": contact,
        "dcat:dataset": [dataset(item, homepage, agent, contact, licence) for item in datasets],
    }
    if modified:
        document["dct:modified"] = when(max(modified))  # every dataset's dates are moments
    return document


def homepage_url():
    return absolute(reverse("opendata:index"))
