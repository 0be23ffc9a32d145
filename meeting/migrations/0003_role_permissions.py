"""The meeting's roles as permissions: editors curate the meeting, jurors serve on its jury.

They were checked by group name ("Editores", "Jurado"), so renaming a group in the admin changed
who could open the review desk or the jury pages. The permissions go to the groups that hold those
roles today; from now on admins grant them to any group or person.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import meeting.permissions
from accounts.migration_helpers import grant_permissions

grant = grant_permissions("meeting", {"Editores": ["curate_meeting"], "Jurado": ["serve_on_jury"]})


class Migration(migrations.Migration):
    dependencies = [
        ("meeting", "0002_editor_permissions"),
        ("accounts", "0002_roles"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="juryassignment",
            options={
                "ordering": ["nomination", "juror__username"],
                "permissions": [("serve_on_jury", "Puede integrar el jurado del encuentro")],
                "verbose_name": "asignación al jurado",
                "verbose_name_plural": "asignaciones al jurado",
            },
        ),
        migrations.AlterModelOptions(
            name="nomination",
            options={
                "ordering": ["edition", "category", "practice__title"],
                "permissions": [
                    ("curate_meeting", "Puede evaluar y seleccionar las postulaciones")
                ],
                "verbose_name": "postulación",
                "verbose_name_plural": "postulaciones",
            },
        ),
        migrations.AlterField(
            model_name="editionjuror",
            name="user",
            field=models.ForeignKey(
                limit_choices_to=meeting.permissions.jury_candidates,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="jurado",
            ),
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
