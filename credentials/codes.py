"""Verification codes: short enough to type, too many to guess.

Twelve characters from a 29-character alphabet without look-alikes (no 0/O, 1/I/L, U/V), drawn
with `secrets`: 29¹² ≈ 3.5 × 10¹⁷ codes, so even millions of certificates leave a guess a chance
below one in 10¹¹, and the verification page is rate-limited besides. Shown in three groups of
four (`ABCD-EFGH-JKMN`); what a person types is normalised (case, spaces, dashes) before lookup.
"""

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"  # no 0 O 1 I L U V
LENGTH = 12
GROUP = 4


def new_code():
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise(typed):
    """The stored form of what someone typed: upper case, without spaces, dashes or dots;
    "" when it cannot be a code."""
    code = re.sub(r"[\s\-.·_]", "", str(typed or "")).upper()
    if len(code) != LENGTH or any(char not in ALPHABET for char in code):
        return ""
    return code


def grouped(code):
    """`ABCDEFGHJKMN` as people read and type it: `ABCD-EFGH-JKMN`."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))
