"""What the wheel holds; the rest of the package's metadata is in pyproject.toml.

Every app (a top-level folder with an `apps.py`) with all its files: modules, migrations, static
files, data. The folder `site/` under the import name `siteconf` (`import site` finds the standard
library's module), and the top-level `templates/` and `locale/` inside it, where the settings look
for them when the site runs from an installed wheel instead of a checkout.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

ROOT = Path(__file__).resolve().parent
APPS = sorted(path.parent.name for path in ROOT.glob("*/apps.py"))
FOLDERS = {"siteconf": "site", "siteconf.templates": "templates", "siteconf.locale": "locale"}


def packages_in(folder, name):
    """`name` and a package for every folder below `folder` (data-only ones too)."""
    found = find_namespace_packages(str(ROOT / folder), exclude=["*__pycache__*"])
    return [name] + [f"{name}.{package}" for package in found]


setup(
    packages=[
        *(package for app in APPS for package in packages_in(app, app)),
        *(package for name, folder in FOLDERS.items() for package in packages_in(folder, name)),
    ],
    package_dir=FOLDERS,
    package_data={"": ["*"]},
    exclude_package_data={"": ["*.pyc"]},
)
