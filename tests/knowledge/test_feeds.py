"""RSS and Atom feeds of the library: the same selection as the listing, readable by any reader."""

from datetime import date

import feedparser
import pytest

from knowledge.factories import GuidePageFactory, LibraryIndexPageFactory

FEEDS = ["rss", "atom"]


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


def titles(feed):
    return [entry.title for entry in feed.entries]


@pytest.mark.parametrize(
    ("route", "content_type", "version"),
    [("rss", "application/rss+xml", "rss20"), ("atom", "application/atom+xml", "atom10")],
)
def test_feed_lists_public_items_newest_first(
    client, library, catalogue, route, content_type, version
):
    response, feed = read_feed(client, f"{library.url}{route}/")
    assert response["Content-Type"].startswith(content_type)
    assert feed.version == version
    assert feed.feed.title == "Red ATT · Biblioteca"
    assert titles(feed) == [
        "Guía de salud pública territorial",
        "Práctica: brigadas de salud rural",
        "Lección de hacienda pública en Nariño",
    ]


@pytest.mark.parametrize("route", FEEDS)
def test_filtered_feed_lists_only_matching_items(client, library, catalogue, route):
    _, feed = read_feed(client, f"{library.url}{route}/?sector=salud")
    assert titles(feed) == [
        "Guía de salud pública territorial",
        "Práctica: brigadas de salud rural",
    ]


@pytest.mark.parametrize("route", FEEDS)
def test_feed_combines_filters_like_the_listing(client, library, catalogue, route):
    """OR within a facet, AND across facets."""
    _, feed = read_feed(
        client, f"{library.url}{route}/?sector=salud&sector=hacienda-publica&departamento=52"
    )
    assert titles(feed) == [
        "Guía de salud pública territorial",
        "Lección de hacienda pública en Nariño",
    ]


@pytest.mark.parametrize("route", FEEDS)
def test_feed_of_a_filter_without_matches_is_empty_but_valid(client, library, catalogue, route):
    _, feed = read_feed(client, f"{library.url}{route}/?sector=salud&departamento=99")
    assert feed.entries == []


@pytest.mark.parametrize("route", FEEDS)
def test_feed_never_shows_drafts_unpublished_or_restricted_items(client, library, catalogue, route):
    _, feed = read_feed(client, f"{library.url}{route}/?sector=salud")
    hidden = {"Borrador de salud", "Guía retirada de salud", "Guía interna de salud"}
    assert hidden.isdisjoint(titles(feed))


def test_feed_entries_link_to_the_items_and_carry_their_terms(client, library, catalogue):
    _, feed = read_feed(client, f"{library.url}rss/?sector=salud")
    guide = feed.entries[0]
    assert guide.link == f"http://localhost{catalogue.health_guide.url}"  # the default Site
    assert guide.summary == catalogue.health_guide.summary
    assert {tag.term for tag in guide.tags} == {"Institucional", "Salud"}
    assert guide.published_parsed is not None


def test_rss_channel_links_back_to_the_filtered_listing(client, library, catalogue):
    _, feed = read_feed(client, f"{library.url}rss/?sector=salud&tipo=institucional")
    assert feed.feed.link == "http://localhost/biblioteca/?sector=salud&tipo=institucional"


def test_atom_self_link_keeps_the_filters(client, library, catalogue):
    """A reader that follows the feed's own address must keep getting the same selection."""
    _, feed = read_feed(client, f"{library.url}atom/?sector=salud")
    self_links = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_links == ["http://localhost/biblioteca/atom/?sector=salud"]


def test_section_feed_lists_only_the_items_below_it(client, library, catalogue):
    guides = LibraryIndexPageFactory(parent=library, title="Guías metodológicas")
    GuidePageFactory(parent=guides, title="Guía de la sección", sectors=["salud"])
    _, section_feed = read_feed(client, f"{guides.url}rss/")
    _, library_feed = read_feed(client, f"{library.url}rss/?sector=salud")
    assert titles(section_feed) == ["Guía de la sección"]
    assert "Guía de la sección" in titles(library_feed)


@pytest.mark.parametrize("route", FEEDS)
def test_entries_carry_the_items_publication_date_not_when_the_page_was_saved(
    client, library, catalogue, route
):
    guide = catalogue.health_guide
    guide.publication_date = date(2023, 3, 14)
    guide.last_reviewed = date(2025, 8, 1)
    guide.save_revision().publish()
    _, feed = read_feed(client, f"{library.url}{route}/?sector=salud")
    entry = next(e for e in feed.entries if e.title == guide.title)
    assert entry.published_parsed[:3] == (2023, 3, 14)
    if route == "atom":
        assert entry.updated_parsed[:3] == (2025, 8, 1)
