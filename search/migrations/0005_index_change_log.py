"""A log of the latest index changes' tokens: a process's snapshot of the index may catch up
with the changes made after it only while its own token is still there (search/models.py)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("search", "0004_index_generation_and_column_order")]

    operations = [
        migrations.CreateModel(
            name="IndexChange",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.UUIDField(unique=True)),
            ],
        ),
    ]
