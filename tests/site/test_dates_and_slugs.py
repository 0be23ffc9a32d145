"""One date style from one filter (`{% load dates %}`), and ASCII slugs for new pages."""

import datetime
import zoneinfo

import pytest

from django.template import Context, Template

from wagtail.admin.widgets import SlugInput
from wagtail.models import Page

from core.templatetags.dates import fecha, hace, hora, rango_fechas
from knowledge.factories import LibraryIndexPageFactory
from knowledge.models import GuidePage

BOGOTA = zoneinfo.ZoneInfo("America/Bogota")


def test_a_date_is_written_out_in_spanish():
    assert fecha(datetime.date(2026, 11, 1)) == "1 de noviembre de 2026"


def test_a_date_time_is_shown_in_local_time_on_a_12_hour_clock():
    moment = datetime.datetime(2026, 11, 20, 21, 31, tzinfo=datetime.UTC)  # 4:31 p. m. in Bogotá
    assert fecha(moment) == "20 de noviembre de 2026, 4:31 p. m."


def test_a_date_time_without_its_hour_is_its_local_day():
    late_evening = datetime.datetime(2026, 11, 2, 3, 0, tzinfo=datetime.UTC)  # 1 nov, 10 p. m.
    assert fecha(late_evening, "sin hora") == "1 de noviembre de 2026"


def test_a_clock_time_alone_is_written_as_in_dates():
    assert hora(datetime.datetime(2026, 11, 20, 21, 31, tzinfo=datetime.UTC)) == "4:31 p. m."


def test_morning_and_midnight_use_a_m():
    assert (
        fecha(datetime.datetime(2026, 1, 5, 0, 7, tzinfo=BOGOTA))
        == "5 de enero de 2026, 12:07 a. m."
    )


def test_a_range_within_a_month_names_the_month_once():
    assert (
        rango_fechas(datetime.date(2026, 12, 16), datetime.date(2026, 12, 17))
        == "16–17 de diciembre de 2026"
    )


def test_a_range_across_months_names_the_year_once():
    start, end = datetime.date(2026, 11, 30), datetime.date(2026, 12, 2)
    assert rango_fechas(start, end) == "30 de noviembre – 2 de diciembre de 2026"


def test_a_range_across_years_names_both_years():
    start, end = datetime.date(2026, 12, 20), datetime.date(2027, 1, 15)
    assert rango_fechas(start, end) == "20 de diciembre de 2026 – 15 de enero de 2027"


def test_a_one_day_or_open_range_is_a_single_date():
    day = datetime.date(2026, 12, 16)
    assert rango_fechas(day, day) == rango_fechas(day, None) == "16 de diciembre de 2026"


def test_relative_time_has_a_space_after_each_comma():
    now = datetime.datetime(2026, 11, 25, 14, 0, tzinfo=datetime.UTC)
    then = now - datetime.timedelta(days=5, hours=14)
    assert hace(then, now) == "hace 5 días, 14 horas"


def test_just_now_reads_as_a_moment_ago():
    now = datetime.datetime(2026, 11, 25, 14, 0, tzinfo=datetime.UTC)
    assert hace(now - datetime.timedelta(seconds=20), now) == "hace un momento"


def test_empty_values_render_nothing():
    assert fecha(None) == rango_fechas(None, None) == hace(None) == ""


def test_the_filters_are_used_from_templates():
    rendered = Template("{% load dates %}{{ start|rango_fechas:end }} · {{ start|fecha }}").render(
        Context({"start": datetime.date(2026, 12, 16), "end": datetime.date(2026, 12, 17)})
    )
    assert rendered == "16–17 de diciembre de 2026 · 16 de diciembre de 2026"


@pytest.mark.django_db
def test_a_new_page_gets_an_ascii_slug_from_its_title():
    library = LibraryIndexPageFactory(parent=Page.objects.get(depth=1).get_children().first())
    page = GuidePage(title="Gestión del riesgo", purpose="Prevenir.", audience="Alcaldías.")
    library.add_child(instance=page)
    assert page.slug == "gestion-del-riesgo"


def test_the_admin_slug_field_slugifies_to_ascii():
    assert SlugInput().attrs["data-w-slug-allow-unicode-value"] is False
