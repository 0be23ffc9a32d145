"""The open-data catalogue (DCAT-AP in JSON-LD) of the datasets the platform serves, and schema.org
JSON-LD for guides, courses and events (issue 30)."""
