# The moved models' content types follow them (community → notifications), so the permissions
# granted on them, and anything else pointing at their content type, keep working. On a fresh
# database there are no rows yet (they are created after migrating): nothing to do.

from django.db import migrations

MODELS = ["notification", "emailpreference"]


def relabel(apps, old_label, new_label):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        old = ContentType.objects.filter(app_label=old_label, model=model).first()
        if old is None:
            continue
        # A row already made under the new label (a migrate stopped between the two steps made it
        # after the move) holds only permissions created with it: the old row's are the granted ones.
        ContentType.objects.filter(app_label=new_label, model=model).delete()
        old.app_label = new_label
        old.save(update_fields=["app_label"])


def forwards(apps, schema_editor):
    relabel(apps, "community", "notifications")


def backwards(apps, schema_editor):
    relabel(apps, "notifications", "community")


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('notifications', '0001_initial'),
        ('community', '0005_notifications_move_out'),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
    ]
