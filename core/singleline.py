"""Single-line text: titles, names and positions stay on one line, whatever was pasted into them.

A thread or practice title ends up in e-mail subjects, page titles, feeds and CSV exports; a line
break there breaks them (a mail header cannot hold one), so it is turned into a space at the door.
"""

import re

from django import forms

# A line break or tab, with the blanks around it: "Consulta \r\n sobre" → "Consulta sobre".
BREAKS = re.compile(r"\s*[\t\n\v\f\r\x85\u2028\u2029]\s*")
CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # Unicode's Cc: C0, DEL and C1


def one_line(text):
    """`text` on one line: breaks and tabs become a space, other control characters go."""
    return CONTROLS.sub("", BREAKS.sub(" ", text)).strip()


class SingleLineCharField(forms.CharField):
    """A CharField for one-line text; what was typed is still shown if the form is refused."""

    def to_python(self, value):
        value = super().to_python(value)
        return one_line(value) if isinstance(value, str) else value
