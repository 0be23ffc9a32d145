"""The one CSV response: spreadsheet exports cannot smuggle formulas; open data stays as written."""

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


def test_an_open_data_export_keeps_every_value_raw():
    response = streamed_csv([tuple(HOSTILE)], "x.csv")
    assert cells(response) == [HOSTILE]
