# Notification and EmailPreference now belong to the notifications app, which keeps their tables
# (notifications 0001): only the migration state changes here, no data moves.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('community', '0004_more_notice_kinds'),
        ('notifications', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='Notification'),
                migrations.DeleteModel(name='EmailPreference'),
            ],
            database_operations=[],
        ),
    ]
