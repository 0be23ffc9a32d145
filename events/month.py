"""A month as the calendar page draws it: weeks from Monday to Sunday, each day with its events."""

import calendar
import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from core.templatetags.dates import MONTHS

WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    is_today: bool
    events: list = field(default_factory=list)


@dataclass
class Month:
    year: int
    month: int
    weeks: list

    @property
    def name(self):
        return f"{MONTHS[self.month - 1]} de {self.year}"

    @property
    def first(self):
        return datetime.date(self.year, self.month, 1)

    @property
    def previous(self):
        return (self.first - datetime.timedelta(days=1)).replace(day=1)

    @property
    def next(self):
        return (self.first + datetime.timedelta(days=32)).replace(day=1)

    def bounds(self):
        """The first and last moments drawn (whole weeks), as aware date-times."""
        first_day, last_day = self.weeks[0][0].date, self.weeks[-1][-1].date
        start = timezone.make_aware(datetime.datetime.combine(first_day, datetime.time.min))
        end = timezone.make_aware(datetime.datetime.combine(last_day, datetime.time.max))
        return start, end

    @property
    def has_events(self):
        return any(day.events for week in self.weeks for day in week if day.in_month)


def month_grid(year, month):
    today = timezone.localdate()
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    return Month(
        year,
        month,
        [[Day(day, day.month == month, day == today) for day in week] for week in weeks],
    )


def place_events(grid, events):
    """Put each event on every drawn day it spans (in local time)."""
    days = {day.date: day for week in grid.weeks for day in week}
    for event in events:
        day = timezone.localdate(event.starts_at)
        last = timezone.localdate(event.ends_at)
        while day <= last:
            if day in days:
                days[day].events.append(event)
            day += datetime.timedelta(days=1)
    return grid
