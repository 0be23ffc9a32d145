#!/usr/bin/env bash
# The Debian packages the site and its tests need besides Python packages, installed as root when
# missing:
# - Pango and the DejaVu fonts, for the PDFs of library items (core/pdf.py, knowledge/pdf.py):
#   WeasyPrint, pinned in requirements/*.lock, lays pages out with Pango. Without them the site
#   still runs (its PDF links are hidden and PDF addresses answer 503) and the PDF tests fail;
# - gettext, whose msgfmt checks that the committed translation catalogues (.mo) are compiled
#   from their sources (tests/site/test_admin_language.py).
# In CI (CI=true) a failed install fails this script.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core gettext)
LATER="the PDFs will be off (503) and their tests, and the catalogue check, will fail"

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
if command -v dpkg-query >/dev/null; then
  for package in "${PACKAGES[@]}"; do installed "$package" || missing+=("$package"); done
fi

failure=""
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "system-deps: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null ||
      failure="apt-get could not install ${missing[*]}"
  else
    failure="missing ${missing[*]} (sudo apt-get install ${missing[*]})"
  fi
fi

if [[ -z $failure ]] && ! .venv/bin/python -c "import weasyprint" 2>/dev/null; then
  failure="WeasyPrint cannot load (is Pango installed? is the virtualenv made: make test)"
fi

if [[ -n $failure ]]; then
  echo "system-deps: $failure; $LATER" >&2
  if [[ ${CI:-} =~ ^(1|[Tt]rue|TRUE|yes)$ ]]; then
    echo "system-deps: failed (CI=true)" >&2
    exit 1
  fi
else
  echo "system-deps: WeasyPrint $(.venv/bin/python -c 'import weasyprint; print(weasyprint.__version__)') with Pango"
fi
