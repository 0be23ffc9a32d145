"""CSV export of a listing's selection, streamed row by row so it never sits in memory at once."""

import csv

from django.http import StreamingHttpResponse
from django.utils.text import slugify

COLUMNS = (
    "titulo", "tipo", "resumen", "url", "fecha_publicacion", "niveles_capacidad",
    "tipos_capacidad", "sectores", "etapas_ciclo", "entidad", "departamentos", "etiquetas",
)  # fmt: skip


class _Echo:
    """csv.writer wants a file; this one hands each written line straight back."""

    def write(self, value):
        return value


def _names(manager):
    return "; ".join(term.name for term in manager.all())


def rows(index_page, queryset, request):
    yield COLUMNS
    items = queryset.prefetch_related(
        "capacity_levels", "capacity_types", "sectors", "cycle_stages", "departments", "tags"
    )
    for item in items.iterator(chunk_size=500):
        yield (
            item.title,
            item.kind_label,
            item.summary,
            item.get_full_url(request),
            item.publication_date.isoformat(),
            _names(item.capacity_levels),
            _names(item.capacity_types),
            _names(item.sectors),
            _names(item.cycle_stages),
            item.entity_name,
            _names(item.departments),
            _names(item.tags),
        )


def stream_csv(index_page, queryset, request):
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse(
        (writer.writerow(row) for row in rows(index_page, queryset, request)),
        content_type="text/csv; charset=utf-8",
    )
    filename = f"red-att-{slugify(index_page.title)}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
