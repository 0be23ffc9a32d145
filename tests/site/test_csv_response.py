"""The one CSV response: no export can smuggle a formula into a spreadsheet."""

import csv
import io

import pytest

from core.csv_response import streamed_csv

HOSTILE = [
    '=HYPERLINK("http://example.org","clic")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]


def cells(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body, newline="")))


@pytest.mark.parametrize("value", HOSTILE, ids=repr)
def test_a_spreadsheet_cell_that_would_start_a_formula_is_quoted_as_text(value):
    response = streamed_csv([("celda",), (value,)], "x.csv", for_spreadsheets=True)
    assert cells(response)[1] == ["'" + value]


def test_numbers_and_harmless_text_stay_as_they_are_in_a_spreadsheet_export():
    row = (7, -3, 2.5, -0.25, "Gestión - fiscal", "correo@example.org", "", None)
    response = streamed_csv([row], "x.csv", for_spreadsheets=True)
    assert cells(response) == [
        ["7", "-3", "2.5", "-0.25", "Gestión - fiscal", "correo@example.org", "", ""]
    ]


def test_an_open_data_export_quotes_formulas_too_but_starts_without_a_byte_order_mark():
    response = streamed_csv([tuple(HOSTILE)], "x.csv")
    body = b"".join(response.streaming_content)
    assert not body.startswith(b"\xef\xbb\xbf")
    assert cells_of(body) == [["'" + value for value in HOSTILE]]


def cells_of(body):
    return list(csv.reader(io.StringIO(body.decode("utf-8"), newline="")))
