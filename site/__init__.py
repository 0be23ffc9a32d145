"""Red ATT project configuration, imported as `siteconf` (see pyproject.toml)."""
