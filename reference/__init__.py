"""Reference data shared by every area: territory (DIVIPOLA), entities, vocabularies."""
