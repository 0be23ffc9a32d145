"""Load the whole territory on `migrate`: DANE's DIVIPOLA (1,122 entries), the 170 PDET
municipalities with their subregion, the sample's fiscal categories and MDM groups, an alcaldía
per municipality, a gobernación per department and the national bodies of the policy.

The files and their sources are described in reference/data/README.md. Rows already present
(a database that imported the sample before) are updated, never duplicated; entities already
present (by name, slug, or the municipality/department they stand for) are kept as they are.
"""

import csv
from pathlib import Path

from django.db import migrations
from django.utils.text import slugify

from reference.divipola import spanish_title

DATA = Path(__file__).resolve().parents[1] / "data"
KINDS = {"Municipio": "municipio", "Isla": "isla", "Área no municipalizada": "anm"}
CATEGORY = {"especial": "E", "1": "1", "2": "2", "3": "3", "4": "4", "5": "5", "6": "6"}

# "Gobernación del Cauca", not "de Cauca": the article each department takes.
WITH_ARTICLE = {
    "Amazonas", "Atlántico", "Caquetá", "Cauca", "Cesar", "Chocó", "Guainía", "Guaviare",
    "Huila", "Magdalena", "Meta", "Putumayo", "Quindío", "Tolima", "Valle del Cauca", "Vaupés",
    "Vichada",
}  # fmt: skip

NATIONAL = [
    ("Ministerio del Interior", "MinInterior"),
    ("Ministerio de Relaciones Exteriores", "Cancillería"),
    ("Ministerio de Justicia y del Derecho", "MinJusticia"),
    ("Ministerio de Defensa Nacional", "MinDefensa"),
    ("Ministerio de Agricultura y Desarrollo Rural", "MinAgricultura"),
    ("Ministerio de Salud y Protección Social", "MinSalud"),
    ("Ministerio del Trabajo", "MinTrabajo"),
    ("Ministerio de Minas y Energía", "MinEnergía"),
    ("Ministerio de Comercio, Industria y Turismo", "MinCIT"),
    ("Ministerio de Educación Nacional", "MinEducación"),
    ("Ministerio de Ambiente y Desarrollo Sostenible", "MinAmbiente"),
    ("Ministerio de Vivienda, Ciudad y Territorio", "MinVivienda"),
    ("Ministerio de Tecnologías de la Información y las Comunicaciones", "MinTIC"),
    ("Ministerio de Transporte", "MinTransporte"),
    ("Ministerio de las Culturas, las Artes y los Saberes", "MinCulturas"),
    ("Ministerio del Deporte", "MinDeporte"),
    ("Ministerio de Ciencia, Tecnología e Innovación", "MinCiencias"),
    ("Ministerio de Igualdad y Equidad", "MinIgualdad"),
    ("Agencia de Renovación del Territorio", "ART"),
    ("Contaduría General de la Nación", "CGN"),
    ("Departamento Administrativo Nacional de Estadística", "DANE"),
]


def read(name):
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def governorate_name(department):
    if department.code == "88":
        return "Gobernación del Archipiélago de San Andrés, Providencia y Santa Catalina"
    article = "del" if department.name in WITH_ARTICLE else "de"
    return f"Gobernación {article} {department.name}"


def alcaldia_names(municipalities):
    """"Alcaldía de Albania (La Guajira)" only where the plain name is shared."""
    counts = {}
    for municipality in municipalities:
        counts[municipality.name] = counts.get(municipality.name, 0) + 1
    names = {}
    for municipality in municipalities:
        if municipality.code == "11001":
            names[municipality.code] = "Alcaldía Mayor de Bogotá"
        elif counts[municipality.name] > 1:
            names[municipality.code] = (
                f"Alcaldía de {municipality.name} ({municipality.department.name})"
            )
        else:
            names[municipality.code] = f"Alcaldía de {municipality.name}"
    return names


def load_municipalities(apps):
    Department = apps.get_model("reference", "Department")
    Municipality = apps.get_model("reference", "Municipality")
    departments = {d.code: d for d in Department.objects.all()}
    for row in read("divipola.csv"):
        if row["cod_dpto"] not in departments:
            departments[row["cod_dpto"]] = Department.objects.create(
                code=row["cod_dpto"], name=spanish_title(row["dpto"])
            )
    pdet = {row["cod_mpio"]: row["subregion_pdet"] for row in read("pdet.csv")}
    existing = {m.code: m for m in Municipality.objects.all()}
    new, changed = [], []
    for row in read("divipola.csv"):
        code = row["cod_mpio"]
        values = {
            "kind": KINDS[row["tipo_municipio"]],
            "is_pdet": code in pdet,
            "pdet_subregion": pdet.get(code, ""),
        }
        municipality = existing.get(code)
        if municipality is None:
            new.append(
                Municipality(
                    code=code,
                    name=spanish_title(row["nom_mpio"]),
                    department=departments[row["cod_dpto"]],
                    **values,
                )
            )
        else:
            for field, value in values.items():
                setattr(municipality, field, value)
            changed.append(municipality)
    Municipality.objects.bulk_create(new, batch_size=500)
    Municipality.objects.bulk_update(changed, ["kind", "is_pdet", "pdet_subregion"])


def load_sample_classification(apps):
    """The sample's categories and MDM groups: the only ones shipped (see data/README.md)."""
    Municipality = apps.get_model("reference", "Municipality")
    MunicipalityYear = apps.get_model("reference", "MunicipalityYear")
    rows = {row["Código Municipio"]: row for row in read("divipola_demo.csv")}
    municipalities = list(Municipality.objects.filter(code__in=rows))
    years = []
    for municipality in municipalities:
        row = rows[municipality.code]
        municipality.category = CATEGORY.get(row["Categoría"].strip().lower(), "")
        municipality.mdm_group = row["Grupo MDM"].strip()
        municipality.name = spanish_title(row["Nombre Municipio"])  # "Santiago de Cali"
        years.append(
            MunicipalityYear(
                municipality=municipality,
                year=int(row["Vigencia"]),
                category=municipality.category,
                mdm_group=municipality.mdm_group,
            )
        )
    Municipality.objects.bulk_update(municipalities, ["category", "mdm_group", "name"])
    known = set(MunicipalityYear.objects.values_list("municipality_id", "year"))
    MunicipalityYear.objects.bulk_create(
        [y for y in years if (y.municipality_id, y.year) not in known]
    )


def load_entities(apps):
    Department = apps.get_model("reference", "Department")
    Municipality = apps.get_model("reference", "Municipality")
    Entity = apps.get_model("reference", "Entity")
    names = set(Entity.objects.values_list("name", flat=True))
    slugs = set(Entity.objects.values_list("slug", flat=True))
    new = []

    def add(name, acronym, kind, department=None, municipality=None):
        slug = slugify(name)[:80]
        if slug in slugs and municipality is not None:  # "Chimá" and "Chima"
            slug = f"{slugify(name)[:74]}-{municipality.code}"
        if name in names or slug in slugs:
            return
        names.add(name)
        slugs.add(slug)
        new.append(
            Entity(
                name=name,
                acronym=acronym,
                slug=slug,
                kind=kind,
                department=department,
                municipality=municipality,
            )
        )

    for name, acronym in NATIONAL:
        add(name, acronym, "nacional")
    governed = set(
        Entity.objects.filter(kind="departamental", name__startswith="Gobernación").values_list(
            "department_id", flat=True
        )
    )
    for department in Department.objects.exclude(code="11").order_by("code"):
        if department.pk not in governed:
            add(governorate_name(department), "", "departamental", department=department)
    with_alcaldia = set(
        Entity.objects.filter(kind="municipal", municipality__isnull=False).values_list(
            "municipality_id", flat=True
        )
    )
    municipalities = list(
        Municipality.objects.filter(kind="municipio").select_related("department").order_by("code")
    )
    alcaldias = alcaldia_names(municipalities)
    for municipality in municipalities:
        if municipality.pk not in with_alcaldia:
            add(
                alcaldias[municipality.code],
                "",
                "municipal",
                department=municipality.department,
                municipality=municipality,
            )
    Entity.objects.bulk_create(new, batch_size=500)


def load(apps, schema_editor):
    load_municipalities(apps)
    load_sample_classification(apps)
    load_entities(apps)


class Migration(migrations.Migration):
    dependencies = [("reference", "0004_municipality_kind_and_years")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
