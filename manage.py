#!/usr/bin/env python
"""Django's command-line utility; the project package is `siteconf` (the folder `site/`)."""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconf.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
