"""Streamed CSV downloads: rows are written as they are produced, so no export sits in memory."""

import csv
import itertools

from django.http import StreamingHttpResponse


class _Echo:
    """csv.writer wants a file; this one hands each written line straight back."""

    def write(self, value):
        return value


def streamed_csv(rows, filename, *, for_spreadsheets=False):
    """A download of `rows` (an iterable of tuples, header first) named `filename`.

    `for_spreadsheets`: start with a UTF-8 byte-order mark, as Wagtail's report exports do;
    without it Excel reads "Gestión" as "GestiÃ³n". Open-data exports, read by programs, go
    without it.
    """
    writer = csv.writer(_Echo())
    lines = (writer.writerow(row) for row in rows)
    if for_spreadsheets:
        lines = itertools.chain(["\ufeff"], lines)
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
