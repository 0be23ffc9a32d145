"""Invitations to private spaces: a signed link, so nobody can request to join by guessing ids."""

from django.core import signing
from django.http import Http404
from django.urls import reverse

from .models import SpacePage

SALT = "community.invitation"


def invitation_token(space):
    return signing.dumps(space.pk, salt=SALT)


def invitation_url(space):
    return reverse("community:invitation", args=[invitation_token(space)])


def invitation_is_valid(space, token):
    try:
        return signing.loads(token, salt=SALT) == space.pk
    except signing.BadSignature:
        return False


def space_from_invitation(token):
    try:
        pk = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        raise Http404 from None
    space = SpacePage.objects.live().filter(pk=pk).first()
    if space is None:
        raise Http404
    return space
