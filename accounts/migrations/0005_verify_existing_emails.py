"""Accounts made before e-mail verification keep working: their address counts as verified.

django-allauth lets an account sign in only once it has a verified address (an EmailAddress row).
Every existing user with an e-mail gets one, verified and primary; when two accounts share an
address, only the oldest gets it verified (an address is verified for one account at most).
"""

from django.conf import settings
from django.db import migrations


def verify_existing_emails(apps, schema_editor):
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    EmailAddress = apps.get_model("account", "EmailAddress")
    verified = {e.lower() for e in EmailAddress.objects.filter(verified=True).values_list("email", flat=True)}
    has_address = set(EmailAddress.objects.values_list("user_id", flat=True))
    new = []
    for user in User.objects.exclude(email="").order_by("pk").only("pk", "email"):
        email = user.email.strip().lower()
        if not email or user.pk in has_address:
            continue
        new.append(
            EmailAddress(user_id=user.pk, email=email, primary=True, verified=email not in verified)
        )
        verified.add(email)
    EmailAddress.objects.bulk_create(new, batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_privacy_policy_and_consent"),
        ("account", "0009_emailaddress_unique_primary_email"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]
    operations = [migrations.RunPython(verify_existing_emails, migrations.RunPython.noop)]
