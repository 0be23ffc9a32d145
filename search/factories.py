"""Test factories for the search demand log.

SearchQueryLogFactory(query="catastro", result_count=0, created_at=some_aware_datetime)
"""

import factory
from factory.django import DjangoModelFactory

from .models import SearchQueryLog


class SearchQueryLogFactory(DjangoModelFactory):
    """A logged search; `created_at` may be given, although the model stamps it on insert."""

    query = factory.Faker("word", locale="es_CO")
    result_count = factory.Faker("random_int", min=0, max=30)

    class Meta:
        model = SearchQueryLog

    @classmethod
    def _create(cls, model_class, *args, created_at=None, **kwargs):
        log = super()._create(model_class, *args, **kwargs)
        if created_at is not None:
            model_class.objects.filter(pk=log.pk).update(created_at=created_at)
            log.created_at = created_at
        return log
