"""The knowledge library: methodology guides, lessons learned and best practices."""
