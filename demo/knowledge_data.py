"""The library's demo items, written from the CONPES ATT policy text (see ../shared/seed/).

Plain data, read by `demo.knowledge`: guides on the policy's four objectives, lessons from the
programmes it evaluates (PDI, Mejor Gestión de los Departamentos, Sistema Nacional de Capacitación
Municipal, Sinergia Territorial, Gobierno al Plan…) and practices from departments' teams.

Each guide has its own purpose, five to seven steps (what to do, with the norms that apply, and
the product that shows it is done) and the norms it rests on, listed in its body. Each lesson
tells its programme's context, what was done, what worked and what did not, with figures that
agree with its summary; each practice its problem, solution, measured results, conditions and
resources.

Taxonomy values are stable slugs; territory values are DANE codes. Dates are in days before the
seed: `age` is when an item was published; a guide's `reviewed`, when it was last revised (its
publication, if absent), and its next review falls `review_every` days later (two years unless
said). The practices nominated to the 2025 meeting are old enough to predate its call
(June–August 2025), those nominated in 2026 predate the call's close.
"""

GUIDES = [
    {
        "title": "Gestión de la hacienda pública territorial",
        "summary": (
            "Cómo organizar el recaudo, el presupuesto y la deuda de un municipio de categorías 4, "
            "5 y 6 para mejorar su desempeño fiscal."
        ),
        "purpose": (
            "Que la secretaría de hacienda de un municipio de categoría 4, 5 o 6 ordene sus "
            "finanzas en el orden que las sostiene: conocer su situación fiscal, respetar los "
            "límites de gasto y de deuda, subir el recaudo propio y presupuestar lo que el plan de "
            "desarrollo promete."
        ),
        "audience": "Secretarías de hacienda y tesorerías municipales",
        "levels": ["institucional", "gerencial"],
        "types": ["institucional"],
        "sectors": ["hacienda-publica"],
        "stages": ["programacion-presupuestal", "ejecucion"],
        "entity": "minhacienda",
        "departments": ["52"],
        "municipalities": ["52356"],
        "tags": ["recaudo", "presupuesto", "IDF", "marco fiscal de mediano plazo"],
        "age": 400,
        "reviewed": 100,
        "version": "1.1",
        "steps": [
            (
                "Diagnóstico fiscal de cuatro vigencias",
                (
                    "Reúna las ejecuciones de ingresos y gastos de las últimas cuatro vigencias "
                    "reportadas en la CUIPO y el índice de desempeño fiscal (IDF) que publica el "
                    "DNP. Calcule cuánto dependen las finanzas de las transferencias, cuánto pesa "
                    "el recaudo propio y qué parte de los ingresos corrientes de libre destinación "
                    "(ICLD) se va en funcionamiento."
                ),
                (
                    "Ficha fiscal del municipio con ingresos, gastos, IDF e indicador de "
                    "funcionamiento de las últimas cuatro vigencias."
                ),
            ),
            (
                "Límites de gasto según la categoría",
                (
                    "Compare el indicador de funcionamiento con el límite que fija la Ley 617 de "
                    "2000 para la categoría que el alcalde adoptó por decreto: en cuarta, quinta y "
                    "sexta categoría, el 80 % de los ICLD. Si el municipio lo supera, debe adoptar "
                    "un programa de saneamiento fiscal antes de asumir gastos nuevos."
                ),
                (
                    "Cálculo del indicador de funcionamiento frente al límite de la categoría y, "
                    "si se supera, programa de saneamiento fiscal."
                ),
            ),
            (
                "Plan de fortalecimiento de ingresos",
                (
                    "Cruce la base catastral con la facturación del predial para hallar predios "
                    "sin facturar y cartera morosa, y depure el registro de contribuyentes de "
                    "industria y comercio. Adopte el reglamento interno de recaudo de cartera que "
                    "exige la Ley 1066 de 2006 y agote el cobro persuasivo antes del coactivo."
                ),
                (
                    "Plan de fortalecimiento de ingresos con metas anuales de predial e ICA y "
                    "reglamento de cartera adoptado por decreto."
                ),
            ),
            (
                "Marco fiscal de mediano plazo",
                (
                    "Con el diagnóstico y las metas de recaudo, proyecte ingresos, gastos, "
                    "superávit primario y deuda a diez años, como lo pide la Ley 819 de 2003. "
                    "Antes de comprometer un crédito, verifique los indicadores de solvencia y "
                    "sostenibilidad de la Ley 358 de 1997."
                ),
                (
                    "Marco fiscal de mediano plazo a diez años, presentado al concejo con el "
                    "proyecto de presupuesto."
                ),
            ),
            (
                "Presupuesto orientado a resultados",
                (
                    "Asocie cada programa del plan de desarrollo a su fuente: recursos propios, "
                    "SGP por sector, regalías o cofinanciación. Programe con esa asociación el "
                    "presupuesto y el plan operativo anual de inversiones (POAI), según el "
                    "estatuto orgánico de presupuesto del municipio y el Decreto 111 de 1996."
                ),
                (
                    "Proyecto de presupuesto y POAI con cada programa del plan de desarrollo "
                    "asociado a su fuente de financiación."
                ),
            ),
            (
                "Seguimiento trimestral y publicación",
                (
                    "Cada trimestre compare lo recaudado y lo ejecutado con lo programado, reporte "
                    "a la CUIPO en los plazos de la Contaduría y publique la ejecución en la sede "
                    "electrónica, como lo exige la Ley 1712 de 2014. Si el recaudo se aparta más "
                    "de un 10 % de la meta, ajuste el plan de caja antes de comprometer más gasto."
                ),
                (
                    "Informe trimestral de ejecución de ingresos y gastos publicado en la sede "
                    "electrónica de la alcaldía."
                ),
            ),
        ],
        "norms": [
            (
                "Ley 617 de 2000",
                (
                    "categorización de departamentos y municipios y límites a los gastos de "
                    "funcionamiento."
                ),
            ),
            ("Ley 1551 de 2012", "criterios vigentes para la categorización de los municipios."),
            ("Ley 819 de 2003", "responsabilidad fiscal y marco fiscal de mediano plazo."),
            (
                "Ley 358 de 1997",
                "capacidad de endeudamiento: indicadores de solvencia y sostenibilidad.",
            ),
            (
                "Ley 1066 de 2006",
                "normalización de la cartera pública y reglamento interno de recaudo.",
            ),
            (
                "Decreto 111 de 1996",
                "Estatuto Orgánico del Presupuesto, al que se ajustan los estatutos municipales.",
            ),
            ("Ley 1712 de 2014", "publicación de la información presupuestal y financiera."),
        ],
    },
    {
        "title": "Guía para formular el plan de desarrollo territorial (PDT)",
        "summary": (
            "Pasos, productos y plazos para que una administración recién posesionada formule su "
            "plan de desarrollo con enfoque de resultados."
        ),
        "purpose": (
            "Que una administración recién posesionada convierta su programa de gobierno en un "
            "plan de desarrollo con metas medibles y financiadas, y lo haga aprobar dentro de los "
            "plazos que fija la Ley 152 de 1994."
        ),
        "audience": "Alcaldes, gobernadores y secretarías de planeación",
        "levels": ["gerencial"],
        "types": ["institucional"],
        "sectors": ["planeacion"],
        "stages": ["planeacion"],
        "entity": "dnp",
        "departments": ["19", "52"],
        "tags": ["PDT", "Kit de planeación territorial", "plan plurianual de inversiones"],
        "age": 400,
        "reviewed": 120,
        "version": "1.1",
        "steps": [
            (
                "Alistamiento y equipo formulador",
                (
                    "En la primera semana de gobierno, designe por acto administrativo un equipo "
                    "formulador con un responsable por sector y uno de hacienda. Reúna el programa "
                    "de gobierno inscrito, el informe de empalme, el plan anterior con su último "
                    "informe de seguimiento y las fichas de TerriData del territorio."
                ),
                (
                    "Acto administrativo que conforma el equipo formulador y carpeta con los "
                    "insumos de partida."
                ),
            ),
            (
                "Ruta y cronograma de formulación",
                (
                    "Arme el cronograma hacia atrás desde las fechas de ley: el proyecto va al "
                    "consejo territorial de planeación a más tardar dos meses después de la "
                    "posesión, y a la asamblea o el concejo dentro de los primeros cuatro meses "
                    "del periodo (artículos 39 y 40 de la Ley 152 de 1994). Incluya las mesas de "
                    "participación por zona y por grupo poblacional y el mes que tiene el consejo "
                    "territorial para dar su concepto."
                ),
                (
                    "Cronograma con las fechas de las mesas de participación y de entrega al "
                    "consejo de gobierno, al consejo territorial de planeación y al concejo o la "
                    "asamblea."
                ),
            ),
            (
                "Diagnóstico por sector y población",
                (
                    "Describa la situación de partida de cada sector y grupo poblacional con "
                    "cifras verificables de TerriData, el DANE y los sistemas sectoriales. Incluya "
                    "el diagnóstico de infancia y adolescencia que exige el artículo 204 de la Ley "
                    "1098 de 2006 y los escenarios de riesgo del plan municipal de gestión del "
                    "riesgo (Ley 1523 de 2012)."
                ),
                (
                    "Documento de diagnóstico por sector y grupo poblacional, con la fuente y el "
                    "año de cada cifra."
                ),
            ),
            (
                "Parte estratégica",
                (
                    "Traduzca cada compromiso del programa de gobierno en objetivos, programas y "
                    "metas: una meta de resultado por cada problema priorizado en el diagnóstico y "
                    "las metas de producto que la hacen posible. Cada meta lleva línea base, valor "
                    "esperado a cuatro años y un indicador del catálogo de productos del DNP."
                ),
                (
                    "Matriz estratégica con metas de resultado y de producto, cada una con línea "
                    "base, meta cuatrienal e indicador."
                ),
            ),
            (
                "Plan plurianual de inversiones",
                (
                    "Costee las metas de producto y asígneles fuente y vigencia (recursos propios, "
                    "SGP, regalías, cofinanciación y crédito) sin pasar de lo que proyecta el "
                    "marco fiscal de mediano plazo. Las inversiones con regalías van en un "
                    "capítulo independiente, como lo pide la Ley 2056 de 2020."
                ),
                (
                    "Plan plurianual de inversiones por programa, fuente y vigencia, con el "
                    "capítulo independiente de regalías."
                ),
            ),
            (
                "Concertación y aprobación",
                (
                    "Presente el proyecto al consejo de gobierno y luego al consejo territorial de "
                    "planeación; ajústelo con su concepto y radíquelo en el concejo o la asamblea. "
                    "Si la corporación no decide en el mes siguiente a la radicación, el "
                    "mandatario puede adoptarlo por decreto (artículo 40 de la Ley 152 de 1994)."
                ),
                (
                    "Concepto del consejo territorial de planeación y acuerdo u ordenanza que "
                    "adopta el plan."
                ),
            ),
            (
                "Del plan a la ejecución",
                (
                    "Con el plan aprobado, la secretaría de planeación distribuye las metas por "
                    "año en el plan indicativo y cada dependencia prepara su plan de acción de la "
                    "vigencia (artículo 41 de la Ley 152 de 1994). Cargue el plan en el sistema de "
                    "seguimiento que indique el DNP para empezar a reportar avances desde el "
                    "primer trimestre."
                ),
                (
                    "Plan indicativo cuatrienal y planes de acción de la primera vigencia, "
                    "cargados en el sistema de seguimiento."
                ),
            ),
        ],
        "norms": [
            (
                "Ley 152 de 1994",
                (
                    "Ley Orgánica del Plan de Desarrollo: contenido del plan, consejo territorial "
                    "de planeación, plazos de presentación y aprobación, plan indicativo y planes "
                    "de acción."
                ),
            ),
            (
                "Ley 1098 de 2006, artículo 204",
                "diagnóstico y prioridades de infancia y adolescencia en el plan de desarrollo.",
            ),
            ("Ley 1523 de 2012", "gestión del riesgo de desastres en la planeación territorial."),
            (
                "Ley 2056 de 2020",
                "capítulo independiente de inversiones con cargo al Sistema General de Regalías.",
            ),
        ],
    },
    {
        "title": "Articulación de la oferta de asistencia técnica territorial",
        "summary": (
            "Cómo las entidades nacionales coordinan su oferta de ATT para no duplicar visitas ni "
            "instrumentos en un mismo municipio."
        ),
        "purpose": (
            "Que las entidades nacionales y departamentales que prestan asistencia técnica en un "
            "mismo territorio acuerden una sola agenda, con metas de capacidad y responsables, en "
            "lugar de llegar cada una por su cuenta con sus formatos y sus fechas."
        ),
        "audience": "Entidades nacionales y departamentales oferentes de asistencia técnica",
        "levels": ["institucional"],
        "types": ["institucional"],
        "sectors": ["planeacion"],
        "stages": ["planeacion", "ejecucion"],
        "entity": "dnp",
        "departments": [],
        "tags": ["articulación", "oferta ATT"],
        "age": 60,
        "steps": [
            (
                "Inventario de la oferta",
                (
                    "Cada entidad registra sus programas de asistencia técnica con su objetivo, "
                    "modalidad (presencial, virtual o mixta), territorios, fechas y nivel de "
                    "capacidad que atiende. El inventario se consolida por departamento para ver "
                    "dónde coinciden varias entidades en el mismo semestre."
                ),
                (
                    "Matriz de la oferta de asistencia técnica por entidad, territorio, nivel de "
                    "capacidad y fecha."
                ),
            ),
            (
                "Necesidades desde el territorio",
                (
                    "Con la secretaría de planeación departamental, recoja lo que piden los "
                    "municipios: solicitudes recibidas, indicadores de desempeño que publica el "
                    "DNP y metas del plan de desarrollo con más rezago. Ordene las necesidades por "
                    "municipio y por nivel de capacidad: humano, institucional o gerencial."
                ),
                "Mapa de necesidades de asistencia técnica por municipio y nivel de capacidad.",
            ),
            (
                "Mesa de coordinación territorial",
                (
                    "Convoque a las entidades que coinciden en el departamento a una mesa con la "
                    "gobernación, los municipios priorizados y, si existe, el esquema asociativo "
                    "territorial (Ley 1454 de 2011). Acuerden un solo calendario de visitas, un "
                    "instrumento de diagnóstico compartido y qué entidad lidera en cada municipio."
                ),
                (
                    "Acta de la mesa con el calendario único de visitas y la entidad líder en cada "
                    "municipio."
                ),
            ),
            (
                "Hoja de ruta por municipio",
                (
                    "Para cada municipio priorizado defina las metas de capacidad a un año, las "
                    "actividades de cada entidad y cómo se verificará el cambio: una línea base al "
                    "inicio y una medición al cierre. Cuando haya recursos de por medio, formalice "
                    "los compromisos con un convenio interadministrativo (artículo 95 de la Ley "
                    "489 de 1998)."
                ),
                (
                    "Hoja de ruta firmada con metas de capacidad, actividades por entidad, "
                    "responsables y plazos."
                ),
            ),
            (
                "Registro común de las acciones",
                (
                    "Registre cada visita, taller o acompañamiento en un formato común con la "
                    "fecha, los asistentes, los productos entregados y el siguiente compromiso, y "
                    "compártalo con la mesa cada mes. Las repeticiones y los vacíos que aparezcan "
                    "se corrigen en la sesión siguiente."
                ),
                (
                    "Registro mensual de las acciones de asistencia técnica por municipio, "
                    "compartido entre las entidades."
                ),
            ),
            (
                "Medición y cierre del ciclo",
                (
                    "Al cumplirse el año, vuelva a medir las capacidades con el mismo instrumento "
                    "de la línea base y compare. Publique el resultado y las lecciones en la "
                    "Biblioteca de Red ATT para que la siguiente hoja de ruta parta de ellos."
                ),
                (
                    "Informe de cierre con la medición de capacidades antes y después, y lecciones "
                    "publicadas."
                ),
            ),
        ],
        "norms": [
            (
                "Constitución Política, artículo 288",
                "coordinación, concurrencia y subsidiariedad entre los niveles de gobierno.",
            ),
            (
                "Ley 489 de 1998",
                "coordinación administrativa y convenios interadministrativos (artículo 95).",
            ),
            (
                "Ley 1454 de 2011",
                (
                    "Ley Orgánica de Ordenamiento Territorial: principios para el ejercicio de "
                    "competencias y esquemas asociativos."
                ),
            ),
        ],
    },
    {
        "title": "Medición de desempeño municipal: cómo leer y usar los resultados",
        "summary": (
            "Interpretar los componentes de gestión y resultados de la MDM para decidir dónde "
            "concentrar la asistencia técnica."
        ),
        "purpose": (
            "Que el equipo de planeación lea el resultado de su municipio en la Medición de "
            "Desempeño Municipal frente al de municipios con capacidades iniciales parecidas, y "
            "convierta sus dos brechas mayores en acciones de un plan de mejora."
        ),
        "audience": "Secretarías de planeación y equipos de asistencia técnica",
        "levels": ["institucional"],
        "types": ["institucional"],
        "sectors": ["planeacion", "hacienda-publica"],
        "stages": ["seguimiento-y-evaluacion"],
        "entity": "dnp",
        "departments": ["15"],
        "tags": ["MDM", "indicadores"],
        "age": 500,
        "reviewed": 200,
        "version": "1.1",
        "steps": [
            (
                "Consultar el resultado",
                (
                    "Descargue de TerriData o del sitio del DNP el último resultado del municipio: "
                    "el puntaje de gestión, el de resultados y el grupo de capacidades iniciales "
                    "al que pertenece (ciudades o grupos 1 a 5). Anote también los resultados de "
                    "las tres mediciones anteriores para ver la tendencia."
                ),
                (
                    "Ficha del municipio con sus puntajes de gestión y de resultados, su grupo de "
                    "capacidades y la tendencia de cuatro mediciones."
                ),
            ),
            (
                "Leer los componentes",
                (
                    "El componente de gestión reúne movilización de recursos, ejecución de "
                    "recursos, gobierno abierto y transparencia, y ordenamiento territorial; el de "
                    "resultados, educación, salud, servicios públicos y seguridad. Identifique qué "
                    "variables bajaron el puntaje y verifique que el municipio reportó completos y "
                    "a tiempo los datos de cada fuente."
                ),
                (
                    "Tabla de componentes y variables con su puntaje y una nota sobre la calidad "
                    "del dato reportado."
                ),
            ),
            (
                "Comparar con pares del mismo grupo",
                (
                    "Compare el municipio solo con municipios de su mismo grupo de capacidades "
                    "iniciales, porque la medición ordena dentro de cada grupo. Elija de tres a "
                    "cinco pares de la misma región y busque los que más mejoraron en el "
                    "componente en que a usted le fue peor."
                ),
                (
                    "Cuadro comparativo con tres a cinco municipios del mismo grupo y el "
                    "componente en que cada uno mejoró."
                ),
            ),
            (
                "Priorizar dos brechas",
                (
                    "Escoja dos variables en las que el municipio esté lejos de sus pares y que "
                    "dependan de la administración y no de factores externos. Para cada una, "
                    "escriba la causa probable y la dependencia que puede actuar sobre ella."
                ),
                (
                    "Dos brechas priorizadas, cada una con su causa probable y la dependencia "
                    "responsable."
                ),
            ),
            (
                "Plan de mejora",
                (
                    "Lleve al plan de acción de la vigencia acciones concretas para cada brecha, "
                    "con meta, fecha y recursos, y pida asistencia técnica donde el equipo no "
                    "pueda hacerlo solo. Un municipio que mejoró en la misma variable es el mejor "
                    "asesor: busque su práctica en la Biblioteca."
                ),
                (
                    "Plan de mejora con acciones, metas y responsables, incorporado al plan de "
                    "acción de la vigencia."
                ),
            ),
            (
                "Verificar con la medición siguiente",
                (
                    "Cuando el DNP publique la medición siguiente, compare las variables "
                    "priorizadas con el punto de partida y presente el resultado al consejo de "
                    "gobierno. Si una brecha no se movió, revise si la acción se cumplió o si la "
                    "causa era otra."
                ),
                (
                    "Nota de seguimiento con la variación de las variables priorizadas entre dos "
                    "mediciones."
                ),
            ),
        ],
        "norms": [
            (
                "Ley 152 de 1994, artículo 42",
                (
                    "evaluación de la gestión y los resultados de los planes municipales por los "
                    "organismos departamentales de planeación."
                ),
            ),
            (
                "Ley 617 de 2000, artículo 79",
                (
                    "publicación por el DNP de los resultados de la evaluación de la gestión de "
                    "las entidades territoriales."
                ),
            ),
        ],
    },
    {
        "title": "Guía de seguimiento y evaluación del plan de desarrollo",
        "summary": (
            "Montar un tablero de seguimiento de metas del PDT y reportar avances al concejo y a "
            "la ciudadanía."
        ),
        "purpose": (
            "Que la oficina de planeación sepa cada trimestre cuánto avanzó cada meta del plan de "
            "desarrollo, corrija a tiempo las rezagadas y rinda cuentas del avance al concejo y a "
            "la ciudadanía."
        ),
        "audience": "Oficinas de planeación municipales y departamentales",
        "levels": ["gerencial"],
        "types": ["institucional"],
        "sectors": ["planeacion"],
        "stages": ["seguimiento-y-evaluacion", "rendicion-de-cuentas"],
        "entity": "dnp",
        "departments": ["05"],
        "tags": ["tablero de control", "PDT", "plan indicativo"],
        # A yearly review, now past due: readers say step 3's format no longer matches the DNP's
        # (knowledge_feedback), so this is the guide that shows the overdue notice.
        "age": 430,
        "review_every": 365,
        "steps": [
            (
                "Hojas de vida de los indicadores",
                (
                    "Elabore una hoja de vida para cada indicador de producto y de resultado del "
                    "plan: fórmula, unidad, fuente, periodicidad, línea base y responsable del "
                    "dato. Use los indicadores del catálogo de productos del DNP siempre que "
                    "alguno sirva."
                ),
                (
                    "Hojas de vida de todos los indicadores del plan, con fórmula, fuente, "
                    "periodicidad y responsable."
                ),
            ),
            (
                "Metas anuales en el plan indicativo",
                (
                    "Reparta cada meta cuatrienal en metas anuales en el plan indicativo (artículo "
                    "41 de la Ley 152 de 1994) y asocie a cada una los proyectos y el presupuesto "
                    "de la vigencia. Una meta sin proyecto ni recursos asignados se marca desde el "
                    "comienzo como meta en riesgo."
                ),
                (
                    "Plan indicativo con metas anuales y los proyectos y recursos asociados a cada "
                    "una."
                ),
            ),
            (
                "Reporte trimestral de avance",
                (
                    "Cada dependencia reporta su avance en el formato del tablero de control "
                    "dentro de los diez días siguientes al cierre del trimestre, con la evidencia "
                    "que lo respalda. Planeación consolida, valida la evidencia y traslada el "
                    "avance al formato de reporte que solicita el DNP."
                ),
                (
                    "Reporte trimestral de avance por meta, con su evidencia, consolidado en el "
                    "tablero de control."
                ),
            ),
            (
                "Alertas y ajustes",
                (
                    "Calcule el avance físico y financiero de cada meta frente a lo programado y "
                    "marque en rojo las que estén por debajo del 70 % de lo esperado. Lleve al "
                    "consejo de gobierno las metas en rojo, cada una con una propuesta de ajuste."
                ),
                (
                    "Informe de alertas con las metas rezagadas y el ajuste acordado en el consejo "
                    "de gobierno."
                ),
            ),
            (
                "Informe anual al concejo o la asamblea",
                (
                    "Presente el informe anual de ejecución del plan que exige el artículo 43 de "
                    "la Ley 152 de 1994, con el avance por línea estratégica, las metas cumplidas, "
                    "las que no y por qué. Úselo también como insumo de la rendición de cuentas "
                    "(Ley 1757 de 2015)."
                ),
                "Informe anual de ejecución del plan radicado en el concejo o la asamblea.",
            ),
            (
                "Publicación y evaluación final",
                (
                    "Publique el tablero y los informes en la sede electrónica en formatos "
                    "abiertos, como lo pide la Ley 1712 de 2014. En el último año de gobierno "
                    "prepare la evaluación final del plan, que alimenta el empalme y el plan "
                    "siguiente."
                ),
                (
                    "Tablero de avance publicado en formato abierto y evaluación final del plan al "
                    "cierre del cuatrienio."
                ),
            ),
        ],
        "norms": [
            (
                "Ley 152 de 1994",
                (
                    "plan indicativo y planes de acción (artículo 41), evaluación (artículo 42) e "
                    "informe anual de ejecución del plan (artículo 43)."
                ),
            ),
            ("Ley 1757 de 2015", "rendición de cuentas de las administraciones territoriales."),
            ("Ley 1712 de 2014", "publicación proactiva de la información de la gestión."),
        ],
    },
    {
        "title": "Proyectos de inversión con recursos del Sistema General de Regalías",
        "summary": (
            "Formular, viabilizar y ejecutar proyectos financiados con regalías conforme a la Ley "
            "2056 de 2020."
        ),
        "purpose": (
            "Que una entidad territorial lleve un proyecto financiado con regalías desde la idea "
            "hasta el cierre siguiendo el ciclo de la Ley 2056 de 2020: que responda al plan de "
            "desarrollo, quede viabilizado y registrado, se contrate con transparencia y se "
            "reporte su ejecución."
        ),
        "audience": "Formuladores de proyectos municipales y departamentales",
        "levels": ["institucional", "humano"],
        "types": ["sectorial"],
        "sectors": ["hacienda-publica", "planeacion"],
        "stages": ["programacion-presupuestal", "ejecucion"],
        "entity": "dnp",
        "departments": [],  # a national guide: it applies to every department
        "link": ("https://www.sgr.gov.co/", "Sistema General de Regalías"),
        "tags": ["regalías", "proyectos", "MGA"],
        "age": 90,
        "steps": [
            (
                "Idea de proyecto y pertinencia",
                (
                    "Parta de una meta del capítulo de inversiones con regalías del plan de "
                    "desarrollo y describa el problema, la población afectada y la alternativa de "
                    "solución. Identifique qué asignación del SGR lo financiaría (directas, "
                    "inversión local, inversión regional u otra), porque de ella depende quién lo "
                    "viabiliza y lo aprueba."
                ),
                (
                    "Perfil del proyecto con el problema, la población, la meta del plan que "
                    "atiende y la asignación que lo financiaría."
                ),
            ),
            (
                "Formulación en la MGA Web",
                (
                    "Diligencie el proyecto en la Metodología General Ajustada (MGA Web): árbol de "
                    "problemas, objetivos, alternativas, cadena de valor, presupuesto y "
                    "cronograma. Adjunte los soportes técnicos del sector, como estudios, diseños, "
                    "permisos y certificados de propiedad de los predios."
                ),
                (
                    "Proyecto registrado en la MGA Web con cadena de valor, presupuesto, "
                    "cronograma y soportes técnicos."
                ),
            ),
            (
                "Viabilidad y registro",
                (
                    "Presente el proyecto a la instancia que corresponde a su asignación: la "
                    "propia entidad territorial para sus asignaciones directas, o el órgano "
                    "colegiado de administración y decisión (OCAD) cuando la asignación lo "
                    "requiera. Con el concepto favorable, el proyecto queda registrado en el banco "
                    "de proyectos del SGR."
                ),
                "Concepto de viabilidad y registro del proyecto en el banco de proyectos del SGR.",
            ),
            (
                "Aprobación e incorporación al presupuesto",
                (
                    "Con el proyecto aprobado, el ejecutor incorpora los recursos por decreto en "
                    "su presupuesto del SGR, que es bienal y va en un capítulo independiente del "
                    "presupuesto ordinario. Revise que el cronograma del proyecto quepa en la "
                    "bienalidad y designe al supervisor."
                ),
                (
                    "Decreto de incorporación de los recursos al presupuesto del SGR de la entidad "
                    "ejecutora."
                ),
            ),
            (
                "Contratación transparente",
                (
                    "Contrate con las modalidades de la Ley 80 de 1993, la Ley 1150 de 2007 y el "
                    "Decreto 1082 de 2015, con los documentos tipo de Colombia Compra Eficiente "
                    "cuando apliquen, y publique todo el proceso en el SECOP II. La obra pública "
                    "seleccionada por licitación lleva interventoría (artículo 83 de la Ley 1474 "
                    "de 2011)."
                ),
                "Contratos de ejecución e interventoría adjudicados y publicados en el SECOP II.",
            ),
            (
                "Seguimiento, cierre y resultados",
                (
                    "Reporte cada mes el avance físico y financiero del proyecto en el sistema de "
                    "información del SGR y atienda las alertas del Sistema de Seguimiento, "
                    "Evaluación y Control. Al terminar, liquide los contratos, registre el cierre "
                    "del proyecto y publique sus resultados para la ciudadanía."
                ),
                (
                    "Reportes mensuales de avance, actas de liquidación y cierre del proyecto "
                    "registrado en el sistema del SGR."
                ),
            ),
        ],
        "norms": [
            (
                "Ley 2056 de 2020",
                (
                    "organización y funcionamiento del Sistema General de Regalías: asignaciones, "
                    "ciclo de los proyectos y seguimiento."
                ),
            ),
            (
                "Decreto 1821 de 2020",
                "decreto reglamentario único del Sistema General de Regalías.",
            ),
            (
                "Ley 80 de 1993 y Ley 1150 de 2007",
                "contratación estatal y modalidades de selección.",
            ),
            ("Decreto 1082 de 2015", "reglamentación de la contratación pública y del SECOP."),
            ("Ley 1474 de 2011, artículo 83", "supervisión e interventoría de los contratos."),
        ],
    },
    {
        "title": "Enfoque diferencial en la asistencia técnica a comunidades étnicas",
        "summary": (
            "Adecuar la asistencia técnica a pueblos indígenas, comunidades negras y campesinas "
            "con participación y pertinencia cultural."
        ),
        "purpose": (
            "Que los equipos que prestan asistencia técnica en resguardos indígenas y consejos "
            "comunitarios acuerden con las autoridades propias qué se hace, cuándo y cómo, y "
            "adapten materiales y tiempos a la lengua, el calendario y la forma de gobierno de "
            "cada comunidad."
        ),
        "audience": "Equipos de asistencia técnica en territorios étnicos",
        "levels": ["humano"],
        "types": ["poblacional"],
        "sectors": ["victimas", "salud"],
        "stages": ["planeacion"],
        "entity": "funcion-publica",
        "departments": ["27", "52"],
        "municipalities": ["52835"],
        "tags": ["enfoque diferencial", "consulta previa", "consejos comunitarios"],
        "age": 30,
        "steps": [
            (
                "Caracterizar la población y sus autoridades",
                (
                    "Identifique los resguardos, cabildos, consejos comunitarios y organizaciones "
                    "de la zona, sus autoridades y sus instrumentos propios: planes de vida, "
                    "planes de etnodesarrollo y reglamentos internos. Combine la información del "
                    "DANE con la que llevan las propias comunidades."
                ),
                (
                    "Caracterización de las comunidades con sus autoridades y sus instrumentos de "
                    "planeación propios."
                ),
            ),
            (
                "Acercamiento y concertación",
                (
                    "Presente la propuesta a las autoridades en sus propios espacios de decisión y "
                    "acuerde con ellas la agenda, los participantes, la lengua y los tiempos. Si "
                    "la asistencia llevará a medidas que afecten directamente a la comunidad, "
                    "consulte con el Ministerio del Interior si procede la consulta previa "
                    "(Convenio 169 de la OIT, aprobado por la Ley 21 de 1991)."
                ),
                "Acta de concertación de la agenda firmada con las autoridades étnicas.",
            ),
            (
                "Adaptar contenidos y materiales",
                (
                    "Ajuste ejemplos, tiempos y formatos a la realidad de la comunidad, y traduzca "
                    "o interprete a la lengua propia cuando haga falta. Valide los materiales con "
                    "delegados de la comunidad antes de usarlos."
                ),
                (
                    "Materiales de asistencia técnica validados por la comunidad y, si aplica, "
                    "traducidos."
                ),
            ),
            (
                "Trabajar con dinamizadores comunitarios",
                (
                    "Vincule y pague dinamizadores de la comunidad que acompañen cada sesión y "
                    "ayuden a traducir conceptos. Programe las jornadas según el calendario propio "
                    "(cosechas, fiestas, asambleas) y la logística del territorio, que en zonas "
                    "ribereñas depende del transporte fluvial."
                ),
                (
                    "Cronograma de jornadas ajustado al calendario comunitario, con los "
                    "dinamizadores asignados."
                ),
            ),
            (
                "Armonizar con la planeación territorial",
                (
                    "Lleve lo acordado a los instrumentos de la entidad territorial: plan de "
                    "desarrollo, planes sectoriales y presupuesto. Deje constancia de cómo se "
                    "incluyeron las prioridades de los planes de vida y de etnodesarrollo."
                ),
                (
                    "Matriz de armonización entre las prioridades de las comunidades y las metas "
                    "del plan de desarrollo."
                ),
            ),
            (
                "Devolución y seguimiento",
                (
                    "Vuelva a la comunidad con los resultados, en su lengua y en su espacio de "
                    "decisión, y acuerde con las autoridades cómo se seguirán los compromisos. "
                    "Registre lo aprendido para que el siguiente equipo no empiece de cero."
                ),
                "Acta de devolución de resultados con los compromisos y sus responsables.",
            ),
        ],
        "norms": [
            (
                "Constitución Política, artículos 7 y 330",
                "diversidad étnica y cultural, y gobierno propio de los territorios indígenas.",
            ),
            (
                "Ley 21 de 1991",
                (
                    "aprueba el Convenio 169 de la OIT: consulta previa y participación de los "
                    "pueblos indígenas y tribales."
                ),
            ),
            ("Ley 70 de 1993", "derechos de las comunidades negras y consejos comunitarios."),
        ],
    },
    {
        "title": "Modelo Integrado de Planeación y Gestión (MIPG) en municipios pequeños",
        "summary": (
            "Implementar las dimensiones del MIPG con un equipo reducido y reportar el FURAG sin "
            "sobrecarga."
        ),
        "purpose": (
            "Que un municipio con pocos funcionarios implemente el MIPG empezando por las "
            "políticas que más pesan en su desempeño, sin crear comités ni documentos que nadie "
            "usa, y reporte en el FURAG lo que de verdad hace."
        ),
        "audience": (
            "Jefes de control interno y de planeación de municipios de quinta y sexta categoría"
        ),
        "levels": ["institucional"],
        "types": ["institucional"],
        "sectors": ["planeacion"],
        "stages": ["ejecucion", "seguimiento-y-evaluacion"],
        "entity": "funcion-publica",
        "departments": ["15", "86"],
        "tags": ["MIPG", "FURAG"],
        "age": 260,
        "steps": [
            (
                "Adopción y comité",
                (
                    "Adopte el MIPG por decreto y cree el comité institucional de gestión y "
                    "desempeño (Decreto 1499 de 2017); en un municipio pequeño, sesiónelo junto "
                    "con el consejo de gobierno para no duplicar reuniones. Asigne un responsable "
                    "a cada una de las siete dimensiones, aunque una misma persona lleve varias."
                ),
                "Decreto de adopción del MIPG y del comité, con un responsable por dimensión.",
            ),
            (
                "Autodiagnóstico enfocado",
                (
                    "Aplique las herramientas de autodiagnóstico de Función Pública a las "
                    "políticas que peor salieron en el FURAG anterior. No intente todas el primer "
                    "año: de tres a cinco políticas bien revisadas bastan para empezar."
                ),
                (
                    "Resultados del autodiagnóstico de tres a cinco políticas, con las brechas "
                    "encontradas."
                ),
            ),
            (
                "Plan de acción de tres políticas",
                (
                    "Priorice tres políticas de gestión y desempeño y defina para cada una "
                    "acciones, responsables, fechas y evidencias. Intégrelas al plan de acción "
                    "institucional, que se publica a más tardar el 31 de enero (artículo 74 de la "
                    "Ley 1474 de 2011)."
                ),
                (
                    "Plan de acción institucional con tres políticas del MIPG priorizadas, "
                    "publicado en la sede electrónica."
                ),
            ),
            (
                "Control interno y riesgos",
                (
                    "Organice las líneas de defensa del MIPG: los líderes de proceso controlan, "
                    "planeación y el comité monitorean, y control interno evalúa con independencia "
                    "(Ley 87 de 1993). Actualice el mapa de riesgos, incluidos los de corrupción "
                    "del plan anticorrupción (artículo 73 de la Ley 1474 de 2011)."
                ),
                (
                    "Mapa de riesgos de gestión y de corrupción actualizado y plan anual de "
                    "auditoría aprobado."
                ),
            ),
            (
                "Reporte del FURAG con evidencias",
                (
                    "Diligencie el FURAG en las fechas que fija Función Pública, con la evidencia "
                    "de cada respuesta a la mano. Lo que no pueda soportar con un documento, no lo "
                    "reporte como cumplido."
                ),
                "FURAG diligenciado y carpeta con la evidencia de cada respuesta.",
            ),
            (
                "Análisis de resultados y mejora",
                (
                    "Cuando salgan los resultados, compare el índice de desempeño institucional y "
                    "el de cada política con los del año anterior y con los de municipios de su "
                    "grupo par. Ajuste el plan de acción del año siguiente con lo que no mejoró."
                ),
                (
                    "Análisis del índice de desempeño institucional y plan de mejora para la "
                    "vigencia siguiente."
                ),
            ),
        ],
        "norms": [
            (
                "Decreto 1499 de 2017",
                "adopta el Modelo Integrado de Planeación y Gestión en el Decreto 1083 de 2015.",
            ),
            ("Ley 87 de 1993", "control interno en las entidades del Estado."),
            (
                "Ley 1474 de 2011",
                (
                    "plan anticorrupción y de atención al ciudadano (artículo 73) y plan de acción "
                    "publicado (artículo 74)."
                ),
            ),
        ],
    },
    {
        "title": "Empalme entre administraciones: entregar y recibir la entidad territorial",
        "summary": (
            "Preparar, hacer y cerrar el empalme entre el gobierno que sale y el que llega, con el "
            "acta de informe de gestión y los archivos en orden."
        ),
        "purpose": (
            "Que el gobierno que sale entregue, y el que llega reciba, la información, los "
            "archivos, los compromisos y los recursos de la entidad territorial de forma ordenada "
            "y verificable, para que la nueva administración no gaste sus primeros meses "
            "reconstruyendo lo que ya existía."
        ),
        "audience": "Mandatarios salientes y electos y sus equipos de empalme",
        "levels": ["humano", "institucional"],
        "types": ["institucional"],
        "sectors": ["planeacion"],
        "stages": ["ejecucion"],
        "entity": "funcion-publica",
        "departments": ["25"],
        "tags": ["empalme", "gestión del conocimiento", "acta de informe de gestión"],
        "age": 150,
        "steps": [
            (
                "Equipos y cronograma de empalme",
                (
                    "Entre la elección y la posesión, el mandatario saliente designa un "
                    "coordinador de empalme y el electo, un equipo receptor con una persona por "
                    "sector. Acuerden un cronograma de reuniones por tema que termine antes del 31 "
                    "de diciembre."
                ),
                (
                    "Acta de instalación del empalme con los dos equipos y el cronograma de "
                    "reuniones por tema."
                ),
            ),
            (
                "Inventario de la información",
                (
                    "Reúna por dependencia el estado del plan de desarrollo, el presupuesto y su "
                    "ejecución, la deuda, los contratos vigentes, los procesos judiciales, los "
                    "bienes y la planta de personal. Use los formatos de empalme que las entidades "
                    "nacionales publican para cada cambio de gobierno."
                ),
                (
                    "Inventario de la información por dependencia, con el estado de cada tema y "
                    "dónde está su soporte."
                ),
            ),
            (
                "Archivos y sistemas en orden",
                (
                    "Organice los archivos de gestión y entréguelos con su inventario documental, "
                    "conforme a la Ley 594 de 2000 y a las tablas de retención documental de la "
                    "entidad. Los sistemas de información y los expedientes digitales se entregan "
                    "con sus usuarios administradores, a nombre de la entidad y no de personas."
                ),
                (
                    "Inventarios documentales firmados y relación de los sistemas de información "
                    "con sus usuarios administradores."
                ),
            ),
            (
                "Actas de informe de gestión",
                (
                    "Cada servidor que se retira, empezando por el mandatario, elabora el acta de "
                    "informe de gestión que exige la Ley 951 de 2005, con los recursos, programas, "
                    "contratos y asuntos en trámite a su cargo. El acta se entrega a quien lo "
                    "reemplaza, que la revisa y deja constancia de lo que encontró incompleto."
                ),
                (
                    "Actas de informe de gestión del mandatario y de cada secretario de despacho, "
                    "entregadas y recibidas."
                ),
            ),
            (
                "Vencimientos de los primeros cien días",
                (
                    "Con la información recibida, el equipo entrante identifica lo que vence en "
                    "los primeros meses: pagos, contratos por prorrogar o liquidar, reportes a "
                    "entidades nacionales y los plazos del plan de desarrollo. Asigne cada "
                    "vencimiento a un responsable antes de la posesión."
                ),
                "Matriz de vencimientos de los primeros cien días, cada uno con su responsable.",
            ),
            (
                "Inducción y memoria institucional",
                (
                    "En el primer mes, haga la inducción de los nuevos servidores con lo aprendido "
                    "en el empalme y publique el informe de empalme en la sede electrónica (Ley "
                    "1712 de 2014). Guarde el expediente completo para el siguiente cambio de "
                    "gobierno."
                ),
                (
                    "Informe de empalme publicado y programa de inducción de los nuevos servidores "
                    "ejecutado."
                ),
            ),
        ],
        "norms": [
            (
                "Ley 951 de 2005",
                "acta de informe de gestión de los servidores públicos que se retiran.",
            ),
            (
                "Ley 594 de 2000",
                "Ley General de Archivos: organización e inventario de los archivos de gestión.",
            ),
            (
                "Ley 1712 de 2014",
                "publicación de la información pública, incluido el informe de empalme.",
            ),
        ],
    },
    {
        "title": "Rendición de cuentas a la ciudadanía paso a paso",
        "summary": (
            "Preparar, realizar y evaluar audiencias de rendición de cuentas con información clara "
            "y diálogo."
        ),
        "purpose": (
            "Que la administración rinda cuentas durante todo el año y no en un solo evento: que "
            "informe con datos claros, dialogue con los grupos que más usan sus servicios y "
            "responda por escrito a lo que le preguntan."
        ),
        "audience": "Despachos de alcaldes, oficinas de planeación y de comunicaciones",
        "levels": ["gerencial"],
        "types": ["poblacional"],
        "sectors": ["planeacion"],
        "stages": ["rendicion-de-cuentas"],
        "entity": "funcion-publica",
        "departments": ["68"],
        "tags": ["participación", "transparencia"],
        "age": 45,
        "steps": [
            (
                "Aprestamiento y grupos de valor",
                (
                    "Conforme el equipo de rendición de cuentas con planeación, comunicaciones y "
                    "control interno, y revise cómo salió el ejercicio del año anterior. "
                    "Identifique los grupos de valor (juntas de acción comunal, consejos de "
                    "juventud, veedurías, organizaciones de víctimas, gremios) y los temas que más "
                    "preguntan."
                ),
                (
                    "Estrategia de rendición de cuentas del año, con grupos de valor, temas y "
                    "canales, incluida en el plan anticorrupción y de atención al ciudadano."
                ),
            ),
            (
                "Información en lenguaje claro",
                (
                    "Prepare el informe de gestión con el avance del plan de desarrollo, la "
                    "ejecución del presupuesto y la contratación, en lenguaje claro y con cifras "
                    "comparables entre años. Publíquelo en la sede electrónica un mes antes de la "
                    "audiencia, con una versión corta para redes sociales y emisoras comunitarias."
                ),
                (
                    "Informe de gestión en lenguaje claro publicado un mes antes de la audiencia, "
                    "con su versión corta."
                ),
            ),
            (
                "Convocatoria e inscripción de preguntas",
                (
                    "Convoque por al menos tres canales y abra la inscripción de preguntas y "
                    "propuestas con quince días de anticipación. Invite de forma directa a los "
                    "grupos de valor identificados en el aprestamiento."
                ),
                (
                    "Convocatoria difundida por tres canales y listado de preguntas inscritas por "
                    "los grupos de valor."
                ),
            ),
            (
                "Audiencia de diálogo",
                (
                    "Realice la audiencia pública en un lugar y un horario accesibles, con tiempo "
                    "para las preguntas inscritas y las del público, y transmítala en vivo. "
                    "Registre cada pregunta y cada compromiso con su responsable y su plazo."
                ),
                "Memoria de la audiencia con las preguntas recibidas y los compromisos asumidos.",
            ),
            (
                "Respuestas y seguimiento a compromisos",
                (
                    "Responda por escrito las preguntas que no alcanzaron a tratarse y publique el "
                    "avance de cada compromiso en el plazo anunciado en la audiencia. Con esa "
                    "publicación, las veedurías y el concejo pueden hacer su propio seguimiento."
                ),
                (
                    "Matriz de compromisos con la respuesta y el avance de cada uno, publicada en "
                    "la sede electrónica."
                ),
            ),
            (
                "Evaluación del ejercicio",
                (
                    "Aplique una encuesta corta a los asistentes y evalúe con el equipo qué "
                    "funcionó, qué no y cuánto costó. Lleve las mejoras a la estrategia del año "
                    "siguiente y reporte el resultado en el FURAG."
                ),
                (
                    "Informe de evaluación de la rendición de cuentas con las mejoras para el año "
                    "siguiente."
                ),
            ),
        ],
        "norms": [
            (
                "Ley 1757 de 2015",
                (
                    "participación democrática y rendición de cuentas de la rama ejecutiva en el "
                    "orden territorial."
                ),
            ),
            (
                "Ley 1474 de 2011",
                (
                    "plan anticorrupción y de atención al ciudadano (artículo 73) y rendición de "
                    "cuentas permanente (artículo 78)."
                ),
            ),
            ("Ley 1712 de 2014", "transparencia y acceso a la información pública."),
        ],
    },
    {
        "title": "Plan territorial de salud: formulación y armonización con el PDT",
        "summary": (
            "Cómo la secretaría de salud formula su plan territorial y lo armoniza con el plan de "
            "desarrollo y el presupuesto."
        ),
        "purpose": (
            "Que la secretaría de salud formule un plan territorial de salud que responda a los "
            "problemas que muestra su análisis de situación de salud, con metas que queden dentro "
            "del plan de desarrollo y recursos en el presupuesto de cada año."
        ),
        "audience": "Secretarías de salud municipales y departamentales",
        "levels": ["institucional"],
        "types": ["sectorial", "institucional"],
        "sectors": ["salud"],
        "stages": ["planeacion", "programacion-presupuestal"],
        "entity": "gobernacion-de-narino",
        "departments": ["52"],
        "municipalities": ["52001"],
        "tags": ["plan territorial de salud", "ASIS"],
        "age": 75,
        "steps": [
            (
                "Análisis de situación de salud",
                (
                    "Actualice el análisis de situación de salud (ASIS) con las fuentes oficiales: "
                    "estadísticas vitales, SIVIGILA, RIPS y la caracterización de las EPS. "
                    "Describa mortalidad, morbilidad y determinantes por curso de vida, zona y "
                    "grupo étnico."
                ),
                (
                    "ASIS actualizado, con los indicadores y la fuente de cada problema de salud "
                    "identificado."
                ),
            ),
            (
                "Priorización con los actores",
                (
                    "Priorice los problemas de salud con la comunidad, las EPS, los prestadores, "
                    "los otros sectores y, donde las haya, las autoridades étnicas. Use criterios "
                    "explícitos como magnitud, gravedad y posibilidad de intervención, y deje "
                    "registro de los puntajes."
                ),
                "Acta de priorización con los problemas de salud ordenados y los criterios usados.",
            ),
            (
                "Componente estratégico",
                (
                    "Defina objetivos y metas de resultado y de producto alineados con los ejes "
                    "del Plan Decenal de Salud Pública 2022–2031. Para cada meta, diga qué "
                    "intervenciones la cumplen y qué fuente las financia: SGP de salud pública, "
                    "rentas cedidas o recursos propios (Ley 715 de 2001)."
                ),
                (
                    "Componente estratégico del plan territorial de salud con metas, indicadores e "
                    "intervenciones por fuente."
                ),
            ),
            (
                "Armonización con el plan de desarrollo",
                (
                    "Lleve las metas del plan territorial de salud al capítulo de salud del plan "
                    "de desarrollo antes de que se radique en el concejo o la asamblea, para que "
                    "no queden dos juegos de metas distintos. Verifique que el plan plurianual de "
                    "inversiones tenga recursos para cada meta."
                ),
                (
                    "Metas de salud incorporadas en el plan de desarrollo y en su plan plurianual "
                    "de inversiones."
                ),
            ),
            (
                "Plan de acción en salud de cada año",
                (
                    "Cada vigencia, programe el plan de acción en salud con actividades, metas y "
                    "presupuesto, y verifique que coincida con el POAI. Cargue la programación en "
                    "la plataforma del Ministerio de Salud y Protección Social."
                ),
                (
                    "Plan de acción en salud de la vigencia armonizado con el POAI y cargado en la "
                    "plataforma del Ministerio."
                ),
            ),
            (
                "Seguimiento y evaluación",
                (
                    "Haga seguimiento trimestral a las metas del plan de acción y evalúe cada año "
                    "el avance del plan territorial de salud ante el consejo territorial de "
                    "seguridad social en salud. Ajuste la programación del año siguiente con esos "
                    "resultados."
                ),
                (
                    "Informe anual de evaluación del plan presentado al consejo territorial de "
                    "seguridad social en salud."
                ),
            ),
        ],
        "norms": [
            (
                "Ley 715 de 2001",
                (
                    "competencias de las entidades territoriales en salud y recursos del Sistema "
                    "General de Participaciones."
                ),
            ),
            (
                "Resolución 1035 de 2022 del Ministerio de Salud y Protección Social",
                "adopta el Plan Decenal de Salud Pública 2022–2031.",
            ),
            (
                "Resolución 100 de 2024 del Ministerio de Salud y Protección Social",
                (
                    "planeación integral para la salud: formulación, seguimiento y evaluación de "
                    "los planes territoriales."
                ),
            ),
            (
                "Ley 152 de 1994",
                "armonización de los planes sectoriales con el plan de desarrollo.",
            ),
        ],
    },
    {
        "title": "Ordenamiento territorial: actualizar el EOT sin perder la vigencia",
        "summary": (
            "Ruta para revisar el esquema de ordenamiento territorial con información catastral y "
            "de riesgo."
        ),
        "purpose": (
            "Que un municipio de menos de 30.000 habitantes revise su esquema de ordenamiento "
            "territorial cuando vencen sus contenidos, con estudios de riesgo y catastro "
            "actualizados, y lo haga adoptar dentro del mismo periodo de gobierno siguiendo el "
            "orden que fija la Ley 388 de 1997."
        ),
        "audience": "Secretarías de planeación de municipios de menos de 30.000 habitantes",
        "levels": ["institucional"],
        "types": ["sectorial"],
        "sectors": ["ordenamiento-territorial"],
        "stages": ["planeacion"],
        "entity": "dnp",
        "departments": ["19"],
        "tags": ["EOT", "catastro multipropósito", "gestión del riesgo"],
        "age": 330,
        "steps": [
            (
                "Seguimiento y evaluación del EOT vigente",
                (
                    "Actualice el expediente municipal (artículo 112 de la Ley 388 de 1997) y "
                    "evalúe qué se ejecutó del esquema vigente: proyectos, normas urbanísticas "
                    "aplicadas y conflictos de uso del suelo. Verifique qué contenidos cumplieron "
                    "la vigencia que fija el artículo 28 de la ley, porque de eso depende qué se "
                    "puede revisar."
                ),
                (
                    "Expediente municipal actualizado y documento de seguimiento y evaluación del "
                    "EOT vigente."
                ),
            ),
            (
                "Estudios básicos de amenaza y riesgo",
                (
                    "Gestione con la gobernación y la autoridad ambiental los estudios básicos de "
                    "amenaza por movimientos en masa, inundación y avenidas torrenciales que exige "
                    "el Decreto 1077 de 2015, en desarrollo de la Ley 1523 de 2012. Delimite las "
                    "áreas en condición de amenaza y de riesgo que requerirán estudios detallados."
                ),
                (
                    "Estudios básicos de amenaza con las áreas en condición de amenaza y de riesgo "
                    "delimitadas en suelo urbano y rural."
                ),
            ),
            (
                "Diagnóstico y formulación",
                (
                    "Con la cartografía y el catastro más recientes, diagnostique los sistemas "
                    "estructurantes (ambiental, vial, servicios públicos y equipamientos) y "
                    "formule el modelo de ocupación, la clasificación del suelo y las normas "
                    "urbanísticas. Incorpore las determinantes ambientales que entregue la "
                    "corporación autónoma regional."
                ),
                "Documento técnico de soporte, cartografía y proyecto de acuerdo del nuevo EOT.",
            ),
            (
                "Participación ciudadana",
                (
                    "Socialice el proyecto con la comunidad, las juntas de acción comunal y los "
                    "gremios, y recoja sus observaciones por escrito, como lo piden los artículos "
                    "22 y 24 de la Ley 388 de 1997. Responda cada observación y diga si se acogió."
                ),
                (
                    "Memoria de las jornadas de participación con las observaciones recibidas y su "
                    "respuesta."
                ),
            ),
            (
                "Concertación ambiental y consejo territorial",
                (
                    "Radique el proyecto ante la corporación autónoma regional para concertar los "
                    "asuntos ambientales y, después, ante el consejo territorial de planeación "
                    "para su concepto (artículo 24 de la Ley 388 de 1997). Ajuste el proyecto con "
                    "lo acordado."
                ),
                (
                    "Acta de concertación con la autoridad ambiental y concepto del consejo "
                    "territorial de planeación."
                ),
            ),
            (
                "Adopción y aplicación",
                (
                    "Presente el proyecto de acuerdo al concejo municipal con el documento técnico "
                    "de soporte y las actas de concertación (artículo 25 de la Ley 388 de 1997). "
                    "Una vez adoptado, publique el acuerdo con su cartografía y aplique la nueva "
                    "norma en las licencias urbanísticas."
                ),
                "Acuerdo municipal que adopta el EOT, publicado con su cartografía oficial.",
            ),
        ],
        "norms": [
            (
                "Ley 388 de 1997",
                (
                    "planes, planes básicos y esquemas de ordenamiento territorial: vigencias, "
                    "concertación, participación, adopción y expediente municipal."
                ),
            ),
            (
                "Decreto 1077 de 2015",
                (
                    "decreto único reglamentario del sector vivienda: revisión de los planes de "
                    "ordenamiento y estudios de riesgo."
                ),
            ),
            (
                "Ley 1523 de 2012",
                (
                    "incorporación de la gestión del riesgo de desastres en el ordenamiento "
                    "territorial."
                ),
            ),
        ],
    },
]

LESSONS = [
    {
        "title": "Programa de Apoyo al Desarrollo Institucional (PDI): lo que no cambió",
        "summary": (
            "La evaluación ex post del PDI encontró que el 85,7 % de las entidades intervenidas "
            "tuvo incidencia débil o nula."
        ),
        "programme": "Programa de Apoyo al Desarrollo Institucional (PDI)",
        "period": (1991, 1995),
        "levels": ["institucional"],
        "types": ["institucional"],
        "sectors": ["planeacion"],
        "stages": ["planeacion"],
        "entity": "dnp",
        "departments": [],
        "tags": ["evaluación ex post", "CONPES 2539"],
        "age": 700,
        "context": (
            "En 1991 el Documento CONPES 2539 propuso asistencia técnica para más de 685 "
            "municipios de menos de 100.000 habitantes durante cuatro años, con el fin de mejorar "
            "la prestación de servicios, el manejo de los recursos y la capacidad de planeación, "
            "en articulación con los departamentos."
        ),
        "done": (
            "Asesores del programa visitaron los municipios para organizar la administración, las "
            "finanzas y los planes de inversión, y se apoyó a los departamentos para que "
            "acompañaran a sus municipios entre visitas."
        ),
        "worked": (
            "Donde el departamento asumió el acompañamiento, los municipios tuvieron a quién "
            "acudir cuando terminaban las visitas nacionales."
        ),
        "did_not": (
            "La evaluación ex post (DNP, 1997) calificó con incidencia débil o nula al 85,7 % de "
            "las entidades intervenidas: la gestión de 587 de ellas no cambió. Como no se midieron "
            "las capacidades de cada municipio al entrar ni durante el programa, no hubo cómo "
            "corregir el rumbo a tiempo."
        ),
        "recommendation": (
            "Medir las capacidades de cada entidad antes, durante y después de la asistencia "
            "técnica, con el mismo instrumento, y ajustar la intervención con esa medición."
        ),
    },
    {
        "title": "Mejor Gestión de los Departamentos: cuando se retira el socio principal",
        "summary": (
            "El programa con la GIZ no se desarrolló en el periodo previsto y la asistencia no "
            "llegó a tiempo."
        ),
        "programme": "Programa Mejor Gestión de los Departamentos",
        "period": (1996, 2003),
        "levels": ["gerencial"],
        "types": ["institucional"],
        "sectors": ["planeacion"],
        "stages": ["ejecucion"],
        "entity": "giz",
        "departments": ["05", "15"],
        "tags": ["cooperación internacional", "departamentos"],
        "age": 650,
        "context": (
            "Entre 1996 y 2003 el programa buscó posicionar a los departamentos como líderes del "
            "desarrollo de su territorio: fortalecer sus capacidades para que, a su vez, apoyaran "
            "a sus municipios en la descentralización y el cambio organizacional."
        ),
        "done": (
            "Con la cooperación alemana (GIZ) como socio principal, se asesoró a las gobernaciones "
            "en planeación, organización y apoyo a los municipios, y se conformaron equipos "
            "departamentales de asistencia municipal."
        ),
        "worked": (
            "El papel intermedio del departamento: los municipios recibían mejor la asistencia de "
            "su gobernación, que conocen y tienen cerca, que la de entidades nacionales que "
            "llegaban una vez."
        ),
        "did_not": (
            "El programa no se desarrolló en el periodo previsto porque se retiró su socio "
            "principal, y la asistencia técnica no llegó a tiempo. A eso se sumó el bajo "
            "involucramiento de los actores que debían intervenir (DNP, 2019)."
        ),
        "recommendation": (
            "No depender de un solo financiador: asegurar desde el diseño recursos nacionales y "
            "departamentales, y acuerdos firmados con todos los actores que deben participar."
        ),
    },
    {
        "title": "Sistema Nacional de Capacitación Municipal: guías que no se sistematizaron",
        "summary": (
            "La ESAP produjo guías metodológicas valiosas, pero el conocimiento no se gestionó y "
            "se perdió."
        ),
        "programme": "Sistema Nacional de Capacitación Municipal",
        "period": (2002, 2006),
        "levels": ["humano"],
        "types": ["institucional", "sectorial"],
        "sectors": ["planeacion", "ordenamiento-territorial"],
        "stages": ["planeacion"],
        "entity": "esap",
        "departments": [],
        "tags": ["gestión del conocimiento", "capacitación"],
        "age": 600,
        "context": (
            "Entre 2002 y 2006 la ESAP, con apoyo de la Unión Europea, formó a funcionarios "
            "municipales, comunidades y otros agentes del desarrollo territorial en servicios "
            "públicos, ordenamiento del territorio, formulación de proyectos y participación "
            "ciudadana."
        ),
        "done": (
            "Se dictaron cursos en las regiones y se produjo una serie de guías metodológicas de "
            "gestión pública territorial para acompañarlos."
        ),
        "worked": (
            "Las guías: eran prácticas, estaban escritas para funcionarios municipales y algunas "
            "alcaldías las siguieron usando años después de terminado el programa."
        ),
        "did_not": (
            "Las guías no se sistematizaron ni se actualizaron, y no hubo un lugar único donde "
            "encontrarlas: la gestión del conocimiento fue insuficiente y lo producido se dispersó "
            "cuando terminó la financiación (DNP, 2019)."
        ),
        "recommendation": (
            "Publicar cada producto de la asistencia técnica en un repositorio abierto, con fecha "
            "de revisión y un responsable de mantenerlo al día."
        ),
    },
    {
        "title": "Sinergia Territorial: coordinar a los asesores",
        "summary": (
            "Fortalecer sistemas de seguimiento de los PDT en 88 municipios y 15 gobernaciones "
            "dejó lecciones de coordinación."
        ),
        "programme": "Sinergia Territorial",
        "period": (2011, 2015),
        "levels": ["institucional"],
        "types": ["institucional"],
        "sectors": ["planeacion"],
        "stages": ["seguimiento-y-evaluacion"],
        "entity": "dnp",
        "departments": ["52", "19"],
        "tags": ["seguimiento", "PDT"],
        "age": 500,
        "context": (
            "Entre 2011 y 2015 el DNP prestó asistencia técnica a 88 municipios y 15 gobernaciones "
            "para diseñar y poner en marcha sistemas de seguimiento y evaluación orientados a "
            "resultados de sus planes de desarrollo."
        ),
        "done": (
            "Los asesores acompañaron primero la formulación de los planes con metas medibles y "
            "después la puesta en marcha del sistema de seguimiento: batería de indicadores, "
            "reportes periódicos y tableros de control."
        ),
        "worked": (
            "Varias gobernaciones adoptaron tableros de seguimiento que siguieron usando en el "
            "periodo siguiente, y las metas con línea base se volvieron costumbre en los planes "
            "acompañados."
        ),
        "did_not": (
            "La coordinación entre los asesores: cada uno llegaba con su método y su calendario al "
            "mismo territorio. Tampoco se resolvió cómo sostener financieramente el programa (DNP, "
            "2019)."
        ),
        "recommendation": (
            "Un solo plan de trabajo por territorio, compartido por todos los asesores, y los "
            "costos de sostener la asistencia previstos desde el inicio."
        ),
    },
    {
        "title": "Gobierno al Plan: asistencia permanente a 365 municipios",
        "summary": (
            "Hitos y seguimiento de la asistencia funcionaron; la cobertura del 33 % y la "
            "financiación limitaron el alcance."
        ),
        "programme": "Gobierno al Plan",
        "period": (2013, 2018),
        "levels": ["gerencial", "institucional"],
        "types": ["institucional"],
        "sectors": ["planeacion", "hacienda-publica"],
        "stages": ["planeacion", "ejecucion", "seguimiento-y-evaluacion"],
        "entity": "dnp",
        "departments": ["52", "27", "86"],
        "tags": ["hitos", "acompañamiento permanente"],
        "age": 450,
        "context": (
            "El Proyecto de Fortalecimiento de las Entidades Territoriales, financiado con un "
            "empréstito de hasta USD 70 millones (Documento CONPES 3765), buscó mejorar las "
            "capacidades gerenciales, institucionales y técnicas del Gobierno nacional y de las "
            "entidades territoriales."
        ),
        "done": (
            "Con la estrategia Gobierno al Plan, asesores permanentes acompañaron a 365 municipios "
            "de los 32 departamentos en todas las etapas del ciclo de la gestión pública, con "
            "hitos definidos por etapa y seguimiento a la asistencia prestada."
        ),
        "worked": (
            "Definir hitos verificables por etapa (plan aprobado, presupuesto armonizado, primer "
            "informe de seguimiento) y seguir su cumplimiento municipio por municipio."
        ),
        "did_not": (
            "El alcance: 365 municipios son apenas el 33 % de los del país. La financiación, atada "
            "a un crédito, tampoco garantizaba continuar cuando este terminara (DNP, 2019)."
        ),
        "recommendation": (
            "Concentrar la asistencia presencial en los municipios con menores capacidades y "
            "llegar a los demás con asistencia virtual y materiales de consulta abiertos."
        ),
    },
    {
        "title": "Capacidades institucionales para el desarrollo territorial y las regalías",
        "summary": (
            "El acompañamiento a 500 entidades en planes de desarrollo y en la Ley 1530 quedó "
            "corto cuando cambió la norma."
        ),
        "programme": (
            "Programa para la Generación y Fortalecimiento de Capacidades Institucionales para el "
            "Desarrollo Territorial"
        ),
        "period": (2011, 2013),
        "levels": ["institucional"],
        "types": ["institucional"],
        "sectors": ["hacienda-publica"],
        "stages": ["programacion-presupuestal"],
        "entity": "dnp",
        "departments": ["05", "25"],
        "tags": ["regalías", "secretarías de planeación"],
        "age": 420,
        "context": (
            "El programa empezó en 2011 para acompañar a los mandatarios elegidos para 2012–2015 y "
            "terminó en 2013. Coincidió con la puesta en marcha del Sistema General de Regalías "
            "creado por la Ley 1530 de 2012."
        ),
        "done": (
            "Acompañamiento directo a 500 entidades territoriales en la formulación de sus planes "
            "de desarrollo y en la aplicación de la Ley 1530 de 2012, concentrado en las "
            "secretarías de planeación de los municipios priorizados."
        ),
        "worked": (
            "El acompañamiento en sitio a los equipos de planeación, que aprendieron a formular "
            "proyectos haciéndolo sobre los suyos."
        ),
        "did_not": (
            "La cobertura fue limitada y los contenidos quedaron atados a la Ley 1530 de 2012: "
            "cuando la Ley 2056 de 2020 reorganizó el sistema, no había materiales actualizados y "
            "las entidades tuvieron que aprender de nuevo las reglas."
        ),
        "recommendation": (
            "Diseñar los contenidos por módulos, cada uno con la fecha de la norma que explica, "
            "para actualizar solo lo que cambia."
        ),
    },
    {
        "title": "Empalme de gobiernos: la memoria institucional se va con el contratista",
        "summary": (
            "En municipios con alta rotación, el conocimiento de la asistencia técnica desaparece "
            "con cada cambio de administración."
        ),
        "programme": "Estrategia de empalme territorial",
        "period": (2019, 2020),
        "levels": ["humano"],
        "types": ["institucional"],
        "sectors": ["planeacion"],
        "stages": ["ejecucion"],
        "entity": "funcion-publica",
        "departments": ["70"],
        "tags": ["empalme", "rotación de personal"],
        "age": 300,
        "context": (
            "En el cambio de administraciones de 2020 se acompañó a 18 municipios de Sucre en los "
            "que cerca del 70 % del equipo técnico estaba vinculado por contratos de prestación de "
            "servicios que terminaban en diciembre."
        ),
        "done": (
            "Se usaron formatos únicos de informe de empalme entre noviembre y diciembre de 2019, "
            "y en enero y febrero de 2020 se capacitó a los equipos entrantes en el plan de "
            "desarrollo y el presupuesto."
        ),
        "worked": (
            "Los formatos únicos de empalme: los 18 municipios entregaron actas de informe de "
            "gestión completas y comparables entre sí."
        ),
        "did_not": (
            "Conservar los expedientes: 11 de los 18 municipios no tenían archivo organizado ni "
            "almacenamiento institucional, y lo que estaba en computadores y correos personales de "
            "los contratistas se perdió con ellos."
        ),
        "recommendation": (
            "Guardar los productos de la asistencia técnica en un repositorio de la entidad, nunca "
            "en cuentas personales, y exigirlos como entregable de cada contrato."
        ),
    },
    {
        "title": "Asistencia técnica en salud pública en municipios de Nariño",
        "summary": (
            "La gobernación acompañó a secretarías de salud municipales en la gestión de recursos "
            "y la vigilancia epidemiológica."
        ),
        "programme": "Asistencia técnica departamental en salud",
        "period": (2020, 2022),
        "levels": ["institucional"],
        "types": ["institucional"],
        "sectors": ["salud"],
        "stages": ["ejecucion"],
        "entity": "gobernacion-de-narino",
        "departments": ["52"],
        "municipalities": ["52838", "52356"],
        "tags": ["vigilancia epidemiológica"],
        "age": 100,
        "context": (
            "Entre 2020 y 2022, en plena pandemia, muchas secretarías de salud de municipios de "
            "sexta categoría de Nariño tenían uno o dos funcionarios para todas sus funciones."
        ),
        "done": (
            "La gobernación hizo visitas mensuales a los municipios priorizados, entre ellos "
            "Túquerres e Ipiales, y abrió mesas virtuales quincenales de una hora sobre vigilancia "
            "epidemiológica y gestión de recursos de salud pública."
        ),
        "worked": (
            "Las mesas virtuales cortas y con agenda fija: la participación pasó de 20 a 55 de los "
            "64 municipios del departamento, porque una hora cabía en la jornada de un equipo "
            "pequeño."
        ),
        "did_not": (
            "Los informes extensos: después de cada visita la gobernación enviaba un informe de "
            "unas 30 páginas que casi ningún municipio leía ni respondía."
        ),
        "recommendation": (
            "Acordar con cada municipio cinco o seis indicadores y revisarlos juntos en cada mesa, "
            "en lugar de enviar informes largos."
        ),
    },
    {
        "title": "Asistencia a víctimas del conflicto: coordinar la oferta nacional",
        "summary": (
            "Diferentes entidades visitaban a las mismas personas con formularios distintos; un "
            "plan conjunto redujo la carga."
        ),
        "programme": "Coordinación de oferta para víctimas",
        "period": (2018, 2021),
        "levels": ["institucional"],
        "types": ["poblacional"],
        "sectors": ["victimas"],
        "stages": ["ejecucion"],
        "entity": "uariv",
        "departments": ["19", "27"],
        "tags": ["víctimas", "enfoque diferencial"],
        "age": 250,
        "context": (
            "En municipios del Cauca y el Chocó con mucha población víctima y administraciones "
            "pequeñas, cuatro entidades nacionales llegaban por separado a las mismas familias y a "
            "la misma oficina municipal."
        ),
        "done": (
            "La Unidad para las Víctimas acordó con las demás entidades un plan de asistencia "
            "conjunto por municipio: un calendario común de visitas, un formulario único de "
            "caracterización y un enlace municipal para todas."
        ),
        "worked": (
            "El formulario único y las visitas coordinadas: las familias respondieron una vez en "
            "lugar de cuatro, y el enlace municipal dejó de atender una delegación distinta cada "
            "semana."
        ),
        "did_not": (
            "Cada entidad siguió reportando en su propio sistema de información, y el enlace "
            "municipal digitaba los mismos datos hasta tres veces."
        ),
        "recommendation": (
            "Acordar desde el inicio el intercambio de datos entre los sistemas de las entidades, "
            "para que el municipio registre cada dato una sola vez."
        ),
    },
    {
        "title": "Virtualidad en la asistencia técnica durante la pandemia",
        "summary": (
            "La asistencia técnica virtual amplió la cobertura, pero excluyó a municipios con mala "
            "conectividad."
        ),
        "programme": "Asistencia técnica remota 2020",
        "period": (2020, 2021),
        "levels": ["humano"],
        "types": ["institucional"],
        "sectors": ["educacion", "salud"],
        "stages": ["ejecucion"],
        "entity": "esap",
        "departments": ["91", "97"],
        "municipalities": ["91001", "97001"],
        "tags": ["virtualidad", "conectividad"],
        "age": 350,
        "context": (
            "Con las restricciones de movilidad de 2020 se suspendió la asistencia técnica "
            "presencial, también en Amazonas y Vaupés, adonde solo se llega por aire o por río."
        ),
        "done": (
            "La ESAP pasó sus cursos y mesas de trabajo a sesiones en vivo de dos a tres horas, "
            "con un aula virtual para los materiales y las grabaciones."
        ),
        "worked": (
            "Grabar las sesiones y dejarlas en el aula: cerca de la mitad de las consultas se "
            "hicieron después, en horas de mejor conexión, y el número de inscritos se triplicó "
            "frente a 2019."
        ),
        "did_not": (
            "Las sesiones largas en vivo para quienes tenían mala conexión: en Leticia y Mitú "
            "menos de uno de cada tres inscritos terminó los cursos."
        ),
        "recommendation": (
            "Contenidos livianos y descargables, sesiones en vivo de menos de una hora y "
            "alternativas por radio o mensajería para los territorios sin buena conexión."
        ),
    },
    {
        "title": "Catastro multipropósito: asistencia técnica y recaudo predial",
        "summary": (
            "La actualización catastral elevó el recaudo donde se acompañó con cultura tributaria."
        ),
        "programme": "Catastro multipropósito",
        "period": (2019, 2023),
        "levels": ["institucional"],
        "types": ["sectorial"],
        "sectors": ["hacienda-publica", "ordenamiento-territorial"],
        "stages": ["ejecucion"],
        "entity": "dnp",
        "departments": ["68", "15"],
        "tags": ["catastro multipropósito", "predial"],
        "age": 80,
        "context": (
            "Municipios de Santander y Boyacá con el catastro desactualizado por más de diez años "
            "recaudaban poco predial, porque sus avalúos estaban muy por debajo del valor "
            "comercial de los predios."
        ),
        "done": (
            "En el marco de la política de catastro multipropósito (Documento CONPES 3958 de "
            "2019), los municipios actualizaron su catastro con un gestor catastral; en la mitad "
            "de ellos la actualización se acompañó con campañas de cultura tributaria."
        ),
        "worked": (
            "Explicar a los contribuyentes, antes de facturar, cuánto subiría su impuesto y en qué "
            "se usaría: donde hubo campaña, el recaudo de predial creció 38 % en dos años, frente "
            "a 9 % donde no la hubo, y hubo menos reclamaciones."
        ),
        "did_not": (
            "Actualizar el catastro sin ajustar a tiempo las tarifas del estatuto tributario: en "
            "varios municipios el impuesto subió de golpe, el concejo congeló las tarifas y el "
            "recaudo casi no cambió."
        ),
        "recommendation": (
            "Actualizar el catastro y el estatuto tributario al tiempo, con tarifas diferenciales "
            "y aumentos graduales, y comunicarlo antes de la primera factura."
        ),
    },
    {
        "title": "Educación: fortalecer secretarías certificadas con pares",
        "summary": (
            "El intercambio entre secretarías de educación certificadas funcionó mejor que la "
            "asesoría externa aislada."
        ),
        "programme": "Red de secretarías de educación",
        "period": (2017, 2019),
        "levels": ["humano", "institucional"],
        "types": ["sectorial"],
        "sectors": ["educacion"],
        "stages": ["ejecucion", "seguimiento-y-evaluacion"],
        "entity": "fedemunicipios",
        "departments": ["76", "05"],
        "tags": ["aprendizaje entre pares"],
        "age": 380,
        "context": (
            "Varias secretarías de educación certificadas del Valle del Cauca y Antioquia "
            "empezaron el periodo 2016–2019 con equipos nuevos, sin experiencia en la gestión de "
            "la matrícula, la planta docente y los recursos del SGP."
        ),
        "done": (
            "La Federación Colombiana de Municipios organizó pasantías de una semana: el equipo de "
            "una secretaría con dificultades visitaba a una par que ya había resuelto el mismo "
            "problema. Hubo 14 pasantías en tres años."
        ),
        "worked": (
            "Aprender de pares con problemas parecidos: en los meses siguientes, las secretarías "
            "visitantes adoptaron procedimientos concretos, como el cruce de la matrícula con la "
            "planta docente."
        ),
        "did_not": (
            "Sostener los intercambios: sin un rubro propio en el presupuesto de las secretarías, "
            "los viajes dependieron de la Federación y se suspendieron cuando terminó su "
            "financiación."
        ),
        "recommendation": (
            "Incluir las pasantías en el plan de acción y el presupuesto anual de cada secretaría, "
            "con un costo pequeño y un producto concreto por visita."
        ),
    },
]

# A practice's results: (indicator, before, after, unit, where to verify it).
PRACTICES = [
    {
        "title": "Mesa departamental de salud con secretarías municipales en Nariño",
        "summary": (
            "Una mesa mensual entre la gobernación y las secretarías de salud redujo los "
            "reprocesos en el reporte de indicadores."
        ),
        "levels": ["institucional"],
        "types": ["institucional"],
        "sectors": ["salud"],
        "stages": ["ejecucion", "seguimiento-y-evaluacion"],
        "entity": "gobernacion-de-narino",
        "departments": ["52"],
        "municipalities": ["52001", "52356"],
        "tags": ["mesas técnicas"],
        "age": 540,
        "status": "destacada",
        "problem": (
            "Las secretarías de salud de los 64 municipios de Nariño reportaban los indicadores de "
            "salud pública en formatos propios y en fechas distintas. Casi la mitad de los "
            "reportes trimestrales volvía con errores y el consolidado departamental se cerraba "
            "con semanas de retraso."
        ),
        "solution": (
            "Desde 2022 la Secretaría de Salud departamental reúne cada mes a los referentes "
            "municipales en una mesa virtual de dos horas con agenda fija: se revisan los "
            "indicadores, se resuelven dudas sobre un formato único de reporte y se acuerdan "
            "correcciones con fecha. Las subregiones con peor conectividad se reúnen cada "
            "trimestre en Pasto o en Ipiales."
        ),
        "indicators": [
            (
                "Reportes trimestrales devueltos por errores",
                "48",
                "12",
                "%",
                "Secretaría de Salud de Nariño, consolidados 2021 y 2024",
            ),
            (
                "Días para cerrar el consolidado departamental",
                "35",
                "12",
                "días",
                "Secretaría de Salud de Nariño",
            ),
        ],
        "conditions": (
            "Un referente de salud pública designado en cada municipio, conexión suficiente para "
            "una reunión virtual al mes y un formato único de reporte acordado con los municipios "
            "antes de empezar."
        ),
        "resources": (
            "Dos profesionales de la secretaría departamental con la mitad de su tiempo dedicada a "
            "la mesa y cuatro encuentros presenciales al año."
        ),
    },
    {
        "title": "Regalías para agua potable en la costa pacífica",
        "summary": (
            "Proyectos de acueductos veredales financiados con el Sistema General de Regalías y "
            "operados por juntas comunitarias."
        ),
        "levels": ["institucional"],
        "types": ["sectorial"],
        "sectors": ["agua-potable-y-saneamiento-basico"],
        "stages": ["programacion-presupuestal", "ejecucion"],
        "entity": "gobernacion-de-narino",
        "departments": ["52"],
        "municipalities": ["52835"],
        "tags": ["acueductos veredales", "regalías"],
        "age": 520,
        "status": "validada",
        "problem": (
            "En 14 veredas rurales de Tumaco la mayoría de los hogares tomaba agua de lluvia o de "
            "quebrada sin tratar, y dos proyectos de acueducto aprobados con regalías años antes "
            "no habían pasado de los estudios por fallas de formulación."
        ),
        "solution": (
            "Entre 2021 y 2023 la gobernación acompañó a la alcaldía a formular en la MGA tres "
            "proyectos de acueductos veredales con diseños completos y predios saneados, "
            "financiados con el Sistema General de Regalías. Cada sistema lo opera una junta "
            "administradora de agua de la comunidad, capacitada por el operador durante la obra y "
            "seis meses después."
        ),
        "indicators": [
            (
                "Hogares de las 14 veredas con agua apta para consumo",
                "35",
                "72",
                "%",
                "Informe final de interventoría y mediciones de calidad del agua de la "
                "Secretaría de Salud",
            ),
            (
                "Proyectos de acueducto aprobados que llegaron a operar",
                "0 de 2",
                "3 de 3",
                "",
                "Banco de proyectos del Sistema General de Regalías",
            ),
        ],
        "conditions": (
            "Juntas comunitarias organizadas y dispuestas a cobrar una tarifa, predios con la "
            "propiedad verificada antes de formular y un operador que acompañe la operación al "
            "menos seis meses después de la entrega."
        ),
        "resources": (
            "Un equipo formulador departamental de tres profesionales durante ocho meses, y "
            "recursos del Sistema General de Regalías para las tres obras y su interventoría."
        ),
    },
    {
        "title": "Tablero abierto de seguimiento al plan de desarrollo en Medellín",
        "summary": (
            "Publicar cada trimestre el avance de las metas del plan de desarrollo en un tablero "
            "abierto."
        ),
        "levels": ["gerencial"],
        "types": ["institucional"],
        "sectors": ["planeacion"],
        "stages": ["seguimiento-y-evaluacion", "rendicion-de-cuentas"],
        "entity": "gobernacion-de-antioquia",
        "departments": ["05"],
        "municipalities": ["05001"],
        "tags": ["datos abiertos", "tablero de control"],
        "age": 150,
        "status": "destacada",
        "problem": (
            "El avance del plan de desarrollo se conocía una vez al año, en un informe de más de "
            "200 páginas que llegaba tarde al concejo y casi nadie consultaba: unas 300 consultas "
            "por trimestre."
        ),
        "solution": (
            "La secretaría de planeación publica cada trimestre el avance de cada meta en un "
            "tablero abierto, con semáforo, responsable, presupuesto ejecutado y la evidencia que "
            "soporta el dato, y con los datos descargables en formato abierto. La Gobernación de "
            "Antioquia documentó la práctica y la acompaña en otros municipios del departamento."
        ),
        "indicators": [
            (
                "Consultas ciudadanas al avance del plan por trimestre",
                "300",
                "12.000",
                "",
                "Analítica web del tablero",
            ),
            (
                "Metas con evidencia publicada",
                "0",
                "94",
                "%",
                "Tablero de seguimiento del plan de desarrollo",
            ),
        ],
        "conditions": (
            "Un sistema de información de metas que ya funcione, un responsable del dato en cada "
            "secretaría y la decisión del despacho de publicar también las metas en rojo."
        ),
        "resources": (
            "Un analista de datos y un desarrollador web durante cuatro meses para montar el "
            "tablero; después, un día de trabajo por trimestre en cada secretaría."
        ),
    },
    {
        "title": "Escuela de hacienda pública para municipios de sexta categoría",
        "summary": (
            "Ciclos cortos de formación a tesoreros y secretarios de hacienda de Boyacá elevaron "
            "el índice de desempeño fiscal."
        ),
        "levels": ["humano"],
        "types": ["institucional"],
        "sectors": ["hacienda-publica"],
        "stages": ["programacion-presupuestal"],
        "entity": "gobernacion-de-boyaca",
        "departments": ["15"],
        "municipalities": ["15001", "15759"],
        "tags": ["IDF", "formación"],
        "age": 530,
        "status": "validada",
        "problem": (
            "En los municipios de sexta categoría de Boyacá los tesoreros y secretarios de "
            "hacienda cambiaban casi cada año, y los errores en la programación del presupuesto y "
            "en los reportes de ejecución bajaban su índice de desempeño fiscal."
        ),
        "solution": (
            "En 2022 la gobernación abrió una escuela para 38 municipios: seis sesiones mensuales "
            "de un día en Tunja (presupuesto, predial, cartera, reportes y marco fiscal) y una "
            "visita de acompañamiento entre sesión y sesión. Cada participante termina con el "
            "presupuesto o el estatuto de rentas de su municipio revisado."
        ),
        "indicators": [
            (
                "Índice de desempeño fiscal promedio de los 38 municipios",
                "58",
                "66",
                "puntos",
                "DNP, mediciones del IDF 2021 y 2023",
            ),
            (
                "Municipios con los reportes de ejecución a tiempo",
                "21 de 38",
                "35 de 38",
                "",
                "Contaduría General de la Nación",
            ),
        ],
        "conditions": (
            "Compromiso escrito de los alcaldes para liberar a sus funcionarios un día al mes y un "
            "equipo departamental de hacienda que pueda visitar a los municipios entre sesiones."
        ),
        "resources": (
            "Cuatro profesionales de la Secretaría de Hacienda departamental, un salón en Tunja y "
            "los viáticos de las visitas."
        ),
    },
    {
        "title": "Brigadas de salud rural con enfoque étnico en Tumaco",
        "summary": (
            "Brigadas concertadas con consejos comunitarios llevaron vacunación y control prenatal "
            "a zonas rurales dispersas."
        ),
        "levels": ["institucional", "humano"],
        "types": ["poblacional", "institucional"],
        "sectors": ["salud"],
        "stages": ["ejecucion"],
        "entity": "gobernacion-de-narino",
        "departments": ["52"],
        "municipalities": ["52835"],
        "tags": ["enfoque diferencial", "salud rural"],
        "age": 95,
        "status": "propuesta",
        "problem": (
            "En las veredas ribereñas de Tumaco, sin puesto de salud y a horas en lancha del casco "
            "urbano, solo el 61 % de los menores de un año tenía el esquema de vacunación al día y "
            "muchas gestantes no iban a control prenatal."
        ),
        "solution": (
            "La secretaría de salud y los consejos comunitarios acordaron un calendario de "
            "brigadas cada dos meses, con vacunadores, un médico y una enfermera, guías locales "
            "que conocen los esteros y horarios que respetan las faenas de pesca. Los consejos "
            "convocan a las familias y prestan sus espacios comunitarios."
        ),
        "indicators": [
            (
                "Menores de un año con esquema de vacunación al día en las veredas atendidas",
                "61",
                "88",
                "%",
                "Programa Ampliado de Inmunizaciones departamental",
            ),
            (
                "Gestantes con cuatro o más controles prenatales",
                "39",
                "67",
                "%",
                "Registros de la ESE y de las brigadas",
            ),
        ],
        "conditions": (
            "Acuerdos previos con los consejos comunitarios, transporte fluvial asegurado todo el "
            "año y un equipo de salud dispuesto a jornadas de dos o tres días en el territorio."
        ),
        "resources": (
            "Dos lanchas con motorista contratadas por jornada, el equipo extramural de la ESE y "
            "el apoyo logístico de los consejos comunitarios."
        ),
    },
    {
        "title": "Banco de proyectos municipal compartido en el Cauca",
        "summary": (
            "Municipios vecinos comparten un banco de proyectos y formuladores para acceder a "
            "fuentes de financiación."
        ),
        "levels": ["institucional"],
        "types": ["institucional"],
        "sectors": ["planeacion"],
        "stages": ["programacion-presupuestal"],
        "entity": "gobernacion-del-cauca",
        "departments": ["19"],
        "municipalities": ["19001", "19698", "19256", "19821"],
        "tags": ["banco de proyectos", "asociatividad"],
        "age": 480,
        "status": "validada",
        "problem": (
            "Santander de Quilichao, El Tambo y Toribío no tenían formuladores de planta y perdían "
            "convocatorias de regalías y de cofinanciación por proyectos mal formulados: entre los "
            "tres viabilizaban unos cuatro proyectos al año."
        ),
        "solution": (
            "Los tres municipios y Popayán crearon un equipo de formulación compartido, contratado "
            "por su esquema asociativo con sede en Popayán, que formula y ajusta proyectos para "
            "todos con un banco común y turnos acordados. La gobernación revisa cada proyecto "
            "antes de radicarlo."
        ),
        "indicators": [
            (
                "Proyectos viabilizados al año en los tres municipios",
                "4",
                "19",
                "",
                "Banco de proyectos del esquema asociativo",
            ),
            (
                "Proyectos devueltos por la instancia de viabilidad",
                "60",
                "15",
                "%",
                "Banco de proyectos del esquema asociativo",
            ),
        ],
        "conditions": (
            "Un esquema asociativo constituido (Ley 1454 de 2011), aportes anuales de cada "
            "municipio fijados por convenio y reglas claras de turno entre municipios."
        ),
        "resources": (
            "Cinco formuladores y un coordinador pagados con aportes de los municipios en "
            "proporción a sus ingresos corrientes."
        ),
    },
    {
        "title": "Rendición de cuentas con jóvenes en Santander",
        "summary": (
            "Audiencias preparadas con consejos de juventud que traducen el informe de gestión a "
            "formatos cortos."
        ),
        "levels": ["gerencial"],
        "types": ["poblacional"],
        "sectors": ["planeacion"],
        "stages": ["rendicion-de-cuentas"],
        "entity": "funcion-publica",
        "departments": ["68"],
        "tags": ["participación", "juventud"],
        "age": 500,
        "status": "propuesta",
        "problem": (
            "Las audiencias de rendición de cuentas de los municipios participantes reunían unas "
            "40 personas, casi todas funcionarios y contratistas, y terminaban sin preguntas del "
            "público."
        ),
        "solution": (
            "Los consejos municipales de juventud coorganizan la rendición de cuentas: convierten "
            "el informe de gestión en videos cortos y piezas para redes, recogen preguntas en "
            "colegios y barrios durante el mes anterior y moderan una parte de la audiencia. La "
            "alcaldía responde por escrito las preguntas que no alcanzan a tratarse."
        ),
        "indicators": [
            ("Asistentes por audiencia", "40", "320", "personas", "Actas de las audiencias"),
            (
                "Preguntas ciudadanas recibidas por audiencia",
                "3",
                "85",
                "",
                "Actas de las audiencias",
            ),
        ],
        "conditions": (
            "Un consejo municipal de juventud elegido y activo (Ley 1622 de 2013), un enlace de la "
            "alcaldía que atienda sus solicitudes y dos meses de preparación antes de la "
            "audiencia."
        ),
        "resources": (
            "Transporte y refrigerios para los jóvenes y un equipo de grabación para los videos."
        ),
    },
    {
        "title": "Plan de empalme digital en municipios del Putumayo",
        "summary": (
            "Un expediente digital de empalme evitó que la nueva administración empezara de cero."
        ),
        "levels": ["humano", "institucional"],
        "types": ["institucional"],
        "sectors": ["planeacion"],
        "stages": ["ejecucion"],
        "entity": "fnd",
        "departments": ["86"],
        "municipalities": ["86001"],
        "tags": ["empalme", "gestión del conocimiento"],
        "age": 290,
        "status": "validada",
        "problem": (
            "En el cambio de gobierno de 2020, las administraciones entrantes de varios municipios "
            "del Putumayo no encontraron contratos, informes ni bases de datos de la anterior, y "
            "dedicaron sus primeros meses a reconstruirlos."
        ),
        "solution": (
            "Para el empalme de 2023, con acompañamiento de la FND, seis municipios encabezados "
            "por Mocoa armaron un expediente digital por dependencia en la nube institucional: "
            "inventario de procesos, contratos vigentes, procesos judiciales y bases de datos, con "
            "un índice común. Los equipos entrantes tuvieron acceso desde noviembre y firmaron las "
            "actas de empalme sobre ese expediente."
        ),
        "indicators": [
            (
                "Contratos vigentes identificados en el empalme",
                "60",
                "100",
                "%",
                "Actas de empalme 2019 y 2023",
            ),
            (
                "Días entre la posesión y la radicación del plan de desarrollo en el concejo",
                "118",
                "86",
                "días",
                "Secretaría de Planeación de Mocoa",
            ),
        ],
        "conditions": (
            "Almacenamiento en la nube con cuentas a nombre de la entidad y no de personas, y un "
            "responsable del empalme en cada dependencia desde tres meses antes del cambio de "
            "gobierno."
        ),
        "resources": (
            "Las cuentas institucionales de correo y almacenamiento que ya tenía cada alcaldía y "
            "dos talleres de la FND con los equipos salientes."
        ),
    },
    {
        "title": "Atención a víctimas con ventanilla única en Quibdó",
        "summary": (
            "Un punto único de atención coordina la oferta de varias entidades para la población "
            "víctima."
        ),
        "levels": ["institucional"],
        "types": ["poblacional"],
        "sectors": ["victimas"],
        "stages": ["ejecucion"],
        "entity": "uariv",
        "departments": ["27"],
        "municipalities": ["27001"],
        "tags": ["ventanilla única", "víctimas"],
        "age": 210,
        "status": "validada",
        "problem": (
            "La población víctima de Quibdó recorría la alcaldía, la personería, la Unidad para "
            "las Víctimas y otras entidades para un mismo trámite, y en cada una le pedían los "
            "mismos documentos."
        ),
        "solution": (
            "La alcaldía, la personería y la Unidad para las Víctimas abrieron un punto único de "
            "atención con agenda compartida: un orientador recibe a la persona, revisa su caso y "
            "la cita el mismo día con las entidades que necesita, que atienden por turnos en el "
            "mismo lugar."
        ),
        "indicators": [
            (
                "Tiempo promedio para completar un trámite",
                "5 días",
                "1 día",
                "",
                "Registro de atención del punto único",
            ),
            (
                "Personas atendidas al mes",
                "420",
                "1.150",
                "personas",
                "Registro de atención del punto único",
            ),
        ],
        "conditions": (
            "Un convenio entre las entidades que fije horarios y turnos, un sistema de turnos "
            "común y un local con acceso para personas con discapacidad."
        ),
        "resources": (
            "El local lo aporta la alcaldía; cada entidad asigna un funcionario a sus turnos y la "
            "Unidad para las Víctimas financia el sistema de turnos."
        ),
    },
    {
        "title": "Actualización del estatuto tributario con acompañamiento departamental",
        "summary": (
            "Municipios de Antioquia actualizaron su estatuto tributario con un modelo tipo y "
            "asesoría de la gobernación."
        ),
        "levels": ["institucional"],
        "types": ["institucional"],
        "sectors": ["hacienda-publica"],
        "stages": ["programacion-presupuestal"],
        "entity": "gobernacion-de-antioquia",
        "departments": ["05"],
        "municipalities": ["05045", "05837"],
        "tags": ["estatuto tributario", "recaudo"],
        "age": 160,
        "status": "destacada",
        "problem": (
            "Apartadó y Turbo aplicaban estatutos tributarios de hacía más de quince años, con "
            "tarifas y procedimientos que no recogían las reformas nacionales y que los "
            "contribuyentes demandaban con éxito."
        ),
        "solution": (
            "La gobernación preparó un modelo de estatuto tributario municipal actualizado y "
            "acompañó a cada alcaldía con un abogado tributarista en tres tareas: ajustar el "
            "modelo a la economía local, socializarlo con los comerciantes y acompañar el trámite "
            "del acuerdo en el concejo."
        ),
        "indicators": [
            (
                "Contribuyentes de industria y comercio inscritos en los dos municipios",
                "6.800",
                "10.900",
                "",
                "Secretarías de hacienda de Apartadó y Turbo",
            ),
            (
                "Crecimiento real anual del recaudo de industria y comercio",
                "1",
                "17",
                "%",
                "Ejecuciones presupuestales reportadas a la CUIPO",
            ),
        ],
        "conditions": (
            "Un concejo dispuesto a tramitar el acuerdo en un solo periodo de sesiones, una base "
            "de contribuyentes depurada y un abogado con experiencia en tributación territorial."
        ),
        "resources": (
            "Un abogado tributarista de la gobernación por municipio durante seis meses y el apoyo "
            "de las cámaras de comercio para socializar el estatuto."
        ),
    },
    {
        "title": "Seguimiento al MIPG con autodiagnóstico en Cundinamarca",
        "summary": (
            "Un equipo departamental acompaña el autodiagnóstico del MIPG y prioriza planes de "
            "mejora municipales."
        ),
        "levels": ["institucional"],
        "types": ["institucional"],
        "sectors": ["planeacion"],
        "stages": ["seguimiento-y-evaluacion"],
        "entity": "funcion-publica",
        "departments": ["25"],
        "tags": ["MIPG", "FURAG"],
        "age": 470,
        "status": "propuesta",
        "problem": (
            "Veinte municipios pequeños de Cundinamarca diligenciaban el FURAG cada año sin plan "
            "de mejora, y su índice de desempeño institucional promedio no pasaba de 54 puntos."
        ),
        "solution": (
            "Un equipo de cuatro asesores de la gobernación, con apoyo de Función Pública, "
            "acompañó a los 20 municipios en el autodiagnóstico de tres políticas del MIPG y "
            "acordó con cada uno un plan de mejora de no más de diez acciones, revisado cada "
            "trimestre en su comité de gestión y desempeño."
        ),
        "indicators": [
            (
                "Índice de desempeño institucional promedio de los 20 municipios",
                "54",
                "63",
                "puntos",
                "FURAG",
            ),
            (
                "Municipios con plan de mejora aprobado por su comité",
                "3 de 20",
                "18 de 20",
                "",
                "Actas de los comités institucionales de gestión y desempeño",
            ),
        ],
        "conditions": (
            "Un jefe de control interno o de planeación que lidere el proceso en cada municipio y "
            "un comité institucional de gestión y desempeño que sesione con regularidad."
        ),
        "resources": (
            "Cuatro asesores departamentales, cada uno con cinco municipios y una visita mensual a "
            "cada uno."
        ),
    },
    {
        "title": "Red de asesores territoriales de educación en el Valle del Cauca",
        "summary": (
            "Docentes directivos formados como asesores acompañan a municipios no certificados."
        ),
        "levels": ["humano"],
        "types": ["sectorial"],
        "sectors": ["educacion"],
        "stages": ["ejecucion"],
        "entity": "fedemunicipios",
        "departments": ["76"],
        "tags": ["aprendizaje entre pares"],
        "age": 330,
        "status": "validada",
        "problem": (
            "Los 34 municipios no certificados del Valle del Cauca dependen de la secretaría "
            "departamental de educación, que no alcanzaba a acompañar a sus establecimientos: solo "
            "el 30 % tenía al día su plan de mejoramiento institucional."
        ),
        "solution": (
            "La secretaría departamental, con apoyo de la Federación Colombiana de Municipios, "
            "formó a 24 rectores y coordinadores como asesores pares, con un día a la semana de "
            "descarga académica, para visitar cada dos meses establecimientos de otros municipios "
            "y acompañar su autoevaluación y su plan de mejoramiento."
        ),
        "indicators": [
            (
                "Establecimientos con plan de mejoramiento institucional al día",
                "30",
                "81",
                "%",
                "Secretaría de Educación del Valle del Cauca",
            ),
            (
                "Establecimientos con al menos una visita de acompañamiento al año",
                "45",
                "172",
                "",
                "Secretaría de Educación del Valle del Cauca",
            ),
        ],
        "conditions": (
            "Docentes directivos con descarga académica para asesorar, transporte para las visitas "
            "y una secretaría departamental que reconozca el trabajo de los asesores en su "
            "evaluación."
        ),
        "resources": (
            "La descarga académica de los 24 asesores, los viáticos de las visitas y dos "
            "encuentros anuales de la red."
        ),
    },
]

# Each item links to the portal of the entity that publishes it, unless it names a better link.
RELATED_LINKS = {
    "dnp": ("https://www.dnp.gov.co/", "Departamento Nacional de Planeación"),
    "funcion-publica": ("https://www.funcionpublica.gov.co/", "Función Pública"),
    "esap": ("https://www.esap.edu.co/", "Escuela Superior de Administración Pública"),
    "fedemunicipios": ("https://www.fcm.org.co/", "Federación Colombiana de Municipios"),
    "fnd": ("https://www.fnd.org.co/", "Federación Nacional de Departamentos"),
    "giz": ("https://www.giz.de/", "Cooperación Alemana (GIZ)"),
    "gobernacion-de-antioquia": ("https://antioquia.gov.co/", "Gobernación de Antioquia"),
    "gobernacion-de-boyaca": ("https://www.boyaca.gov.co/", "Gobernación de Boyacá"),
    "gobernacion-de-narino": ("https://narino.gov.co/", "Gobernación de Nariño"),
    "gobernacion-del-cauca": ("https://www.cauca.gov.co/", "Gobernación del Cauca"),
    "minhacienda": ("https://www.minhacienda.gov.co/", "Ministerio de Hacienda y Crédito Público"),
    "uariv": ("https://www.unidadvictimas.gov.co/", "Unidad para las Víctimas"),
}
