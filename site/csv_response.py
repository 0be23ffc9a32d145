"""Streamed CSV downloads: rows are written as they are produced, so no export sits in memory."""

import csv

from django.http import StreamingHttpResponse


class _Echo:
    """csv.writer wants a file; this one hands each written line straight back."""

    def write(self, value):
        return value


def streamed_csv(rows, filename):
    """A download of `rows` (an iterable of tuples, header first) named `filename`."""
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse(
        (writer.writerow(row) for row in rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
