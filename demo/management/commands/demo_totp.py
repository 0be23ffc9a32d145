"""`manage.py demo_totp`: the code the demo staff accounts' authenticator shows right now.

Demo mode only. Every demo staff account (editor, esap, moderador, jurado, admin) shares the
published secret `demo.accounts.DEMO_TOTP_SECRET`; add it to an authenticator app instead to get
codes on a phone. Production has no demo accounts (seed_demo refuses them without DEMO_MODE).
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.staff import current_code
from demo.accounts import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = "Muestra el código de verificación en dos pasos de las cuentas de demostración."

    def handle(self, *args, **options):
        if not settings.DEMO_MODE:
            raise CommandError("Solo con DEMO_MODE: en producción no hay cuentas de demostración.")
        now = time.time()
        seconds_left = 30 - int(now) % 30
        self.stdout.write(
            f"Código: {current_code(DEMO_TOTP_SECRET, now)} (vale {seconds_left} s más)\n"
            f"Clave para una aplicación de autenticación: {DEMO_TOTP_SECRET}"
        )
