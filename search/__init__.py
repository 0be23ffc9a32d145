"""Site search: one interface that views call, with backends chosen in settings."""
