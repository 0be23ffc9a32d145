"""Test and scale-data factories for users with roles and profiles."""

import factory

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from .roles import MEMBERS


def permissions_named(names):
    """Permissions from "app_label.codename" names, spelled as `user.has_perm()` takes them."""
    return [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in (name.split(".") for name in names)
    ]


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

    @factory.post_generation
    def permissions(self, create, extracted, **kwargs):
        """`UserFactory(permissions=["meeting.curate_meeting"])`: granted to the user directly."""
        if create and extracted:
            self.user_permissions.add(*permissions_named(extracted))


class GroupFactory(factory.django.DjangoModelFactory):
    """`GroupFactory(name="Editores", permissions=[...])`: a group holding only those."""

    class Meta:
        model = Group
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Grupo {n}")

    @factory.post_generation
    def permissions(self, create, extracted, **kwargs):
        if create and extracted:
            self.permissions.add(*permissions_named(extracted))
