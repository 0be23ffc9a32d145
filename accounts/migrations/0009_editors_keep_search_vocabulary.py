"""Editors keep the search vocabulary: the synonyms and the everyday words (search/thesaurus.py)
that send what people type to the policy's terms, read off the demand report they already see."""

from django.db import migrations

from accounts.migration_helpers import grant_permissions

ACTIONS = ("add", "change", "delete", "view")
grant = grant_permissions(
    "search",
    {
        "Editores": [
            f"{action}_{model}" for model in ("synonym", "everydaywords") for action in ACTIONS
        ]
    },
)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0008_spanish_root_names"),
        ("search", "0013_everyday_words"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
