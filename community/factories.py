"""Test and demo factories: the community index, spaces, memberships, threads and posts.

community = create_community()
space = SpacePageFactory(parent=community, visibility="privado", moderators=[user])
MembershipFactory(space=space, user=member)
thread = ThreadFactory(space=space, author=member)  # with its first post
PostFactory(thread=thread, author=other, source="Gracias")
"""

import factory
from factory.django import DjangoModelFactory

from wagtail.models import Site

from accounts.factories import UserFactory
from knowledge.factories import LOCALE, PublishedPageFactory

from .models import CommunityIndexPage, Follow, Membership, Post, SpacePage, Thread


class CommunityIndexPageFactory(PublishedPageFactory):
    title = "Comunidad"
    slug = "comunidad"
    show_in_menus = True

    class Meta:
        model = CommunityIndexPage


class SpacePageFactory(PublishedPageFactory):
    description = factory.LazyAttribute(lambda page: f"<p>Espacio sobre {page.title}.</p>")
    summary = factory.Faker("sentence", nb_words=12, locale=LOCALE)

    class Meta:
        model = SpacePage

    @factory.post_generation
    def moderators(self, create, extracted, **kwargs):
        if extracted:
            self.moderators.set(extracted)


def create_community():
    root = Site.objects.get(is_default_site=True).root_page
    return CommunityIndexPageFactory(parent=root)


class MembershipFactory(DjangoModelFactory):
    space = None
    user = factory.SubFactory(UserFactory)

    class Meta:
        model = Membership


class ThreadFactory(DjangoModelFactory):
    """A thread with its opening post (`source`), followed by its author like one started in
    the site."""

    author = factory.SubFactory(UserFactory)
    title = factory.Faker("sentence", nb_words=6, locale=LOCALE)

    class Meta:
        model = Thread
        skip_postgeneration_save = True

    @factory.post_generation
    def source(self, create, extracted, **kwargs):
        if create:
            Post.objects.create(
                thread=self, author=self.author, source=extracted or "Mensaje inicial."
            )
            Follow.objects.get_or_create(user=self.author, thread=self)  # authors follow, as in-app


class PostFactory(DjangoModelFactory):
    author = factory.SubFactory(UserFactory)
    source = factory.Faker("paragraph", locale=LOCALE)

    class Meta:
        model = Post
