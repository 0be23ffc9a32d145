"""Accounts: sign-up, login, password reset, the member profile, and the platform's roles."""
