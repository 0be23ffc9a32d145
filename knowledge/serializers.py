"""API v2 serialisation of taxonomy relations: stable slugs (or DANE codes) with labels."""

from rest_framework.fields import Field


class TermListField(Field):
    """A many-to-many of terms as `[{"slug": …, "name": …}]`, stable for open-data consumers."""

    def __init__(self, key="slug", **kwargs):
        self.key = key
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        return [{self.key: getattr(term, self.key), "name": term.name} for term in manager.all()]
