"""Settings split by purpose: base (secure defaults), dev, test, production."""
