"""The kinds of notice, each registered by the app that sends it.

An app calls `register(value, label)` from a module its `AppConfig.ready` imports (usually the one
that sends the notices) and uses the returned value: `FOLLOW_UP = kinds.register("seguimiento",
_("Cómo le fue con lo que aplica"))`. The value is what is stored, so it never changes once used;
`Notification.kind` takes its choices from here (`choices` is a callable, so adding a kind needs no
migration). A stored value no app registers any more still shows, as itself.
"""

from django.core.exceptions import ImproperlyConfigured

MAX_LENGTH = 12  # Notification.kind's column

_labels = {}  # value → label, in registration order


def register(value, label):
    if not value or len(value) > MAX_LENGTH:
        raise ImproperlyConfigured(f"Notice kind {value!r}: 1 to {MAX_LENGTH} characters.")
    if value in _labels and _labels[value] != label:
        raise ImproperlyConfigured(f"Notice kind {value!r} is already registered.")
    _labels[value] = label
    return value


def choices():
    return list(_labels.items())


def label(value):
    return _labels.get(value, value)
