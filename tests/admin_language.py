"""Helpers of the admin-language tests (tests/site and tests/browser): spotting English in text
that should be all Spanish, and finding a page form a user may fill.

A word list, not a language detector: common words of Wagtail's English interface that Spanish
never uses, matched as whole words with their case (so "No", "Sí" or "Total" are not hits). Any
hit is shown with a few words around it, so a failure says where the English is.
"""

import re

# Words of Wagtail's English interface that do not occur in Spanish. Case matters: "Add" and
# "add" are both English, but "Live" is listed only capitalised ("en vivo" is what Spanish says).
ENGLISH_WORDS = (
    "the", "The", "and", "of", "to", "for", "with", "your", "Your", "you", "You", "by", "this",
    "This", "is", "are", "has", "have", "been", "not", "all", "All", "any", "new", "New",
    "Search", "search", "page", "pages", "Page", "Pages", "created", "Shortcuts", "permission",
    "Edit", "edit", "Delete", "delete", "Add", "add", "Privacy", "privacy", "usage", "Exploring",
    "Sort", "Filter", "Filters", "Show", "Hide", "Save", "Create", "Settings", "Reports",
    "Snippets", "Images", "Documents", "Account", "Dashboard", "Help", "Title", "Status", "Draft",
    "Actions", "View", "More", "Select", "Choose", "Cancel", "Publish", "Unpublish", "Preview",
    "Owner", "Updated", "Latest", "Recent", "Workflow", "Workflows", "Locked", "Users", "Groups",
    "Sites", "Collections", "Redirects", "Name", "Move", "Copy", "Upload", "Submit", "Toggle",
    "Back", "Next", "Previous", "Clear", "Apply", "None", "Yes", "item", "items", "Place", "Log",
    "Sign", "Welcome", "Type", "Date", "Live", "Revisions", "History", "Comments", "Changes",
    "Close", "Open", "Remove", "Sorry", "Please", "errors",
)  # fmt: skip
_PATTERN = re.compile(r"(?<![\w-])(" + "|".join(ENGLISH_WORDS) + r")(?![\w-])")


def english_in(text, allowed=()):
    """Each English word found in `text`, with up to 40 characters either side, once.

    `allowed` lists phrases to ignore (user content such as a demo page's title, or brand names):
    they are blanked out before looking.
    """
    text = " ".join(text.split())
    for phrase in allowed:
        text = text.replace(phrase, " ")
    found = []
    for match in _PATTERN.finditer(text):
        start, end = match.span()
        context = text[max(0, start - 40) : end + 40]
        if context not in found:
            found.append(context)
    return found


def creatable_page(user):
    """The first (parent, page model) under which `user` may create a page, or None."""
    from wagtail.models import Page

    for parent in Page.objects.order_by("path").specific():
        if parent.permissions_for_user(user).can_add_subpage():
            for model in parent.specific_class.creatable_subpage_models():
                if model.can_create_at(parent):
                    return parent, model
    return None


def add_page_url(parent, model):
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
