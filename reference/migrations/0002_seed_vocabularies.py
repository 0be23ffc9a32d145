"""Seed the controlled lists with the policy's values (CONPES ATT 2022–2026, see the brief)."""

from django.db import migrations
from django.utils.text import slugify

DEPARTMENTS = [
    ("05", "Antioquia"), ("08", "Atlántico"), ("11", "Bogotá, D.C."), ("13", "Bolívar"),
    ("15", "Boyacá"), ("17", "Caldas"), ("18", "Caquetá"), ("19", "Cauca"), ("20", "Cesar"),
    ("23", "Córdoba"), ("25", "Cundinamarca"), ("27", "Chocó"), ("41", "Huila"),
    ("44", "La Guajira"), ("47", "Magdalena"), ("50", "Meta"), ("52", "Nariño"),
    ("54", "Norte de Santander"), ("63", "Quindío"), ("66", "Risaralda"), ("68", "Santander"),
    ("70", "Sucre"), ("73", "Tolima"), ("76", "Valle del Cauca"), ("81", "Arauca"),
    ("85", "Casanare"), ("86", "Putumayo"),
    ("88", "Archipiélago de San Andrés, Providencia y Santa Catalina"), ("91", "Amazonas"),
    ("94", "Guainía"), ("95", "Guaviare"), ("97", "Vaupés"), ("99", "Vichada"),
]

CAPACITY_LEVELS = [
    ("humano", "Humano", "Conocimientos, habilidades y actitudes de las personas."),
    ("institucional", "Institucional", "Procesos, estructura y reglas de la organización."),
    ("gerencial", "Gerencial", "Dirección y gestión pública: planear, decidir, rendir cuentas."),
]
CAPACITY_TYPES = [
    ("institucional", "Institucional", "Funcional: gestionar y administrar el sector público."),
    ("sectorial", "Sectorial", "Competencias propias de un sector (salud, educación…)."),
    ("poblacional", "Poblacional", "Diversidad cultural y socioeconómica de la población."),
]
SECTORS = [
    "Salud", "Educación", "Agua potable y saneamiento básico", "Hacienda pública", "Planeación",
    "Ordenamiento territorial", "Víctimas", "Cultura", "Deporte", "Ambiente", "Vivienda",
    "Transporte", "Agricultura",
]
CYCLE_STAGES = [
    "Planeación", "Programación presupuestal", "Ejecución", "Seguimiento y evaluación",
    "Rendición de cuentas",
]
ENTITIES = [
    ("Departamento Nacional de Planeación", "DNP", "nacional"),
    ("Departamento Administrativo de la Función Pública", "Función Pública", "nacional"),
    ("Escuela Superior de Administración Pública", "ESAP", "nacional"),
    ("Ministerio de Hacienda y Crédito Público", "MinHacienda", "nacional"),
    ("Agencia Presidencial de Cooperación Internacional de Colombia", "APC-Colombia", "nacional"),
    ("Federación Nacional de Departamentos", "FND", "asociacion"),
    ("Federación Colombiana de Municipios", "Fedemunicipios", "asociacion"),
    ("Asociación Colombiana de Ciudades Capitales", "Asocapitales", "asociacion"),
    ("Gobernación de Nariño", "", "departamental"),
    ("Gobernación de Antioquia", "", "departamental"),
    ("Gobernación del Cauca", "", "departamental"),
    ("Gobernación de Boyacá", "", "departamental"),
    ("Unidad para la Atención y la Reparación Integral a las Víctimas", "UARIV", "nacional"),
    ("Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ", "cooperacion"),
    ("Unión Europea", "UE", "cooperacion"),
]


def seed(apps, schema_editor):
    Department = apps.get_model("reference", "Department")
    for code, name in DEPARTMENTS:
        Department.objects.update_or_create(code=code, defaults={"name": name})
    for model_name, rows in (("CapacityLevel", CAPACITY_LEVELS), ("CapacityType", CAPACITY_TYPES)):
        model = apps.get_model("reference", model_name)
        for order, (slug, name, description) in enumerate(rows):
            model.objects.update_or_create(
                slug=slug, defaults={"name": name, "description": description, "sort_order": order}
            )
    for model_name, names in (("Sector", SECTORS), ("CycleStage", CYCLE_STAGES)):
        model = apps.get_model("reference", model_name)
        for order, name in enumerate(names):
            model.objects.update_or_create(
                slug=slugify(name), defaults={"name": name, "sort_order": order}
            )
    Entity = apps.get_model("reference", "Entity")
    departments = {d.name: d for d in Department.objects.all()}
    for name, acronym, kind in ENTITIES:
        department = next((d for n, d in departments.items() if name.endswith(n)), None)
        Entity.objects.update_or_create(
            name=name,
            defaults={
                "acronym": acronym,
                "slug": slugify(acronym or name)[:80],
                "kind": kind,
                "department": department if kind == "departamental" else None,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("reference", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
