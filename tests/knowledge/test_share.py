"""Carrying an item away by message: the card a shared link shows (Open Graph, Twitter), share
links that work without JavaScript, and a practice's text ready to paste (issue 31, item 4)."""

from urllib.parse import parse_qs, quote, unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from wagtail_factories import ImageFactory

from knowledge.factories import GuidePageFactory, PracticePageFactory, create_library
from knowledge.models import PracticePage
from knowledge.sharing import practice_share_text
from meeting.models import EditionPage, Nomination
from reference.models import Entity
from training.factories import CoursePageFactory, create_plan

DEMO_PRACTICE = "Mesa departamental de salud con secretarías municipales en Nariño"
LIMIT = 600


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def card(soup):
    """{property or name: content} of the Open Graph and Twitter tags."""
    tags = soup.select("meta[property^='og:'], meta[name^='twitter:']")
    return {tag.get("property") or tag["name"]: tag["content"] for tag in tags}


def share_block(soup):
    block = soup.select_one("details.share")
    assert block is not None, "no share links on the page"
    return block


def link(block, name):
    return block.find("a", string=name)["href"]


@pytest.fixture
def demo(seeded_demo, db):
    """The seeded demo (tests/conftest.py)."""


@pytest.fixture
def library(db):
    return create_library()


def test_shared_demo_practice_link_shows_its_card(client, demo):
    practice = PracticePage.objects.get(title=DEMO_PRACTICE)
    url = practice.get_full_url()
    assert url.startswith("http://127.0.0.1:8000/biblioteca/")
    image = "http://127.0.0.1:8000/static/img/share-card.png"
    assert card(soup_of(client.get(practice.url))) == {
        "og:site_name": "Red ATT",
        "og:locale": "es_CO",
        "og:type": "article",
        "og:title": DEMO_PRACTICE,
        "og:description": practice.summary,
        "og:url": url,
        "og:image": image,
        "og:image:width": "1200",
        "og:image:height": "630",
        "og:image:alt": "Red ATT: asistencia técnica territorial que se comparte",
        "twitter:card": "summary_large_image",
        "twitter:title": DEMO_PRACTICE,
        "twitter:description": practice.summary,
        "twitter:image": image,
        "twitter:image:alt": "Red ATT: asistencia técnica territorial que se comparte",
    }
    assert client.get("/static/img/share-card.png").status_code == 200


def test_the_default_card_image_is_1200_by_630_and_small():
    from PIL import Image

    from django.contrib.staticfiles import finders

    path = finders.find("img/share-card.png")
    with Image.open(path) as image:
        assert image.size == (1200, 630)
    with open(path, "rb") as stored:
        assert len(stored.read()) < 30 * 1024


def test_a_practice_with_an_image_of_its_own_shares_that_image(client, library):
    image = ImageFactory(title="Mesa de trabajo en Pasto")
    image.contextual_alt_text, image.decorative = "Funcionarias en la mesa", False  # ImageBlock's
    practice = PracticePageFactory(
        parent=library, title="Práctica con foto", body=[("image", image)]
    )
    try:
        tags = card(soup_of(client.get(practice.url)))
        assert tags["og:image"].startswith("http://localhost/media/images/")
        assert tags["og:image"] == tags["twitter:image"]
        rendition = image.get_rendition("fill-1200x630")  # cropped to the card's shape
        assert tags["og:image"].endswith(rendition.url)
        size = (tags["og:image:width"], tags["og:image:height"])
        assert size == (str(rendition.width), str(rendition.height))
        assert tags["og:image:alt"] == "Funcionarias en la mesa"
    finally:
        for rendition in image.renditions.all():
            rendition.file.delete(save=False)
        image.file.delete(save=False)


def test_share_links_carry_the_kit_text_and_the_pages_absolute_url(client, library):
    practice = PracticePageFactory(
        parent=library,
        title="Catastro multipropósito con juntas de acción comunal",
        problem="<p>El catastro llevaba quince años sin actualizarse. Nadie sabía por qué.</p>",
        results=[
            (
                "indicator",
                {
                    "indicator": "Predios actualizados",
                    "before": "0",
                    "after": "12.400",
                    "unit": "predios",
                    "source": "IGAC",
                },
            )
        ],
        entity="dnp",
        contact_entity=Entity.objects.get(slug="gobernacion-de-narino"),
    )
    url = practice.get_full_url()
    block = share_block(soup_of(client.get(practice.url)))
    text = block.select_one("textarea#share-text").get_text()
    assert text == practice_share_text(practice, url)
    assert text.splitlines() == [
        "Catastro multipropósito con juntas de acción comunal",
        "Problema: El catastro llevaba quince años sin actualizarse.",
        "Logro: Predios actualizados: de 0 a 12.400 predios",
        "Entidad: Gobernación de Nariño",
        url,
    ]
    assert block.select_one("label[for=share-text]").get_text(strip=True) == "Texto para compartir"
    assert block.select_one("textarea#share-text").has_attr("readonly")

    whatsapp = link(block, "Compartir por WhatsApp")
    assert whatsapp == "https://wa.me/?text=" + quote(text, safe="")
    assert quote(url, safe="") in whatsapp
    mail = urlsplit(link(block, "Enviar por correo electrónico"))
    assert mail.scheme == "mailto"
    fields = parse_qs(mail.query)
    assert fields == {"subject": [practice.title], "body": [text]}
    assert quote(url, safe="") in mail.query

    field = block.select_one("input#share-url")
    assert field["value"] == url and field.has_attr("readonly")
    button = block.select_one("button[data-copy=share-url]")
    assert button.get_text(strip=True) == "Copiar enlace" and button.has_attr("hidden")
    assert block.select_one("[role=status][aria-live=polite]") is not None


def test_kit_text_stays_within_600_characters_and_names_the_entity(library):
    practice = PracticePageFactory(
        parent=library,
        title="Una práctica con un título larguísimo " * 6,
        problem="<p>" + "un problema que no cabe en una línea " * 30 + "</p>",
        results=[("paragraph", "<p>" + "logros muy extensos y detallados " * 30 + "</p>")],
        entity="dnp",
    )
    url = "https://redatt.gov.co" + practice.url
    text = practice_share_text(practice, url)
    assert len(text) <= LIMIT
    assert "Entidad: Departamento Nacional de Planeación" in text
    assert text.endswith("\n" + url)
    assert "Problema: un problema" in text and "Logro: logros" in text


def test_other_library_items_share_title_summary_and_address_without_a_kit(client, library):
    guide = GuidePageFactory(parent=library, title="Guía del PDT", summary="Paso a paso.")
    block = share_block(soup_of(client.get(guide.url)))
    assert block.select_one("textarea") is None
    text = unquote(link(block, "Compartir por WhatsApp").removeprefix("https://wa.me/?text="))
    assert text == f"Guía del PDT\nPaso a paso.\n{guide.get_full_url()}"


def test_course_page_offers_the_share_links(client, db):
    course = CoursePageFactory(parent=create_plan(), title="Presupuesto territorial")
    soup = soup_of(client.get(course.url))
    block = share_block(soup)
    assert block.select_one("input#share-url")["value"] == course.get_full_url()
    assert quote(course.get_full_url(), safe="") in link(block, "Compartir por WhatsApp")
    assert soup.select_one("script[src='/static/js/share.js'][defer]") is not None
    assert card(soup)["og:title"] == "Presupuesto territorial"


def test_meeting_winners_carry_their_kit_text_on_the_edition_showcase(client, demo):
    edition = EditionPage.objects.get(year=2025)
    winners = Nomination.objects.filter(edition=edition, status=Nomination.Status.WINNER)
    assert winners.exists()
    soup = soup_of(client.get(edition.url))
    blocks = soup.select("details.share")
    assert len(blocks) == winners.count()
    for nomination in winners.select_related("practice", "category"):
        url = nomination.practice.specific.get_full_url()
        text = soup.select_one(f"textarea#winner-{nomination.pk}-text").get_text()
        assert len(text) <= LIMIT
        assert text.startswith(
            f"Ganadora del Encuentro de buenas prácticas 2025 ({nomination.category.name})"
        )
        assert text.endswith("\n" + url)
        assert "Entidad: " in text
    assert len(soup.select("script[src='/static/js/share.js']")) == 1
    assert card(soup)["og:url"] == edition.get_full_url()
