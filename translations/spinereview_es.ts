<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuditLog</name>
    <message>
        <source>claiming the next audit entry</source>
        <translation>reservar la siguiente entrada de auditoría</translation>
    </message>
    <message>
        <source>reading the audit head</source>
        <translation>leer la cabecera de la pista de auditoría</translation>
    </message>
    <message>
        <source>appending audit entry %1</source>
        <translation>añadir la entrada de auditoría %1</translation>
    </message>
    <message>
        <source>recording audit entry %1 as the head</source>
        <translation>registrar la entrada de auditoría %1 como cabecera</translation>
    </message>
    <message>
        <source>reading the audit entries of %1 %2</source>
        <extracomment>%1 is the kind of record as the audit trail names it (case, review, reviewer, database), %2 its number</extracomment>
        <translation>leer las entradas de auditoría de %1 %2</translation>
    </message>
</context>
<context>
    <name>CaseIntake</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: no criteria set to evaluate it under; nothing was stored</source>
        <translation>%1: no hay ningún conjunto de criterios con el que evaluarlo; no se guardó nada</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Mild to moderate</source>
        <translation>Leve a moderada</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Moderate to severe</source>
        <translation>Moderada a grave</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Bilateral</translation>
    </message>
    <message>
        <source>MRI</source>
        <translation>RM</translation>
    </message>
    <message>
        <source>CT</source>
        <translation>TC</translation>
    </message>
    <message>
        <source>CT myelogram</source>
        <translation>Mielo-TC</translation>
    </message>
    <message>
        <source>Plain X-ray</source>
        <translation>Radiografía simple</translation>
    </message>
    <message>
        <source>Flexion–extension X-ray</source>
        <translation>Radiografía en flexión–extensión</translation>
    </message>
    <message>
        <source>Degenerative</source>
        <translation>Degenerativa</translation>
    </message>
    <message>
        <source>Isthmic</source>
        <translation>Ístmica</translation>
    </message>
    <message>
        <source>Iatrogenic</source>
        <translation>Iatrogénica</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Bulge</source>
        <translation>Abombamiento</translation>
    </message>
    <message>
        <source>Protrusion</source>
        <translation>Protrusión</translation>
    </message>
    <message>
        <source>Extrusion</source>
        <translation>Extrusión</translation>
    </message>
    <message>
        <source>Sequestration</source>
        <translation>Secuestro</translation>
    </message>
    <message>
        <source>Acute</source>
        <translation>Aguda</translation>
    </message>
    <message>
        <source>Chronic</source>
        <translation>Crónica</translation>
    </message>
    <message>
        <source>Acute on chronic</source>
        <translation>Aguda sobre crónica</translation>
    </message>
    <message>
        <source>Physical therapy</source>
        <translation>Fisioterapia</translation>
    </message>
    <message>
        <source>Home exercise</source>
        <translation>Ejercicio en casa</translation>
    </message>
    <message>
        <source>Activity modification</source>
        <translation>Modificación de la actividad</translation>
    </message>
    <message>
        <source>NSAID</source>
        <translation>AINE</translation>
    </message>
    <message>
        <source>Acetaminophen</source>
        <translation>Paracetamol</translation>
    </message>
    <message>
        <source>Gabapentinoid</source>
        <translation>Gabapentinoide</translation>
    </message>
    <message>
        <source>Muscle relaxant</source>
        <translation>Relajante muscular</translation>
    </message>
    <message>
        <source>Opioid</source>
        <translation>Opioide</translation>
    </message>
    <message>
        <source>Oral steroid</source>
        <translation>Corticoide oral</translation>
    </message>
    <message>
        <source>Epidural steroid injection</source>
        <translation>Infiltración epidural de corticoides</translation>
    </message>
    <message>
        <source>Facet injection</source>
        <translation>Infiltración facetaria</translation>
    </message>
    <message>
        <source>Chiropractic</source>
        <translation>Quiropraxia</translation>
    </message>
    <message>
        <source>Bracing</source>
        <translation>Ortesis</translation>
    </message>
    <message>
        <source>Acupuncture</source>
        <translation>Acupuntura</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Mejoría</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>No improvement</source>
        <translation>Sin mejoría</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Empeoramiento</translation>
    </message>
    <message>
        <source>Not tolerated</source>
        <translation>No tolerado</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>En casa</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Discectomy</source>
        <translation>Discectomía</translation>
    </message>
    <message>
        <source>Laminotomy</source>
        <translation>Laminotomía</translation>
    </message>
    <message>
        <source>Laminectomy</source>
        <translation>Laminectomía</translation>
    </message>
    <message>
        <source>Foraminotomy</source>
        <translation>Foraminotomía</translation>
    </message>
    <message>
        <source>Facetectomy</source>
        <translation>Facetectomía</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Artrodesis</translation>
    </message>
    <message>
        <source>Decompression</source>
        <translation>Descompresión</translation>
    </message>
    <message>
        <source>Instrumentation</source>
        <translation>Instrumentación</translation>
    </message>
    <message>
        <source>Interbody device</source>
        <translation>Dispositivo intersomático</translation>
    </message>
    <message>
        <source>Bone marrow aspirate</source>
        <translation>Aspirado de médula ósea</translation>
    </message>
    <message>
        <source>rhBMP-2</source>
        <translation>rhBMP-2</translation>
    </message>
    <message>
        <source>Allograft</source>
        <translation>Aloinjerto</translation>
    </message>
    <message>
        <source>Autograft</source>
        <translation>Autoinjerto</translation>
    </message>
    <message>
        <source>Cement augmentation</source>
        <translation>Aumento con cemento</translation>
    </message>
    <message>
        <source>Bone growth stimulator</source>
        <translation>Estimulador de crecimiento óseo</translation>
    </message>
    <message>
        <source>Inpatient stay</source>
        <translation>Hospitalización</translation>
    </message>
    <message>
        <source>Posterior</source>
        <translation>Posterior</translation>
    </message>
    <message>
        <source>Anterior</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Lateral</source>
        <translation>Lateral</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Combinado</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Iliac crest</source>
        <translation>Cresta ilíaca</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Inpatient</source>
        <translation>Hospitalario</translation>
    </message>
    <message>
        <source>Outpatient</source>
        <translation>Ambulatorio</translation>
    </message>
    <message>
        <source>ASA 3 or more</source>
        <translation>ASA 3 o más</translation>
    </message>
    <message>
        <source>Sleep apnoea on CPAP</source>
        <translation>Apnea del sueño con CPAP</translation>
    </message>
    <message>
        <source>Uncontrolled diabetes</source>
        <translation>Diabetes no controlada</translation>
    </message>
    <message>
        <source>Morbid obesity</source>
        <translation>Obesidad mórbida</translation>
    </message>
    <message>
        <source>Cardiopulmonary disease</source>
        <translation>Enfermedad cardiopulmonar</translation>
    </message>
    <message>
        <source>No home support</source>
        <translation>Sin apoyo en casa</translation>
    </message>
    <message>
        <source>IV analgesia needed</source>
        <translation>Necesita analgesia IV</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Expedited</source>
        <translation>Acelerada</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Medicare</source>
        <translation>Medicare</translation>
    </message>
    <message>
        <source>Medicare Advantage</source>
        <translation>Medicare Advantage</translation>
    </message>
    <message>
        <source>Medicaid</source>
        <translation>Medicaid</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Exfumador</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Apto</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <source>Patellar</source>
        <translation>Rotuliano</translation>
    </message>
    <message>
        <source>Achilles</source>
        <translation>Aquíleo</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>reading cases</source>
        <translation>leer los casos</translation>
    </message>
    <message>
        <source>there is no case %1 in %2</source>
        <translation>no hay ningún caso %1 en %2</translation>
    </message>
    <message>
        <source>%1: caseId: &quot;%2&quot; is already stored (case %3, imported %4) with a different document; it was not replaced</source>
        <extracomment>%1 is the file, %2 the case id (caseId is the case file&apos;s key, kept as it is), %3 the stored case&apos;s number, %4 when it was imported</extracomment>
        <translation>%1: caseId: «%2» ya está guardado (caso %3, importado el %4) con un documento distinto; no se reemplazó</translation>
    </message>
    <message>
        <source>storing case &quot;%1&quot;</source>
        <translation>almacenar el caso «%1»</translation>
    </message>
    <message>
        <source>case %1</source>
        <extracomment>Where a stored case&apos;s problems are reported from, in place of a file name; %1 is its number</extracomment>
        <translation>caso %1</translation>
    </message>
    <message>
        <source>case %1: the document&apos;s caseId &quot;%2&quot; is not the stored case&apos;s &quot;%3&quot;; a different caseId is a different case, imported on its own</source>
        <extracomment>caseId is the case file&apos;s key, kept as it is</extracomment>
        <translation>caso %1: el caseId del documento, «%2», no es el del caso guardado, «%3»; otro caseId es otro caso, que se importa por separado</translation>
    </message>
    <message>
        <source>case &quot;%1&quot; was saved at %2 after you opened it (your version %3, now version %4); your document was not saved: reopen the case and make your changes again</source>
        <translation>el caso «%1» se guardó el %2, después de que usted lo abriera (su versión %3, ahora versión %4); su documento no se guardó: vuelva a abrir el caso y haga de nuevo sus cambios</translation>
    </message>
    <message>
        <source>keeping revision %1 of case &quot;%2&quot;</source>
        <translation>conservar la versión %1 del caso «%2»</translation>
    </message>
    <message>
        <source>saving case &quot;%1&quot;</source>
        <translation>guardar el caso «%1»</translation>
    </message>
    <message>
        <source>case &quot;%1&quot; was saved by someone else at the same moment; your document was not saved: reopen the case and make your changes again</source>
        <translation>otra persona guardó el caso «%1» en el mismo momento; su documento no se guardó: vuelva a abrir el caso y haga de nuevo sus cambios</translation>
    </message>
    <message>
        <source>reading the revisions of case %1</source>
        <translation>leer las versiones anteriores del caso %1</translation>
    </message>
    <message>
        <source>counting cases</source>
        <translation>contar los casos</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Case ID</source>
        <translation>ID del caso</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Tipo de plan</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Components requested</source>
        <translation>Componentes solicitados</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Abordaje</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Determination due</source>
        <translation>Vencimiento de la determinación</translation>
    </message>
    <message>
        <source>Planned surgery date</source>
        <translation>Fecha quirúrgica prevista</translation>
    </message>
    <message>
        <source>ICD-10 codes</source>
        <translation>Códigos CIE-10</translation>
    </message>
    <message>
        <source>CPT codes</source>
        <translation>Códigos CPT</translation>
    </message>
    <message>
        <source>expedited: %1 hours after receipt</source>
        <translation>acelerada: %1 horas tras la recepción</translation>
    </message>
    <message>
        <source>standard: %1 calendar days after receipt</source>
        <translation>estándar: %1 días naturales tras la recepción</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CellChoices</name>
    <message>
        <source>Not documented</source>
        <translation>No documentado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CitationList</name>
    <message>
        <source>%1 (not in the evidence library of this installation).</source>
        <translation>%1 (no está en la biblioteca de evidencia de esta instalación).</translation>
    </message>
    <message>
        <source>Confidence of each citation, as the evidence library records it: [C] confirmed against the primary document; [S] seen only in secondary summaries; [M] unverified, not confirmed against a source.</source>
        <translation>Confianza de cada cita, según la biblioteca de evidencia: [C] confirmada con el documento primario; [S] vista solo en resúmenes secundarios; [M] sin verificar, no confirmada con una fuente.</translation>
    </message>
</context>
<context>
    <name>ClinicalForm</name>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
</context>
<context>
    <name>ClinicalText</name>
    <message>
        <source>left %1</source>
        <translation>izquierda %1</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>derecha %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>pain %1/10</source>
        <translation>dolor %1/10</translation>
    </message>
    <message>
        <source>ODI %1</source>
        <translation>ODI %1</translation>
    </message>
    <message>
        <source>Neurogenic claudication</source>
        <translation>Claudicación neurógena</translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation>Dolor en la pierna</translation>
    </message>
    <message>
        <source>Back pain predominant</source>
        <translation>Predomina el dolor lumbar</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semanas</translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation>Puntuación de dolor</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>Oswestry Disability Index</source>
        <translation>Índice de discapacidad de Oswestry</translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation>%1/100</translation>
    </message>
    <message>
        <source>Functional impairment</source>
        <translation>Limitación funcional</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Puntuaciones en el tiempo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Motor deficit</source>
        <translation>Déficit motor</translation>
    </message>
    <message>
        <source>grade %1/5</source>
        <translation>grado %1/5</translation>
    </message>
    <message>
        <source>Progressive neurological deficit</source>
        <translation>Déficit neurológico progresivo</translation>
    </message>
    <message>
        <source>Cauda equina syndrome</source>
        <translation>Síndrome de cola de caballo</translation>
    </message>
    <message>
        <source>Reflex changes</source>
        <translation>Cambios de los reflejos</translation>
    </message>
    <message>
        <source>Sensory deficit</source>
        <translation>Déficit sensitivo</translation>
    </message>
    <message>
        <source>Straight leg raise</source>
        <translation>Elevación de pierna recta (Lasègue)</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infección</translation>
    </message>
    <message>
        <source>Tumour</source>
        <translation>Tumor</translation>
    </message>
    <message>
        <source>Fracture</source>
        <translation>Fractura</translation>
    </message>
    <message>
        <source>None documented: the history records no prior lumbar operation.</source>
        <translation>Ninguna documentada: los antecedentes no registran ninguna cirugía lumbar previa.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>instrumented</source>
        <translation>instrumentada</translation>
    </message>
    <message>
        <source>not instrumented</source>
        <translation>no instrumentada</translation>
    </message>
    <message>
        <source>solid fusion</source>
        <translation>artrodesis consolidada</translation>
    </message>
    <message>
        <source>not solid (pseudarthrosis)</source>
        <translation>no consolidada (seudoartrosis)</translation>
    </message>
    <message>
        <source>left %1 %</source>
        <translation>izquierda %1 %</translation>
    </message>
    <message>
        <source>right %1 %</source>
        <translation>derecha %1 %</translation>
    </message>
    <message>
        <source>facet resection %1</source>
        <translation>resección facetaria %1</translation>
    </message>
    <message>
        <source>coronal Cobb angle %1°</source>
        <translation>ángulo de Cobb coronal %1°</translation>
    </message>
    <message>
        <source>sagittal vertical axis %1 cm</source>
        <translation>eje vertical sagital %1 cm</translation>
    </message>
    <message>
        <source>PI − LL %1°</source>
        <translation>PI − LL %1°</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>sin %1</translation>
    </message>
    <message>
        <source>central stenosis %1</source>
        <translation>estenosis central %1</translation>
    </message>
    <message>
        <source>lateral recess stenosis %1</source>
        <translation>estenosis del receso lateral %1</translation>
    </message>
    <message>
        <source>foraminal stenosis %1</source>
        <translation>estenosis foraminal %1</translation>
    </message>
    <message>
        <source>no spondylolisthesis</source>
        <translation>sin espondilolistesis</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>progressing</source>
        <translation>en progresión</translation>
    </message>
    <message>
        <source>not progressing</source>
        <translation>sin progresión</translation>
    </message>
    <message>
        <source>spondylolisthesis grade %1</source>
        <translation>espondilolistesis de grado %1</translation>
    </message>
    <message>
        <source>spondylolisthesis</source>
        <translation>espondilolistesis</translation>
    </message>
    <message>
        <source>%1 mm translation on dynamic films</source>
        <translation>%1 mm de traslación en radiografías dinámicas</translation>
    </message>
    <message>
        <source>%1° angulation on dynamic films</source>
        <translation>%1° de angulación en radiografías dinámicas</translation>
    </message>
    <message>
        <source>disc height loss %1</source>
        <translation>pérdida de altura discal %1</translation>
    </message>
    <message>
        <source>no Modic changes</source>
        <translation>sin cambios de Modic</translation>
    </message>
    <message>
        <source>Modic type %1 changes</source>
        <translation>cambios de Modic tipo %1</translation>
    </message>
    <message>
        <source>disc herniation: %1</source>
        <translation>hernia discal: %1</translation>
    </message>
    <message>
        <source>facet hypertrophy</source>
        <translation>hipertrofia facetaria</translation>
    </message>
    <message>
        <source>synovial cyst</source>
        <translation>quiste sinovial</translation>
    </message>
    <message>
        <source>pars defect</source>
        <translation>defecto de la pars</translation>
    </message>
    <message>
        <source>findings not documented</source>
        <translation>hallazgos no documentados</translation>
    </message>
    <message>
        <source>a normal study</source>
        <translation>un estudio normal</translation>
    </message>
    <message>
        <source>%1 radiculopathy</source>
        <translation>radiculopatía %1</translation>
    </message>
    <message>
        <source>peripheral neuropathy</source>
        <translation>neuropatía periférica</translation>
    </message>
    <message>
        <source>no peripheral neuropathy</source>
        <translation>sin neuropatía periférica</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>contraindicated</source>
        <translation>contraindicado</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
</context>
<context>
    <name>ConditionMapper</name>
    <message>
        <source>no code</source>
        <extracomment>a FHIR resource has no code element</extracomment>
        <translation>sin código</translation>
    </message>
    <message>
        <source>%1; conditions are read in ICD-10-CM (%2) only</source>
        <extracomment>%1 lists the codings the file gives (system|code), %2 is the ICD-10-CM code system&apos;s URI</extracomment>
        <translation>%1; los diagnósticos solo se leen en ICD-10-CM (%2)</translation>
    </message>
    <message>
        <source>no coding; the text &quot;%1&quot; is not read: enter the diagnosis by hand</source>
        <extracomment>%1 is the condition&apos;s text as the file writes it</extracomment>
        <translation>sin codificación; el texto &quot;%1&quot; no se lee: introduzca el diagnóstico manualmente</translation>
    </message>
    <message>
        <source>no coding</source>
        <extracomment>a FHIR CodeableConcept has no coding element</extracomment>
        <translation>sin codificación</translation>
    </message>
    <message>
        <source>clinicalStatus &quot;%1&quot;: only current conditions are listed</source>
        <extracomment>clinicalStatus is a FHIR element name; %1 its code (resolved, inactive …): keep both as is</extracomment>
        <translation>clinicalStatus &quot;%1&quot;: solo se incluyen los diagnósticos actuales</translation>
    </message>
    <message>
        <source>verificationStatus &quot;%1&quot;: only confirmed diagnoses are listed</source>
        <extracomment>verificationStatus is a FHIR element name; %1 its code (provisional, differential …): keep both as is</extracomment>
        <translation>verificationStatus &quot;%1&quot;: solo se incluyen los diagnósticos confirmados</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-10-CM code</source>
        <extracomment>%1 is the code as the file writes it</extracomment>
        <translation>&quot;%1&quot; no es un código ICD-10-CM</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>%1 is an ICD-10-CM code, %2 a note on where the case records what it means</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1: the condition has no clinicalStatus: not known to be active</source>
        <extracomment>%1 is an ICD-10-CM code; clinicalStatus is a FHIR element name: keep it as is</extracomment>
        <translation>%1: el diagnóstico no tiene clinicalStatus: no consta que esté activo</translation>
    </message>
    <message>
        <source>true; %1 states it</source>
        <extracomment>true is the value written into the case file: keep it as is; %1 is an ICD-10-CM code</extracomment>
        <translation>true; lo indica %1</translation>
    </message>
    <message>
        <source>false; M96.0 (pseudarthrosis after fusion) states it</source>
        <extracomment>false is the value written into the case file and M96.0 an ICD-10-CM code: keep them as is</extracomment>
        <translation>false; lo indica M96.0 (seudoartrosis tras artrodesis)</translation>
    </message>
    <message>
        <source>pseudarthrosis, but no prior fusion in the file to attach it to: record it in Surgical history</source>
        <extracomment>Surgical history is the desk&apos;s section of that name</extracomment>
        <translation>seudoartrosis, pero el archivo no contiene ninguna artrodesis previa a la que asociarla: regístrela en «Antecedentes quirúrgicos»</translation>
    </message>
    <message numerus="yes">
        <source>pseudarthrosis, but %n prior fusions: which one is not stated</source>
        <extracomment>%n is two or more</extracomment>
        <translation>
            <numerusform>seudoartrosis, pero hay %n artrodesis previa: no se indica cuál</numerusform>
            <numerusform>seudoartrosis, pero hay %n artrodesis previas: no se indica cuál</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <source>counting determinations</source>
        <translation>contar las determinaciones</translation>
    </message>
    <message>
        <source>counting open reviews</source>
        <translation>contar las revisiones abiertas</translation>
    </message>
    <message>
        <source>measuring turnaround</source>
        <translation>medir los plazos de resolución</translation>
    </message>
    <message>
        <source>counting open reviews against the clock</source>
        <translation>contar las revisiones abiertas respecto a su plazo</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>It was left exactly as it is. Restore a backup into a new file with %1, or move the file aside.</source>
        <extracomment>%1 is a command to type, kept as it is</extracomment>
        <translation>Se dejó exactamente como estaba. Restaure una copia de seguridad en un archivo nuevo con %1, o mueva el archivo a otro lugar.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database: its first bytes are not SQLite&apos;s header (a damaged database, or another kind of file). %2</source>
        <extracomment>%1 is the file, %2 what to do about it</extracomment>
        <translation>%1 no es una base de datos SQLite: sus primeros bytes no son la cabecera de SQLite (una base de datos dañada u otro tipo de archivo). %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program (application id 0x%2), not SpineReview&apos;s; it was left unchanged</source>
        <translation>%1 es una base de datos SQLite de otro programa (id. de aplicación 0x%2), no de SpineReview; se dejó sin cambios</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). %3</source>
        <extracomment>%1 is the file, %2 what SQLite found, %3 what to do about it</extracomment>
        <translation>%1 está dañada (%2). %3</translation>
    </message>
    <message>
        <source>SQLite cannot open it: %1</source>
        <translation>SQLite no puede abrirla: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s check reports: %1</source>
        <translation>la comprobación de SQLite indica: %1</translation>
    </message>
    <message>
        <source>%1 is not a SpineReview database: %2; it was left unchanged</source>
        <extracomment>%1 is the file or server, %2 what it holds instead</extracomment>
        <translation>%1 no es una base de datos de SpineReview: %2; se dejó sin cambios</translation>
    </message>
    <message>
        <source>%1 was written by a newer SpineReview (schema version %2; this version reads versions up to %3). It was left unchanged: open it with a newer SpineReview, or choose another database with --database.</source>
        <extracomment>--database is a command-line option, kept as it is</extracomment>
        <translation>%1 la escribió una versión más reciente de SpineReview (versión de esquema %2; esta versión lee hasta la versión %3). Se dejó sin cambios: ábrala con una versión más reciente de SpineReview o elija otra base de datos con --database.</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database %2</source>
        <translation>no se puede crear la carpeta %1 para la base de datos %2</translation>
    </message>
    <message>
        <source>cannot create the database %1: %2</source>
        <translation>no se puede crear la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>el controlador SQLite de Qt (QSQLITE) no está instalado (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>el controlador PostgreSQL de Qt (QPSQL) no está instalado (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1 is a folder; --database names a file</source>
        <extracomment>--database is a command-line option, kept as it is</extracomment>
        <translation>%1 es una carpeta; --database indica un archivo</translation>
    </message>
    <message>
        <source>%1 was written by a newer SpineReview (schema version %2; this version reads versions up to %3). It was left unchanged.</source>
        <translation>%1 la escribió una versión más reciente de SpineReview (versión de esquema %2; esta versión lee hasta la versión %3). Se dejó sin cambios.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot switch %1 to write-ahead logging: %2</source>
        <translation>no se puede pasar %1 al registro de escritura anticipada (WAL): %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <extracomment>%1 is an SQL statement, %2 the file, %3 SQLite&apos;s error</extracomment>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>checking the database&apos;s integrity</source>
        <translation>comprobar la integridad de la base de datos</translation>
    </message>
    <message>
        <source>%1 is damaged; SQLite&apos;s integrity check reports: %2. %3</source>
        <translation>%1 está dañada; la comprobación de integridad de SQLite indica: %2. %3</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>%1 failed in %2: %3. The database is damaged. %4</source>
        <extracomment>%1 is what was being done (&quot;reading cases&quot;), %2 the file, %3 SQLite&apos;s error, %4 what to do about it</extracomment>
        <translation>no se pudo %1 en %2: %3. La base de datos está dañada. %4</translation>
    </message>
    <message>
        <source>%1 failed in %2: %3</source>
        <extracomment>%1 is what was being done (&quot;reading cases&quot;), %2 the file or server, %3 the database&apos;s own error text</extracomment>
        <translation>no se pudo %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>&quot;%1&quot;: a database is a file path or a postgresql:// URL</source>
        <extracomment>%1 is what was given as the database; postgresql:// is kept as it is</extracomment>
        <translation>«%1»: una base de datos es la ruta de un archivo o una URL postgresql://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable PostgreSQL URL: %2 (expected postgresql://USER@HOST:PORT/DATABASE)</source>
        <extracomment>%1 is the URL given, %2 what is wrong with it; the expected form postgresql://USER@HOST:PORT/DATABASE is kept as it is</extracomment>
        <translation>«%1» no es una URL de PostgreSQL utilizable: %2 (se esperaba postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>it names no database</source>
        <translation>no indica ninguna base de datos</translation>
    </message>
    <message>
        <source>it names no user</source>
        <translation>no indica ningún usuario</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; cannot be passed on</source>
        <extracomment>%1 is a connection parameter of the URL (sslmode, …)</extracomment>
        <translation>el parámetro «%1» no se puede transmitir</translation>
    </message>
</context>
<context>
    <name>DraftRepository</name>
    <message>
        <source>reading drafts</source>
        <translation>leer los borradores</translation>
    </message>
    <message>
        <source>a draft names whose working copy it is; nothing was saved</source>
        <translation>un borrador indica de quién es la copia de trabajo; no se guardó nada</translation>
    </message>
    <message>
        <source>saving draft %1</source>
        <translation>guardar el borrador %1</translation>
    </message>
    <message>
        <source>saving the draft of %1</source>
        <extracomment>%1 is the name of the reviewer whose working copy it is</extracomment>
        <translation>guardar el borrador de %1</translation>
    </message>
    <message>
        <source>removing draft %1</source>
        <translation>eliminar el borrador %1</translation>
    </message>
</context>
<context>
    <name>EnginePhrases</name>
    <message>
        <source>the symptom history (neurogenic claudication, radicular leg pain)</source>
        <translation>la historia de los síntomas (claudicación neurógena, dolor radicular en la pierna)</translation>
    </message>
    <message>
        <source>whether back pain or leg pain predominates</source>
        <translation>si predomina el dolor lumbar o el dolor en la pierna</translation>
    </message>
    <message>
        <source>documentation of how the symptoms limit daily activities or work</source>
        <translation>documentación de cómo los síntomas limitan las actividades diarias o el trabajo</translation>
    </message>
    <message>
        <source>a pain score (NRS or VAS)</source>
        <translation>una puntuación de dolor (EN o EVA)</translation>
    </message>
    <message>
        <source>an Oswestry Disability Index score</source>
        <translation>una puntuación del índice de discapacidad de Oswestry</translation>
    </message>
    <message>
        <source>the duration of the current symptoms</source>
        <translation>la duración de los síntomas actuales</translation>
    </message>
    <message>
        <source>the examination&apos;s findings on cauda equina syndrome</source>
        <translation>los hallazgos de la exploración sobre el síndrome de cola de caballo</translation>
    </message>
    <message>
        <source>the examination&apos;s findings on a progressive neurological deficit</source>
        <translation>los hallazgos de la exploración sobre un déficit neurológico progresivo</translation>
    </message>
    <message>
        <source>the examination&apos;s findings on infection</source>
        <translation>los hallazgos de la exploración sobre infección</translation>
    </message>
    <message>
        <source>the examination&apos;s findings on tumour</source>
        <translation>los hallazgos de la exploración sobre tumor</translation>
    </message>
    <message>
        <source>the examination&apos;s findings on fracture</source>
        <translation>los hallazgos de la exploración sobre fractura</translation>
    </message>
    <message>
        <source>a motor examination of roots L5 and S1</source>
        <translation>una exploración motora de las raíces L5 y S1</translation>
    </message>
    <message>
        <source>a motor examination of roots L3 and L4</source>
        <translation>una exploración motora de las raíces L3 y L4</translation>
    </message>
    <message>
        <source>the root and MRC grade of each motor deficit (roots L5 and S1)</source>
        <translation>la raíz y el grado MRC de cada déficit motor (raíces L5 y S1)</translation>
    </message>
    <message>
        <source>the root and MRC grade of each motor deficit (roots L3 and L4)</source>
        <translation>la raíz y el grado MRC de cada déficit motor (raíces L3 y L4)</translation>
    </message>
    <message>
        <source>electrodiagnostic studies (EMG/NCS)</source>
        <translation>estudios electrodiagnósticos (EMG/ECN)</translation>
    </message>
    <message>
        <source>standing alignment films reporting coronalCobbDeg</source>
        <extracomment>coronalCobbDeg is the case file&apos;s field: the coronal Cobb angle</extracomment>
        <translation>radiografías de alineación en bipedestación que informen el ángulo de Cobb coronal</translation>
    </message>
    <message>
        <source>standing alignment films reporting sagittalVerticalAxisCm</source>
        <extracomment>sagittalVerticalAxisCm is the case file&apos;s field: the sagittal vertical axis</extracomment>
        <translation>radiografías de alineación en bipedestación que informen el eje vertical sagital</translation>
    </message>
    <message>
        <source>standing alignment films reporting pelvicIncidenceMinusLordosisDeg</source>
        <extracomment>pelvicIncidenceMinusLordosisDeg is the case file&apos;s field: pelvic incidence minus lumbar lordosis</extracomment>
        <translation>radiografías de alineación en bipedestación que informen la incidencia pélvica menos la lordosis lumbar</translation>
    </message>
    <message>
        <source>a cotinine test in the weeks before surgery</source>
        <translation>una prueba de cotinina en las semanas previas a la cirugía</translation>
    </message>
    <message>
        <source>the patient&apos;s nicotine use (never, former, current)</source>
        <translation>el consumo de nicotina del paciente (nunca, exfumador, actual)</translation>
    </message>
    <message>
        <source>the date nicotine use stopped</source>
        <translation>la fecha en que dejó la nicotina</translation>
    </message>
    <message>
        <source>whether the patient has diabetes</source>
        <translation>si el paciente tiene diabetes</translation>
    </message>
    <message>
        <source>a recent HbA1c</source>
        <translation>una HbA1c reciente</translation>
    </message>
    <message>
        <source>the patient&apos;s BMI</source>
        <translation>el IMC del paciente</translation>
    </message>
    <message>
        <source>a bone density study (DEXA T-score)</source>
        <translation>una densitometría ósea (puntuación T de DEXA)</translation>
    </message>
    <message>
        <source>vertebral Hounsfield units on CT</source>
        <translation>las unidades Hounsfield vertebrales en la TC</translation>
    </message>
    <message>
        <source>whether osteoporosis is diagnosed</source>
        <translation>si hay diagnóstico de osteoporosis</translation>
    </message>
    <message>
        <source>chronic steroid use</source>
        <translation>el uso crónico de corticoides</translation>
    </message>
    <message>
        <source>whether the patient has renal disease</source>
        <translation>si el paciente tiene enfermedad renal</translation>
    </message>
    <message>
        <source>alcohol use history</source>
        <translation>los antecedentes de consumo de alcohol</translation>
    </message>
    <message>
        <source>pregnancy status</source>
        <translation>la situación de embarazo</translation>
    </message>
    <message>
        <source>the patient&apos;s age</source>
        <translation>la edad del paciente</translation>
    </message>
    <message>
        <source>the interbody technique</source>
        <translation>la técnica intersomática</translation>
    </message>
    <message>
        <source>the surgical approach</source>
        <translation>el abordaje quirúrgico</translation>
    </message>
    <message>
        <source>whether the fusion includes a posterolateral graft bed</source>
        <translation>si la artrodesis incluye un lecho de injerto posterolateral</translation>
    </message>
    <message>
        <source>the autograft source</source>
        <translation>el origen del autoinjerto</translation>
    </message>
    <message>
        <source>whether autograft is unavailable or insufficient</source>
        <translation>si el autoinjerto no está disponible o es insuficiente</translation>
    </message>
    <message>
        <source>whether the aspirate is mixed with iliac-crest autograft</source>
        <translation>si el aspirado se mezcla con autoinjerto de cresta ilíaca</translation>
    </message>
    <message>
        <source>contraindications to rhBMP-2</source>
        <translation>las contraindicaciones de rhBMP-2</translation>
    </message>
    <message>
        <source>the requested setting</source>
        <translation>el ámbito solicitado</translation>
    </message>
    <message>
        <source>the surgeon&apos;s expected stay</source>
        <translation>la estancia prevista por el cirujano</translation>
    </message>
    <message>
        <source>the criteria set&apos;s effective date</source>
        <translation>la fecha de vigencia del conjunto de criterios</translation>
    </message>
    <message>
        <source>documented reasons for an inpatient stay</source>
        <translation>los motivos documentados para una hospitalización</translation>
    </message>
    <message>
        <source>conservative-therapy records (each modality with its dates and response)</source>
        <translation>los registros del tratamiento conservador (cada modalidad con sus fechas y su respuesta)</translation>
    </message>
    <message>
        <source>the response to physical therapy (progress or discharge notes)</source>
        <translation>la respuesta a la fisioterapia (notas de evolución o de alta)</translation>
    </message>
    <message>
        <source>the surgical history (prior lumbar operations with levels and dates)</source>
        <translation>los antecedentes quirúrgicos (cirugías lumbares previas con niveles y fechas)</translation>
    </message>
    <message>
        <source>a current MRI or CT (within %1 months)</source>
        <extracomment>%1 is a number of months</extracomment>
        <translation>una RM o TC actual (de los últimos %1 meses)</translation>
    </message>
    <message>
        <source>an MRI or CT report addressing %1</source>
        <translation>un informe de RM o TC que describa %1</translation>
    </message>
    <message>
        <source>a graded report of stenosis at %1</source>
        <translation>un informe con el grado de estenosis en %1</translation>
    </message>
    <message>
        <source>the date of the prior operation at %1</source>
        <translation>la fecha de la cirugía previa en %1</translation>
    </message>
    <message>
        <source>an MRI or CT of %1 after the prior operation</source>
        <translation>una RM o TC de %1 posterior a la cirugía previa</translation>
    </message>
    <message>
        <source>the type of the spondylolisthesis at %1</source>
        <translation>el tipo de espondilolistesis en %1</translation>
    </message>
    <message>
        <source>serial films showing whether the slip at %1 progressed</source>
        <translation>radiografías seriadas que muestren si el desplazamiento en %1 progresó</translation>
    </message>
    <message>
        <source>flexion–extension radiographs of %1 (translation in mm)</source>
        <translation>radiografías en flexión–extensión de %1 (traslación en mm)</translation>
    </message>
    <message>
        <source>imaging of the pars interarticularis at %1</source>
        <translation>imágenes de la pars interarticularis en %1</translation>
    </message>
    <message>
        <source>the Modic classification at %1</source>
        <translation>la clasificación de Modic en %1</translation>
    </message>
    <message>
        <source>the disc height at %1</source>
        <translation>la altura discal en %1</translation>
    </message>
    <message>
        <source>imaging assessment of the prior fusion at %1 (solid or not)</source>
        <translation>una evaluación por imagen de la artrodesis previa en %1 (consolidada o no)</translation>
    </message>
    <message>
        <source>the date of the prior fusion at %1</source>
        <translation>la fecha de la artrodesis previa en %1</translation>
    </message>
    <message>
        <source>the operative note of the prior decompression at %1 (share of each facet removed)</source>
        <translation>el informe quirúrgico de la descompresión previa en %1 (proporción de cada faceta resecada)</translation>
    </message>
    <message>
        <source>the surgeon&apos;s operative plan for %1 (share of each facet to be removed, pars removal)</source>
        <translation>el plan quirúrgico del cirujano para %1 (proporción de cada faceta a resecar, resección de la pars)</translation>
    </message>
    <message>
        <source>physician review: the criteria set has no rule for %1</source>
        <extracomment>%1 is a requested component (Fusion, rhBMP-2, …)</extracomment>
        <translation>revisión por un médico asesor: el conjunto de criterios no tiene regla para «%1»</translation>
    </message>
    <message>
        <source>another deficit&apos;s root or grade is not documented; it may be weaker</source>
        <translation>la raíz o el grado de otro déficit no están documentados; podría ser más débil</translation>
    </message>
    <message>
        <source>an episode resolved or improved the symptoms</source>
        <translation>un episodio resolvió o mejoró los síntomas</translation>
    </message>
    <message>
        <source>zones the report leaves ungraded are taken as none</source>
        <translation>las zonas que el informe no gradúa se consideran sin estenosis</translation>
    </message>
    <message>
        <source>the documented root findings point to another level</source>
        <translation>los hallazgos radiculares documentados apuntan a otro nivel</translation>
    </message>
    <message>
        <source>%1 is not requested at %2</source>
        <extracomment>%1 is a component (Fusion, rhBMP-2, …), %2 a level (L5-S1)</extracomment>
        <translation>la solicitud no incluye «%1» en %2</translation>
    </message>
    <message>
        <source>%1 is not requested</source>
        <extracomment>%1 is a component (Fusion, rhBMP-2, …)</extracomment>
        <translation>la solicitud no incluye «%1»</translation>
    </message>
    <message>
        <source>counted as met: the criterion asks for %1</source>
        <extracomment>%1 is a status: met, not met or incomplete</extracomment>
        <translation>se cuenta como cumplido: el criterio pide «%1»</translation>
    </message>
    <message>
        <source>end %1 is before start %2</source>
        <extracomment>%1 and %2 are dates</extracomment>
        <translation>el fin %1 es anterior al inicio %2</translation>
    </message>
    <message>
        <source>component %1 is not listed in request.components</source>
        <translation>el componente %1 no figura en request.components</translation>
    </message>
    <message>
        <source>level %1 is not one of request.levels (%2)</source>
        <extracomment>%1 is a level, %2 the levels the request lists</extracomment>
        <translation>el nivel %1 no es uno de request.levels (%2)</translation>
    </message>
    <message>
        <source>expected %1; found %2</source>
        <extracomment>%1 is what the format expects (“a number from 0 to 10”), %2 what the file holds</extracomment>
        <translation>se esperaba %1; se encontró %2</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; found %2</source>
        <extracomment>%1 is the name of the case format</extracomment>
        <translation>se esperaba &quot;%1&quot;; se encontró %2</translation>
    </message>
    <message>
        <source>required field is missing; found null</source>
        <translation>falta un campo obligatorio; se encontró null</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>malformed JSON: %1 at byte offset %2</source>
        <extracomment>%1 is the parser&apos;s reason, %2 a number</extracomment>
        <translation>JSON mal formado: %1 en el desplazamiento de byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level; found an array</source>
        <translation>se esperaba un objeto JSON en el nivel superior; se encontró una matriz</translation>
    </message>
    <message>
        <source>a raw byte-order mark (U+FEFF) at byte offset %1: the JSON parser would drop it and lose the member it starts; write it as \ufeff</source>
        <translation>una marca de orden de bytes (U+FEFF) sin escapar en el desplazamiento de byte %1: el analizador JSON la descartaría y perdería el miembro que inicia; escríbala como \ufeff</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an integer that fits in 32 bits</source>
        <translation>un entero que quepa en 32 bits</translation>
    </message>
    <message>
        <source>a calendar date YYYY-MM-DD</source>
        <translation>una fecha de calendario AAAA-MM-DD</translation>
    </message>
    <message>
        <source>an ISO 8601 date-time with a zone (Z or ±hh:mm), e.g. 2025-09-10T08:30:00-04:00</source>
        <translation>una fecha y hora ISO 8601 con zona (Z o ±hh:mm), p. ej. 2025-09-10T08:30:00-04:00</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>one of %1</source>
        <extracomment>%1 lists the values the format allows, as the file writes them</extracomment>
        <translation>uno de %1</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>un entero de %1 a %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un número de %1 a %2</translation>
    </message>
    <message>
        <source>an integer greater than %1</source>
        <translation>un entero mayor que %1</translation>
    </message>
    <message>
        <source>a number greater than %1</source>
        <translation>un número mayor que %1</translation>
    </message>
    <message>
        <source>an integer of at least %1</source>
        <translation>un entero de al menos %1</translation>
    </message>
    <message>
        <source>a number of at least %1</source>
        <translation>un número de al menos %1</translation>
    </message>
    <message>
        <source>an integer of at most %1</source>
        <translation>un entero de como máximo %1</translation>
    </message>
    <message>
        <source>a number of at most %1</source>
        <translation>un número de como máximo %1</translation>
    </message>
    <message>
        <source>met</source>
        <comment>a status inside a sentence</comment>
        <translation>cumple</translation>
    </message>
    <message>
        <source>not met</source>
        <comment>a status inside a sentence</comment>
        <translation>no cumple</translation>
    </message>
    <message>
        <source>incomplete</source>
        <comment>a status inside a sentence</comment>
        <translation>incompleto</translation>
    </message>
</context>
<context>
    <name>EvidenceCitation</name>
    <message>
        <source>founding-review claim (could not be verified)</source>
        <translation>afirmación de la revisión original (no se pudo verificar)</translation>
    </message>
    <message>
        <source>Founding-review claim, could not be verified: %1</source>
        <translation>Afirmación de la revisión original, no se pudo verificar: %1</translation>
    </message>
    <message>
        <source>Audit: %1</source>
        <translation>Auditoría: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceHtml</name>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Insufficient</source>
        <translation>Insuficiente</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Sin graduar</translation>
    </message>
    <message>
        <source>[C] Confirmed against the primary document.</source>
        <translation>[C] Confirmado con el documento primario.</translation>
    </message>
    <message>
        <source>[S] Seen only in secondary summaries — verify against current source.</source>
        <translation>[S] Visto solo en resúmenes secundarios: verifíquelo con la fuente vigente.</translation>
    </message>
    <message>
        <source>[M] Unverified — from general knowledge, not confirmed against a source.</source>
        <translation>[M] Sin verificar: procede de conocimiento general, no confirmado con una fuente.</translation>
    </message>
    <message>
        <source>No confidence tag.</source>
        <translation>Sin etiqueta de confianza.</translation>
    </message>
    <message>
        <source>Founding-review claim</source>
        <translation>Afirmación de la revisión original</translation>
    </message>
    <message>
        <source>Could not be verified</source>
        <translation>No se pudo verificar</translation>
    </message>
    <message>
        <source>Claimed:</source>
        <translation>Afirmado:</translation>
    </message>
    <message>
        <source>Audit:</source>
        <translation>Auditoría:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Uncertainties:</source>
        <translation>Incertidumbres:</translation>
    </message>
    <message>
        <source>A payer&apos;s contractual rule, not an evidence grade.</source>
        <translation>Una regla contractual de una aseguradora, no un grado de evidencia.</translation>
    </message>
    <message>
        <source>Source&apos;s grade: %1</source>
        <translation>Grado de la fuente: %1</translation>
    </message>
    <message>
        <source>Key finding:</source>
        <translation>Hallazgo clave:</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Relacionado:</translation>
    </message>
    <message>
        <source>Library entry %1</source>
        <translation>Entrada de la biblioteca %1</translation>
    </message>
    <message>
        <source>Evidence — %1</source>
        <translation>Evidencia — %1</translation>
    </message>
    <message>
        <source>About this criterion:</source>
        <translation>Sobre este criterio:</translation>
    </message>
    <message>
        <source>This criterion cites no evidence of its own; its parts may.</source>
        <translation>Este criterio no cita evidencia propia; sus partes pueden hacerlo.</translation>
    </message>
    <message>
        <source>Evidence %1 is not in the evidence library.</source>
        <translation>La evidencia %1 no está en la biblioteca de evidencia.</translation>
    </message>
    <message>
        <source>Where sources disagree: %1</source>
        <translation>Donde las fuentes discrepan: %1</translation>
    </message>
</context>
<context>
    <name>FactCatalog</name>
    <message>
        <source>Claudication or radicular leg pain</source>
        <translation>Claudicación o dolor radicular en la pierna</translation>
    </message>
    <message>
        <source>Neurogenic claudication documented true or leg pain left/right/bilateral; false when claudication is false and leg pain is none</source>
        <translation>Claudicación neurógena documentada o dolor radicular en la pierna (izquierda, derecha o bilateral); «no» cuando consta que no hay claudicación ni dolor en la pierna</translation>
    </message>
    <message>
        <source>Neurogenic claudication</source>
        <translation>Claudicación neurógena</translation>
    </message>
    <message>
        <source>Leg or buttock pain or heaviness with standing or walking, relieved by sitting or flexion</source>
        <translation>Dolor o pesadez en piernas o nalgas al estar de pie o caminar, que se alivia al sentarse o con la flexión</translation>
    </message>
    <message>
        <source>Back pain predominant</source>
        <translation>Predomina el dolor lumbar</translation>
    </message>
    <message>
        <source>Axial back pain greater than leg pain</source>
        <translation>Dolor lumbar axial mayor que el dolor en la pierna</translation>
    </message>
    <message>
        <source>Functional impairment</source>
        <translation>Limitación funcional</translation>
    </message>
    <message>
        <source>Symptoms limit daily activities or work</source>
        <translation>Los síntomas limitan las actividades diarias o el trabajo</translation>
    </message>
    <message>
        <source>Worst pain score (NRS/VAS)</source>
        <translation>Peor puntuación de dolor (EN/EVA)</translation>
    </message>
    <message>
        <source>Worst current pain, NRS/VAS 0–10</source>
        <translation>Peor dolor actual, EN/EVA 0–10</translation>
    </message>
    <message>
        <source>Oswestry Disability Index (ODI)</source>
        <translation>Índice de discapacidad de Oswestry (ODI)</translation>
    </message>
    <message>
        <source>Oswestry Disability Index 0–100</source>
        <translation>Índice de discapacidad de Oswestry, 0–100</translation>
    </message>
    <message>
        <source>Symptom duration (weeks)</source>
        <translation>Duración de los síntomas (semanas)</translation>
    </message>
    <message>
        <source>Duration of the current symptoms, weeks</source>
        <translation>Duración de los síntomas actuales, en semanas</translation>
    </message>
    <message>
        <source>Cauda equina syndrome</source>
        <translation>Síndrome de cola de caballo</translation>
    </message>
    <message>
        <source>Progressive neurological deficit</source>
        <translation>Déficit neurológico progresivo</translation>
    </message>
    <message>
        <source>Worsening neurological deficit</source>
        <translation>Déficit neurológico que empeora</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infección</translation>
    </message>
    <message>
        <source>Infection (red flag)</source>
        <translation>Infección (signo de alarma)</translation>
    </message>
    <message>
        <source>Tumour</source>
        <translation>Tumor</translation>
    </message>
    <message>
        <source>Tumour (red flag)</source>
        <translation>Tumor (signo de alarma)</translation>
    </message>
    <message>
        <source>Fracture</source>
        <translation>Fractura</translation>
    </message>
    <message>
        <source>Fracture (red flag)</source>
        <translation>Fractura (signo de alarma)</translation>
    </message>
    <message>
        <source>Weakest motor grade (MRC), roots L5 and S1</source>
        <translation>Grado motor más bajo (MRC), raíces L5 y S1</translation>
    </message>
    <message>
        <source>Lowest MRC grade recorded in root L5 or S1; 5 when the exam records no deficit there</source>
        <translation>Grado MRC más bajo registrado en la raíz L5 o S1; 5 cuando la exploración no registra ningún déficit en ellas</translation>
    </message>
    <message>
        <source>Weakest motor grade (MRC), roots L3 and L4</source>
        <translation>Grado motor más bajo (MRC), raíces L3 y L4</translation>
    </message>
    <message>
        <source>Lowest MRC grade recorded in root L3 or L4; 5 when the exam records no deficit there</source>
        <translation>Grado MRC más bajo registrado en la raíz L3 o L4; 5 cuando la exploración no registra ningún déficit en ellas</translation>
    </message>
    <message>
        <source>Radiculopathy on EMG/NCS</source>
        <translation>Radiculopatía en el EMG/ECN</translation>
    </message>
    <message>
        <source>Any electrodiagnostic study up to the review date records a radiculopathy finding</source>
        <translation>Algún estudio electrodiagnóstico hasta la fecha de revisión registra un hallazgo de radiculopatía</translation>
    </message>
    <message>
        <source>Weeks of conservative care</source>
        <translation>Semanas de tratamiento conservador</translation>
    </message>
    <message>
        <source>Weeks of conservative care: union of episode intervals (start to end, or to the review date if ongoing), both days counted, floor(days / 7); episodes without a start, starting after the review date or contraindicated add no time</source>
        <translation>Semanas de tratamiento conservador: unión de los intervalos de los episodios (del inicio al fin, o hasta la fecha de revisión si sigue en curso), contando ambos días, floor(días / 7); los episodios sin fecha de inicio, que empiezan después de la fecha de revisión o contraindicados no suman tiempo</translation>
    </message>
    <message>
        <source>Recent in-person physical therapy</source>
        <translation>Fisioterapia presencial reciente</translation>
    </message>
    <message>
        <source>Physical therapy not delivered at home or virtually, ending or ongoing within the set&apos;s activeTherapyRecencyMonths before the review date</source>
        <translation>Fisioterapia no realizada en casa ni a distancia, terminada o en curso dentro de los meses que fija el conjunto de criterios (activeTherapyRecencyMonths) antes de la fecha de revisión</translation>
    </message>
    <message>
        <source>Modality other than physical therapy</source>
        <translation>Modalidad distinta de la fisioterapia</translation>
    </message>
    <message>
        <source>A modality of another type than physical therapy (home exercise, medication, injection, activity modification, chiropractic, bracing, acupuncture); a contraindicated one counts</source>
        <translation>Una modalidad de un tipo distinto de la fisioterapia (ejercicio en casa, medicación, infiltración, modificación de la actividad, quiropraxia, ortesis, acupuntura); también cuenta si estaba contraindicada</translation>
    </message>
    <message>
        <source>Conservative care failed</source>
        <translation>Fracaso del tratamiento conservador</translation>
    </message>
    <message>
        <source>No episode resolved or improved, and the active therapy&apos;s response is documented</source>
        <translation>Ningún episodio se resolvió ni mejoró, y la respuesta a la fisioterapia activa está documentada</translation>
    </message>
    <message>
        <source>Coronal Cobb angle (°)</source>
        <translation>Ángulo de Cobb coronal (°)</translation>
    </message>
    <message>
        <source>Coronal Cobb angle from the most recent study</source>
        <translation>Ángulo de Cobb coronal del estudio más reciente</translation>
    </message>
    <message>
        <source>Sagittal vertical axis (cm)</source>
        <translation>Eje vertical sagital (cm)</translation>
    </message>
    <message>
        <source>Sagittal vertical axis from the most recent study</source>
        <translation>Eje vertical sagital del estudio más reciente</translation>
    </message>
    <message>
        <source>Pelvic incidence − lordosis (°)</source>
        <translation>Incidencia pélvica − lordosis (°)</translation>
    </message>
    <message>
        <source>PI − LL mismatch from the most recent study</source>
        <translation>Discordancia PI − LL del estudio más reciente</translation>
    </message>
    <message>
        <source>Levels with a pars defect</source>
        <translation>Niveles con defecto de la pars</translation>
    </message>
    <message>
        <source>Number of lumbar levels with a documented pars defect</source>
        <translation>Número de niveles lumbares con defecto de la pars documentado</translation>
    </message>
    <message>
        <source>Nicotine use</source>
        <translation>Consumo de nicotina</translation>
    </message>
    <message>
        <source>Days from nicotine quit date to surgery</source>
        <translation>Días desde el abandono de la nicotina hasta la cirugía</translation>
    </message>
    <message>
        <source>Days from the nicotine quit date to the planned surgery date (the review date when none is planned)</source>
        <translation>Días desde la fecha en que dejó la nicotina hasta la fecha quirúrgica prevista (la fecha de revisión si no hay ninguna prevista)</translation>
    </message>
    <message>
        <source>Days from cotinine test to surgery</source>
        <translation>Días desde la prueba de cotinina hasta la cirugía</translation>
    </message>
    <message>
        <source>Days from the cotinine test to the planned surgery date (the review date when none is planned)</source>
        <translation>Días desde la prueba de cotinina hasta la fecha quirúrgica prevista (la fecha de revisión si no hay ninguna prevista)</translation>
    </message>
    <message>
        <source>Cotinine level (ng/mL)</source>
        <translation>Nivel de cotinina (ng/mL)</translation>
    </message>
    <message>
        <source>Cotinine level, ng/mL</source>
        <translation>Nivel de cotinina, ng/mL</translation>
    </message>
    <message>
        <source>Cotinine level documented</source>
        <translation>Nivel de cotinina documentado</translation>
    </message>
    <message>
        <source>The cotinine test documents a level in ng/mL</source>
        <translation>La prueba de cotinina documenta un nivel en ng/mL</translation>
    </message>
    <message>
        <source>Cotinine result</source>
        <translation>Resultado de cotinina</translation>
    </message>
    <message>
        <source>Cotinine test result</source>
        <translation>Resultado de la prueba de cotinina</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>HbA1c (%)</source>
        <translation>HbA1c (%)</translation>
    </message>
    <message>
        <source>HbA1c, percent</source>
        <translation>HbA1c, en porcentaje</translation>
    </message>
    <message>
        <source>BMI (kg/m²)</source>
        <translation>IMC (kg/m²)</translation>
    </message>
    <message>
        <source>Body-mass index, kg/m²</source>
        <translation>Índice de masa corporal, kg/m²</translation>
    </message>
    <message>
        <source>Lowest DEXA T-score</source>
        <translation>Puntuación T de DEXA más baja</translation>
    </message>
    <message>
        <source>CT Hounsfield units</source>
        <translation>Unidades Hounsfield en TC</translation>
    </message>
    <message>
        <source>Vertebral bone density on CT, HU</source>
        <translation>Densidad ósea vertebral en TC, UH</translation>
    </message>
    <message>
        <source>Osteoporosis</source>
        <translation>Osteoporosis</translation>
    </message>
    <message>
        <source>Osteoporosis diagnosis documented</source>
        <translation>Diagnóstico de osteoporosis documentado</translation>
    </message>
    <message>
        <source>Chronic steroid use</source>
        <translation>Uso crónico de corticoides</translation>
    </message>
    <message>
        <source>Kidney (renal) disease</source>
        <translation>Enfermedad renal</translation>
    </message>
    <message>
        <source>Renal disease</source>
        <translation>Enfermedad renal</translation>
    </message>
    <message>
        <source>Alcohol use disorder</source>
        <translation>Trastorno por consumo de alcohol</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Embarazada</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Embarazo</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Edad (años)</translation>
    </message>
    <message>
        <source>Age in whole years at the review date</source>
        <translation>Edad en años cumplidos en la fecha de revisión</translation>
    </message>
    <message>
        <source>Fusion levels requested</source>
        <translation>Niveles de artrodesis solicitados</translation>
    </message>
    <message>
        <source>Number of levels the requested fusion covers; 0 when fusion is not requested</source>
        <translation>Número de niveles que abarca la artrodesis solicitada; 0 si no se solicita artrodesis</translation>
    </message>
    <message>
        <source>Interbody technique</source>
        <translation>Técnica intersomática</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Abordaje</translation>
    </message>
    <message>
        <source>Surgical approach</source>
        <translation>Abordaje quirúrgico</translation>
    </message>
    <message>
        <source>Posterolateral fusion</source>
        <translation>Artrodesis posterolateral</translation>
    </message>
    <message>
        <source>The fusion includes a posterolateral graft bed</source>
        <translation>La artrodesis incluye un lecho de injerto posterolateral</translation>
    </message>
    <message>
        <source>Autograft source</source>
        <translation>Origen del autoinjerto</translation>
    </message>
    <message>
        <source>Autograft insufficient</source>
        <translation>Autoinjerto insuficiente</translation>
    </message>
    <message>
        <source>Autograft unavailable or insufficient</source>
        <translation>Autoinjerto no disponible o insuficiente</translation>
    </message>
    <message>
        <source>BMA hybrid with iliac crest</source>
        <translation>Híbrido de BMA con cresta ilíaca</translation>
    </message>
    <message>
        <source>Bone marrow aspirate mixed with iliac-crest autograft</source>
        <translation>Aspirado de médula ósea mezclado con autoinjerto de cresta ilíaca</translation>
    </message>
    <message>
        <source>rhBMP-2 contraindication</source>
        <translation>Contraindicación de rhBMP-2</translation>
    </message>
    <message>
        <source>A documented contraindication to rhBMP-2</source>
        <translation>Una contraindicación documentada para rhBMP-2</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Requested setting</source>
        <translation>Ámbito solicitado</translation>
    </message>
    <message>
        <source>Expected midnights</source>
        <translation>Medianoches previstas</translation>
    </message>
    <message>
        <source>The surgeon&apos;s expected hospital stay, in midnights</source>
        <translation>La estancia hospitalaria prevista por el cirujano, en medianoches</translation>
    </message>
    <message>
        <source>Number of inpatient risk factors</source>
        <translation>Número de factores de riesgo de hospitalización</translation>
    </message>
    <message>
        <source>Number of documented reasons for an inpatient stay</source>
        <translation>Número de motivos documentados para una hospitalización</translation>
    </message>
    <message>
        <source>Criteria set in effect</source>
        <translation>Conjunto de criterios vigente</translation>
    </message>
    <message>
        <source>The review date is on or after the criteria set&apos;s effective date</source>
        <translation>La fecha de revisión es igual o posterior a la fecha de vigencia del conjunto de criterios</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>The evaluated level</source>
        <translation>El nivel evaluado</translation>
    </message>
    <message>
        <source>Described on qualifying imaging</source>
        <translation>Descrito en imágenes válidas</translation>
    </message>
    <message>
        <source>A qualifying study (MRI, CT or CT myelogram within the set&apos;s qualifyingImagingMonths) has an entry for the level; never false — unknown until such a study exists</source>
        <translation>Un estudio válido (RM, TC o mielo-TC dentro de los meses que fija el conjunto de criterios, qualifyingImagingMonths) tiene una entrada para el nivel; nunca «no» — desconocido hasta que exista un estudio así</translation>
    </message>
    <message>
        <source>Worst stenosis (any zone)</source>
        <translation>Peor estenosis (cualquier zona)</translation>
    </message>
    <message>
        <source>Worst of central, lateral-recess and foraminal stenosis (either side) on qualifying imaging, as a rank: 0 none, 1 mild, 2 mild_moderate, 3 moderate, 4 moderate_severe, 5 severe</source>
        <translation>La peor de las estenosis central, del receso lateral y foraminal (de cualquier lado) en imágenes válidas, como rango: 0 ninguna, 1 leve, 2 leve a moderada, 3 moderada, 4 moderada a grave, 5 grave</translation>
    </message>
    <message>
        <source>Central canal stenosis</source>
        <translation>Estenosis del canal central</translation>
    </message>
    <message>
        <source>Central stenosis rank (0–5) on qualifying imaging</source>
        <translation>Rango de la estenosis central (0–5) en imágenes válidas</translation>
    </message>
    <message>
        <source>Foraminal stenosis (worse side)</source>
        <translation>Estenosis foraminal (lado más afectado)</translation>
    </message>
    <message>
        <source>Worse side of foraminal stenosis, rank 0–5, on qualifying imaging</source>
        <translation>Lado más afectado de la estenosis foraminal, rango 0–5, en imágenes válidas</translation>
    </message>
    <message>
        <source>Slip grade (Meyerding)</source>
        <translation>Grado de listesis (Meyerding)</translation>
    </message>
    <message>
        <source>Meyerding grade of spondylolisthesis (0 = none)</source>
        <translation>Grado de Meyerding de la espondilolistesis (0 = ninguna)</translation>
    </message>
    <message>
        <source>Slip type</source>
        <translation>Tipo de listesis</translation>
    </message>
    <message>
        <source>Type of spondylolisthesis</source>
        <translation>Tipo de espondilolistesis</translation>
    </message>
    <message>
        <source>Slip progressing</source>
        <translation>Listesis en progresión</translation>
    </message>
    <message>
        <source>The slip grew on serial films</source>
        <translation>El desplazamiento aumentó en radiografías seriadas</translation>
    </message>
    <message>
        <source>Dynamic translation (mm)</source>
        <translation>Traslación dinámica (mm)</translation>
    </message>
    <message>
        <source>Change in translation between flexion and extension (or supine and upright) films, mm</source>
        <translation>Cambio de la traslación entre radiografías en flexión y extensión (o en decúbito y en bipedestación), en mm</translation>
    </message>
    <message>
        <source>Pars defect</source>
        <translation>Defecto de la pars</translation>
    </message>
    <message>
        <source>Spondylolysis or a pars fracture</source>
        <translation>Espondilólisis o fractura de la pars</translation>
    </message>
    <message>
        <source>Modic type</source>
        <translation>Tipo de Modic</translation>
    </message>
    <message>
        <source>Modic type 0–3</source>
        <translation>Tipo de Modic 0–3</translation>
    </message>
    <message>
        <source>Disc height loss</source>
        <translation>Pérdida de altura discal</translation>
    </message>
    <message>
        <source>Disc-height loss</source>
        <translation>Pérdida de altura discal</translation>
    </message>
    <message>
        <source>Previously operated</source>
        <translation>Operado previamente</translation>
    </message>
    <message>
        <source>The level appears in surgicalHistory</source>
        <translation>El nivel figura en los antecedentes quirúrgicos (surgicalHistory)</translation>
    </message>
    <message>
        <source>Prior decompression</source>
        <translation>Descompresión previa</translation>
    </message>
    <message>
        <source>A prior discectomy, laminotomy, laminectomy, foraminotomy or facetectomy at the level</source>
        <translation>Una discectomía, laminotomía, laminectomía, foraminotomía o facetectomía previa en el nivel</translation>
    </message>
    <message>
        <source>Prior fusion</source>
        <translation>Artrodesis previa</translation>
    </message>
    <message>
        <source>A prior fusion at the level</source>
        <translation>Una artrodesis previa en el nivel</translation>
    </message>
    <message>
        <source>Prior fusion not solid (pseudarthrosis)</source>
        <translation>Artrodesis previa no consolidada (seudoartrosis)</translation>
    </message>
    <message>
        <source>A prior fusion at the level is documented as not solid (pseudarthrosis)</source>
        <translation>Una artrodesis previa en el nivel consta como no consolidada (seudoartrosis)</translation>
    </message>
    <message>
        <source>Months since the non-united fusion</source>
        <translation>Meses desde la artrodesis no consolidada</translation>
    </message>
    <message>
        <source>Whole calendar months from the non-united fusion to the review date</source>
        <translation>Meses naturales completos desde la artrodesis no consolidada hasta la fecha de revisión</translation>
    </message>
    <message>
        <source>Prior facet resection, left (%)</source>
        <translation>Resección facetaria previa, izquierda (%)</translation>
    </message>
    <message>
        <source>Share of the left facet removed by prior decompressions at the level (largest documented); 0 when never decompressed</source>
        <translation>Proporción de la faceta izquierda resecada en descompresiones previas en el nivel (la mayor documentada); 0 si nunca se descomprimió</translation>
    </message>
    <message>
        <source>Prior facet resection, right (%)</source>
        <translation>Resección facetaria previa, derecha (%)</translation>
    </message>
    <message>
        <source>Share of the right facet removed by prior decompressions at the level</source>
        <translation>Proporción de la faceta derecha resecada en descompresiones previas en el nivel</translation>
    </message>
    <message>
        <source>Planned facetectomy, left (%)</source>
        <translation>Facetectomía planificada, izquierda (%)</translation>
    </message>
    <message>
        <source>Share of the left facet the surgeon plans to remove at the level</source>
        <translation>Proporción de la faceta izquierda que el cirujano prevé resecar en el nivel</translation>
    </message>
    <message>
        <source>Planned facetectomy, right (%)</source>
        <translation>Facetectomía planificada, derecha (%)</translation>
    </message>
    <message>
        <source>Share of the right facet the surgeon plans to remove at the level</source>
        <translation>Proporción de la faceta derecha que el cirujano prevé resecar en el nivel</translation>
    </message>
    <message>
        <source>Planned pars removal</source>
        <translation>Resección de la pars planificada</translation>
    </message>
    <message>
        <source>The plan removes the pars at the level</source>
        <translation>El plan incluye la resección de la pars en el nivel</translation>
    </message>
    <message>
        <source>Prior fusion at an adjacent level</source>
        <translation>Artrodesis previa en un nivel adyacente</translation>
    </message>
    <message>
        <source>A prior fusion at a level sharing a vertebra with this one</source>
        <translation>Una artrodesis previa en un nivel que comparte una vértebra con este</translation>
    </message>
    <message>
        <source>Symptoms concordant with the level</source>
        <translation>Síntomas concordantes con el nivel</translation>
    </message>
    <message>
        <source>Symptoms concordant with the level: follows symptoms.present, except false when claudication is not documented true and every documented root finding maps to other levels</source>
        <translation>Síntomas concordantes con el nivel: sigue a symptoms.present, salvo «no» cuando la claudicación no consta como presente y todos los hallazgos radiculares documentados corresponden a otros niveles</translation>
    </message>
    <message>
        <source>Fusion requested</source>
        <translation>Artrodesis solicitada</translation>
    </message>
    <message>
        <source>Fusion is requested at the level</source>
        <translation>Se solicita artrodesis en el nivel</translation>
    </message>
    <message>
        <source>Decompression requested</source>
        <translation>Descompresión solicitada</translation>
    </message>
    <message>
        <source>Decompression is requested at the level</source>
        <translation>Se solicita descompresión en el nivel</translation>
    </message>
</context>
<context>
    <name>FhirBundle</name>
    <message>
        <source>an unknown release</source>
        <extracomment>what FHIR release a version number is, in &quot;FHIR 6.0 (an unknown release)&quot;</extracomment>
        <translation>una versión desconocida</translation>
    </message>
    <message>
        <source>STU3 or earlier</source>
        <extracomment>the FHIR releases before R4, in &quot;written for FHIR STU3 or earlier, not R4&quot;</extracomment>
        <translation>STU3 o anterior</translation>
    </message>
    <message>
        <source>not a FHIR resource: no resourceType</source>
        <extracomment>resourceType is a FHIR element name: keep it as is</extracomment>
        <translation>no es un recurso FHIR: falta resourceType</translation>
    </message>
    <message>
        <source>expected a FHIR Bundle; found %1</source>
        <extracomment>%1 is what the file holds instead: a quoted value such as &quot;Patient&quot;, or &quot;an object&quot;</extracomment>
        <translation>se esperaba un Bundle de FHIR; se encontró %1</translation>
    </message>
    <message>
        <source>a bundle of type &quot;%1&quot; carries no patient record to import; expected %2</source>
        <extracomment>%1 is the bundle&apos;s type as the file writes it (such as history); %2 lists the FHIR bundle types read, written as is</extracomment>
        <translation>un paquete de tipo &quot;%1&quot; no contiene ninguna historia clínica que importar; se esperaba %2</translation>
    </message>
    <message>
        <source>FHIR %1 (%2); this importer reads FHIR R4 (4.0.x)</source>
        <extracomment>%1 is a FHIR version number as the file writes it (5.0.0), %2 the release it belongs to (R5)</extracomment>
        <translation>FHIR %1 (%2); este importador lee FHIR R4 (4.0.x)</translation>
    </message>
    <message>
        <source>an entry without a resource</source>
        <extracomment>an entry of a FHIR bundle</extracomment>
        <translation>una entrada sin recurso</translation>
    </message>
    <message>
        <source>written for FHIR %1, not R4: this importer reads FHIR R4 (4.0.x)</source>
        <extracomment>%1 is a FHIR release: R5, or &quot;STU3 or earlier&quot;</extracomment>
        <translation>escrito para FHIR %1, no R4: este importador lee FHIR R4 (4.0.x)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>FhirBundleImporter</name>
    <message>
        <source>a transaction request without a resource</source>
        <extracomment>a bundle entry that only deletes or reads (DELETE, GET) and carries no resource</extracomment>
        <translation>una petición de transacción sin recurso</translation>
    </message>
    <message>
        <source>the imported case would not follow spinereview-case/1: %1: %2</source>
        <extracomment>%1 is a path in the case file, %2 what is wrong there; spinereview-case/1 is the case file format</extracomment>
        <translation>el caso importado no cumpliría spinereview-case/1: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>a second Patient (%1 is the first): the bundle holds the records of %n patients; import one patient&apos;s bundle</source>
        <extracomment>Patient is a FHIR resource type; %1 is the first one (Patient/p1); %n is two or more</extracomment>
        <translation>
            <numerusform>un segundo Patient (el primero es %1): el paquete contiene las historias de %n paciente; importe el paquete de un solo paciente</numerusform>
            <numerusform>un segundo Patient (el primero es %1): el paquete contiene las historias de %n pacientes; importe el paquete de un solo paciente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not read by the importer</source>
        <extracomment>%1 is a FHIR resource type (Encounter)</extracomment>
        <translation>el importador no lee %1</translation>
    </message>
    <message>
        <source>it may change the resource&apos;s meaning in a way the importer does not know</source>
        <extracomment>why a resource with a FHIR modifierExtension the importer does not understand is left out</extracomment>
        <translation>puede cambiar el significado del recurso de un modo que el importador desconoce</translation>
    </message>
    <message>
        <source>elements not read: %1</source>
        <extracomment>%1 lists FHIR element names of the resource, written as is</extracomment>
        <translation>elementos no leídos: %1</translation>
    </message>
    <message>
        <source>refers to &quot;%1&quot;, not to the bundle&apos;s patient %2</source>
        <extracomment>%1 is the reference as the file writes it, %2 the bundle&apos;s Patient (Patient/p1)</extracomment>
        <translation>remite a &quot;%1&quot;, no al paciente del paquete %2</translation>
    </message>
    <message>
        <source>the case needs a caseId, and the bundle has neither identifier nor id: give one</source>
        <extracomment>caseId is a field of the case file; identifier and id are FHIR element names: keep them as is</extracomment>
        <translation>el caso necesita un caseId y el paquete no tiene ni identifier ni id: indique uno</translation>
    </message>
    <message>
        <source>the case needs request.components: no planned Procedure (status preparation) or active ServiceRequest carries a CPT or SNOMED CT code of a lumbar spine operation</source>
        <extracomment>request.components is a field of the case file; Procedure and ServiceRequest are FHIR resource types and preparation a Procedure status: keep them as is</extracomment>
        <translation>el caso necesita request.components: ningún Procedure previsto (status preparation) ni ServiceRequest activo lleva un código CPT o SNOMED CT de una cirugía de columna lumbar</translation>
    </message>
    <message>
        <source>the case needs request.levels: no requested operation names its levels in bodySite (such as &quot;L4-L5&quot;)</source>
        <extracomment>request.levels is a field of the case file, bodySite a FHIR element name: keep them as is</extracomment>
        <translation>el caso necesita request.levels: ninguna cirugía solicitada indica sus niveles en bodySite (como &quot;L4-L5&quot;)</translation>
    </message>
</context>
<context>
    <name>FhirCodes</name>
    <message>
        <source>covers morselized allograft and osteopromotive material alike (rhBMP-2, demineralised bone matrix)</source>
        <extracomment>why CPT 20930 names no component by itself, in &quot;20930 names no component by itself: it …&quot;</extracomment>
        <translation>abarca por igual el aloinjerto morselizado y el material osteopromotor (rhBMP-2, matriz ósea desmineralizada)</translation>
    </message>
    <message>
        <source>&quot;without neurogenic claudication&quot; is what is coded when claudication is not documented; symptoms.neurogenicClaudication is left undocumented</source>
        <extracomment>symptoms.neurogenicClaudication is a field of the case file: keep it as is</extracomment>
        <translation>&quot;sin claudicación neurógena&quot; es lo que se codifica cuando la claudicación no está documentada; symptoms.neurogenicClaudication queda sin documentar</translation>
    </message>
    <message>
        <source>stenosis is recorded per level and grade in Imaging; the code gives neither</source>
        <extracomment>Imaging is the desk&apos;s section of that name</extracomment>
        <translation>la estenosis se registra por nivel y grado en «Imagen»; el código no indica ninguno de los dos</translation>
    </message>
    <message>
        <source>spondylolisthesis is recorded per level in Imaging; the code gives no level or grade</source>
        <extracomment>Imaging is the desk&apos;s section of that name</extracomment>
        <translation>la espondilolistesis se registra por nivel en «Imagen»; el código no indica nivel ni grado</translation>
    </message>
    <message>
        <source>radiculopathy: the code gives no side or root; enter leg pain, exam and EMG by hand</source>
        <translation>radiculopatía: el código no indica lado ni raíz; introduzca manualmente el dolor en la pierna, la exploración y el EMG</translation>
    </message>
</context>
<context>
    <name>FhirResourceReader</name>
    <message>
        <source>a %1 gives no calendar date; expected a dateTime or a Period</source>
        <extracomment>%1 is a FHIR data type (Age, String); dateTime and Period are FHIR data types too: keep them as is</extracomment>
        <translation>un %1 no da una fecha del calendario; se esperaba un dateTime o un Period</translation>
    </message>
</context>
<context>
    <name>FhirTypes</name>
    <message>
        <source>(no system)</source>
        <extracomment>stands for the code system of a FHIR coding that names none, in &quot;(no system)|M48.06&quot;</extracomment>
        <translation>(sin sistema)</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>what an empty FHIR CodeableConcept holds</extracomment>
        <translation>nada</translation>
    </message>
    <message>
        <source>a Quantity without a value</source>
        <extracomment>Quantity is a FHIR data type</extracomment>
        <translation>un Quantity sin valor</translation>
    </message>
    <message>
        <source>expected a FHIR date or dateTime; found %1</source>
        <extracomment>date and dateTime are FHIR data types; %1 is the value as the file writes it, quoted</extracomment>
        <translation>se esperaba un date o un dateTime de FHIR; se encontró %1</translation>
    </message>
    <message>
        <source>a partial date (%1) names no day; the case format takes whole dates only</source>
        <extracomment>%1 is the value as the file writes it, quoted (&quot;2019-03&quot;)</extracomment>
        <translation>una fecha parcial (%1) no indica el día; el formato del caso solo admite fechas completas</translation>
    </message>
    <message>
        <source>not a calendar date: %1</source>
        <extracomment>%1 is the value as the file writes it, quoted (&quot;2019-02-30&quot;)</extracomment>
        <translation>no es una fecha del calendario: %1</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <extracomment>a FHIR Period</extracomment>
        <translation>el periodo termina antes de empezar</translation>
    </message>
</context>
<context>
    <name>ImagingMapper</name>
    <message>
        <source>no status</source>
        <extracomment>a FHIR resource has no status element</extracomment>
        <translation>sin estado</translation>
    </message>
    <message>
        <source>DICOM modality %1 and the description &quot;%2&quot;</source>
        <extracomment>what an imaging study&apos;s modality was read from: %1 is a DICOM modality code (MR), %2 the study&apos;s description as the file writes it</extracomment>
        <translation>la modalidad DICOM %1 y la descripción &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the description &quot;%1&quot;</source>
        <extracomment>what an imaging study&apos;s modality was read from: %1 is its description as the file writes it</extracomment>
        <translation>la descripción &quot;%1&quot;</translation>
    </message>
    <message>
        <source>status &quot;%1&quot;: only final reports are read</source>
        <extracomment>status is a FHIR element name and %1 its code (preliminary, cancelled …): keep both as is</extracomment>
        <translation>status &quot;%1&quot;: solo se leen los informes definitivos</translation>
    </message>
    <message>
        <source>the report&apos;s name: %1</source>
        <extracomment>what an imaging study&apos;s modality was read from: %1 lists the codings and text of the report&apos;s code</extracomment>
        <translation>el nombre del informe: %1</translation>
    </message>
    <message>
        <source>no code</source>
        <extracomment>a FHIR resource has no code element</extracomment>
        <translation>sin código</translation>
    </message>
    <message>
        <source>%1: not a report of lumbar spine imaging</source>
        <extracomment>%1 lists the codings and text of a DiagnosticReport&apos;s code, or says it has none</extracomment>
        <translation>%1: no es un informe de imagen de la columna lumbar</translation>
    </message>
    <message>
        <source>free text, enter the findings in Imaging</source>
        <extracomment>a report&apos;s conclusion; Imaging is the desk&apos;s section of that name</extracomment>
        <translation>texto libre; introduzca los hallazgos en «Imagen»</translation>
    </message>
    <message>
        <source>%1: a coded conclusion names no level or grade; enter the findings in Imaging</source>
        <extracomment>%1 lists the codings of a report&apos;s conclusionCode; Imaging is the desk&apos;s section of that name</extracomment>
        <translation>%1: una conclusión codificada no indica nivel ni grado; introduzca los hallazgos en «Imagen»</translation>
    </message>
    <message>
        <source>an attached report, not parsed: enter the findings in Imaging</source>
        <extracomment>Imaging is the desk&apos;s section of that name</extracomment>
        <translation>un informe adjunto, no analizado: introduzca los hallazgos en «Imagen»</translation>
    </message>
    <message>
        <source>neither a CPT code of lumbar spine imaging nor a modality with the lumbar spine in its description</source>
        <translation>ni un código CPT de imagen de la columna lumbar ni una modalidad con la columna lumbar en su descripción</translation>
    </message>
    <message>
        <source>%1 without a date; imaging[].date is required</source>
        <extracomment>%1 is a modality as the case file writes it (MRI, xray); imaging[].date is a field of the case file</extracomment>
        <translation>%1 sin fecha; imaging[].date es obligatorio</translation>
    </message>
    <message>
        <source>%1 on %2, from %3</source>
        <extracomment>%1 is a modality as the case file writes it (MRI, xray), %2 a date, %3 what the modality was read from (CPT 72148, the description &quot;…&quot;)</extracomment>
        <translation>%1 el %2, según %3</translation>
    </message>
</context>
<context>
    <name>LatestValue</name>
    <message>
        <source>%1 differs from another value for %2, and without dates on all of them the latest cannot be told</source>
        <extracomment>%1 is a value and where it came from (&quot;31.2 kg/m² on 2025-03-04&quot;), %2 a field of the case file (patient.bmi)</extracomment>
        <translation>%1 difiere de otro valor de %2 y, sin fechas en todos ellos, no se puede saber cuál es el más reciente</translation>
    </message>
    <message>
        <source>%1 disagrees with another value for %2 of the same day (%3)</source>
        <extracomment>%1 is a value and its date, %2 a field of the case file (patient.bmi), %3 the date</extracomment>
        <translation>%1 no coincide con otro valor de %2 del mismo día (%3)</translation>
    </message>
    <message>
        <source>%1: %2 takes the latest value, at %3</source>
        <extracomment>%1 is a value and its date, %2 a field of the case file (patient.bmi), %3 the JSON path of the value taken</extracomment>
        <translation>%1: %2 toma el valor más reciente, en %3</translation>
    </message>
</context>
<context>
    <name>LetterContent</name>
    <message>
        <source>Letter of medical necessity</source>
        <translation>Carta de necesidad médica</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>To (payer):</source>
        <translation>Para (aseguradora):</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>%1, utilization review</source>
        <translation>%1, revisión de utilización</translation>
    </message>
    <message>
        <source>Re:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Dear medical reviewer,</source>
        <translation>Estimado revisor médico:</translation>
    </message>
    <message>
        <source>This letter sets out the clinical record behind the surgery requested above and the indications it meets under %1, version %2.</source>
        <translation>Esta carta expone la historia clínica que respalda la cirugía solicitada arriba y las indicaciones que cumple según %1, versión %2.</translation>
    </message>
    <message>
        <source>Prepared with SpineReview decision support from the case record. The indications listed are those the criteria set named on every page finds met; no other component is claimed.</source>
        <translation>Preparada con el apoyo a la decisión de SpineReview a partir de la historia del caso. Las indicaciones listadas son las que el conjunto de criterios nombrado en cada página considera cumplidas; no se reclama ningún otro componente.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>Prior lumbar operations</source>
        <translation>Cirugías lumbares previas</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Imaging:</source>
        <translation>Imagen:</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Electrodiagnostic studies:</source>
        <translation>Estudios electrodiagnósticos:</translation>
    </message>
    <message>
        <source>Examination:</source>
        <translation>Exploración:</translation>
    </message>
    <message>
        <source>Conservative care</source>
        <translation>Tratamiento conservador</translation>
    </message>
    <message>
        <source>Indications met</source>
        <translation>Indicaciones cumplidas</translation>
    </message>
    <message>
        <source>None of the requested components meets the criteria as documented.</source>
        <translation>Ninguno de los componentes solicitados cumple los criterios según lo documentado.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not supported by the criteria as documented</source>
        <translation>No respaldado por los criterios según lo documentado</translation>
    </message>
    <message>
        <source>The following requested components are not supported by the criteria as documented; this letter claims no indication for them.</source>
        <translation>Los siguientes componentes solicitados no están respaldados por los criterios según lo documentado; esta carta no reclama ninguna indicación para ellos.</translation>
    </message>
    <message>
        <source>Sincerely,</source>
        <translation>Atentamente,</translation>
    </message>
    <message>
        <source>Surgeon&apos;s name:</source>
        <translation>Nombre del cirujano:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation>NPI:</translation>
    </message>
</context>
<context>
    <name>MappingEntry</name>
    <message>
        <source>mapped to %1</source>
        <extracomment>%1 is a field of the case file such as patient.bmi, written as is</extracomment>
        <translation>mapeado a %1</translation>
    </message>
    <message>
        <source>mapped by text to %1</source>
        <extracomment>recognised by its words rather than by a code; %1 is a field of the case file such as patient.bmi</extracomment>
        <translation>mapeado por texto a %1</translation>
    </message>
    <message>
        <source>not mapped (%1)</source>
        <extracomment>%1 is why, such as &quot;missing value&quot;</extracomment>
        <translation>no mapeado (%1)</translation>
    </message>
</context>
<context>
    <name>MappingReport</name>
    <message numerus="yes">
        <source>Mapped (%n):</source>
        <extracomment>the heading of the list of the elements of an imported file that were mapped into the case</extracomment>
        <translation>
            <numerusform>Mapeado (%n):</numerusform>
            <numerusform>Mapeados (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not mapped (%n):</source>
        <extracomment>the heading of the list of the elements of an imported file that were not mapped into the case</extracomment>
        <translation>
            <numerusform>No mapeado (%n):</numerusform>
            <numerusform>No mapeados (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapped (%1 by text), %2 not mapped.</source>
        <extracomment>elements of an imported file: %n mapped into the case, %1 of them recognised by their words rather than a code, %2 not mapped</extracomment>
        <translation>
            <numerusform>%n mapeado (%1 por texto), %2 sin mapear.</numerusform>
            <numerusform>%n mapeados (%1 por texto), %2 sin mapear.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MedicationMapper</name>
    <message>
        <source>a Medication is read where a MedicationStatement or MedicationRequest names it</source>
        <extracomment>Medication, MedicationStatement and MedicationRequest are FHIR resource types: keep them as is</extracomment>
        <translation>un Medication se lee donde lo nombra un MedicationStatement o un MedicationRequest</translation>
    </message>
    <message>
        <source>status &quot;%1&quot;, but a request gives no date the medication ended; the case would read the episode as ongoing</source>
        <extracomment>status is a FHIR element name and %1 its code (completed, stopped): keep both as is</extracomment>
        <translation>status &quot;%1&quot;, pero una prescripción no indica la fecha en que terminó la medicación; el caso leería el episodio como en curso</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; without an end date; the case would read the episode as ongoing</source>
        <extracomment>status is a FHIR element name and %1 its code (completed, stopped): keep both as is</extracomment>
        <translation>status &quot;%1&quot; sin fecha de fin; el caso leería el episodio como en curso</translation>
    </message>
    <message>
        <source>%1: not a drug kind of conservativeTherapy (NSAID, gabapentinoid, acetaminophen, muscle relaxant, opioid, oral steroid)</source>
        <extracomment>%1 lists the medication&apos;s codings and text; conservativeTherapy is a field of the case file</extracomment>
        <translation>%1: no es un tipo de fármaco de conservativeTherapy (AINE, gabapentinoide, paracetamol, relajante muscular, opioide, corticoide oral)</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 (%4)</source>
        <extracomment>%1 is a drug kind as the case file writes it (nsaid, gabapentinoid), %2 and %3 dates, %4 the medication&apos;s codings and text</extracomment>
        <translation>%1 del %2 al %3 (%4)</translation>
    </message>
    <message>
        <source>%1 from %2, ongoing (%3)</source>
        <extracomment>%1 is a drug kind as the case file writes it (nsaid, gabapentinoid), %2 a date, %3 the medication&apos;s codings and text</extracomment>
        <translation>%1 desde el %2, en curso (%3)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <extracomment>%1 is a drug kind as the case file writes it (nsaid, gabapentinoid), %2 a date, %3 the medication&apos;s codings and text</extracomment>
        <translation>%1 hasta el %2 (%3)</translation>
    </message>
    <message>
        <source>%1, ongoing (%2)</source>
        <extracomment>%1 is a drug kind as the case file writes it (nsaid, gabapentinoid), %2 the medication&apos;s codings and text</extracomment>
        <translation>%1, en curso (%2)</translation>
    </message>
    <message>
        <source>no medication</source>
        <extracomment>a MedicationStatement or MedicationRequest names no medication</extracomment>
        <translation>sin medicación</translation>
    </message>
    <message>
        <source>no medication reference</source>
        <translation>sin referencia a la medicación</translation>
    </message>
    <message>
        <source>the Medication &quot;%1&quot; is not in the file</source>
        <extracomment>Medication is a FHIR resource type; %1 the reference as the file writes it</extracomment>
        <translation>el Medication &quot;%1&quot; no está en el archivo</translation>
    </message>
    <message>
        <source>the Medication has no code</source>
        <extracomment>Medication is a FHIR resource type</extracomment>
        <translation>el Medication no tiene código</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1/schema.sql is missing</source>
        <translation>falta %1/schema.sql</translation>
    </message>
    <message>
        <source>%1/%2: a migration is named migrate_N.sql</source>
        <translation>%1/%2: una migración se llama migrate_N.sql</translation>
    </message>
    <message>
        <source>%1: migrations must be migrate_2.sql, migrate_3.sql, … without gaps (found migrate_%2.sql)</source>
        <translation>%1: las migraciones deben ser migrate_2.sql, migrate_3.sql, … sin huecos (se encontró migrate_%2.sql)</translation>
    </message>
    <message>
        <source>%1, statement %2 (%3)</source>
        <extracomment>%1 is a migration script (migrate_3.sql), %2 the statement&apos;s number in it, %3 its first words (SQL)</extracomment>
        <translation>ejecutar %1, instrucción %2 (%3)</translation>
    </message>
    <message>
        <source>it has tables (%1) but no schema_version</source>
        <extracomment>%1 lists table names; schema_version is a table&apos;s name, kept as it is</extracomment>
        <translation>tiene tablas (%1) pero no schema_version</translation>
    </message>
    <message numerus="yes">
        <source>its schema_version table holds %n rows instead of one version</source>
        <extracomment>schema_version is a table&apos;s name, kept as it is</extracomment>
        <translation>
            <numerusform>su tabla schema_version contiene %n fila en lugar de una versión</numerusform>
            <numerusform>su tabla schema_version contiene %n filas en lugar de una versión</numerusform>
        </translation>
    </message>
    <message>
        <source>locking the schema for migration</source>
        <translation>bloquear el esquema para la migración</translation>
    </message>
    <message>
        <source>%1 is not a SpineReview database: %2</source>
        <translation>%1 no es una base de datos de SpineReview: %2</translation>
    </message>
    <message>
        <source>%1 was moved to schema version %2 by a newer SpineReview while this one opened it</source>
        <translation>una versión más reciente de SpineReview llevó %1 a la versión de esquema %2 mientras esta la abría</translation>
    </message>
    <message>
        <source>marking the file as SpineReview&apos;s</source>
        <translation>marcar el archivo como de SpineReview</translation>
    </message>
    <message>
        <source>%1 — the database stays at schema version %2, unchanged</source>
        <extracomment>%1 is what failed, %2 the schema version the database keeps</extracomment>
        <translation>%1 — la base de datos sigue en la versión de esquema %2, sin cambios</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>registrar la versión de esquema %1</translation>
    </message>
    <message>
        <source>reading the schema version after migrating</source>
        <translation>leer la versión de esquema después de migrar</translation>
    </message>
    <message>
        <source>%1: the scripts leave schema_version at %2, but the migrations lead to version %3</source>
        <extracomment>schema_version is a table&apos;s name, kept as it is</extracomment>
        <translation>%1: los scripts dejan schema_version en %2, pero las migraciones llevan a la versión %3</translation>
    </message>
</context>
<context>
    <name>MissingText</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>To settle %1:</source>
        <translation>Para resolver %1:</translation>
    </message>
    <message>
        <source>the same records as for %1.</source>
        <translation>los mismos documentos que para %1.</translation>
    </message>
    <message>
        <source>the records for %1, and</source>
        <translation>los documentos para %1, y</translation>
    </message>
</context>
<context>
    <name>NotMappedReason</name>
    <message>
        <source>unsupported resource type</source>
        <extracomment>a reason an element of an imported FHIR file was not mapped, shown after &quot;Not mapped:&quot;</extracomment>
        <translation>tipo de recurso no admitido</translation>
    </message>
    <message>
        <source>unknown code system</source>
        <extracomment>coded only in a code system the importer does not read</extracomment>
        <translation>sistema de codificación desconocido</translation>
    </message>
    <message>
        <source>code not in the importer&apos;s tables</source>
        <extracomment>a code system the importer reads, but a code outside its tables</extracomment>
        <translation>código ausente de las tablas del importador</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>valor ausente</translation>
    </message>
    <message>
        <source>invalid value</source>
        <extracomment>present but unusable: wrong type, out of range, a partial date, an unknown unit</extracomment>
        <translation>valor no válido</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <extracomment>could mean more than one thing in the case</extracomment>
        <translation>ambiguo</translation>
    </message>
    <message>
        <source>conflicting values</source>
        <extracomment>disagrees with another element of the file; neither is taken</extracomment>
        <translation>valores contradictorios</translation>
    </message>
    <message>
        <source>superseded</source>
        <extracomment>another value of the same thing was taken instead: a later measurement, the lowest T-score of a study</extracomment>
        <translation>sustituido por otro valor</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>the resource&apos;s status (not done, entered in error, refuted, preliminary …) keeps it out</extracomment>
        <translation>estado</translation>
    </message>
    <message>
        <source>free text</source>
        <extracomment>narrative text, never parsed: the reviewer enters it by hand</extracomment>
        <translation>texto libre</translation>
    </message>
    <message>
        <source>no field in the case format</source>
        <extracomment>the case file format has no field for it</extracomment>
        <translation>sin campo en el formato del caso</translation>
    </message>
    <message>
        <source>another patient</source>
        <extracomment>the element is about a patient other than the bundle&apos;s</extracomment>
        <translation>otro paciente</translation>
    </message>
    <message>
        <source>modifier extension</source>
        <extracomment>a FHIR modifierExtension the importer does not understand</extracomment>
        <translation>extensión modificadora</translation>
    </message>
</context>
<context>
    <name>ObservationMapper</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is a measured value (27.4 kg/m², former), %2 the date it was measured</extracomment>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>no status</source>
        <extracomment>a FHIR resource has no status element</extracomment>
        <translation>sin estado</translation>
    </message>
    <message>
        <source>status &quot;%1&quot;: only final results are read</source>
        <extracomment>status is a FHIR element name and %1 its code (preliminary, cancelled …): keep both as is</extracomment>
        <translation>status &quot;%1&quot;: solo se leen los resultados definitivos</translation>
    </message>
    <message>
        <source>data absent: %1</source>
        <extracomment>%1 lists the codings of the Observation&apos;s dataAbsentReason (why it has no value)</extracomment>
        <translation>dato ausente: %1</translation>
    </message>
    <message>
        <source>no code</source>
        <extracomment>a FHIR resource has no code element</extracomment>
        <translation>sin código</translation>
    </message>
    <message>
        <source>no coding</source>
        <extracomment>a FHIR CodeableConcept has no coding element</extracomment>
        <translation>sin codificación</translation>
    </message>
    <message>
        <source>no coding, text &quot;%1&quot;</source>
        <extracomment>%1 is the observation&apos;s text as the file writes it</extracomment>
        <translation>sin codificación, texto &quot;%1&quot;</translation>
    </message>
    <message>
        <source>LOINC %1 is not an observation the case records</source>
        <extracomment>%1 is a LOINC coding (system|code and its display)</extracomment>
        <translation>LOINC %1 no es una observación que registre el caso</translation>
    </message>
    <message>
        <source>%1; observations are read in LOINC</source>
        <extracomment>%1 lists the codings the file gives (system|code)</extracomment>
        <translation>%1; las observaciones se leen en LOINC</translation>
    </message>
    <message>
        <source>no value</source>
        <extracomment>an Observation has no value[x] element</extracomment>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; is a bound, not a measurement</source>
        <extracomment>%1 is a comparator (&lt;, &gt;=), %2 a number: a Quantity that states a bound rather than a value</extracomment>
        <translation>&quot;%1 %2&quot; es un límite, no una medición</translation>
    </message>
    <message>
        <source>expected valueQuantity or valueInteger; found value%1 %2</source>
        <extracomment>valueQuantity, valueInteger and value%1 (valueString …) are FHIR element names: keep them as is; %2 is the value as the file writes it</extracomment>
        <translation>se esperaba valueQuantity o valueInteger; se encontró value%1 %2</translation>
    </message>
    <message>
        <source>expected valueQuantity; found value%1 %2</source>
        <extracomment>valueQuantity and value%1 (valueString …) are FHIR element names: keep them as is; %2 is the value as the file writes it</extracomment>
        <translation>se esperaba valueQuantity; se encontró value%1 %2</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot;; the case records %2</source>
        <extracomment>%1 is a unit as the file writes it, %2 the unit the case file uses (kg/m2, %)</extracomment>
        <translation>unidad &quot;%1&quot;; el caso registra en %2</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <extracomment>%1 is a number</extracomment>
        <translation>%1 está fuera del intervalo admitido</translation>
    </message>
    <message>
        <source>expected valueCodeableConcept with a SNOMED CT smoking status</source>
        <extracomment>valueCodeableConcept is a FHIR element name: keep it as is</extracomment>
        <translation>se esperaba valueCodeableConcept con un estado de tabaquismo de SNOMED CT</translation>
    </message>
    <message>
        <source>%1; smoking status is read in SNOMED CT</source>
        <extracomment>%1 lists the codings the file gives (system|code)</extracomment>
        <translation>%1; el tabaquismo se lee en SNOMED CT</translation>
    </message>
    <message>
        <source>%1 states no status</source>
        <extracomment>%1 is a SNOMED CT coding (system|code and its display) such as &quot;unknown if ever smoked&quot;</extracomment>
        <translation>%1 no indica ningún estado</translation>
    </message>
    <message>
        <source>%1 is not a smoking status of the importer&apos;s table</source>
        <extracomment>%1 is a SNOMED CT coding (system|code and its display)</extracomment>
        <translation>%1 no es un estado de tabaquismo de la tabla del importador</translation>
    </message>
    <message>
        <source>%1 (states tobacco smoking only)</source>
        <extracomment>%1 is the nicotine value written into the case file (never): keep it as is</extracomment>
        <translation>%1 (solo indica el consumo de tabaco fumado)</translation>
    </message>
    <message>
        <source>&quot;%1%2 %3&quot;: the case records a measured value in ng/mL</source>
        <extracomment>%1 is a comparator (&lt;, &gt;=) or nothing, %2 a number, %3 a unit</extracomment>
        <translation>&quot;%1%2 %3&quot;: el caso registra un valor medido en ng/mL</translation>
    </message>
    <message>
        <source>neither a result (positive, negative) nor a value in ng/mL</source>
        <extracomment>a cotinine test; positive and negative are the values the case file takes</extracomment>
        <translation>ni un resultado (positivo, negativo) ni un valor en ng/mL</translation>
    </message>
    <message>
        <source>%1 has no date; the case records these by date</source>
        <extracomment>%1 is a score (a pain score, an ODI, a T-score)</extracomment>
        <translation>%1 no tiene fecha; el caso los registra por fecha</translation>
    </message>
    <message>
        <source>T-score %1 on %2</source>
        <extracomment>a bone density T-score (%1) and the date of its study</extracomment>
        <translation>puntuación T %1 el %2</translation>
    </message>
    <message>
        <source>%1: the lowest T-score of the study is kept</source>
        <extracomment>%1 is a T-score and its date, why it was not taken</extracomment>
        <translation>%1: se conserva la puntuación T más baja del estudio</translation>
    </message>
    <message>
        <source>%1: a later study is kept</source>
        <extracomment>%1 is a T-score and its date, why it was not taken</extracomment>
        <translation>%1: se conserva un estudio posterior</translation>
    </message>
    <message>
        <source>%1: the same score of that day is already taken</source>
        <extracomment>%1 is a score and its date (&quot;pain 7 on 2025-06-02&quot;)</extracomment>
        <translation>%1: ya se tomó la misma puntuación de ese día</translation>
    </message>
    <message>
        <source>pain %1 on %2</source>
        <extracomment>a pain score from 0 to 10 (%1) and the date it was recorded</extracomment>
        <translation>dolor %1 el %2</translation>
    </message>
    <message>
        <source>%1: another pain of the same day differs</source>
        <extracomment>%1 is a pain score and its date (&quot;pain 7 on 2025-06-02&quot;)</extracomment>
        <translation>%1: otra puntuación de dolor del mismo día es distinta</translation>
    </message>
    <message>
        <source>ODI %1 on %2</source>
        <extracomment>an Oswestry Disability Index (%1) and the date it was recorded</extracomment>
        <translation>ODI %1 el %2</translation>
    </message>
    <message>
        <source>%1: another ODI of the same day differs</source>
        <extracomment>%1 is an Oswestry Disability Index and its date (&quot;ODI 42 on 2025-06-02&quot;)</extracomment>
        <translation>%1: otro ODI del mismo día es distinto</translation>
    </message>
</context>
<context>
    <name>PagedRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PatientMapper</name>
    <message>
        <source>gender &quot;%1&quot; states no sex</source>
        <extracomment>gender is a FHIR element name and %1 its code (unknown): keep both as is</extracomment>
        <translation>gender &quot;%1&quot; no indica el sexo</translation>
    </message>
    <message>
        <source>identifying data is not copied into the case</source>
        <extracomment>a patient&apos;s name, address, telecom, contact or photo</extracomment>
        <translation>los datos identificativos no se copian en el caso</translation>
    </message>
    <message>
        <source>not a medical record number (identifier type MR)</source>
        <extracomment>MR is the HL7 code of the identifier type: keep it as is</extracomment>
        <translation>no es un número de historia clínica (tipo de identificador MR)</translation>
    </message>
    <message numerus="yes">
        <source>one of %n different medical record numbers</source>
        <extracomment>%n is two or more</extracomment>
        <translation>
            <numerusform>uno de %n número de historia clínica distinto</numerusform>
            <numerusform>uno de %n números de historia clínica distintos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcedureMapper</name>
    <message>
        <source>no status</source>
        <extracomment>a FHIR resource has no status element</extracomment>
        <translation>sin estado</translation>
    </message>
    <message>
        <source>completed, but dated %1, after the import</source>
        <extracomment>a Procedure completed on a date (%1) later than the day of the import</extracomment>
        <translation>completado, pero con fecha %1, posterior a la importación</translation>
    </message>
    <message>
        <source>no code</source>
        <extracomment>a FHIR resource has no code element</extracomment>
        <translation>sin código</translation>
    </message>
    <message>
        <source>no coding</source>
        <extracomment>a FHIR CodeableConcept has no coding element</extracomment>
        <translation>sin codificación</translation>
    </message>
    <message>
        <source>%1 is not a lumbar spine operation of the importer&apos;s table</source>
        <extracomment>%1 lists the codings the file gives (system|code)</extracomment>
        <translation>%1 no es una cirugía de columna lumbar de la tabla del importador</translation>
    </message>
    <message>
        <source>%1; procedures are read in CPT or SNOMED CT</source>
        <extracomment>%1 lists the codings the file gives (system|code)</extracomment>
        <translation>%1; los procedimientos se leen en CPT o SNOMED CT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; spans more than one level; name each level (&quot;L4-L5, L5-S1&quot;)</source>
        <extracomment>%1 is a span of levels as the file writes it (&quot;L3-L5&quot;)</extracomment>
        <translation>&quot;%1&quot; abarca más de un nivel; indique cada nivel (&quot;L4-L5, L5-S1&quot;)</translation>
    </message>
    <message>
        <source>%1; reasons are read in ICD-10-CM only</source>
        <extracomment>%1 lists the codings of a ServiceRequest&apos;s reasonCode (system|code)</extracomment>
        <translation>%1; los motivos solo se leen en ICD-10-CM</translation>
    </message>
    <message>
        <source>%1 names no level in its bodySite (such as &quot;L4-L5&quot;); surgicalHistory needs them</source>
        <extracomment>%1 is a procedure code and its descriptor; bodySite is a FHIR element name and surgicalHistory a field of the case file: keep them as is</extracomment>
        <translation>%1 no indica ningún nivel en su bodySite (como &quot;L4-L5&quot;); surgicalHistory los necesita</translation>
    </message>
    <message>
        <source>%1 at %2 on %3, from %4</source>
        <extracomment>%1 is an operation as the case file writes it (laminectomy, fusion), %2 its levels, %3 its date, %4 the procedure code and its descriptor</extracomment>
        <translation>%1 en %2 el %3, según %4</translation>
    </message>
    <message>
        <source>%1 at %2, from %3</source>
        <extracomment>%1 is an operation or the components of a request as the case file writes them (laminectomy, fusion), %2 levels, %3 the procedure code and its descriptor</extracomment>
        <translation>%1 en %2, según %3</translation>
    </message>
    <message>
        <source>%1 of a past operation: surgicalHistory records the operation, not its graft</source>
        <extracomment>%1 is a procedure code and its descriptor; surgicalHistory is a field of the case file</extracomment>
        <translation>%1 de una cirugía previa: surgicalHistory registra la cirugía, no su injerto</translation>
    </message>
    <message>
        <source>true, from %1</source>
        <extracomment>true is the value written into the case file: keep it as is; %1 is a procedure code and its descriptor</extracomment>
        <translation>true, según %1</translation>
    </message>
    <message>
        <source>%1 with no fusion of the same day to attach it to</source>
        <extracomment>%1 is an instrumentation procedure code and its descriptor</extracomment>
        <translation>%1 sin ninguna artrodesis del mismo día a la que asociarlo</translation>
    </message>
    <message>
        <source>%1 names no component by itself: it %2; choose the component in Request</source>
        <extracomment>%1 is a CPT code, %2 what it covers (&quot;covers morselized allograft and …&quot;); Request is the desk&apos;s section of that name</extracomment>
        <translation>%1 no indica ningún componente por sí solo: %2; elija el componente en «Solicitud»</translation>
    </message>
    <message>
        <source>every requested level (bodySite names none)</source>
        <extracomment>where requested components apply when the procedure names no level; bodySite is a FHIR element name: keep it as is</extracomment>
        <translation>todos los niveles solicitados (bodySite no indica ninguno)</translation>
    </message>
    <message>
        <source>local, from CPT 20936 (same incision)</source>
        <extracomment>local is the value written into the case file: keep it as is</extracomment>
        <translation>local, según CPT 20936 (misma incisión)</translation>
    </message>
    <message>
        <source>planned for %1, another requested procedure for another day</source>
        <extracomment>%1 is the date a requested procedure is planned for</extracomment>
        <translation>previsto para el %1; otro procedimiento solicitado está previsto para otro día</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Criteria set</source>
        <translation>Conjunto de criterios</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>About the set</source>
        <translation>Sobre el conjunto</translation>
    </message>
    <message>
        <source>SHA-256 of the set</source>
        <translation>SHA-256 del conjunto</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence library</source>
        <translation>SHA-256 de la biblioteca de evidencia</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>SpineReview %1</source>
        <translation>SpineReview %1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>%1 · case %2 · reviewed as of %3</source>
        <translation>%1 · caso %2 · revisado a %3</translation>
    </message>
    <message>
        <source>Criteria: %1 (%2), version %3</source>
        <translation>Criterios: %1 (%2), versión %3</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>SpineReview %1</source>
        <translation>SpineReview %1</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>no se pudo dibujar el PDF</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
</context>
<context>
    <name>RequestContent</name>
    <message>
        <source>Request for additional information</source>
        <translation>Solicitud de información adicional</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>the requesting provider</source>
        <translation>el proveedor solicitante</translation>
    </message>
    <message>
        <source>Re:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Response requested before the determination is due:</source>
        <translation>Respuesta solicitada antes del vencimiento de la determinación:</translation>
    </message>
    <message>
        <source>Documentation requested</source>
        <translation>Documentación solicitada</translation>
    </message>
    <message>
        <source>Please send these records so that the review of the request above can be completed.</source>
        <translation>Envíe estos documentos para que pueda completarse la revisión de la solicitud anterior.</translation>
    </message>
    <message>
        <source>No records are outstanding.</source>
        <translation>No hay documentos pendientes.</translation>
    </message>
    <message>
        <source>Generated by SpineReview decision support for a qualified reviewer, who decides. It asks for documentation and is not a determination.</source>
        <translation>Generado por el apoyo a la decisión de SpineReview para un revisor cualificado, que es quien decide. Solicita documentación y no es una determinación.</translation>
    </message>
</context>
<context>
    <name>ResultTexts</name>
    <message>
        <source>Incomplete — %1.</source>
        <translation>Incompleto — %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a status at a level</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>necesita %1</translation>
    </message>
    <message numerus="yes">
        <source>needs %n records, first %1</source>
        <translation>
            <numerusform>necesita %n documento, primero %1</numerusform>
            <numerusform>necesita %n documentos, primero %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a status, then why</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the levels of a summary</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>.</source>
        <comment>the full stop of a summary</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a criterion, then the engine&apos;s remark on it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a grade&apos;s name, then its number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>no documentado</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>With physician advisor</source>
        <translation>Con el médico asesor</translation>
    </message>
    <message>
        <source>Determined</source>
        <translation>Determinada</translation>
    </message>
    <message>
        <source>Nurse reviewer</source>
        <translation>Revisor de enfermería</translation>
    </message>
    <message>
        <source>Physician advisor</source>
        <translation>Médico asesor</translation>
    </message>
    <message>
        <source>Surgeon&apos;s office</source>
        <translation>Consultorio del cirujano</translation>
    </message>
    <message>
        <source>Not stated (standard clock)</source>
        <translation>No indicada (plazo estándar)</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>reading reviews</source>
        <translation>leer las revisiones</translation>
    </message>
    <message>
        <source>reading review decisions</source>
        <translation>leer las decisiones de las revisiones</translation>
    </message>
    <message>
        <source>reading review notes</source>
        <translation>leer las notas de las revisiones</translation>
    </message>
    <message>
        <source>there is no review %1 in %2</source>
        <translation>no hay ninguna revisión %1 en %2</translation>
    </message>
    <message>
        <source>an evaluation without its criteria set cannot be stored</source>
        <translation>una evaluación sin su conjunto de criterios no se puede guardar</translation>
    </message>
    <message>
        <source>storing a review of case %1</source>
        <translation>guardar una revisión del caso %1</translation>
    </message>
    <message>
        <source>storing the engine&apos;s determinations of review %1</source>
        <translation>guardar las determinaciones del motor de la revisión %1</translation>
    </message>
    <message>
        <source>a save names who makes it; nothing was saved</source>
        <translation>un guardado indica quién lo hace; no se guardó nada</translation>
    </message>
    <message>
        <source>review %1 was saved by %2 at %3 after you opened it (you opened version %4; it is now version %5). Your changes were not saved: reopen the review and make them again.</source>
        <extracomment>%1 is the review&apos;s number, %2 who saved it, %3 when (UTC, ISO 8601), %4 and %5 version numbers</extracomment>
        <translation>la revisión %1 la guardó %2 el %3, después de que usted la abriera (usted abrió la versión %4; ahora es la versión %5). Sus cambios no se guardaron: vuelva a abrir la revisión y hágalos de nuevo.</translation>
    </message>
    <message>
        <source>saving review %1</source>
        <translation>guardar la revisión %1</translation>
    </message>
    <message>
        <source>review %1 was saved by someone else at the same moment; your changes were not saved: reopen the review and make them again</source>
        <translation>otra persona guardó la revisión %1 en el mismo momento; sus cambios no se guardaron: vuelva a abrir la revisión y hágalos de nuevo</translation>
    </message>
    <message>
        <source>replacing the notes of review %1</source>
        <translation>reemplazar las notas de la revisión %1</translation>
    </message>
    <message>
        <source>saving the note on %1 of review %2</source>
        <extracomment>%1 is a criterion&apos;s id, %2 the review&apos;s number</extracomment>
        <translation>guardar la nota sobre %1 de la revisión %2</translation>
    </message>
    <message>
        <source>removing %1 from review %2</source>
        <extracomment>%1 is a requested component, %2 the review&apos;s number</extracomment>
        <translation>quitar %1 de la revisión %2</translation>
    </message>
    <message>
        <source>saving %1 of review %2</source>
        <extracomment>%1 is a requested component, %2 the review&apos;s number</extracomment>
        <translation>guardar %1 de la revisión %2</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>review %1: %2; nothing was saved</source>
        <extracomment>%1 is the review&apos;s number, %2 the rule it breaks (one of the ReviewRules messages)</extracomment>
        <translation>revisión %1: %2; no se guardó nada</translation>
    </message>
    <message>
        <source>a program, not a reviewer</source>
        <translation>un programa, no un revisor</translation>
    </message>
    <message>
        <source>a nurse reviewer</source>
        <translation>un revisor de enfermería</translation>
    </message>
    <message>
        <source>a physician advisor</source>
        <translation>un médico asesor</translation>
    </message>
    <message>
        <source>a surgeon&apos;s office</source>
        <translation>un consultorio de cirujano</translation>
    </message>
    <message>
        <source>it is a review under %1 %2, and a review&apos;s criteria set is fixed (a review under other criteria is a new review)</source>
        <extracomment>%1 is a criteria set&apos;s id, %2 its version</extracomment>
        <translation>es una revisión según %1 %2, y el conjunto de criterios de una revisión es fijo (una revisión según otros criterios es una revisión nueva)</translation>
    </message>
    <message>
        <source>it is determined, and a determination is final</source>
        <translation>está determinada, y una determinación es definitiva</translation>
    </message>
    <message>
        <source>%1 is a surgeon&apos;s office, which reads reviews but does not decide them</source>
        <extracomment>%1 is the name of the person or office saving</extracomment>
        <translation>%1 es un consultorio de cirujano, que lee las revisiones pero no las decide</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <extracomment>%1 is a requested component</extracomment>
        <translation>%1 figura dos veces</translation>
    </message>
    <message>
        <source>%1 is decided %2 where the engine found %3: a decision that differs from the engine&apos;s needs its reason</source>
        <extracomment>%1 is a requested component, %2 the reviewer&apos;s decision and %3 the engine&apos;s (met, not met, incomplete)</extracomment>
        <translation>para %1 se decidió «%2» cuando el motor encontró «%3»: una decisión distinta de la del motor necesita su motivo</translation>
    </message>
    <message>
        <source>a note names no criterion</source>
        <translation>una nota no indica ningún criterio</translation>
    </message>
    <message>
        <source>its status cannot go from %1 to %2</source>
        <extracomment>%1 and %2 are a review&apos;s statuses (draft, in review, with the physician advisor, determined)</extracomment>
        <translation>su estado no puede pasar de «%1» a «%2»</translation>
    </message>
    <message>
        <source>a determination is made by a reviewer, and %1 is %2</source>
        <extracomment>%1 is the name of who saves, %2 what they are (&quot;a program, not a reviewer&quot;)</extracomment>
        <translation>una determinación la toma un revisor, y %1 es %2</translation>
    </message>
    <message>
        <source>%1 is not decided met or not met, and a determination decides every component</source>
        <extracomment>%1 is a requested component</extracomment>
        <translation>no hay decisión «cumple» o «no cumple» para %1, y una determinación decide cada componente</translation>
    </message>
    <message>
        <source>an adverse determination (%1 not met) is made by a physician advisor, and %2 is %3</source>
        <extracomment>%1 lists the components not met (&quot;fusion, bmp&quot;), %2 is the reviewer&apos;s name, %3 their role (&quot;a nurse reviewer&quot;)</extracomment>
        <translation>una determinación desfavorable (no cumple: %1) la toma un médico asesor, y %2 es %3</translation>
    </message>
</context>
<context>
    <name>ReviewerRepository</name>
    <message>
        <source>reading reviewers</source>
        <translation>leer los revisores</translation>
    </message>
    <message>
        <source>a reviewer needs a name</source>
        <translation>un revisor necesita un nombre</translation>
    </message>
    <message>
        <source>a reviewer named &quot;%1&quot; already exists (reviewer %2)</source>
        <translation>ya existe un revisor llamado «%1» (revisor %2)</translation>
    </message>
    <message>
        <source>adding reviewer &quot;%1&quot;</source>
        <translation>añadir el revisor «%1»</translation>
    </message>
    <message>
        <source>there is no reviewer %1</source>
        <translation>no hay ningún revisor %1</translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
    <message>
        <source>Met</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumple</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
    <message>
        <source>Met: the documentation satisfies the criteria.</source>
        <translation>Cumple: la documentación satisface los criterios.</translation>
    </message>
    <message>
        <source>Not met: the documentation shows the criteria are not satisfied.</source>
        <translation>No cumple: la documentación muestra que los criterios no se satisfacen.</translation>
    </message>
    <message>
        <source>Incomplete: records are missing to decide; request them before deciding.</source>
        <translation>Incompleto: faltan documentos para decidir; solicítelos antes de decidir.</translation>
    </message>
</context>
<context>
    <name>StorageWords</name>
    <message>
        <source>decompression</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>descompresión</translation>
    </message>
    <message>
        <source>fusion</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>artrodesis</translation>
    </message>
    <message>
        <source>instrumentation</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>instrumentación</translation>
    </message>
    <message>
        <source>interbody</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>dispositivo intersomático</translation>
    </message>
    <message>
        <source>bone_marrow_aspirate</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>aspirado de médula ósea</translation>
    </message>
    <message>
        <source>bmp</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>rhBMP-2</translation>
    </message>
    <message>
        <source>allograft</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>aloinjerto</translation>
    </message>
    <message>
        <source>autograft</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>autoinjerto</translation>
    </message>
    <message>
        <source>cement_augmentation</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>aumento con cemento</translation>
    </message>
    <message>
        <source>bone_growth_stimulator</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>estimulador de crecimiento óseo</translation>
    </message>
    <message>
        <source>inpatient_stay</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>hospitalización</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>a review&apos;s status, inside a sentence</comment>
        <translation>borrador</translation>
    </message>
    <message>
        <source>in_review</source>
        <comment>a review&apos;s status, inside a sentence</comment>
        <translation>en revisión</translation>
    </message>
    <message>
        <source>physician_advisor</source>
        <comment>a review&apos;s status, inside a sentence</comment>
        <translation>con el médico asesor</translation>
    </message>
    <message>
        <source>determined</source>
        <comment>a review&apos;s status, inside a sentence</comment>
        <translation>determinada</translation>
    </message>
    <message>
        <source>met</source>
        <comment>a determination, inside a sentence</comment>
        <translation>cumple</translation>
    </message>
    <message>
        <source>not_met</source>
        <comment>a determination, inside a sentence</comment>
        <translation>no cumple</translation>
    </message>
    <message>
        <source>incomplete</source>
        <comment>a determination, inside a sentence</comment>
        <translation>incompleto</translation>
    </message>
</context>
<context>
    <name>SummaryContent</name>
    <message>
        <source>Utilization review summary</source>
        <translation>Resumen de la revisión de utilización</translation>
    </message>
    <message>
        <source>Decision support for a qualified reviewer — the reviewer decides.</source>
        <translation>Apoyo a la decisión para un revisor cualificado: el revisor decide.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Decision support for a qualified reviewer — the reviewer decides. Every determination above is the engine&apos;s under the criteria set named on every page; decisions and reasons are the reviewer&apos;s own.</source>
        <translation>Apoyo a la decisión para un revisor cualificado: el revisor decide. Cada determinación anterior es la del motor según el conjunto de criterios nombrado en cada página; las decisiones y los motivos son del propio revisor.</translation>
    </message>
    <message>
        <source>Determinations</source>
        <translation>Determinaciones</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Per level</source>
        <translation>Por nivel</translation>
    </message>
    <message>
        <source>Engine&apos;s determination</source>
        <translation>Determinación del motor</translation>
    </message>
    <message>
        <source>Reviewer&apos;s decision</source>
        <translation>Decisión del revisor</translation>
    </message>
    <message>
        <source>Reviewer&apos;s decisions</source>
        <translation>Decisiones del revisor</translation>
    </message>
    <message>
        <source>No reviewer decision recorded.</source>
        <translation>No hay ninguna decisión del revisor registrada.</translation>
    </message>
    <message>
        <source>Stored review</source>
        <translation>Revisión guardada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assigned reviewer</source>
        <translation>Revisor asignado</translation>
    </message>
    <message>
        <source>Last saved by</source>
        <translation>Guardada por última vez por</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Determined</source>
        <translation>Determinada</translation>
    </message>
    <message>
        <source>This review was recorded under criteria %1, version %2 (SHA-256 %3); the determinations in this summary were evaluated under the set named on every page.</source>
        <translation>Esta revisión se registró según los criterios %1, versión %2 (SHA-256 %3); las determinaciones de este resumen se evaluaron según el conjunto nombrado en cada página.</translation>
    </message>
    <message>
        <source>Engine&apos;s determination when saved</source>
        <translation>Determinación del motor al guardar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Criteria per component</source>
        <translation>Criterios por componente</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Missing documentation</source>
        <translation>Documentación faltante</translation>
    </message>
    <message>
        <source>None: every determination is decided by the documentation.</source>
        <translation>Ninguna: la documentación decide todas las determinaciones.</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s notes</source>
        <translation>Notas del revisor</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>a review&apos;s status</comment>
        <translation>borrador</translation>
    </message>
    <message>
        <source>in review</source>
        <comment>a review&apos;s status</comment>
        <translation>en revisión</translation>
    </message>
    <message>
        <source>physician advisor</source>
        <comment>a review&apos;s status</comment>
        <translation>con el médico asesor</translation>
    </message>
    <message>
        <source>determined</source>
        <comment>a review&apos;s status</comment>
        <translation>determinada</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>starting a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <source>a transaction was committed twice</source>
        <translation>una transacción se confirmó dos veces</translation>
    </message>
    <message>
        <source>a step of the write failed; nothing was saved</source>
        <translation>falló un paso de la escritura; no se guardó nada</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>confirmar la transacción</translation>
    </message>
</context>
<context>
    <name>WorklistRepository</name>
    <message>
        <source>counting the worklist</source>
        <translation>contar la lista de trabajo</translation>
    </message>
    <message>
        <source>reading the worklist</source>
        <translation>leer la lista de trabajo</translation>
    </message>
    <message>
        <source>listing payers</source>
        <translation>listar las aseguradoras</translation>
    </message>
</context>
<context>
    <name>criteria</name>
    <message>
        <source>Founding review — the guideline summary applied in the case the product was founded on</source>
        <comment>set:founding-review|title</comment>
        <extracomment>Criteria set title (founding-review.json, set:founding-review|title)</extracomment>
        <translation>Revisión original — el resumen de guías aplicado en el caso que dio origen al producto</translation>
    </message>
    <message>
        <source>Reproduction for comparison only: it encodes the founding review&apos;s reasoning, which the audit found partly unsupported. Not a recommended basis for a determination.</source>
        <comment>set:founding-review|label</comment>
        <extracomment>Criteria set label (founding-review.json, set:founding-review|label)</extracomment>
        <translation>Solo una reproducción para comparar: codifica el razonamiento de la revisión original, que la auditoría consideró parcialmente sin fundamento. No es una base recomendada para una determinación.</translation>
    </message>
    <message>
        <source>Revision: a prior decompression at {level} with concordant symptoms after 12 weeks of care</source>
        <comment>founding.fusion.revision|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.fusion.revision|text)</extracomment>
        <translation>Revisión: una descompresión previa en {level} con síntomas concordantes tras 12 semanas de tratamiento</translation>
    </message>
    <message>
        <source>The audit found this unsupported as stated: prior surgery alone is not instability (eviCore CMM-609, LCD L32074).</source>
        <comment>founding.fusion.revision|note</comment>
        <extracomment>Note on the criterion: why this side was taken (founding-review.json, founding.fusion.revision|note)</extracomment>
        <translation>La auditoría consideró esto sin fundamento tal como está formulado: una cirugía previa por sí sola no es inestabilidad (eviCore CMM-609, LCD L32074).</translation>
    </message>
    <message>
        <source>A prior decompression at {level}</source>
        <comment>founding.fusion.prior-decompression|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.fusion.prior-decompression|text)</extracomment>
        <translation>Una descompresión previa en {level}</translation>
    </message>
    <message>
        <source>rhBMP-2 at {level} (founding review)</source>
        <comment>founding.bmp|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.bmp|text)</extracomment>
        <translation>rhBMP-2 en {level} (revisión original)</translation>
    </message>
    <message>
        <source>AANS/CNS Part 16 calls rhBMP-2 an option, not Grade B; a revision for stenosis is not a revision for pseudarthrosis.</source>
        <comment>founding.bmp|note</comment>
        <extracomment>Note on the criterion: why this side was taken (founding-review.json, founding.bmp|note)</extracomment>
        <translation>AANS/CNS Parte 16 considera la rhBMP-2 una opción, no una recomendación de grado B; una revisión por estenosis no es una revisión por seudoartrosis.</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level}</source>
        <comment>founding.bmp.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.bmp.fusion|text)</extracomment>
        <translation>La artrodesis cumple los criterios en {level}</translation>
    </message>
    <message>
        <source>Revision surgery: {level} was operated on before</source>
        <comment>founding.bmp.revision|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.bmp.revision|text)</extracomment>
        <translation>Cirugía de revisión: {level} ya fue operado</translation>
    </message>
    <message>
        <source>Cement-augmented screws at {level} (founding review)</source>
        <comment>founding.cement|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.cement|text)</extracomment>
        <translation>Tornillos aumentados con cemento en {level} (revisión original)</translation>
    </message>
    <message>
        <source>The founding review says augmentation may be appropriate with documented poor bone quality and that none is documented; incomplete is SpineReview&apos;s reading.</source>
        <comment>founding.cement|note</comment>
        <extracomment>Note on the criterion: why this side was taken (founding-review.json, founding.cement|note)</extracomment>
        <translation>La revisión original dice que el aumento puede ser apropiado con mala calidad ósea documentada y que no hay ninguna documentada; «incompleto» es la lectura de SpineReview.</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level}</source>
        <comment>founding.cement.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.cement.fusion|text)</extracomment>
        <translation>La artrodesis cumple los criterios en {level}</translation>
    </message>
    <message>
        <source>Poor bone quality documented</source>
        <comment>founding.cement.bone|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.cement.bone|text)</extracomment>
        <translation>Mala calidad ósea documentada</translation>
    </message>
    <message>
        <source>a bone density assessment (DEXA T-score) or an osteoporosis diagnosis</source>
        <comment>founding.cement.bone|ask</comment>
        <extracomment>Documentation to request when the criterion is incomplete; keep {level} (founding-review.json, founding.cement.bone|ask)</extracomment>
        <translation>una valoración de la densidad ósea (puntuación T de DEXA) o un diagnóstico de osteoporosis</translation>
    </message>
    <message>
        <source>Osteoporosis diagnosed</source>
        <comment>founding.cement.osteoporosis|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.cement.osteoporosis|text)</extracomment>
        <translation>Osteoporosis diagnosticada</translation>
    </message>
    <message>
        <source>DEXA T-score of −2.5 or lower</source>
        <comment>founding.cement.dexa|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.cement.dexa|text)</extracomment>
        <translation>Puntuación T de DEXA de −2,5 o inferior</translation>
    </message>
    <message>
        <source>Fusion at {level} (founding review)</source>
        <comment>founding.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.fusion|text)</extracomment>
        <translation>Artrodesis en {level} (revisión original)</translation>
    </message>
    <message>
        <source>This determination reproduces the founding review for comparison; the audit found its fusion rationale unsupported — compare with the reference set.</source>
        <comment>founding-reproduction|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding-reproduction|text)</extracomment>
        <translation>Esta determinación reproduce la revisión original para comparar; la auditoría consideró sin fundamento su justificación de la artrodesis: compárela con el conjunto de referencia.</translation>
    </message>
    <message>
        <source>Payer profile modelled on eviCore CMM-609 Lumbar Fusion V2.0.2025 (paraphrased; verify against the current policy)</source>
        <comment>set:payer-cmm609|title</comment>
        <extracomment>Criteria set title (payer-cmm609.json, set:payer-cmm609|title)</extracomment>
        <translation>Perfil de aseguradora basado en eviCore CMM-609 Lumbar Fusion V2.0.2025 (parafraseado; verifíquelo con la política vigente)</translation>
    </message>
    <message>
        <source>A strict payer view, paraphrased from public text of eviCore CMM-609 (Cigna edition) and CMM-612; the policy itself governs — verify against its current version.</source>
        <comment>set:payer-cmm609|label</comment>
        <extracomment>Criteria set label (payer-cmm609.json, set:payer-cmm609|label)</extracomment>
        <translation>Una visión estricta de aseguradora, parafraseada del texto público de eviCore CMM-609 (edición Cigna) y CMM-612; rige la propia política: verifíquela en su versión vigente.</translation>
    </message>
    <message>
        <source>Degenerative spondylolisthesis at {level}: grade 2 or more, or grade 1 with more than 3 mm of motion or with foraminal stenosis being decompressed</source>
        <comment>payer.fusion.indication.a|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion.indication.a|text)</extracomment>
        <translation>Espondilolistesis degenerativa en {level}: grado 2 o más, o grado 1 con más de 3 mm de movimiento o con estenosis foraminal que se descomprime</translation>
    </message>
    <message>
        <source>Stricter than NASS 2014 and AANS/CNS Part 9 for a grade 1 slip (see the grade-1 slip conflict).</source>
        <comment>payer.fusion.indication.a|note</comment>
        <extracomment>Note on the criterion: why this side was taken (payer-cmm609.json, payer.fusion.indication.a|note)</extracomment>
        <translation>Más estricto que NASS 2014 y AANS/CNS Parte 9 para un desplazamiento de grado 1 (véase la discrepancia sobre el desplazamiento de grado 1).</translation>
    </message>
    <message>
        <source>The slip is degenerative</source>
        <comment>payer.a.type|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.type|text)</extracomment>
        <translation>El desplazamiento es degenerativo</translation>
    </message>
    <message>
        <source>A qualifying degenerative slip</source>
        <comment>payer.a.pathway|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.pathway|text)</extracomment>
        <translation>Un desplazamiento degenerativo que cumple los requisitos</translation>
    </message>
    <message>
        <source>Meyerding grade 2 or more</source>
        <comment>payer.a.grade2|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.grade2|text)</extracomment>
        <translation>Grado de Meyerding 2 o más</translation>
    </message>
    <message>
        <source>Grade 1 with more than 3 mm of dynamic translation</source>
        <comment>payer.a.grade1-motion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.grade1-motion|text)</extracomment>
        <translation>Grado 1 con más de 3 mm de traslación dinámica</translation>
    </message>
    <message>
        <source>Meyerding grade 1 or more</source>
        <comment>payer.a.grade1|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.grade1|text)</extracomment>
        <translation>Grado de Meyerding 1 o más</translation>
    </message>
    <message>
        <source>More than 3 mm of translation between flexion and extension</source>
        <comment>payer.a.motion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.motion|text)</extracomment>
        <translation>Más de 3 mm de traslación entre flexión y extensión</translation>
    </message>
    <message>
        <source>Grade 1 with foraminal stenosis that the requested decompression addresses</source>
        <comment>payer.a.grade1-foraminal|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.grade1-foraminal|text)</extracomment>
        <translation>Grado 1 con estenosis foraminal que aborda la descompresión solicitada</translation>
    </message>
    <message>
        <source>Meyerding grade 1 or more</source>
        <comment>payer.a.grade1-f|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.grade1-f|text)</extracomment>
        <translation>Grado de Meyerding 1 o más</translation>
    </message>
    <message>
        <source>Foraminal stenosis at {level}</source>
        <comment>payer.a.foraminal|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.foraminal|text)</extracomment>
        <translation>Estenosis foraminal en {level}</translation>
    </message>
    <message>
        <source>Decompression is requested at {level}</source>
        <comment>payer.a.decompressed|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.decompressed|text)</extracomment>
        <translation>Se solicita descompresión en {level}</translation>
    </message>
    <message>
        <source>Isthmic spondylolisthesis at {level}: grade 3 or more, grade 1–2 with progression, or multilevel pars defects</source>
        <comment>payer.fusion.indication.b|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion.indication.b|text)</extracomment>
        <translation>Espondilolistesis ístmica en {level}: grado 3 o más, grado 1–2 con progresión o defectos de la pars en varios niveles</translation>
    </message>
    <message>
        <source>The slip is isthmic</source>
        <comment>payer.b.type|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.b.type|text)</extracomment>
        <translation>El desplazamiento es ístmico</translation>
    </message>
    <message>
        <source>Meyerding grade 1 or more</source>
        <comment>payer.b.slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.b.slip|text)</extracomment>
        <translation>Grado de Meyerding 1 o más</translation>
    </message>
    <message>
        <source>A qualifying isthmic slip</source>
        <comment>payer.b.pathway|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.b.pathway|text)</extracomment>
        <translation>Un desplazamiento ístmico que cumple los requisitos</translation>
    </message>
    <message>
        <source>Meyerding grade 3 or more</source>
        <comment>payer.b.grade3|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.b.grade3|text)</extracomment>
        <translation>Grado de Meyerding 3 o más</translation>
    </message>
    <message>
        <source>The slip progressed on serial films</source>
        <comment>payer.b.progression|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.b.progression|text)</extracomment>
        <translation>El desplazamiento progresó en radiografías seriadas</translation>
    </message>
    <message>
        <source>Pars defects at more than one level</source>
        <comment>payer.b.multilevel-pars|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.b.multilevel-pars|text)</extracomment>
        <translation>Defectos de la pars en más de un nivel</translation>
    </message>
    <message>
        <source>Adjacent-segment disease at {level}: eviCore&apos;s criteria for it are not public in the research behind this profile</source>
        <comment>payer.fusion.indication.g|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion.indication.g|text)</extracomment>
        <translation>Enfermedad del segmento adyacente en {level}: los criterios de eviCore para ella no son públicos en la investigación en que se basa este perfil</translation>
    </message>
    <message>
        <source>A prior fusion at an adjacent level</source>
        <comment>payer.g.adjacent|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.g.adjacent|text)</extracomment>
        <translation>Una artrodesis previa en un nivel adyacente</translation>
    </message>
    <message>
        <source>eviCore&apos;s adjacent-segment criteria are met</source>
        <comment>payer.g.verify|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.g.verify|text)</extracomment>
        <translation>Se cumplen los criterios de eviCore para el segmento adyacente</translation>
    </message>
    <message>
        <source>verify adjacent-segment disease at {level} against the current eviCore CMM-609 policy</source>
        <comment>payer.g.verify|ask</comment>
        <extracomment>Documentation to request when the criterion is incomplete; keep {level} (payer-cmm609.json, payer.g.verify|ask)</extracomment>
        <translation>verificar la enfermedad del segmento adyacente en {level} con la política eviCore CMM-609 vigente</translation>
    </message>
    <message>
        <source>Nicotine: never used, or free of all nicotine for at least 6 weeks before surgery, shown by cotinine of 10 ng/mL or less (urgent cases exempt)</source>
        <comment>payer.nicotine|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine|text)</extracomment>
        <translation>Nicotina: nunca consumida, o sin ninguna nicotina durante al menos 6 semanas antes de la cirugía, demostrado con cotinina de 10 ng/mL o menos (casos urgentes exentos)</translation>
    </message>
    <message>
        <source>Other plans differ: 8 weeks (MP-517), counselling acceptable (L32074); CNS 2021 finds the benefit of quitting unproven.</source>
        <comment>payer.nicotine|note</comment>
        <extracomment>Note on the criterion: why this side was taken (payer-cmm609.json, payer.nicotine|note)</extracomment>
        <translation>Otros planes difieren: 8 semanas (MP-517), asesoramiento aceptable (L32074); CNS 2021 considera no demostrado el beneficio de dejarla.</translation>
    </message>
    <message>
        <source>Never used nicotine</source>
        <comment>payer.nicotine.never|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.never|text)</extracomment>
        <translation>Nunca consumió nicotina</translation>
    </message>
    <message>
        <source>Quit at least 6 weeks before surgery, confirmed by a cotinine test</source>
        <comment>payer.nicotine.quit|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.quit|text)</extracomment>
        <translation>Dejó la nicotina al menos 6 semanas antes de la cirugía, confirmado con una prueba de cotinina</translation>
    </message>
    <message>
        <source>nicotine status with the quit date, and a cotinine test within 6 weeks before surgery</source>
        <comment>payer.nicotine.quit|ask</comment>
        <extracomment>Documentation to request when the criterion is incomplete; keep {level} (payer-cmm609.json, payer.nicotine.quit|ask)</extracomment>
        <translation>el consumo de nicotina con la fecha de abandono, y una prueba de cotinina en las 6 semanas previas a la cirugía</translation>
    </message>
    <message>
        <source>Former nicotine user</source>
        <comment>payer.nicotine.former|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.former|text)</extracomment>
        <translation>Exconsumidor de nicotina</translation>
    </message>
    <message>
        <source>Quit at least 42 days before the planned surgery</source>
        <comment>payer.nicotine.42-days|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.42-days|text)</extracomment>
        <translation>Dejó la nicotina al menos 42 días antes de la cirugía prevista</translation>
    </message>
    <message>
        <source>Cotinine test within the 6 weeks before surgery</source>
        <comment>payer.nicotine.test-window|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.test-window|text)</extracomment>
        <translation>Prueba de cotinina en las 6 semanas previas a la cirugía</translation>
    </message>
    <message>
        <source>Cotinine of 10 ng/mL or less (a negative test when no level is given)</source>
        <comment>payer.nicotine.negative|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.negative|text)</extracomment>
        <translation>Cotinina de 10 ng/mL o menos (una prueba negativa si no se indica el valor)</translation>
    </message>
    <message>
        <source>Measured cotinine of 10 ng/mL or less</source>
        <comment>payer.nicotine.level|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.level|text)</extracomment>
        <translation>Cotinina medida de 10 ng/mL o menos</translation>
    </message>
    <message>
        <source>The test reports a level</source>
        <comment>payer.nicotine.has-level|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.has-level|text)</extracomment>
        <translation>La prueba informa un valor</translation>
    </message>
    <message>
        <source>Cotinine 10 ng/mL or less</source>
        <comment>payer.nicotine.10|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.10|text)</extracomment>
        <translation>Cotinina de 10 ng/mL o menos</translation>
    </message>
    <message>
        <source>A negative test without a reported level</source>
        <comment>payer.nicotine.negative-result|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.negative-result|text)</extracomment>
        <translation>Una prueba negativa sin valor informado</translation>
    </message>
    <message>
        <source>The test reports no level</source>
        <comment>payer.nicotine.no-level|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.no-level|text)</extracomment>
        <translation>La prueba no informa ningún valor</translation>
    </message>
    <message>
        <source>The test is negative</source>
        <comment>payer.nicotine.result|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.result|text)</extracomment>
        <translation>La prueba es negativa</translation>
    </message>
    <message>
        <source>Bone marrow aspirate at {level}: only as a hybrid with iliac-crest autograft in a posterolateral fusion</source>
        <comment>payer.bma|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.bma|text)</extracomment>
        <translation>Aspirado de médula ósea en {level}: solo como híbrido con autoinjerto de cresta ilíaca en una artrodesis posterolateral</translation>
    </message>
    <message>
        <source>CMM-612 also asks for the sequential aspiration technique (80–100 cc in total, no more than 2 mL per site) — seen only in summaries; verify.</source>
        <comment>payer.bma|note</comment>
        <extracomment>Note on the criterion: why this side was taken (payer-cmm609.json, payer.bma|note)</extracomment>
        <translation>CMM-612 también exige la técnica de aspiración secuencial (80–100 cc en total, no más de 2 mL por punto); visto solo en resúmenes: verifíquelo.</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level}</source>
        <comment>payer.bma.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.bma.fusion|text)</extracomment>
        <translation>La artrodesis cumple los criterios en {level}</translation>
    </message>
    <message>
        <source>The fusion includes a posterolateral graft bed</source>
        <comment>payer.bma.posterolateral|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.bma.posterolateral|text)</extracomment>
        <translation>La artrodesis incluye un lecho de injerto posterolateral</translation>
    </message>
    <message>
        <source>The aspirate is mixed with iliac-crest autograft</source>
        <comment>payer.bma.hybrid|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.bma.hybrid|text)</extracomment>
        <translation>El aspirado se mezcla con autoinjerto de cresta ilíaca</translation>
    </message>
    <message>
        <source>Fusion at {level} (eviCore CMM-609 profile)</source>
        <comment>payer.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion|text)</extracomment>
        <translation>Artrodesis en {level} (perfil eviCore CMM-609)</translation>
    </message>
    <message>
        <source>An indication for fusion with the care it requires</source>
        <comment>payer.fusion.pathway|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion.pathway|text)</extracomment>
        <translation>Una indicación de artrodesis con el tratamiento que exige</translation>
    </message>
    <message>
        <source>Pseudarthrosis, painful, after 6 weeks of care (or urgent)</source>
        <comment>payer.fusion.pathway.pseudarthrosis|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion.pathway.pseudarthrosis|text)</extracomment>
        <translation>Seudoartrosis dolorosa, tras 6 semanas de tratamiento (o urgente)</translation>
    </message>
    <message>
        <source>Deformity, painful, after 12 weeks of care (or urgent)</source>
        <comment>payer.fusion.pathway.deformity|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion.pathway.deformity|text)</extracomment>
        <translation>Deformidad dolorosa, tras 12 semanas de tratamiento (o urgente)</translation>
    </message>
    <message>
        <source>Concordant symptoms with an instability indication, after 12 weeks of care (or urgent)</source>
        <comment>payer.fusion.pathway.instability|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion.pathway.instability|text)</extracomment>
        <translation>Síntomas concordantes con una indicación por inestabilidad, tras 12 semanas de tratamiento (o urgente)</translation>
    </message>
    <message>
        <source>Policy not yet in effect on the review date: CMM-609 V2.0.2025 takes effect on 2025-12-18.</source>
        <comment>policy-not-in-effect|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, policy-not-in-effect|text)</extracomment>
        <translation>Política aún no vigente en la fecha de revisión: CMM-609 V2.0.2025 entra en vigor el 2025-12-18.</translation>
    </message>
    <message>
        <source>The review date precedes the policy&apos;s effective date</source>
        <comment>caution.policy-date|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, caution.policy-date|text)</extracomment>
        <translation>La fecha de revisión es anterior a la fecha de vigencia de la política</translation>
    </message>
    <message>
        <source>Payer profile paraphrased from public text: verify against the current eviCore policy before relying on it.</source>
        <comment>payer-profile|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer-profile|text)</extracomment>
        <translation>Perfil de aseguradora parafraseado de texto público: verifíquelo con la política vigente de eviCore antes de basarse en él.</translation>
    </message>
    <message>
        <source>SpineReview reference criteria — evidence-based composite</source>
        <comment>set:reference|title</comment>
        <extracomment>Criteria set title (reference.json, set:reference|title)</extracomment>
        <translation>Criterios de referencia de SpineReview — compuesto basado en la evidencia</translation>
    </message>
    <message>
        <source>Decision support for a qualified reviewer: an evidence-based composite of public guidelines and payer policies; the reviewer decides.</source>
        <comment>set:reference|label</comment>
        <extracomment>Criteria set label (reference.json, set:reference|label)</extracomment>
        <translation>Apoyo a la decisión para un revisor cualificado: un compuesto basado en la evidencia de guías públicas y políticas de aseguradoras; el revisor decide.</translation>
    </message>
    <message>
        <source>In-person physical therapy within the past 12 months (home or virtual programmes do not count)</source>
        <comment>care.active-therapy|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.active-therapy|text)</extracomment>
        <translation>Fisioterapia presencial en los últimos 12 meses (los programas en casa o virtuales no cuentan)</translation>
    </message>
    <message>
        <source>Adequate conservative care for at least 12 weeks</source>
        <comment>care.12-weeks|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.12-weeks|text)</extracomment>
        <translation>Tratamiento conservador adecuado durante al menos 12 semanas</translation>
    </message>
    <message>
        <source>Sources disagree on the duration before fusion: 6 weeks to 12 months by diagnosis (see the conservative-care conflict).</source>
        <comment>care.12-weeks|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, care.12-weeks|note)</extracomment>
        <translation>Las fuentes discrepan sobre la duración previa a la artrodesis: de 6 semanas a 12 meses según el diagnóstico (véase la discrepancia sobre el tratamiento conservador).</translation>
    </message>
    <message>
        <source>At least 12 weeks of conservative care</source>
        <comment>care.duration-12|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.duration-12|text)</extracomment>
        <translation>Al menos 12 semanas de tratamiento conservador</translation>
    </message>
    <message>
        <source>Adequate conservative care for 12 weeks, or an urgent presentation</source>
        <comment>care.12-weeks-or-urgent|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.12-weeks-or-urgent|text)</extracomment>
        <translation>Tratamiento conservador adecuado durante 12 semanas, o una presentación urgente</translation>
    </message>
    <message>
        <source>Adequate conservative care for at least 6 weeks</source>
        <comment>care.6-weeks|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.6-weeks|text)</extracomment>
        <translation>Tratamiento conservador adecuado durante al menos 6 semanas</translation>
    </message>
    <message>
        <source>Duration is a payer policy choice; trials do not fix a required length of conservative care (Ammendolia 2013).</source>
        <comment>care.6-weeks|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, care.6-weeks|note)</extracomment>
        <translation>La duración es una elección de la política de la aseguradora; los ensayos no fijan una duración obligatoria del tratamiento conservador (Ammendolia 2013).</translation>
    </message>
    <message>
        <source>At least 6 weeks of conservative care</source>
        <comment>care.duration-6|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.duration-6|text)</extracomment>
        <translation>Al menos 6 semanas de tratamiento conservador</translation>
    </message>
    <message>
        <source>Adequate conservative care for 6 weeks, or an urgent presentation</source>
        <comment>care.6-weeks-or-urgent|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.6-weeks-or-urgent|text)</extracomment>
        <translation>Tratamiento conservador adecuado durante 6 semanas, o una presentación urgente</translation>
    </message>
    <message>
        <source>Conservative care failed: nothing resolved or improved the symptoms, and the therapy&apos;s response is documented</source>
        <comment>care.failed|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.failed|text)</extracomment>
        <translation>Fracaso del tratamiento conservador: nada resolvió ni mejoró los síntomas, y la respuesta al tratamiento está documentada</translation>
    </message>
    <message>
        <source>Neurogenic claudication or radicular symptoms concordant with {level}</source>
        <comment>concordant|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, concordant|text)</extracomment>
        <translation>Claudicación neurógena o síntomas radiculares concordantes con {level}</translation>
    </message>
    <message>
        <source>EMG findings corroborate the level; they are not an indication for fusion (WFNS 2020).</source>
        <comment>concordant|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, concordant|note)</extracomment>
        <translation>Los hallazgos del EMG corroboran el nivel; no son una indicación de artrodesis (WFNS 2020).</translation>
    </message>
    <message>
        <source>The plan removes more than 50 % of both facets or at least 75 % of one</source>
        <comment>planned-resection.destabilizing|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, planned-resection.destabilizing|text)</extracomment>
        <translation>El plan reseca más del 50 % de ambas facetas o al menos el 75 % de una</translation>
    </message>
    <message>
        <source>More than 50 % of both facets to be removed</source>
        <comment>planned-resection.both-over-50|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, planned-resection.both-over-50|text)</extracomment>
        <translation>Más del 50 % de ambas facetas a resecar</translation>
    </message>
    <message>
        <source>Left facet: more than 50 % to be removed</source>
        <comment>planned-resection.left-over-50|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, planned-resection.left-over-50|text)</extracomment>
        <translation>Faceta izquierda: más del 50 % a resecar</translation>
    </message>
    <message>
        <source>Right facet: more than 50 % to be removed</source>
        <comment>planned-resection.right-over-50|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, planned-resection.right-over-50|text)</extracomment>
        <translation>Faceta derecha: más del 50 % a resecar</translation>
    </message>
    <message>
        <source>Left facet: 75 % or more to be removed</source>
        <comment>planned-resection.left-75|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, planned-resection.left-75|text)</extracomment>
        <translation>Faceta izquierda: el 75 % o más a resecar</translation>
    </message>
    <message>
        <source>Right facet: 75 % or more to be removed</source>
        <comment>planned-resection.right-75|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, planned-resection.right-75|text)</extracomment>
        <translation>Faceta derecha: el 75 % o más a resecar</translation>
    </message>
    <message>
        <source>The prior operation removed more than 50 % of both facets or at least 75 % of one</source>
        <comment>prior-resection.destabilizing|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, prior-resection.destabilizing|text)</extracomment>
        <translation>La cirugía previa resecó más del 50 % de ambas facetas o al menos el 75 % de una</translation>
    </message>
    <message>
        <source>the operative note of the prior decompression at {level} (share of each facet removed), or a CT showing it</source>
        <comment>prior-resection.destabilizing|ask</comment>
        <extracomment>Documentation to request when the criterion is incomplete; keep {level} (reference.json, prior-resection.destabilizing|ask)</extracomment>
        <translation>el informe quirúrgico de la descompresión previa en {level} (proporción de cada faceta resecada), o una TC que lo muestre</translation>
    </message>
    <message>
        <source>More than 50 % of both facets removed</source>
        <comment>prior-resection.both-over-50|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, prior-resection.both-over-50|text)</extracomment>
        <translation>Más del 50 % de ambas facetas resecado</translation>
    </message>
    <message>
        <source>Left facet: more than 50 % removed</source>
        <comment>prior-resection.left-over-50|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, prior-resection.left-over-50|text)</extracomment>
        <translation>Faceta izquierda: más del 50 % resecado</translation>
    </message>
    <message>
        <source>Right facet: more than 50 % removed</source>
        <comment>prior-resection.right-over-50|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, prior-resection.right-over-50|text)</extracomment>
        <translation>Faceta derecha: más del 50 % resecado</translation>
    </message>
    <message>
        <source>Left facet: 75 % or more removed</source>
        <comment>prior-resection.left-75|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, prior-resection.left-75|text)</extracomment>
        <translation>Faceta izquierda: el 75 % o más resecado</translation>
    </message>
    <message>
        <source>Right facet: 75 % or more removed</source>
        <comment>prior-resection.right-75|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, prior-resection.right-75|text)</extracomment>
        <translation>Faceta derecha: el 75 % o más resecado</translation>
    </message>
    <message>
        <source>Symptoms limit daily activities or work (or the presentation is urgent)</source>
        <comment>functional-impairment-or-urgent|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, functional-impairment-or-urgent|text)</extracomment>
        <translation>Los síntomas limitan las actividades diarias o el trabajo (o la presentación es urgente)</translation>
    </message>
    <message>
        <source>Symptoms documented as limiting daily activities or work</source>
        <comment>functional-impairment|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, functional-impairment|text)</extracomment>
        <translation>Síntomas documentados como limitantes de las actividades diarias o del trabajo</translation>
    </message>
    <message>
        <source>Degenerative or iatrogenic spondylolisthesis (grade 1 or more) with significant stenosis at {level}</source>
        <comment>fusion.indication.a|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.a|text)</extracomment>
        <translation>Espondilolistesis degenerativa o iatrogénica (grado 1 o más) con estenosis significativa en {level}</translation>
    </message>
    <message>
        <source>Grade 1 degenerative slip is contested: eviCore asks for more than 3 mm of motion or grade 2; Försth 2016 and NORDSTEN-DS found no benefit of adding fusion, SLIP 2016 a modest one.</source>
        <comment>fusion.indication.a|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, fusion.indication.a|note)</extracomment>
        <translation>El desplazamiento degenerativo de grado 1 es controvertido: eviCore exige más de 3 mm de movimiento o grado 2; Försth 2016 y NORDSTEN-DS no hallaron beneficio al añadir la artrodesis, SLIP 2016 uno modesto.</translation>
    </message>
    <message>
        <source>Spondylolisthesis of Meyerding grade 1 or more at {level}</source>
        <comment>indication.a.slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.a.slip|text)</extracomment>
        <translation>Espondilolistesis de grado de Meyerding 1 o más en {level}</translation>
    </message>
    <message>
        <source>The slip is degenerative or iatrogenic</source>
        <comment>indication.a.type|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.a.type|text)</extracomment>
        <translation>El desplazamiento es degenerativo o iatrogénico</translation>
    </message>
    <message>
        <source>Isthmic spondylolisthesis (grade 1 or more) with significant stenosis at {level}</source>
        <comment>fusion.indication.b|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.b|text)</extracomment>
        <translation>Espondilolistesis ístmica (grado 1 o más) con estenosis significativa en {level}</translation>
    </message>
    <message>
        <source>Spondylolisthesis of Meyerding grade 1 or more at {level}</source>
        <comment>indication.b.slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.b.slip|text)</extracomment>
        <translation>Espondilolistesis de grado de Meyerding 1 o más en {level}</translation>
    </message>
    <message>
        <source>The slip is isthmic</source>
        <comment>indication.b.type|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.b.type|text)</extracomment>
        <translation>El desplazamiento es ístmico</translation>
    </message>
    <message>
        <source>Dynamic instability: more than 3 mm of translation between flexion and extension (or supine and upright) films at {level}</source>
        <comment>fusion.indication.c|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.c|text)</extracomment>
        <translation>Inestabilidad dinámica: más de 3 mm de traslación entre las radiografías en flexión y extensión (o en decúbito y en bipedestación) en {level}</translation>
    </message>
    <message>
        <source>Thresholds differ: NASS quotes more than 2 mm, Premera 4 mm, White and Panjabi 4.5 mm; this set follows eviCore&apos;s 3 mm.</source>
        <comment>fusion.indication.c|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, fusion.indication.c|note)</extracomment>
        <translation>Los umbrales difieren: NASS cita más de 2 mm, Premera 4 mm, White y Panjabi 4,5 mm; este conjunto sigue los 3 mm de eviCore.</translation>
    </message>
    <message>
        <source>Instability after a prior decompression at {level}: a destabilizing facet resection, or on imaging since, a pars defect or an iatrogenic slip</source>
        <comment>fusion.indication.d|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.d|text)</extracomment>
        <translation>Inestabilidad tras una descompresión previa en {level}: una resección facetaria desestabilizante o, en imágenes posteriores, un defecto de la pars o un desplazamiento iatrogénico</translation>
    </message>
    <message>
        <source>A prior laminectomy alone is not instability: the record must show one of these (audit of the founding review).</source>
        <comment>fusion.indication.d|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, fusion.indication.d|note)</extracomment>
        <translation>Una laminectomía previa por sí sola no es inestabilidad: el expediente debe mostrar uno de estos hallazgos (auditoría de la revisión original).</translation>
    </message>
    <message>
        <source>A prior decompression at {level}</source>
        <comment>indication.d.prior-decompression|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.d.prior-decompression|text)</extracomment>
        <translation>Una descompresión previa en {level}</translation>
    </message>
    <message>
        <source>Evidence of post-operative instability at {level}</source>
        <comment>indication.d.instability|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.d.instability|text)</extracomment>
        <translation>Signos de inestabilidad posoperatoria en {level}</translation>
    </message>
    <message>
        <source>A pars defect (or pars fracture) on imaging after the operation</source>
        <comment>indication.d.pars|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.d.pars|text)</extracomment>
        <translation>Un defecto de la pars (o fractura de la pars) en imágenes posteriores a la cirugía</translation>
    </message>
    <message>
        <source>An iatrogenic spondylolisthesis on imaging after the operation</source>
        <comment>indication.d.iatrogenic-slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.d.iatrogenic-slip|text)</extracomment>
        <translation>Una espondilolistesis iatrogénica en imágenes posteriores a la cirugía</translation>
    </message>
    <message>
        <source>Spondylolisthesis of grade 1 or more at {level}</source>
        <comment>indication.d.slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.d.slip|text)</extracomment>
        <translation>Espondilolistesis de grado 1 o más en {level}</translation>
    </message>
    <message>
        <source>The slip is iatrogenic</source>
        <comment>indication.d.slip-iatrogenic|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.d.slip-iatrogenic|text)</extracomment>
        <translation>El desplazamiento es iatrogénico</translation>
    </message>
    <message>
        <source>Anticipated iatrogenic instability: the planned decompression at {level} removes enough facet or the pars to destabilize it, with significant stenosis</source>
        <comment>fusion.indication.e|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.e|text)</extracomment>
        <translation>Inestabilidad iatrogénica prevista: la descompresión planificada en {level} reseca suficiente faceta o la pars para desestabilizarlo, con estenosis significativa</translation>
    </message>
    <message>
        <source>The surgeon&apos;s plan documents a destabilizing resection at {level}</source>
        <comment>indication.e.plan|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.e.plan|text)</extracomment>
        <translation>El plan del cirujano documenta una resección desestabilizante en {level}</translation>
    </message>
    <message>
        <source>the surgeon&apos;s operative plan for {level} (share of each facet to be removed, and whether the pars is removed)</source>
        <comment>indication.e.plan|ask</comment>
        <extracomment>Documentation to request when the criterion is incomplete; keep {level} (reference.json, indication.e.plan|ask)</extracomment>
        <translation>el plan quirúrgico del cirujano para {level} (proporción de cada faceta a resecar y si se reseca la pars)</translation>
    </message>
    <message>
        <source>The plan removes the pars interarticularis</source>
        <comment>indication.e.pars|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.e.pars|text)</extracomment>
        <translation>El plan reseca la pars interarticularis</translation>
    </message>
    <message>
        <source>Pseudarthrosis: a prior fusion at {level} that has not united, at least 6 months after it</source>
        <comment>fusion.indication.f|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.f|text)</extracomment>
        <translation>Seudoartrosis: una artrodesis previa en {level} que no ha consolidado, al menos 6 meses después</translation>
    </message>
    <message>
        <source>Timing differs: eviCore 6 months, Aetna 12 months (both secondary summaries).</source>
        <comment>fusion.indication.f|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, fusion.indication.f|note)</extracomment>
        <translation>El plazo difiere: eviCore 6 meses, Aetna 12 meses (ambos resúmenes secundarios).</translation>
    </message>
    <message>
        <source>A prior fusion at {level} documented as not solid</source>
        <comment>indication.f.nonunion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.f.nonunion|text)</extracomment>
        <translation>Una artrodesis previa en {level} documentada como no consolidada</translation>
    </message>
    <message>
        <source>At least 6 calendar months since that fusion</source>
        <comment>indication.f.timing|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.f.timing|text)</extracomment>
        <translation>Al menos 6 meses naturales desde esa artrodesis</translation>
    </message>
    <message>
        <source>Adjacent-segment disease: a prior fusion at a level next to {level}, with significant stenosis here</source>
        <comment>fusion.indication.g|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.g|text)</extracomment>
        <translation>Enfermedad del segmento adyacente: una artrodesis previa en un nivel contiguo a {level}, con estenosis significativa aquí</translation>
    </message>
    <message>
        <source>A prior fusion at an adjacent level</source>
        <comment>indication.g.adjacent|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.g.adjacent|text)</extracomment>
        <translation>Una artrodesis previa en un nivel adyacente</translation>
    </message>
    <message>
        <source>Adult degenerative deformity: coronal Cobb over 30°, SVA over 8 cm, or PI − LL over 15°</source>
        <comment>fusion.indication.h|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.h|text)</extracomment>
        <translation>Deformidad degenerativa del adulto: Cobb coronal de más de 30°, SVA de más de 8 cm o PI − LL de más de 15°</translation>
    </message>
    <message>
        <source>BCBS North Dakota uses Cobb 30° or SVA over 5 cm with a year of care; older Aetna text Cobb over 50°.</source>
        <comment>fusion.indication.h|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, fusion.indication.h|note)</extracomment>
        <translation>BCBS Dakota del Norte usa Cobb de 30° o SVA de más de 5 cm con un año de tratamiento; un texto antiguo de Aetna, Cobb de más de 50°.</translation>
    </message>
    <message>
        <source>Coronal Cobb angle over 30°</source>
        <comment>indication.h.cobb|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.h.cobb|text)</extracomment>
        <translation>Ángulo de Cobb coronal de más de 30°</translation>
    </message>
    <message>
        <source>Sagittal vertical axis over 8 cm</source>
        <comment>indication.h.sva|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.h.sva|text)</extracomment>
        <translation>Eje vertical sagital de más de 8 cm</translation>
    </message>
    <message>
        <source>Pelvic incidence minus lumbar lordosis over 15°</source>
        <comment>indication.h.pi-ll|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.h.pi-ll|text)</extracomment>
        <translation>Incidencia pélvica menos lordosis lumbar de más de 15°</translation>
    </message>
    <message>
        <source>Any indication for fusion at {level}</source>
        <comment>fusion.indications|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indications|text)</extracomment>
        <translation>Alguna indicación de artrodesis en {level}</translation>
    </message>
    <message>
        <source>An instability indication at {level} (a, b, c, d, e or g)</source>
        <comment>fusion.indications.instability|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indications.instability|text)</extracomment>
        <translation>Una indicación por inestabilidad en {level} (a, b, c, d, e o g)</translation>
    </message>
    <message>
        <source>Stenosis alone, a prior laminectomy alone, EMG findings, Modic change and disc-height loss are not indications.</source>
        <comment>fusion.indications.instability|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, fusion.indications.instability|note)</extracomment>
        <translation>La estenosis sola, una laminectomía previa sola, los hallazgos del EMG, los cambios de Modic y la pérdida de altura discal no son indicaciones.</translation>
    </message>
    <message>
        <source>{level} is described by qualifying imaging (MRI, CT or CT myelogram within the qualifying window)</source>
        <comment>level-described|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, level-described|text)</extracomment>
        <translation>{level} está descrito en imágenes válidas (RM, TC o mielo-TC dentro del plazo de validez)</translation>
    </message>
    <message>
        <source>At least one other modality (home exercise, medication, injection, activity modification, chiropractic, bracing or acupuncture)</source>
        <comment>care.other-modality|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.other-modality|text)</extracomment>
        <translation>Al menos otra modalidad (ejercicio en casa, medicación, infiltración, modificación de la actividad, quiropraxia, ortesis o acupuntura)</translation>
    </message>
    <message>
        <source>Pain attributable to the level: radicular or claudicant symptoms, or predominant back pain (a non-union or deformity may hurt without leg symptoms)</source>
        <comment>painful|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, painful|text)</extracomment>
        <translation>Dolor atribuible al nivel: síntomas radiculares o de claudicación, o dolor lumbar predominante (una seudoartrosis o una deformidad pueden doler sin síntomas en las piernas)</translation>
    </message>
    <message>
        <source>Neurogenic claudication or radicular leg pain documented</source>
        <comment>symptoms-present|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, symptoms-present|text)</extracomment>
        <translation>Claudicación neurógena o dolor radicular en la pierna documentados</translation>
    </message>
    <message>
        <source>Axial back pain predominates</source>
        <comment>back-pain-predominant|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, back-pain-predominant|text)</extracomment>
        <translation>Predomina el dolor lumbar axial</translation>
    </message>
    <message>
        <source>Moderate or worse stenosis (central, lateral recess or foraminal) at {level} on qualifying imaging</source>
        <comment>significant-stenosis|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, significant-stenosis|text)</extracomment>
        <translation>Estenosis moderada o peor (central, del receso lateral o foraminal) en {level} en imágenes válidas</translation>
    </message>
    <message>
        <source>Mild and mild-to-moderate grades do not qualify (Aetna CPB 0743, secondary summary).</source>
        <comment>significant-stenosis|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, significant-stenosis|note)</extracomment>
        <translation>Los grados leve y leve a moderado no cumplen los requisitos (Aetna CPB 0743, resumen secundario).</translation>
    </message>
    <message>
        <source>Urgent presentation: cauda equina, a progressive deficit, severe motor weakness in a lumbar root, or infection, tumour or fracture (waives the conservative-care and functional-impairment requirements, nothing else)</source>
        <comment>urgent|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent|text)</extracomment>
        <translation>Presentación urgente: cola de caballo, un déficit progresivo, debilidad motora grave en una raíz lumbar, o infección, tumor o fractura (exime de los requisitos de tratamiento conservador y de limitación funcional, nada más)</translation>
    </message>
    <message>
        <source>Cauda equina syndrome</source>
        <comment>urgent.cauda-equina|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent.cauda-equina|text)</extracomment>
        <translation>Síndrome de cola de caballo</translation>
    </message>
    <message>
        <source>Progressive neurological deficit</source>
        <comment>urgent.progressive-deficit|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent.progressive-deficit|text)</extracomment>
        <translation>Déficit neurológico progresivo</translation>
    </message>
    <message>
        <source>Motor strength 2/5 or weaker in root L5 or S1</source>
        <comment>urgent.motor-l5-s1|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent.motor-l5-s1|text)</extracomment>
        <translation>Fuerza motora de 2/5 o menos en la raíz L5 o S1</translation>
    </message>
    <message>
        <source>Motor strength 3/5 or weaker in root L3 or L4</source>
        <comment>urgent.motor-l3-l4|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent.motor-l3-l4|text)</extracomment>
        <translation>Fuerza motora de 3/5 o menos en la raíz L3 o L4</translation>
    </message>
    <message>
        <source>Infection</source>
        <comment>urgent.infection|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent.infection|text)</extracomment>
        <translation>Infección</translation>
    </message>
    <message>
        <source>Tumour</source>
        <comment>urgent.tumor|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent.tumor|text)</extracomment>
        <translation>Tumor</translation>
    </message>
    <message>
        <source>Fracture</source>
        <comment>urgent.fracture|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent.fracture|text)</extracomment>
        <translation>Fractura</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level} (allograft follows the fusion)</source>
        <comment>allograft.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, allograft.fusion|text)</extracomment>
        <translation>La artrodesis cumple los criterios en {level} (el aloinjerto sigue a la artrodesis)</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level} (autograft follows the fusion)</source>
        <comment>autograft.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, autograft.fusion|text)</extracomment>
        <translation>La artrodesis cumple los criterios en {level} (el autoinjerto sigue a la artrodesis)</translation>
    </message>
    <message>
        <source>rhBMP-2 at {level}</source>
        <comment>bmp|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp|text)</extracomment>
        <translation>rhBMP-2 en {level}</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level}</source>
        <comment>bmp.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.fusion|text)</extracomment>
        <translation>La artrodesis cumple los criterios en {level}</translation>
    </message>
    <message>
        <source>No documented contraindication to rhBMP-2 (hypersensitivity, infection or tumour at the site, skeletal immaturity)</source>
        <comment>bmp.no-contraindication|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.no-contraindication|text)</extracomment>
        <translation>Sin contraindicación documentada para rhBMP-2 (hipersensibilidad, infección o tumor en el sitio, inmadurez esquelética)</translation>
    </message>
    <message>
        <source>A contraindication to rhBMP-2 is documented</source>
        <comment>bmp.contraindication|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.contraindication|text)</extracomment>
        <translation>Hay una contraindicación documentada para rhBMP-2</translation>
    </message>
    <message>
        <source>Not pregnant</source>
        <comment>bmp.not-pregnant|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.not-pregnant|text)</extracomment>
        <translation>No embarazada</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <comment>bmp.pregnant|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.pregnant|text)</extracomment>
        <translation>Embarazo</translation>
    </message>
    <message>
        <source>On-label use, or off-label use with a high risk of non-union</source>
        <comment>bmp.use|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.use|text)</extracomment>
        <translation>Uso en indicación aprobada, o fuera de indicación con alto riesgo de falta de consolidación</translation>
    </message>
    <message>
        <source>On-label: a single-level anterior interbody fusion (ALIF) between L2 and S1</source>
        <comment>bmp.on-label|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.on-label|text)</extracomment>
        <translation>En indicación aprobada: artrodesis intersomática anterior (ALIF) de un solo nivel entre L2 y S1</translation>
    </message>
    <message>
        <source>One level fused</source>
        <comment>bmp.on-label.single-level|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.on-label.single-level|text)</extracomment>
        <translation>Un solo nivel fusionado</translation>
    </message>
    <message>
        <source>The level lies between L2 and S1</source>
        <comment>bmp.on-label.level|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.on-label.level|text)</extracomment>
        <translation>El nivel está entre L2 y S1</translation>
    </message>
    <message>
        <source>Anterior lumbar interbody fusion (ALIF)</source>
        <comment>bmp.on-label.alif|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.on-label.alif|text)</extracomment>
        <translation>Artrodesis intersomática lumbar anterior (ALIF)</translation>
    </message>
    <message>
        <source>Off-label with at least one high-risk factor for non-union</source>
        <comment>bmp.high-risk|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.high-risk|text)</extracomment>
        <translation>Fuera de indicación con al menos un factor de alto riesgo de falta de consolidación</translation>
    </message>
    <message>
        <source>A revision for recurrent stenosis is not a revision for pseudarthrosis. The eviCore high-risk list is seen only in summaries (verify); Florida Blue requires autograft to be infeasible.</source>
        <comment>bmp.high-risk|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, bmp.high-risk|note)</extracomment>
        <translation>Una revisión por estenosis recurrente no es una revisión por seudoartrosis. La lista de alto riesgo de eviCore solo se ha visto en resúmenes (verificar); Florida Blue exige que el autoinjerto no sea viable.</translation>
    </message>
    <message>
        <source>More than 3 levels fused</source>
        <comment>bmp.high-risk.levels|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.high-risk.levels|text)</extracomment>
        <translation>Más de 3 niveles fusionados</translation>
    </message>
    <message>
        <source>Meyerding grade 3 or more at {level}</source>
        <comment>bmp.high-risk.slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.high-risk.slip|text)</extracomment>
        <translation>Grado de Meyerding 3 o más en {level}</translation>
    </message>
    <message>
        <source>Autograft unavailable or insufficient</source>
        <comment>bmp.high-risk.autograft|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.high-risk.autograft|text)</extracomment>
        <translation>Autoinjerto no disponible o insuficiente</translation>
    </message>
    <message>
        <source>Bone growth stimulator after fusion at {level}</source>
        <comment>bone-growth-stimulator|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bone-growth-stimulator|text)</extracomment>
        <translation>Estimulador de crecimiento óseo tras artrodesis en {level}</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level}</source>
        <comment>stimulator.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.fusion|text)</extracomment>
        <translation>La artrodesis cumple los criterios en {level}</translation>
    </message>
    <message>
        <source>At least one risk factor for non-union</source>
        <comment>stimulator.risk|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk|text)</extracomment>
        <translation>Al menos un factor de riesgo de falta de consolidación</translation>
    </message>
    <message>
        <source>eviCore CMM-615 adds BMI over 30 and osteopenia; Medicare NCD 150.2 is narrower (unverified).</source>
        <comment>stimulator.risk|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, stimulator.risk|note)</extracomment>
        <translation>eviCore CMM-615 añade IMC superior a 30 y osteopenia; el NCD 150.2 de Medicare es más restrictivo (sin verificar).</translation>
    </message>
    <message>
        <source>A prior fusion at {level} that did not unite</source>
        <comment>stimulator.risk.failed-fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.failed-fusion|text)</extracomment>
        <translation>Una artrodesis previa en {level} que no consolidó</translation>
    </message>
    <message>
        <source>Spondylolisthesis of grade 3 or more</source>
        <comment>stimulator.risk.slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.slip|text)</extracomment>
        <translation>Espondilolistesis de grado 3 o más</translation>
    </message>
    <message>
        <source>Fusion of more than one level</source>
        <comment>stimulator.risk.levels|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.levels|text)</extracomment>
        <translation>Artrodesis de más de un nivel</translation>
    </message>
    <message>
        <source>Current nicotine use</source>
        <comment>stimulator.risk.nicotine|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.nicotine|text)</extracomment>
        <translation>Consumo actual de nicotina</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <comment>stimulator.risk.diabetes|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.diabetes|text)</extracomment>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>Chronic steroid use</source>
        <comment>stimulator.risk.steroids|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.steroids|text)</extracomment>
        <translation>Uso crónico de corticoides</translation>
    </message>
    <message>
        <source>Renal disease</source>
        <comment>stimulator.risk.renal|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.renal|text)</extracomment>
        <translation>Enfermedad renal</translation>
    </message>
    <message>
        <source>Alcohol use disorder</source>
        <comment>stimulator.risk.alcohol|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.alcohol|text)</extracomment>
        <translation>Trastorno por consumo de alcohol</translation>
    </message>
    <message>
        <source>Bone marrow aspirate is not supported as a fusion adjunct: evidence is insufficient</source>
        <comment>bone-marrow-aspirate|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bone-marrow-aspirate|text)</extracomment>
        <translation>El aspirado de médula ósea no está respaldado como complemento de la artrodesis: la evidencia es insuficiente</translation>
    </message>
    <message>
        <source>eviCore CMM-612 allows a narrow exception (hybrid with iliac-crest autograft in posterolateral fusion); see the payer-cmm609 set.</source>
        <comment>bone-marrow-aspirate|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, bone-marrow-aspirate|note)</extracomment>
        <translation>eviCore CMM-612 admite una excepción limitada (híbrido con autoinjerto de cresta ilíaca en artrodesis posterolateral); véase el conjunto payer-cmm609.</translation>
    </message>
    <message>
        <source>Cement-augmented screws at {level}</source>
        <comment>cement-augmentation|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, cement-augmentation|text)</extracomment>
        <translation>Tornillos aumentados con cemento en {level}</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level}</source>
        <comment>cement.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, cement.fusion|text)</extracomment>
        <translation>La artrodesis cumple los criterios en {level}</translation>
    </message>
    <message>
        <source>Poor bone quality documented</source>
        <comment>cement.poor-bone|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, cement.poor-bone|text)</extracomment>
        <translation>Mala calidad ósea documentada</translation>
    </message>
    <message>
        <source>a bone density assessment (DEXA T-score or CT Hounsfield units)</source>
        <comment>cement.poor-bone|ask</comment>
        <extracomment>Documentation to request when the criterion is incomplete; keep {level} (reference.json, cement.poor-bone|ask)</extracomment>
        <translation>una valoración de la densidad ósea (puntuación T de DEXA o unidades Hounsfield en TC)</translation>
    </message>
    <message>
        <source>Disc-height loss and Modic change are not reasons for cement augmentation (audit of the founding review).</source>
        <comment>cement.poor-bone|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, cement.poor-bone|note)</extracomment>
        <translation>La pérdida de altura discal y los cambios de Modic no son motivos para el aumento con cemento (auditoría de la revisión original).</translation>
    </message>
    <message>
        <source>DEXA T-score of −2.5 or lower</source>
        <comment>cement.dexa|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, cement.dexa|text)</extracomment>
        <translation>Puntuación T de DEXA de −2,5 o inferior</translation>
    </message>
    <message>
        <source>Vertebral CT density under 97.9 HU</source>
        <comment>cement.ct-hu|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, cement.ct-hu|text)</extracomment>
        <translation>Densidad vertebral en TC inferior a 97,9 UH</translation>
    </message>
    <message>
        <source>Osteoporosis diagnosed</source>
        <comment>cement.osteoporosis|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, cement.osteoporosis|text)</extracomment>
        <translation>Osteoporosis diagnosticada</translation>
    </message>
    <message>
        <source>Decompression at {level}</source>
        <comment>decompression|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, decompression|text)</extracomment>
        <translation>Descompresión en {level}</translation>
    </message>
    <message>
        <source>Fusion at {level}</source>
        <comment>fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion|text)</extracomment>
        <translation>Artrodesis en {level}</translation>
    </message>
    <message>
        <source>An indication for fusion with the care it requires</source>
        <comment>fusion.pathway|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.pathway|text)</extracomment>
        <translation>Una indicación de artrodesis con el tratamiento que exige</translation>
    </message>
    <message>
        <source>Pseudarthrosis, painful, after 6 weeks of care (or urgent)</source>
        <comment>fusion.pathway.pseudarthrosis|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.pathway.pseudarthrosis|text)</extracomment>
        <translation>Seudoartrosis dolorosa, tras 6 semanas de tratamiento (o urgente)</translation>
    </message>
    <message>
        <source>Deformity, painful, after 12 weeks of care (or urgent)</source>
        <comment>fusion.pathway.deformity|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.pathway.deformity|text)</extracomment>
        <translation>Deformidad dolorosa, tras 12 semanas de tratamiento (o urgente)</translation>
    </message>
    <message>
        <source>Concordant symptoms with an instability indication, after 12 weeks of care (or urgent)</source>
        <comment>fusion.pathway.instability|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.pathway.instability|text)</extracomment>
        <translation>Síntomas concordantes con una indicación por inestabilidad, tras 12 semanas de tratamiento (o urgente)</translation>
    </message>
    <message>
        <source>Inpatient stay</source>
        <comment>inpatient-stay|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient-stay|text)</extracomment>
        <translation>Hospitalización</translation>
    </message>
    <message>
        <source>Level of care never changes a procedure&apos;s determination.</source>
        <comment>inpatient-stay|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, inpatient-stay|note)</extracomment>
        <translation>El nivel asistencial nunca cambia la determinación de un procedimiento.</translation>
    </message>
    <message>
        <source>The request is not for an outpatient setting</source>
        <comment>inpatient.setting|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient.setting|text)</extracomment>
        <translation>La solicitud no es para un ámbito ambulatorio</translation>
    </message>
    <message>
        <source>A requested decompression or fusion that is not denied</source>
        <comment>inpatient.procedure|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient.procedure|text)</extracomment>
        <translation>Una descompresión o artrodesis solicitada que no se deniega</translation>
    </message>
    <message>
        <source>Decompression is met or pending</source>
        <comment>inpatient.decompression|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient.decompression|text)</extracomment>
        <translation>La descompresión cumple o está pendiente</translation>
    </message>
    <message>
        <source>Fusion is met or pending</source>
        <comment>inpatient.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient.fusion|text)</extracomment>
        <translation>La artrodesis cumple o está pendiente</translation>
    </message>
    <message>
        <source>A documented reason to stay: an expected stay of 2 midnights or more, or an inpatient risk factor</source>
        <comment>inpatient.reason|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient.reason|text)</extracomment>
        <translation>Un motivo documentado para la estancia: una estancia prevista de 2 medianoches o más, o un factor de riesgo para hospitalización</translation>
    </message>
    <message>
        <source>The surgeon expects a stay of at least 2 midnights</source>
        <comment>inpatient.midnights|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient.midnights|text)</extracomment>
        <translation>El cirujano prevé una estancia de al menos 2 medianoches</translation>
    </message>
    <message>
        <source>At least one inpatient risk factor (ASA 3 or more, sleep apnoea on CPAP, uncontrolled diabetes, morbid obesity, cardiopulmonary disease, no home support, IV analgesia)</source>
        <comment>inpatient.risk-factors|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient.risk-factors|text)</extracomment>
        <translation>Al menos un factor de riesgo para hospitalización (ASA 3 o más, apnea del sueño con CPAP, diabetes no controlada, obesidad mórbida, enfermedad cardiopulmonar, sin apoyo en casa, analgesia IV)</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level} (pedicle-screw instrumentation follows the fusion)</source>
        <comment>instrumentation.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, instrumentation.fusion|text)</extracomment>
        <translation>La artrodesis cumple los criterios en {level} (la instrumentación con tornillos pediculares sigue a la artrodesis)</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level} (an interbody device follows the interbody arthrodesis)</source>
        <comment>interbody.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, interbody.fusion|text)</extracomment>
        <translation>La artrodesis cumple los criterios en {level} (un dispositivo intersomático sigue a la artrodesis intersomática)</translation>
    </message>
    <message>
        <source>Current nicotine use: smoking is associated with more reoperations after fusion; whether quitting first reduces them is unproven.</source>
        <comment>nicotine-current|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, nicotine-current|text)</extracomment>
        <translation>Consumo actual de nicotina: el tabaquismo se asocia a más reintervenciones tras la artrodesis; no está demostrado que dejarlo antes las reduzca.</translation>
    </message>
    <message>
        <source>Current nicotine use</source>
        <comment>caution.nicotine|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.nicotine|text)</extracomment>
        <translation>Consumo actual de nicotina</translation>
    </message>
    <message>
        <source>HbA1c above 7.5 %: associated with more surgical-site infection and reoperation; optimise glycaemic control.</source>
        <comment>hba1c-high|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, hba1c-high|text)</extracomment>
        <translation>HbA1c superior al 7,5 %: se asocia a más infección del sitio quirúrgico y reintervención; optimice el control glucémico.</translation>
    </message>
    <message>
        <source>HbA1c above 7.5 %</source>
        <comment>caution.hba1c|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.hba1c|text)</extracomment>
        <translation>HbA1c superior al 7,5 %</translation>
    </message>
    <message>
        <source>BMI of 40 or more: discuss healing and wound risk (studies on BMI conflict and no cut-off is recommended).</source>
        <comment>bmi-40|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmi-40|text)</extracomment>
        <translation>IMC de 40 o más: comente el riesgo de cicatrización y de la herida (los estudios sobre el IMC discrepan y no se recomienda un punto de corte).</translation>
    </message>
    <message>
        <source>BMI 40 or more</source>
        <comment>caution.bmi|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.bmi|text)</extracomment>
        <translation>IMC de 40 o más</translation>
    </message>
    <message>
        <source>Significant stenosis is also reported at {levels}, which the request does not include: symptoms from those levels may persist.</source>
        <comment>unrequested-stenosis|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, unrequested-stenosis|text)</extracomment>
        <translation>También se informa estenosis significativa en {levels}, que la solicitud no incluye: los síntomas de esos niveles pueden persistir.</translation>
    </message>
    <message>
        <source>Decompression without fusion at {level}, where a spondylolisthesis is documented: the slip may progress after decompression.</source>
        <comment>decompression-over-slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, decompression-over-slip|text)</extracomment>
        <translation>Descompresión sin artrodesis en {level}, donde hay una espondilolistesis documentada: el desplazamiento puede progresar tras la descompresión.</translation>
    </message>
    <message>
        <source>A slip at a level decompressed without fusion</source>
        <comment>caution.slip-unfused|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.slip-unfused|text)</extracomment>
        <translation>Un desplazamiento en un nivel descomprimido sin artrodesis</translation>
    </message>
    <message>
        <source>No fusion requested at {level}</source>
        <comment>caution.slip-unfused.no-fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.slip-unfused.no-fusion|text)</extracomment>
        <translation>No se solicita artrodesis en {level}</translation>
    </message>
    <message>
        <source>Spondylolisthesis of grade 1 or more at {level}</source>
        <comment>caution.slip-unfused.slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.slip-unfused.slip|text)</extracomment>
        <translation>Espondilolistesis de grado 1 o más en {level}</translation>
    </message>
    <message>
        <source>Trials conflict on adding fusion for a grade 1 degenerative slip at {level}: Försth 2016 and NORDSTEN-DS found no benefit, SLIP 2016 a modest one; AANS/CNS gives decompression with fusion a Grade B recommendation.</source>
        <comment>grade1-slip-trials|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, grade1-slip-trials|text)</extracomment>
        <translation>Los ensayos discrepan sobre añadir artrodesis en un desplazamiento degenerativo de grado 1 en {level}: Försth 2016 y NORDSTEN-DS no hallaron beneficio, SLIP 2016 uno modesto; AANS/CNS da a la descompresión con artrodesis una recomendación de grado B.</translation>
    </message>
    <message>
        <source>More than 2 levels fused for degenerative disease: each level must meet its own indication; multilevel fusion is not typical outside trauma, deformity or tumour.</source>
        <comment>multilevel-fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, multilevel-fusion|text)</extracomment>
        <translation>Más de 2 niveles fusionados por enfermedad degenerativa: cada nivel debe cumplir su propia indicación; la artrodesis multinivel no es habitual fuera de traumatismos, deformidades o tumores.</translation>
    </message>
    <message>
        <source>More than 2 levels fused</source>
        <comment>caution.multilevel|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.multilevel|text)</extracomment>
        <translation>Más de 2 niveles fusionados</translation>
    </message>
    <message>
        <source>Infection, tumour or fracture documented: outside the degenerative criteria — physician review.</source>
        <comment>outside-degenerative|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, outside-degenerative|text)</extracomment>
        <translation>Infección, tumor o fractura documentados: fuera de los criterios degenerativos; revisión por un médico asesor.</translation>
    </message>
    <message>
        <source>Infection, tumour or fracture</source>
        <comment>caution.red-flags|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.red-flags|text)</extracomment>
        <translation>Infección, tumor o fractura</translation>
    </message>
    <message>
        <source>Infection</source>
        <comment>caution.infection|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.infection|text)</extracomment>
        <translation>Infección</translation>
    </message>
    <message>
        <source>Tumour</source>
        <comment>caution.tumor|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.tumor|text)</extracomment>
        <translation>Tumor</translation>
    </message>
    <message>
        <source>Fracture</source>
        <comment>caution.fracture|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.fracture|text)</extracomment>
        <translation>Fractura</translation>
    </message>
    <message>
        <source>Iliac-crest autograft: chronic donor-site pain persists in 15–39 % of patients at two years or more; counsel the patient.</source>
        <comment>iliac-crest-donor-site|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, iliac-crest-donor-site|text)</extracomment>
        <translation>Autoinjerto de cresta ilíaca: el dolor crónico en la zona donante persiste en el 15–39 % de los pacientes a dos años o más; informe al paciente.</translation>
    </message>
    <message>
        <source>Autograft from the iliac crest</source>
        <comment>caution.iliac-crest|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.iliac-crest|text)</extracomment>
        <translation>Autoinjerto de cresta ilíaca</translation>
    </message>
    <message>
        <source>rhBMP-2 carries a risk of post-operative radiculitis (about 17 % after TLIF in one series) and of heterotopic bone.</source>
        <comment>bmp-risks|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp-risks|text)</extracomment>
        <translation>La rhBMP-2 conlleva riesgo de radiculitis posoperatoria (alrededor del 17 % tras TLIF en una serie) y de hueso heterotópico.</translation>
    </message>
    <message>
        <source>At {level}, stenosis, a prior laminectomy, EMG radiculopathy, Modic change or disc-height loss are not by themselves indications for fusion; instability, deformity, non-union or a planned destabilizing resection must be documented.</source>
        <comment>not-indications-alone|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, not-indications-alone|text)</extracomment>
        <translation>En {level}, la estenosis, una laminectomía previa, la radiculopatía en el EMG, los cambios de Modic o la pérdida de altura discal no son por sí solos indicaciones de artrodesis; debe documentarse inestabilidad, deformidad, seudoartrosis o una resección desestabilizante planificada.</translation>
    </message>
    <message>
        <source>Only non-qualifying findings at the level</source>
        <comment>caution.surrogates|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates|text)</extracomment>
        <translation>Solo hallazgos que no cumplen los requisitos en el nivel</translation>
    </message>
    <message>
        <source>No indication for fusion is met at {level}</source>
        <comment>caution.surrogates.no-indication|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates.no-indication|text)</extracomment>
        <translation>No se cumple ninguna indicación de artrodesis en {level}</translation>
    </message>
    <message>
        <source>A finding often mistaken for an indication</source>
        <comment>caution.surrogates.present|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates.present|text)</extracomment>
        <translation>Un hallazgo que a menudo se confunde con una indicación</translation>
    </message>
    <message>
        <source>Significant stenosis</source>
        <comment>caution.surrogates.stenosis|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates.stenosis|text)</extracomment>
        <translation>Estenosis significativa</translation>
    </message>
    <message>
        <source>A prior decompression</source>
        <comment>caution.surrogates.prior-decompression|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates.prior-decompression|text)</extracomment>
        <translation>Una descompresión previa</translation>
    </message>
    <message>
        <source>EMG radiculopathy</source>
        <comment>caution.surrogates.emg|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates.emg|text)</extracomment>
        <translation>Radiculopatía en el EMG</translation>
    </message>
    <message>
        <source>Modic change</source>
        <comment>caution.surrogates.modic|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates.modic|text)</extracomment>
        <translation>Cambios de Modic</translation>
    </message>
    <message>
        <source>Moderate or severe disc-height loss</source>
        <comment>caution.surrogates.disc-height|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates.disc-height|text)</extracomment>
        <translation>Pérdida de altura discal moderada o grave</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reviews are not stored</source>
        <translation>Las revisiones no se guardan</translation>
    </message>
    <message>
        <source>%1

The desk works on case files until the database can be opened; nothing in it was changed.</source>
        <translation>%1

El escritorio trabaja con archivos de caso hasta que se pueda abrir la base de datos; no se cambió nada en ella.</translation>
    </message>
</context>
<context>
    <name>spinereview::CaseDocument</name>
    <message>
        <source>The case could not be written to %1.</source>
        <translation>No se pudo escribir el caso en %1.</translation>
    </message>
</context>
<context>
    <name>spinereview::CautionsPanel</name>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Cautions for the selected component</source>
        <translation>Precauciones para el componente seleccionado</translation>
    </message>
    <message>
        <source>Cautions — %1 (%2)</source>
        <translation>Precauciones — %1 (%2)</translation>
    </message>
    <message>
        <source>No cautions.</source>
        <translation>Sin precauciones.</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Precaución: %1</translation>
    </message>
    <message>
        <source>Caution: %1 (shown whatever the status; it never changes it)</source>
        <translation>Precaución: %1 (se muestra sea cual sea el estado; nunca lo cambia)</translation>
    </message>
</context>
<context>
    <name>spinereview::ChartsPanel</name>
    <message>
        <source>Therapy timeline</source>
        <translation>Cronología del tratamiento</translation>
    </message>
    <message>
        <source>Pain and ODI</source>
        <translation>Dolor y ODI</translation>
    </message>
    <message>
        <source>Status summary</source>
        <translation>Resumen de estados</translation>
    </message>
</context>
<context>
    <name>spinereview::ClinicalItemDelegate</name>
    <message>
        <source>Not documented</source>
        <translation>No documentado</translation>
    </message>
</context>
<context>
    <name>spinereview::ClinicalListEditor</name>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>%1 documented</source>
        <translation>%1 documentado</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Añadir una fila a %1</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Quitar la fila seleccionada de %1</translation>
    </message>
</context>
<context>
    <name>spinereview::ClinicalListModel</name>
    <message>
        <source>Not documented</source>
        <translation>No documentado</translation>
    </message>
</context>
<context>
    <name>spinereview::ComparisonModel</name>
    <message>
        <source>Not evaluated</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <source>This set did not evaluate %1.</source>
        <translation>Este conjunto no evaluó %1.</translation>
    </message>
    <message>
        <source>%1 under %2: %3</source>
        <translation>%1 según %2: %3</translation>
    </message>
    <message>
        <source>Sets disagree</source>
        <translation>Los conjuntos discrepan</translation>
    </message>
    <message>
        <source>All sets agree</source>
        <translation>Todos los conjuntos coinciden</translation>
    </message>
    <message>
        <source>%1: the criteria sets disagree</source>
        <translation>%1: los conjuntos de criterios discrepan</translation>
    </message>
    <message>
        <source>%1: all criteria sets agree</source>
        <translation>%1: todos los conjuntos de criterios coinciden</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>%1
version %2</source>
        <translation>%1
versión %2</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>%1, version %2
%3
sha256 %4</source>
        <translation>%1, versión %2
%3
sha256 %4</translation>
    </message>
</context>
<context>
    <name>spinereview::ComparisonView</name>
    <message>
        <source>Comparison of criteria sets</source>
        <translation>Comparación de conjuntos de criterios</translation>
    </message>
    <message>
        <source>Components by criteria set</source>
        <translation>Componentes por conjunto de criterios</translation>
    </message>
    <message>
        <source>One row per requested component, one column per criteria set, and whether the sets agree. Press Enter on a cell to see that component&apos;s reasons under that set.</source>
        <translation>Una fila por componente solicitado, una columna por conjunto de criterios y si los conjuntos coinciden. Pulse Intro en una celda para ver los motivos de ese componente según ese conjunto.</translation>
    </message>
    <message>
        <source>Criteria sets compared</source>
        <translation>Conjuntos de criterios comparados</translation>
    </message>
    <message>
        <source>Comparison — no criteria sets evaluated</source>
        <translation>Comparación — ningún conjunto de criterios evaluado</translation>
    </message>
    <message numerus="yes">
        <source>Comparison — all %n criteria set(s) agree on every component</source>
        <translation>
            <numerusform>Comparación — %n conjunto de criterios coincide en todos los componentes</numerusform>
            <numerusform>Comparación — los %n conjuntos de criterios coinciden en todos los componentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison — the criteria sets disagree on %n component(s)</source>
        <translation>
            <numerusform>Comparación — los conjuntos de criterios discrepan en %n componente</numerusform>
            <numerusform>Comparación — los conjuntos de criterios discrepan en %n componentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spinereview::ComponentDecisionsModel</name>
    <message>
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Reason required: the decision differs from the engine&apos;s</source>
        <translation>Motivo obligatorio: la decisión difiere de la del motor</translation>
    </message>
    <message>
        <source>Why the decision differs from the engine&apos;s determination; required when it does.</source>
        <translation>Por qué la decisión difiere de la determinación del motor; obligatorio cuando difiere.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>The engine&apos;s determination for the case as it stands</source>
        <translation>La determinación del motor para el caso tal como está</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>The reviewer&apos;s decision</source>
        <translation>La decisión del revisor</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Reason for a decision that differs from the engine&apos;s</source>
        <translation>Motivo de una decisión que difiere de la del motor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>spinereview::CriteriaSetBar</name>
    <message>
        <source>Criteria set</source>
        <translation>Conjunto de criterios</translation>
    </message>
    <message>
        <source>The criteria set the determinations are evaluated under</source>
        <translation>El conjunto de criterios con el que se evalúan las determinaciones</translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — versión %2</translation>
    </message>
    <message>
        <source>Current criteria set</source>
        <translation>Conjunto de criterios actual</translation>
    </message>
    <message>
        <source>Compare all sets</source>
        <translation>Comparar todos</translation>
    </message>
    <message>
        <source>Compare all criteria sets</source>
        <translation>Comparar todos los conjuntos de criterios</translation>
    </message>
    <message>
        <source>Show every component under every criteria set side by side</source>
        <translation>Mostrar cada componente según cada conjunto de criterios, lado a lado</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>sha256 %1…</source>
        <translation>sha256 %1…</translation>
    </message>
    <message>
        <source>%1
Version %2, effective %3
sha256 %4
Sources: %5</source>
        <translation>%1
Versión %2, vigente desde %3
sha256 %4
Fuentes: %5</translation>
    </message>
</context>
<context>
    <name>spinereview::CriterionNotesModel</name>
    <message>
        <source>Whole case</source>
        <translation>Todo el caso</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>spinereview::DashboardView</name>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Perí&amp;odo:</translation>
    </message>
    <message>
        <source>Period of each bar</source>
        <translation>Período de cada barra</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Últimos %1 días</translation>
    </message>
    <message>
        <source>Co&amp;mponent:</source>
        <translation>&amp;Componente:</translation>
    </message>
    <message>
        <source>Component of the decisions</source>
        <translation>Componente de las decisiones</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Todos los componentes</translation>
    </message>
    <message>
        <source>Open reviews now</source>
        <translation>Revisiones abiertas ahora</translation>
    </message>
    <message>
        <source>Open reviews by status</source>
        <translation>Revisiones abiertas por estado</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC); open reviews as of %3</source>
        <translation>%1 a %2 (UTC); revisiones abiertas a %3</translation>
    </message>
</context>
<context>
    <name>spinereview::DateDelegate</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>A date as yyyy-mm-dd; leave empty when not documented</source>
        <translation>Una fecha como aaaa-mm-dd; déjela vacía si no está documentada</translation>
    </message>
</context>
<context>
    <name>spinereview::DateField</name>
    <message>
        <source>Documented</source>
        <translation>Documentada</translation>
    </message>
    <message>
        <source>%1: documented</source>
        <translation>%1: documentada</translation>
    </message>
</context>
<context>
    <name>spinereview::DeterminationCard</name>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Levels: %1. </source>
        <translation>Niveles: %1. </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>spinereview::DeterminationCards</name>
    <message>
        <source>No components requested: add the procedure&apos;s components to the request.</source>
        <translation>No se solicitan componentes: añada los componentes del procedimiento a la solicitud.</translation>
    </message>
    <message>
        <source>Determinations</source>
        <translation>Determinaciones</translation>
    </message>
</context>
<context>
    <name>spinereview::DeterminationsChart</name>
    <message>
        <source>Day determined (UTC)</source>
        <translation>Día de la determinación (UTC)</translation>
    </message>
    <message>
        <source>Week determined (starting Monday, UTC)</source>
        <translation>Semana de la determinación (desde el lunes, UTC)</translation>
    </message>
    <message>
        <source>Month determined (UTC)</source>
        <translation>Mes de la determinación (UTC)</translation>
    </message>
    <message>
        <source>Reviews decided</source>
        <translation>Revisiones decididas</translation>
    </message>
    <message>
        <source>Component decisions</source>
        <translation>Decisiones por componente</translation>
    </message>
    <message>
        <source>all components</source>
        <translation>todos los componentes</translation>
    </message>
    <message>
        <source>Final decisions: %1</source>
        <translation>Decisiones finales: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Final decisions, %1: none in this range</source>
        <translation>Decisiones finales, %1: ninguna en este intervalo</translation>
    </message>
    <message>
        <source>Final decisions, %1: %2</source>
        <translation>Decisiones finales, %1: %2</translation>
    </message>
</context>
<context>
    <name>spinereview::DeterminationsModel</name>
    <message>
        <source>Determined on %1</source>
        <translation>Determinada el %1</translation>
    </message>
    <message>
        <source>Determined in the week starting Monday %1</source>
        <translation>Determinada en la semana que empieza el lunes %1</translation>
    </message>
    <message>
        <source>Determined in %1</source>
        <translation>Determinada en %1</translation>
    </message>
</context>
<context>
    <name>spinereview::DraftKeeper</name>
    <message>
        <source>draft %1</source>
        <translation>borrador %1</translation>
    </message>
    <message>
        <source>The draft of %1 cannot be read (%2); it stays stored</source>
        <translation>No se puede leer el borrador de %1 (%2); sigue guardado</translation>
    </message>
</context>
<context>
    <name>spinereview::EmgFindingsModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Finding, acuity not documented</source>
        <translation>Hallazgo, agudeza no documentada</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>no finding</source>
        <translation>sin hallazgos</translation>
    </message>
    <message>
        <source>Root %1</source>
        <translation>Raíz %1</translation>
    </message>
</context>
<context>
    <name>spinereview::EmgSection</name>
    <message>
        <source>Problems in the electrodiagnostic studies</source>
        <translation>Problemas en los estudios electrodiagnósticos</translation>
    </message>
    <message>
        <source>Stud&amp;ies</source>
        <translation>&amp;Estudios</translation>
    </message>
    <message>
        <source>Electrodiagnostic studies</source>
        <translation>Estudios electrodiagnósticos</translation>
    </message>
    <message>
        <source>&amp;Add study</source>
        <translation>Aña&amp;dir estudio</translation>
    </message>
    <message>
        <source>Add electrodiagnostic study</source>
        <translation>Añadir estudio electrodiagnóstico</translation>
    </message>
    <message>
        <source>&amp;Remove study</source>
        <translation>&amp;Quitar estudio</translation>
    </message>
    <message>
        <source>Remove the selected electrodiagnostic study</source>
        <translation>Quitar el estudio electrodiagnóstico seleccionado</translation>
    </message>
    <message>
        <source>Date of the study</source>
        <translation>Fecha del estudio</translation>
    </message>
    <message>
        <source>Study &amp;date</source>
        <translation>&amp;Fecha del estudio</translation>
    </message>
    <message>
        <source>Peripheral neuropathy</source>
        <translation>Neuropatía periférica</translation>
    </message>
    <message>
        <source>A confounder of the radiculopathy findings</source>
        <translation>Un factor de confusión de los hallazgos de radiculopatía</translation>
    </message>
    <message>
        <source>Peripheral &amp;neuropathy</source>
        <translation>&amp;Neuropatía periférica</translation>
    </message>
    <message>
        <source>Findin&amp;gs documented</source>
        <translation>&amp;Hallazgos documentados</translation>
    </message>
    <message>
        <source>Findings documented</source>
        <translation>Hallazgos documentados</translation>
    </message>
    <message>
        <source>Radiculopathy findings by r&amp;oot and side</source>
        <translation>Hallazgos de radiculopatía por raíz y &amp;lado</translation>
    </message>
    <message>
        <source>Radiculopathy findings by root and side</source>
        <translation>Hallazgos de radiculopatía por raíz y lado</translation>
    </message>
    <message>
        <source>Electrodiagnostics</source>
        <translation>Electrodiagnóstico</translation>
    </message>
    <message>
        <source>root not documented</source>
        <translation>raíz no documentada</translation>
    </message>
    <message>
        <source>result not documented</source>
        <translation>resultado no documentado</translation>
    </message>
    <message>
        <source>normal study</source>
        <translation>estudio normal</translation>
    </message>
    <message>
        <source>radiculopathy at %1</source>
        <translation>radiculopatía en %1</translation>
    </message>
    <message>
        <source>%1. %2, %3</source>
        <translation>%1. %2, %3</translation>
    </message>
    <message>
        <source>Set every cell to — to change a study with findings</source>
        <translation>Ponga todas las celdas en — para cambiar un estudio con hallazgos</translation>
    </message>
    <message>
        <source>Unticked: the result is not documented. Ticked with no findings: a normal study.</source>
        <translation>Sin marcar: el resultado no está documentado. Marcado sin hallazgos: un estudio normal.</translation>
    </message>
    <message>
        <source>The result of this study is not documented: tick &quot;Findings documented&quot; for a normal study, or enter its findings in the grid.</source>
        <translation>El resultado de este estudio no está documentado: marque &quot;Hallazgos documentados&quot; para un estudio normal, o introduzca sus hallazgos en la cuadrícula.</translation>
    </message>
    <message>
        <source>A normal study: no radiculopathy findings.</source>
        <translation>Un estudio normal: sin hallazgos de radiculopatía.</translation>
    </message>
    <message>
        <source>Study %1, %2: %3</source>
        <translation>Estudio %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>spinereview::EnumBox</name>
    <message>
        <source>Not documented</source>
        <translation>No documentado</translation>
    </message>
</context>
<context>
    <name>spinereview::EvidencePanel</name>
    <message>
        <source>Evidence for the selected criterion</source>
        <translation>Evidencia del criterio seleccionado</translation>
    </message>
    <message>
        <source>The evidence library did not load.</source>
        <translation>La biblioteca de evidencia no se cargó.</translation>
    </message>
    <message>
        <source>Select a criterion in the reasons to see the evidence it cites.</source>
        <translation>Seleccione un criterio en los motivos para ver la evidencia que cita.</translation>
    </message>
    <message>
        <source>Evidence cited by: %1</source>
        <translation>Evidencia citada por: %1</translation>
    </message>
</context>
<context>
    <name>spinereview::ExamPanel</name>
    <message>
        <source>Examination</source>
        <translation>Exploración</translation>
    </message>
    <message>
        <source>Motor examination documented (no rows: no deficit)</source>
        <translation>Exploración motora documentada (sin filas: sin déficit)</translation>
    </message>
    <message>
        <source>Motor deficits</source>
        <translation>Déficits motores</translation>
    </message>
    <message>
        <source>&amp;Motor deficits</source>
        <translation>Déficits &amp;motores</translation>
    </message>
    <message>
        <source>P&amp;rogressive deficit</source>
        <translation>Déficit pro&amp;gresivo</translation>
    </message>
    <message>
        <source>A worsening neurological deficit</source>
        <translation>Un déficit neurológico que empeora</translation>
    </message>
    <message>
        <source>&amp;Cauda equina syndrome</source>
        <translation>Síndrome de &amp;cola de caballo</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Signo de alarma</translation>
    </message>
    <message>
        <source>&amp;Infection</source>
        <translation>Inf&amp;ección</translation>
    </message>
    <message>
        <source>T&amp;umour</source>
        <translation>&amp;Tumor</translation>
    </message>
    <message>
        <source>Fr&amp;acture</source>
        <translation>&amp;Fractura</translation>
    </message>
    <message>
        <source>Reflexes documented (no rows: normal)</source>
        <translation>Reflejos documentados (sin filas: normales)</translation>
    </message>
    <message>
        <source>Reflex changes</source>
        <translation>Cambios de los reflejos</translation>
    </message>
    <message>
        <source>Refle&amp;x changes</source>
        <translation>Cambios de los refle&amp;jos</translation>
    </message>
    <message>
        <source>Sensory examination documented (no rows: normal)</source>
        <translation>Exploración sensitiva documentada (sin filas: normal)</translation>
    </message>
    <message>
        <source>Sensory deficits</source>
        <translation>Déficits sensitivos</translation>
    </message>
    <message>
        <source>&amp;Sensory deficits</source>
        <translation>Déficits &amp;sensitivos</translation>
    </message>
    <message>
        <source>Straight-le&amp;g raise</source>
        <translation>Elevación de pierna &amp;recta (Lasègue)</translation>
    </message>
</context>
<context>
    <name>spinereview::FhirImportAction</name>
    <message>
        <source>Import &amp;FHIR bundle…</source>
        <translation>Importar paquete &amp;FHIR…</translation>
    </message>
    <message>
        <source>Make a case from a FHIR R4 bundle and show what was mapped</source>
        <translation>Crear un caso a partir de un paquete FHIR R4 y mostrar lo que se ha mapeado</translation>
    </message>
    <message>
        <source>Import FHIR bundle</source>
        <translation>Importar paquete FHIR</translation>
    </message>
    <message>
        <source>FHIR bundles (*.json)</source>
        <translation>Paquetes FHIR (*.json)</translation>
    </message>
</context>
<context>
    <name>spinereview::FhirImportDialog</name>
    <message>
        <source>FHIR import</source>
        <translation>Importación FHIR</translation>
    </message>
    <message>
        <source>Why the bundle was not imported</source>
        <translation>Por qué no se importó el paquete</translation>
    </message>
    <message>
        <source>Mapping report</source>
        <translation>Informe de mapeo</translation>
    </message>
    <message>
        <source>%1 was imported into the desk: %2 Check the mapped fields against the bundle and enter what was not mapped; the case is not saved yet.</source>
        <translation>%1 se importó en el escritorio: %2 Compruebe los campos mapeados con el paquete e introduzca lo que no se mapeó; el caso aún no está guardado.</translation>
    </message>
    <message>
        <source>%1 was not imported; the case in the desk is unchanged.</source>
        <translation>%1 no se importó; el caso del escritorio no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>spinereview::FileActions</name>
    <message>
        <source>SpineReview cases (*.json)</source>
        <translation>Casos de SpineReview (*.json)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>No se pudo abrir el caso</translation>
    </message>
    <message>
        <source>%1 does not follow the SpineReview case format.</source>
        <translation>%1 no sigue el formato de caso de SpineReview.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was changed.</source>
        <translation>
            <numerusform>Se encontró %n problema; no se cambió nada.</numerusform>
            <numerusform>Se encontraron %n problemas; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The case or its review has unsaved changes. Save them first?</source>
        <translation>El caso o su revisión tienen cambios sin guardar. ¿Guardarlos primero?</translation>
    </message>
    <message>
        <source>The case has unsaved changes. Save them first?</source>
        <translation>El caso tiene cambios sin guardar. ¿Guardarlos primero?</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>El caso no se guardó</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Guardar caso</translation>
    </message>
</context>
<context>
    <name>spinereview::HistorySection</name>
    <message>
        <source>Prior lumbar surgery</source>
        <translation>Cirugía lumbar previa</translation>
    </message>
    <message>
        <source>Not documented</source>
        <translation>No documentada</translation>
    </message>
    <message>
        <source>None: no prior lumbar surgery</source>
        <translation>Ninguna: sin cirugía lumbar previa</translation>
    </message>
    <message>
        <source>Operations listed below</source>
        <translation>Operaciones detalladas abajo</translation>
    </message>
    <message>
        <source>Prior lumbar &amp;surgery</source>
        <translation>&amp;Cirugía lumbar previa</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>&amp;Operaciones</translation>
    </message>
    <message>
        <source>Prior operations</source>
        <translation>Operaciones previas</translation>
    </message>
    <message>
        <source>&amp;Add operation</source>
        <translation>Aña&amp;dir operación</translation>
    </message>
    <message>
        <source>Add prior operation</source>
        <translation>Añadir operación previa</translation>
    </message>
    <message>
        <source>&amp;Remove operation</source>
        <translation>&amp;Quitar operación</translation>
    </message>
    <message>
        <source>Remove the selected prior operation</source>
        <translation>Quitar la operación previa seleccionada</translation>
    </message>
    <message>
        <source>Problems in the surgical history</source>
        <translation>Problemas en los antecedentes quirúrgicos</translation>
    </message>
    <message>
        <source>Surgical history</source>
        <translation>Antecedentes quirúrgicos</translation>
    </message>
</context>
<context>
    <name>spinereview::ImagingLevelsModel</name>
    <message>
        <source>0 – no slip</source>
        <translation>0 – sin desplazamiento</translation>
    </message>
    <message>
        <source>0 – none</source>
        <translation>0 – ninguno</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>no documentado</translation>
    </message>
    <message>
        <source>%1 is described in this study</source>
        <translation>%1 está descrito en este estudio</translation>
    </message>
    <message>
        <source>%1 is not described: nothing is documented at this level in this study</source>
        <translation>%1 no está descrito: no hay nada documentado en este nivel en este estudio</translation>
    </message>
    <message>
        <source>%1, described</source>
        <translation>%1, descrito</translation>
    </message>
    <message>
        <source>%1, not described</source>
        <translation>%1, no descrito</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Central canal stenosis</source>
        <translation>Estenosis del canal central</translation>
    </message>
    <message>
        <source>Recess L</source>
        <translation>Receso I</translation>
    </message>
    <message>
        <source>Lateral recess stenosis, left</source>
        <translation>Estenosis del receso lateral, izquierda</translation>
    </message>
    <message>
        <source>Recess R</source>
        <translation>Receso D</translation>
    </message>
    <message>
        <source>Lateral recess stenosis, right</source>
        <translation>Estenosis del receso lateral, derecha</translation>
    </message>
    <message>
        <source>Foramen L</source>
        <translation>Foramen I</translation>
    </message>
    <message>
        <source>Foraminal stenosis, left</source>
        <translation>Estenosis foraminal, izquierda</translation>
    </message>
    <message>
        <source>Foramen R</source>
        <translation>Foramen D</translation>
    </message>
    <message>
        <source>Foraminal stenosis, right</source>
        <translation>Estenosis foraminal, derecha</translation>
    </message>
    <message>
        <source>Slip grade</source>
        <translation>Grado de listesis</translation>
    </message>
    <message>
        <source>Spondylolisthesis, Meyerding grade (0 = documented no slip)</source>
        <translation>Espondilolistesis, grado de Meyerding (0 = documentado sin desplazamiento)</translation>
    </message>
    <message>
        <source>Slip mm</source>
        <translation>Listesis mm</translation>
    </message>
    <message>
        <source>Spondylolisthesis, translation in millimetres</source>
        <translation>Espondilolistesis, traslación en milímetros</translation>
    </message>
    <message>
        <source>Slip type</source>
        <translation>Tipo de listesis</translation>
    </message>
    <message>
        <source>Spondylolisthesis, type</source>
        <translation>Espondilolistesis, tipo</translation>
    </message>
    <message>
        <source>Slip progressing</source>
        <translation>Listesis en progresión</translation>
    </message>
    <message>
        <source>Spondylolisthesis, the slip grew on serial films</source>
        <translation>Espondilolistesis, el desplazamiento aumentó en radiografías seriadas</translation>
    </message>
    <message>
        <source>Motion mm</source>
        <translation>Movilidad mm</translation>
    </message>
    <message>
        <source>Dynamic translation between flexion and extension (or supine and upright) films, in millimetres</source>
        <translation>Traslación dinámica entre radiografías en flexión y extensión (o en decúbito y en bipedestación), en milímetros</translation>
    </message>
    <message>
        <source>Motion °</source>
        <translation>Movilidad °</translation>
    </message>
    <message>
        <source>Dynamic angulation between flexion and extension films, in degrees</source>
        <translation>Angulación dinámica entre radiografías en flexión y extensión, en grados</translation>
    </message>
    <message>
        <source>Disc height loss</source>
        <translation>Pérdida de altura discal</translation>
    </message>
    <message>
        <source>Modic</source>
        <translation>Modic</translation>
    </message>
    <message>
        <source>Modic type (0 = none)</source>
        <translation>Tipo de Modic (0 = ninguno)</translation>
    </message>
    <message>
        <source>Disc herniation</source>
        <translation>Hernia discal</translation>
    </message>
    <message>
        <source>Facet hypertrophy</source>
        <translation>Hipertrofia facetaria</translation>
    </message>
    <message>
        <source>Synovial cyst</source>
        <translation>Quiste sinovial</translation>
    </message>
    <message>
        <source>Pars defect</source>
        <translation>Defecto de la pars</translation>
    </message>
    <message>
        <source>Pars defect (spondylolysis, or a pars fracture after surgery)</source>
        <translation>Defecto de la pars (espondilólisis, o fractura de la pars tras la cirugía)</translation>
    </message>
</context>
<context>
    <name>spinereview::ImagingSection</name>
    <message>
        <source>Problems in the imaging studies</source>
        <translation>Problemas en los estudios de imagen</translation>
    </message>
    <message>
        <source>Stud&amp;ies</source>
        <translation>&amp;Estudios</translation>
    </message>
    <message>
        <source>Imaging studies</source>
        <translation>Estudios de imagen</translation>
    </message>
    <message>
        <source>&amp;Add study</source>
        <translation>Aña&amp;dir estudio</translation>
    </message>
    <message>
        <source>Add imaging study</source>
        <translation>Añadir estudio de imagen</translation>
    </message>
    <message>
        <source>&amp;Remove study</source>
        <translation>&amp;Quitar estudio</translation>
    </message>
    <message>
        <source>Remove the selected imaging study</source>
        <translation>Quitar el estudio de imagen seleccionado</translation>
    </message>
    <message>
        <source>Modality of the study</source>
        <translation>Modalidad del estudio</translation>
    </message>
    <message>
        <source>&amp;Modality</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>Date of the study</source>
        <translation>Fecha del estudio</translation>
    </message>
    <message>
        <source>Study &amp;date</source>
        <translation>&amp;Fecha del estudio</translation>
    </message>
    <message>
        <source>Coronal Cobb angle in degrees</source>
        <translation>Ángulo de Cobb coronal en grados</translation>
    </message>
    <message>
        <source>Coronal Co&amp;bb angle (°)</source>
        <translation>Ángulo de &amp;Cobb coronal (°)</translation>
    </message>
    <message>
        <source>Sagittal vertical axis in centimetres</source>
        <translation>Eje vertical sagital en centímetros</translation>
    </message>
    <message>
        <source>&amp;Sagittal vertical axis (cm)</source>
        <translation>Eje vertical &amp;sagital (cm)</translation>
    </message>
    <message>
        <source>Pelvic incidence minus lumbar lordosis in degrees</source>
        <translation>Incidencia pélvica menos lordosis lumbar en grados</translation>
    </message>
    <message>
        <source>&amp;Pelvic incidence − lordosis (°)</source>
        <translation>Incidencia pélvica − &amp;lordosis (°)</translation>
    </message>
    <message>
        <source>Findings by &amp;level (● described, ○ nothing documented)</source>
        <translation>&amp;Hallazgos por nivel (● descrito, ○ nada documentado)</translation>
    </message>
    <message>
        <source>Findings by level of the selected study</source>
        <translation>Hallazgos por nivel del estudio seleccionado</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>not counted: after the review date (%1)</source>
        <translation>no se cuenta: posterior a la fecha de revisión (%1)</translation>
    </message>
    <message>
        <source>not qualifying imaging: more than %1 months before the review date</source>
        <translation>imagen no válida: más de %1 meses antes de la fecha de revisión</translation>
    </message>
    <message>
        <source>%1. %2, %3</source>
        <translation>%1. %2, %3</translation>
    </message>
    <message>
        <source>Study %1, %2: %3</source>
        <translation>Estudio %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>spinereview::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Use the system&apos;s language (%1)</source>
        <translation>&amp;Usar el idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>Se aplica en el próximo inicio</translation>
    </message>
    <message>
        <source>The language changes the next time SpineReview starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie SpineReview.</translation>
    </message>
</context>
<context>
    <name>spinereview::LevelsDelegate</name>
    <message>
        <source>Space ticks a level; Enter keeps the choice</source>
        <translation>Espacio marca un nivel; Intro conserva la elección</translation>
    </message>
</context>
<context>
    <name>spinereview::MainWindow</name>
    <message>
        <source>Decision support for a qualified reviewer — the reviewer decides.</source>
        <translation>Apoyo a la decisión para un revisor cualificado: el revisor decide.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
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
        <source>&amp;Compare all criteria sets</source>
        <translation>&amp;Comparar todos los conjuntos de criterios</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open &amp;example case</source>
        <translation>Abrir caso de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;About SpineReview</source>
        <translation>Acerca &amp;de SpineReview</translation>
    </message>
    <message>
        <source>About SpineReview</source>
        <translation>Acerca de SpineReview</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SpineReview %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Decision support for lumbar fusion utilization review. Determinations are computed from the selected criteria set; a qualified reviewer decides, and every criterion names its sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SpineReview %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Apoyo a la decisión para la revisión de utilización de artrodesis lumbar. Las determinaciones se calculan con el conjunto de criterios seleccionado; un revisor cualificado decide, y cada criterio cita sus fuentes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>No field shows %1</source>
        <translation>Ningún campo muestra %1</translation>
    </message>
    <message>
        <source>No criteria set could be loaded</source>
        <translation>No se pudo cargar ningún conjunto de criterios</translation>
    </message>
    <message>
        <source>%1 · version %2 · sha256 %3… · as of %4</source>
        <translation>%1 · versión %2 · sha256 %3… · a %4</translation>
    </message>
    <message>
        <source>evaluated in %1 ms</source>
        <translation>evaluado en %1 ms</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Lista de trabajo</translation>
    </message>
    <message>
        <source>Working &amp;as…</source>
        <translation>Trabajando c&amp;omo…</translation>
    </message>
    <message>
        <source>N&amp;ew reviewer…</source>
        <translation>&amp;Nuevo revisor…</translation>
    </message>
    <message>
        <source>⚠ Reviews are not stored: %1</source>
        <translation>⚠ Las revisiones no se guardan: %1</translation>
    </message>
</context>
<context>
    <name>spinereview::MappingReportModel</name>
    <message>
        <source>Mapped</source>
        <translation>Mapeado</translation>
    </message>
    <message>
        <source>Mapped by text</source>
        <translation>Mapeado por texto</translation>
    </message>
    <message>
        <source>Not mapped: %1</source>
        <translation>No mapeado: %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>En el paquete</translation>
    </message>
    <message>
        <source>Case field</source>
        <translation>Campo del caso</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>spinereview::MissingDocumentsModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Request for additional information</source>
        <translation>Solicitud de información adicional</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Caso: %1</translation>
    </message>
    <message>
        <source>(no case id)</source>
        <translation>(sin id. de caso)</translation>
    </message>
    <message>
        <source>Review date: %1</source>
        <translation>Fecha de revisión: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Criteria: %1, version %2 (sha256 %3…)</source>
        <translation>Criterios: %1, versión %2 (sha256 %3…)</translation>
    </message>
    <message>
        <source>To settle %1:</source>
        <translation>Para resolver %1:</translation>
    </message>
    <message>
        <source>the same records as for %1.</source>
        <translation>los mismos documentos que para %1.</translation>
    </message>
    <message>
        <source>the records for %1, and</source>
        <translation>los documentos para %1, y</translation>
    </message>
    <message>
        <source>No records are outstanding.</source>
        <translation>No hay documentos pendientes.</translation>
    </message>
    <message>
        <source>Generated by SpineReview decision support for a qualified reviewer, who decides. It asks for documentation and is not a determination.</source>
        <translation>Generado por el apoyo a la decisión de SpineReview para un revisor cualificado, que es quien decide. Solicita documentación y no es una determinación.</translation>
    </message>
    <message>
        <source>Settles: %1</source>
        <translation>Resuelve: %1</translation>
    </message>
    <message>
        <source>Ticked off: left out of the request for information.</source>
        <translation>Marcado: se omite en la solicitud de información.</translation>
    </message>
    <message>
        <source>Tick it off once requested or received.</source>
        <translation>Márquelo cuando se haya solicitado o recibido.</translation>
    </message>
    <message>
        <source>%1 (ticked off)</source>
        <translation>%1 (marcado)</translation>
    </message>
</context>
<context>
    <name>spinereview::MissingDocumentsPanel</name>
    <message>
        <source>Nothing to request: every determination is decided by the documentation.</source>
        <translation>Nada que solicitar: la documentación decide todas las determinaciones.</translation>
    </message>
    <message>
        <source>Copy as request for information</source>
        <translation>Copiar como solicitud de información</translation>
    </message>
    <message>
        <source>Missing documentation</source>
        <translation>Documentación faltante</translation>
    </message>
    <message>
        <source>Records to request</source>
        <translation>Documentos que solicitar</translation>
    </message>
    <message>
        <source>Tick a record off once it is requested or received; ticked records are left out of the request for information.</source>
        <translation>Marque un documento cuando se haya solicitado o recibido; los documentos marcados se omiten en la solicitud de información.</translation>
    </message>
    <message>
        <source>Copies a plain-text request listing the outstanding records per component and level.</source>
        <translation>Copia una solicitud en texto plano con los documentos pendientes por componente y nivel.</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Estado de la copia</translation>
    </message>
    <message numerus="yes">
        <source>Copied a request for %n record(s) to the clipboard.</source>
        <translation>
            <numerusform>Se copió al portapapeles una solicitud de %n documento.</numerusform>
            <numerusform>Se copió al portapapeles una solicitud de %n documentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing documentation — %1 of %n outstanding</source>
        <translation>
            <numerusform>Documentación faltante — %1 de %n pendiente</numerusform>
            <numerusform>Documentación faltante — %1 de %n pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spinereview::MotorDeficitModel</name>
    <message>
        <source>Root</source>
        <translation>Raíz</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>MRC grade (0–5)</source>
        <translation>Grado MRC (0–5)</translation>
    </message>
</context>
<context>
    <name>spinereview::NumberDelegate</name>
    <message>
        <source>not documented</source>
        <translation>no documentado</translation>
    </message>
    <message>
        <source>From %1 to %2; leave empty when not documented</source>
        <translation>De %1 a %2; déjelo vacío si no está documentado</translation>
    </message>
</context>
<context>
    <name>spinereview::NumberField</name>
    <message>
        <source>not documented</source>
        <translation>no documentado</translation>
    </message>
    <message>
        <source>From %1 to %2; leave empty when not documented</source>
        <translation>De %1 a %2; déjelo vacío si no está documentado</translation>
    </message>
</context>
<context>
    <name>spinereview::OpenReviewsModel</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 vencidas</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>ninguna vencida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
</context>
<context>
    <name>spinereview::OutcomeScoresModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <source>ODI (0–100)</source>
        <translation>ODI (0–100)</translation>
    </message>
</context>
<context>
    <name>spinereview::OutcomeTrendChart</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <source>ODI (0–100)</source>
        <translation>ODI (0–100)</translation>
    </message>
    <message>
        <source>No dated outcome scores documented</source>
        <translation>No hay puntuaciones de resultado fechadas documentadas</translation>
    </message>
    <message>
        <source>Pain and ODI: 1 dated score</source>
        <translation>Dolor y ODI: 1 puntuación fechada</translation>
    </message>
    <message>
        <source>Pain and ODI: %1 dated scores</source>
        <translation>Dolor y ODI: %1 puntuaciones fechadas</translation>
    </message>
    <message>
        <source>Pain and ODI: no dated outcome scores documented</source>
        <translation>Dolor y ODI: no hay puntuaciones de resultado fechadas documentadas</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>no documentado</translation>
    </message>
    <message>
        <source>%1 pain %2, ODI %3</source>
        <translation>%1 dolor %2, ODI %3</translation>
    </message>
    <message>
        <source>Pain and ODI: %1</source>
        <translation>Dolor y ODI: %1</translation>
    </message>
</context>
<context>
    <name>spinereview::OutcomeTrendModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Tiempo (ms)</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <source>ODI (0–100)</source>
        <translation>ODI (0–100)</translation>
    </message>
</context>
<context>
    <name>spinereview::PatientSection</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>leave empty to keep the case de-identified</source>
        <translation>déjelo vacío para mantener el caso anonimizado</translation>
    </message>
    <message>
        <source>Record n&amp;umber</source>
        <translation>N.º de &amp;historia</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>A&amp;ge (years)</source>
        <translation>&amp;Edad (años)</translation>
    </message>
    <message>
        <source>B&amp;MI (kg/m²)</source>
        <translation>IMC (&amp;kg/m²)</translation>
    </message>
    <message>
        <source>Nicotine</source>
        <translation>Nicotina</translation>
    </message>
    <message>
        <source>Any nicotine: smoking, smokeless tobacco, replacement</source>
        <translation>Cualquier nicotina: cigarrillos, tabaco sin humo, terapia sustitutiva</translation>
    </message>
    <message>
        <source>&amp;Nicotine use</source>
        <translation>Consumo de &amp;nicotina</translation>
    </message>
    <message>
        <source>&amp;Quit date</source>
        <translation>Fecha en &amp;que la dejó</translation>
    </message>
    <message>
        <source>A cotinine test is documented</source>
        <translation>Hay una prueba de cotinina documentada</translation>
    </message>
    <message>
        <source>Co&amp;tinine test</source>
        <translation>&amp;Prueba de cotinina</translation>
    </message>
    <message>
        <source>Cotinine test &amp;date</source>
        <translation>Fecha de &amp;la prueba de cotinina</translation>
    </message>
    <message>
        <source>Cotinine &amp;result</source>
        <translation>&amp;Resultado de cotinina</translation>
    </message>
    <message>
        <source>Cotinine &amp;level (ng/mL)</source>
        <translation>Nivel &amp;de cotinina (ng/mL)</translation>
    </message>
    <message>
        <source>Diabetes and bone</source>
        <translation>Diabetes y hueso</translation>
    </message>
    <message>
        <source>D&amp;iabetes</source>
        <translation>Dia&amp;betes</translation>
    </message>
    <message>
        <source>HbA&amp;1c (%)</source>
        <translation>HbA&amp;1c (%)</translation>
    </message>
    <message>
        <source>The lowest T-score of the study</source>
        <translation>La puntuación T más baja del estudio</translation>
    </message>
    <message>
        <source>DEXA T-s&amp;core</source>
        <translation>Puntuación &amp;T de DEXA</translation>
    </message>
    <message>
        <source>DE&amp;XA date</source>
        <translation>Fecha de DE&amp;XA</translation>
    </message>
    <message>
        <source>Vertebral bone density on CT, an alternative to DEXA</source>
        <translation>Densidad ósea vertebral en TC, alternativa a la DEXA</translation>
    </message>
    <message>
        <source>CT Hounsfield units</source>
        <translation>Unidades Hounsfield en TC</translation>
    </message>
    <message>
        <source>An osteoporosis diagnosis is documented</source>
        <translation>Hay un diagnóstico de osteoporosis documentado</translation>
    </message>
    <message>
        <source>&amp;Osteoporosis</source>
        <translation>&amp;Osteoporosis</translation>
    </message>
    <message>
        <source>Healing risk factors</source>
        <translation>Factores de riesgo de consolidación</translation>
    </message>
    <message>
        <source>Chronic steroid us&amp;e</source>
        <translation>&amp;Uso crónico de corticoides</translation>
    </message>
    <message>
        <source>&amp;Kidney (renal) disease</source>
        <translation>Enfer&amp;medad renal</translation>
    </message>
    <message>
        <source>&amp;Alcohol use disorder</source>
        <translation>Trastorno por &amp;consumo de alcohol</translation>
    </message>
    <message>
        <source>&amp;Pregnant</source>
        <translation>Embara&amp;zada</translation>
    </message>
    <message>
        <source>Ps&amp;ychological screening</source>
        <translation>Evaluación psicoló&amp;gica</translation>
    </message>
    <message>
        <source>Patient factors</source>
        <translation>Factores del paciente</translation>
    </message>
</context>
<context>
    <name>spinereview::PriorOperationsModel</name>
    <message>
        <source>no levels listed</source>
        <translation>sin niveles indicados</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>no documentado</translation>
    </message>
    <message>
        <source>Operation %1, %2: %3</source>
        <translation>Operación %1, %2: %3</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation>Operación %1</translation>
    </message>
    <message>
        <source>Operation %1: %2</source>
        <translation>Operación %1: %2</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Instrumented</source>
        <translation>Instrumentada</translation>
    </message>
    <message>
        <source>Solid fusion</source>
        <translation>Artrodesis consolidada</translation>
    </message>
    <message>
        <source>Facet removed L %</source>
        <translation>Faceta resecada I %</translation>
    </message>
    <message>
        <source>Facet removed R %</source>
        <translation>Faceta resecada D %</translation>
    </message>
    <message>
        <source>Whether the fusion is solid; No = documented pseudarthrosis (non-union)</source>
        <translation>Si la artrodesis está consolidada; No = seudoartrosis documentada (falta de consolidación)</translation>
    </message>
    <message>
        <source>Share of the facet removed in that operation, from its operative note or CT</source>
        <translation>Proporción de la faceta resecada en esa operación, según su informe quirúrgico o la TC</translation>
    </message>
</context>
<context>
    <name>spinereview::RationaleModel</name>
    <message>
        <source>not documented — assumed absent</source>
        <translation>no documentado — se asume ausente</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>no documentado</translation>
    </message>
    <message>
        <source>not documented — request: %1</source>
        <translation>no documentado — solicitar: %1</translation>
    </message>
    <message>
        <source>not documented (assumed absent)</source>
        <translation>no documentado (se asume ausente)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From the case: %1 (click to go to the field)</source>
        <translation>Del caso: %1 (haga clic para ir al campo)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Fact %1</source>
        <extracomment>%1 is the fact&apos;s id as the criteria files name it (patient.bmi); it stays as it is</extracomment>
        <translation>Hecho %1</translation>
    </message>
</context>
<context>
    <name>spinereview::RationaleView</name>
    <message>
        <source>Reasons for the selected determination</source>
        <translation>Motivos de la determinación seleccionada</translation>
    </message>
    <message>
        <source>Each criterion with its status and the facts it read. Press Enter on a fact to go to its field in the case.</source>
        <translation>Cada criterio con su estado y los hechos que leyó. Pulse Intro en un hecho para ir a su campo en el caso.</translation>
    </message>
</context>
<context>
    <name>spinereview::ReceivedAtField</name>
    <message>
        <source>Documented</source>
        <translation>Documentada</translation>
    </message>
    <message>
        <source>Request received time documented</source>
        <translation>Hora de recepción de la solicitud documentada</translation>
    </message>
    <message>
        <source>Request received, date and time</source>
        <translation>Solicitud recibida, fecha y hora</translation>
    </message>
    <message>
        <source>Request received, UTC offset</source>
        <translation>Solicitud recibida, desfase UTC</translation>
    </message>
</context>
<context>
    <name>spinereview::ReflexChangesModel</name>
    <message>
        <source>Reflex</source>
        <translation>Reflejo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
</context>
<context>
    <name>spinereview::ReportActions</name>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>Print preview — review &amp;summary…</source>
        <translation>Vista previa — &amp;resumen de la revisión…</translation>
    </message>
    <message>
        <source>Export PDF — review summar&amp;y…</source>
        <translation>Exportar PDF — resu&amp;men de la revisión…</translation>
    </message>
    <message>
        <source>Print preview — &amp;letter of medical necessity…</source>
        <translation>Vista previa — &amp;carta de necesidad médica…</translation>
    </message>
    <message>
        <source>Export PDF — letter of medical &amp;necessity…</source>
        <translation>Exportar PDF — carta de &amp;necesidad médica…</translation>
    </message>
    <message>
        <source>Print preview — request for &amp;information…</source>
        <translation>Vista previa — &amp;solicitud de información…</translation>
    </message>
    <message>
        <source>Export PDF — request for in&amp;formation…</source>
        <translation>Exportar PDF — solicitud de in&amp;formación…</translation>
    </message>
    <message>
        <source>Shows the %1 as it prints, from the case and results on screen.</source>
        <translation>Muestra «%1» tal como se imprime, a partir del caso y los resultados en pantalla.</translation>
    </message>
    <message>
        <source>Saves the %1 as a PDF file.</source>
        <translation>Guarda «%1» como archivo PDF.</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Vista previa — %1</translation>
    </message>
    <message>
        <source>Export %1 as PDF</source>
        <translation>Exportar «%1» como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>El PDF no se guardó</translation>
    </message>
</context>
<context>
    <name>spinereview::RequestPlanPanel</name>
    <message>
        <source>Operative plan</source>
        <translation>Plan quirúrgico</translation>
    </message>
    <message>
        <source>&amp;Approach</source>
        <translation>Aborda&amp;je</translation>
    </message>
    <message>
        <source>With an interbody device</source>
        <translation>Con un dispositivo intersomático</translation>
    </message>
    <message>
        <source>&amp;Interbody technique</source>
        <translation>&amp;Técnica intersomática</translation>
    </message>
    <message>
        <source>The fusion includes a posterolateral graft bed</source>
        <translation>La artrodesis incluye un lecho de injerto posterolateral</translation>
    </message>
    <message>
        <source>Posterolateral fusion</source>
        <translation>Artrodesis posterolateral</translation>
    </message>
    <message>
        <source>Planned facetectomy, l&amp;eft (%)</source>
        <translation>Facetectomía planificada, i&amp;zquierda (%)</translation>
    </message>
    <message>
        <source>Planned facetectomy, right (%)</source>
        <translation>Facetectomía planificada, derecha (%)</translation>
    </message>
    <message>
        <source>Planned pars removal</source>
        <translation>Resección de la pars planificada</translation>
    </message>
    <message>
        <source>Plan &amp;by level</source>
        <translation>E&amp;xcepciones por nivel</translation>
    </message>
    <message>
        <source>Where a level&apos;s plan differs; it overrides the values above at that level</source>
        <translation>Donde el plan de un nivel difiere; sustituye a los valores de arriba en ese nivel</translation>
    </message>
    <message>
        <source>Facetectomy left (%)</source>
        <translation>Facetectomía izquierda (%)</translation>
    </message>
    <message>
        <source>Facetectomy right (%)</source>
        <translation>Facetectomía derecha (%)</translation>
    </message>
    <message>
        <source>Pars removal</source>
        <translation>Resección de la pars</translation>
    </message>
    <message>
        <source>%1 planned facetectomy, left (%)</source>
        <translation>%1 facetectomía planificada, izquierda (%)</translation>
    </message>
    <message>
        <source>%1 planned facetectomy, right (%)</source>
        <translation>%1 facetectomía planificada, derecha (%)</translation>
    </message>
    <message>
        <source>%1 planned pars removal</source>
        <translation>%1 resección de la pars planificada</translation>
    </message>
    <message>
        <source>Graft and biologics</source>
        <translation>Injerto y biológicos</translation>
    </message>
    <message>
        <source>Autograft &amp;source</source>
        <translation>&amp;Origen del autoinjerto</translation>
    </message>
    <message>
        <source>Autograft insufficient</source>
        <translation>Autoinjerto insuficiente</translation>
    </message>
    <message>
        <source>Autograft unavailable or insufficient</source>
        <translation>Autoinjerto no disponible o insuficiente</translation>
    </message>
    <message>
        <source>BMA hybrid with iliac crest</source>
        <translation>Híbrido de BMA con cresta ilíaca</translation>
    </message>
    <message>
        <source>Bone marrow aspirate mixed with iliac-crest autograft</source>
        <translation>Aspirado de médula ósea mezclado con autoinjerto de cresta ilíaca</translation>
    </message>
    <message>
        <source>rhBMP-&amp;2 contraindication</source>
        <translation>Contraindicación de rhBMP-&amp;2</translation>
    </message>
    <message>
        <source>Hypersensitivity, active infection or tumour at the site, skeletal immaturity</source>
        <translation>Hipersensibilidad, infección activa o tumor en el sitio, inmadurez esquelética</translation>
    </message>
</context>
<context>
    <name>spinereview::RequestScopePanel</name>
    <message>
        <source>Levels and components</source>
        <translation>Niveles y componentes</translation>
    </message>
    <message>
        <source>&amp;Levels</source>
        <translation>Nive&amp;les</translation>
    </message>
    <message>
        <source>Level %1 requested</source>
        <translation>Nivel %1 solicitado</translation>
    </message>
    <message>
        <source>C&amp;omponents</source>
        <translation>Compon&amp;entes</translation>
    </message>
    <message>
        <source>%1 requested</source>
        <translation>%1 solicitado</translation>
    </message>
    <message>
        <source>Levels per com&amp;ponent</source>
        <translation>Niveles &amp;por componente</translation>
    </message>
    <message>
        <source>Untick “all requested levels” where a component covers fewer levels, e.g. decompression at two levels and fusion at one</source>
        <translation>Desmarque «todos los niveles solicitados» cuando un componente abarque menos niveles, p. ej. descompresión en dos niveles y artrodesis en uno</translation>
    </message>
    <message>
        <source>All requested levels</source>
        <translation>Todos los niveles solicitados</translation>
    </message>
    <message>
        <source>%1 covers all requested levels</source>
        <translation>%1 abarca todos los niveles solicitados</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>spinereview::RequestSection</name>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Case I&amp;D</source>
        <translation>ID &amp;del caso</translation>
    </message>
    <message>
        <source>The date the review is made as of; recency rules count to it. Not documented: today</source>
        <translation>La fecha a la que se hace la revisión; las reglas de vigencia cuentan hasta ella. No documentada: hoy</translation>
    </message>
    <message>
        <source>Revie&amp;w date</source>
        <translation>&amp;Fecha de revisión</translation>
    </message>
    <message>
        <source>Request &amp;received</source>
        <translation>Solicitud &amp;recibida</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgencia</translation>
    </message>
    <message>
        <source>Not documented: the review date</source>
        <translation>No documentada: la fecha de revisión</translation>
    </message>
    <message>
        <source>Planned sur&amp;gery date</source>
        <translation>Fecha &amp;quirúrgica prevista</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>Estancia hospitalaria</translation>
    </message>
    <message>
        <source>Se&amp;tting</source>
        <translation>Ám&amp;bito</translation>
    </message>
    <message>
        <source>The surgeon&apos;s expected hospital stay, in midnights</source>
        <translation>La estancia hospitalaria prevista por el cirujano, en medianoches</translation>
    </message>
    <message>
        <source>E&amp;xpected midnights</source>
        <translation>&amp;Medianoches previstas</translation>
    </message>
    <message>
        <source>Inpatient ris&amp;k factors</source>
        <translation>Factores de riesgo de &amp;hospitalización</translation>
    </message>
    <message>
        <source>Documented (none ticked: no reason documented for a stay)</source>
        <translation>Documentados (ninguno marcado: no se documenta motivo para una estancia)</translation>
    </message>
    <message>
        <source>Inpatient risk factors documented</source>
        <translation>Factores de riesgo de hospitalización documentados</translation>
    </message>
    <message>
        <source>Codes, coverage and notes</source>
        <translation>Códigos, cobertura y notas</translation>
    </message>
    <message>
        <source>comma-separated; empty when not documented</source>
        <translation>separados por comas; vacío si no está documentado</translation>
    </message>
    <message>
        <source>&amp;CPT codes</source>
        <translation>&amp;Códigos CPT</translation>
    </message>
    <message>
        <source>ICD-1&amp;0 codes</source>
        <translation>Códigos CIE-&amp;10</translation>
    </message>
    <message>
        <source>Pa&amp;yer</source>
        <translation>Ase&amp;guradora</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Tipo de plan</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation>&amp;N.º de afiliado</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Nota&amp;s</translation>
    </message>
    <message>
        <source>Request &amp; coverage</source>
        <translation>Solicitud y cobertura</translation>
    </message>
</context>
<context>
    <name>spinereview::ResultsPanel</name>
    <message>
        <source>Determinations</source>
        <translation>Determinaciones</translation>
    </message>
    <message>
        <source>Determinations or comparison</source>
        <translation>Determinaciones o comparación</translation>
    </message>
    <message>
        <source>Determinations, reasons, cautions, missing records and evidence</source>
        <translation>Determinaciones, motivos, precauciones, documentos faltantes y evidencia</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Why — %1</source>
        <translation>Por qué — %1</translation>
    </message>
    <message>
        <source>Why — %1 at %2</source>
        <translation>Por qué — %1 en %2</translation>
    </message>
</context>
<context>
    <name>spinereview::ReviewPanel</name>
    <message>
        <source>Review message</source>
        <translation>Mensaje de la revisión</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Asignarm&amp;e</translation>
    </message>
    <message>
        <source>&amp;Start review</source>
        <translation>Ini&amp;ciar revisión</translation>
    </message>
    <message>
        <source>Send to &amp;physician advisor</source>
        <translation>Enviar al &amp;médico asesor</translation>
    </message>
    <message>
        <source>Return to &amp;review</source>
        <translation>Devolver a &amp;revisión</translation>
    </message>
    <message>
        <source>&amp;Determine</source>
        <translation>&amp;Determinar</translation>
    </message>
    <message>
        <source>Sa&amp;ve review</source>
        <translation>&amp;Guardar revisión</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Añadir &amp;nota…</translation>
    </message>
    <message>
        <source>Remo&amp;ve note</source>
        <translation>&amp;Quitar nota</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <source>Decisions per component</source>
        <translation>Decisiones por componente</translation>
    </message>
    <message>
        <source>Notes on criteria</source>
        <translation>Notas sobre criterios</translation>
    </message>
    <message>
        <source>No stored review is open: open one from the worklist (Ctrl+L).</source>
        <translation>No hay ninguna revisión guardada abierta: abra una desde la lista de trabajo (Ctrl+L).</translation>
    </message>
    <message>
        <source>no due time (receipt not documented)</source>
        <translation>sin hora límite (recepción no documentada)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <source> (unsaved)</source>
        <translation> (sin guardar)</translation>
    </message>
    <message>
        <source>Status: %1%2</source>
        <translation>Estado: %1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) differ from the engine&apos;s without a reason.</source>
        <translation>
            <numerusform>%n decisión difiere de la del motor sin motivo.</numerusform>
            <numerusform>%n decisiones difieren de la del motor sin motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose who you are (Working as) to save decisions.</source>
        <translation>Elija quién es usted (Trabajando como) para guardar decisiones.</translation>
    </message>
    <message>
        <source>Note on a criterion</source>
        <translation>Nota sobre un criterio</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation>Todo el caso</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Criterio:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Not&amp;a:</translation>
    </message>
    <message>
        <source>Case %1 · review %2 · criteria set %3, version %4 · %5</source>
        <translation>Caso %1 · revisión %2 · conjunto de criterios %3, versión %4 · %5</translation>
    </message>
</context>
<context>
    <name>spinereview::ReviewSession</name>
    <message>
        <source>The stored case %1 cannot be read: %2</source>
        <translation>No se puede leer el caso guardado %1: %2</translation>
    </message>
    <message>
        <source>Review %1 was made under %2 version %3 (sha256 %4…), which this installation does not have, so the case cannot be evaluated again; nothing was saved</source>
        <translation>La revisión %1 se hizo según %2 versión %3 (sha256 %4…), que esta instalación no tiene, así que el caso no puede evaluarse de nuevo; no se guardó nada</translation>
    </message>
    <message>
        <source>No stored review is open</source>
        <translation>No hay ninguna revisión guardada abierta</translation>
    </message>
    <message>
        <source>Choose who you are (Review → Working as…) before saving: the audit trail names the reviewer of every save; nothing was saved</source>
        <translation>Elija quién es usted (Revisión → Trabajando como…) antes de guardar: la pista de auditoría nombra al revisor de cada guardado; no se guardó nada</translation>
    </message>
</context>
<context>
    <name>spinereview::ReviewWorkflow</name>
    <message>
        <source>Import cases</source>
        <translation>Importar casos</translation>
    </message>
    <message>
        <source>Draft autosaved at %1</source>
        <translation>Borrador guardado automáticamente a las %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
    <message>
        <source>Review %1 saved</source>
        <translation>Revisión %1 guardada</translation>
    </message>
    <message>
        <source>Someone else saved this review</source>
        <translation>Otra persona guardó esta revisión</translation>
    </message>
    <message>
        <source>%1

Your changes are still in the desk and kept as a draft. Reopen the review from the worklist to see the other reviewer&apos;s work, then enter yours again.</source>
        <translation>%1

Sus cambios siguen en el escritorio y se conservan como borrador. Vuelva a abrir la revisión desde la lista de trabajo para ver el trabajo del otro revisor y luego introduzca de nuevo el suyo.</translation>
    </message>
    <message>
        <source>The review was not saved</source>
        <translation>La revisión no se guardó</translation>
    </message>
    <message>
        <source>The review could not be opened</source>
        <translation>No se pudo abrir la revisión</translation>
    </message>
    <message>
        <source>No criteria set is loaded, so no case was imported.</source>
        <translation>No hay ningún conjunto de criterios cargado, así que no se importó ningún caso.</translation>
    </message>
    <message>
        <source>SpineReview import (%1)</source>
        <translation>Importación de SpineReview (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported</source>
        <translation>
            <numerusform>%n caso importado</numerusform>
            <numerusform>%n casos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already stored unchanged</source>
        <translation>
            <numerusform>%n ya guardado sin cambios</numerusform>
            <numerusform>%n ya guardados sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>%n rechazado:</numerusform>
            <numerusform>%n rechazados:</numerusform>
        </translation>
    </message>
    <message>
        <source>review %1</source>
        <translation>revisión %1</translation>
    </message>
    <message>
        <source>a new case</source>
        <translation>un caso nuevo</translation>
    </message>
    <message>
        <source>%1, autosaved %2</source>
        <translation>%1, guardado automáticamente %2</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>SpineReview stopped before this work was saved: %1.</source>
        <translation>SpineReview se detuvo antes de guardar este trabajo: %1.</translation>
    </message>
    <message>
        <source>Recover it into the desk, or discard it for good?</source>
        <translation>¿Recuperarlo en el escritorio o descartarlo definitivamente?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Ask &amp;later</source>
        <translation>Preguntar &amp;más tarde</translation>
    </message>
    <message>
        <source>The draft could not be recovered</source>
        <translation>No se pudo recuperar el borrador</translation>
    </message>
</context>
<context>
    <name>spinereview::ReviewerPicker</name>
    <message>
        <source>Working as</source>
        <translation>Trabajando como</translation>
    </message>
    <message>
        <source>New reviewer…</source>
        <translation>Nuevo revisor…</translation>
    </message>
    <message>
        <source>Add a reviewer</source>
        <translation>Añadir un revisor</translation>
    </message>
    <message>
        <source>Working as:</source>
        <translation>Trabajando como:</translation>
    </message>
    <message>
        <source>Choose who you are…</source>
        <translation>Elija quién es usted…</translation>
    </message>
    <message>
        <source>New reviewer</source>
        <translation>Nuevo revisor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
</context>
<context>
    <name>spinereview::SectionList</name>
    <message>
        <source>Case sections</source>
        <translation>Secciones del caso</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>partly documented</source>
        <translation>parcialmente documentada</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>no documentada</translation>
    </message>
</context>
<context>
    <name>spinereview::SensoryDeficitModel</name>
    <message>
        <source>Root</source>
        <translation>Raíz</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
</context>
<context>
    <name>spinereview::StatusSummaryChart</name>
    <message>
        <source>Levels (1 for a component decided for the whole case)</source>
        <translation>Niveles (1 para un componente decidido para todo el caso)</translation>
    </message>
    <message>
        <source>Status summary: no evaluation</source>
        <translation>Resumen de estados: sin evaluación</translation>
    </message>
    <message>
        <source>Status summary</source>
        <translation>Resumen de estados</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status summary: %1</source>
        <translation>Resumen de estados: %1</translation>
    </message>
</context>
<context>
    <name>spinereview::StatusSummaryModel</name>
    <message>
        <source>Met</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumple</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompleto</translation>
    </message>
</context>
<context>
    <name>spinereview::SymptomsSection</name>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>&amp;Neurogenic claudication</source>
        <translation>Claudicación &amp;neurógena</translation>
    </message>
    <message>
        <source>Leg or buttock pain or heaviness with standing or walking, relieved by sitting or bending forward</source>
        <translation>Dolor o pesadez en piernas o nalgas al estar de pie o caminar, que alivia al sentarse o inclinarse hacia delante</translation>
    </message>
    <message>
        <source>Radicular &amp;leg pain</source>
        <translation>Dolor radicular en la &amp;pierna</translation>
    </message>
    <message>
        <source>&amp;Back pain predominant</source>
        <translation>Predomina el dolor lum&amp;bar</translation>
    </message>
    <message>
        <source>Axial back pain greater than leg pain</source>
        <translation>Dolor lumbar axial mayor que el dolor en la pierna</translation>
    </message>
    <message>
        <source>&amp;Duration (weeks)</source>
        <translation>&amp;Duración (semanas)</translation>
    </message>
    <message>
        <source>Worst &amp;pain score (0–10)</source>
        <translation>Peor puntuación de dolor (&amp;0–10)</translation>
    </message>
    <message>
        <source>&amp;Oswestry Disability Index (0–100)</source>
        <translation>Índice de discapacidad de &amp;Oswestry (0–100)</translation>
    </message>
    <message>
        <source>Functional impairm&amp;ent</source>
        <translation>&amp;Limitación funcional</translation>
    </message>
    <message>
        <source>The symptoms limit daily activities or work</source>
        <translation>Los síntomas limitan las actividades diarias o el trabajo</translation>
    </message>
    <message>
        <source>Outcome scores documented</source>
        <translation>Puntuaciones de resultado documentadas</translation>
    </message>
    <message>
        <source>Outcome scores</source>
        <translation>Puntuaciones de resultado</translation>
    </message>
    <message>
        <source>Ou&amp;tcome scores over time</source>
        <translation>P&amp;untuaciones de resultado en el tiempo</translation>
    </message>
    <message>
        <source>Symptoms &amp; exam</source>
        <translation>Síntomas y exploración</translation>
    </message>
</context>
<context>
    <name>spinereview::TherapyEpisodesModel</name>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Episode %1, %2: %3</source>
        <translation>Episodio %1, %2: %3</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>no documentado</translation>
    </message>
    <message>
        <source>Episode %1, end: no end date, counted as ongoing at the review date</source>
        <translation>Episodio %1, fin: sin fecha de fin, se cuenta como en curso en la fecha de revisión</translation>
    </message>
    <message>
        <source>Episode %1</source>
        <translation>Episodio %1</translation>
    </message>
    <message>
        <source>Episode %1: %2</source>
        <translation>Episodio %1: %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Contraindicated</source>
        <translation>Contraindicado</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Modalidad</translation>
    </message>
</context>
<context>
    <name>spinereview::TherapySection</name>
    <message>
        <source>Conservative therapy &amp;documented</source>
        <translation>Tratamiento &amp;conservador documentado</translation>
    </message>
    <message>
        <source>Conservative therapy documented</source>
        <translation>Tratamiento conservador documentado</translation>
    </message>
    <message>
        <source>E&amp;pisodes</source>
        <translation>&amp;Episodios</translation>
    </message>
    <message>
        <source>Episodes of conservative therapy</source>
        <translation>Episodios de tratamiento conservador</translation>
    </message>
    <message>
        <source>&amp;Add episode</source>
        <translation>Aña&amp;dir episodio</translation>
    </message>
    <message>
        <source>Add therapy episode</source>
        <translation>Añadir episodio de tratamiento</translation>
    </message>
    <message>
        <source>&amp;Remove episode</source>
        <translation>&amp;Quitar episodio</translation>
    </message>
    <message>
        <source>Remove the selected therapy episode</source>
        <translation>Quitar el episodio de tratamiento seleccionado</translation>
    </message>
    <message>
        <source>Problems in the therapy episodes</source>
        <translation>Problemas en los episodios de tratamiento</translation>
    </message>
    <message>
        <source>Conservative therapy</source>
        <translation>Tratamiento conservador</translation>
    </message>
    <message>
        <source>Remove the episodes to change this</source>
        <translation>Quite los episodios para cambiar esto</translation>
    </message>
    <message>
        <source>Unticked: not documented. Ticked with no episodes: documented as none.</source>
        <translation>Sin marcar: no documentado. Marcado sin episodios: documentado como ninguno.</translation>
    </message>
    <message>
        <source>Weeks of conservative care counted as of %1: %2</source>
        <translation>Semanas de tratamiento conservador contadas a %1: %2</translation>
    </message>
    <message>
        <source>Weeks of conservative care: not documented</source>
        <translation>Semanas de tratamiento conservador: no documentadas</translation>
    </message>
</context>
<context>
    <name>spinereview::TherapyTimelineChart</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>12-week window before the review date</source>
        <translation>Ventana de 12 semanas antes de la fecha de revisión</translation>
    </message>
    <message>
        <source>6 weeks required</source>
        <translation>6 semanas exigidas</translation>
    </message>
    <message>
        <source>12 weeks required</source>
        <translation>12 semanas exigidas</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Conservative care: no dated therapy documented</source>
        <translation>Tratamiento conservador: no hay tratamiento fechado documentado</translation>
    </message>
    <message>
        <source>Conservative care: 1 week counted</source>
        <translation>Tratamiento conservador: 1 semana contada</translation>
    </message>
    <message>
        <source>Conservative care: %1 weeks counted</source>
        <translation>Tratamiento conservador: %1 semanas contadas</translation>
    </message>
    <message>
        <source>Conservative care</source>
        <translation>Tratamiento conservador</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 a %3</translation>
    </message>
    <message>
        <source> (ongoing)</source>
        <translation> (en curso)</translation>
    </message>
    <message>
        <source>Therapy timeline: %1</source>
        <translation>Cronología del tratamiento: %1</translation>
    </message>
    <message>
        <source>no dated therapy documented</source>
        <translation>no hay tratamiento fechado documentado</translation>
    </message>
    <message>
        <source>; 1 week of care counted</source>
        <translation>; 1 semana de tratamiento contada</translation>
    </message>
    <message>
        <source>; %1 weeks of care counted</source>
        <translation>; %1 semanas de tratamiento contadas</translation>
    </message>
    <message>
        <source>; review date %1</source>
        <translation>; fecha de revisión %1</translation>
    </message>
</context>
<context>
    <name>spinereview::TherapyTimelineModel</name>
    <message>
        <source>%1: %2 to %3%4</source>
        <translation>%1: %2 a %3%4</translation>
    </message>
    <message>
        <source> (ongoing at the review date)</source>
        <translation> (en curso en la fecha de revisión)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>review date (ongoing)</source>
        <translation>fecha de revisión (en curso)</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Tiempo (ms)</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
</context>
<context>
    <name>spinereview::TriStateBox</name>
    <message>
        <source>Not documented</source>
        <translation>No documentado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>spinereview::TurnaroundChart</name>
    <message>
        <source>@yPoint h</source>
        <translation>@yPoint h</translation>
    </message>
    <message>
        <source>Turnaround against the clock</source>
        <translation>Plazo de resolución frente al reloj</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Hours from receipt</source>
        <translation>Horas desde la recepción</translation>
    </message>
    <message>
        <source>Clock hours</source>
        <translation>Horas del plazo</translation>
    </message>
    <message>
        <source>Mean hours</source>
        <translation>Horas medias</translation>
    </message>
    <message>
        <source>%1 determined on time, %2 late, mean %3 hours against a %4-hour clock</source>
        <translation>%1 determinadas a tiempo, %2 tarde, media de %3 horas frente a un plazo de %4 horas</translation>
    </message>
    <message>
        <source>none determined (%1-hour clock)</source>
        <translation>ninguna determinada (plazo de %1 horas)</translation>
    </message>
    <message>
        <source>%1: %2; %3 open overdue, %4 open within the clock</source>
        <translation>%1: %2; %3 abiertas vencidas, %4 abiertas dentro del plazo</translation>
    </message>
    <message>
        <source>Turnaround: %1</source>
        <translation>Plazo de resolución: %1</translation>
    </message>
</context>
<context>
    <name>spinereview::TurnaroundModel</name>
    <message>
        <source>Mean %1 hours, longest %2 hours from receipt to determination</source>
        <translation>Media de %1 horas, máximo de %2 horas desde la recepción hasta la determinación</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicada</translation>
    </message>
    <message>
        <source>Decided on time</source>
        <translation>Decididas a tiempo</translation>
    </message>
    <message>
        <source>Decided late</source>
        <translation>Decididas tarde</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Abiertas, vencidas</translation>
    </message>
    <message>
        <source>Open, in time</source>
        <translation>Abiertas, a tiempo</translation>
    </message>
    <message>
        <source>Mean hours</source>
        <translation>Horas medias</translation>
    </message>
    <message>
        <source>Clock hours</source>
        <translation>Horas del plazo</translation>
    </message>
    <message>
        <source>Position of the mean</source>
        <translation>Posición de la media</translation>
    </message>
    <message>
        <source>Position of the clock</source>
        <translation>Posición del plazo</translation>
    </message>
</context>
<context>
    <name>spinereview::WorklistFilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Open (not determined)</source>
        <translation>Abiertas (no determinadas)</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgencia:</translation>
    </message>
    <message>
        <source>Urgency filter</source>
        <translation>Filtro de urgencia</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Standard, and requests that do not state their urgency</source>
        <translation>Estándar, y solicitudes que no indican su urgencia</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>&amp;Revisor:</translation>
    </message>
    <message>
        <source>Reviewer filter</source>
        <translation>Filtro de revisor</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>Ase&amp;guradora:</translation>
    </message>
    <message>
        <source>Payer filter</source>
        <translation>Filtro de aseguradora</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>Due filter</source>
        <translation>Filtro de vencimiento</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>En cualquier momento</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Vencen en 7 días</translation>
    </message>
    <message>
        <source>Past the due time and not determined</source>
        <translation>Pasada la hora límite y sin determinar</translation>
    </message>
    <message>
        <source>Due from now until the same time in 7 days</source>
        <translation>Vencen desde ahora hasta la misma hora dentro de 7 días</translation>
    </message>
    <message>
        <source>Search by case id or patient id</source>
        <translation>Buscar por id. de caso o de paciente</translation>
    </message>
    <message>
        <source>Case id or patient id</source>
        <translation>Id. de caso o de paciente</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Buscar:</translation>
    </message>
</context>
<context>
    <name>spinereview::WorklistModel</name>
    <message>
        <source>not stated</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>no clock</source>
        <translation>sin plazo</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, vencida</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Due %1 (local time): past due and not determined</source>
        <translation>Vence el %1 (hora local): vencida y sin determinar</translation>
    </message>
    <message>
        <source>Due %1 (local time)</source>
        <translation>Vence el %1 (hora local)</translation>
    </message>
    <message>
        <source>No turnaround clock: the request does not state when it was received</source>
        <translation>Sin plazo de resolución: la solicitud no indica cuándo se recibió</translation>
    </message>
    <message>
        <source>Levels requested (not sortable)</source>
        <translation>Niveles solicitados (no ordenable)</translation>
    </message>
    <message>
        <source>When the decision is due, in local time: 72 hours after receipt for expedited requests, 7 calendar days for standard ones</source>
        <translation>Cuándo vence la decisión, en hora local: 72 horas tras la recepción para solicitudes aceleradas, 7 días naturales para las estándar</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Id. del caso</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Id. del paciente</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
</context>
<context>
    <name>spinereview::WorklistWindow</name>
    <message>
        <source>Storage problem</source>
        <translation>Problema de almacenamiento</translation>
    </message>
    <message>
        <source>Worklist — SpineReview</source>
        <translation>Lista de trabajo — SpineReview</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Lista de trabajo</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Lista de trabajo</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Open review</source>
        <translation>Abrir revi&amp;sión</translation>
    </message>
    <message>
        <source>&amp;Import cases…</source>
        <translation>I&amp;mportar casos…</translation>
    </message>
    <message>
        <source>Import one or more case files (.json)</source>
        <translation>Importar uno o varios archivos de caso (.json)</translation>
    </message>
    <message>
        <source>Import a &amp;folder of cases…</source>
        <translation>Importar una carpeta &amp;de casos…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>Revisio&amp;nes</translation>
    </message>
    <message>
        <source>The worklist cannot be sorted by its levels</source>
        <translation>La lista de trabajo no puede ordenarse por sus niveles</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Importar casos</translation>
    </message>
    <message>
        <source>SpineReview cases (*.json)</source>
        <translation>Casos de SpineReview (*.json)</translation>
    </message>
    <message>
        <source>Import a folder of cases</source>
        <translation>Importar una carpeta de casos</translation>
    </message>
    <message>
        <source>No case files (*.json) in %1</source>
        <translation>No hay archivos de caso (*.json) en %1</translation>
    </message>
    <message>
        <source>Reviews could not be read</source>
        <translation>No se pudieron leer las revisiones</translation>
    </message>
    <message>
        <source>%1 of 1 review</source>
        <translation>%1 de 1 revisión</translation>
    </message>
    <message>
        <source>%1 of %2 reviews</source>
        <translation>%1 de %2 revisiones</translation>
    </message>
    <message>
        <source>1 review</source>
        <translation>1 revisión</translation>
    </message>
    <message>
        <source>%1 reviews</source>
        <translation>%1 revisiones</translation>
    </message>
    <message>
        <source>⚠ Storage problem: %1</source>
        <translation>⚠ Problema de almacenamiento: %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Press F5 to read again.</source>
        <translation>No se cambió nada. Pulse F5 para leer de nuevo.</translation>
    </message>
</context>
</TS>
