"""Test and scale-data factories for users with roles and profiles."""

import factory

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from .roles import MEMBERS


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"usuario{n}")
    first_name = factory.Faker("first_name", locale="es_CO")
    last_name = factory.Faker("last_name", locale="es_CO")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("clave-de-prueba-123")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        """`UserFactory(roles=["Editores"])`; members by default."""
        if create:
            for name in extracted if extracted is not None else [MEMBERS]:
                self.groups.add(Group.objects.get(name=name))
