"""Events in the admin (Fragmentos › Eventos) for editors: everything the site's form has."""

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Event


class EventViewSet(SnippetViewSet):
    model = Event
    icon = "date"
    menu_label = "Eventos"
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["title", "kind", "starts_at", "status", "space"]
    list_filter = ["kind", "status"]
    search_fields = ["title", "description", "place"]
    ordering = ["-starts_at"]
    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("place"),
                FieldPanel("online_url"),
                FieldRowPanel([FieldPanel("department"), FieldPanel("municipality")]),
            ],
            heading="Dónde",
        ),
        FieldPanel("capacity"),
        FieldRowPanel([FieldPanel("space"), FieldPanel("edition")]),
        FieldPanel("organiser"),
    ]


register_snippet(EventViewSet)
