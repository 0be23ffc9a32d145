"""The ground floor every app builds on and that knows none of them: the base page and the home
page, the home-page sections registry, the operator's identity, dates, links, mail, CSV and
one-line text."""
