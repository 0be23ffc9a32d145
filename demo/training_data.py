"""The demo training plan's content: a dozen courses of the ATT training offer, with cohorts.

Cohorts are given relative to the day the demo is seeded (days from today), so the catalogue
always has past, running and upcoming cohorts. `None` as a place means online. The loader
(`demo.training`) fits them to the plan's two years: starts on a Monday, none before the plan
opens, no classroom cohort over the holidays (24 December to 6 January).
"""

# The plan covers two calendar years: the current and the next from July, else the last and the
# current one (`demo.training.plan_period`).
PLAN_TITLE = "Plan de formación ATT {first}–{last}"
PLAN_SUMMARY = (
    "Cursos de la ESAP, el DNP y Función Pública para fortalecer las capacidades humanas, "
    "institucionales y gerenciales de las entidades territoriales."
)
PLAN_INTRO = (
    "<p>El plan de formación de la Política Nacional de Asistencia Técnica Territorial reúne en "
    "un solo catálogo la oferta presencial y virtual de las entidades nacionales. Filtre por "
    "nivel y tipo de capacidad, sector o departamento, e inscríbase en las convocatorias "
    "abiertas.</p>"
)

# code, title, entity slug, modality, hours, levels, types, sectors, certificate, summary,
# outcomes (one per line), target groups, library keywords, cohorts
# cohort: (municipality code or None, start in days from today, length in days, seats, status)
COURSES = [
    ("ESAP-GPT-01", "Gestión pública territorial para equipos de gobierno", "esap", "virtual", 40,
     ["gerencial", "institucional"], ["institucional"], ["planeacion"], True,
     "Las bases de la administración municipal y departamental: competencias, ciclo de la "
     "gestión, planeación, presupuesto y control.",
     "Explica las competencias de la entidad territorial según la Constitución y la ley.\n"
     "Relaciona las etapas del ciclo de la gestión pública con los instrumentos de su entidad.\n"
     "Identifica los riesgos de gestión más frecuentes en el primer año de gobierno.",
     "Alcaldes y gobernadores\nSecretarios de despacho\nJefes de planeación",
     ["gestión pública", "empalme"],
     [(None, -120, 40, 200, "finalizada"), (None, 12, 45, 300, "abierta"),
      (None, 95, 45, 300, "abierta")]),
    ("ESAP-PRE-02", "Presupuesto público territorial", "esap", "presencial", 32,
     ["institucional"], ["institucional"], ["hacienda-publica"], True,
     "Programación, aprobación, ejecución y cierre del presupuesto de las entidades territoriales.",
     "Elabora el plan operativo anual de inversiones articulado con el plan de desarrollo.\n"
     "Aplica el Estatuto Orgánico de Presupuesto en la ejecución y las modificaciones.\n"
     "Prepara el cierre presupuestal y la constitución de reservas y cuentas por pagar.",
     "Secretarías de hacienda\nProfesionales de presupuesto",
     ["presupuesto"],
     [("52001", -60, 4, 40, "finalizada"), ("19001", 20, 4, 35, "abierta"),
      ("05001", 50, 4, 40, "abierta")]),
    ("DNP-MDM-03", "Medición del Desempeño Municipal (MDM): leer y usar los resultados", "dnp",
     "virtual", 20, ["gerencial"], ["institucional"], ["planeacion"], True,
     "Cómo se calcula la MDM, qué dicen sus componentes de gestión y resultados y cómo usarla "
     "para priorizar acciones de mejora.",
     "Interpreta los componentes de gestión y de resultados de la MDM de su municipio.\n"
     "Compara el desempeño con el grupo de capacidades iniciales que le corresponde.\n"
     "Formula un plan de mejora con metas verificables.",
     "Secretarías de planeación\nOficinas de control interno",
     ["MDM", "desempeño"],
     [(None, -30, 30, 150, "finalizada"), (None, 6, 30, 2, "abierta"),
      (None, 70, 30, 150, "abierta")]),
    ("DNP-SGR-04", "Sistema General de Regalías: formulación y presentación de proyectos", "dnp",
     "hibrida", 48, ["humano", "institucional"], ["institucional", "sectorial"], ["planeacion"],
     True,
     "Ciclo de los proyectos de inversión del SGR, desde la formulación en la MGA hasta el "
     "seguimiento en Gesproy.",
     "Formula un proyecto de inversión con la Metodología General Ajustada (MGA).\n"
     "Reconoce los requisitos de viabilidad y las instancias de aprobación del SGR.\n"
     "Reporta el avance del proyecto en los sistemas de seguimiento.",
     "Secretarías de planeación\nFormuladores de proyectos\nEntidades ejecutoras",
     ["regalías", "SGR", "MGA"],
     [("27001", -90, 10, 30, "finalizada"), ("52001", -10, 14, 30, "abierta"),
      ("52835", 25, 10, 30, "abierta"), ("44430", 40, 10, 30, "cancelada")]),
    ("DNP-PDT-05", "Formulación de planes de desarrollo territorial", "dnp", "presencial", 40,
     ["gerencial"], ["institucional"], ["planeacion", "ordenamiento-territorial"], True,
     "Diagnóstico, parte estratégica y plan de inversiones del plan de desarrollo con el Kit de "
     "Planeación Territorial.",
     "Construye un diagnóstico con enfoque de brechas y de cierre de capacidades.\n"
     "Define metas de resultado y de producto medibles.\n"
     "Articula el plan plurianual de inversiones con el marco fiscal de mediano plazo.",
     "Equipos de gobierno\nConsejos territoriales de planeación",
     ["plan de desarrollo", "KPT"],
     [("11001", -200, 5, 60, "finalizada"), ("68001", 150, 5, 50, "abierta")]),
    ("DNP-SYE-06", "Seguimiento y evaluación de planes de desarrollo", "dnp", "virtual", 24,
     ["gerencial"], ["institucional"], ["planeacion"], True,
     "Tableros de control, reportes en el Sistema de Información para la Evaluación de la "
     "Eficacia y uso de la evaluación en la toma de decisiones.",
     "Diseña un tablero de control del plan de desarrollo.\n"
     "Reporta avances de metas con evidencias.\n"
     "Usa los resultados del seguimiento en los consejos de gobierno.",
     "Secretarías de planeación\nOficinas de control interno",
     ["seguimiento", "evaluación"],
     [(None, 3, 28, 200, "abierta"), (None, 120, 28, 200, "abierta")]),
    ("FP-MIPG-07", "MIPG y FURAG para entidades territoriales", "funcion-publica", "virtual", 30,
     ["institucional"], ["institucional"], [], True,
     "Las dimensiones del Modelo Integrado de Planeación y Gestión y cómo responder el FURAG "
     "con evidencias.",
     "Explica las siete dimensiones del MIPG y sus políticas de gestión.\n"
     "Diligencia el FURAG con soportes y analiza el índice de desempeño institucional.\n"
     "Prioriza acciones de mejora a partir de los resultados.",
     "Jefes de control interno\nEquipos de planeación institucional",
     ["MIPG", "FURAG"],
     [(None, -45, 30, 250, "finalizada"), (None, 9, 30, 250, "abierta")]),
    ("ESAP-HAC-08", "Hacienda territorial: ingresos propios y catastro multipropósito", "esap",
     "presencial", 36, ["institucional"], ["sectorial"],
     ["hacienda-publica", "ordenamiento-territorial"], True,
     "Gestión del impuesto predial y de industria y comercio, fiscalización y actualización "
     "catastral con enfoque multipropósito.",
     "Diagnostica la estructura de ingresos propios de la entidad.\n"
     "Diseña un plan de fiscalización y cobro.\n"
     "Reconoce las etapas de la gestión catastral multipropósito.",
     "Secretarías de hacienda\nTesorerías",
     ["catastro", "ingresos"],
     [("41551", -15, 3, 30, "finalizada"), ("76109", 30, 3, 30, "abierta"),
      ("54498", 75, 3, 30, "abierta")]),
    ("FP-DIF-09", "Enfoque diferencial e interseccional en la gestión territorial",
     "funcion-publica", "hibrida", 20, ["humano"], ["poblacional"], ["victimas"], False,
     "Cómo incorporar los enfoques étnico, de género, de discapacidad y de víctimas en "
     "planes, programas y atención a la ciudadanía.",
     "Reconoce los grupos de especial protección de su territorio.\n"
     "Incluye metas diferenciales en los instrumentos de planeación.\n"
     "Ajusta la atención a la ciudadanía con criterios de accesibilidad.",
     "Enlaces de víctimas\nSecretarías de gobierno y de desarrollo social",
     ["diferencial", "víctimas"],
     [("52356", 18, 2, 40, "abierta"), ("86001", 60, 2, 40, "abierta")]),
    ("ESAP-CON-10", "Contratación estatal para municipios", "esap", "virtual", 30,
     ["humano"], ["institucional"], [], True,
     "Modalidades de selección, SECOP II y supervisión de contratos en entidades territoriales.",
     "Selecciona la modalidad de contratación adecuada.\n"
     "Publica y gestiona procesos en SECOP II.\n"
     "Ejerce la supervisión con informes y soportes.",
     "Oficinas jurídicas y de contratación\nSupervisores de contratos",
     ["contratación"],
     [(None, -10, 30, 400, "abierta"), (None, 45, 30, 400, "abierta")]),
    ("DNP-KPT-11", "Kit de Planeación Territorial paso a paso", "dnp", "virtual", 16,
     ["institucional"], ["institucional"], ["planeacion"], False,
     "Uso guiado de las herramientas del Kit de Planeación Territorial para construir y ajustar "
     "los instrumentos de planeación.",
     "Navega las herramientas del KPT.\nCarga y ajusta la información del diagnóstico.",
     "Profesionales de planeación",
     ["KPT", "planeación"],
     [(None, 100, 21, 300, "abierta")]),
    ("FP-RDC-12", "Rendición de cuentas y participación ciudadana", "funcion-publica",
     "presencial", 16, ["gerencial"], ["poblacional"], [], True,
     "Diseño de la estrategia de rendición de cuentas y de espacios de diálogo con la ciudadanía.",
     "Diseña la estrategia anual de rendición de cuentas.\n"
     "Prepara un espacio de diálogo con grupos de valor.",
     "Equipos de gobierno\nOficinas de comunicaciones",
     ["rendición de cuentas"],
     [("15001", -300, 2, 50, "finalizada"), ("73001", 35, 2, 50, "abierta"),
      ("08001", 130, 2, 50, "abierta")]),
]  # fmt: skip

# course code -> codes of the courses recommended before it
PREREQUISITES = {
    "DNP-SYE-06": ["DNP-PDT-05"],
    "DNP-MDM-03": ["ESAP-GPT-01"],
    "DNP-SGR-04": ["ESAP-GPT-01", "ESAP-PRE-02"],
    "ESAP-HAC-08": ["ESAP-PRE-02"],
}

# course code -> [(module title, hours, summary, [(lesson title, minutes, text, activity)])]
MODULES = {
    "DNP-MDM-03": [
        ("Qué mide la MDM", 6, "Componentes de gestión y de resultados y grupos de capacidades.", [
            ("Gestión y resultados", 40,
             "La MDM combina la gestión (movilización de recursos, ejecución, gobierno abierto, "
             "ordenamiento territorial) con los resultados en educación, salud, servicios y "
             "seguridad.",
             "Descargue los resultados de su municipio y anote los dos componentes más bajos."),
            ("Grupos de capacidades iniciales", 30,
             "Los municipios se comparan dentro de grupos de capacidades iniciales similares, de "
             "modo que el puntaje se lee frente a pares comparables.",
             "Identifique el grupo de su municipio y tres municipios del mismo grupo."),
        ]),
        ("Del puntaje al plan de mejora", 8, "Priorizar y comprometer acciones verificables.", [
            ("Priorizar brechas", 45,
             "No todas las brechas pesan igual: priorice las que dependen de la gestión de la "
             "entidad y tienen datos de seguimiento.",
             "Elija dos indicadores y explique por qué dependen de la gestión."),
            ("Metas verificables", 45,
             "Cada acción de mejora necesita responsable, fecha, indicador y fuente de "
             "verificación.",
             "Redacte una acción de mejora con esos cuatro elementos."),
        ]),
    ],
    "ESAP-GPT-01": [
        ("La entidad territorial y sus competencias", 10, "Marco constitucional y legal.", [
            ("Competencias municipales", 50,
             "La Ley 136 de 1994 y la Ley 1551 de 2012 definen las funciones del municipio; la "
             "Ley 715 de 2001 distribuye competencias en salud, educación y agua potable.",
             "Liste tres competencias de su municipio y la dependencia responsable de cada una."),
            ("El ciclo de la gestión pública", 40,
             "Planeación, programación presupuestal, ejecución, seguimiento y evaluación y "
             "rendición de cuentas forman un ciclo que se repite cada año.",
             "Ubique en ese ciclo los instrumentos que usa su entidad."),
        ]),
        ("Primer año de gobierno", 10, "Empalme, plan de desarrollo y presupuesto.", [
            ("Empalme y diagnóstico", 40,
             "El informe de empalme es la primera fuente del diagnóstico del plan de desarrollo.",
             "Revise el informe de empalme y señale tres alertas."),
        ]),
    ],
    "FP-MIPG-07": [
        ("Las dimensiones del MIPG", 12, "Siete dimensiones y sus políticas.", [
            ("Talento humano y direccionamiento estratégico", 45,
             "El MIPG pone al talento humano en el centro y lo articula con el direccionamiento "
             "estratégico y la planeación.",
             "Relacione una política de gestión con un proceso de su entidad."),
            ("Control interno", 40,
             "La séptima dimensión asegura que las demás funcionen: líneas de defensa y "
             "gestión del riesgo.",
             "Identifique las tres líneas de defensa en su entidad."),
        ]),
        ("FURAG e índice de desempeño", 8, "Responder con evidencias y usar los resultados.", [
            ("Diligenciar el FURAG", 45,
             "Cada respuesta del FURAG debe tener soporte documental disponible para auditoría.",
             "Arme la carpeta de evidencias de una política."),
        ]),
    ],
}  # fmt: skip

# Completion rules ("Certificación") of some courses; the others keep the default (every lesson).
# The hybrid SGR course is the one with in-person sessions and attendance (`demo.training`).
COMPLETION_RULES = {
    "DNP-SGR-04": {"min_sessions": 2, "requires_survey": True, "requires_final_activity": True},
    "ESAP-GPT-01": {"lessons_percent": 80, "requires_survey": True},
}
SESSIONS_COURSE = "DNP-SGR-04"
SESSION_HOURS = (8, 12)  # 8 a. m. to noon, local time
SESSION_PLACE = "Casa de la Cultura, salón de talleres"
