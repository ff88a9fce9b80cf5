<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BankTerms</name>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Strengthening</source>
        <translation>Fortalecimiento</translation>
    </message>
    <message>
        <source>Nerve mobility</source>
        <translation>Movilidad nerviosa</translation>
    </message>
    <message>
        <source>Aerobic</source>
        <translation>Aeróbico</translation>
    </message>
    <message>
        <source>Posture &amp; rest</source>
        <translation>Postura y descanso</translation>
    </message>
    <message>
        <source>Lying on back</source>
        <translation>Tumbado boca arriba</translation>
    </message>
    <message>
        <source>Lying on front</source>
        <translation>Tumbado boca abajo</translation>
    </message>
    <message>
        <source>Side lying</source>
        <translation>Tumbado de lado</translation>
    </message>
    <message>
        <source>On all fours</source>
        <translation>A cuatro patas</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>De rodillas</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>In water</source>
        <translation>En el agua</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Esterilla</translation>
    </message>
    <message>
        <source>Cushion</source>
        <translation>Cojín</translation>
    </message>
    <message>
        <source>Pillow</source>
        <translation>Almohada</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Toalla</translation>
    </message>
    <message>
        <source>Strap</source>
        <translation>Cinta</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Silla</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Pared</translation>
    </message>
    <message>
        <source>Stationary bike</source>
        <translation>Bicicleta estática</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Piscina</translation>
    </message>
    <message>
        <source>Supportive shoes</source>
        <translation>Calzado que sujete bien</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Espejo</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Nalga</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Punzante</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Ardor</translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Dolor sordo</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Hormigueo</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>Cramping</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <source>Heaviness</source>
        <translation>Pesadez</translation>
    </message>
    <message>
        <source>Spasm</source>
        <translation>Espasmo</translation>
    </message>
    <message>
        <source>Hot or cold</source>
        <translation>Calor o frío</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Autocuidado</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Professional care</source>
        <translation>Atención profesional</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Evitar</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgencias</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>See a doctor</source>
        <translation>Consulta al médico</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Guía clínica</translation>
    </message>
    <message>
        <source>Health service</source>
        <translation>Servicio de salud</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Revista científica</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universidad</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>ContactSheet</name>
    <message numerus="yes">
        <source>Lumbar Relief: every exercise&apos;s key pose (%n)</source>
        <translation>
            <numerusform>Lumbar Relief: la postura clave de cada ejercicio (%n)</numerusform>
            <numerusform>Lumbar Relief: la postura clave de cada ejercicio (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No figure yet</source>
        <translation>Aún no hay figura</translation>
    </message>
</context>
<context>
    <name>DetailPageBuilder</name>
    <message>
        <source>low authority: supporting detail only</source>
        <translation>fuente de poca autoridad: solo como dato complementario</translation>
    </message>
    <message>
        <source>supporting detail only</source>
        <translation>solo como dato complementario</translation>
    </message>
    <message>
        <source>Source: </source>
        <translation>Fuente: </translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation>Fuentes: </translation>
    </message>
    <message>
        <source>Also called: </source>
        <translation>También llamado: </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start position</source>
        <translation>Posición inicial</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <source>⚠ Stop straight away if…</source>
        <translation>⚠ Detente de inmediato si…</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>What it can help</source>
        <translation>En qué puede ayudar</translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation>Por qué ayuda</translation>
    </message>
    <message>
        <source>Related exercises</source>
        <translation>Ejercicios relacionados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 ejercicio</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 ejercicios</translation>
    </message>
    <message>
        <source>⚠ Emergency — act now</source>
        <translation>⚠ Urgencias — actúa ahora</translation>
    </message>
    <message>
        <source>Urgent — get medical help today</source>
        <translation>Urgente — busca ayuda médica hoy</translation>
    </message>
    <message>
        <source>See a doctor — book an appointment</source>
        <translation>Consulta al médico — pide cita</translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation>Qué hacer: </translation>
    </message>
    <message>
        <source>Common symptoms: </source>
        <translation>Síntomas frecuentes: </translation>
    </message>
    <message>
        <source>Exercises often suggested: </source>
        <translation>Ejercicios que se suelen recomendar: </translation>
    </message>
    <message>
        <source>Care notes: </source>
        <translation>Notas de cuidado: </translation>
    </message>
    <message>
        <source>Modify or avoid</source>
        <translation>Modificar o evitar</translation>
    </message>
    <message>
        <source>Sources differ here:</source>
        <translation>Las fuentes no coinciden en esto:</translation>
    </message>
    <message>
        <source>Symptoms &amp; care</source>
        <translation>Síntomas y cuidados</translation>
    </message>
    <message>
        <source>Check the warning signs first. Then read about the common causes of a pinched nerve and what helps.</source>
        <translation>Revisa primero las señales de alarma. Después lee sobre las causas frecuentes de un nervio pinzado y sobre lo que ayuda.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <source>Care notes</source>
        <translation>Notas de cuidado</translation>
    </message>
    <message>
        <source>Warning signs: when to get help</source>
        <translation>Señales de alarma: cuándo buscar ayuda</translation>
    </message>
    <message>
        <source>The content bank has no warning signs.</source>
        <translation>El banco de contenidos no tiene señales de alarma.</translation>
    </message>
    <message>
        <source>The content bank has no conditions.</source>
        <translation>El banco de contenidos no tiene afecciones.</translation>
    </message>
    <message>
        <source>The content bank has no care notes.</source>
        <translation>El banco de contenidos no tiene notas de cuidado.</translation>
    </message>
    <message>
        <source>Lumbar Relief</source>
        <translation>Lumbar Relief</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Exercises and care information for people with a pinched nerve in the lower back (sciatica), and for the physical therapists who treat them.</source>
        <translation>Ejercicios e información sobre cuidados para personas con un nervio pinzado en la zona lumbar (ciática) y para los fisioterapeutas que las tratan.</translation>
    </message>
    <message>
        <source>Education, not diagnosis.</source>
        <translation>Educación, no diagnóstico.</translation>
    </message>
    <message>
        <source>This app explains and guides; it does not diagnose or treat you. Check with your doctor or physical therapist before you start, and get help straight away if you have any of the warning signs.</source>
        <translation>Esta app explica y guía; no te diagnostica ni te trata. Consulta con tu médico o fisioterapeuta antes de empezar y busca ayuda de inmediato si tienes alguna de las señales de alarma.</translation>
    </message>
    <message>
        <source>The content bank has no sources.</source>
        <translation>El banco de contenidos no tiene fuentes.</translation>
    </message>
    <message>
        <source>⚠ Check these warning signs</source>
        <translation>⚠ Revisa estas señales de alarma</translation>
    </message>
    <message>
        <source>You marked both legs. Symptoms in both legs at once can be a sign of pressure on the nerves that also serve the bladder and bowel.</source>
        <translation>Has marcado las dos piernas. Tener síntomas en las dos piernas a la vez puede ser señal de presión sobre los nervios que también controlan la vejiga y el intestino.</translation>
    </message>
    <message>
        <source>What you marked can go with these. Is any of them true for you?</source>
        <translation>Lo que has marcado puede ir acompañado de estas señales. ¿Te pasa alguna de ellas?</translation>
    </message>
    <message>
        <source>If yes, get medical help before any exercise. </source>
        <translation>Si es así, busca ayuda médica antes de hacer ningún ejercicio. </translation>
    </message>
    <message>
        <source>Answer them in the check to see what to do now</source>
        <translation>Respóndelas en la comprobación para ver qué hacer ahora</translation>
    </message>
    <message>
        <source>What the guide suggests</source>
        <translation>Lo que sugiere la guía</translation>
    </message>
    <message>
        <source>You marked: %1</source>
        <translation>Has marcado: %1</translation>
    </message>
    <message>
        <source>This is education, not a diagnosis. It shows what the app&apos;s sources say about pictures like yours; only a clinician who examines you can say what is causing it.</source>
        <translation>Esto es información educativa, no un diagnóstico. Muestra lo que dicen las fuentes de la app sobre cuadros como el tuyo; solo un profesional sanitario que te examine puede decir qué lo causa.</translation>
    </message>
    <message>
        <source>First, the warning signs.</source>
        <translation>Primero, las señales de alarma.</translation>
    </message>
    <message>
        <source>You have not answered all the warning-sign questions yet. They matter more than anything below.</source>
        <translation>Aún no has respondido a todas las preguntas sobre señales de alarma. Importan más que todo lo que aparece a continuación.</translation>
    </message>
    <message>
        <source>Check for warning signs</source>
        <translation>Comprobar señales de alarma</translation>
    </message>
    <message>
        <source>You answered yes to a warning sign. Get medical help as the notice above says before trying any exercise.</source>
        <translation>Has respondido que sí a una señal de alarma. Busca ayuda médica como indica el aviso de arriba antes de probar ningún ejercicio.</translation>
    </message>
    <message>
        <source>Nothing in the app&apos;s content matches that combination. Try marking where you feel it without a feeling, or a feeling without a place, and read the conditions and care notes.</source>
        <translation>Nada en el contenido de la app coincide con esa combinación. Prueba a marcar dónde lo notas sin elegir cómo es, o cómo es sin elegir dónde, y lee las afecciones y las notas de cuidado.</translation>
    </message>
    <message>
        <source>You marked the lower back only. Back pain with nothing in the leg is more often ordinary low back pain than sciatica; the exercises and care notes below still apply.</source>
        <translation>Solo has marcado la zona lumbar. El dolor de espalda sin nada en la pierna suele ser un dolor lumbar común más que ciática; los ejercicios y las notas de cuidado de abajo te siguen sirviendo.</translation>
    </message>
    <message>
        <source>What commonly causes this</source>
        <translation>Qué suele causar esto</translation>
    </message>
    <message>
        <source>Fits what you marked: </source>
        <translation>Encaja con lo que has marcado: </translation>
    </message>
    <message>
        <source>Exercises to try</source>
        <translation>Ejercicios para probar</translation>
    </message>
    <message>
        <source>suggested for %1</source>
        <translation>recomendado para %1</translation>
    </message>
    <message>
        <source>Start gently. Stop any exercise that sends pain further down your leg.</source>
        <translation>Empieza con suavidad. Detén cualquier ejercicio que haga bajar el dolor más por la pierna.</translation>
    </message>
    <message>
        <source>Routines to try</source>
        <translation>Rutinas para probar</translation>
    </message>
    <message>
        <source>%1 of its %2 exercises are suggested for you</source>
        <translation>%1 de sus %2 ejercicios están recomendados para ti</translation>
    </message>
    <message>
        <source>Includes %1: see “Change or leave out” below.</source>
        <translation>Incluye %1: consulta “Cambiar o quitar” más abajo.</translation>
    </message>
    <message>
        <source>Change or leave out</source>
        <translation>Cambiar o quitar</translation>
    </message>
    <message>
        <source>Care notes that apply</source>
        <translation>Notas de cuidado que se aplican</translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation>Cuándo ir al médico</translation>
    </message>
    <message>
        <source>Straight away for any warning sign (see the check). Book an appointment if any of these is true:</source>
        <translation>De inmediato ante cualquier señal de alarma (consulta la comprobación). Pide cita si se cumple alguna de estas:</translation>
    </message>
    <message>
        <source>⚠ Left out for you: it is marked</source>
        <translation>⚠ Se deja fuera para ti: está marcado</translation>
    </message>
    <message>
        <source>Emergency numbers and services are shown for: %1. Change this under Settings → Region.</source>
        <translation>Los números y servicios de emergencia que se muestran son los de: %1. Puedes cambiarlo en Ajustes → Región.</translation>
    </message>
    <message numerus="yes">
        <source>Left out for you: %n exercise(s) of this routine</source>
        <translation>
            <numerusform>Se deja fuera para ti: %n ejercicio de esta rutina</numerusform>
            <numerusform>Se dejan fuera para ti: %n ejercicios de esta rutina</numerusform>
        </translation>
    </message>
    <message>
        <source>The player leaves out an exercise that made your symptoms worse until you clear its mark in the library, once your therapist says it is right for you.</source>
        <translation>El reproductor deja fuera un ejercicio que empeoró tus síntomas hasta que quites su marca en la biblioteca, cuando tu fisioterapeuta diga que es adecuado para ti.</translation>
    </message>
    <message>
        <source>Marked for you:</source>
        <translation>Marcado para ti:</translation>
    </message>
    <message>
        <source>it made your symptoms worse. Leave it out until your therapist has looked at it; your routines leave it out.</source>
        <translation>empeoró tus síntomas. Déjalo fuera hasta que tu fisioterapeuta lo haya revisado; tus rutinas lo dejan fuera.</translation>
    </message>
    <message>
        <source>Exercises and routines to try are shown once you have sought medical help for the warning sign you answered yes to.</source>
        <translation>Los ejercicios y rutinas para probar se muestran cuando hayas buscado ayuda médica por la señal de alarma a la que respondiste que sí.</translation>
    </message>
</context>
<context>
    <name>DosageWords</name>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <translation>
            <numerusform>%1 minuto</numerusform>
            <numerusform>%1 minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 second(s)</source>
        <translation>
            <numerusform>%1 segundo</numerusform>
            <numerusform>%1 segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>once or twice</comment>
        <translation>%1 o %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 time(s)</source>
        <translation>
            <numerusform>%1 vez</numerusform>
            <numerusform>%1 veces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day</source>
        <comment>how often: once a day, 3 times a day</comment>
        <translation>%1 al día</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>Mantén %1</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <comment>3 times each side</comment>
        <translation>%1 por cada lado</translation>
    </message>
    <message>
        <source>%1, alternating sides</source>
        <comment>3 times, alternating sides</comment>
        <translation>%1, alternando los lados</translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n second(s) each</source>
        <comment>10 times, about 5 seconds each</comment>
        <translation>
            <numerusform>%1, alrededor de %n segundo cada una</numerusform>
            <numerusform>%1, unos %n segundos cada una</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) per movement</source>
        <translation>
            <numerusform>Alrededor de %n segundo por movimiento</numerusform>
            <numerusform>Unos %n segundos por movimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 set(s)</source>
        <translation>
            <numerusform>%1 serie</numerusform>
            <numerusform>%1 series</numerusform>
        </translation>
    </message>
    <message>
        <source>Rest %1 s between reps</source>
        <translation>Descansa %1 s entre repeticiones</translation>
    </message>
    <message>
        <source>Rest %1 s between sets</source>
        <translation>Descansa %1 s entre series</translation>
    </message>
    <message>
        <source>As long as is comfortable</source>
        <translation>Todo el tiempo que te resulte cómodo</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>no hold</source>
        <translation>sin mantener</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>no sides</source>
        <translation>sin lados</translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation>alternando los lados</translation>
    </message>
    <message>
        <source>each side in turn</source>
        <translation>primero un lado y luego el otro</translation>
    </message>
    <message>
        <source>no rest</source>
        <translation>sin descanso</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>no indicado</translation>
    </message>
</context>
<context>
    <name>ExerciseImport</name>
    <message>
        <source>Nothing imported</source>
        <translation>No se ha importado nada</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for an exercise collection (the whole free-exercise-db is about 1 MB).</source>
        <translation>“%1” es demasiado grande para una colección de ejercicios (toda free-exercise-db ocupa alrededor de 1 MB).</translation>
    </message>
    <message>
        <source>No exercises were imported from “%1”: %2.

Nothing was changed.</source>
        <translation>No se ha importado ningún ejercicio de “%1”: %2.

No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Entry %1%2: %3</source>
        <translation>Entrada %1%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exercise(s) into your bank folder, as %1.</source>
        <translation>
            <numerusform>Se ha importado %n ejercicio a tu carpeta del banco, como %1.</numerusform>
            <numerusform>Se han importado %n ejercicios a tu carpeta del banco, como %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be imported; see the details.</source>
        <translation>
            <numerusform>No se pudo importar %n entrada; consulta los detalles.</numerusform>
            <numerusform>No se pudieron importar %n entradas; consulta los detalles.</numerusform>
        </translation>
    </message>
    <message>
        <source>They come from a general fitness collection: check with your clinician that an exercise suits your back before you try it.</source>
        <translation>Vienen de una colección general de ejercicio físico: antes de probar un ejercicio, consulta con tu profesional sanitario si le conviene a tu espalda.</translation>
    </message>
    <message>
        <source>Exercises imported</source>
        <translation>Ejercicios importados</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exercise(s) from free-exercise-db.</source>
        <translation>
            <numerusform>Se ha importado %n ejercicio de free-exercise-db.</numerusform>
            <numerusform>Se han importado %n ejercicios de free-exercise-db.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigurePainter</name>
    <message>
        <source>Lumbar Relief exercise figure</source>
        <translation>Figura de ejercicio de Lumbar Relief</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>LUMBAR RELIEF · HOME EXERCISE PROGRAMME</source>
        <translation>LUMBAR RELIEF · PROGRAMA DE EJERCICIOS EN CASA</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Frecuencia:</translation>
    </message>
    <message>
        <source>Exercises:</source>
        <translation>Ejercicios:</translation>
    </message>
    <message>
        <source>Notes from your therapist</source>
        <translation>Notas de tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Do each exercise gently and within comfort. Stop any exercise that makes pain spread further down your leg, and tell your therapist.</source>
        <translation>Haz cada ejercicio con suavidad y sin pasar de lo cómodo. Detén cualquier ejercicio que haga que el dolor se extienda más por la pierna y díselo a tu fisioterapeuta.</translation>
    </message>
    <message>
        <source>This sheet is education, not a diagnosis or a treatment plan on its own. Follow the advice of the clinician who gave it to you.</source>
        <translation>Esta hoja es información educativa; por sí sola no es un diagnóstico ni un plan de tratamiento. Sigue los consejos del profesional sanitario que te la dio.</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>Get emergency help now if the answer to any of these is yes</source>
        <translation>Pide ayuda de urgencias ahora si respondes que sí a cualquiera de estas preguntas</translation>
    </message>
    <message>
        <source>Speak to a doctor today if the answer to any of these is yes</source>
        <translation>Habla hoy con un médico si respondes que sí a cualquiera de estas preguntas</translation>
    </message>
    <message>
        <source>This exercise is not in the content in use.</source>
        <translation>Este ejercicio no está en el contenido que se está usando.</translation>
    </message>
    <message>
        <source>Your therapist:</source>
        <translation>Tu fisioterapeuta:</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <source>Stop if:</source>
        <translation>Detente si:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>hecho en parte</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>stopped: made it worse</source>
        <translation>detenido: lo empeoraba</translation>
    </message>
    <message>
        <source>better: closer to the back</source>
        <translation>mejor: más cerca de la espalda</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>worse: further down the leg</source>
        <translation>peor: más abajo en la pierna</translation>
    </message>
    <message>
        <source>%1 of %2 exercises done</source>
        <translation>%1 de %2 ejercicios hechos</translation>
    </message>
    <message>
        <source>Single exercise</source>
        <translation>Ejercicio suelto</translation>
    </message>
    <message>
        <source>not finished (the app closed)</source>
        <translation>sin terminar (la app se cerró)</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>detenida antes de tiempo</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>pain %1</source>
        <translation>dolor %1</translation>
    </message>
    <message>
        <source>symptoms %1</source>
        <translation>síntomas %1</translation>
    </message>
    <message>
        <source>symptoms %1 (%2)</source>
        <translation>síntomas %1 (%2)</translation>
    </message>
    <message>
        <source>symptoms spread: talk to your therapist</source>
        <translation>los síntomas se extendieron: habla con tu fisioterapeuta</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
</context>
<context>
    <name>OwnRoutines</name>
    <message>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <source>Exercises chosen from the library.</source>
        <translation>Ejercicios elegidos de la biblioteca.</translation>
    </message>
    <message>
        <source>The person who made it, as agreed with their clinician.</source>
        <translation>La persona que la creó, según lo acordado con su profesional sanitario.</translation>
    </message>
    <message>
        <source>Could not save the routine</source>
        <translation>No se pudo guardar la rutina</translation>
    </message>
    <message>
        <source>“%1” could not be added to “%2”: %3

Nothing was changed.</source>
        <translation>No se pudo añadir “%1” a “%2”: %3

No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Added “%1” to your routine “%2”.</source>
        <translation>Se ha añadido “%1” a tu rutina “%2”.</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <source>Routine not deleted</source>
        <translation>Rutina no eliminada</translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>No se pudo eliminar “%1”: %2</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash.</source>
        <translation>Se ha movido “%1” a la papelera.</translation>
    </message>
</context>
<context>
    <name>PlayerText</name>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>one minute</source>
        <translation>un minuto</translation>
    </message>
    <message>
        <source>one second</source>
        <translation>un segundo</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation>Colócate en posición</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Suelta</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Muévete</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Sigue</translation>
    </message>
    <message>
        <source>At your own pace</source>
        <translation>A tu ritmo</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Switch side</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descansa entre series</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Next: set %1 of %2</source>
        <translation>Siguiente: serie %1 de %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Serie %1 de %2</translation>
    </message>
    <message>
        <source>Read the steps and get into the starting position. Press Next when you are ready.</source>
        <translation>Lee los pasos y colócate en la posición inicial. Pulsa Siguiente cuando quieras empezar.</translation>
    </message>
    <message>
        <source>Ease into the position slowly.</source>
        <translation>Entra en la posición despacio.</translation>
    </message>
    <message>
        <source>Hold still and keep breathing.</source>
        <translation>No te muevas y sigue respirando.</translation>
    </message>
    <message>
        <source>Slowly come back out of the stretch.</source>
        <translation>Sal del estiramiento despacio.</translation>
    </message>
    <message>
        <source>Keep a smooth, steady rhythm.</source>
        <translation>Mantén un ritmo suave y constante.</translation>
    </message>
    <message>
        <source>Press Next if you finish sooner.</source>
        <translation>Pulsa Siguiente si terminas antes.</translation>
    </message>
    <message>
        <source>Do %1 at your own pace, then press Next.</source>
        <translation>Haz %1 a tu ritmo y luego pulsa Siguiente.</translation>
    </message>
    <message>
        <source>Take as long as you need, then press Next.</source>
        <translation>Tómate el tiempo que necesites y luego pulsa Siguiente.</translation>
    </message>
    <message>
        <source>Relax and breathe.</source>
        <translation>Relájate y respira.</translation>
    </message>
    <message>
        <source>Change to your %1.</source>
        <translation>Cambia al %1.</translation>
    </message>
    <message>
        <source>%1. Get ready.</source>
        <translation>%1. Prepárate.</translation>
    </message>
    <message>
        <source>First exercise: %1. Get ready.</source>
        <translation>Primer ejercicio: %1. Prepárate.</translation>
    </message>
    <message>
        <source>Next exercise: %1. Get ready.</source>
        <translation>Siguiente ejercicio: %1. Prepárate.</translation>
    </message>
    <message>
        <source>Get into position.</source>
        <translation>Colócate en posición.</translation>
    </message>
    <message>
        <source>Get into position, %1.</source>
        <translation>Colócate en posición, %1.</translation>
    </message>
    <message>
        <source>Hold for %1.</source>
        <translation>Mantén durante %1.</translation>
    </message>
    <message>
        <source>Release.</source>
        <translation>Suelta.</translation>
    </message>
    <message>
        <source>Start moving, nice and steady.</source>
        <translation>Empieza a moverte, suave y constante.</translation>
    </message>
    <message>
        <source>Keep going for %1.</source>
        <translation>Sigue durante %1.</translation>
    </message>
    <message>
        <source>Go at your own pace, and press Next when you&apos;re done.</source>
        <translation>Ve a tu ritmo y pulsa Siguiente cuando termines.</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Descansa.</translation>
    </message>
    <message>
        <source>Rest before the next set.</source>
        <translation>Descansa antes de la siguiente serie.</translation>
    </message>
    <message>
        <source>Switch to your %1.</source>
        <translation>Pasa al %1.</translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation>Vas por la mitad.</translation>
    </message>
    <message>
        <source>Well done. That&apos;s the end of the routine.</source>
        <translation>Muy bien. Has terminado la rutina.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Symptoms spread</source>
        <translation>Síntomas extendidos</translation>
    </message>
    <message>
        <source>Pain before and after each session (0–10)</source>
        <translation>Dolor antes y después de cada sesión (0–10)</translation>
    </message>
    <message>
        <source>How far down the leg symptoms reached</source>
        <translation>Hasta dónde bajaron los síntomas</translation>
    </message>
    <message>
        <source>Activities you find hard (0 cannot do – 10 as before)</source>
        <translation>Actividades difíciles (0 nada – 10 como antes)</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>LUMBAR RELIEF · PROGRESS SUMMARY</source>
        <translation>LUMBAR RELIEF · RESUMEN DE PROGRESO</translation>
    </message>
    <message>
        <source>How the last %1 went</source>
        <translation>Cómo han ido los últimos %1</translation>
    </message>
    <message>
        <source>%1 to %2 · made on %3 · kept by the patient on their own computer</source>
        <translation>Del %1 al %2 · creado el %3 · guardado por el paciente en su propio ordenador</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Sessions (%1 finished, %2 stopped early, %3 not finished)</source>
        <translation>Sesiones (%1 terminadas, %2 detenidas antes de tiempo, %3 sin terminar)</translation>
    </message>
    <message>
        <source>Current streak (longest %1)</source>
        <translation>Racha actual (la más larga: %1)</translation>
    </message>
    <message>
        <source>Pain before sessions, first week → last week (0–10)</source>
        <translation>Dolor antes de las sesiones, primera semana → última semana (0–10)</translation>
    </message>
    <message>
        <source>Pain before sessions, last week (0–10)</source>
        <translation>Dolor antes de las sesiones, última semana (0–10)</translation>
    </message>
    <message>
        <source>Lowest point symptoms reached</source>
        <translation>Punto más bajo al que llegaron los síntomas</translation>
    </message>
    <message>
        <source>Symptoms reached, first → latest (%1)</source>
        <translation>Hasta dónde llegaron los síntomas, primero → último (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sesiones</translation>
    </message>
    <message>
        <source>Pain eased by a session, on average</source>
        <translation>Alivio medio del dolor por sesión</translation>
    </message>
    <message>
        <source>Symptoms spread or new numbness (the app said stop)</source>
        <translation>Síntomas extendidos o entumecimiento nuevo (la app indicó parar)</translation>
    </message>
    <message>
        <source>Keeping to the routines</source>
        <translation>Cumplimiento de las rutinas</translation>
    </message>
    <message>
        <source>No routine was done in this period.</source>
        <translation>No se hizo ninguna rutina en este periodo.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Done of planned</source>
        <translation>Hechas de las previstas</translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation>%1 al día</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3%)</translation>
    </message>
    <message>
        <source>Activities the patient finds hard (Patient-Specific Functional Scale)</source>
        <translation>Actividades que al paciente le resultan difíciles (Escala Funcional Específica del Paciente, PSFS)</translation>
    </message>
    <message>
        <source>No activity was rated in this period.</source>
        <translation>No se valoró ninguna actividad en este periodo.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>First rating</source>
        <translation>Primera valoración</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source> (no longer rated)</source>
        <translation> (ya no se valora)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>The mean of the scores changed by %1 over the period (higher is better).</source>
        <translation>La media de las puntuaciones cambió %1 durante el periodo (más alto es mejor).</translation>
    </message>
    <message>
        <source>Exercises marked as making things worse</source>
        <translation>Ejercicios marcados por empeorar los síntomas</translation>
    </message>
    <message>
        <source>symptoms spread to %1</source>
        <translation>los síntomas se extendieron hasta %1</translation>
    </message>
    <message>
        <source>symptoms spread further down the leg</source>
        <translation>los síntomas bajaron más por la pierna</translation>
    </message>
    <message>
        <source>new numbness or weakness</source>
        <translation>entumecimiento o debilidad nuevos</translation>
    </message>
    <message>
        <source>stopped as making it worse</source>
        <translation>detenido porque empeoraba los síntomas</translation>
    </message>
    <message>
        <source>The patient&apos;s latest notes</source>
        <translation>Últimas notas del paciente</translation>
    </message>
    <message>
        <source>Recorded by the patient in Lumbar Relief: a record to discuss, not a diagnosis.</source>
        <translation>Registrado por el paciente en Lumbar Relief: un registro para comentar, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation>Página 1 de 1</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Resumen de progreso</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>There is no folder for the history on this computer.</source>
        <translation>No hay ninguna carpeta para el historial en este ordenador.</translation>
    </message>
    <message>
        <source>Your history cannot be kept: %1</source>
        <translation>No se puede guardar tu historial: %1</translation>
    </message>
    <message>
        <source>Your history was written by a newer version of Lumbar Relief, so this version leaves it untouched and keeps no history. Update the app to see and add to it. (%1)</source>
        <translation>Tu historial lo escribió una versión más reciente de Lumbar Relief, así que esta versión no lo toca y no guarda historial. Actualiza la app para verlo y seguir añadiendo datos. (%1)</translation>
    </message>
    <message>
        <source>Your history could not be opened: %1</source>
        <translation>No se pudo abrir tu historial: %1</translation>
    </message>
    <message>
        <source>Could not move %1 aside.</source>
        <translation>No se pudo apartar %1.</translation>
    </message>
    <message>
        <source>Your history could not be read (%1) and could not be moved aside, so it was left as it is and no history is kept.</source>
        <translation>No se pudo leer tu historial (%1) ni apartarlo, así que se ha dejado como estaba y no se guarda historial.</translation>
    </message>
    <message>
        <source>Your history could not be read (%1). It was moved aside to %2, so nothing in it is lost, and a new history was started.</source>
        <translation>No se pudo leer tu historial (%1). Se ha apartado a %2, así que no se pierde nada, y se ha empezado un historial nuevo.</translation>
    </message>
    <message>
        <source>There is no folder for your routines on this computer.</source>
        <translation>No hay ninguna carpeta para tus rutinas en este ordenador.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Another European Union country</source>
        <translation>Otro país de la Unión Europea</translation>
    </message>
    <message>
        <source>Latin America</source>
        <translation>Latinoamérica</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Otro lugar</translation>
    </message>
    <message>
        <source>call your local emergency number, or go straight to the nearest hospital emergency department</source>
        <translation>llama al número de emergencias de tu zona o ve directamente a las urgencias del hospital más cercano</translation>
    </message>
    <message>
        <source>contact your doctor, or your local out-of-hours medical service if the surgery is closed</source>
        <translation>ponte en contacto con tu médico o, si la consulta está cerrada, con el servicio médico de urgencias fuera de horario de tu zona</translation>
    </message>
</context>
<context>
    <name>RoutineSharing</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir “%1”: %2</translation>
    </message>
    <message>
        <source>Exported “%1” as %2.</source>
        <translation>Se ha exportado “%1” como %2.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>No se pudo leer “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s), so nothing was saved. The details list each one with where it is.</source>
        <translation>
            <numerusform>“%1” tiene %n problema, así que no se ha guardado nada. En los detalles verás cuál es y dónde está.</numerusform>
            <numerusform>“%1” tiene %n problemas, así que no se ha guardado nada. En los detalles verás cada uno y dónde está.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved from “%1”: %2.</source>
        <translation>No se ha guardado nada de “%1”: %2.</translation>
    </message>
    <message>
        <source>Your bank folder could not be made.</source>
        <translation>No se pudo crear tu carpeta del banco.</translation>
    </message>
    <message>
        <source>The routine&apos;s exercises could not be saved: %1</source>
        <translation>No se pudieron guardar los ejercicios de la rutina: %1</translation>
    </message>
    <message>
        <source>The routine could not be saved: %1</source>
        <translation>No se pudo guardar la rutina: %1</translation>
    </message>
    <message>
        <source>Imported the routine “%1”.</source>
        <translation>Se ha importado la rutina “%1”.</translation>
    </message>
    <message>
        <source>“%1” has problems.</source>
        <translation>“%1” tiene problemas.</translation>
    </message>
</context>
<context>
    <name>RoutineStore</name>
    <message>
        <source>there is no such routine of yours</source>
        <translation>esa rutina no está entre las tuyas</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::AboutDialog</name>
    <message>
        <source>About Lumbar Relief</source>
        <translation>Acerca de Lumbar Relief</translation>
    </message>
    <message>
        <source>What the app is, its version, and the sources of its content.</source>
        <translation>Qué es la aplicación, su versión y las fuentes de su contenido.</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::AccessibleAnnouncer</name>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Routine finished. Well done.</source>
        <translation>Rutina terminada. ¡Bien hecho!</translation>
    </message>
    <message>
        <source>Routine stopped.</source>
        <translation>Rutina detenida.</translation>
    </message>
    <message>
        <source>Going on: %1, %2 left</source>
        <translation>Seguimos: %1, quedan %2</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lumbar::ui::AppearanceMenu</name>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Aspecto</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Text is at %1% of the system&apos;s size</source>
        <translation>El texto está al %1 % del tamaño del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Lumbar Relief will be in %1 the next time it starts.</source>
        <translation>Lumbar Relief estará en %1 la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>&amp;Region (emergency numbers)</source>
        <translation>&amp;Región (números de emergencia)</translation>
    </message>
    <message>
        <source>Where you live: the warning signs give that region&apos;s emergency number and services</source>
        <translation>Dónde vives: las señales de alarma indican el número de emergencias y los servicios de esa región</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::BodyMap</name>
    <message>
        <source>Body map: where you feel it</source>
        <translation>Mapa del cuerpo: dónde lo notas</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Nalga</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <source>Lower leg and calf</source>
        <translation>Pierna y pantorrilla</translation>
    </message>
    <message>
        <source>Foot and toes</source>
        <translation>Pie y dedos</translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation>%1 (lado izquierdo)</translation>
    </message>
    <message>
        <source>Right %1</source>
        <translation>%1 (lado derecho)</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>De frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>De espaldas</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Nothing marked yet.</source>
        <translation>Aún no hay nada marcado.</translation>
    </message>
    <message>
        <source>Marked: %1.</source>
        <translation>Marcado: %1.</translation>
    </message>
    <message>
        <source>On: %1 (%2). Arrow keys move, Space marks or unmarks. %3</source>
        <translation>Posición: %1 (%2). Las flechas te mueven; Espacio marca o desmarca. %3</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>sin marcar</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::CarePage</name>
    <message>
        <source>Check for warning signs…</source>
        <translation>Comprobar señales de alarma…</translation>
    </message>
    <message>
        <source>Symptoms and care</source>
        <translation>Síntomas y cuidados</translation>
    </message>
    <message>
        <source>Answer the warning-sign questions: if any answer is yes, you will see what to do now</source>
        <translation>Responde a las preguntas sobre señales de alarma: si alguna respuesta es sí, verás qué hacer ahora</translation>
    </message>
    <message>
        <source>Symptoms guide</source>
        <translation>Guía de síntomas</translation>
    </message>
    <message>
        <source>Conditions &amp;&amp; care notes</source>
        <translation>Afecciones y notas de cuidado</translation>
    </message>
    <message>
        <source>Mark where you feel it and what it feels like</source>
        <translation>Marca dónde lo notas y cómo es</translation>
    </message>
    <message>
        <source>Warning signs, the common causes of a pinched nerve, and what helps</source>
        <translation>Señales de alarma, las causas frecuentes de un nervio pinzado y lo que ayuda</translation>
    </message>
    <message>
        <source>The common causes of sciatica and what helps, with the sources. Tab moves between its links.</source>
        <translation>Las causas habituales de la ciática y lo que ayuda, con las fuentes. Tab pasa de un enlace a otro.</translation>
    </message>
    <message>
        <source>Left and Right switch between the symptoms guide and the conditions and care notes.</source>
        <translation>Las flechas izquierda y derecha cambian entre la guía de síntomas y las afecciones y notas de cuidados.</translation>
    </message>
    <message>
        <source>Shows the tabs that do not fit</source>
        <translation>Muestra las pestañas que no caben</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::CheckInPanel</name>
    <message>
        <source>0
no pain</source>
        <translation>0
sin dolor</translation>
    </message>
    <message>
        <source>5
moderate</source>
        <translation>5
moderado</translation>
    </message>
    <message>
        <source>10
worst imaginable</source>
        <translation>10
el peor imaginable</translation>
    </message>
    <message>
        <source>New numbness or weakness in the leg or foot</source>
        <translation>Entumecimiento o debilidad nuevos en la pierna o el pie</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Empezar rutina</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>A quick check-in for your private history, so you and your therapist can see how things change. Leave out anything you like, or skip it.</source>
        <translation>Un registro rápido para tu historial privado, para que puedas ver con tu fisioterapeuta cómo van cambiando las cosas. Deja en blanco lo que quieras, u omítelo.</translation>
    </message>
    <message>
        <source>How are you now? Comparing with before the routine shows whether it helps. Leave out anything you like, or skip it.</source>
        <translation>¿Cómo estás ahora? Compararlo con cómo estabas antes de la rutina muestra si te ayuda. Deja en blanco lo que quieras, u omítelo.</translation>
    </message>
    <message>
        <source>Pain now, from 0 (no pain) to 10 (worst imaginable)</source>
        <translation>Dolor ahora, de 0 (sin dolor) a 10 (el peor imaginable)</translation>
    </message>
    <message>
        <source>Numbness or weakness that you did not have before. With it, stop and talk to your therapist.</source>
        <translation>Entumecimiento o debilidad que no tenías antes. Si lo notas, detente y habla con tu fisioterapeuta.</translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation>Dolor ahora</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything to remember or tell your therapist (optional)</source>
        <translation>Algo que quieras recordar o contarle a tu fisioterapeuta (opcional)</translation>
    </message>
    <message>
        <source>How far down the leg do symptoms reach?</source>
        <translation>¿Hasta dónde bajan los síntomas por la pierna?</translation>
    </message>
    <message>
        <source>Start without a check-in</source>
        <translation>Empezar sin registro</translation>
    </message>
    <message>
        <source>Leave without a check-in</source>
        <translation>Salir sin registro</translation>
    </message>
    <message>
        <source>Before %1: how are you right now?</source>
        <translation>Antes de %1: ¿cómo estás ahora mismo?</translation>
    </message>
    <message>
        <source>After %1: how are you now?</source>
        <translation>Después de %1: ¿cómo estás ahora?</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin valorar</translation>
    </message>
    <message>
        <source>Left and Right, or Page Up and Page Down, change it.</source>
        <translation>Las flechas izquierda y derecha, o Re Pág y Av Pág, lo cambian.</translation>
    </message>
    <message>
        <source>Saves this check-in to your private history and goes on.</source>
        <translation>Guarda este registro en tu historial privado y continúa.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::CueAnnouncer</name>
    <message>
        <source>Sound is not available, so cues are shown on screen only.</source>
        <translation>El sonido no está disponible, así que las indicaciones solo se muestran en pantalla.</translation>
    </message>
    <message>
        <source>%1 Cues are shown on screen only.</source>
        <translation>%1 Las indicaciones solo se muestran en pantalla.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::DosageTable</name>
    <message>
        <source>Each exercise of the routine with its hold, reps and sets for this session, which you can change.</source>
        <translation>Cada ejercicio de la rutina con su tiempo en la postura, repeticiones y series para esta sesión, que puedes cambiar.</translation>
    </message>
    <message>
        <source>Exercises and their dosage for this session</source>
        <translation>Ejercicios y su pauta para esta sesión</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation>Tiempo en la postura (segundos)</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>For this session only: the routine itself stays as it is.</source>
        <translation>Solo para esta sesión: la rutina en sí no cambia.</translation>
    </message>
    <message>
        <source>The sources suggest %1</source>
        <translation>Las fuentes recomiendan %1</translation>
    </message>
    <message>
        <source>hold %1 s (was %2 s)</source>
        <translation>tiempo en la postura %1 s (antes %2 s)</translation>
    </message>
    <message>
        <source>reps %1 (was %2)</source>
        <translation>repeticiones %1 (antes %2)</translation>
    </message>
    <message>
        <source>sets %1 (was %2)</source>
        <translation>series %1 (antes %2)</translation>
    </message>
    <message>
        <source>your pace</source>
        <translation>a tu ritmo</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ExerciseListModel</name>
    <message>
        <source>Marked: talk to your therapist first</source>
        <translation>Marcado: habla antes con tu fisioterapeuta</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::FigurePreview</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Show the movement</source>
        <translation>Mostrar el movimiento</translation>
    </message>
    <message>
        <source>Stop showing the movement</source>
        <translation>Dejar de mostrar el movimiento</translation>
    </message>
    <message>
        <source>Stop the figure and show the held position</source>
        <translation>Detener la figura y mostrar la posición mantenida</translation>
    </message>
    <message>
        <source>Play the movement in a loop, on both sides where it has them</source>
        <translation>Reproducir el movimiento en bucle, por los dos lados si los tiene</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::FigureView</name>
    <message>
        <source>Exercise figure</source>
        <translation>Figura del ejercicio</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::FirstRunNotice</name>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Lumbar Relief is for education, not medical advice. It explains sciatica and guides exercises from reputable sources, but it cannot examine you, diagnose you or tell you what is causing your pain.</source>
        <translation>Lumbar Relief sirve para informarte, no es consejo médico. Explica la ciática y te guía en ejercicios de fuentes fiables, pero no puede examinarte, diagnosticarte ni decirte qué causa tu dolor.</translation>
    </message>
    <message>
        <source>Check with your doctor or physical therapist before you start, and follow their advice where it differs from this app. Stop any exercise that causes severe pain, or pain that spreads further down your leg.</source>
        <translation>Consulta con tu médico o fisioterapeuta antes de empezar y sigue sus consejos cuando no coincidan con esta app. Detén cualquier ejercicio que te cause un dolor fuerte o un dolor que se extienda más por la pierna.</translation>
    </message>
    <message>
        <source>Get medical help straight away, and do not exercise, if:</source>
        <translation>Busca ayuda médica de inmediato, y no hagas ejercicio, si:</translation>
    </message>
    <message>
        <source>You lose feeling between your legs, lose control of your bladder or bowel, or your legs get weaker.</source>
        <translation>Pierdes la sensibilidad entre las piernas, pierdes el control de la vejiga o del intestino, o se te debilitan las piernas.</translation>
    </message>
    <message>
        <source>You can answer every warning-sign question under Symptoms &amp; care, and read this notice again from the Help menu.</source>
        <translation>Puedes responder a todas las preguntas sobre señales de alarma en Síntomas y cuidados, y volver a leer este aviso desde el menú Ayuda.</translation>
    </message>
    <message>
        <source>You have read this and will check with your clinician</source>
        <translation>He leído esto y lo consultaré con mi profesional sanitario</translation>
    </message>
    <message>
        <source>Close Lumbar Relief without using it</source>
        <translation>Cerrar Lumbar Relief sin usarlo</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>¿Dónde vives?</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Dónde vives</translation>
    </message>
    <message>
        <source>Chooses the emergency number and services the app gives. You can change it later under Settings.</source>
        <translation>Elige el número de emergencias y los servicios que indica la aplicación. Puedes cambiarlo más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>In an emergency: %1.</source>
        <translation>En caso de emergencia: %1.</translation>
    </message>
    <message>
        <source>The safety notice</source>
        <translation>El aviso de seguridad</translation>
    </message>
    <message>
        <source>Use the arrow keys or Page Down to read the rest of the notice.</source>
        <translation>Usa las flechas o Av Pág para leer el resto del aviso.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::FlagBanner</name>
    <message>
        <source>My therapist says this exercise is right for me now</source>
        <translation>Mi fisioterapeuta dice que este ejercicio es adecuado para mí ahora</translation>
    </message>
    <message>
        <source>Clear the mark</source>
        <translation>Quitar la marca</translation>
    </message>
    <message>
        <source>This exercise is marked</source>
        <translation>Este ejercicio está marcado</translation>
    </message>
    <message>
        <source>Takes the mark off this exercise; the history keeps what happened</source>
        <translation>Quita la marca de este ejercicio; el historial conserva lo que pasó</translation>
    </message>
    <message>
        <source>On %1 your symptoms spread further down the leg after it, to %2.</source>
        <translation>El %1, después de hacerlo, tus síntomas bajaron más por la pierna, hasta %2.</translation>
    </message>
    <message>
        <source>On %1 your symptoms spread further down the leg after it.</source>
        <translation>El %1, después de hacerlo, tus síntomas bajaron más por la pierna.</translation>
    </message>
    <message>
        <source>On %1 you had new numbness or weakness after it.</source>
        <translation>El %1, después de hacerlo, tuviste entumecimiento o debilidad nuevos.</translation>
    </message>
    <message>
        <source>On %1 you stopped it because it made things worse.</source>
        <translation>El %1 lo detuviste porque empeoraba las cosas.</translation>
    </message>
    <message>
        <source>It has been marked %1 times.</source>
        <translation>Se ha marcado %1 veces.</translation>
    </message>
    <message>
        <source>Leave out %1 until you have talked to your therapist</source>
        <translation>No hagas %1 hasta que hayas hablado con tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Symptoms moving further down the leg are a sign that an exercise is not right for you at the moment. Your therapist may change it or give you another. Once they say it is right for you, clear the mark.</source>
        <translation>Que los síntomas bajen más por la pierna es señal de que un ejercicio no te conviene por ahora. Tu fisioterapeuta puede cambiarlo o darte otro. Cuando te diga que es adecuado para ti, quita la marca.</translation>
    </message>
    <message>
        <source>Tick this once your therapist has said so; then the mark can be cleared</source>
        <translation>Márcala cuando tu fisioterapeuta te lo haya dicho; entonces podrás quitar la marca</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::GuardNotice</name>
    <message>
        <source>Stop the routine</source>
        <translation>Detener la rutina</translation>
    </message>
    <message>
        <source>Go on to the next exercise</source>
        <translation>Pasar al siguiente ejercicio</translation>
    </message>
    <message>
        <source>Stop and talk to your therapist</source>
        <translation>Detente y habla con tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Stop %1 and talk to your therapist</source>
        <translation>Deja %1 y habla con tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Stop this routine and talk to your therapist</source>
        <translation>Deja esta rutina y habla con tu fisioterapeuta</translation>
    </message>
    <message>
        <source>Your symptoms now reach %1; before, they reached %2. Symptoms spreading further down the leg are a sign to stop, not to push on.</source>
        <translation>Ahora tus síntomas llegan hasta %1; antes llegaban hasta %2. Que los síntomas bajen más por la pierna es una señal para parar, no para seguir forzando.</translation>
    </message>
    <message>
        <source>You noticed new numbness or weakness. That is a sign to stop, not to push on.</source>
        <translation>Has notado entumecimiento o debilidad nuevos. Es una señal para parar, no para seguir forzando.</translation>
    </message>
    <message>
        <source>If you have numbness between your legs or around your bottom, cannot control your bladder or bowels, or both legs are weak, get emergency help now: %1.</source>
        <translation>Si tienes entumecimiento entre las piernas o alrededor del ano, no puedes controlar la vejiga o el intestino, o tienes las dos piernas débiles, busca ayuda de urgencia ahora mismo: %1.</translation>
    </message>
    <message>
        <source>If numbness or weakness gets worse quickly, get advice today: %1.</source>
        <translation>Si el entumecimiento o la debilidad empeoran rápidamente, pide consejo hoy mismo: %1.</translation>
    </message>
    <message>
        <source>Do not do %1 again until your therapist has looked at it. It is marked in your history and in the library, and your routines leave it out.</source>
        <translation>No vuelvas a hacer %1 hasta que tu fisioterapeuta lo haya revisado. Está marcado en tu historial y en la biblioteca, y tus rutinas lo dejan fuera.</translation>
    </message>
    <message>
        <source>You stopped %1 because it made your symptoms worse.</source>
        <translation>Detuviste %1 porque empeoraba tus síntomas.</translation>
    </message>
    <message>
        <source>Talk to your therapist before you do this routine again. The exercises you did (%1) are marked in your history and in the library, and your routines leave them out.</source>
        <translation>Habla con tu fisioterapeuta antes de volver a hacer esta rutina. Los ejercicios que hiciste (%1) están marcados en tu historial y en la biblioteca, y tus rutinas los dejan fuera.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::LeftOutNote</name>
    <message>
        <source>Exercises left out</source>
        <translation>Ejercicios que se dejan fuera</translation>
    </message>
    <message>
        <source>your symptoms spread further down your leg</source>
        <translation>los síntomas te bajaron más por la pierna</translation>
    </message>
    <message>
        <source>you had new numbness or weakness</source>
        <translation>notaste entumecimiento o debilidad nuevos</translation>
    </message>
    <message>
        <source>it made your symptoms worse</source>
        <translation>empeoró tus síntomas</translation>
    </message>
    <message>
        <source>Every exercise of this routine is marked, so there is nothing to play until your therapist has looked at them:</source>
        <translation>Todos los ejercicios de esta rutina están marcados, así que no hay nada que hacer hasta que tu fisioterapeuta los haya revisado:</translation>
    </message>
    <message>
        <source>Left out until your therapist has looked at them:</source>
        <translation>Se dejan fuera hasta que tu fisioterapeuta los haya revisado:</translation>
    </message>
    <message>
        <source>•  %1: on %2 %3.</source>
        <translation>•  %1: el %2 %3.</translation>
    </message>
    <message>
        <source>When your therapist says an exercise is right for you, clear its mark in the library.</source>
        <translation>Cuando tu fisioterapeuta diga que un ejercicio es adecuado para ti, quita su marca en la biblioteca.</translation>
    </message>
    <message>
        <source>Left out until your therapist has looked at it:</source>
        <translation>Se deja fuera hasta que tu fisioterapeuta lo haya revisado:</translation>
    </message>
    <message>
        <source>Left out for the rest of today, to be safe, as the same kind of exercise as %1 (stretches and nerve glides count as one kind): %2.</source>
        <translation>Se dejan fuera durante el resto del día, por precaución, por ser del mismo tipo que %1 (los estiramientos y los deslizamientos del nervio cuentan como un solo tipo): %2.</translation>
    </message>
    <message>
        <source>Left out for the rest of this session, to be safe, as the same kind of exercise as %1 (stretches and nerve glides count as one kind): %2.</source>
        <translation>Se dejan fuera durante el resto de esta sesión, por precaución, por ser del mismo tipo que %1 (los estiramientos y los deslizamientos del nervio cuentan como un solo tipo): %2.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::LegExtentPicker</name>
    <message>
        <source>How far down the leg symptoms reach</source>
        <translation>Hasta dónde bajan los síntomas por la pierna</translation>
    </message>
    <message>
        <source>Click the lowest place your symptoms reach, in either leg. Arrow keys move up and down.</source>
        <translation>Haz clic en el punto más bajo al que llegan tus síntomas, en cualquiera de las dos piernas. Las flechas suben y bajan.</translation>
    </message>
    <message>
        <source>Back only</source>
        <translation>Solo espalda</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Nalga</translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation>Muslo</translation>
    </message>
    <message>
        <source>Below the knee</source>
        <translation>Bajo la rodilla</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>only your back</source>
        <translation>la espalda, sin bajar a la pierna</translation>
    </message>
    <message>
        <source>your buttock</source>
        <translation>la nalga</translation>
    </message>
    <message>
        <source>your thigh</source>
        <translation>el muslo</translation>
    </message>
    <message>
        <source>below the knee</source>
        <translation>debajo de la rodilla</translation>
    </message>
    <message>
        <source>your foot</source>
        <translation>el pie</translation>
    </message>
    <message>
        <source>Symptoms reach: %1</source>
        <translation>Los síntomas llegan hasta: %1</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::LibraryPage</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>Show only stretches, strengthening, nerve glides, …</source>
        <translation>Mostrar solo estiramientos, fortalecimiento, deslizamientos nerviosos, …</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Filter by start position</source>
        <translation>Filtrar por posición inicial</translation>
    </message>
    <message>
        <source>Show only exercises done lying, sitting, standing, …</source>
        <translation>Mostrar solo ejercicios tumbado, sentado, de pie, …</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Filter by equipment</source>
        <translation>Filtrar por material</translation>
    </message>
    <message>
        <source>Show only exercises that use what you have</source>
        <translation>Mostrar solo ejercicios con lo que tienes</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Filter by difficulty</source>
        <translation>Filtrar por dificultad</translation>
    </message>
    <message>
        <source>Show only easy, moderate or hard exercises</source>
        <translation>Mostrar solo ejercicios fáciles, moderados o difíciles</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Filter by symptom</source>
        <translation>Filtrar por síntoma</translation>
    </message>
    <message>
        <source>Show only exercises meant to help a symptom</source>
        <translation>Mostrar solo ejercicios pensados para aliviar un síntoma</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Filter by condition</source>
        <translation>Filtrar por afección</translation>
    </message>
    <message>
        <source>Show only exercises suggested for a condition</source>
        <translation>Mostrar solo ejercicios recomendados para una afección</translation>
    </message>
    <message>
        <source>Start this exercise</source>
        <translation>Empezar este ejercicio</translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation>Añadir a una rutina</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Restablecer filtros</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Search names, other names, summaries and steps (Ctrl+F)</source>
        <translation>Busca en nombres, otros nombres, resúmenes y pasos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear every filter and show all the exercises the search finds</source>
        <translation>Quita todos los filtros y muestra todos los ejercicios que encuentre la búsqueda</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Detalles del ejercicio</translation>
    </message>
    <message>
        <source>Do this exercise now, step by step, with its timers and cues</source>
        <translation>Haz este ejercicio ahora, paso a paso, con sus temporizadores e indicaciones</translation>
    </message>
    <message>
        <source>Figure of the exercise</source>
        <translation>Figura del ejercicio</translation>
    </message>
    <message>
        <source>Put this exercise in a routine of your own, new or one you made before</source>
        <translation>Pon este ejercicio en una rutina tuya, nueva o una que ya hayas creado</translation>
    </message>
    <message>
        <source>New routine with this exercise…</source>
        <translation>Nueva rutina con este ejercicio…</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Tus rutinas</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 ejercicio</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 ejercicios</translation>
    </message>
    <message>
        <source>%1 of %2 exercises</source>
        <translation>%1 de %2 ejercicios</translation>
    </message>
    <message>
        <source>No exercises yet.
The content bank has no exercises.</source>
        <translation>Aún no hay ejercicios.
El banco de contenidos no tiene ejercicios.</translation>
    </message>
    <message>
        <source>No exercises yet</source>
        <translation>Aún no hay ejercicios</translation>
    </message>
    <message>
        <source>Add exercises to a bank folder to see them here.</source>
        <translation>Añade ejercicios a una carpeta del banco para verlos aquí.</translation>
    </message>
    <message>
        <source>No exercises match these filters.
Choose fewer, or reset the filters.</source>
        <translation>Ningún ejercicio coincide con estos filtros.
Elige menos o restablece los filtros.</translation>
    </message>
    <message>
        <source>No exercises match</source>
        <translation>Ningún ejercicio coincide</translation>
    </message>
    <message>
        <source>Choose fewer filters, or press “Reset filters”.</source>
        <translation>Elige menos filtros o pulsa “Restablecer filtros”.</translation>
    </message>
    <message>
        <source>No exercises match “%1” with these filters.
Try another word, or reset the filters.</source>
        <translation>Ningún ejercicio coincide con “%1” con estos filtros.
Prueba con otra palabra o restablece los filtros.</translation>
    </message>
    <message>
        <source>Try a different word, or press “Reset filters”.</source>
        <translation>Prueba con otra palabra o pulsa “Restablecer filtros”.</translation>
    </message>
    <message>
        <source>No exercises match “%1”.
Try another word, or clear the search.</source>
        <translation>Ningún ejercicio coincide con “%1”.
Prueba con otra palabra o borra la búsqueda.</translation>
    </message>
    <message>
        <source>Try a different word, such as a body part or a position.</source>
        <translation>Prueba con otra palabra, como una parte del cuerpo o una posición.</translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation>Sin material</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Up and Down choose an exercise; how to do it shows beside the list.</source>
        <translation>Las flechas arriba y abajo eligen un ejercicio; cómo hacerlo aparece junto a la lista.</translation>
    </message>
    <message>
        <source>How to do the chosen exercise, how long and how often, and when to stop. Tab moves between its links.</source>
        <translation>Cómo hacer el ejercicio elegido, cuánto tiempo, con qué frecuencia y cuándo parar. Tab pasa de un enlace a otro.</translation>
    </message>
    <message>
        <source> +%1</source>
        <translation> +%1</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::MainWindow</name>
    <message>
        <source>Lumbar Relief</source>
        <translation>Lumbar Relief</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Symptoms &amp; care</source>
        <translation>Síntomas y cuidados</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Education, not diagnosis — check with your clinician.</source>
        <translation>Educación, no diagnóstico — consulta con tu profesional sanitario.</translation>
    </message>
    <message>
        <source>Export routine file</source>
        <translation>Exportar archivo de rutina</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Archivos de rutina (*.json)</translation>
    </message>
    <message>
        <source>The mark is cleared. Your history still has what happened.</source>
        <translation>Se ha quitado la marca. Tu historial sigue guardando lo que pasó.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import exercises from free-exercise-db…</source>
        <translation>&amp;Importar ejercicios de free-exercise-db…</translation>
    </message>
    <message>
        <source>Import exercises from free-exercise-db</source>
        <translation>Importar ejercicios de free-exercise-db</translation>
    </message>
    <message>
        <source>free-exercise-db files (*.json);;All files (*)</source>
        <translation>Archivos de free-exercise-db (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import &amp;routine file…</source>
        <translation>Importar archivo de &amp;rutina…</translation>
    </message>
    <message>
        <source>Import routine file</source>
        <translation>Importar archivo de rutina</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>Archivos de rutina (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add a routine someone shared with you, after checking it</source>
        <translation>Añade una rutina que alguien ha compartido contigo, después de revisarla</translation>
    </message>
    <message>
        <source>Add exercises from the public free-exercise-db collection to your own bank folder</source>
        <translation>Añade ejercicios de la colección pública free-exercise-db a tu propia carpeta del banco</translation>
    </message>
    <message>
        <source>Open bank folder for &amp;editing</source>
        <translation>Abrir carpeta del banco para &amp;editar</translation>
    </message>
    <message>
        <source>Edit your own exercises and routines in a text editor: the app reloads them on every save</source>
        <translation>Edita tus propios ejercicios y rutinas en un editor de texto: la app los vuelve a cargar cada vez que guardas</translation>
    </message>
    <message>
        <source>Export &amp;history as CSV…</source>
        <translation>Exportar &amp;historial como CSV…</translation>
    </message>
    <message>
        <source>Save every session as a spreadsheet file</source>
        <translation>Guarda todas las sesiones en un archivo de hoja de cálculo</translation>
    </message>
    <message>
        <source>Progress &amp;summary for your therapist (PDF)…</source>
        <translation>Resumen de &amp;progreso para tu fisioterapeuta (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find exercise</source>
        <translation>&amp;Buscar ejercicio</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Bib&amp;lioteca</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>&amp;Symptoms &amp;&amp; care</source>
        <translation>&amp;Síntomas y cuidados</translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation>Pro&amp;greso</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>Re&amp;productor</translation>
    </message>
    <message>
        <source>Bank &amp;problems</source>
        <translation>Problemas del ba&amp;nco</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>&amp;Beeps during routines</source>
        <translation>&amp;Pitidos durante las rutinas</translation>
    </message>
    <message>
        <source>Spoken &amp;cues during routines</source>
        <translation>Indicaciones de &amp;voz durante las rutinas</translation>
    </message>
    <message>
        <source>Check &amp;in before and after routines</source>
        <translation>Re&amp;gistro antes y después de las rutinas</translation>
    </message>
    <message>
        <source>A quick note of your pain and how far down the leg you feel it, for your progress</source>
        <translation>Una nota rápida de tu dolor y de hasta dónde lo notas en la pierna, para tu progreso</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Recordatorios…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Before you &amp;start (safety notice)</source>
        <translation>&amp;Antes de empezar (aviso de seguridad)</translation>
    </message>
    <message>
        <source>&amp;About Lumbar Relief</source>
        <translation>A&amp;cerca de Lumbar Relief</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Tu historial</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Próximo recordatorio: %1</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Los recordatorios están desactivados.</translation>
    </message>
    <message>
        <source>Lumbar Relief is still running</source>
        <translation>Lumbar Relief sigue en marcha</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you at the times you chose. Quit from this icon&apos;s menu.</source>
        <translation>Se queda en la bandeja del sistema para recordártelo a las horas que elegiste. Para salir, usa el menú de este icono.</translation>
    </message>
    <message>
        <source>Built-in content with your bank folder</source>
        <translation>Contenido integrado con tu carpeta del banco</translation>
    </message>
    <message>
        <source>Built-in content</source>
        <translation>Contenido integrado</translation>
    </message>
    <message>
        <source>%1 · %2 exercises · %3 routines</source>
        <translation>%1 · %2 ejercicios · %3 rutinas</translation>
    </message>
    <message numerus="yes">
        <source>%n routine file(s) of yours could not be read and were left out: %1</source>
        <translation>
            <numerusform>No se pudo leer %n archivo de rutina tuyo y se ha dejado fuera: %1</numerusform>
            <numerusform>No se pudieron leer %n archivos de rutina tuyos y se han dejado fuera: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Name of the new routine:</source>
        <translation>Nombre de la nueva rutina:</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <source>Saved your routine.</source>
        <translation>Se ha guardado tu rutina.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? You can restore it from there.</source>
        <translation>¿Mover “%1” a la papelera? Puedes recuperarla desde allí.</translation>
    </message>
    <message>
        <source>Routine not exported</source>
        <translation>Rutina no exportada</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>No se ha importado nada</translation>
    </message>
    <message>
        <source>Your bank folder could not be made.</source>
        <translation>No se pudo crear tu carpeta del banco.</translation>
    </message>
    <message>
        <source>Bank folder</source>
        <translation>Carpeta del banco</translation>
    </message>
    <message>
        <source>Watching %1: every save reloads the content, and problems show here.</source>
        <translation>Vigilando %1: cada vez que guardas se vuelve a cargar el contenido, y los problemas aparecen aquí.</translation>
    </message>
    <message>
        <source>Reloaded your bank folder.</source>
        <translation>Se ha vuelto a cargar tu carpeta del banco.</translation>
    </message>
    <message>
        <source>The four sections: Library, Routines, Symptoms &amp; care and Progress. Up and Down move between them; Ctrl+1 to Ctrl+4 go straight to one.</source>
        <translation>Las cuatro secciones: Biblioteca, Rutinas, Síntomas y cuidados y Progreso. Las flechas arriba y abajo pasan de una a otra; Ctrl+1 a Ctrl+4 van directamente a cada una.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::PlayerControlBar</name>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Go back to the previous exercise (Left arrow or Page Up)</source>
        <translation>Volver al ejercicio anterior (flecha izquierda o Re Pág)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Start this exercise again from the beginning (R)</source>
        <translation>Empezar este ejercicio de nuevo desde el principio (R)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or carry on (Space)</source>
        <translation>Pausar o continuar (Espacio)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Start now, finish an open-ended step, or go on to the next exercise (Right arrow or Page Down)</source>
        <translation>Empezar ahora, terminar un paso sin tiempo fijo o pasar al siguiente ejercicio (flecha derecha o Av Pág)</translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation>+15 s</translation>
    </message>
    <message>
        <source>Add 15 seconds to this step (+)</source>
        <translation>Añadir 15 segundos a este paso (+)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>End the routine now (Esc)</source>
        <translation>Terminar la rutina ahora (Esc)</translation>
    </message>
    <message>
        <source>Beeps</source>
        <translation>Pitidos</translation>
    </message>
    <message>
        <source>Beep when a hold starts, in its last three seconds and at its end</source>
        <translation>Pita al empezar a mantener una postura, en sus tres últimos segundos y al terminar</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Speak the cues aloud (&quot;Hold for 20 seconds&quot;)</source>
        <translation>Decir las indicaciones en voz alta (&quot;Mantén durante 20 segundos&quot;)</translation>
    </message>
    <message>
        <source>Beeps on</source>
        <translation>Pitidos activados</translation>
    </message>
    <message>
        <source>Beeps off</source>
        <translation>Pitidos desactivados</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>Voz activada</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation>Voz desactivada</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::PlayerPage</name>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>alrededor de 1 minuto</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>alrededor de %1 minutos</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start and present</source>
        <translation>Empezar y presentar</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Hacerlo otra vez</translation>
    </message>
    <message>
        <source>This makes it worse</source>
        <translation>Esto me empeora</translation>
    </message>
    <message>
        <source>Stop this exercise and note it: pain or symptoms are getting worse (W)</source>
        <translation>Detener este ejercicio y anotarlo: el dolor o los síntomas están empeorando (W)</translation>
    </message>
    <message>
        <source>Show the player full screen on another screen or a projector, with large type</source>
        <translation>Muestra el reproductor a pantalla completa en otra pantalla o en un proyector, con letra grande</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>Pantalla %1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>You can change the hold, reps and sets for this session only. The routine itself stays as it is.</source>
        <translation>Puedes cambiar el tiempo en la postura, las repeticiones y las series solo para esta sesión. La rutina en sí no cambia.</translation>
    </message>
    <message>
        <source>Start the routine (Space)</source>
        <translation>Empezar la rutina (Espacio)</translation>
    </message>
    <message>
        <source>Start and show the player full screen, on another screen if there is one</source>
        <translation>Empieza y muestra el reproductor a pantalla completa, en otra pantalla si la hay</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Before you start: %1</source>
        <translation>Antes de empezar: %1</translation>
    </message>
    <message>
        <source>Takes %1</source>
        <translation>Dura %1</translation>
    </message>
    <message>
        <source>1 exercise, %1</source>
        <translation>1 ejercicio, %1</translation>
    </message>
    <message>
        <source>%1 exercises, %2 in all</source>
        <translation>%1 ejercicios, %2 en total</translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation>Presentando</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>¿Detener la rutina?</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>A routine is playing</source>
        <translation>Hay una rutina en marcha</translation>
    </message>
    <message>
        <source>What the player is doing, said as it changes</source>
        <translation>Lo que hace el reproductor, anunciado a medida que cambia</translation>
    </message>
    <message>
        <source>Back to where you chose the routine, without starting it</source>
        <translation>Volver a donde elegiste la rutina, sin empezarla</translation>
    </message>
    <message>
        <source>%1 exercises, at your own pace</source>
        <translation>%1 ejercicios, a tu ritmo</translation>
    </message>
    <message>
        <source>At your own pace</source>
        <translation>A tu ritmo</translation>
    </message>
    <message>
        <source>%1, plus the time you choose</source>
        <translation>%1, más el tiempo que tú elijas</translation>
    </message>
    <message>
        <source>%1 exercises, %2</source>
        <translation>%1 ejercicios, %2</translation>
    </message>
    <message>
        <source>You will see what you have done so far.</source>
        <translation>Verás lo que has hecho hasta el momento.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::PlayerView</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Hecho en parte</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No alcanzado</translation>
    </message>
    <message>
        <source>Routine player</source>
        <translation>Reproductor de rutinas</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Time left in this phase</source>
        <translation>Tiempo restante de esta fase</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Steps of this exercise</source>
        <translation>Pasos de este ejercicio</translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation>Progreso de la rutina</translation>
    </message>
    <message>
        <source>Exercises in this session</source>
        <translation>Ejercicios de esta sesión</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Cuando quieras</translation>
    </message>
    <message>
        <source>Press Start (or Space) to begin.</source>
        <translation>Pulsa Empezar (o Espacio) para comenzar.</translation>
    </message>
    <message>
        <source>Last exercise</source>
        <translation>Último ejercicio</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>en total</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>hasta ahora</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Ejercicio %1 de %2</translation>
    </message>
    <message>
        <source>Stop if…</source>
        <translation>Detente si…</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Rutina detenida</translation>
    </message>
    <message>
        <source>You finished the routine.</source>
        <translation>Has terminado la rutina.</translation>
    </message>
    <message>
        <source>You stopped the routine early.</source>
        <translation>Has detenido la rutina antes de tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n hecho</numerusform>
            <numerusform>%n hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n hecho en parte</numerusform>
            <numerusform>%n hechos en parte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltado</numerusform>
            <numerusform>%n saltados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reached</source>
        <translation>
            <numerusform>%n no alcanzado</numerusform>
            <numerusform>%n no alcanzados</numerusform>
        </translation>
    </message>
    <message>
        <source>Time taken: %1</source>
        <translation>Tiempo empleado: %1</translation>
    </message>
    <message>
        <source>(%1 of it paused)</source>
        <translation>(%1 en pausa)</translation>
    </message>
    <message>
        <source>Done for now</source>
        <translation>Por ahora, basta</translation>
    </message>
    <message>
        <source>An exercise made your symptoms worse, so it was stopped and the ones like it were left out. Talk to your therapist before the next session.</source>
        <translation>Un ejercicio empeoró tus síntomas, así que se detuvo y se dejaron fuera los parecidos. Habla con tu fisioterapeuta antes de la próxima sesión.</translation>
    </message>
    <message>
        <source>Stopped: it made your symptoms worse</source>
        <translation>Detenido: empeoró tus síntomas</translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n detenido</numerusform>
            <numerusform>%n detenidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n dejado fuera</numerusform>
            <numerusform>%n dejados fuera</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: the same kind of exercise</source>
        <translation>Dejado fuera: del mismo tipo de ejercicio</translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <comment>under the ring&apos;s number</comment>
        <translation>
            <numerusform>segundo</numerusform>
            <numerusform>segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lumbar::ui::PresentationWindow</name>
    <message>
        <source>Lumbar Relief — presentation</source>
        <translation>Lumbar Relief — presentación</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ProblemsBanner</name>
    <message>
        <source>Show problems</source>
        <translation>Mostrar problemas</translation>
    </message>
    <message>
        <source>Bank problems</source>
        <translation>Problemas del banco</translation>
    </message>
    <message>
        <source>Hide warnings</source>
        <translation>Ocultar avisos</translation>
    </message>
    <message>
        <source>Hide problems</source>
        <translation>Ocultar problemas</translation>
    </message>
    <message>
        <source>Your bank folder</source>
        <translation>Tu carpeta del banco</translation>
    </message>
    <message>
        <source>Your bank folder (%1)</source>
        <translation>Tu carpeta del banco (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 now has %n error(s); its last version without errors is still in use until they are fixed.</source>
        <translation>
            <numerusform>%1 tiene ahora %n error; su última versión sin errores se sigue usando hasta que se corrija.</numerusform>
            <numerusform>%1 tiene ahora %n errores; su última versión sin errores se sigue usando hasta que se corrijan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has 1 problem, so the built-in content is in use.</source>
        <translation>%1 tiene 1 problema, así que se usa el contenido integrado.</translation>
    </message>
    <message>
        <source>%1 has %2 problems, so the built-in content is in use.</source>
        <translation>%1 tiene %2 problemas, así que se usa el contenido integrado.</translation>
    </message>
    <message>
        <source>%1 is in use, with 1 warning.</source>
        <translation>%1 está en uso, con 1 aviso.</translation>
    </message>
    <message>
        <source>%1 is in use, with %2 warnings.</source>
        <translation>%1 está en uso, con %2 avisos.</translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation>Mostrar avisos</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ProblemsPanel</name>
    <message>
        <source>Problems in your bank folder</source>
        <translation>Problemas en tu carpeta del banco</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>JSON path</source>
        <translation>Ruta JSON</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>(bank)</source>
        <translation>(banco)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 aviso</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avisos</translation>
    </message>
    <message>
        <source>Problems in your bank folder: %1, %2</source>
        <translation>Problemas en tu carpeta del banco: %1, %2</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ProgressPage</name>
    <message>
        <source>once a day</source>
        <translation>una vez al día</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>dos veces al día</translation>
    </message>
    <message>
        <source>%1 times a day</source>
        <translation>%1 veces al día</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Summary for your therapist (PDF)…</source>
        <translation>Resumen para tu fisioterapeuta (PDF)…</translation>
    </message>
    <message>
        <source>Pain chart</source>
        <translation>Gráfico de dolor</translation>
    </message>
    <message>
        <source>Symptom extent chart</source>
        <translation>Gráfico del alcance de los síntomas</translation>
    </message>
    <message>
        <source>Activities chart</source>
        <translation>Gráfico de actividades</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Every session as a spreadsheet file, for you to keep or show your therapist</source>
        <translation>Todas las sesiones en un archivo de hoja de cálculo, para que lo guardes o se lo enseñes a tu fisioterapeuta</translation>
    </message>
    <message>
        <source>One page: sessions, pain, symptoms, activities and how well the routine was kept to</source>
        <translation>Una página: sesiones, dolor, síntomas, actividades y cuánto se ha cumplido la rutina</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Calendario de sesiones</translation>
    </message>
    <message>
        <source>Days with a session are marked; choose a day to see its sessions</source>
        <translation>Los días con sesión están marcados; elige un día para ver sus sesiones</translation>
    </message>
    <message>
        <source>Keeping to your routines</source>
        <translation>Cómo vas con tus rutinas</translation>
    </message>
    <message>
        <source>Activities you find hard</source>
        <translation>Actividades que te resultan difíciles</translation>
    </message>
    <message>
        <source>Your history is off, so there is nothing to show. (It is kept on this computer only.)</source>
        <translation>Tu historial está desactivado, así que no hay nada que mostrar. (Solo se guarda en este ordenador.)</translation>
    </message>
    <message>
        <source>No sessions in this period yet. Each routine you play appears here with your check-ins, so you and your therapist can see whether things are getting better.</source>
        <translation>Aún no hay sesiones en este periodo. Cada rutina que hagas aparecerá aquí con tus registros, para que puedas ver con tu fisioterapeuta si las cosas van mejorando.</translation>
    </message>
    <message>
        <source>1 session in this period</source>
        <translation>1 sesión en este periodo</translation>
    </message>
    <message>
        <source>%1 sessions in this period</source>
        <translation>%1 sesiones en este periodo</translation>
    </message>
    <message>
        <source>pain before a session: %1 in the first week, %2 in the last</source>
        <translation>dolor antes de una sesión: %1 la primera semana, %2 la última</translation>
    </message>
    <message>
        <source>pain before a session this week: %1</source>
        <translation>dolor antes de una sesión esta semana: %1</translation>
    </message>
    <message>
        <source>a session eases it by %1 on average</source>
        <translation>una sesión lo alivia %1 de media</translation>
    </message>
    <message>
        <source>symptoms: %1</source>
        <translation>síntomas: %1</translation>
    </message>
    <message>
        <source>Streak: %1 in a row · longest %2</source>
        <translation>Racha: %1 · la más larga: %2</translation>
    </message>
    <message>
        <source>No session yesterday or today yet · longest streak %1</source>
        <translation>Sin sesiones ayer ni hoy por ahora · racha más larga: %1</translation>
    </message>
    <message>
        <source>Days with a session are marked here.</source>
        <translation>Los días con sesión aparecen marcados aquí.</translation>
    </message>
    <message>
        <source>%1: no session.</source>
        <translation>%1: sin sesión.</translation>
    </message>
    <message>
        <source>No routine done in this period yet.</source>
        <translation>Aún no has hecho ninguna rutina en este periodo.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 planned sessions (%3%) since %4</source>
        <translation>%1 de %2 sesiones previstas (%3%) desde el %4</translation>
    </message>
    <message>
        <source>Kept to %1</source>
        <translation>Cumplimiento de %1</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>The history could not be saved as %1: %2</source>
        <translation>No se pudo guardar el historial como %1: %2</translation>
    </message>
    <message>
        <source>your history is off</source>
        <translation>tu historial está desactivado</translation>
    </message>
    <message>
        <source>History saved as %1</source>
        <translation>Historial guardado como %1</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Resumen de progreso</translation>
    </message>
    <message>
        <source>The summary could not be saved as %1: %2</source>
        <translation>No se pudo guardar el resumen como %1: %2</translation>
    </message>
    <message>
        <source>Summary saved as %1</source>
        <translation>Resumen guardado como %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pain from 0 to 10 before and after each session in the period; the numbers are in the summary above.</source>
        <translation>El dolor de 0 a 10 antes y después de cada sesión del periodo; las cifras están en el resumen de arriba.</translation>
    </message>
    <message>
        <source>How far down the leg symptoms reached at each session, from the back at the top to the foot at the bottom; red points are warnings.</source>
        <translation>Hasta dónde bajaron los síntomas por la pierna en cada sesión, de la espalda arriba al pie abajo; los puntos rojos son avisos.</translation>
    </message>
    <message>
        <source>How well you manage each of your activities, from 0 (not at all) to 10 (as before), over time.</source>
        <translation>Lo bien que te manejas en cada una de tus actividades, de 0 (nada) a 10 (como antes), a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>The period the charts, the figures and the summary cover.</source>
        <translation>El periodo que abarcan los gráficos, las cifras y el resumen.</translation>
    </message>
    <message>
        <source>Days with sessions</source>
        <translation>Días con sesiones</translation>
    </message>
    <message>
        <source>Arrow keys move between days; a day with a session is marked, and its sessions show below.</source>
        <translation>Las flechas pasan de un día a otro; los días con sesión están marcados y sus sesiones aparecen debajo.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::PsfsPanel</name>
    <message>
        <source>Add activity</source>
        <translation>Añadir actividad</translation>
    </message>
    <message>
        <source>Save today&apos;s ratings</source>
        <translation>Guardar las valoraciones de hoy</translation>
    </message>
    <message>
        <source>You rate three activities at most: stop rating one to add another.</source>
        <translation>Puedes valorar tres actividades como máximo: deja de valorar una para añadir otra.</translation>
    </message>
    <message>
        <source>Name up to three everyday activities your back or leg makes hard, and rate how well you can do each: 0 means you cannot do it at all, 10 as well as before the problem. Rating them again every week or so shows your therapist what has changed.</source>
        <translation>Escribe hasta tres actividades cotidianas que la espalda o la pierna te hacen difíciles y valora lo bien que puedes hacer cada una: 0 significa que no puedes hacerla en absoluto y 10, que la haces tan bien como antes del problema. Si las vuelves a valorar más o menos cada semana, tu fisioterapeuta verá qué ha cambiado.</translation>
    </message>
    <message>
        <source>An activity, such as putting on socks</source>
        <translation>Una actividad, como ponerte los calcetines</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Adds the activity typed beside it to the ones you rate</source>
        <translation>Añade la actividad escrita al lado a las que valoras</translation>
    </message>
    <message>
        <source>How well you can do: %1</source>
        <translation>Lo bien que puedes hacerla: %1</translation>
    </message>
    <message>
        <source>0 means you cannot do it at all, 10 as well as before the problem</source>
        <translation>0 significa que no puedes hacerla en absoluto y 10, que la haces tan bien como antes del problema</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin valorar</translation>
    </message>
    <message>
        <source>Last rated %1 on %2</source>
        <translation>Última valoración: %1, el %2</translation>
    </message>
    <message>
        <source>Stop rating</source>
        <translation>Dejar de valorar</translation>
    </message>
    <message>
        <source>Stop rating %1</source>
        <translation>Dejar de valorar %1</translation>
    </message>
    <message>
        <source>Its ratings stay in your history</source>
        <translation>Sus valoraciones se quedan en tu historial</translation>
    </message>
    <message>
        <source>%1 (no longer rated)</source>
        <translation>%1 (ya no se valora)</translation>
    </message>
    <message>
        <source>No activities yet: add one below.</source>
        <translation>Aún no hay actividades: añade una abajo.</translation>
    </message>
    <message>
        <source>Your history is off.</source>
        <translation>Tu historial está desactivado.</translation>
    </message>
    <message>
        <source>Type the activity first.</source>
        <translation>Escribe primero la actividad.</translation>
    </message>
    <message>
        <source>You rate three activities at most.</source>
        <translation>Puedes valorar tres actividades como máximo.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Added “%1”: rate it with the slider and save.</source>
        <translation>Se ha añadido “%1”: valórala con el control deslizante y guarda.</translation>
    </message>
    <message>
        <source>Saved for %1.</source>
        <translation>Valoraciones guardadas para el %1.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::RedFlagCheckDialog</name>
    <message>
        <source>Signs that need emergency help</source>
        <translation>Señales para pedir ayuda de urgencias</translation>
    </message>
    <message>
        <source>Signs to see a doctor about today</source>
        <translation>Señales para consultar hoy con un médico</translation>
    </message>
    <message>
        <source>Signs to book an appointment for</source>
        <translation>Señales para pedir cita con el médico</translation>
    </message>
    <message>
        <source>Check for warning signs</source>
        <translation>Comprobar señales de alarma</translation>
    </message>
    <message>
        <source>Answer each question for how you are now. This is not a diagnosis: it tells you when to get medical help before doing any exercises.</source>
        <translation>Responde a cada pregunta según cómo estás ahora. Esto no es un diagnóstico: te indica cuándo buscar ayuda médica antes de hacer ningún ejercicio.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Sí: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>No: %1</translation>
    </message>
    <message>
        <source>Clear answers</source>
        <translation>Borrar respuestas</translation>
    </message>
    <message>
        <source>Forget every answer, here and on the other pages</source>
        <translation>Olvidar todas las respuestas, aquí y en las demás páginas</translation>
    </message>
    <message>
        <source>Close the check; your answers are kept</source>
        <translation>Cerrar la comprobación; tus respuestas se guardan</translation>
    </message>
    <message>
        <source>You answered yes to: %1

Change your answer to no? If you have this sign, get medical help first.</source>
        <translation>Has respondido que sí a: %1

¿Cambiar tu respuesta a no? Si tienes esta señal, busca ayuda médica primero.</translation>
    </message>
    <message>
        <source>Change to no</source>
        <translation>Cambiar a no</translation>
    </message>
    <message>
        <source>Clear every answer? You answered yes to a warning sign; clearing your answers lets the routines start again. If you have the sign, get medical help first.</source>
        <translation>¿Borrar todas las respuestas? Has respondido que sí a una señal de alarma; si borras tus respuestas, las rutinas se podrán volver a empezar. Si tienes la señal, busca ayuda médica primero.</translation>
    </message>
    <message>
        <source>Change your answer?</source>
        <translation>¿Cambiar tu respuesta?</translation>
    </message>
    <message>
        <source>Keep my answer</source>
        <translation>Mantener mi respuesta</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ReminderBanner</name>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Time for your exercises.</source>
        <translation>Es hora de hacer tus ejercicios.</translation>
    </message>
    <message>
        <source>Time for your exercises: %1.</source>
        <translation>Es hora de hacer tus ejercicios: %1.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ReminderDialog</name>
    <message>
        <source>Remind me to do my exercises</source>
        <translation>Recuérdame hacer mis ejercicios</translation>
    </message>
    <message>
        <source>Times for how often it asks</source>
        <translation>Horas a las que te lo recuerda</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Routine to be reminded of</source>
        <translation>Rutina que quieres que te recuerde</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Horas del día</translation>
    </message>
    <message>
        <source>For example 09:00, 18:00</source>
        <translation>Por ejemplo 09:00, 18:00</translation>
    </message>
    <message>
        <source>Reminders come from the icon in the system tray while Lumbar Relief runs. Closing the window keeps it running there; choose Quit from the tray icon&apos;s menu to stop it.</source>
        <translation>Los recordatorios aparecen desde el icono de la bandeja del sistema mientras Lumbar Relief está en marcha. Al cerrar la ventana sigue funcionando ahí; para detenerlo, elige Salir en el menú del icono de la bandeja.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders show in the Lumbar Relief window while it is open.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que los recordatorios aparecen en la ventana de Lumbar Relief mientras está abierta.</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Rutina:</translation>
    </message>
    <message>
        <source>Times of day:</source>
        <translation>Horas del día:</translation>
    </message>
    <message>
        <source>“%1” is not a time of day: use hours and minutes, such as 09:00 or 18:30.</source>
        <translation>“%1” no es una hora del día: usa horas y minutos, como 09:00 o 18:30.</translation>
    </message>
    <message>
        <source>Give at least one time of day.</source>
        <translation>Indica al menos una hora del día.</translation>
    </message>
    <message>
        <source>There is no routine to be reminded of.</source>
        <translation>No hay ninguna rutina que recordar.</translation>
    </message>
    <message>
        <source>Reminders come at the times below while Lumbar Relief is running, even in the background.</source>
        <translation>Los recordatorios llegan a las horas de abajo mientras Lumbar Relief está abierto, también en segundo plano.</translation>
    </message>
    <message>
        <source>The routine each reminder starts.</source>
        <translation>La rutina que empieza cada recordatorio.</translation>
    </message>
    <message>
        <source>Fill in times spread over the day, as many as the routine asks for</source>
        <translation>Rellenar horas repartidas a lo largo del día, tantas como pide la rutina</translation>
    </message>
    <message>
        <source>Keep these reminders</source>
        <translation>Guardar estos recordatorios</translation>
    </message>
    <message>
        <source>Close without changing the reminders</source>
        <translation>Cerrar sin cambiar los recordatorios</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ReminderTray</name>
    <message>
        <source>Open Lumbar Relief</source>
        <translation>Abrir Lumbar Relief</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Empezar la rutina</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
    <message>
        <source>Lumbar Relief: reminders for %1</source>
        <translation>Lumbar Relief: recordatorios de %1</translation>
    </message>
    <message>
        <source>Time for your exercises</source>
        <translation>Es hora de hacer tus ejercicios</translation>
    </message>
    <message>
        <source>Click to start.</source>
        <translation>Haz clic para empezar.</translation>
    </message>
    <message>
        <source>%1: click to start.</source>
        <translation>%1: haz clic para empezar.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::RoutineBuilder</name>
    <message>
        <source>Hold</source>
        <translation>Tiempo en la postura</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Rest between reps</source>
        <translation>Descanso entre repeticiones</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Añadir →</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation>Editar rutina</translation>
    </message>
    <message>
        <source>Routine title</source>
        <translation>Título de la rutina</translation>
    </message>
    <message>
        <source>For example: Morning stretches</source>
        <translation>Por ejemplo: Estiramientos de la mañana</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Optional: printed on the handout</source>
        <translation>Opcional: se imprime en la hoja de ejercicios</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source> × a day</source>
        <translation> × al día</translation>
    </message>
    <message>
        <source>How many times a day</source>
        <translation>Cuántas veces al día</translation>
    </message>
    <message>
        <source>Notes for the patient</source>
        <translation>Notas para el paciente</translation>
    </message>
    <message>
        <source>Notes for the patient: when to do it, what to watch for</source>
        <translation>Notas para el paciente: cuándo hacerla, a qué prestar atención</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Para</translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation>&amp;Frecuencia</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Find an exercise</source>
        <translation>Buscar un ejercicio</translation>
    </message>
    <message>
        <source>Find an exercise to add</source>
        <translation>Buscar un ejercicio para añadir</translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation>Ejercicios para añadir</translation>
    </message>
    <message>
        <source>Add the chosen exercise after the selected one (or drag it across)</source>
        <translation>Añadir el ejercicio elegido después del seleccionado (o arrástralo)</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation>Ejercicios de esta rutina</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected exercise; Delete removes it</source>
        <translation>Ctrl+Arriba y Ctrl+Abajo mueven el ejercicio seleccionado; Supr lo quita</translation>
    </message>
    <message>
        <source>In this routine</source>
        <translation>En esta rutina</translation>
    </message>
    <message>
        <source>Exercise&apos;s own</source>
        <translation>Lo que indica el ejercicio</translation>
    </message>
    <message>
        <source>As the exercise says</source>
        <translation>Como indica el ejercicio</translation>
    </message>
    <message>
        <source>No sides</source>
        <translation>Sin lados</translation>
    </message>
    <message>
        <source>Alternating sides</source>
        <translation>Alternando los lados</translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation>Primero un lado y luego el otro</translation>
    </message>
    <message>
        <source>Note for this exercise</source>
        <translation>Nota para este ejercicio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>This exercise in the routine</source>
        <translation>Este ejercicio en la rutina</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>patient&apos;s name</source>
        <translation>nombre del paciente</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>adding an exercise</source>
        <translation>añadir un ejercicio</translation>
    </message>
    <message>
        <source>removing an exercise</source>
        <translation>quitar un ejercicio</translation>
    </message>
    <message>
        <source>moving an exercise</source>
        <translation>mover un ejercicio</translation>
    </message>
    <message>
        <source>changing %1</source>
        <translation>cambiar %1</translation>
    </message>
    <message>
        <source>not in the bank</source>
        <translation>no está en el banco</translation>
    </message>
    <message>
        <source>Choose an exercise in the routine to change its dosage</source>
        <translation>Elige un ejercicio de la rutina para cambiar su pauta</translation>
    </message>
    <message>
        <source>The exercise&apos;s own %1</source>
        <translation>Lo que indica el ejercicio: %1</translation>
    </message>
    <message>
        <source>Routine not saved</source>
        <translation>Rutina no guardada</translation>
    </message>
    <message>
        <source>Give the routine a title first.</source>
        <translation>Primero ponle un título a la rutina.</translation>
    </message>
    <message>
        <source>Add at least one exercise first.</source>
        <translation>Primero añade al menos un ejercicio.</translation>
    </message>
    <message>
        <source>Exercises chosen for one person.</source>
        <translation>Ejercicios elegidos para una persona.</translation>
    </message>
    <message>
        <source>The person it was made for.</source>
        <translation>La persona para la que se hizo.</translation>
    </message>
    <message>
        <source>The routine could not be saved: %1

Nothing was changed on disk.</source>
        <translation>No se pudo guardar la rutina: %1

No se ha cambiado nada en el disco.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this routine before closing?</source>
        <translation>¿Guardar los cambios de esta rutina antes de cerrar?</translation>
    </message>
    <message>
        <source>How many times a day the patient does the whole routine.</source>
        <translation>Cuántas veces al día hace el paciente la rutina completa.</translation>
    </message>
    <message>
        <source>Shown to the patient with the routine and printed on the handout.</source>
        <translation>Se muestran al paciente con la rutina y se imprimen en la hoja de ejercicios.</translation>
    </message>
    <message>
        <source>Every exercise in the bank. Enter adds the chosen one to the routine; you can also drag it across.</source>
        <translation>Todos los ejercicios del banco. Intro añade el elegido a la rutina; también puedes arrastrarlo.</translation>
    </message>
    <message>
        <source>Save the routine to your routines (Ctrl+S)</source>
        <translation>Guardar la rutina entre tus rutinas (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close the builder; you are asked about changes not yet saved</source>
        <translation>Cerrar el editor; se te pregunta por los cambios sin guardar</translation>
    </message>
    <message>
        <source>%1–%2 × a day</source>
        <translation>%1–%2 × al día</translation>
    </message>
    <message>
        <source>A note for the patient</source>
        <translation>Una nota para el paciente</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::RoutineListModel</name>
    <message>
        <source>1 exercise</source>
        <translation>1 ejercicio</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 ejercicios</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::RoutinesPage</name>
    <message>
        <source>Start routine</source>
        <translation>Empezar rutina</translation>
    </message>
    <message>
        <source>Present…</source>
        <translation>Presentar…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Detalles de la rutina</translation>
    </message>
    <message>
        <source>Build a routine of your own, or one for a patient</source>
        <translation>Crea una rutina propia o una para un paciente</translation>
    </message>
    <message>
        <source>Change this routine (your own routines only; copy a built-in one to change it)</source>
        <translation>Cambia esta rutina (solo tus propias rutinas; copia una integrada para cambiarla)</translation>
    </message>
    <message>
        <source>Make a copy of this routine to change</source>
        <translation>Haz una copia de esta rutina para cambiarla</translation>
    </message>
    <message>
        <source>Move this routine of yours to the trash</source>
        <translation>Mueve esta rutina tuya a la papelera</translation>
    </message>
    <message>
        <source>Play this routine step by step, with timers and cues</source>
        <translation>Reproduce esta rutina paso a paso, con temporizadores e indicaciones</translation>
    </message>
    <message>
        <source>Play it full screen with large type, on a second screen or projector if there is one</source>
        <translation>Reprodúcela a pantalla completa con letra grande, en una segunda pantalla o en un proyector si lo hay</translation>
    </message>
    <message>
        <source>The routine as a sheet to take home (PDF or print), or as a file for another computer</source>
        <translation>La rutina como hoja para llevarte a casa (PDF o impresa) o como archivo para otro ordenador</translation>
    </message>
    <message>
        <source>Save handout as &amp;PDF…</source>
        <translation>Guardar hoja de ejercicios como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Guardar la hoja de ejercicios como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimir hoja de ejercicios…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimir la hoja de ejercicios</translation>
    </message>
    <message>
        <source>&amp;Export routine file…</source>
        <translation>&amp;Exportar archivo de rutina…</translation>
    </message>
    <message>
        <source>1 routine: a set of exercises to do together</source>
        <translation>1 rutina: un conjunto de ejercicios para hacer juntos</translation>
    </message>
    <message>
        <source>%1 routines: sets of exercises to do together</source>
        <translation>%1 rutinas: conjuntos de ejercicios para hacer juntos</translation>
    </message>
    <message>
        <source>No routines yet</source>
        <translation>Aún no hay rutinas</translation>
    </message>
    <message>
        <source>The content bank has no routines.</source>
        <translation>El banco de contenidos no tiene rutinas.</translation>
    </message>
    <message>
        <source>Handout not saved</source>
        <translation>Hoja de ejercicios no guardada</translation>
    </message>
    <message>
        <source>The handout could not be saved as “%1”: %2</source>
        <translation>No se pudo guardar la hoja de ejercicios como “%1”: %2</translation>
    </message>
    <message>
        <source>Saved the handout for “%1” as %2.</source>
        <translation>Se ha guardado la hoja de ejercicios de “%1” como %2.</translation>
    </message>
    <message>
        <source>Up and Down choose a routine; its exercises show beside the list.</source>
        <translation>Las flechas arriba y abajo eligen una rutina; sus ejercicios aparecen junto a la lista.</translation>
    </message>
    <message>
        <source>The chosen routine: who it is for, how often, and each exercise with its dosage. Tab moves between its links.</source>
        <translation>La rutina elegida: para quién es, con qué frecuencia y cada ejercicio con su dosis. Tab pasa de un enlace a otro.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::SoundCues</name>
    <message>
        <source>No sound output device was found.</source>
        <translation>No se ha encontrado ningún dispositivo de salida de sonido.</translation>
    </message>
    <message>
        <source>The cue sounds could not be loaded.</source>
        <translation>No se pudieron cargar los sonidos de las indicaciones.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::SymptomGuidePanel</name>
    <message>
        <source>Any pain</source>
        <translation>Cualquier dolor</translation>
    </message>
    <message>
        <source>Sharp or stabbing</source>
        <translation>Agudo o punzante</translation>
    </message>
    <message>
        <source>Burning or hot nerve pain</source>
        <translation>Dolor de nervio que quema o arde</translation>
    </message>
    <message>
        <source>Shooting, like an electric shock</source>
        <translation>Como un latigazo o una descarga eléctrica</translation>
    </message>
    <message>
        <source>A dull or deep ache</source>
        <translation>Un dolor sordo o profundo</translation>
    </message>
    <message>
        <source>Pins and needles</source>
        <translation>Hormigueo, como pinchazos</translation>
    </message>
    <message>
        <source>Less feeling or no feeling</source>
        <translation>Menos sensibilidad o ninguna</translation>
    </message>
    <message>
        <source>Muscles that will not do what you ask</source>
        <translation>Músculos que no responden cuando se lo pides</translation>
    </message>
    <message>
        <source>Cramp-like tightening</source>
        <translation>Tensión como de calambre</translation>
    </message>
    <message>
        <source>Legs feel heavy, often when standing or walking</source>
        <translation>Piernas pesadas, a menudo al estar de pie o caminar</translation>
    </message>
    <message>
        <source>Muscles tightening suddenly</source>
        <translation>Músculos que se tensan de repente</translation>
    </message>
    <message>
        <source>Patches that feel hot or cold</source>
        <translation>Zonas que notas calientes o frías</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Punzante</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Ardor</translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Dolor sordo</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Hormigueo</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>Cramping</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <source>Heaviness</source>
        <translation>Pesadez</translation>
    </message>
    <message>
        <source>Spasm</source>
        <translation>Espasmo</translation>
    </message>
    <message>
        <source>Hot or cold</source>
        <translation>Calor o frío</translation>
    </message>
    <message>
        <source>Check now…</source>
        <translation>Comprobar ahora…</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Answer the warning-sign questions</source>
        <translation>Responder a las preguntas sobre señales de alarma</translation>
    </message>
    <message>
        <source>Unmark every place and feeling</source>
        <translation>Desmarcar todos los lugares y sensaciones</translation>
    </message>
    <message>
        <source>Click where you feel it; click again to unmark</source>
        <translation>Haz clic donde lo notas; vuelve a hacer clic para desmarcar</translation>
    </message>
    <message>
        <source>1 · Warning signs first</source>
        <translation>1 · Primero, las señales de alarma</translation>
    </message>
    <message>
        <source>2 · Where do you feel it, and what is it like?</source>
        <translation>2 · ¿Dónde lo notas y cómo es?</translation>
    </message>
    <message>
        <source>What the guide suggests</source>
        <translation>Lo que sugiere la guía</translation>
    </message>
    <message>
        <source>You answered yes to a warning sign and have confirmed you sought care.</source>
        <translation>Has respondido que sí a una señal de alarma y has confirmado que has buscado atención médica.</translation>
    </message>
    <message>
        <source>You answered yes to a warning sign: get medical help first (see the notice above).</source>
        <translation>Has respondido que sí a una señal de alarma: busca ayuda médica primero (consulta el aviso de arriba).</translation>
    </message>
    <message>
        <source>Review answers…</source>
        <translation>Revisar respuestas…</translation>
    </message>
    <message>
        <source>✓ No warning signs reported. Check again if anything changes.</source>
        <translation>✓ No has indicado ninguna señal de alarma. Vuelve a comprobarlo si algo cambia.</translation>
    </message>
    <message>
        <source>Not checked yet. A few yes/no questions about signs that need a doctor first.</source>
        <translation>Aún sin comprobar. Unas pocas preguntas de sí o no sobre señales que requieren ir antes al médico.</translation>
    </message>
    <message>
        <source>Nothing marked yet. Click the body, or Tab to it and use the arrow keys and Space.</source>
        <translation>Aún no hay nada marcado. Haz clic en el cuerpo, o llega hasta él con Tab y usa las flechas y Espacio.</translation>
    </message>
    <message>
        <source>Where do you feel it?</source>
        <translation>¿Dónde lo notas?</translation>
    </message>
    <message>
        <source>Mark the places on the body map and tick what it feels like. The guide then shows the conditions that commonly cause that picture, exercises and routines to try, ones to change or leave out, the care notes that apply and when to see a doctor.</source>
        <translation>Marca los lugares en el mapa del cuerpo y señala cómo lo notas. La guía te mostrará entonces las afecciones que suelen causar ese cuadro, ejercicios y rutinas para probar, los que conviene cambiar o quitar, las notas de cuidado que se aplican y cuándo ir al médico.</translation>
    </message>
    <message>
        <source>What the guide suggests for where you feel it: likely causes, exercises to try and to leave out, and warning signs. Tab moves between its links.</source>
        <translation>Lo que sugiere la guía según dónde lo sientes: causas probables, ejercicios que probar y que evitar, y señales de alarma. Tab pasa de un enlace a otro.</translation>
    </message>
    <message>
        <source>You answered yes to a sign to see your doctor about: book an appointment (see the notice above).</source>
        <translation>Has respondido que sí a una señal para consultar con tu médico: pide cita (mira el aviso de arriba).</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::UrgentNotice</name>
    <message>
        <source>I have sought medical advice</source>
        <translation>He buscado consejo médico</translation>
    </message>
    <message>
        <source>Urgent care notice</source>
        <translation>Aviso de atención urgente</translation>
    </message>
    <message>
        <source>Say that you have got medical help or advice for these signs. The player will then let you start routines again.</source>
        <translation>Confirma que has recibido ayuda o consejo médico por estas señales. Después, el reproductor te dejará volver a empezar rutinas.</translation>
    </message>
    <message>
        <source>Get emergency help now</source>
        <translation>Pide ayuda de urgencias ahora</translation>
    </message>
    <message>
        <source>Speak to a doctor today</source>
        <translation>Habla hoy con un médico</translation>
    </message>
    <message>
        <source>See your doctor or physiotherapist</source>
        <translation>Ve a tu médico o fisioterapeuta</translation>
    </message>
    <message>
        <source>You answered yes to:</source>
        <translation>Has respondido que sí a:</translation>
    </message>
    <message>
        <source>You have said you sought medical advice. Stop any exercise that makes your symptoms worse, and go back to your clinician if anything changes.</source>
        <translation>Has indicado que has buscado consejo médico. Detén cualquier ejercicio que empeore tus síntomas y vuelve a tu profesional sanitario si algo cambia.</translation>
    </message>
    <message>
        <source>Routines stay locked until you confirm that you have sought medical advice.</source>
        <translation>Las rutinas siguen bloqueadas hasta que confirmes que has buscado consejo médico.</translation>
    </message>
    <message>
        <source>You can go on with the exercises meanwhile. Stop any exercise that causes severe pain or makes your symptoms spread further down your leg.</source>
        <translation>Mientras tanto puedes seguir con los ejercicios. Deja cualquier ejercicio que te cause un dolor fuerte o haga que los síntomas te bajen más por la pierna.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::VoiceCues</name>
    <message>
        <source>No sound output device was found.</source>
        <translation>No se ha encontrado ningún dispositivo de salida de sonido.</translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation>No hay ningún motor de voz instalado.</translation>
    </message>
    <message>
        <source>The speech engine stopped working.</source>
        <translation>El motor de voz ha dejado de funcionar.</translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation>El motor de voz ha dejado de funcionar (%1).</translation>
    </message>
    <message>
        <source>No voice here speaks %1.</source>
        <translation>Ninguna voz de este equipo habla %1.</translation>
    </message>
</context>
<context>
    <name>lumbar::ui::WorseDialog</name>
    <message>
        <source>New numbness or weakness in the leg or foot</source>
        <translation>Entumecimiento o debilidad nuevos en la pierna o el pie</translation>
    </message>
    <message>
        <source>This makes it worse</source>
        <translation>Esto me empeora</translation>
    </message>
    <message>
        <source>Stop this exercise</source>
        <translation>Detener este ejercicio</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Tick it if the leg or foot feels numb or weak in a way it did not before.</source>
        <translation>Márcalo si notas la pierna o el pie entumecidos o débiles como antes no los notabas.</translation>
    </message>
    <message>
        <source>Go back to the exercise; nothing is noted</source>
        <translation>Volver al ejercicio; no se anota nada</translation>
    </message>
    <message>
        <source>If you stop %1, it is noted in your history and left out of your routines until you clear its mark. Where do your symptoms reach now? Mark it if you can: it shows whether they are spreading down the leg.</source>
        <translation>Si detienes %1, queda anotado en tu historial y se deja fuera de tus rutinas hasta que quites su marca. ¿Hasta dónde llegan ahora los síntomas? Márcalo si puedes: así se ve si están bajando por la pierna.</translation>
    </message>
    <message>
        <source>End this exercise and mark it; the rest of the session leaves out exercises that load the nerve the same way</source>
        <translation>Termina este ejercicio y lo marca; el resto de la sesión deja fuera los ejercicios que cargan el nervio de la misma manera</translation>
    </message>
    <message>
        <source>Stop %1?</source>
        <translation>¿Detener %1?</translation>
    </message>
</context>
</TS>
