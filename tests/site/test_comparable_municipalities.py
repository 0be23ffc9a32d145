""" "Municipios como el mío": same category AND (same PDET status OR same MDM group)."""

import pytest

from django.core.management import call_command

from reference.comparable import (
    can_compare,
    comparable_municipalities,
    comparison_label,
)
from reference.models import Municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def sample():
    call_command("import_divipola")
    return {m.code: m for m in Municipality.objects.all()}


def codes(queryset):
    return set(queryset.values_list("code", flat=True))


def test_a_sixth_category_pdet_municipality_is_compared_with_its_peers(sample):
    planadas = sample["73555"]
    comparable = codes(comparable_municipalities(planadas))
    assert {"73555", "73067", "73168", "54810", "27099", "19821"} <= comparable
    assert "11001" not in comparable  # Bogotá: categoría especial
    assert "52838" not in comparable  # Túquerres: sexta, but not PDET and another MDM group


def test_a_first_category_non_pdet_city_is_not_compared_with_pdet_towns(sample):
    comparable = codes(comparable_municipalities(sample["73001"]))  # Ibagué
    assert "66001" in comparable  # Pereira: primera, no PDET
    assert not comparable & {"73555", "73067", "54810", "27099"}


def test_the_same_mdm_group_is_enough_when_pdet_status_differs(sample):
    tuquerres = sample["52838"]  # sexta, no PDET, G3
    tuquerres_peer = Municipality.objects.create(
        code="52999", name="Prueba", department=tuquerres.department, category="6",
        mdm_group="G3", is_pdet=True,
    )  # fmt: skip
    assert tuquerres_peer.code in codes(comparable_municipalities(tuquerres))


def test_without_a_category_nothing_is_comparable(sample):
    san_andres = sample["88001"]
    assert not can_compare(san_andres) and not can_compare(None)
    assert not comparable_municipalities(san_andres).exists()


def test_the_label_says_what_comparable_means(sample):
    assert comparison_label(sample["73555"]) == (
        "Municipios como el mío: de sexta categoría que son PDET o están en su mismo grupo de "
        "capacidades"
    )
    assert comparison_label(sample["73001"]) == (
        "Municipios como el mío: de primera categoría que no son PDET o están en su mismo grupo "
        "de capacidades"
    )
