"""Who may do what with the library's feedback: the one place views, templates, the follow-up
command and the admin ask.

Readers answer "¿Le sirvió?" and record "La estamos aplicando" only on items anyone may read
(live, without view restrictions): a draft, an unpublished or a restricted item shows no form and
refuses the answer. Reasons and comments are read with `knowledge.view_usefulness`, granted to
the "Editores" group by migration and grantable to any group in the admin.
"""

from django.contrib.auth.decorators import permission_required

VIEW_USEFULNESS = "knowledge.view_usefulness"

usefulness_readers_only = permission_required(VIEW_USEFULNESS, raise_exception=True)


def accepts_feedback(page):
    """Live and public: what the library lists, the API serves and search finds."""
    return page.pk is not None and page.live and not page.get_view_restrictions().exists()


def accepts_adoption(page):
    """Guides and practices are applied by entities; lessons are only read."""
    return page.adoptable and accepts_feedback(page)


def can_read_usefulness_details(user):
    return user.has_perm(VIEW_USEFULNESS)
