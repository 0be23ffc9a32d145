"""What search holds about a member, for account deletion (`accounts.data_rights`): nothing but
words. Logged queries carry no member; the typo-correction vocabulary (`SearchWord`) keeps every
word ever indexed, and a post that mentioned the member ("@ana_pasto") left their username there.
"""

from accounts.data_rights import register

from .models import SearchWord


def forget(user):
    words = {user.username, user.email, user.email.partition("@")[0]}
    SearchWord.objects.filter(word__in={word.lower() for word in words if word}).delete()


def register_holding():
    register(position=90, sections=lambda user: [], forget=forget, relations=set())
