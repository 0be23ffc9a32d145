"""Finding a municipality or an entity by what a person types: "Mitú", "mitu (vaupes)", "97001",
"Alcaldía de Mitú", "DNP". Accents and case do not matter.

The sign-up and profile forms resolve the typed text with these functions (so they work as a
plain text field without JavaScript), and the suggestions behind the type-to-find script come
from the same place. 1,122 municipalities and about 1,200 entities are matched in memory from one
query: cheaper than teaching every database to ignore accents.
"""

import re
import unicodedata

from .models import Entity, Municipality

SUGGESTIONS = 12


def fold(text):
    """ "Mitú (Vaupés)" and "MITU (VAUPES)" fold to the same key."""
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", text).strip().lower()


def municipality_label(municipality):
    """What the field shows and accepts: "Mitú (Vaupés)"; Bogotá, D.C. alone."""
    return str(municipality)


def municipality_rows():
    return list(
        Municipality.objects.select_related("department").only(
            "code", "name", "department__name", "department__code"
        )
    )


def find_municipalities(text, department=None):
    """Every municipality the text names exactly: by DANE code, "Name (Department)" or "Name"
    (within `department` when one is chosen). More than one means the name is shared."""
    text = (text or "").strip()
    if re.fullmatch(r"\d{4,5}", text):
        return list(Municipality.objects.filter(code=text.zfill(5)).select_related("department"))
    key = fold(text)
    rows = municipality_rows()
    exact = [m for m in rows if fold(municipality_label(m)) == key]
    if exact:
        return exact
    named = [m for m in rows if fold(m.name) == key]
    in_department = [m for m in named if department and m.department_id == department.pk]
    return in_department or named


def suggest_municipalities(text, limit=SUGGESTIONS):
    """Municipalities whose name or department contains the text, names starting with it first."""
    key = fold(text)
    if len(key) < 2:
        return []
    rows = [m for m in municipality_rows() if key in fold(municipality_label(m))]
    rows.sort(key=lambda m: (not fold(m.name).startswith(key), fold(m.name)))
    return rows[:limit]


def entity_rows():
    return list(Entity.objects.only("name", "acronym"))


def entity_keys(entity):
    keys = {fold(entity.name)}
    if entity.acronym:
        keys |= {fold(entity.acronym), fold(f"{entity.acronym} - {entity.name}")}
    return keys


def find_entities(text):
    key = fold(text)
    return [e for e in entity_rows() if key in entity_keys(e)]


def suggest_entities(text, limit=SUGGESTIONS):
    key = fold(text)
    if len(key) < 2:
        return []
    rows = [e for e in entity_rows() if any(key in k for k in entity_keys(e))]
    rows.sort(key=lambda e: (not fold(e.name).startswith(key) and fold(e.acronym) != key, e.name))
    return rows[:limit]
