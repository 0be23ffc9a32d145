"""Demo content for accounts: the published data-processing policy page (standard text)."""

from wagtail.models import Site

from .policy import POLICY_TITLE, PrivacyPolicyPage


def seed_policy_page(log):
    if PrivacyPolicyPage.objects.exists():
        return
    home = Site.objects.get(is_default_site=True).root_page
    page = PrivacyPolicyPage(
        title=POLICY_TITLE,
        slug="politica-de-datos",
        summary="Qué datos personales trata Red ATT, para qué, sus derechos y cómo ejercerlos.",
        version=1,
        changes_summary="Primera versión.",
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    log.step("política de tratamiento de datos personales publicada")


def seed(log):
    seed_policy_page(log)
