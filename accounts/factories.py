"""Test and scale-data factories for users with roles and profiles."""

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from .consent import record_signup_consent
from .roles import MEMBERS, permission_named
from .staff import has_authenticator_app, is_staff_account


def permissions_named(names):
    """Permissions from "app_label.codename" names, spelled as `user.has_perm()` takes them."""
    return [Permission.objects.get(permission_named(name)) for name in names]


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

    @factory.post_generation
    def consent(self, create, extracted, show_identity=True, **kwargs):
        """Users have accepted the current policy and agreed to show their name, as members who
        signed up would; `UserFactory(consent=False)` for an account that never consented,
        `UserFactory(consent__show_identity=False)` for one that keeps its name private."""
        if create and extracted is not False:
            record_signup_consent(self, show_identity=show_identity, source="prueba")

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        """The address counts as verified, as for any account that has signed in;
        `verified_email=False` for one that has just signed up."""
        if create and self.email:
            EmailAddress.objects.get_or_create(
                user=self,
                email=self.email.lower(),
                defaults={"primary": True, "verified": extracted is not False},
            )

    @factory.post_generation
    def totp(self, create, extracted, **kwargs):
        """Staff accounts have an authenticator app, as the admin and jury pages require;
        `totp=False` for one that has not set it up yet, `totp=True` for a member who opted in."""
        if create and extracted is not False:
            fresh = type(self).objects.get(pk=self.pk)  # no permission cache left on `self`
            if extracted or is_staff_account(fresh):
                give_authenticator_app(self)


def give_authenticator_app(user, secret=None):
    """An authenticator app for `user` (a random secret unless given); returns the secret."""
    secret = secret or generate_totp_secret()
    if not has_authenticator_app(user):
        TOTP.activate(user, secret)
    return secret


def member_in_municipality(code, **fields):
    """A member whose profile says they work in the municipality with this DANE code."""
    from reference.models import Municipality

    member = UserFactory(**fields)
    municipality = Municipality.objects.get(code=code)
    profile = member.profile
    profile.municipality, profile.department = municipality, municipality.department
    profile.save()
    return member


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
