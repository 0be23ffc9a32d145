"""The whole territory ships: `migrate` alone loads DANE's DIVIPOLA (1,122 entries in 33
departments), the 170 PDET municipalities in their 16 subregions, and an entity for every
alcaldía and gobernación, beside the national bodies of the policy."""

import csv
from pathlib import Path

import pytest

from reference.models import Department, Entity, Municipality, MunicipalityYear

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[2] / "reference" / "data"


def test_the_shipped_divipola_file_has_every_entry_once():
    with (DATA / "divipola.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1122
    assert len({row["cod_mpio"] for row in rows}) == 1122
    assert len({row["cod_dpto"] for row in rows}) == 33


def test_the_shipped_pdet_file_has_170_municipalities_in_16_subregions():
    with (DATA / "pdet.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len({row["cod_mpio"] for row in rows}) == len(rows) == 170
    assert len({row["subregion_pdet"] for row in rows}) == 16


def test_migrate_loads_all_1122_divipola_entries_in_33_departments():
    assert Municipality.objects.count() == 1122
    assert Department.objects.count() == 33
    kinds = {kind: Municipality.objects.filter(kind=kind).count() for kind in Municipality.Kind}
    assert kinds == {"municipio": 1103, "isla": 1, "anm": 18}


@pytest.mark.parametrize(
    ("code", "name", "department"),
    [
        ("05001", "Medellín", "Antioquia"),
        ("11001", "Bogotá, D.C.", "Bogotá, D.C."),
        ("97001", "Mitú", "Vaupés"),
        ("27150", "Carmen del Darién", "Chocó"),
        ("91001", "Leticia", "Amazonas"),
        ("88001", "San Andrés", "Archipiélago de San Andrés, Providencia y Santa Catalina"),
        ("27493", "Nuevo Belén de Bajirá", "Chocó"),
    ],
)
def test_known_codes_name_the_right_municipality(code, name, department):
    municipality = Municipality.objects.select_related("department").get(code=code)
    assert (municipality.name, municipality.department.name) == (name, department)


def test_areas_no_municipalizadas_are_marked_as_such():
    assert Municipality.objects.get(code="97889").get_kind_display() == "Área no municipalizada"
    assert Municipality.objects.get(code="91263").kind == Municipality.Kind.NON_MUNICIPALIZED
    assert Municipality.objects.get(code="88001").kind == Municipality.Kind.ISLAND


def test_migrate_marks_the_170_pdet_municipalities_in_16_subregions():
    pdet = Municipality.objects.filter(is_pdet=True)
    assert pdet.count() == 170
    assert pdet.values("pdet_subregion").distinct().count() == 16
    assert not Municipality.objects.filter(is_pdet=False).exclude(pdet_subregion="").exists()
    carmen = Municipality.objects.get(code="27150")
    assert (carmen.is_pdet, carmen.pdet_subregion) == (True, "Chocó")
    # Murindó and Vigía del Fuerte are Antioquian towns of the Chocó subregion.
    assert Municipality.objects.get(code="05475").pdet_subregion == "Chocó"
    assert not Municipality.objects.get(code="97001").is_pdet


def test_the_sample_categories_are_kept_with_their_year():
    tibu = Municipality.objects.get(code="54810")
    assert (tibu.category, tibu.mdm_group) == ("6", "G5")
    record = MunicipalityYear.objects.get(municipality=tibu)
    assert (record.year, record.category, record.mdm_group) == (2025, "6", "G5")
    # Beyond the sample no category is shipped (reference/data/README.md says why).
    assert Municipality.objects.get(code="27150").category == ""


def test_every_municipality_has_an_alcaldia_and_every_department_a_gobernacion():
    municipal = Entity.objects.filter(kind=Entity.Kind.MUNICIPAL, municipality__isnull=False)
    assert municipal.values("municipality").distinct().count() == 1103
    assert Entity.objects.get(municipality__code="97001").name == "Alcaldía de Mitú"
    assert Entity.objects.get(municipality__code="11001").name == "Alcaldía Mayor de Bogotá"
    assert Entity.objects.filter(name="Alcaldía de Albania (La Guajira)").exists()
    governed = Entity.objects.filter(kind=Entity.Kind.DEPARTMENTAL, name__startswith="Gobernación")
    assert governed.values("department").distinct().count() == 32  # Bogotá has none
    assert governed.filter(name="Gobernación del Chocó", department__code="27").exists()
    assert governed.filter(name="Gobernación de Nariño").count() == 1  # the seeded one kept


def test_the_national_bodies_of_the_policy_are_listed():
    national = set(
        Entity.objects.filter(kind=Entity.Kind.NATIONAL).values_list("acronym", flat=True)
    )
    assert {"DNP", "ESAP", "Función Pública", "MinHacienda", "APC-Colombia"} <= national
    assert {"MinSalud", "MinEducación", "MinAgricultura", "ART", "DANE"} <= national


def test_entity_slugs_are_unique_even_for_names_that_differ_only_by_accents():
    chima = Entity.objects.get(municipality__code="68176")  # Chima, Santander
    chima_cordoba = Entity.objects.get(municipality__code="23168")  # Chimá, Córdoba
    assert chima.slug != chima_cordoba.slug
