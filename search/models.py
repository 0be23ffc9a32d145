"""Search data: editor-managed synonyms and everyday words, the demand log, and the database
backend's index."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class Synonym(models.Model):
    """Words and phrases that mean the same; a query for any of them finds all of them."""

    terms = models.CharField(
        _("términos equivalentes"),
        max_length=500,
        unique=True,
        help_text=_("Separados por comas, por ejemplo: SGR, sistema general de regalías."),
    )

    panels = [FieldPanel("terms")]

    class Meta:
        ordering = ["terms"]
        verbose_name = _("sinónimo")
        verbose_name_plural = _("sinónimos")

    def __str__(self):
        return self.terms

    def members(self):
        return [term.strip() for term in self.terms.split(",") if term.strip()]


class EverydayWords(models.Model):
    """How people say a thing, and the policy's terms for it: one line of the thesaurus
    (search/thesaurus.py), added by editors to the one shipped with the site."""

    everyday = models.CharField(
        _("cómo lo dice la gente"),
        max_length=500,
        help_text=_(
            "Separadas por comas, como las escriben las personas, por ejemplo: plata del "
            "petróleo, minería. Quien las busque encontrará también los términos de la política."
        ),
    )
    policy_terms = models.CharField(
        _("términos de la política"),
        max_length=500,
        help_text=_(
            "Separados por comas, como los usan las guías, por ejemplo: regalías, Sistema "
            "General de Regalías. Quien busque estos términos no encontrará las palabras de la "
            "gente (la relación va en un solo sentido)."
        ),
    )

    panels = [FieldPanel("everyday"), FieldPanel("policy_terms")]

    class Meta:
        ordering = ["everyday"]
        verbose_name = _("palabras de la gente")
        verbose_name_plural = _("palabras de la gente")

    def __str__(self):
        return f"{self.everyday} → {self.policy_terms}"

    def clean(self):
        from .thesaurus import collapsed_wordings, split_line

        collapsed = collapsed_wordings(self.everyday)
        if collapsed:
            raise ValidationError(
                {
                    "everyday": _(
                        "«%(wording)s» solo conserva una palabra con significado y encontraría "
                        "mucho más de lo que quiere decir: escríbala con las palabras que la "
                        "distinguen."
                    )
                    % {"wording": collapsed[0]}
                }
            )
        if not split_line(self.everyday, self.policy_terms):
            raise ValidationError(
                _("Escriba al menos una expresión de la gente y un término de la política.")
            )


class SearchQueryLog(models.Model):
    """One search as asked: no user, no IP, no session; only what demand analysis needs."""

    query = models.CharField(_("consulta"), max_length=255, db_index=True)
    filters = models.JSONField(_("filtros"), default=dict, blank=True)
    result_count = models.PositiveIntegerField(_("resultados"))
    created_at = models.DateTimeField(_("fecha"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("búsqueda registrada")
        verbose_name_plural = _("búsquedas registradas")

    def __str__(self):
        return self.query


class PendingIndexUpdate(models.Model):
    """A document the engine could not take; retried on the next successful index update."""

    key = models.CharField(max_length=120, unique=True)  # "<kind>:<pk>"
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.key


class SearchEntry(models.Model):
    """One search document as the database backend stores it (see search/documents.py)."""

    key = models.CharField(max_length=120, unique=True)  # "<kind>:<pk>"
    kind = models.CharField(max_length=40, db_index=True)
    title = models.CharField(max_length=255)
    url = models.CharField(max_length=500)
    date = models.DateField(null=True, blank=True, db_index=True)
    territory = models.CharField(max_length=255, blank=True)
    audience = models.CharField(max_length=500, default=" public ")  # space-padded tokens
    title_terms = models.TextField(blank=True)
    summary_terms = models.TextField(blank=True)  # summary, keywords, taxonomy: weighs between
    body_terms = models.TextField(blank=True)
    passages = models.TextField(blank=True)  # the texts embedded (search/semantic.py), a line each
    body = models.TextField(blank=True)  # last: on SQLite, reading the others skips its pages

    class Meta:
        verbose_name = _("documento indexado")

    def __str__(self):
        return self.key


class SearchWord(models.Model):
    """A word as written in indexed text (lowercase, accents kept), for correcting typos.

    Written by every backend as it indexes, never by a search; emptied with the index. Words
    only join it, so a word may outlive the last entry holding it: corrections are checked
    against the index before they are offered (search/spelling.py)."""

    word = models.CharField(max_length=60, unique=True)

    def __str__(self):
        return self.word


class SearchFacetValue(models.Model):
    """A facet value of an entry, one row each; web processes read them into facet bitsets."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facet_values")
    facet = models.CharField(max_length=30)
    value = models.CharField(max_length=100)

    class Meta:
        indexes = [models.Index(fields=["facet", "value"])]

    def __str__(self):
        return f"{self.facet}={self.value}"


class IndexGeneration(models.Model):
    """A token that changes with every change to the database backend's index.

    Each web process keeps a snapshot derived from the index (search/backends/snapshot.py) and
    brings it up to date when this token differs from the one it was taken at, re-reading the
    entries that the changes logged since then touched. A random token, not a counter: a
    rolled-back transaction must not bring back a number that already named other content.
    Writers update this one row first, so they wait for each other and the change log's order
    is the order in which changes commit.
    """

    token = models.UUIDField(default=uuid.uuid4)

    def __str__(self):
        return str(self.token)

    @classmethod
    def current(cls):
        return cls.objects.values_list("token", flat=True).first()

    @classmethod
    def advance(cls, entry_ids=()):
        """A new token, logged with the ids of the entries this change added, changed, removed."""
        token = uuid.uuid4()
        if not cls.objects.update(token=token):
            cls.objects.create(token=token)
        entries = ",".join(map(str, sorted(set(entry_ids))))
        change = IndexChange.objects.create(token=token, entries=entries)
        IndexChange.objects.filter(pk__lte=change.pk - IndexChange.KEEP).delete()

    @classmethod
    def start_over(cls):
        """After emptying the index, whose ids then start again: no snapshot may catch up."""
        IndexChange.objects.all().delete()
        cls.advance()

    @classmethod
    def touched_since(cls, token):
        """The ids of the entries changed after the change that made `token`; None when that
        state is not an ancestor of the index now (read the whole index again).

        Each change logs its token in the same transaction, so a token whose change was rolled
        back is gone from the log, and so is every token once the index was emptied. In both
        cases ids handed out before may be handed out again (SQLite reuses them after a
        rollback; emptying restarts them). Tokens older than the log's last `KEEP` changes are
        gone too.
        """
        since = IndexChange.objects.filter(token=token).values_list("pk", flat=True).first()
        if token is None or since is None:
            return None
        touched = set()
        for entries in IndexChange.objects.filter(pk__gt=since).values_list("entries", flat=True):
            touched.update(map(int, filter(None, entries.split(","))))
        return touched


class IndexChange(models.Model):
    """The latest index changes: their tokens and the entries each touched, for snapshots to
    catch up (`IndexGeneration.touched_since`)."""

    KEEP = 1000

    token = models.UUIDField(unique=True)
    entries = models.TextField(blank=True, default="")  # comma-separated SearchEntry ids

    def __str__(self):
        return str(self.token)


class PassageVector(models.Model):
    """A passage's embedding (search/semantic.py), by the digest of its text: made once by the
    task worker or a rebuild, read by every backend whenever a document holding it is indexed."""

    digest = models.CharField(max_length=32, primary_key=True)
    vector = models.BinaryField()  # DIMENSIONS int8 values

    def __str__(self):
        return self.digest
