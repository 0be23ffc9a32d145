"""Reading facet parameters from a query string, which may hold anything, a thousand times: the
site search and the apps' faceted listings read them the same way."""

MOST_VALUES = 50  # values read per facet: more than any vocabulary offers at once (32 departments)


def asked_values(params, name):
    """The values of a facet parameter, each once, read no further than `MOST_VALUES`."""
    values = dict.fromkeys(v.strip()[:100] for v in params.getlist(name)[:MOST_VALUES])
    return [v for v in values if v]
