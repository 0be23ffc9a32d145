"""`python -m siteconf <command>`: manage.py for a site installed from its wheel, where there is
no manage.py; production settings unless DJANGO_SETTINGS_MODULE names others."""

import os
import sys

from django.core.management import execute_from_command_line

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconf.settings.production")
execute_from_command_line([f"{sys.executable} -m siteconf", *sys.argv[1:]])
