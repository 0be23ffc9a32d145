"""The community demo's content: spaces and a year of conversations among the demo's people.

A thread's `when` is days ago or a calendar moment ("01-27": the last 27 January), see
`demo.rhythm`; each post after the first says how many working hours after the previous one it
came. `solution` is the index of the post that solved a question; `flag` is (reporter, post
index, reason) of a report the moderator has not handled yet.
"""

# slug, title, visibility, summary
SPACES = [
    ("hacienda-territorial", "Hacienda territorial", "publico",
     "Recaudo, catastro multipropósito, FUT y deuda de departamentos y municipios."),
    ("planeacion-y-pdt", "Planeación y PDT", "publico",
     "Formulación, seguimiento y evaluación de los planes de desarrollo territorial."),
    ("contratacion-publica", "Contratación pública", "publico",
     "SECOP II, modalidades de selección, supervisión y liquidación de contratos."),
    ("mipg-y-control-interno", "MIPG y control interno", "publico",
     "FURAG, autodiagnósticos, planes de mejoramiento y control interno en las entidades."),
    ("victimas-y-enfoque-diferencial", "Víctimas y enfoque diferencial", "publico",
     "Planes de acción territorial, mesas de participación y atención a grupos étnicos."),
    ("region-pacifico", "Región Pacífico", "privado",
     "Espacio reservado para las entidades que prestan asistencia técnica en el Pacífico."),
]  # fmt: skip
RULES = (
    "<ul><li>Respete a las demás personas y sus entidades.</li>"
    "<li>No publique datos personales ni información reservada.</li>"
    "<li>Marque como solución la respuesta que resolvió su pregunta.</li></ul>"
)
# Who besides the authors follows each space (the private one: only who works in the Pacífico).
READERS = {
    "hacienda-territorial": ["ymontenegro", "snino", "aperdomo", "marrieta", "ycarrascal",
                             "mpacheco", "berazo", "lgalvis"],
    "planeacion-y-pdt": ["cvalencia", "lordonez", "lgalvis", "fcuchimba", "mzapata", "jguerrero",
                         "cchamorro", "tmorales", "gsanchez", "wbarrera", "editor", "jurado"],
    "contratacion-publica": ["nrenteria", "ycarrascal", "eguzman", "rvilladiego", "kardila"],
    "mipg-y-control-interno": ["acastillo", "pvallejo", "lordonez", "gsanchez", "mpacheco"],
    "victimas-y-enfoque-diferencial": ["hcaicedo", "cchamorro", "kardila", "acastillo"],
    "region-pacifico": ["miembro", "jguerrero", "hcaicedo", "dpalacios", "acastillo"],
}  # fmt: skip

THREADS = [
    # Hacienda territorial --------------------------------------------------------------------
    {"space": "hacienda-territorial", "when": 355, "category": "recurso", "pinned": True,
     "title": "Bienvenida y normas del espacio de hacienda territorial",
     "posts": [
         ("moderador", 0,
          "Este espacio reúne a secretarías de hacienda y entidades de asistencia técnica. "
          "Antes de preguntar, revise las guías de la **biblioteca**; si su pregunta es sobre "
          "el FUT o el catastro, indique el municipio y su categoría."),
     ]},
    {"space": "hacienda-territorial", "when": "02-17", "category": "pregunta", "solution": 1,
     "title": "¿Cómo mejorar el recaudo del predial con un catastro desactualizado?",
     "posts": [
         ("miembro", 0,
          "En Ipiales el avalúo catastral no se actualiza hace más de diez años y el recaudo "
          "del impuesto predial apenas cubre la mitad de lo proyectado en el marco fiscal de "
          "mediano plazo. ¿Qué han hecho otros municipios de categoría 4 a 6?"),
         ("esap", 3,
          "La política de ATT identifica la **baja capacidad para generar ingresos propios** "
          "como una brecha central. Tres pasos que han funcionado:\n\n"
          "1. Depurar la base de contribuyentes con la información de la ORIP.\n"
          "2. Pedir al gestor catastral la actualización por zonas, empezando por la urbana.\n"
          "3. Ofrecer descuentos por pronto pago acordados por el concejo."),
         ("wbarrera", 22,
          "En Sogamoso hicimos lo del punto 1 con dos contratistas durante tres meses: "
          "encontramos 1.800 predios con propietario desactualizado. Solo eso subió el recaudo "
          "un 12 %."),
         ("miembro", 4, "Gracias a los dos. Vamos a empezar por la depuración con la ORIP."),
     ]},
    {"space": "hacienda-territorial", "when": "04-21", "category": "experiencia",
     "title": "Nuestra experiencia reportando el FUT a tiempo",
     "posts": [
         ("jurado", 0,
          "Con la FND acompañamos a doce municipios en el reporte del Formulario Único "
          "Territorial. Lo que más ayudó fue un calendario compartido con la secretaría de "
          "planeación y una persona responsable por categoría del formulario."),
         ("ymontenegro", 26,
          "En Túquerres el problema era que nadie validaba antes de enviar. Ahora la tesorería "
          "revisa la categoría de ingresos y planeación la de inversión, un día antes del "
          "cierre del CHIP."),
     ]},
    {"space": "hacienda-territorial", "when": "07-21", "category": "pregunta", "solution": 1,
     "title": "Estatuto tributario: ¿alguien lo actualizó con acompañamiento de la gobernación?",
     "posts": [
         ("aperdomo", 0,
          "En Neiva el estatuto es de 2009. El concejo pide un modelo antes de discutirlo. "
          "¿Alguna gobernación tiene un estatuto tipo?"),
         ("mzapata", 5,
          "Antioquia tiene un modelo tipo y acompaña el trámite ante el concejo; la práctica "
          "está en la biblioteca: *Actualización del estatuto tributario con acompañamiento "
          "departamental*. Escríbanos a la Dirección de Hacienda y les compartimos el modelo."),
         ("aperdomo", 3, "Perfecto, ya lo descargué. Lo llevamos a la comisión de hacienda."),
     ]},
    {"space": "hacienda-territorial", "when": "08-19", "category": "pregunta",
     "title": "Cobro coactivo de industria y comercio en municipios pequeños",
     "posts": [
         ("rvilladiego", 0,
          "Tenemos cartera de ICA de cinco vigencias y no hay abogado de planta para el cobro "
          "coactivo. ¿Lo contratan afuera o lo asume la tesorería?"),
         ("wbarrera", 6,
          "Nosotros lo asumimos con un profesional de planta y un manual de cobro adoptado por "
          "decreto. Contratarlo por porcentaje de recaudo trae problemas con la Contraloría."),
         ("snino", 20,
          "Desde la gobernación de Boyacá damos una jornada de cobro persuasivo antes del "
          "coactivo: recupera más de lo que uno cree."),
     ]},
    {"space": "hacienda-territorial", "when": "10-14", "category": "pregunta", "solution": 2,
     "title": "Proyecto de presupuesto de la próxima vigencia: plazos con el concejo",
     "posts": [
         ("marrieta", 0,
          "Es mi primer año en la secretaría. ¿Hasta cuándo hay plazo para radicar el proyecto "
          "de presupuesto en el concejo y qué anexos piden?"),
         ("rvilladiego", 4,
          "Revise su estatuto orgánico de presupuesto municipal: casi todos dicen los primeros "
          "diez días de noviembre. Anexe el POAI y el marco fiscal de mediano plazo."),
         ("esap", 5,
          "Complemento: el curso **Presupuesto público territorial** de la ESAP tiene un módulo "
          "sobre la presentación al concejo. Y que el plan financiero coincida con el MFMP, que "
          "es lo primero que revisan."),
     ]},
    {"space": "hacienda-territorial", "when": "12-02", "category": "pregunta", "solution": 1,
     "title": "Cierre presupuestal: ¿reservas o cuentas por pagar?",
     "posts": [
         ("ymontenegro", 0,
          "Tenemos contratos de obra que no se terminan antes del 31 de diciembre. ¿Los "
          "dejamos como reserva presupuestal o como cuenta por pagar?"),
         ("esap", 3,
          "Si el bien o servicio no se recibió, es **reserva presupuestal**; si ya se recibió y "
          "falta el pago, **cuenta por pagar**. Las reservas deben ser excepcionales y "
          "justificadas."),
         ("rvilladiego", 2, "Y ojo: constitúyalas por acto administrativo antes del 20 de enero."),
     ]},
    # Planeación y PDT ------------------------------------------------------------------------
    {"space": "planeacion-y-pdt", "when": "01-20", "category": "pregunta",
     "title": "Plan de acción anual: ¿cómo lo amarran al plan indicativo?",
     "posts": [
         ("ldiaz", 0,
          "Cada secretaría arma su plan de acción por su lado y luego no cuadra con el plan "
          "indicativo. ¿Cómo lo hacen en otros municipios?"),
         ("lordonez", 5,
          "En el Cauca pedimos que cada plan de acción parta de las metas de producto del plan "
          "indicativo, con el mismo código. Sin código, no entra al consejo de gobierno."),
     ]},
    {"space": "planeacion-y-pdt", "when": "01-27", "category": "pregunta",
     "title": "¿Cómo articular el PDT con la oferta de asistencia técnica nacional?",
     "posts": [
         ("miembro", 0,
          "Estamos ajustando el plan de desarrollo y recibimos ofertas de asistencia de varias "
          "entidades del orden nacional que se cruzan entre sí. ¿Cómo las ordenan otros "
          "municipios para que respondan a las metas del plan?"),
         ("editor", 4,
          "El CONPES de ATT propone precisamente una **caracterización de la demanda** desde el "
          "territorio: identifique primero las brechas de capacidad de su entidad (humana, "
          "institucional, gerencial) y pida a cada oferente que diga a qué meta del PDT "
          "contribuye."),
         ("jlozano", 24,
          "En Pitalito hicimos una matriz oferente por meta y la presentamos en el consejo de "
          "gobierno. Dos ofertas se cayeron porque no respondían a ninguna meta."),
     ]},
    {"space": "planeacion-y-pdt", "when": "03-10", "category": "pregunta", "solution": 1,
     "title": "Banco de proyectos: ¿con qué equipo formulan en la MGA?",
     "posts": [
         ("fcuchimba", 0,
          "En Toribío solo tenemos un profesional que formula y los proyectos se quedan en la "
          "MGA sin terminar. ¿Cómo lo resuelven municipios pequeños?"),
         ("rmunoz", 6,
          "Miren la práctica *Banco de proyectos municipal compartido en el Cauca*: varios "
          "municipios comparten un equipo formulador a través de la asociación."),
         ("lordonez", 3,
          "Desde la gobernación acompañamos ese esquema; les paso el contacto por mensaje."),
     ]},
    {"space": "planeacion-y-pdt", "when": "07-28", "category": "pregunta",
     "title": "Seguimiento trimestral al plan indicativo: ¿quién reporta en su alcaldía?",
     "posts": [
         ("mpacheco", 0,
          "En Ocaña cada secretaría reporta cuando quiere. ¿Quién consolida el seguimiento en "
          "su municipio y con qué fecha de corte?"),
         ("cvalencia", 7,
          "En Rionegro consolida planeación, con corte al último día del trimestre y diez días "
          "hábiles para reportar. El tablero se publica después del consejo de gobierno."),
         ("mzapata", 21,
          "El tablero de Medellín que está en la biblioteca funciona igual; vale la pena ver "
          "cómo publican el avance."),
     ]},
    {"space": "planeacion-y-pdt", "when": "09-23", "category": "pregunta",
     "title": "Resultados de la MDM: bajamos en movilización de recursos",
     "posts": [
         ("tmorales", 0,
          "Chaparral bajó en el componente de movilización de recursos de la MDM. ¿Alguien "
          "sabe si pesa más el recaudo propio o la ejecución del SGR?"),
         ("gsanchez", 5,
          "Pesan los ingresos tributarios y no tributarios per cápita y la ejecución de "
          "recursos propios. El curso **Medición del Desempeño Municipal** del DNP lo explica "
          "con ejemplos."),
     ]},
    {"space": "planeacion-y-pdt", "when": 20, "category": "evento",
     "title": "Taller virtual: seguimiento a las metas del plan de desarrollo",
     "posts": [
         ("esap", 0,
          "La ESAP invita al taller virtual sobre tableros de seguimiento a metas del PDT, "
          "dirigido a secretarías de planeación de municipios de categorías 5 y 6."),
         ("cchamorro", 5, "¿Queda grabado? En Mocoa tenemos consejo de gobierno ese día."),
         ("esap", 2, "Sí, la grabación queda en el aula virtual durante un mes."),
     ]},
    {"space": "planeacion-y-pdt", "when": 4, "category": "pregunta",
     "title": "¿Cómo reprogramar metas del PDT cuando el recaudo no alcanza?",
     "posts": [
         ("kardila", 0,
          "En Barrancabermeja el recaudo quedó por debajo de lo proyectado y hay metas que no "
          "se van a cumplir. ¿Se ajustan por decreto o hay que pasar por el concejo?"),
         ("osuarez", 3,
          "Si cambia el plan plurianual de inversiones, pasa por el concejo. Si solo se "
          "reprograma la meta anual dentro del cuatrienio, basta el plan de acción."),
         ("wortiz", 20,
          "Ofrezco asesoría privada para reformular su PDT en una semana, con garantía de "
          "aprobación. Escríbame a mi correo personal."),
     ],
     "flag": ("kardila", 2, "Publicidad de servicios privados")},
    # Contratación pública --------------------------------------------------------------------
    {"space": "contratacion-publica", "when": "01-13", "category": "pregunta", "solution": 1,
     "title": "SECOP II: contratos de prestación de servicios de enero",
     "posts": [
         ("dgomez", 0,
          "En enero firmamos más de cien contratos de prestación de servicios. ¿Cómo hacen "
          "otros municipios para publicarlos a tiempo en el SECOP II?"),
         ("aortega", 4,
          "Creen los procesos en borrador en diciembre, con los estudios previos listos, y "
          "asignen un usuario comprador por dependencia. En Ibagué así no se nos acumulan."),
         ("nrenteria", 26, "Nos sirvió. En Istmina lo vamos a probar en la próxima vigencia."),
     ]},
    {"space": "contratacion-publica", "when": "05-05", "category": "experiencia",
     "title": "Un formato de informe de supervisión que sí revisa control interno",
     "posts": [
         ("aortega", 0,
          "Compartimos el formato de informe de supervisión que acordamos con control interno: "
          "una hoja por obligación contractual, con la evidencia enlazada."),
         ("eguzman", 24,
          "Muy bueno. En Santander de Quilichao le agregamos la fecha de cada pago para cruzar "
          "con tesorería."),
     ]},
    {"space": "contratacion-publica", "when": "08-26", "category": "pregunta",
     "title": "Convenios solidarios con juntas de acción comunal para vías terciarias",
     "posts": [
         ("elosada", 0,
          "¿Alguien ha hecho convenios solidarios con juntas de acción comunal para "
          "mantenimiento de vías? ¿Qué tope de cuantía usan?"),
         ("tmorales", 8,
          "En Chaparral sí, con la mínima cuantía como referencia y la junta con personería "
          "vigente. La interventoría la hace la secretaría de infraestructura."),
     ]},
    {"space": "contratacion-publica", "when": 2, "category": "pregunta",
     "title": "Cierre de contratos antes de fin de año: ¿qué liquidar primero?",
     "posts": [
         ("nmendoza", 0,
          "Tenemos muchos contratos por liquidar antes de diciembre. ¿Por cuáles empiezan?"),
         ("aortega", 3,
          "Primero los que tienen saldos por liberar, para que el presupuesto no los arrastre; "
          "luego los de obra con actas de recibo."),
     ]},
    # MIPG y control interno ------------------------------------------------------------------
    {"space": "mipg-y-control-interno", "when": "02-24", "category": "pregunta", "solution": 1,
     "title": "FURAG: ¿qué soportes piden para la política de integridad?",
     "posts": [
         ("eguzman", 0,
          "Estamos respondiendo el FURAG y no sabemos qué evidencia guardar para la política "
          "de integridad. ¿Qué les han pedido?"),
         ("vrodriguez", 4,
          "El código de integridad adoptado por acto administrativo, las actas de "
          "socialización y la evaluación de su apropiación. En Soacha guardamos todo en una "
          "carpeta por política."),
         ("moderador", 20,
          "Dejo el enlace al curso **MIPG y FURAG para entidades territoriales** de Función "
          "Pública, que trae la lista de evidencias por política."),
     ]},
    {"space": "mipg-y-control-interno", "when": "05-19", "category": "experiencia",
     "title": "Autodiagnóstico del MIPG con la gobernación: nuestra experiencia",
     "posts": [
         ("vrodriguez", 0,
          "Hicimos el autodiagnóstico con el equipo departamental: tres jornadas y un plan de "
          "mejora de diez acciones. El índice subió nueve puntos en un año."),
         ("pvallejo", 28, "¿El plan de mejora lo aprobó el comité institucional?"),
         ("vrodriguez", 2, "Sí, en el comité de gestión y desempeño, con seguimiento trimestral."),
     ]},
    {"space": "mipg-y-control-interno", "when": 11, "category": "pregunta",
     "title": "Plan de mejoramiento de la Contraloría y plan de acción del MIPG: ¿uno o dos?",
     "posts": [
         ("ycarrascal", 0,
          "La Contraloría nos dejó hallazgos y ya teníamos plan de mejora del MIPG. ¿Los "
          "unifican o los llevan por separado?"),
         ("eguzman", 6,
          "Por separado: el de la Contraloría tiene formato y plazos propios. Pero crucen las "
          "acciones para no duplicar esfuerzos."),
     ]},
    # Víctimas y enfoque diferencial ----------------------------------------------------------
    {"space": "victimas-y-enfoque-diferencial", "when": "04-14", "category": "pregunta",
     "title": "Plan de acción territorial de víctimas: ¿cómo lo armonizan con el PDT?",
     "posts": [
         ("dpalacios", 0,
          "En Quibdó el PAT de víctimas quedó con metas que no están en el plan de desarrollo. "
          "¿Cómo lo corrigieron en otros municipios?"),
         ("nrenteria", 5,
          "En Istmina lo llevamos al comité de justicia transicional con la matriz de metas del "
          "PDT al lado. Se ajustó en dos sesiones."),
         ("editor", 24,
          "La lección *Asistencia a víctimas del conflicto: coordinar la oferta nacional* de la "
          "biblioteca trae un caso parecido."),
     ]},
    {"space": "victimas-y-enfoque-diferencial", "when": "09-09", "category": "pregunta",
     "title": "Concertación con autoridades wayuu para proyectos de agua",
     "posts": [
         ("yepiayu", 0,
          "Vamos a formular un proyecto de agua en rancherías de Riohacha. ¿Cómo organizan la "
          "concertación con las autoridades tradicionales?"),
         ("jguerrero", 7,
          "En Tumaco lo hicimos con los consejos comunitarios: primero la agenda con ellos, "
          "después la visita técnica, y un acta firmada por cada autoridad."),
     ]},
    {"space": "victimas-y-enfoque-diferencial", "when": 6, "category": "pregunta",
     "title": "Mesa de participación de víctimas: ¿cómo cubren el transporte?",
     "posts": [
         ("nrenteria", 0,
          "Los delegados de la mesa viven en zona rural y no alcanzan a llegar. ¿Cómo "
          "financian el transporte en su municipio?"),
         ("dpalacios", 4,
          "Lo dejamos en el presupuesto de la secretaría de gobierno como apoyo a la "
          "participación, con resolución que fija el valor por delegado."),
     ]},
    # Región Pacífico (private) ---------------------------------------------------------------
    {"space": "region-pacifico", "when": 75, "category": "experiencia",
     "title": "Coordinación de la asistencia técnica en el Pacífico nariñense",
     "posts": [
         ("moderador", 0,
          "Propongo que cada entidad registre aquí sus visitas previstas a Tumaco, Barbacoas y "
          "Olaya Herrera para no repetir convocatorias a los mismos equipos."),
         ("miembro", 5,
          "De acuerdo. Desde Ipiales podemos compartir el diagnóstico de capacidades que "
          "hicimos con la Gobernación de Nariño."),
         ("jguerrero", 22, "En Tumaco recibimos cuatro visitas distintas en un mes. De acuerdo."),
     ]},
    {"space": "region-pacifico", "when": 9, "category": "evento",
     "title": "Visitas de la gobernación a Tumaco y Barbacoas",
     "posts": [
         ("acastillo", 0,
          "La Secretaría de Salud de Nariño visita Tumaco el martes y Barbacoas el jueves de la "
          "próxima semana. ¿Algún tema que quieran sumar a la agenda?"),
         ("jguerrero", 4, "El reporte de indicadores de la mesa de salud, por favor."),
         ("hcaicedo", 6, "Si pueden, inviten a Buenaventura: tenemos el mismo lío con el PAI."),
     ]},
]  # fmt: skip
