"""Streamed CSV downloads: rows are written as they are produced, so no export sits in memory."""

import csv
import itertools
from decimal import Decimal

from django.http import StreamingHttpResponse

# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


class _Echo:
    """csv.writer wants a file; this one hands each written line straight back."""

    def write(self, value):
        return value


def spreadsheet_cell(value):
    """`value` as a spreadsheet shows it, never runs it: text that would start a formula gets a
    leading quote (OWASP's advice); numbers stay numbers, so a real -3 is still -3.
    """
    if value is None or isinstance(value, int | float | Decimal):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def streamed_csv(rows, filename, *, for_spreadsheets=False):
    """A download of `rows` (an iterable of tuples, header first) named `filename`.

    In every export, staff's and open data alike, cells that would start a formula are
    neutralised (`spreadsheet_cell`): their text comes from visitors and members (search queries,
    profiles, practices), and open data is opened in spreadsheets too. `for_spreadsheets` (every
    staff export): the file starts with a UTF-8 byte-order mark, as Wagtail's report exports do,
    without which Excel reads "Gestión" as "GestiÃ³n"; open data starts with its header row.
    """
    writer = csv.writer(_Echo())
    rows = ([spreadsheet_cell(value) for value in row] for row in rows)
    lines = (writer.writerow(row) for row in rows)
    if for_spreadsheets:
        lines = itertools.chain(["\ufeff"], lines)
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
