"""The home page, the base page class every area builds on, and site-wide demo content."""
