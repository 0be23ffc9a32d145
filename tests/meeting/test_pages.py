"""Public pages: the archive by year, an edition's agenda and memoria, the home page section."""

import datetime

import pytest

from django.utils import timezone

from meeting.factories import create_edition, meeting_index, move_to
from meeting.models.pages import Phase

pytestmark = pytest.mark.django_db


def test_archive_lists_editions_newest_first(client, django_assert_max_num_queries):
    create_edition(year=2025, call="closed")
    create_edition(year=2026, call="open")
    index = meeting_index()
    with django_assert_max_num_queries(15):
        page = client.get(index.url).content.decode()
    assert page.index("Edición 2026") < page.index("Edición 2025")


def test_edition_shows_its_agenda_with_linked_practices(client, practices):
    edition = create_edition(year=2026)
    edition.agenda = [
        (
            "session",
            {
                "starts_at": timezone.now(),
                "title": "Panel de finalistas",
                "room": "Sala Nariño",
                "speakers": ["Diana Rojas (DNP)"],
                "practices": [practices[0]],
                "description": "",
            },
        )
    ]
    edition.save_revision().publish()
    page = client.get(edition.url).content.decode()
    assert "Panel de finalistas" in page and "Sala Nariño" in page
    assert f'href="{practices[0].url}"' in page


def test_memoria_appears_only_in_the_memoria_phase(client):
    today = timezone.localdate()
    upcoming = create_edition(
        year=2026, starts_on=today + datetime.timedelta(days=5), memoria="<p>Memoria futura</p>"
    )
    past = create_edition(
        year=2025,
        call="closed",
        phase=Phase.MEMORIA,
        starts_on=today - datetime.timedelta(days=30),
        ends_on=today - datetime.timedelta(days=29),
        memoria="<p>Asistieron 300 servidores.</p>",
    )
    assert "Memoria futura" not in client.get(upcoming.url).content.decode()
    assert "Asistieron 300 servidores." in client.get(past.url).content.decode()


def test_home_page_features_the_current_edition(client):
    create_edition(year=2025, call="closed", starts_on=datetime.date(2025, 11, 20))
    create_edition(year=2026, title="Encuentro de buenas prácticas 2026")
    page = client.get("/").content.decode()
    section = page.split("Encuentro anual de buenas prácticas")[1]
    assert "Encuentro de buenas prácticas 2026" in section


def test_the_jury_is_named_only_once_the_results_are_published(client, edition, juror):
    juror.first_name, juror.last_name = "Lucía", "Jurado"
    juror.save()
    for phase in (Phase.SCREENING, Phase.REVIEW, Phase.DELIBERATION):
        move_to(edition, phase)
        assert "Lucía Jurado" not in client.get(edition.url).content.decode(), phase
    move_to(edition, Phase.RESULTS)
    page = client.get(edition.url).content.decode()
    assert "Lucía Jurado, Federación Nacional de Departamentos" in page


def test_the_lead_follows_the_phase_once_the_results_are_out(client):
    """Issue 28 item 4: a summary written during the review no longer leads after the results;
    one published since does."""
    written = "El jurado evalúa las postulaciones; vote por la práctica que más le inspira."
    edition = create_edition(year=2026, call="closed", phase=Phase.REVIEW, summary=written)
    edition.save_revision().publish()
    assert f'<p class="lead">{written}</p>' in client.get(edition.url).content.decode()
    move_to(edition, Phase.DELIBERATION)
    move_to(edition, Phase.RESULTS)
    page = client.get(edition.url).content.decode()
    assert f">{written}<" not in page and 'class="lead"' not in page  # meta tags aside
    assert '<p class="callout">Ya se publicaron las finalistas y las ganadoras.</p>' in page
    edition.refresh_from_db()
    edition.summary = "Estas son las ganadoras de 2026."
    edition.save_revision().publish()
    page = client.get(edition.url).content.decode()
    assert '<p class="lead">Estas son las ganadoras de 2026.</p>' in page
    assert '<p class="callout">Ya se publicaron las finalistas y las ganadoras.</p>' in page
