"""Site-wide demo content: territory sample, the site's address, the home page, the operating
entity shown in the footer, the alcaldías of the demo's municipalities, and (in demo mode) one
account per role (`demo.accounts`) and the cast of ordinary members (`demo.people`).

Each area has a module here with a `seed(log)` function; `seed_demo` calls them in order. Every
seeder is idempotent (get-or-create by a stable key), so running it twice changes nothing.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management import call_command

from wagtail.models import Site

from core.operator import OperatorSettings
from reference.models import Municipality

from . import people
from .accounts import demo_accounts_allowed, seed_accounts


def seed_territory(log):
    if not Municipality.objects.exists():
        call_command("import_divipola", stdout=log.stream)


# What `make run` serves: the demo's e-mails, feeds and sitemap link there, so their links open.
DEMO_SITE_ADDRESS = ("127.0.0.1", 8000)


def demo_site_address():
    """BASE_URL's host and port when the operator set it, else what `make run` serves."""
    if not settings.BASE_URL:
        return DEMO_SITE_ADDRESS
    parts = urlsplit(settings.BASE_URL)
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def seed_site(log):
    """Move the default Site off Wagtail's `localhost:80` (which nothing serves) once; a Site
    editors have changed is kept."""
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) != ("localhost", 80):
        return
    site.hostname, site.port = demo_site_address()
    site.save()  # also forgets the cached root of absolute links (core.links)
    log.step(f"sitio: {site.root_url}")


def seed_home_page(log):
    """Publish the migration-created home page once, so it has a revision and is indexed."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    if not home.revisions.exists():
        home.save_revision().publish()
        log.step("página de inicio publicada")


# DNP runs the platform in the demo: its real public address, switchboard and service hours.
DEMO_OPERATOR = {
    "name": "Departamento Nacional de Planeación",
    "address": "Calle 26 # 13-19",
    "city": "Bogotá D. C., Colombia",
    "phone": "+57 601 381 5000",
    "email": "redatt@dnp.gov.co",
    "hours": "lunes a viernes, 8:00 a. m. – 5:00 p. m.",
    "website": "https://www.dnp.gov.co/",
}


def seed_operator(log):
    """Fill the footer's operating entity once; later edits in "Configuración" are kept."""
    site = Site.objects.get(is_default_site=True)
    operator = OperatorSettings.for_site(site)
    if not operator.address:
        for field, value in DEMO_OPERATOR.items():
            setattr(operator, field, value)
        operator.save()
        log.step("entidad operadora: Departamento Nacional de Planeación")


def seed(log):
    seed_territory(log)
    seed_site(log)
    seed_home_page(log)
    seed_operator(log)
    people.seed_alcaldias(log)
    if demo_accounts_allowed():
        seed_accounts(log)
        people.seed_cast(log)
    else:
        log.step("Cuentas de demostración omitidas (DEMO_MODE desactivado)")
