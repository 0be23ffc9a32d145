"""An event: a webinar, an in-person or hybrid meeting, or the annual meeting's day.

Events are plain data, not pages: editors, training publishers and space moderators publish them
from the site (`events.views`) and editors also from the admin. An event in a community space is
seen by those who may read the space (`events.permissions`), so a private space's events stay
among its members.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from community.markup import render_markdown
from core import links


class EventQuerySet(models.QuerySet):
    def shown(self):
        """Published and cancelled events: what lists show (a cancelled one, marked)."""
        return self.filter(status__in=[Event.Status.PUBLISHED, Event.Status.CANCELLED])

    def upcoming(self, now=None):
        """Events not over yet, soonest first."""
        return self.filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "pk")

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "-pk")

    def for_lists(self):
        """What a list shows of each event, loaded in the same query, with its attendee count."""
        return self.select_related(
            "space", "department", "municipality__department", "organiser"
        ).annotate(attendee_count=models.Count("rsvps", distinct=True))


class Event(models.Model):
    class Kind(models.TextChoices):
        WEBINAR = "webinar", _("Webinar")
        IN_PERSON = "presencial", _("Reunión presencial")
        HYBRID = "hibrido", _("Híbrido")
        ANNUAL_MEETING = "encuentro", _("Día del encuentro anual")

    class Status(models.TextChoices):
        DRAFT = "borrador", _("Borrador")
        PUBLISHED = "publicado", _("Publicado")
        CANCELLED = "cancelado", _("Cancelado")

    title = models.CharField(_("título"), max_length=200)
    kind = models.CharField(_("tipo"), max_length=12, choices=Kind.choices, default=Kind.WEBINAR)
    description = models.TextField(
        _("descripción"),
        blank=True,
        help_text=_("Texto o Markdown: **negrita**, listas con guiones, [texto](https://enlace)."),
    )
    starts_at = models.DateTimeField(_("empieza"))
    ends_at = models.DateTimeField(_("termina"))
    place = models.CharField(
        _("lugar"), max_length=200, blank=True, help_text=_("Dirección o sitio, si es presencial.")
    )
    online_url = models.URLField(
        _("enlace para conectarse"), blank=True, help_text=_("Si es en línea o híbrido.")
    )
    department = models.ForeignKey(
        "reference.Department",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("departamento"),
    )
    municipality = models.ForeignKey(
        "reference.Municipality",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("municipio"),
    )
    capacity = models.PositiveIntegerField(
        _("cupo"), null=True, blank=True, help_text=_("Déjelo vacío si no hay límite.")
    )
    # A private space's events are its members' alone: deleting the space deletes them, rather
    # than leaving them public.
    space = models.ForeignKey(
        "community.SpacePage",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("espacio de la comunidad"),
        help_text=_("Si es un evento de un espacio; los de un espacio privado solo los ven sus "
                    "miembros."),
    )  # fmt: skip
    edition = models.ForeignKey(
        "meeting.EditionPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("edición del encuentro"),
    )
    organiser = models.ForeignKey(
        "reference.Entity",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entidad organizadora"),
    )
    status = models.CharField(
        _("estado"), max_length=12, choices=Status.choices, default=Status.PUBLISHED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events_created",
        verbose_name=_("creado por"),
    )
    created_at = models.DateTimeField(_("creado el"), auto_now_add=True)
    updated_at = models.DateTimeField(_("actualizado el"), auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("evento")
        verbose_name_plural = _("eventos")
        ordering = ["starts_at", "pk"]
        permissions = [("publish_event", _("Publicar eventos en todo el sitio"))]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gte=models.F("starts_at")),
                name="event_ends_after_start",
            ),
        ]
        indexes = [models.Index(fields=["status", "starts_at"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.municipality_id and not self.department_id:
            self.department_id = self.municipality.department_id
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("events:detail", args=[self.pk])

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("La hora de fin no puede ser anterior a la de inicio.")
        if self.is_online and not self.online_url:
            errors["online_url"] = _("Escriba el enlace para conectarse a un evento en línea.")
        if self.is_in_person and not self.place:
            errors["place"] = _("Escriba el lugar de un evento presencial.")
        if self.kind == self.Kind.ANNUAL_MEETING and not (self.place or self.online_url):
            errors["place"] = _("Escriba el lugar o el enlace del encuentro.")
        if (
            self.municipality_id
            and self.department_id
            and self.municipality.department_id != self.department_id
        ):
            errors["municipality"] = _("El municipio no es de ese departamento.")
        if errors:
            raise ValidationError(errors)

    def get_full_url(self):
        return links.absolute(self.get_absolute_url())

    @property
    def is_online(self):
        return self.kind in (self.Kind.WEBINAR, self.Kind.HYBRID)

    @property
    def is_in_person(self):
        return self.kind in (self.Kind.IN_PERSON, self.Kind.HYBRID)

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def is_over(self):
        return self.ends_at < timezone.now()

    @cached_property
    def description_html(self):
        """The description as safe HTML: the community's Markdown and allowlist."""
        return render_markdown(self.description)

    @property
    def where(self):
        """One line saying where: the place and town, and/or "En línea"."""
        parts = [self.place] if self.place else []
        if self.municipality_id:
            parts.append(str(self.municipality))
        elif self.department_id:
            parts.append(self.department.name)
        if self.online_url or self.kind == self.Kind.WEBINAR:
            parts.append(str(_("En línea")))
        return " · ".join(parts)

    def seats_left(self, attendee_count):
        if self.capacity is None:
            return None
        return max(self.capacity - attendee_count, 0)

    def schema_org(self, request=None):
        """The event as a schema.org Event (JSON-LD), for search engines and calendars."""
        modes = {
            self.Kind.WEBINAR: "OnlineEventAttendanceMode",
            self.Kind.IN_PERSON: "OfflineEventAttendanceMode",
            self.Kind.HYBRID: "MixedEventAttendanceMode",
        }
        mode = modes.get(self.kind)
        if mode is None:  # the annual meeting: by what it has
            mode = "MixedEventAttendanceMode" if self.online_url and self.place else (
                "OnlineEventAttendanceMode" if self.online_url else "OfflineEventAttendanceMode"
            )  # fmt: skip
        locations = []
        if self.place or self.municipality_id:
            place = {"@type": "Place", "name": self.place or str(self.municipality)}
            if self.municipality_id:
                place["address"] = {
                    "@type": "PostalAddress",
                    "addressLocality": self.municipality.name,
                    "addressRegion": self.municipality.department.name,
                    "addressCountry": "CO",
                }
            locations.append(place)
        if self.online_url:
            locations.append({"@type": "VirtualLocation", "url": self.online_url})
        url = request.build_absolute_uri(self.get_absolute_url()) if request else (
            self.get_full_url()
        )  # fmt: skip
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "startDate": timezone.localtime(self.starts_at).isoformat(),
            "endDate": timezone.localtime(self.ends_at).isoformat(),
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "eventStatus": "https://schema.org/"
            + ("EventCancelled" if self.is_cancelled else "EventScheduled"),
            "url": url,
        }
        if self.description:
            data["description"] = strip_tags(self.description_html).strip()[:500]
        if locations:
            data["location"] = locations[0] if len(locations) == 1 else locations
        if self.organiser_id:
            data["organizer"] = {"@type": "Organization", "name": self.organiser.name}
        else:
            data["organizer"] = {"@type": "Organization", "name": "Red ATT", "url": url}
        return data
