"""Admin users who chose a language the site no longer offers (plain "es" before the admin was
translated for Colombia) follow the site's language again.

Wagtail keeps the preference as given: "es" would activate Wagtail's own Spanish catalogue,
which says "tú" and misses the project's translations in `locale/es_CO`. A blank preference
means the default, `es-co`; the account form offers only the permitted languages from now on.
"""

from django.conf import settings
from django.db import migrations


def drop_languages_not_permitted(apps, schema_editor):
    UserProfile = apps.get_model("wagtailusers", "UserProfile")
    permitted = [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES]
    UserProfile.objects.exclude(preferred_language="").exclude(
        preferred_language__in=permitted
    ).update(preferred_language="")


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_verify_existing_emails"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
    ]
    operations = [migrations.RunPython(drop_languages_not_permitted, migrations.RunPython.noop)]
