"""Territory reference data: the 33 departments, and DIVIPOLA imports in DANE's real formats."""

import pytest

from django.core.management import CommandError, call_command

from reference.models import Department, Entity, Municipality, Sector

pytestmark = pytest.mark.django_db


def write(tmp_path, text, encoding="utf-8"):
    path = tmp_path / "divipola.csv"
    path.write_bytes(text.encode(encoding))
    return str(path)


def test_the_33_departments_are_there_with_dane_codes():
    assert Department.objects.count() == 33
    assert Department.objects.get(code="52").name == "Nariño"
    assert Department.objects.get(code="11").name == "Bogotá, D.C."


def test_vocabularies_and_national_entities_are_seeded():
    assert set(Sector.objects.values_list("slug", flat=True)) >= {"salud", "hacienda-publica"}
    assert Entity.objects.get(acronym="ESAP").kind == Entity.Kind.NATIONAL


def test_import_of_the_bundled_sample_creates_municipalities():
    call_command("import_divipola")
    pasto = Municipality.objects.get(code="52001")
    assert pasto.name == "Pasto"
    assert pasto.department.name == "Nariño"
    assert pasto.mdm_group == "C"
    assert Municipality.objects.get(code="52835").name == "San Andrés de Tumaco"


def test_import_reads_geoportal_headers_in_latin1_with_semicolons(tmp_path):
    csv = (
        "Código Departamento;Nombre Departamento;Código Municipio;Nombre Municipio;Categoría\n"
        "52;NARIÑO;52356;IPIALES;Cuarta\n"
    )
    call_command("import_divipola", write(tmp_path, csv, "latin-1"))
    ipiales = Municipality.objects.get(code="52356")
    assert ipiales.name == "Ipiales"
    assert ipiales.category == "4"


def test_import_restores_codes_that_lost_their_leading_zero(tmp_path):
    csv = "cod_dpto,dpto,cod_mpio,nom_mpio\n5,ANTIOQUIA,5001,MEDELLÍN\n"
    call_command("import_divipola", write(tmp_path, csv))
    assert Municipality.objects.get(code="05001").department.code == "05"


def test_reimport_updates_instead_of_duplicating(tmp_path):
    path = write(tmp_path, "cod_mpio,nom_mpio,grupo_mdm\n52001,PASTO,C\n")
    call_command("import_divipola", path)
    call_command("import_divipola", write(tmp_path, "cod_mpio,nom_mpio\n52001,San Juan de Pasto\n"))
    assert Municipality.objects.filter(code="52001").count() == 1
    pasto = Municipality.objects.get(code="52001")
    assert pasto.name == "San Juan de Pasto"
    assert pasto.mdm_group == "C"  # a later file without the column keeps what was known


def test_a_file_that_is_not_divipola_gets_a_clear_spanish_error(tmp_path):
    with pytest.raises(CommandError, match="no parece un CSV de DIVIPOLA"):
        call_command("import_divipola", write(tmp_path, "nombre,apellido\nAna,Gómez\n"))
    assert Municipality.objects.count() == 1122  # what migrate loaded, untouched


def test_a_bad_code_names_its_line_and_imports_nothing(tmp_path):
    csv = "cod_mpio,nom_mpio\n52001,SAN JUAN DE PASTO\nabc,SIN CÓDIGO\n"
    with pytest.raises(CommandError, match="Línea 3"):
        call_command("import_divipola", write(tmp_path, csv))
    assert Municipality.objects.get(code="52001").name == "Pasto"


def test_a_missing_file_is_reported_in_spanish():
    with pytest.raises(CommandError, match="No se pudo abrir"):
        call_command("import_divipola", "/no/existe.csv")


def test_the_bundled_sample_carries_category_pdet_and_mdm_group():
    call_command("import_divipola")
    tibu = Municipality.objects.get(code="54810")
    assert (tibu.category, tibu.mdm_group, tibu.is_pdet) == ("6", "G5", True)
    assert tibu.pdet_subregion == "Catatumbo"
    medellin = Municipality.objects.get(code="05001")
    assert (medellin.category, medellin.is_pdet, medellin.pdet_subregion) == ("E", False, "")
    pdet_codes = set(Municipality.objects.filter(is_pdet=True).values_list("code", flat=True))
    assert {"52835", "18753", "73168", "73067", "73555", "27615", "27099", "19256"} <= pdet_codes


def test_import_reads_pdet_in_the_spellings_officials_use(tmp_path):
    csv = (
        "cod_mpio,nom_mpio,categoria,municipio_pdet\n"
        "73555,PLANADAS,sexta,SI\n73001,IBAGUÉ,Primera,no\n19821,TORIBÍO,6,x\n"
    )
    call_command("import_divipola", write(tmp_path, csv))
    codes = ["73555", "73001", "19821"]
    flags = dict(Municipality.objects.filter(code__in=codes).values_list("code", "is_pdet"))
    assert flags == {"73555": True, "73001": False, "19821": True}


def test_a_subregion_without_a_pdet_column_marks_the_municipality_pdet(tmp_path):
    call_command(
        "import_divipola", write(tmp_path, "cod_mpio,nom_mpio,subregion_pdet\n27099,BOJAYÁ,Chocó\n")
    )
    bojaya = Municipality.objects.get(code="27099")
    assert bojaya.is_pdet and bojaya.pdet_subregion == "Chocó"


def test_reimport_without_pdet_columns_keeps_the_known_status(tmp_path):
    call_command("import_divipola", write(tmp_path, "cod_mpio,nom_mpio,pdet\n52835,TUMACO,Sí\n"))
    call_command("import_divipola", write(tmp_path, "cod_mpio,nom_mpio\n52835,TUMACO\n"))
    assert Municipality.objects.get(code="52835").is_pdet


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("categoria", "Séptima", "categoría «Séptima» no reconocida"),
        ("categoria", "12", "categoría «12» no reconocida"),
        ("grupo_mdm", "G9", "grupo MDM «G9» no reconocido"),
        ("pdet", "tal vez", "valor PDET «tal vez» no reconocido"),
    ],
)
def test_a_bad_classification_value_names_its_line_and_imports_nothing(
    tmp_path, column, value, message
):
    csv = f"cod_mpio,nom_mpio,{column}\n52001,PASTO,\n52835,TUMACO,{value}\n"
    with pytest.raises(CommandError, match=f"Línea 3: {message}"):
        call_command("import_divipola", write(tmp_path, csv))
    assert Municipality.objects.get(code="52835").name == "San Andrés de Tumaco"
