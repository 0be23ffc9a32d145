"""The import command reads DANE's CSV format and keeps each year's category and MDM group, so a
municipality's change is recorded and last year's comparison stays explainable."""

import pytest

from django.core.management import CommandError, call_command

from reference.comparable import comparison_label
from reference.models import Municipality, MunicipalityYear

pytestmark = pytest.mark.django_db


def write(tmp_path, text):
    path = tmp_path / "divipola.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_datos_gov_co_headers_are_read_with_the_kind_of_entry(tmp_path):
    csv = (
        "cod_dpto,dpto,cod_mpio,nom_mpio,tipo_municipio\n"
        "97,VAUPÉS,97889,YAVARATÉ,Área no municipalizada\n"
        "94,GUAINÍA,94343,BARRANCOMINAS,Municipio\n"
    )
    call_command("import_divipola", write(tmp_path, csv))
    assert Municipality.objects.get(code="97889").kind == Municipality.Kind.NON_MUNICIPALIZED
    assert Municipality.objects.get(code="94343").kind == Municipality.Kind.MUNICIPALITY
    assert Municipality.objects.count() == 1122


def test_a_new_year_changes_the_category_and_keeps_the_old_one(tmp_path):
    call_command(
        "import_divipola", write(tmp_path, "cod_mpio,nom_mpio,categoria\n54810,TIBÚ,5\n"),
        vigencia=2026,
    )  # fmt: skip
    tibu = Municipality.objects.get(code="54810")
    assert tibu.category == "5" and tibu.mdm_group == "G5"  # the group was not in the file
    history = dict(tibu.years.values_list("year", "category"))
    assert history == {2025: "6", 2026: "5"}
    assert comparison_label(tibu).startswith("Municipios como el mío: de quinta categoría")


def test_an_older_year_is_recorded_without_replacing_the_current_values(tmp_path):
    csv = "cod_mpio,nom_mpio,categoria,grupo_mdm,vigencia\n54810,TIBÚ,6,G4,2023\n"
    call_command("import_divipola", write(tmp_path, csv))
    tibu = Municipality.objects.get(code="54810")
    assert (tibu.category, tibu.mdm_group) == ("6", "G5")  # 2025's
    assert MunicipalityYear.objects.get(municipality=tibu, year=2023).mdm_group == "G4"


def test_a_category_for_a_town_outside_the_sample_makes_it_comparable(tmp_path):
    call_command(
        "import_divipola",
        write(tmp_path, "cod_mpio,nom_mpio,categoria,grupo_mdm\n27150,CARMEN DEL DARIÉN,6,G5\n"),
    )
    carmen = Municipality.objects.get(code="27150")
    assert (carmen.category, carmen.mdm_group, carmen.is_pdet) == ("6", "G5", True)


def test_a_bad_year_names_its_line(tmp_path):
    with pytest.raises(CommandError, match="Línea 2: vigencia «hace años» no reconocida"):
        call_command(
            "import_divipola",
            write(tmp_path, "cod_mpio,nom_mpio,categoria,vigencia\n54810,TIBÚ,5,hace años\n"),
        )
    assert Municipality.objects.get(code="54810").category == "6"
