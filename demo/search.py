"""Demo seeding, last step: index everything the other seeders made (and the home page, which
migrations created before search signals could see it)."""

from search import indexing


def seed(log):
    count = indexing.rebuild()
    log.step(f"Índice de búsqueda reconstruido: {count} documentos")
