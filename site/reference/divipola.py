"""Reading DANE's DIVIPOLA municipality CSV, whatever its export's header spelling.

DANE's geoportal and datos.gov.co export the same table with different headers, separators and
encodings; codes sometimes lose their leading zero in spreadsheets. This module normalises all that.
"""

import csv
import io
import re
import unicodedata
from dataclasses import dataclass

from django.db import transaction

from .models import Department, Municipality

HEADER_ALIASES = {
    "department_code": {
        "codigodepartamento",
        "coddpto",
        "codigodpto",
        "coddepto",
        "coddepartamento",
    },
    "department_name": {"nombredepartamento", "dpto", "nomdpto", "departamento", "nomdepto"},
    "code": {"codigomunicipio", "codmpio", "codmunicipio", "codigodanemunicipio", "divipola"},
    "name": {"nombremunicipio", "nommpio", "municipio", "nommunicipio"},
    "category": {"categoria", "categoriamunicipal", "categoriamunicipio"},
    "mdm_group": {"grupomdm", "grupodecapacidades", "grupocapacidades", "grupo"},
}
REQUIRED = ("code", "name")
CATEGORY_WORDS = {
    "especial": "E", "primera": "1", "segunda": "2", "tercera": "3",
    "cuarta": "4", "quinta": "5", "sexta": "6",
}  # fmt: skip


class DivipolaError(ValueError):
    """The file cannot be read as DIVIPOLA; the message is meant for the person importing."""


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    departments_created: int = 0


def normalise_header(header):
    text = unicodedata.normalize("NFKD", header or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


def map_columns(headers):
    columns = {}
    for index, header in enumerate(headers):
        key = normalise_header(header)
        for field, aliases in HEADER_ALIASES.items():
            if key in aliases and field not in columns:
                columns[field] = index
    missing = [field for field in REQUIRED if field not in columns]
    if missing:
        raise DivipolaError(
            "El archivo no parece un CSV de DIVIPOLA: faltan las columnas de código y nombre "
            f"del municipio (encabezados leídos: {', '.join(headers)})."
        )
    return columns


LOWERCASE_WORDS = {"de", "del", "la", "las", "los", "el", "y", "e"}


def spanish_title(name):
    """DANE publishes names in capitals; show "San Andrés de Tumaco", not "SAN ANDRÉS DE TUMACO"."""
    if name != name.upper():
        return name
    words = name.lower().split(" ")
    return " ".join(
        word if (index and word in LOWERCASE_WORDS) else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    ).replace("D.c.", "D.C.")


def parse_category(value):
    value = normalise_header(value)
    if not value:
        return ""
    if value in CATEGORY_WORDS:
        return CATEGORY_WORDS[value]
    if value[0] in "123456":
        return value[0]
    return "E" if value.startswith("e") else ""


def parse_mdm_group(value):
    value = (value or "").strip().upper().replace(" ", "")
    return value if value in Municipality.MDMGroup.values else ""


def decode(raw_bytes):
    for encoding in ("utf-8-sig", "latin-1"):
        try:
            return raw_bytes.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DivipolaError("No se pudo leer el archivo: codificación desconocida.")


def read_rows(text):
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    headers = next(reader, None)
    if not headers:
        raise DivipolaError("El archivo está vacío.")
    columns = map_columns(headers)
    for line_number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(field, row=row):
            index = columns.get(field)
            return row[index].strip() if index is not None and index < len(row) else ""

        code = re.sub(r"\D", "", cell("code")).zfill(5)
        if len(code) != 5 or code == "00000":
            raise DivipolaError(
                f"Línea {line_number}: código de municipio inválido «{cell('code')}»."
            )
        yield {
            "code": code,
            "name": spanish_title(cell("name")),
            "department_code": (re.sub(r"\D", "", cell("department_code")) or code[:2]).zfill(2),
            "department_name": cell("department_name"),
            "category": parse_category(cell("category")),
            "mdm_group": parse_mdm_group(cell("mdm_group")),
        }


@transaction.atomic
def import_municipalities(raw_bytes):
    """Create or update every municipality in the file; departments are created if unknown."""
    summary = ImportSummary()
    departments = {d.code: d for d in Department.objects.all()}
    existing = set(Municipality.objects.values_list("code", flat=True))
    for row in read_rows(decode(raw_bytes)):
        department = departments.get(row["department_code"])
        if department is None:
            department = Department.objects.create(
                code=row["department_code"],
                name=spanish_title(row["department_name"]) or row["department_code"],
            )
            departments[department.code] = department
            summary.departments_created += 1
        defaults = {"name": row["name"], "department": department}
        defaults.update({k: row[k] for k in ("category", "mdm_group") if row[k]})
        Municipality.objects.update_or_create(code=row["code"], defaults=defaults)
        if row["code"] in existing:
            summary.updated += 1
        else:
            summary.created += 1
            existing.add(row["code"])
    return summary
