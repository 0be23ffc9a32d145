"""Seed the rest of the policy's acronyms, and tie "regalías" to SGR; editors manage them after."""

from django.db import migrations

ACRONYMS = [
    "POT, plan de ordenamiento territorial",
    "EOT, esquema de ordenamiento territorial",
    "PBOT, plan básico de ordenamiento territorial",
    "SECOP, sistema electrónico de contratación pública",
    "PAT, plan de acción territorial",
    "PDET, programas de desarrollo con enfoque territorial",
    "FUT, formulario único territorial",
    "CHIP, consolidador de hacienda e información pública",
    "MGA, metodología general ajustada",
    "SISBÉN, sistema de identificación de potenciales beneficiarios de programas sociales",
    "TerriData, sistema de estadísticas territoriales",
    "OCAD, órgano colegiado de administración y decisión",
    "SGP, sistema general de participaciones",
    "PND, plan nacional de desarrollo",
    "regalías, SGR",
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for terms in ACRONYMS:
        Synonym.objects.get_or_create(terms=terms)


def unseed(apps, schema_editor):
    apps.get_model("search", "Synonym").objects.filter(terms__in=ACRONYMS).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0007_ranked_fields_and_vocabulary")]
    operations = [migrations.RunPython(seed, unseed)]
