"""Community views, thin: look up through the permission module, call one action."""
