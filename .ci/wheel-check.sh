#!/usr/bin/env bash
# The built wheel alone runs the site: built from this checkout, installed with the locked
# dependencies in a fresh virtualenv, then run away from the checkout with the production
# settings: Django's deploy checks, every migration, collectstatic, and the home page and the
# search page rendered (templates, translations, static files and data all come from the wheel).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
# setuptools builds in build/ and red_att.egg-info/ beside the sources: leave neither behind.
root=$(pwd)
trap 'rm -rf "$work" "$root/build" "$root"/*.egg-info' EXIT

.venv/bin/python -m build --wheel --outdir "$work/dist" . >"$work/build.log" || {
  cat "$work/build.log"
  exit 1
}
.venv/bin/python -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check -r requirements/base.lock
"$work/venv/bin/pip" install --quiet --disable-pip-version-check --no-deps "$work"/dist/*.whl
echo "wheel: $(basename "$work"/dist/*.whl), $(unzip -l "$work"/dist/*.whl | tail -1 | awk '{print $2}') files"

cd "$work"
export DJANGO_SETTINGS_MODULE=siteconf.settings.production \
  SECRET_KEY="wheel-check-$(head -c 48 /dev/urandom | base64 | tr -d '/+=')" \
  DATABASE_URL="sqlite:///$work/db.sqlite3" MEDIA_ROOT="$work/media" STATIC_ROOT="$work/static" \
  ALLOWED_HOSTS=localhost SEMANTIC_SEARCH=off
venv/bin/python -m siteconf check --deploy --fail-level WARNING
venv/bin/python -m siteconf migrate --noinput -v0
venv/bin/python -m siteconf collectstatic --noinput -v0
venv/bin/python - <<'PY'
import django

django.setup()
import siteconf
from django.test import Client

assert "site-packages" in siteconf.__file__, f"siteconf imported from {siteconf.__file__}"
client = Client(HTTP_HOST="localhost")
for path in ("/", "/buscar/?q=regal%C3%ADas"):
    response = client.get(path, secure=True, follow=True)
    assert response.status_code == 200, (path, response.status_code)
    assert "Red ATT" in response.content.decode(), path
print("wheel check: check --deploy, migrate, collectstatic and pages from the installed wheel: ok")
PY
