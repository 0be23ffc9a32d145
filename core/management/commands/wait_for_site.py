"""`manage.py wait_for_site URL`: return once the site answers there.

`make run` starts the development server in the background and prints where to open the site
only when it answers, instead of before it can (issue 28, item 15)."""

import time
import urllib.error
import urllib.request

from django.core.management.base import BaseCommand, CommandError


def answers(url):
    """Whether anything at `url` answers HTTP (an error status counts: the server is up)."""
    try:
        with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - the caller's own local URL
            return True
    except urllib.error.HTTPError:
        return True
    except (urllib.error.URLError, OSError):
        return False


class Command(BaseCommand):
    help = "Espera a que el sitio responda en la dirección dada."

    def add_arguments(self, parser):
        parser.add_argument("url")
        parser.add_argument("--timeout", type=float, default=120.0, help="segundos")

    def handle(self, *args, url, timeout, **options):
        deadline = time.monotonic() + timeout
        while not answers(url):
            if time.monotonic() > deadline:
                raise CommandError(f"El sitio no respondió en {url} tras {timeout:g} segundos.")
            time.sleep(0.3)
