from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0004_course_evaluation"),
    ]

    operations = [
        migrations.AddField(
            model_name="enrollment",
            name="survey_sent_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="encuesta enviada el"),
        ),
    ]
