"""`bench/load.py --followed`: the test settings with production's task queue (django-tasks'
database backend), so that replies queue their notices for `manage.py db_worker` as in
production instead of writing them in the request (the test settings run tasks at once)."""

from siteconf.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
