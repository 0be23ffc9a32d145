"""Seed the policy's acronyms as synonyms; editors manage them from then on."""

from django.db import migrations

ACRONYMS = [
    "ATT, asistencia técnica territorial",
    "MDM, medición de desempeño municipal",
    "PDT, plan de desarrollo territorial",
    "SGR, sistema general de regalías",
    "IDF, índice de desempeño fiscal",
    "MIPG, modelo integrado de planeación y gestión",
    "FURAG, formulario único de reporte de avances de la gestión",
    "DNP, departamento nacional de planeación",
    "ESAP, escuela superior de administración pública",
    "DAFP, función pública, departamento administrativo de la función pública",
]


def seed(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for terms in ACRONYMS:
        Synonym.objects.get_or_create(terms=terms)
    # Editors manage synonyms: give their group the snippet's permissions (created here, since
    # Django only creates permissions after all migrations ran; the same rows it would create).
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="search", model="synonym")
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_synonym",
            defaults={"name": f"Can {action} sinónimo"},
        )[0]
        for action in ("add", "change", "delete", "view")
    ]
    editors = Group.objects.filter(name="Editores").first()
    if editors:
        editors.permissions.add(*permissions)


def unseed(apps, schema_editor):
    apps.get_model("search", "Synonym").objects.filter(terms__in=ACRONYMS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("accounts", "0002_roles"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [migrations.RunPython(seed, unseed)]
