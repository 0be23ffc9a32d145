"""Reading DANE's DIVIPOLA municipality CSV, whatever its export's header spelling.

DANE's geoportal and datos.gov.co export the same table with different headers, separators and
encodings; codes sometimes lose their leading zero in spreadsheets. This module normalises all that.

A file's categories and MDM groups belong to one year (vigencia): a "vigencia" column, or the
year the importer names, or the current one. Each year is kept (`MunicipalityYear`), and the
municipality mirrors its latest known values, so last year's comparison stays explainable.
"""

import csv
import io
import re
import unicodedata
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from .models import Department, Municipality, MunicipalityYear

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
    "is_pdet": {"pdet", "municipiopdet", "espdet"},
    "pdet_subregion": {"subregionpdet", "subregion", "nombresubregionpdet"},
    "kind": {"tipomunicipio", "tipo", "tipomunicipioislaareanomunicipalizada"},
    "year": {"vigencia", "ano", "anio", "year"},
}
REQUIRED = ("code", "name")
CATEGORY_WORDS = {
    "especial": "E", "primera": "1", "segunda": "2", "tercera": "3",
    "cuarta": "4", "quinta": "5", "sexta": "6",
}  # fmt: skip
KIND_WORDS = {
    "municipio": Municipality.Kind.MUNICIPALITY,
    "isla": Municipality.Kind.ISLAND,
    "areanomunicipalizada": Municipality.Kind.NON_MUNICIPALIZED,
    "anm": Municipality.Kind.NON_MUNICIPALIZED,
}
YES_WORDS = {"si", "s", "x", "1", "true", "pdet"}
NO_WORDS = {"no", "n", "0", "false"}


class DivipolaError(ValueError):
    """The file cannot be read as DIVIPOLA; the message is meant for the person importing."""


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    departments_created: int = 0
    years_recorded: int = 0


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
    """Ley 617 de 2000 category; a value we cannot read is an error, never a silent blank."""
    key = normalise_header(value)
    if not key:
        return ""
    if key in CATEGORY_WORDS:
        return CATEGORY_WORDS[key]
    if key in {"e", "esp"} or key.startswith("especial"):
        return "E"
    if key[0] in "123456" and (len(key) == 1 or not key[1].isdigit()):
        return key[0]
    raise ValueError(f"categoría «{value}» no reconocida (use Especial, 1 a 6 o Primera a Sexta)")


def parse_mdm_group(value):
    key = (value or "").strip().upper().replace(" ", "")
    if not key:
        return ""
    if key in Municipality.MDMGroup.values:
        return key
    raise ValueError(f"grupo MDM «{value}» no reconocido (use C, G1, G2, G3, G4 o G5)")


def parse_pdet(value):
    """None when the cell is empty, so a file without PDET data keeps what was known."""
    key = normalise_header(value)
    if not key:
        return None
    if key in YES_WORDS:
        return True
    if key in NO_WORDS:
        return False
    raise ValueError(f"valor PDET «{value}» no reconocido (use Sí o No)")


def parse_kind(value):
    key = normalise_header(value)
    if not key:
        return ""
    if key in KIND_WORDS:
        return KIND_WORDS[key]
    raise ValueError(f"tipo «{value}» no reconocido (use Municipio, Isla o Área no municipalizada)")


def parse_year(value):
    text = (value or "").strip()
    if not text:
        return None
    if text.isdigit() and 1990 <= int(text) <= 2100:
        return int(text)
    raise ValueError(f"vigencia «{value}» no reconocida (use un año, p. ej. 2025)")


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
        try:
            classification = {
                "category": parse_category(cell("category")),
                "mdm_group": parse_mdm_group(cell("mdm_group")),
                "is_pdet": parse_pdet(cell("is_pdet")),
                "kind": parse_kind(cell("kind")),
                "year": parse_year(cell("year")),
            }
        except ValueError as error:
            raise DivipolaError(f"Línea {line_number}: {error}.") from error
        subregion = cell("pdet_subregion")
        if subregion and classification["is_pdet"] is None:
            classification["is_pdet"] = True  # a PDET subregion implies a PDET municipality
        yield {
            "code": code,
            "name": spanish_title(cell("name")),
            "department_code": (re.sub(r"\D", "", cell("department_code")) or code[:2]).zfill(2),
            "department_name": cell("department_name"),
            "pdet_subregion": subregion,
            **classification,
        }


def classification_updates(row):
    """Only what the file states: a later file without a column keeps what was known."""
    updates = {k: row[k] for k in ("kind", "pdet_subregion") if row[k]}
    if row["is_pdet"] is not None:
        updates["is_pdet"] = row["is_pdet"]
        if not row["is_pdet"]:
            updates["pdet_subregion"] = ""
    return updates


def record_year(municipality, year, row):
    """Keep the year's category and MDM group (only what the file states), then mirror the latest
    known values on the municipality. Returns whether the file stated any."""
    stated = {k: row[k] for k in ("category", "mdm_group") if row[k]}
    if not stated:
        return False
    record, _created = MunicipalityYear.objects.get_or_create(municipality=municipality, year=year)
    for field, value in stated.items():
        setattr(record, field, value)
    record.save()
    mirror_latest_year(municipality)
    return True


def mirror_latest_year(municipality):
    """The municipality shows each value from the most recent year that states it."""
    values = {}
    for record in municipality.years.order_by("-year"):
        for field in ("category", "mdm_group"):
            if field not in values and getattr(record, field):
                values[field] = getattr(record, field)
    changed = [f for f, v in values.items() if getattr(municipality, f) != v]
    for field in changed:
        setattr(municipality, field, values[field])
    if changed:
        municipality.save(update_fields=changed)


@transaction.atomic
def import_municipalities(raw_bytes, year=None):
    """Create or update every municipality in the file; departments are created if unknown.
    Categories and MDM groups are recorded for the row's vigencia, else `year`, else this year."""
    year = year or timezone.localdate().year
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
        defaults.update(classification_updates(row))
        municipality, _created = Municipality.objects.update_or_create(
            code=row["code"], defaults=defaults
        )
        if record_year(municipality, row["year"] or year, row):
            summary.years_recorded += 1
        if row["code"] in existing:
            summary.updated += 1
        else:
            summary.created += 1
            existing.add(row["code"])
    return summary
