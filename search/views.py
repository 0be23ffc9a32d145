"""The search page: parse the request, ask the configured backend, render."""

from django.core.paginator import Paginator
from django.shortcuts import render

from .backends import get_search_backend

RESULTS_PER_PAGE = 20


class _CountedResults:
    """Lets Django's paginator page through a backend without loading every hit."""

    def __init__(self, query, user):
        self.query, self.user = query, user
        self.total = None

    def count(self):
        if self.total is None:
            self.total = get_search_backend().search(self.query, user=self.user, limit=0).total
        return self.total

    def __getitem__(self, window):
        results = get_search_backend().search(
            self.query, user=self.user, offset=window.start, limit=window.stop - window.start
        )
        return results.hits


def search(request):
    query = request.GET.get("q", "").strip()
    page = None
    if query:
        paginator = Paginator(_CountedResults(query, request.user), RESULTS_PER_PAGE)
        page = paginator.get_page(request.GET.get("page"))
    return render(request, "search/search.html", {"query": query, "page": page})
