"""Home page sections contributed by each area (library, training, community, meeting).

An app registers a function `provider(request) -> HomeSection | None` with `register_home_section`
in its `AppConfig.ready`; a provider that has nothing to show returns None, so no empty box appears.
"""

from dataclasses import dataclass, field

_providers = []


@dataclass
class HomeSection:
    title: str
    items: list = field(default_factory=list)
    intro: str = ""  # one line under the title, e.g. why these items were chosen
    more_url: str = ""
    more_label: str = ""
    template: str = "includes/home_section.html"


def register_home_section(provider):
    if provider not in _providers:
        _providers.append(provider)
    return provider


def collect_home_sections(request):
    sections = (provider(request) for provider in _providers)
    return [section for section in sections if section and section.items]
