# The inbox's models move here from the community app; their tables stay (state only).

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

import notifications.kinds


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('community', '0004_more_notice_kinds'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='EmailPreference',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('frequency', models.CharField(choices=[('inmediato', 'Un correo por cada aviso'), ('diario', 'Un resumen diario'), ('ninguno', 'Ningún correo')], default='inmediato', max_length=10, verbose_name='correos de la comunidad')),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='community_email', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'community_emailpreference',
                    },
                ),
                migrations.CreateModel(
                    name='Notification',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=notifications.kinds.choices, max_length=12)),
                        ('text', models.CharField(max_length=300)),
                        ('url', models.CharField(blank=True, max_length=300)),
                        ('created', models.DateTimeField(default=django.utils.timezone.now)),
                        ('read_at', models.DateTimeField(blank=True, null=True)),
                        ('emailed_at', models.DateTimeField(blank=True, null=True)),
                        ('recipient', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='community_notifications', to=settings.AUTH_USER_MODEL)),
                        ('thread', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='community.thread')),
                    ],
                    options={
                        'db_table': 'community_notification',
                        'ordering': ['-created'],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
