"""When things happen in the demo: on weekdays, in office hours, in Bogotá time.

Data files give a moment either as days ago (`12`) or as a calendar moment (`"02-17"`: the last
17 February before today), so activity gathers where the real calendar puts it (action plans in
January, FURAG in February and March, the meeting's call mid-year, the budget in October and
November, the year-end close in December) whatever day the demo is seeded. Nothing returned here
is in the future.
"""

import datetime
import zlib

from django.utils import timezone

DAY = datetime.timedelta(days=1)
OPENS, CLOSES = 8, 17  # office hours: 8 a.m. to 5 p.m.


def today():
    return timezone.localdate()


def calendar_day(spec):
    """The date a data file means: days ago (int) or the last "MM-DD" at least a day ago."""
    now = today()
    if isinstance(spec, int):
        return now - spec * DAY
    month, day = (int(part) for part in spec.split("-"))
    for year in (now.year, now.year - 1):
        candidate = datetime.date(year, month, day)
        if candidate < now:
            return candidate
    raise ValueError(spec)


def workday(day):
    """Saturday goes back to Friday; Sunday forward to Monday if that is still past, else back."""
    weekday = day.weekday()
    if weekday == 5:
        return day - DAY
    if weekday == 6:
        return day + DAY if day + DAY < today() else day - 2 * DAY
    return day


def slot(key):
    """A stable spread of minutes over the working day for `key` (not every post at 8:00)."""
    return zlib.crc32(str(key).encode()) % ((CLOSES - OPENS) * 60 - 30)  # 8:00 to 16:29


def at_office(day, key=0):
    minutes = slot(key)
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(OPENS + minutes // 60, minutes % 60))
    )


def moment(spec, key=0):
    """A working day's office hour for `spec`, never later than a few minutes ago."""
    return not_after_now(at_office(workday(calendar_day(spec)), key))


def later(start, hours, key=0):
    """`hours` of working time after `start`: past closing time it carries on at the next
    working morning; never in the future (squeezed in between `start` and now instead)."""
    local = timezone.localtime(start) + datetime.timedelta(hours=hours)
    if not OPENS <= local.hour < CLOSES or local.weekday() >= 5:
        day = local.date() + (DAY if local.hour >= CLOSES else datetime.timedelta())
        while day.weekday() >= 5:
            day += DAY
        local = at_office(day, key)
    return not_after_now(local, floor=start)


def not_after_now(when, floor=None):
    """`when` if it is past; else the latest office hour before now (after `floor` if given),
    or, when there is none, a few minutes after `floor` (and still before now)."""
    now = timezone.now()
    if when <= now - datetime.timedelta(minutes=30):
        return when
    latest = last_office_moment(now - datetime.timedelta(minutes=30))
    if floor is None or latest > floor:
        return latest
    return floor + min(datetime.timedelta(minutes=5), (now - floor) / 2)


def last_office_moment(before):
    """The latest moment at or before `before` that falls in office hours on a weekday."""
    local = timezone.localtime(before)
    if local.weekday() < 5 and OPENS <= local.hour < CLOSES:
        return before
    day = local.date() if local.hour >= CLOSES else local.date() - DAY
    while day.weekday() >= 5:
        day -= DAY
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(CLOSES - 1, 40)))


def spread(first, last, n, key=0):
    """`n` office-hour moments between two dates, in order."""
    span = max((last - first).days, 0)
    days = [first + datetime.timedelta(days=span * (i + 1) // (n + 1)) for i in range(n)]
    return [not_after_now(at_office(workday(day), (key, i))) for i, day in enumerate(days)]
