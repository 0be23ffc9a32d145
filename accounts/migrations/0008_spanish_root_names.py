"""Wagtail's root page and root collection are called "Raíz", not "Root".

Wagtail names both "Root" when it migrates, and the admin shows those names as they are: the
page explorer said "Explorando: Root", the upload forms offered the collection "Root". Neither is
ever served to the public. Only the untouched English name is replaced.
"""

from django.db import migrations

ROOT = "Root"
RAIZ = "Raíz"


def name_roots_in_spanish(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    Page.objects.filter(depth=1, title=ROOT).update(title=RAIZ, draft_title=RAIZ)
    Collection.objects.filter(depth=1, name=ROOT).update(name=RAIZ)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0007_editors_upload_media"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(name_roots_in_spanish, migrations.RunPython.noop)]
