"""The training roles as permissions: publishers get each new plan, reviewers approve changes.

Both were found by group name ("Publicadores de formación", "Editores") when a plan was created
or the review workflow made, so renaming a group in the admin (or a group of that name made again)
changed who got a new plan. The permissions go to the groups that hold those roles today; from now
on admins grant them to any group. Plans that exist keep the page permissions they have.
"""

from django.db import migrations

from accounts.migration_helpers import grant_permissions

grant = grant_permissions(
    "training",
    {"Publicadores de formación": ["publish_training"], "Editores": ["review_training"]},
)


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0002_role_permissions"),
        ("accounts", "0002_roles"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="trainingplanpage",
            options={
                "permissions": [
                    ("publish_training", "Puede editar y publicar en los planes de formación"),
                    ("review_training", "Puede aprobar los cambios de formación en revisión"),
                ],
                "verbose_name": "plan de formación",
                "verbose_name_plural": "planes de formación",
            },
        ),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
