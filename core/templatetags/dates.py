"""The site's one date style: `{% load dates %}` then `fecha`, `rango_fechas` and `hace`.

Spelled out here rather than through `|date` formats so every template and e-mail reads the same
("1 de noviembre de 2026", "20 de noviembre de 2026, 4:31 p. m.") whatever the active locale.
"""

import datetime
import re

from django import template
from django.utils import timezone
from django.utils.timesince import timesince

register = template.Library()

MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def _local(value):
    """A date-time in the site's time zone (naive ones are taken as already local)."""
    if timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _day_month(day):
    return f"{day.day} de {MONTHS[day.month - 1]}"


def _clock(moment):
    """12-hour clock as written in Colombia: "4:31 p. m."."""
    hour = moment.hour % 12 or 12
    suffix = "a. m." if moment.hour < 12 else "p. m."
    return f"{hour}:{moment.minute:02d} {suffix}"


@register.filter
def fecha(value, style=""):
    """A date ("1 de noviembre de 2026") or a date-time ("…, 4:31 p. m." in local time);
    `fecha:"sin hora"` gives only the local day of a date-time ("published on …")."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        moment = _local(value)
        if style == "sin hora":
            return f"{_day_month(moment)} de {moment.year}"
        return f"{_day_month(moment)} de {moment.year}, {_clock(moment)}"
    return f"{_day_month(value)} de {value.year}"


@register.filter
def hora(value):
    """The local clock time of a date-time, as `fecha` writes it: "4:31 p. m."."""
    if not value:
        return ""
    return _clock(_local(value))


@register.filter
def rango_fechas(start, end):
    """A span naming month and year once: "16–17 de diciembre de 2026"."""
    if isinstance(start, datetime.datetime):
        start = _local(start).date()
    if isinstance(end, datetime.datetime):
        end = _local(end).date()
    if not start:
        return fecha(end)
    if not end or end == start:
        return fecha(start)
    if start.year != end.year:
        return f"{fecha(start)} – {fecha(end)}"
    if start.month != end.month:
        return f"{_day_month(start)} – {fecha(end)}"
    return f"{start.day}–{fecha(end)}"


@register.filter
def hace(value, now=None):
    """Relative time, "hace 5 días, 14 horas", with a space after each comma."""
    if not value:
        return ""
    if ((now or timezone.now()) - value).total_seconds() < 60:
        return "hace un momento"  # rather than Django's "hace 0 minutos"
    elapsed = timesince(value, now)
    # Django joins the parts with a translated ", "; some catalogues drop the space.
    elapsed = re.sub(r",\s*", ", ", elapsed).replace("\xa0", " ")
    return f"hace {elapsed}"
