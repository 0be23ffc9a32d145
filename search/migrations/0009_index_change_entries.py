"""Each logged index change names the entries it touched: entries are now updated in place, so
their ids stay as few as the documents, and snapshots re-read just those entries."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("search", "0008_seed_more_acronyms")]

    operations = [
        migrations.AddField(
            model_name="indexchange",
            name="entries",
            field=models.TextField(blank=True, default=""),
        ),
    ]
