from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Dashboard",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
            ],
            options={
                "verbose_name": "tablero de demanda",
                "permissions": [("view_dashboard", "Puede ver el tablero de demanda")],
                "managed": False,
                "default_permissions": (),
            },
        ),
    ]
