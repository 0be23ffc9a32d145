"""Editors upload documents and images, and training publishers theirs.

Wagtail gave the staff groups only the choose permissions, so "Documentos" and "Imágenes"
answered "no tiene permisos" to editors and a guide's document chooser had no upload. Editors get
add, change and choose on the root collection (and so on every collection inside it, whatever
view restriction a collection has: restrictions decide who may read, not who may upload).
Training publishers get add and choose there, as `training.permissions` gives them with a plan:
they may upload and edit what they uploaded, never other people's files. Moderators, jurors and
members get nothing more.
"""

from django.db import migrations

from accounts.migration_helpers import grant_collection_permissions

DOCUMENTS_AND_IMAGES = ["wagtaildocs.{}_document", "wagtailimages.{}_image"]


def named(actions):
    return [name.format(action) for action in actions for name in DOCUMENTS_AND_IMAGES]


grant = grant_collection_permissions(
    {
        "Editores": named(["add", "change", "choose"]),
        "Publicadores de formación": named(["add", "choose"]),
    }
)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0006_admin_language_among_permitted"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
