<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditLog</name>
    <message>
        <source>claiming the next audit entry</source>
        <translation>la réservation de l&apos;entrée d&apos;audit suivante</translation>
    </message>
    <message>
        <source>reading the audit head</source>
        <translation>la lecture de la tête de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>appending audit entry %1</source>
        <translation>l&apos;ajout de l&apos;entrée d&apos;audit %1</translation>
    </message>
    <message>
        <source>recording audit entry %1 as the head</source>
        <translation>l&apos;enregistrement de l&apos;entrée d&apos;audit %1 comme tête de la piste</translation>
    </message>
    <message>
        <source>reading the audit entries of %1 %2</source>
        <extracomment>%1 is the kind of record as the audit trail names it (case, review, reviewer, database), %2 its number</extracomment>
        <translation>la lecture des entrées d&apos;audit de %1 %2</translation>
    </message>
</context>
<context>
    <name>CaseIntake</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: no criteria set to evaluate it under; nothing was stored</source>
        <translation>%1 : aucun jeu de critères pour l&apos;évaluer ; rien n&apos;a été enregistré</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Mild to moderate</source>
        <translation>Légère à modérée</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Moderate to severe</source>
        <translation>Modérée à sévère</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Bilatéral</translation>
    </message>
    <message>
        <source>MRI</source>
        <translation>IRM</translation>
    </message>
    <message>
        <source>CT</source>
        <translation>TDM</translation>
    </message>
    <message>
        <source>CT myelogram</source>
        <translation>Myéloscanner</translation>
    </message>
    <message>
        <source>Plain X-ray</source>
        <translation>Radiographie standard</translation>
    </message>
    <message>
        <source>Flexion–extension X-ray</source>
        <translation>Radiographie en flexion–extension</translation>
    </message>
    <message>
        <source>Degenerative</source>
        <translation>Dégénératif</translation>
    </message>
    <message>
        <source>Isthmic</source>
        <translation>Isthmique</translation>
    </message>
    <message>
        <source>Iatrogenic</source>
        <translation>Iatrogène</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Bulge</source>
        <translation>Bombement</translation>
    </message>
    <message>
        <source>Protrusion</source>
        <translation>Protrusion</translation>
    </message>
    <message>
        <source>Extrusion</source>
        <translation>Extrusion</translation>
    </message>
    <message>
        <source>Sequestration</source>
        <translation>Séquestration</translation>
    </message>
    <message>
        <source>Acute</source>
        <translation>Aiguë</translation>
    </message>
    <message>
        <source>Chronic</source>
        <translation>Chronique</translation>
    </message>
    <message>
        <source>Acute on chronic</source>
        <translation>Aiguë sur chronique</translation>
    </message>
    <message>
        <source>Physical therapy</source>
        <translation>Kinésithérapie</translation>
    </message>
    <message>
        <source>Home exercise</source>
        <translation>Exercices à domicile</translation>
    </message>
    <message>
        <source>Activity modification</source>
        <translation>Adaptation des activités</translation>
    </message>
    <message>
        <source>NSAID</source>
        <translation>AINS</translation>
    </message>
    <message>
        <source>Acetaminophen</source>
        <translation>Paracétamol</translation>
    </message>
    <message>
        <source>Gabapentinoid</source>
        <translation>Gabapentinoïde</translation>
    </message>
    <message>
        <source>Muscle relaxant</source>
        <translation>Myorelaxant</translation>
    </message>
    <message>
        <source>Opioid</source>
        <translation>Opioïde</translation>
    </message>
    <message>
        <source>Oral steroid</source>
        <translation>Corticoïde oral</translation>
    </message>
    <message>
        <source>Epidural steroid injection</source>
        <translation>Infiltration épidurale de corticoïdes</translation>
    </message>
    <message>
        <source>Facet injection</source>
        <translation>Infiltration facettaire</translation>
    </message>
    <message>
        <source>Chiropractic</source>
        <translation>Chiropraxie</translation>
    </message>
    <message>
        <source>Bracing</source>
        <translation>Orthèse</translation>
    </message>
    <message>
        <source>Acupuncture</source>
        <translation>Acupuncture</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Amélioré</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>No improvement</source>
        <translation>Aucune amélioration</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Aggravation</translation>
    </message>
    <message>
        <source>Not tolerated</source>
        <translation>Non toléré</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>À domicile</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Discectomy</source>
        <translation>Discectomie</translation>
    </message>
    <message>
        <source>Laminotomy</source>
        <translation>Laminotomie</translation>
    </message>
    <message>
        <source>Laminectomy</source>
        <translation>Laminectomie</translation>
    </message>
    <message>
        <source>Foraminotomy</source>
        <translation>Foraminotomie</translation>
    </message>
    <message>
        <source>Facetectomy</source>
        <translation>Facettectomie</translation>
    </message>
    <message>
        <source>Fusion</source>
        <translation>Arthrodèse</translation>
    </message>
    <message>
        <source>Decompression</source>
        <translation>Décompression</translation>
    </message>
    <message>
        <source>Instrumentation</source>
        <translation>Instrumentation</translation>
    </message>
    <message>
        <source>Interbody device</source>
        <translation>Cage intersomatique</translation>
    </message>
    <message>
        <source>Bone marrow aspirate</source>
        <translation>Aspirat de moelle osseuse</translation>
    </message>
    <message>
        <source>rhBMP-2</source>
        <translation>rhBMP-2</translation>
    </message>
    <message>
        <source>Allograft</source>
        <translation>Allogreffe</translation>
    </message>
    <message>
        <source>Autograft</source>
        <translation>Autogreffe</translation>
    </message>
    <message>
        <source>Cement augmentation</source>
        <translation>Augmentation par ciment</translation>
    </message>
    <message>
        <source>Bone growth stimulator</source>
        <translation>Stimulateur de croissance osseuse</translation>
    </message>
    <message>
        <source>Inpatient stay</source>
        <translation>Hospitalisation</translation>
    </message>
    <message>
        <source>Posterior</source>
        <translation>Postérieur</translation>
    </message>
    <message>
        <source>Anterior</source>
        <translation>Antérieur</translation>
    </message>
    <message>
        <source>Lateral</source>
        <translation>Latéral</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Combiné</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>Iliac crest</source>
        <translation>Crête iliaque</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Inpatient</source>
        <translation>Hospitalisation complète</translation>
    </message>
    <message>
        <source>Outpatient</source>
        <translation>Ambulatoire</translation>
    </message>
    <message>
        <source>ASA 3 or more</source>
        <translation>ASA 3 ou plus</translation>
    </message>
    <message>
        <source>Sleep apnoea on CPAP</source>
        <translation>Apnée du sommeil sous PPC</translation>
    </message>
    <message>
        <source>Uncontrolled diabetes</source>
        <translation>Diabète non équilibré</translation>
    </message>
    <message>
        <source>Morbid obesity</source>
        <translation>Obésité morbide</translation>
    </message>
    <message>
        <source>Cardiopulmonary disease</source>
        <translation>Maladie cardiopulmonaire</translation>
    </message>
    <message>
        <source>No home support</source>
        <translation>Pas d&apos;aide à domicile</translation>
    </message>
    <message>
        <source>IV analgesia needed</source>
        <translation>Analgésie IV nécessaire</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Expedited</source>
        <translation>Accélérée</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commercial</translation>
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
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Favorable</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Réserves</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non réalisé</translation>
    </message>
    <message>
        <source>Patellar</source>
        <translation>Rotulien</translation>
    </message>
    <message>
        <source>Achilles</source>
        <translation>Achilléen</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>reading cases</source>
        <translation>la lecture des dossiers</translation>
    </message>
    <message>
        <source>there is no case %1 in %2</source>
        <translation>il n&apos;y a pas de dossier %1 dans %2</translation>
    </message>
    <message>
        <source>%1: caseId: &quot;%2&quot; is already stored (case %3, imported %4) with a different document; it was not replaced</source>
        <extracomment>%1 is the file, %2 the case id (caseId is the case file&apos;s key, kept as it is), %3 the stored case&apos;s number, %4 when it was imported</extracomment>
        <translation>%1 : caseId : « %2 » est déjà enregistré (dossier %3, importé le %4) avec un document différent ; il n&apos;a pas été remplacé</translation>
    </message>
    <message>
        <source>storing case &quot;%1&quot;</source>
        <translation>le stockage du dossier « %1 »</translation>
    </message>
    <message>
        <source>case %1</source>
        <extracomment>Where a stored case&apos;s problems are reported from, in place of a file name; %1 is its number</extracomment>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>case %1: the document&apos;s caseId &quot;%2&quot; is not the stored case&apos;s &quot;%3&quot;; a different caseId is a different case, imported on its own</source>
        <extracomment>caseId is the case file&apos;s key, kept as it is</extracomment>
        <translation>dossier %1 : le caseId du document, « %2 », n&apos;est pas celui du dossier enregistré, « %3 » ; un autre caseId est un autre dossier, importé séparément</translation>
    </message>
    <message>
        <source>case &quot;%1&quot; was saved at %2 after you opened it (your version %3, now version %4); your document was not saved: reopen the case and make your changes again</source>
        <translation>le dossier « %1 » a été enregistré le %2 après que vous l&apos;avez ouvert (votre version %3, désormais version %4) ; votre document n&apos;a pas été enregistré : rouvrez le dossier et refaites vos modifications</translation>
    </message>
    <message>
        <source>keeping revision %1 of case &quot;%2&quot;</source>
        <translation>la conservation de la version %1 du dossier « %2 »</translation>
    </message>
    <message>
        <source>saving case &quot;%1&quot;</source>
        <translation>l&apos;enregistrement du dossier « %1 »</translation>
    </message>
    <message>
        <source>case &quot;%1&quot; was saved by someone else at the same moment; your document was not saved: reopen the case and make your changes again</source>
        <translation>le dossier « %1 » a été enregistré par quelqu&apos;un d&apos;autre au même moment ; votre document n&apos;a pas été enregistré : rouvrez le dossier et refaites vos modifications</translation>
    </message>
    <message>
        <source>reading the revisions of case %1</source>
        <translation>la lecture des versions antérieures du dossier %1</translation>
    </message>
    <message>
        <source>counting cases</source>
        <translation>le comptage des dossiers</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>Case ID</source>
        <translation>Identifiant du dossier</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Identifiant du patient</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Type de régime</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>N° d&apos;adhérent</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Components requested</source>
        <translation>Composantes demandées</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Voie d&apos;abord</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Type de prise en charge</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Determination due</source>
        <translation>Échéance de la décision</translation>
    </message>
    <message>
        <source>Planned surgery date</source>
        <translation>Date opératoire prévue</translation>
    </message>
    <message>
        <source>ICD-10 codes</source>
        <translation>Codes CIM-10</translation>
    </message>
    <message>
        <source>CPT codes</source>
        <translation>Codes CPT</translation>
    </message>
    <message>
        <source>expedited: %1 hours after receipt</source>
        <translation>accélérée : %1 heures après la réception</translation>
    </message>
    <message>
        <source>standard: %1 calendar days after receipt</source>
        <translation>standard : %1 jours calendaires après la réception</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>CellChoices</name>
    <message>
        <source>Not documented</source>
        <translation>Non documenté</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>CitationList</name>
    <message>
        <source>%1 (not in the evidence library of this installation).</source>
        <translation>%1 (absent de la bibliothèque des données probantes de cette installation).</translation>
    </message>
    <message>
        <source>Confidence of each citation, as the evidence library records it: [C] confirmed against the primary document; [S] seen only in secondary summaries; [M] unverified, not confirmed against a source.</source>
        <translation>Confiance de chaque citation, selon la bibliothèque des données probantes : [C] confirmée d&apos;après le document source ; [S] vue seulement dans des résumés secondaires ; [M] non vérifiée, non confirmée par une source.</translation>
    </message>
</context>
<context>
    <name>ClinicalForm</name>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1 : %2</translation>
    </message>
</context>
<context>
    <name>ClinicalText</name>
    <message>
        <source>left %1</source>
        <translation>gauche %1</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>droite %1</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>pain %1/10</source>
        <translation>douleur %1/10</translation>
    </message>
    <message>
        <source>ODI %1</source>
        <translation>ODI %1</translation>
    </message>
    <message>
        <source>Neurogenic claudication</source>
        <translation>Claudication neurogène</translation>
    </message>
    <message>
        <source>Leg pain</source>
        <translation>Douleur du membre inférieur</translation>
    </message>
    <message>
        <source>Back pain predominant</source>
        <translation>Lombalgie prédominante</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semaines</translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation>Score de douleur</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>Oswestry Disability Index</source>
        <translation>Indice d&apos;incapacité d&apos;Oswestry</translation>
    </message>
    <message>
        <source>%1/100</source>
        <translation>%1/100</translation>
    </message>
    <message>
        <source>Functional impairment</source>
        <translation>Retentissement fonctionnel</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Scores dans le temps</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Motor deficit</source>
        <translation>Déficit moteur</translation>
    </message>
    <message>
        <source>grade %1/5</source>
        <translation>cotation %1/5</translation>
    </message>
    <message>
        <source>Progressive neurological deficit</source>
        <translation>Déficit neurologique progressif</translation>
    </message>
    <message>
        <source>Cauda equina syndrome</source>
        <translation>Syndrome de la queue de cheval</translation>
    </message>
    <message>
        <source>Reflex changes</source>
        <translation>Anomalies des réflexes</translation>
    </message>
    <message>
        <source>Sensory deficit</source>
        <translation>Déficit sensitif</translation>
    </message>
    <message>
        <source>Straight leg raise</source>
        <translation>Signe de Lasègue</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infection</translation>
    </message>
    <message>
        <source>Tumour</source>
        <translation>Tumeur</translation>
    </message>
    <message>
        <source>Fracture</source>
        <translation>Fracture</translation>
    </message>
    <message>
        <source>None documented: the history records no prior lumbar operation.</source>
        <translation>Aucune documentée : les antécédents ne mentionnent aucune intervention lombaire antérieure.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>instrumented</source>
        <translation>instrumentée</translation>
    </message>
    <message>
        <source>not instrumented</source>
        <translation>non instrumentée</translation>
    </message>
    <message>
        <source>solid fusion</source>
        <translation>arthrodèse consolidée</translation>
    </message>
    <message>
        <source>not solid (pseudarthrosis)</source>
        <translation>non consolidée (pseudarthrose)</translation>
    </message>
    <message>
        <source>left %1 %</source>
        <translation>gauche %1 %</translation>
    </message>
    <message>
        <source>right %1 %</source>
        <translation>droite %1 %</translation>
    </message>
    <message>
        <source>facet resection %1</source>
        <translation>résection facettaire %1</translation>
    </message>
    <message>
        <source>coronal Cobb angle %1°</source>
        <translation>angle de Cobb frontal %1°</translation>
    </message>
    <message>
        <source>sagittal vertical axis %1 cm</source>
        <translation>axe vertical sagittal %1 cm</translation>
    </message>
    <message>
        <source>PI − LL %1°</source>
        <translation>PI − LL %1°</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>pas de %1</translation>
    </message>
    <message>
        <source>central stenosis %1</source>
        <translation>sténose centrale %1</translation>
    </message>
    <message>
        <source>lateral recess stenosis %1</source>
        <translation>sténose du récessus latéral %1</translation>
    </message>
    <message>
        <source>foraminal stenosis %1</source>
        <translation>sténose foraminale %1</translation>
    </message>
    <message>
        <source>no spondylolisthesis</source>
        <translation>pas de spondylolisthésis</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>progressing</source>
        <translation>évolutif</translation>
    </message>
    <message>
        <source>not progressing</source>
        <translation>non évolutif</translation>
    </message>
    <message>
        <source>spondylolisthesis grade %1</source>
        <translation>spondylolisthésis de grade %1</translation>
    </message>
    <message>
        <source>spondylolisthesis</source>
        <translation>spondylolisthésis</translation>
    </message>
    <message>
        <source>%1 mm translation on dynamic films</source>
        <translation>%1 mm de translation sur les clichés dynamiques</translation>
    </message>
    <message>
        <source>%1° angulation on dynamic films</source>
        <translation>%1° d&apos;angulation sur les clichés dynamiques</translation>
    </message>
    <message>
        <source>disc height loss %1</source>
        <translation>perte de hauteur discale %1</translation>
    </message>
    <message>
        <source>no Modic changes</source>
        <translation>pas de modifications de Modic</translation>
    </message>
    <message>
        <source>Modic type %1 changes</source>
        <translation>modifications de Modic de type %1</translation>
    </message>
    <message>
        <source>disc herniation: %1</source>
        <translation>hernie discale : %1</translation>
    </message>
    <message>
        <source>facet hypertrophy</source>
        <translation>hypertrophie facettaire</translation>
    </message>
    <message>
        <source>synovial cyst</source>
        <translation>kyste synovial</translation>
    </message>
    <message>
        <source>pars defect</source>
        <translation>lyse isthmique</translation>
    </message>
    <message>
        <source>findings not documented</source>
        <translation>résultats non documentés</translation>
    </message>
    <message>
        <source>a normal study</source>
        <translation>un examen normal</translation>
    </message>
    <message>
        <source>%1 radiculopathy</source>
        <translation>radiculopathie %1</translation>
    </message>
    <message>
        <source>peripheral neuropathy</source>
        <translation>neuropathie périphérique</translation>
    </message>
    <message>
        <source>no peripheral neuropathy</source>
        <translation>pas de neuropathie périphérique</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>contraindicated</source>
        <translation>contre-indiqué</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>ConditionMapper</name>
    <message>
        <source>no code</source>
        <extracomment>a FHIR resource has no code element</extracomment>
        <translation>aucun code</translation>
    </message>
    <message>
        <source>%1; conditions are read in ICD-10-CM (%2) only</source>
        <extracomment>%1 lists the codings the file gives (system|code), %2 is the ICD-10-CM code system&apos;s URI</extracomment>
        <translation>%1 ; les diagnostics ne sont lus qu&apos;en ICD-10-CM (%2)</translation>
    </message>
    <message>
        <source>no coding; the text &quot;%1&quot; is not read: enter the diagnosis by hand</source>
        <extracomment>%1 is the condition&apos;s text as the file writes it</extracomment>
        <translation>aucun codage ; le texte « %1 » n&apos;est pas lu : saisissez le diagnostic manuellement</translation>
    </message>
    <message>
        <source>no coding</source>
        <extracomment>a FHIR CodeableConcept has no coding element</extracomment>
        <translation>aucun codage</translation>
    </message>
    <message>
        <source>clinicalStatus &quot;%1&quot;: only current conditions are listed</source>
        <extracomment>clinicalStatus is a FHIR element name; %1 its code (resolved, inactive …): keep both as is</extracomment>
        <translation>clinicalStatus « %1 » : seuls les diagnostics actuels sont retenus</translation>
    </message>
    <message>
        <source>verificationStatus &quot;%1&quot;: only confirmed diagnoses are listed</source>
        <extracomment>verificationStatus is a FHIR element name; %1 its code (provisional, differential …): keep both as is</extracomment>
        <translation>verificationStatus « %1 » : seuls les diagnostics confirmés sont retenus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ICD-10-CM code</source>
        <extracomment>%1 is the code as the file writes it</extracomment>
        <translation>« %1 » n&apos;est pas un code ICD-10-CM</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>%1 is an ICD-10-CM code, %2 a note on where the case records what it means</extracomment>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>%1: the condition has no clinicalStatus: not known to be active</source>
        <extracomment>%1 is an ICD-10-CM code; clinicalStatus is a FHIR element name: keep it as is</extracomment>
        <translation>%1 : le diagnostic n&apos;a pas de clinicalStatus : rien n&apos;indique qu&apos;il soit actif</translation>
    </message>
    <message>
        <source>true; %1 states it</source>
        <extracomment>true is the value written into the case file: keep it as is; %1 is an ICD-10-CM code</extracomment>
        <translation>true ; %1 l&apos;indique</translation>
    </message>
    <message>
        <source>false; M96.0 (pseudarthrosis after fusion) states it</source>
        <extracomment>false is the value written into the case file and M96.0 an ICD-10-CM code: keep them as is</extracomment>
        <translation>false ; M96.0 (pseudarthrose après arthrodèse) l&apos;indique</translation>
    </message>
    <message>
        <source>pseudarthrosis, but no prior fusion in the file to attach it to: record it in Surgical history</source>
        <extracomment>Surgical history is the desk&apos;s section of that name</extracomment>
        <translation>pseudarthrose, mais le fichier ne contient aucune arthrodèse antérieure à laquelle la rattacher : saisissez-la dans « Antécédents chirurgicaux »</translation>
    </message>
    <message numerus="yes">
        <source>pseudarthrosis, but %n prior fusions: which one is not stated</source>
        <extracomment>%n is two or more</extracomment>
        <translation>
            <numerusform>pseudarthrose, mais %n arthrodèse antérieure : rien ne précise laquelle</numerusform>
            <numerusform>pseudarthrose, mais %n arthrodèses antérieures : rien ne précise laquelle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <source>counting determinations</source>
        <translation>le comptage des déterminations</translation>
    </message>
    <message>
        <source>counting open reviews</source>
        <translation>le comptage des évaluations ouvertes</translation>
    </message>
    <message>
        <source>measuring turnaround</source>
        <translation>la mesure des délais de traitement</translation>
    </message>
    <message>
        <source>counting open reviews against the clock</source>
        <translation>le comptage des évaluations ouvertes par rapport à leur délai</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>It was left exactly as it is. Restore a backup into a new file with %1, or move the file aside.</source>
        <extracomment>%1 is a command to type, kept as it is</extracomment>
        <translation>Il a été laissé exactement tel quel. Restaurez une sauvegarde dans un nouveau fichier avec %1, ou déplacez le fichier ailleurs.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database: its first bytes are not SQLite&apos;s header (a damaged database, or another kind of file). %2</source>
        <extracomment>%1 is the file, %2 what to do about it</extracomment>
        <translation>%1 n&apos;est pas une base de données SQLite : ses premiers octets ne sont pas l&apos;en-tête de SQLite (une base de données endommagée, ou un autre type de fichier). %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program (application id 0x%2), not SpineReview&apos;s; it was left unchanged</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme (identifiant d&apos;application 0x%2), pas de SpineReview ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). %3</source>
        <extracomment>%1 is the file, %2 what SQLite found, %3 what to do about it</extracomment>
        <translation>%1 est endommagée (%2). %3</translation>
    </message>
    <message>
        <source>SQLite cannot open it: %1</source>
        <translation>SQLite ne peut pas l&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s check reports: %1</source>
        <translation>la vérification de SQLite signale : %1</translation>
    </message>
    <message>
        <source>%1 is not a SpineReview database: %2; it was left unchanged</source>
        <extracomment>%1 is the file or server, %2 what it holds instead</extracomment>
        <translation>%1 n&apos;est pas une base de données SpineReview : %2 ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <source>%1 was written by a newer SpineReview (schema version %2; this version reads versions up to %3). It was left unchanged: open it with a newer SpineReview, or choose another database with --database.</source>
        <extracomment>--database is a command-line option, kept as it is</extracomment>
        <translation>%1 a été écrite par un SpineReview plus récent (version de schéma %2 ; cette version lit jusqu&apos;à la version %3). Elle a été laissée telle quelle : ouvrez-la avec un SpineReview plus récent, ou choisissez une autre base de données avec --database.</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database %2</source>
        <translation>impossible de créer le répertoire %1 pour la base de données %2</translation>
    </message>
    <message>
        <source>cannot create the database %1: %2</source>
        <translation>impossible de créer la base de données %1 : %2</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé (Debian : libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé (Debian : libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1 is a folder; --database names a file</source>
        <extracomment>--database is a command-line option, kept as it is</extracomment>
        <translation>%1 est un répertoire ; --database désigne un fichier</translation>
    </message>
    <message>
        <source>%1 was written by a newer SpineReview (schema version %2; this version reads versions up to %3). It was left unchanged.</source>
        <translation>%1 a été écrite par un SpineReview plus récent (version de schéma %2 ; cette version lit jusqu&apos;à la version %3). Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>cannot switch %1 to write-ahead logging: %2</source>
        <translation>impossible de passer %1 en journalisation anticipée (WAL) : %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <extracomment>%1 is an SQL statement, %2 the file, %3 SQLite&apos;s error</extracomment>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>checking the database&apos;s integrity</source>
        <translation>la vérification de l&apos;intégrité de la base de données</translation>
    </message>
    <message>
        <source>%1 is damaged; SQLite&apos;s integrity check reports: %2. %3</source>
        <translation>%1 est endommagée ; la vérification d&apos;intégrité de SQLite signale : %2. %3</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1 failed in %2: %3. The database is damaged. %4</source>
        <extracomment>%1 is what was being done (&quot;reading cases&quot;), %2 the file, %3 SQLite&apos;s error, %4 what to do about it</extracomment>
        <translation>%1 a échoué dans %2 : %3. La base de données est endommagée. %4</translation>
    </message>
    <message>
        <source>%1 failed in %2: %3</source>
        <extracomment>%1 is what was being done (&quot;reading cases&quot;), %2 the file or server, %3 the database&apos;s own error text</extracomment>
        <translation>%1 a échoué dans %2 : %3</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>&quot;%1&quot;: a database is a file path or a postgresql:// URL</source>
        <extracomment>%1 is what was given as the database; postgresql:// is kept as it is</extracomment>
        <translation>« %1 » : une base de données est un chemin de fichier ou une URL postgresql://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable PostgreSQL URL: %2 (expected postgresql://USER@HOST:PORT/DATABASE)</source>
        <extracomment>%1 is the URL given, %2 what is wrong with it; the expected form postgresql://USER@HOST:PORT/DATABASE is kept as it is</extracomment>
        <translation>« %1 » n&apos;est pas une URL PostgreSQL utilisable : %2 (forme attendue : postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>it names no database</source>
        <translation>elle ne désigne aucune base de données</translation>
    </message>
    <message>
        <source>it names no user</source>
        <translation>elle ne désigne aucun utilisateur</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; cannot be passed on</source>
        <extracomment>%1 is a connection parameter of the URL (sslmode, …)</extracomment>
        <translation>le paramètre « %1 » ne peut pas être transmis</translation>
    </message>
</context>
<context>
    <name>DraftRepository</name>
    <message>
        <source>reading drafts</source>
        <translation>la lecture des brouillons</translation>
    </message>
    <message>
        <source>a draft names whose working copy it is; nothing was saved</source>
        <translation>un brouillon indique à qui appartient la copie de travail ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>saving draft %1</source>
        <translation>l&apos;enregistrement du brouillon %1</translation>
    </message>
    <message>
        <source>saving the draft of %1</source>
        <extracomment>%1 is the name of the reviewer whose working copy it is</extracomment>
        <translation>l&apos;enregistrement du brouillon de %1</translation>
    </message>
    <message>
        <source>removing draft %1</source>
        <translation>la suppression du brouillon %1</translation>
    </message>
</context>
<context>
    <name>EnginePhrases</name>
    <message>
        <source>the symptom history (neurogenic claudication, radicular leg pain)</source>
        <translation>l&apos;histoire des symptômes (claudication neurogène, radiculalgie du membre inférieur)</translation>
    </message>
    <message>
        <source>whether back pain or leg pain predominates</source>
        <translation>la prédominance de la lombalgie ou de la douleur du membre inférieur</translation>
    </message>
    <message>
        <source>documentation of how the symptoms limit daily activities or work</source>
        <translation>un document décrivant comment les symptômes limitent les activités quotidiennes ou le travail</translation>
    </message>
    <message>
        <source>a pain score (NRS or VAS)</source>
        <translation>un score de douleur (EN ou EVA)</translation>
    </message>
    <message>
        <source>an Oswestry Disability Index score</source>
        <translation>un score de l&apos;indice d&apos;incapacité d&apos;Oswestry (ODI)</translation>
    </message>
    <message>
        <source>the duration of the current symptoms</source>
        <translation>la durée des symptômes actuels</translation>
    </message>
    <message>
        <source>the examination&apos;s findings on cauda equina syndrome</source>
        <translation>les constatations de l&apos;examen sur un syndrome de la queue de cheval</translation>
    </message>
    <message>
        <source>the examination&apos;s findings on a progressive neurological deficit</source>
        <translation>les constatations de l&apos;examen sur un déficit neurologique progressif</translation>
    </message>
    <message>
        <source>the examination&apos;s findings on infection</source>
        <translation>les constatations de l&apos;examen sur une infection</translation>
    </message>
    <message>
        <source>the examination&apos;s findings on tumour</source>
        <translation>les constatations de l&apos;examen sur une tumeur</translation>
    </message>
    <message>
        <source>the examination&apos;s findings on fracture</source>
        <translation>les constatations de l&apos;examen sur une fracture</translation>
    </message>
    <message>
        <source>a motor examination of roots L5 and S1</source>
        <translation>un examen moteur des racines L5 et S1</translation>
    </message>
    <message>
        <source>a motor examination of roots L3 and L4</source>
        <translation>un examen moteur des racines L3 et L4</translation>
    </message>
    <message>
        <source>the root and MRC grade of each motor deficit (roots L5 and S1)</source>
        <translation>la racine et la cotation MRC de chaque déficit moteur (racines L5 et S1)</translation>
    </message>
    <message>
        <source>the root and MRC grade of each motor deficit (roots L3 and L4)</source>
        <translation>la racine et la cotation MRC de chaque déficit moteur (racines L3 et L4)</translation>
    </message>
    <message>
        <source>electrodiagnostic studies (EMG/NCS)</source>
        <translation>des examens électrodiagnostiques (EMG/VCN)</translation>
    </message>
    <message>
        <source>standing alignment films reporting coronalCobbDeg</source>
        <extracomment>coronalCobbDeg is the case file&apos;s field: the coronal Cobb angle</extracomment>
        <translation>des radiographies de l&apos;alignement en charge indiquant l&apos;angle de Cobb frontal</translation>
    </message>
    <message>
        <source>standing alignment films reporting sagittalVerticalAxisCm</source>
        <extracomment>sagittalVerticalAxisCm is the case file&apos;s field: the sagittal vertical axis</extracomment>
        <translation>des radiographies de l&apos;alignement en charge indiquant l&apos;axe vertical sagittal</translation>
    </message>
    <message>
        <source>standing alignment films reporting pelvicIncidenceMinusLordosisDeg</source>
        <extracomment>pelvicIncidenceMinusLordosisDeg is the case file&apos;s field: pelvic incidence minus lumbar lordosis</extracomment>
        <translation>des radiographies de l&apos;alignement en charge indiquant l&apos;incidence pelvienne moins la lordose lombaire</translation>
    </message>
    <message>
        <source>a cotinine test in the weeks before surgery</source>
        <translation>un dosage de la cotinine dans les semaines précédant la chirurgie</translation>
    </message>
    <message>
        <source>the patient&apos;s nicotine use (never, former, current)</source>
        <translation>la consommation de nicotine du patient (jamais, ancienne, actuelle)</translation>
    </message>
    <message>
        <source>the date nicotine use stopped</source>
        <translation>la date d&apos;arrêt de la nicotine</translation>
    </message>
    <message>
        <source>whether the patient has diabetes</source>
        <translation>si le patient est diabétique</translation>
    </message>
    <message>
        <source>a recent HbA1c</source>
        <translation>une HbA1c récente</translation>
    </message>
    <message>
        <source>the patient&apos;s BMI</source>
        <translation>l&apos;IMC du patient</translation>
    </message>
    <message>
        <source>a bone density study (DEXA T-score)</source>
        <translation>une ostéodensitométrie (T-score DEXA)</translation>
    </message>
    <message>
        <source>vertebral Hounsfield units on CT</source>
        <translation>les unités Hounsfield vertébrales au scanner</translation>
    </message>
    <message>
        <source>whether osteoporosis is diagnosed</source>
        <translation>si une ostéoporose est diagnostiquée</translation>
    </message>
    <message>
        <source>chronic steroid use</source>
        <translation>la corticothérapie au long cours</translation>
    </message>
    <message>
        <source>whether the patient has renal disease</source>
        <translation>si le patient a une maladie rénale</translation>
    </message>
    <message>
        <source>alcohol use history</source>
        <translation>les antécédents de consommation d&apos;alcool</translation>
    </message>
    <message>
        <source>pregnancy status</source>
        <translation>le statut de grossesse</translation>
    </message>
    <message>
        <source>the patient&apos;s age</source>
        <translation>l&apos;âge du patient</translation>
    </message>
    <message>
        <source>the interbody technique</source>
        <translation>la technique intersomatique</translation>
    </message>
    <message>
        <source>the surgical approach</source>
        <translation>la voie d&apos;abord chirurgicale</translation>
    </message>
    <message>
        <source>whether the fusion includes a posterolateral graft bed</source>
        <translation>si l&apos;arthrodèse comporte un lit de greffe postérolatéral</translation>
    </message>
    <message>
        <source>the autograft source</source>
        <translation>l&apos;origine de l&apos;autogreffe</translation>
    </message>
    <message>
        <source>whether autograft is unavailable or insufficient</source>
        <translation>si l&apos;autogreffe est indisponible ou insuffisante</translation>
    </message>
    <message>
        <source>whether the aspirate is mixed with iliac-crest autograft</source>
        <translation>si l&apos;aspirat est mélangé à une autogreffe de crête iliaque</translation>
    </message>
    <message>
        <source>contraindications to rhBMP-2</source>
        <translation>les contre-indications à la rhBMP-2</translation>
    </message>
    <message>
        <source>the requested setting</source>
        <translation>le mode de prise en charge demandé</translation>
    </message>
    <message>
        <source>the surgeon&apos;s expected stay</source>
        <translation>la durée de séjour prévue par le chirurgien</translation>
    </message>
    <message>
        <source>the criteria set&apos;s effective date</source>
        <translation>la date d&apos;entrée en vigueur du jeu de critères</translation>
    </message>
    <message>
        <source>documented reasons for an inpatient stay</source>
        <translation>les motifs documentés d&apos;une hospitalisation</translation>
    </message>
    <message>
        <source>conservative-therapy records (each modality with its dates and response)</source>
        <translation>le dossier du traitement conservateur (chaque modalité avec ses dates et sa réponse)</translation>
    </message>
    <message>
        <source>the response to physical therapy (progress or discharge notes)</source>
        <translation>la réponse à la kinésithérapie (comptes rendus d&apos;évolution ou de fin de prise en charge)</translation>
    </message>
    <message>
        <source>the surgical history (prior lumbar operations with levels and dates)</source>
        <translation>les antécédents chirurgicaux (interventions lombaires antérieures avec niveaux et dates)</translation>
    </message>
    <message>
        <source>a current MRI or CT (within %1 months)</source>
        <extracomment>%1 is a number of months</extracomment>
        <translation>une IRM ou un scanner récent (de moins de %1 mois)</translation>
    </message>
    <message>
        <source>an MRI or CT report addressing %1</source>
        <translation>un compte rendu d&apos;IRM ou de scanner décrivant %1</translation>
    </message>
    <message>
        <source>a graded report of stenosis at %1</source>
        <translation>un compte rendu gradant la sténose en %1</translation>
    </message>
    <message>
        <source>the date of the prior operation at %1</source>
        <translation>la date de l&apos;intervention antérieure en %1</translation>
    </message>
    <message>
        <source>an MRI or CT of %1 after the prior operation</source>
        <translation>une IRM ou un scanner de %1 postérieur à l&apos;intervention antérieure</translation>
    </message>
    <message>
        <source>the type of the spondylolisthesis at %1</source>
        <translation>le type de spondylolisthésis en %1</translation>
    </message>
    <message>
        <source>serial films showing whether the slip at %1 progressed</source>
        <translation>des radiographies successives montrant si le glissement en %1 a progressé</translation>
    </message>
    <message>
        <source>flexion–extension radiographs of %1 (translation in mm)</source>
        <translation>des radiographies en flexion–extension de %1 (translation en mm)</translation>
    </message>
    <message>
        <source>imaging of the pars interarticularis at %1</source>
        <translation>une imagerie de l&apos;isthme (pars interarticularis) en %1</translation>
    </message>
    <message>
        <source>the Modic classification at %1</source>
        <translation>la classification de Modic en %1</translation>
    </message>
    <message>
        <source>the disc height at %1</source>
        <translation>la hauteur discale en %1</translation>
    </message>
    <message>
        <source>imaging assessment of the prior fusion at %1 (solid or not)</source>
        <translation>une évaluation en imagerie de l&apos;arthrodèse antérieure en %1 (consolidée ou non)</translation>
    </message>
    <message>
        <source>the date of the prior fusion at %1</source>
        <translation>la date de l&apos;arthrodèse antérieure en %1</translation>
    </message>
    <message>
        <source>the operative note of the prior decompression at %1 (share of each facet removed)</source>
        <translation>le compte rendu opératoire de la décompression antérieure en %1 (part de chaque facette réséquée)</translation>
    </message>
    <message>
        <source>the surgeon&apos;s operative plan for %1 (share of each facet to be removed, pars removal)</source>
        <translation>le plan opératoire du chirurgien pour %1 (part de chaque facette à réséquer, résection de l&apos;isthme)</translation>
    </message>
    <message>
        <source>physician review: the criteria set has no rule for %1</source>
        <extracomment>%1 is a requested component (Fusion, rhBMP-2, …)</extracomment>
        <translation>examen par un médecin-conseil : le jeu de critères n&apos;a pas de règle pour « %1 »</translation>
    </message>
    <message>
        <source>another deficit&apos;s root or grade is not documented; it may be weaker</source>
        <translation>la racine ou la cotation d&apos;un autre déficit n&apos;est pas documentée ; il pourrait être plus faible</translation>
    </message>
    <message>
        <source>an episode resolved or improved the symptoms</source>
        <translation>un épisode a résolu ou amélioré les symptômes</translation>
    </message>
    <message>
        <source>zones the report leaves ungraded are taken as none</source>
        <translation>les zones que le compte rendu ne grade pas sont considérées sans sténose</translation>
    </message>
    <message>
        <source>the documented root findings point to another level</source>
        <translation>les constatations radiculaires documentées désignent un autre niveau</translation>
    </message>
    <message>
        <source>%1 is not requested at %2</source>
        <extracomment>%1 is a component (Fusion, rhBMP-2, …), %2 a level (L5-S1)</extracomment>
        <translation>la demande ne porte pas sur « %1 » en %2</translation>
    </message>
    <message>
        <source>%1 is not requested</source>
        <extracomment>%1 is a component (Fusion, rhBMP-2, …)</extracomment>
        <translation>la demande ne porte pas sur « %1 »</translation>
    </message>
    <message>
        <source>counted as met: the criterion asks for %1</source>
        <extracomment>%1 is a status: met, not met or incomplete</extracomment>
        <translation>compté comme rempli : le critère demande « %1 »</translation>
    </message>
    <message>
        <source>end %1 is before start %2</source>
        <extracomment>%1 and %2 are dates</extracomment>
        <translation>la fin %1 précède le début %2</translation>
    </message>
    <message>
        <source>component %1 is not listed in request.components</source>
        <translation>la composante %1 ne figure pas dans request.components</translation>
    </message>
    <message>
        <source>level %1 is not one of request.levels (%2)</source>
        <extracomment>%1 is a level, %2 the levels the request lists</extracomment>
        <translation>le niveau %1 ne fait pas partie de request.levels (%2)</translation>
    </message>
    <message>
        <source>expected %1; found %2</source>
        <extracomment>%1 is what the format expects (“a number from 0 to 10”), %2 what the file holds</extracomment>
        <translation>attendu : %1 ; trouvé : %2</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; found %2</source>
        <extracomment>%1 is the name of the case format</extracomment>
        <translation>attendu : « %1 » ; trouvé : %2</translation>
    </message>
    <message>
        <source>required field is missing; found null</source>
        <translation>champ obligatoire manquant ; trouvé : null</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>malformed JSON: %1 at byte offset %2</source>
        <extracomment>%1 is the parser&apos;s reason, %2 a number</extracomment>
        <translation>JSON mal formé : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level; found an array</source>
        <translation>attendu : un objet JSON au premier niveau ; trouvé : un tableau</translation>
    </message>
    <message>
        <source>a raw byte-order mark (U+FEFF) at byte offset %1: the JSON parser would drop it and lose the member it starts; write it as \ufeff</source>
        <translation>une marque d&apos;ordre des octets (U+FEFF) brute à l&apos;octet %1 : l&apos;analyseur JSON la supprimerait et perdrait le membre qu&apos;elle commence ; écrivez-la \ufeff</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an integer that fits in 32 bits</source>
        <translation>un entier tenant sur 32 bits</translation>
    </message>
    <message>
        <source>a calendar date YYYY-MM-DD</source>
        <translation>une date calendaire AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>an ISO 8601 date-time with a zone (Z or ±hh:mm), e.g. 2025-09-10T08:30:00-04:00</source>
        <translation>une date et heure ISO 8601 avec fuseau (Z ou ±hh:mm), par ex. 2025-09-10T08:30:00-04:00</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>one of %1</source>
        <extracomment>%1 lists the values the format allows, as the file writes them</extracomment>
        <translation>l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>un entier de %1 à %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>an integer greater than %1</source>
        <translation>un entier supérieur à %1</translation>
    </message>
    <message>
        <source>a number greater than %1</source>
        <translation>un nombre supérieur à %1</translation>
    </message>
    <message>
        <source>an integer of at least %1</source>
        <translation>un entier d&apos;au moins %1</translation>
    </message>
    <message>
        <source>a number of at least %1</source>
        <translation>un nombre d&apos;au moins %1</translation>
    </message>
    <message>
        <source>an integer of at most %1</source>
        <translation>un entier d&apos;au plus %1</translation>
    </message>
    <message>
        <source>a number of at most %1</source>
        <translation>un nombre d&apos;au plus %1</translation>
    </message>
    <message>
        <source>met</source>
        <comment>a status inside a sentence</comment>
        <translation>rempli</translation>
    </message>
    <message>
        <source>not met</source>
        <comment>a status inside a sentence</comment>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>incomplete</source>
        <comment>a status inside a sentence</comment>
        <translation>incomplet</translation>
    </message>
</context>
<context>
    <name>EvidenceCitation</name>
    <message>
        <source>founding-review claim (could not be verified)</source>
        <translation>affirmation de l&apos;évaluation d&apos;origine (invérifiable)</translation>
    </message>
    <message>
        <source>Founding-review claim, could not be verified: %1</source>
        <translation>Affirmation de l&apos;évaluation d&apos;origine, invérifiable : %1</translation>
    </message>
    <message>
        <source>Audit: %1</source>
        <translation>Audit : %1</translation>
    </message>
</context>
<context>
    <name>EvidenceHtml</name>
    <message>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Insufficient</source>
        <translation>Insuffisant</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Non gradé</translation>
    </message>
    <message>
        <source>[C] Confirmed against the primary document.</source>
        <translation>[C] Confirmé d&apos;après le document source.</translation>
    </message>
    <message>
        <source>[S] Seen only in secondary summaries — verify against current source.</source>
        <translation>[S] Vu seulement dans des résumés secondaires : à vérifier dans la source en vigueur.</translation>
    </message>
    <message>
        <source>[M] Unverified — from general knowledge, not confirmed against a source.</source>
        <translation>[M] Non vérifié : issu de connaissances générales, non confirmé par une source.</translation>
    </message>
    <message>
        <source>No confidence tag.</source>
        <translation>Pas d&apos;indice de confiance.</translation>
    </message>
    <message>
        <source>Founding-review claim</source>
        <translation>Affirmation de l&apos;évaluation d&apos;origine</translation>
    </message>
    <message>
        <source>Could not be verified</source>
        <translation>Invérifiable</translation>
    </message>
    <message>
        <source>Claimed:</source>
        <translation>Affirmé :</translation>
    </message>
    <message>
        <source>Audit:</source>
        <translation>Audit :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Uncertainties:</source>
        <translation>Incertitudes :</translation>
    </message>
    <message>
        <source>A payer&apos;s contractual rule, not an evidence grade.</source>
        <translation>Une règle contractuelle d&apos;un payeur, pas un niveau de preuve.</translation>
    </message>
    <message>
        <source>Source&apos;s grade: %1</source>
        <translation>Niveau de la source : %1</translation>
    </message>
    <message>
        <source>Key finding:</source>
        <translation>Résultat clé :</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>Voir aussi :</translation>
    </message>
    <message>
        <source>Library entry %1</source>
        <translation>Entrée de la bibliothèque %1</translation>
    </message>
    <message>
        <source>Evidence — %1</source>
        <translation>Données probantes — %1</translation>
    </message>
    <message>
        <source>About this criterion:</source>
        <translation>À propos de ce critère :</translation>
    </message>
    <message>
        <source>This criterion cites no evidence of its own; its parts may.</source>
        <translation>Ce critère ne cite pas de données probantes propres ; ses éléments peuvent le faire.</translation>
    </message>
    <message>
        <source>Evidence %1 is not in the evidence library.</source>
        <translation>La référence %1 ne figure pas dans la bibliothèque des données probantes.</translation>
    </message>
    <message>
        <source>Where sources disagree: %1</source>
        <translation>Divergences entre les sources : %1</translation>
    </message>
</context>
<context>
    <name>FactCatalog</name>
    <message>
        <source>Claudication or radicular leg pain</source>
        <translation>Claudication ou radiculalgie du membre inférieur</translation>
    </message>
    <message>
        <source>Neurogenic claudication documented true or leg pain left/right/bilateral; false when claudication is false and leg pain is none</source>
        <translation>Claudication neurogène documentée ou radiculalgie du membre inférieur (gauche, droite ou bilatérale) ; « non » lorsqu&apos;il est documenté qu&apos;il n&apos;y a ni claudication ni douleur du membre inférieur</translation>
    </message>
    <message>
        <source>Neurogenic claudication</source>
        <translation>Claudication neurogène</translation>
    </message>
    <message>
        <source>Leg or buttock pain or heaviness with standing or walking, relieved by sitting or flexion</source>
        <translation>Douleur ou lourdeur des membres inférieurs ou des fesses en position debout ou à la marche, soulagée par la position assise ou la flexion</translation>
    </message>
    <message>
        <source>Back pain predominant</source>
        <translation>Lombalgie prédominante</translation>
    </message>
    <message>
        <source>Axial back pain greater than leg pain</source>
        <translation>Lombalgie axiale supérieure à la douleur du membre inférieur</translation>
    </message>
    <message>
        <source>Functional impairment</source>
        <translation>Retentissement fonctionnel</translation>
    </message>
    <message>
        <source>Symptoms limit daily activities or work</source>
        <translation>Les symptômes limitent les activités quotidiennes ou le travail</translation>
    </message>
    <message>
        <source>Worst pain score (NRS/VAS)</source>
        <translation>Pire score de douleur (EN/EVA)</translation>
    </message>
    <message>
        <source>Worst current pain, NRS/VAS 0–10</source>
        <translation>Douleur actuelle maximale, EN/EVA 0–10</translation>
    </message>
    <message>
        <source>Oswestry Disability Index (ODI)</source>
        <translation>Indice d&apos;incapacité d&apos;Oswestry (ODI)</translation>
    </message>
    <message>
        <source>Oswestry Disability Index 0–100</source>
        <translation>Indice d&apos;incapacité d&apos;Oswestry, 0–100</translation>
    </message>
    <message>
        <source>Symptom duration (weeks)</source>
        <translation>Durée des symptômes (semaines)</translation>
    </message>
    <message>
        <source>Duration of the current symptoms, weeks</source>
        <translation>Durée des symptômes actuels, en semaines</translation>
    </message>
    <message>
        <source>Cauda equina syndrome</source>
        <translation>Syndrome de la queue de cheval</translation>
    </message>
    <message>
        <source>Progressive neurological deficit</source>
        <translation>Déficit neurologique progressif</translation>
    </message>
    <message>
        <source>Worsening neurological deficit</source>
        <translation>Déficit neurologique qui s&apos;aggrave</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infection</translation>
    </message>
    <message>
        <source>Infection (red flag)</source>
        <translation>Infection (drapeau rouge)</translation>
    </message>
    <message>
        <source>Tumour</source>
        <translation>Tumeur</translation>
    </message>
    <message>
        <source>Tumour (red flag)</source>
        <translation>Tumeur (drapeau rouge)</translation>
    </message>
    <message>
        <source>Fracture</source>
        <translation>Fracture</translation>
    </message>
    <message>
        <source>Fracture (red flag)</source>
        <translation>Fracture (drapeau rouge)</translation>
    </message>
    <message>
        <source>Weakest motor grade (MRC), roots L5 and S1</source>
        <translation>Cotation motrice la plus basse (MRC), racines L5 et S1</translation>
    </message>
    <message>
        <source>Lowest MRC grade recorded in root L5 or S1; 5 when the exam records no deficit there</source>
        <translation>Cotation MRC la plus basse relevée pour la racine L5 ou S1 ; 5 lorsque l&apos;examen n&apos;y relève aucun déficit</translation>
    </message>
    <message>
        <source>Weakest motor grade (MRC), roots L3 and L4</source>
        <translation>Cotation motrice la plus basse (MRC), racines L3 et L4</translation>
    </message>
    <message>
        <source>Lowest MRC grade recorded in root L3 or L4; 5 when the exam records no deficit there</source>
        <translation>Cotation MRC la plus basse relevée pour la racine L3 ou L4 ; 5 lorsque l&apos;examen n&apos;y relève aucun déficit</translation>
    </message>
    <message>
        <source>Radiculopathy on EMG/NCS</source>
        <translation>Radiculopathie à l&apos;EMG/VCN</translation>
    </message>
    <message>
        <source>Any electrodiagnostic study up to the review date records a radiculopathy finding</source>
        <translation>Un examen électrodiagnostique réalisé jusqu&apos;à la date d&apos;évaluation relève une radiculopathie</translation>
    </message>
    <message>
        <source>Weeks of conservative care</source>
        <translation>Semaines de traitement conservateur</translation>
    </message>
    <message>
        <source>Weeks of conservative care: union of episode intervals (start to end, or to the review date if ongoing), both days counted, floor(days / 7); episodes without a start, starting after the review date or contraindicated add no time</source>
        <translation>Semaines de traitement conservateur : réunion des intervalles des épisodes (du début à la fin, ou jusqu&apos;à la date d&apos;évaluation s&apos;il est en cours), les deux jours comptés, floor(jours / 7) ; les épisodes sans date de début, commençant après la date d&apos;évaluation ou contre-indiqués n&apos;ajoutent aucune durée</translation>
    </message>
    <message>
        <source>Recent in-person physical therapy</source>
        <translation>Kinésithérapie récente en présentiel</translation>
    </message>
    <message>
        <source>Physical therapy not delivered at home or virtually, ending or ongoing within the set&apos;s activeTherapyRecencyMonths before the review date</source>
        <translation>Kinésithérapie ni à domicile ni à distance, terminée ou en cours dans les mois que fixe le jeu de critères (activeTherapyRecencyMonths) avant la date d&apos;évaluation</translation>
    </message>
    <message>
        <source>Modality other than physical therapy</source>
        <translation>Modalité autre que la kinésithérapie</translation>
    </message>
    <message>
        <source>A modality of another type than physical therapy (home exercise, medication, injection, activity modification, chiropractic, bracing, acupuncture); a contraindicated one counts</source>
        <translation>Une modalité d&apos;un autre type que la kinésithérapie (exercices à domicile, médicaments, infiltration, adaptation des activités, chiropraxie, orthèse, acupuncture) ; une modalité contre-indiquée compte aussi</translation>
    </message>
    <message>
        <source>Conservative care failed</source>
        <translation>Échec du traitement conservateur</translation>
    </message>
    <message>
        <source>No episode resolved or improved, and the active therapy&apos;s response is documented</source>
        <translation>Aucun épisode n&apos;a abouti à une résolution ni à une amélioration, et la réponse à la kinésithérapie active est documentée</translation>
    </message>
    <message>
        <source>Coronal Cobb angle (°)</source>
        <translation>Angle de Cobb frontal (°)</translation>
    </message>
    <message>
        <source>Coronal Cobb angle from the most recent study</source>
        <translation>Angle de Cobb frontal de l&apos;examen le plus récent</translation>
    </message>
    <message>
        <source>Sagittal vertical axis (cm)</source>
        <translation>Axe vertical sagittal (cm)</translation>
    </message>
    <message>
        <source>Sagittal vertical axis from the most recent study</source>
        <translation>Axe vertical sagittal de l&apos;examen le plus récent</translation>
    </message>
    <message>
        <source>Pelvic incidence − lordosis (°)</source>
        <translation>Incidence pelvienne − lordose (°)</translation>
    </message>
    <message>
        <source>PI − LL mismatch from the most recent study</source>
        <translation>Discordance PI − LL de l&apos;examen le plus récent</translation>
    </message>
    <message>
        <source>Levels with a pars defect</source>
        <translation>Niveaux avec lyse isthmique</translation>
    </message>
    <message>
        <source>Number of lumbar levels with a documented pars defect</source>
        <translation>Nombre de niveaux lombaires avec une lyse isthmique documentée</translation>
    </message>
    <message>
        <source>Nicotine use</source>
        <translation>Consommation de nicotine</translation>
    </message>
    <message>
        <source>Days from nicotine quit date to surgery</source>
        <translation>Jours entre l&apos;arrêt de la nicotine et la chirurgie</translation>
    </message>
    <message>
        <source>Days from the nicotine quit date to the planned surgery date (the review date when none is planned)</source>
        <translation>Jours entre la date d&apos;arrêt de la nicotine et la date opératoire prévue (la date d&apos;évaluation si aucune n&apos;est prévue)</translation>
    </message>
    <message>
        <source>Days from cotinine test to surgery</source>
        <translation>Jours entre le dosage de la cotinine et la chirurgie</translation>
    </message>
    <message>
        <source>Days from the cotinine test to the planned surgery date (the review date when none is planned)</source>
        <translation>Jours entre le dosage de la cotinine et la date opératoire prévue (la date d&apos;évaluation si aucune n&apos;est prévue)</translation>
    </message>
    <message>
        <source>Cotinine level (ng/mL)</source>
        <translation>Valeur de cotinine (ng/mL)</translation>
    </message>
    <message>
        <source>Cotinine level, ng/mL</source>
        <translation>Valeur de cotinine, ng/mL</translation>
    </message>
    <message>
        <source>Cotinine level documented</source>
        <translation>Valeur de cotinine documentée</translation>
    </message>
    <message>
        <source>The cotinine test documents a level in ng/mL</source>
        <translation>Le dosage de la cotinine indique une valeur en ng/mL</translation>
    </message>
    <message>
        <source>Cotinine result</source>
        <translation>Résultat de la cotinine</translation>
    </message>
    <message>
        <source>Cotinine test result</source>
        <translation>Résultat du dosage de la cotinine</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabète</translation>
    </message>
    <message>
        <source>HbA1c (%)</source>
        <translation>HbA1c (%)</translation>
    </message>
    <message>
        <source>HbA1c, percent</source>
        <translation>HbA1c, en pourcentage</translation>
    </message>
    <message>
        <source>BMI (kg/m²)</source>
        <translation>IMC (kg/m²)</translation>
    </message>
    <message>
        <source>Body-mass index, kg/m²</source>
        <translation>Indice de masse corporelle, kg/m²</translation>
    </message>
    <message>
        <source>Lowest DEXA T-score</source>
        <translation>T-score DEXA le plus bas</translation>
    </message>
    <message>
        <source>CT Hounsfield units</source>
        <translation>Unités Hounsfield au scanner</translation>
    </message>
    <message>
        <source>Vertebral bone density on CT, HU</source>
        <translation>Densité osseuse vertébrale au scanner, UH</translation>
    </message>
    <message>
        <source>Osteoporosis</source>
        <translation>Ostéoporose</translation>
    </message>
    <message>
        <source>Osteoporosis diagnosis documented</source>
        <translation>Diagnostic d&apos;ostéoporose documenté</translation>
    </message>
    <message>
        <source>Chronic steroid use</source>
        <translation>Corticothérapie au long cours</translation>
    </message>
    <message>
        <source>Kidney (renal) disease</source>
        <translation>Maladie rénale</translation>
    </message>
    <message>
        <source>Renal disease</source>
        <translation>Maladie rénale</translation>
    </message>
    <message>
        <source>Alcohol use disorder</source>
        <translation>Éthylisme chronique</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Enceinte</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Grossesse</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Âge (années)</translation>
    </message>
    <message>
        <source>Age in whole years at the review date</source>
        <translation>Âge en années révolues à la date d&apos;évaluation</translation>
    </message>
    <message>
        <source>Fusion levels requested</source>
        <translation>Niveaux d&apos;arthrodèse demandés</translation>
    </message>
    <message>
        <source>Number of levels the requested fusion covers; 0 when fusion is not requested</source>
        <translation>Nombre de niveaux couverts par l&apos;arthrodèse demandée ; 0 si aucune arthrodèse n&apos;est demandée</translation>
    </message>
    <message>
        <source>Interbody technique</source>
        <translation>Technique intersomatique</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Voie d&apos;abord</translation>
    </message>
    <message>
        <source>Surgical approach</source>
        <translation>Voie d&apos;abord chirurgicale</translation>
    </message>
    <message>
        <source>Posterolateral fusion</source>
        <translation>Arthrodèse postérolatérale</translation>
    </message>
    <message>
        <source>The fusion includes a posterolateral graft bed</source>
        <translation>L&apos;arthrodèse comporte un lit de greffe postérolatéral</translation>
    </message>
    <message>
        <source>Autograft source</source>
        <translation>Origine de l&apos;autogreffe</translation>
    </message>
    <message>
        <source>Autograft insufficient</source>
        <translation>Autogreffe insuffisante</translation>
    </message>
    <message>
        <source>Autograft unavailable or insufficient</source>
        <translation>Autogreffe indisponible ou insuffisante</translation>
    </message>
    <message>
        <source>BMA hybrid with iliac crest</source>
        <translation>Aspirat associé à la crête iliaque</translation>
    </message>
    <message>
        <source>Bone marrow aspirate mixed with iliac-crest autograft</source>
        <translation>Aspirat de moelle osseuse mélangé à une autogreffe de crête iliaque</translation>
    </message>
    <message>
        <source>rhBMP-2 contraindication</source>
        <translation>Contre-indication à la rhBMP-2</translation>
    </message>
    <message>
        <source>A documented contraindication to rhBMP-2</source>
        <translation>Une contre-indication documentée à la rhBMP-2</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Type de prise en charge</translation>
    </message>
    <message>
        <source>Requested setting</source>
        <translation>Mode de prise en charge demandé</translation>
    </message>
    <message>
        <source>Expected midnights</source>
        <translation>Nuits prévues</translation>
    </message>
    <message>
        <source>The surgeon&apos;s expected hospital stay, in midnights</source>
        <translation>Le séjour hospitalier prévu par le chirurgien, en nuits</translation>
    </message>
    <message>
        <source>Number of inpatient risk factors</source>
        <translation>Nombre de facteurs justifiant un séjour</translation>
    </message>
    <message>
        <source>Number of documented reasons for an inpatient stay</source>
        <translation>Nombre de motifs documentés d&apos;une hospitalisation</translation>
    </message>
    <message>
        <source>Criteria set in effect</source>
        <translation>Jeu de critères en vigueur</translation>
    </message>
    <message>
        <source>The review date is on or after the criteria set&apos;s effective date</source>
        <translation>La date d&apos;évaluation est égale ou postérieure à la date d&apos;entrée en vigueur du jeu de critères</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>The evaluated level</source>
        <translation>Le niveau évalué</translation>
    </message>
    <message>
        <source>Described on qualifying imaging</source>
        <translation>Décrit par une imagerie éligible</translation>
    </message>
    <message>
        <source>A qualifying study (MRI, CT or CT myelogram within the set&apos;s qualifyingImagingMonths) has an entry for the level; never false — unknown until such a study exists</source>
        <translation>Un examen éligible (IRM, scanner ou myéloscanner dans les mois que fixe le jeu de critères, qualifyingImagingMonths) comporte une entrée pour le niveau ; jamais « non » — inconnu tant qu&apos;un tel examen n&apos;existe pas</translation>
    </message>
    <message>
        <source>Worst stenosis (any zone)</source>
        <translation>Sténose la plus sévère (toutes zones)</translation>
    </message>
    <message>
        <source>Worst of central, lateral-recess and foraminal stenosis (either side) on qualifying imaging, as a rank: 0 none, 1 mild, 2 mild_moderate, 3 moderate, 4 moderate_severe, 5 severe</source>
        <translation>La plus sévère des sténoses centrale, récessale latérale et foraminale (quel que soit le côté) sur une imagerie éligible, sous forme de rang : 0 aucune, 1 légère, 2 légère à modérée, 3 modérée, 4 modérée à sévère, 5 sévère</translation>
    </message>
    <message>
        <source>Central canal stenosis</source>
        <translation>Sténose du canal central</translation>
    </message>
    <message>
        <source>Central stenosis rank (0–5) on qualifying imaging</source>
        <translation>Rang de la sténose centrale (0–5) sur une imagerie éligible</translation>
    </message>
    <message>
        <source>Foraminal stenosis (worse side)</source>
        <translation>Sténose foraminale (côté le plus atteint)</translation>
    </message>
    <message>
        <source>Worse side of foraminal stenosis, rank 0–5, on qualifying imaging</source>
        <translation>Côté le plus atteint de la sténose foraminale, rang 0–5, sur une imagerie éligible</translation>
    </message>
    <message>
        <source>Slip grade (Meyerding)</source>
        <translation>Grade du glissement (Meyerding)</translation>
    </message>
    <message>
        <source>Meyerding grade of spondylolisthesis (0 = none)</source>
        <translation>Grade de Meyerding du spondylolisthésis (0 = aucun)</translation>
    </message>
    <message>
        <source>Slip type</source>
        <translation>Type de glissement</translation>
    </message>
    <message>
        <source>Type of spondylolisthesis</source>
        <translation>Type de spondylolisthésis</translation>
    </message>
    <message>
        <source>Slip progressing</source>
        <translation>Glissement évolutif</translation>
    </message>
    <message>
        <source>The slip grew on serial films</source>
        <translation>Le glissement a augmenté sur des radiographies successives</translation>
    </message>
    <message>
        <source>Dynamic translation (mm)</source>
        <translation>Translation dynamique (mm)</translation>
    </message>
    <message>
        <source>Change in translation between flexion and extension (or supine and upright) films, mm</source>
        <translation>Variation de la translation entre les clichés en flexion et en extension (ou couché et debout), en mm</translation>
    </message>
    <message>
        <source>Pars defect</source>
        <translation>Lyse isthmique</translation>
    </message>
    <message>
        <source>Spondylolysis or a pars fracture</source>
        <translation>Spondylolyse ou fracture de l&apos;isthme</translation>
    </message>
    <message>
        <source>Modic type</source>
        <translation>Type de Modic</translation>
    </message>
    <message>
        <source>Modic type 0–3</source>
        <translation>Type de Modic 0–3</translation>
    </message>
    <message>
        <source>Disc height loss</source>
        <translation>Perte de hauteur discale</translation>
    </message>
    <message>
        <source>Disc-height loss</source>
        <translation>Perte de hauteur discale</translation>
    </message>
    <message>
        <source>Previously operated</source>
        <translation>Déjà opéré</translation>
    </message>
    <message>
        <source>The level appears in surgicalHistory</source>
        <translation>Le niveau figure dans les antécédents chirurgicaux (surgicalHistory)</translation>
    </message>
    <message>
        <source>Prior decompression</source>
        <translation>Décompression antérieure</translation>
    </message>
    <message>
        <source>A prior discectomy, laminotomy, laminectomy, foraminotomy or facetectomy at the level</source>
        <translation>Une discectomie, laminotomie, laminectomie, foraminotomie ou facettectomie antérieure au niveau</translation>
    </message>
    <message>
        <source>Prior fusion</source>
        <translation>Arthrodèse antérieure</translation>
    </message>
    <message>
        <source>A prior fusion at the level</source>
        <translation>Une arthrodèse antérieure au niveau</translation>
    </message>
    <message>
        <source>Prior fusion not solid (pseudarthrosis)</source>
        <translation>Arthrodèse antérieure non consolidée (pseudarthrose)</translation>
    </message>
    <message>
        <source>A prior fusion at the level is documented as not solid (pseudarthrosis)</source>
        <translation>Une arthrodèse antérieure au niveau est documentée comme non consolidée (pseudarthrose)</translation>
    </message>
    <message>
        <source>Months since the non-united fusion</source>
        <translation>Mois depuis l&apos;arthrodèse non consolidée</translation>
    </message>
    <message>
        <source>Whole calendar months from the non-united fusion to the review date</source>
        <translation>Mois calendaires entiers entre l&apos;arthrodèse non consolidée et la date d&apos;évaluation</translation>
    </message>
    <message>
        <source>Prior facet resection, left (%)</source>
        <translation>Résection facettaire antérieure, gauche (%)</translation>
    </message>
    <message>
        <source>Share of the left facet removed by prior decompressions at the level (largest documented); 0 when never decompressed</source>
        <translation>Part de la facette gauche réséquée lors des décompressions antérieures au niveau (la plus grande documentée) ; 0 en l&apos;absence de décompression antérieure</translation>
    </message>
    <message>
        <source>Prior facet resection, right (%)</source>
        <translation>Résection facettaire antérieure, droite (%)</translation>
    </message>
    <message>
        <source>Share of the right facet removed by prior decompressions at the level</source>
        <translation>Part de la facette droite réséquée lors des décompressions antérieures au niveau</translation>
    </message>
    <message>
        <source>Planned facetectomy, left (%)</source>
        <translation>Facettectomie prévue, gauche (%)</translation>
    </message>
    <message>
        <source>Share of the left facet the surgeon plans to remove at the level</source>
        <translation>Part de la facette gauche que le chirurgien prévoit de réséquer au niveau</translation>
    </message>
    <message>
        <source>Planned facetectomy, right (%)</source>
        <translation>Facettectomie prévue, droite (%)</translation>
    </message>
    <message>
        <source>Share of the right facet the surgeon plans to remove at the level</source>
        <translation>Part de la facette droite que le chirurgien prévoit de réséquer au niveau</translation>
    </message>
    <message>
        <source>Planned pars removal</source>
        <translation>Résection de l&apos;isthme prévue</translation>
    </message>
    <message>
        <source>The plan removes the pars at the level</source>
        <translation>Le plan prévoit la résection de l&apos;isthme au niveau</translation>
    </message>
    <message>
        <source>Prior fusion at an adjacent level</source>
        <translation>Arthrodèse antérieure à un niveau adjacent</translation>
    </message>
    <message>
        <source>A prior fusion at a level sharing a vertebra with this one</source>
        <translation>Une arthrodèse antérieure à un niveau partageant une vertèbre avec celui-ci</translation>
    </message>
    <message>
        <source>Symptoms concordant with the level</source>
        <translation>Symptômes concordants avec le niveau</translation>
    </message>
    <message>
        <source>Symptoms concordant with the level: follows symptoms.present, except false when claudication is not documented true and every documented root finding maps to other levels</source>
        <translation>Symptômes concordants avec le niveau : suit symptoms.present, sauf « non » lorsque la claudication n&apos;est pas documentée comme présente et que toutes les constatations radiculaires documentées renvoient à d&apos;autres niveaux</translation>
    </message>
    <message>
        <source>Fusion requested</source>
        <translation>Arthrodèse demandée</translation>
    </message>
    <message>
        <source>Fusion is requested at the level</source>
        <translation>Une arthrodèse est demandée au niveau</translation>
    </message>
    <message>
        <source>Decompression requested</source>
        <translation>Décompression demandée</translation>
    </message>
    <message>
        <source>Decompression is requested at the level</source>
        <translation>Une décompression est demandée au niveau</translation>
    </message>
</context>
<context>
    <name>FhirBundle</name>
    <message>
        <source>an unknown release</source>
        <extracomment>what FHIR release a version number is, in &quot;FHIR 6.0 (an unknown release)&quot;</extracomment>
        <translation>une version inconnue</translation>
    </message>
    <message>
        <source>STU3 or earlier</source>
        <extracomment>the FHIR releases before R4, in &quot;written for FHIR STU3 or earlier, not R4&quot;</extracomment>
        <translation>STU3 ou antérieure</translation>
    </message>
    <message>
        <source>not a FHIR resource: no resourceType</source>
        <extracomment>resourceType is a FHIR element name: keep it as is</extracomment>
        <translation>pas une ressource FHIR : resourceType absent</translation>
    </message>
    <message>
        <source>expected a FHIR Bundle; found %1</source>
        <extracomment>%1 is what the file holds instead: a quoted value such as &quot;Patient&quot;, or &quot;an object&quot;</extracomment>
        <translation>attendu : un Bundle FHIR ; trouvé : %1</translation>
    </message>
    <message>
        <source>a bundle of type &quot;%1&quot; carries no patient record to import; expected %2</source>
        <extracomment>%1 is the bundle&apos;s type as the file writes it (such as history); %2 lists the FHIR bundle types read, written as is</extracomment>
        <translation>un bundle de type « %1 » ne contient aucun dossier patient à importer ; attendu : %2</translation>
    </message>
    <message>
        <source>FHIR %1 (%2); this importer reads FHIR R4 (4.0.x)</source>
        <extracomment>%1 is a FHIR version number as the file writes it (5.0.0), %2 the release it belongs to (R5)</extracomment>
        <translation>FHIR %1 (%2) ; cet importateur lit FHIR R4 (4.0.x)</translation>
    </message>
    <message>
        <source>an entry without a resource</source>
        <extracomment>an entry of a FHIR bundle</extracomment>
        <translation>une entrée sans ressource</translation>
    </message>
    <message>
        <source>written for FHIR %1, not R4: this importer reads FHIR R4 (4.0.x)</source>
        <extracomment>%1 is a FHIR release: R5, or &quot;STU3 or earlier&quot;</extracomment>
        <translation>écrit pour FHIR %1, pas R4 : cet importateur lit FHIR R4 (4.0.x)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
</context>
<context>
    <name>FhirBundleImporter</name>
    <message>
        <source>a transaction request without a resource</source>
        <extracomment>a bundle entry that only deletes or reads (DELETE, GET) and carries no resource</extracomment>
        <translation>une requête de transaction sans ressource</translation>
    </message>
    <message>
        <source>the imported case would not follow spinereview-case/1: %1: %2</source>
        <extracomment>%1 is a path in the case file, %2 what is wrong there; spinereview-case/1 is the case file format</extracomment>
        <translation>le dossier importé ne respecterait pas spinereview-case/1 : %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>a second Patient (%1 is the first): the bundle holds the records of %n patients; import one patient&apos;s bundle</source>
        <extracomment>Patient is a FHIR resource type; %1 is the first one (Patient/p1); %n is two or more</extracomment>
        <translation>
            <numerusform>un second Patient (le premier est %1) : le bundle contient les dossiers de %n patient ; importez le bundle d&apos;un seul patient</numerusform>
            <numerusform>un second Patient (le premier est %1) : le bundle contient les dossiers de %n patients ; importez le bundle d&apos;un seul patient</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not read by the importer</source>
        <extracomment>%1 is a FHIR resource type (Encounter)</extracomment>
        <translation>l&apos;importateur ne lit pas %1</translation>
    </message>
    <message>
        <source>it may change the resource&apos;s meaning in a way the importer does not know</source>
        <extracomment>why a resource with a FHIR modifierExtension the importer does not understand is left out</extracomment>
        <translation>elle peut modifier le sens de la ressource d&apos;une manière que l&apos;importateur ne connaît pas</translation>
    </message>
    <message>
        <source>elements not read: %1</source>
        <extracomment>%1 lists FHIR element names of the resource, written as is</extracomment>
        <translation>éléments non lus : %1</translation>
    </message>
    <message>
        <source>refers to &quot;%1&quot;, not to the bundle&apos;s patient %2</source>
        <extracomment>%1 is the reference as the file writes it, %2 the bundle&apos;s Patient (Patient/p1)</extracomment>
        <translation>renvoie à « %1 », pas au patient du bundle %2</translation>
    </message>
    <message>
        <source>the case needs a caseId, and the bundle has neither identifier nor id: give one</source>
        <extracomment>caseId is a field of the case file; identifier and id are FHIR element names: keep them as is</extracomment>
        <translation>le dossier nécessite un caseId et le bundle n&apos;a ni identifier ni id : indiquez-en un</translation>
    </message>
    <message>
        <source>the case needs request.components: no planned Procedure (status preparation) or active ServiceRequest carries a CPT or SNOMED CT code of a lumbar spine operation</source>
        <extracomment>request.components is a field of the case file; Procedure and ServiceRequest are FHIR resource types and preparation a Procedure status: keep them as is</extracomment>
        <translation>le dossier nécessite request.components : aucune Procedure prévue (status preparation) ni aucun ServiceRequest actif ne porte de code CPT ou SNOMED CT d&apos;une intervention sur le rachis lombaire</translation>
    </message>
    <message>
        <source>the case needs request.levels: no requested operation names its levels in bodySite (such as &quot;L4-L5&quot;)</source>
        <extracomment>request.levels is a field of the case file, bodySite a FHIR element name: keep them as is</extracomment>
        <translation>le dossier nécessite request.levels : aucune intervention demandée n&apos;indique ses niveaux dans bodySite (comme « L4-L5 »)</translation>
    </message>
</context>
<context>
    <name>FhirCodes</name>
    <message>
        <source>covers morselized allograft and osteopromotive material alike (rhBMP-2, demineralised bone matrix)</source>
        <extracomment>why CPT 20930 names no component by itself, in &quot;20930 names no component by itself: it …&quot;</extracomment>
        <translation>couvre indifféremment l&apos;allogreffe morcelée et les matériaux ostéopromoteurs (rhBMP-2, matrice osseuse déminéralisée)</translation>
    </message>
    <message>
        <source>&quot;without neurogenic claudication&quot; is what is coded when claudication is not documented; symptoms.neurogenicClaudication is left undocumented</source>
        <extracomment>symptoms.neurogenicClaudication is a field of the case file: keep it as is</extracomment>
        <translation>« sans claudication neurogène » est ce qui est codé quand la claudication n&apos;est pas documentée ; symptoms.neurogenicClaudication reste non documenté</translation>
    </message>
    <message>
        <source>stenosis is recorded per level and grade in Imaging; the code gives neither</source>
        <extracomment>Imaging is the desk&apos;s section of that name</extracomment>
        <translation>la sténose est saisie par niveau et par grade dans « Imagerie » ; le code ne donne ni l&apos;un ni l&apos;autre</translation>
    </message>
    <message>
        <source>spondylolisthesis is recorded per level in Imaging; the code gives no level or grade</source>
        <extracomment>Imaging is the desk&apos;s section of that name</extracomment>
        <translation>le spondylolisthésis est saisi par niveau dans « Imagerie » ; le code ne donne ni niveau ni grade</translation>
    </message>
    <message>
        <source>radiculopathy: the code gives no side or root; enter leg pain, exam and EMG by hand</source>
        <translation>radiculopathie : le code ne donne ni côté ni racine ; saisissez manuellement la douleur du membre inférieur, l&apos;examen clinique et l&apos;EMG</translation>
    </message>
</context>
<context>
    <name>FhirResourceReader</name>
    <message>
        <source>a %1 gives no calendar date; expected a dateTime or a Period</source>
        <extracomment>%1 is a FHIR data type (Age, String); dateTime and Period are FHIR data types too: keep them as is</extracomment>
        <translation>un %1 ne donne pas de date calendaire ; attendu : un dateTime ou un Period</translation>
    </message>
</context>
<context>
    <name>FhirTypes</name>
    <message>
        <source>(no system)</source>
        <extracomment>stands for the code system of a FHIR coding that names none, in &quot;(no system)|M48.06&quot;</extracomment>
        <translation>(aucun système)</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>what an empty FHIR CodeableConcept holds</extracomment>
        <translation>rien</translation>
    </message>
    <message>
        <source>a Quantity without a value</source>
        <extracomment>Quantity is a FHIR data type</extracomment>
        <translation>un Quantity sans valeur</translation>
    </message>
    <message>
        <source>expected a FHIR date or dateTime; found %1</source>
        <extracomment>date and dateTime are FHIR data types; %1 is the value as the file writes it, quoted</extracomment>
        <translation>attendu : une date ou un dateTime FHIR ; trouvé : %1</translation>
    </message>
    <message>
        <source>a partial date (%1) names no day; the case format takes whole dates only</source>
        <extracomment>%1 is the value as the file writes it, quoted (&quot;2019-03&quot;)</extracomment>
        <translation>une date partielle (%1) n&apos;indique pas de jour ; le format du dossier n&apos;accepte que des dates complètes</translation>
    </message>
    <message>
        <source>not a calendar date: %1</source>
        <extracomment>%1 is the value as the file writes it, quoted (&quot;2019-02-30&quot;)</extracomment>
        <translation>pas une date calendaire valide : %1</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <extracomment>a FHIR Period</extracomment>
        <translation>la période se termine avant de commencer</translation>
    </message>
</context>
<context>
    <name>ImagingMapper</name>
    <message>
        <source>no status</source>
        <extracomment>a FHIR resource has no status element</extracomment>
        <translation>aucun statut</translation>
    </message>
    <message>
        <source>DICOM modality %1 and the description &quot;%2&quot;</source>
        <extracomment>what an imaging study&apos;s modality was read from: %1 is a DICOM modality code (MR), %2 the study&apos;s description as the file writes it</extracomment>
        <translation>la modalité DICOM %1 et la description « %2 »</translation>
    </message>
    <message>
        <source>the description &quot;%1&quot;</source>
        <extracomment>what an imaging study&apos;s modality was read from: %1 is its description as the file writes it</extracomment>
        <translation>la description « %1 »</translation>
    </message>
    <message>
        <source>status &quot;%1&quot;: only final reports are read</source>
        <extracomment>status is a FHIR element name and %1 its code (preliminary, cancelled …): keep both as is</extracomment>
        <translation>status « %1 » : seuls les comptes rendus définitifs sont lus</translation>
    </message>
    <message>
        <source>the report&apos;s name: %1</source>
        <extracomment>what an imaging study&apos;s modality was read from: %1 lists the codings and text of the report&apos;s code</extracomment>
        <translation>le nom du compte rendu : %1</translation>
    </message>
    <message>
        <source>no code</source>
        <extracomment>a FHIR resource has no code element</extracomment>
        <translation>aucun code</translation>
    </message>
    <message>
        <source>%1: not a report of lumbar spine imaging</source>
        <extracomment>%1 lists the codings and text of a DiagnosticReport&apos;s code, or says it has none</extracomment>
        <translation>%1 : pas un compte rendu d&apos;imagerie du rachis lombaire</translation>
    </message>
    <message>
        <source>free text, enter the findings in Imaging</source>
        <extracomment>a report&apos;s conclusion; Imaging is the desk&apos;s section of that name</extracomment>
        <translation>texte libre ; saisissez les résultats dans « Imagerie »</translation>
    </message>
    <message>
        <source>%1: a coded conclusion names no level or grade; enter the findings in Imaging</source>
        <extracomment>%1 lists the codings of a report&apos;s conclusionCode; Imaging is the desk&apos;s section of that name</extracomment>
        <translation>%1 : une conclusion codée n&apos;indique ni niveau ni grade ; saisissez les résultats dans « Imagerie »</translation>
    </message>
    <message>
        <source>an attached report, not parsed: enter the findings in Imaging</source>
        <extracomment>Imaging is the desk&apos;s section of that name</extracomment>
        <translation>un compte rendu joint, non analysé : saisissez les résultats dans « Imagerie »</translation>
    </message>
    <message>
        <source>neither a CPT code of lumbar spine imaging nor a modality with the lumbar spine in its description</source>
        <translation>ni un code CPT d&apos;imagerie du rachis lombaire, ni une modalité dont la description mentionne le rachis lombaire</translation>
    </message>
    <message>
        <source>%1 without a date; imaging[].date is required</source>
        <extracomment>%1 is a modality as the case file writes it (MRI, xray); imaging[].date is a field of the case file</extracomment>
        <translation>%1 sans date ; imaging[].date est obligatoire</translation>
    </message>
    <message>
        <source>%1 on %2, from %3</source>
        <extracomment>%1 is a modality as the case file writes it (MRI, xray), %2 a date, %3 what the modality was read from (CPT 72148, the description &quot;…&quot;)</extracomment>
        <translation>%1 le %2, d&apos;après %3</translation>
    </message>
</context>
<context>
    <name>LatestValue</name>
    <message>
        <source>%1 differs from another value for %2, and without dates on all of them the latest cannot be told</source>
        <extracomment>%1 is a value and where it came from (&quot;31.2 kg/m² on 2025-03-04&quot;), %2 a field of the case file (patient.bmi)</extracomment>
        <translation>%1 diffère d&apos;une autre valeur de %2 et, faute de dates sur toutes, la plus récente ne peut être déterminée</translation>
    </message>
    <message>
        <source>%1 disagrees with another value for %2 of the same day (%3)</source>
        <extracomment>%1 is a value and its date, %2 a field of the case file (patient.bmi), %3 the date</extracomment>
        <translation>%1 ne concorde pas avec une autre valeur de %2 du même jour (%3)</translation>
    </message>
    <message>
        <source>%1: %2 takes the latest value, at %3</source>
        <extracomment>%1 is a value and its date, %2 a field of the case file (patient.bmi), %3 the JSON path of the value taken</extracomment>
        <translation>%1 : %2 retient la valeur la plus récente, en %3</translation>
    </message>
</context>
<context>
    <name>LetterContent</name>
    <message>
        <source>Letter of medical necessity</source>
        <translation>Lettre de nécessité médicale</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>To (payer):</source>
        <translation>À (payeur) :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>%1, utilization review</source>
        <translation>%1, examen de pertinence des soins</translation>
    </message>
    <message>
        <source>Re:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Dear medical reviewer,</source>
        <translation>Madame, Monsieur le médecin-conseil,</translation>
    </message>
    <message>
        <source>This letter sets out the clinical record behind the surgery requested above and the indications it meets under %1, version %2.</source>
        <translation>Cette lettre présente le dossier clinique à l&apos;appui de l&apos;intervention demandée ci-dessus et les indications qu&apos;elle remplit selon %1, version %2.</translation>
    </message>
    <message>
        <source>Prepared with SpineReview decision support from the case record. The indications listed are those the criteria set named on every page finds met; no other component is claimed.</source>
        <translation>Préparée avec l&apos;aide à la décision SpineReview à partir du dossier. Les indications énumérées sont celles que le jeu de critères nommé sur chaque page juge remplies ; aucune autre composante n&apos;est revendiquée.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histoire</translation>
    </message>
    <message>
        <source>Prior lumbar operations</source>
        <translation>Interventions lombaires antérieures</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Imaging:</source>
        <translation>Imagerie :</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Electrodiagnostic studies:</source>
        <translation>Examens électrodiagnostiques :</translation>
    </message>
    <message>
        <source>Examination:</source>
        <translation>Examen clinique :</translation>
    </message>
    <message>
        <source>Conservative care</source>
        <translation>Traitement conservateur</translation>
    </message>
    <message>
        <source>Indications met</source>
        <translation>Indications remplies</translation>
    </message>
    <message>
        <source>None of the requested components meets the criteria as documented.</source>
        <translation>Aucune des composantes demandées ne remplit les critères au vu de la documentation.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not supported by the criteria as documented</source>
        <translation>Non étayé par les critères au vu de la documentation</translation>
    </message>
    <message>
        <source>The following requested components are not supported by the criteria as documented; this letter claims no indication for them.</source>
        <translation>Les composantes demandées suivantes ne sont pas étayées par les critères au vu de la documentation ; cette lettre ne revendique aucune indication pour elles.</translation>
    </message>
    <message>
        <source>Sincerely,</source>
        <translation>Veuillez agréer l&apos;expression de mes salutations distinguées,</translation>
    </message>
    <message>
        <source>Surgeon&apos;s name:</source>
        <translation>Nom du chirurgien :</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation>NPI :</translation>
    </message>
</context>
<context>
    <name>MappingEntry</name>
    <message>
        <source>mapped to %1</source>
        <extracomment>%1 is a field of the case file such as patient.bmi, written as is</extracomment>
        <translation>mis en correspondance avec %1</translation>
    </message>
    <message>
        <source>mapped by text to %1</source>
        <extracomment>recognised by its words rather than by a code; %1 is a field of the case file such as patient.bmi</extracomment>
        <translation>mis en correspondance par le texte avec %1</translation>
    </message>
    <message>
        <source>not mapped (%1)</source>
        <extracomment>%1 is why, such as &quot;missing value&quot;</extracomment>
        <translation>non mis en correspondance (%1)</translation>
    </message>
</context>
<context>
    <name>MappingReport</name>
    <message numerus="yes">
        <source>Mapped (%n):</source>
        <extracomment>the heading of the list of the elements of an imported file that were mapped into the case</extracomment>
        <translation>
            <numerusform>Mis en correspondance (%n) :</numerusform>
            <numerusform>Mis en correspondance (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not mapped (%n):</source>
        <extracomment>the heading of the list of the elements of an imported file that were not mapped into the case</extracomment>
        <translation>
            <numerusform>Non mis en correspondance (%n) :</numerusform>
            <numerusform>Non mis en correspondance (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapped (%1 by text), %2 not mapped.</source>
        <extracomment>elements of an imported file: %n mapped into the case, %1 of them recognised by their words rather than a code, %2 not mapped</extracomment>
        <translation>
            <numerusform>%n mis en correspondance (dont %1 par le texte), %2 non mis en correspondance.</numerusform>
            <numerusform>%n mis en correspondance (dont %1 par le texte), %2 non mis en correspondance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MedicationMapper</name>
    <message>
        <source>a Medication is read where a MedicationStatement or MedicationRequest names it</source>
        <extracomment>Medication, MedicationStatement and MedicationRequest are FHIR resource types: keep them as is</extracomment>
        <translation>une Medication est lue là où une MedicationStatement ou une MedicationRequest la désigne</translation>
    </message>
    <message>
        <source>status &quot;%1&quot;, but a request gives no date the medication ended; the case would read the episode as ongoing</source>
        <extracomment>status is a FHIR element name and %1 its code (completed, stopped): keep both as is</extracomment>
        <translation>status « %1 », mais une prescription n&apos;indique pas la date d&apos;arrêt du médicament ; le dossier lirait l&apos;épisode comme en cours</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; without an end date; the case would read the episode as ongoing</source>
        <extracomment>status is a FHIR element name and %1 its code (completed, stopped): keep both as is</extracomment>
        <translation>status « %1 » sans date de fin ; le dossier lirait l&apos;épisode comme en cours</translation>
    </message>
    <message>
        <source>%1: not a drug kind of conservativeTherapy (NSAID, gabapentinoid, acetaminophen, muscle relaxant, opioid, oral steroid)</source>
        <extracomment>%1 lists the medication&apos;s codings and text; conservativeTherapy is a field of the case file</extracomment>
        <translation>%1 : pas une classe médicamenteuse de conservativeTherapy (AINS, gabapentinoïde, paracétamol, myorelaxant, opioïde, corticoïde oral)</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 (%4)</source>
        <extracomment>%1 is a drug kind as the case file writes it (nsaid, gabapentinoid), %2 and %3 dates, %4 the medication&apos;s codings and text</extracomment>
        <translation>%1 du %2 au %3 (%4)</translation>
    </message>
    <message>
        <source>%1 from %2, ongoing (%3)</source>
        <extracomment>%1 is a drug kind as the case file writes it (nsaid, gabapentinoid), %2 a date, %3 the medication&apos;s codings and text</extracomment>
        <translation>%1 depuis le %2, en cours (%3)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <extracomment>%1 is a drug kind as the case file writes it (nsaid, gabapentinoid), %2 a date, %3 the medication&apos;s codings and text</extracomment>
        <translation>%1 jusqu&apos;au %2 (%3)</translation>
    </message>
    <message>
        <source>%1, ongoing (%2)</source>
        <extracomment>%1 is a drug kind as the case file writes it (nsaid, gabapentinoid), %2 the medication&apos;s codings and text</extracomment>
        <translation>%1, en cours (%2)</translation>
    </message>
    <message>
        <source>no medication</source>
        <extracomment>a MedicationStatement or MedicationRequest names no medication</extracomment>
        <translation>aucun médicament</translation>
    </message>
    <message>
        <source>no medication reference</source>
        <translation>aucune référence au médicament</translation>
    </message>
    <message>
        <source>the Medication &quot;%1&quot; is not in the file</source>
        <extracomment>Medication is a FHIR resource type; %1 the reference as the file writes it</extracomment>
        <translation>la Medication « %1 » n&apos;est pas dans le fichier</translation>
    </message>
    <message>
        <source>the Medication has no code</source>
        <extracomment>Medication is a FHIR resource type</extracomment>
        <translation>la Medication n&apos;a pas de code</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1/schema.sql is missing</source>
        <translation>%1/schema.sql est introuvable</translation>
    </message>
    <message>
        <source>%1/%2: a migration is named migrate_N.sql</source>
        <translation>%1/%2 : une migration se nomme migrate_N.sql</translation>
    </message>
    <message>
        <source>%1: migrations must be migrate_2.sql, migrate_3.sql, … without gaps (found migrate_%2.sql)</source>
        <translation>%1 : les migrations doivent être migrate_2.sql, migrate_3.sql, … sans trou (trouvé : migrate_%2.sql)</translation>
    </message>
    <message>
        <source>%1, statement %2 (%3)</source>
        <extracomment>%1 is a migration script (migrate_3.sql), %2 the statement&apos;s number in it, %3 its first words (SQL)</extracomment>
        <translation>l&apos;exécution de %1, instruction %2 (%3)</translation>
    </message>
    <message>
        <source>it has tables (%1) but no schema_version</source>
        <extracomment>%1 lists table names; schema_version is a table&apos;s name, kept as it is</extracomment>
        <translation>elle a des tables (%1) mais pas de schema_version</translation>
    </message>
    <message numerus="yes">
        <source>its schema_version table holds %n rows instead of one version</source>
        <extracomment>schema_version is a table&apos;s name, kept as it is</extracomment>
        <translation>
            <numerusform>sa table schema_version contient %n ligne au lieu d&apos;une version</numerusform>
            <numerusform>sa table schema_version contient %n lignes au lieu d&apos;une version</numerusform>
        </translation>
    </message>
    <message>
        <source>locking the schema for migration</source>
        <translation>le verrouillage du schéma pour la migration</translation>
    </message>
    <message>
        <source>%1 is not a SpineReview database: %2</source>
        <translation>%1 n&apos;est pas une base de données SpineReview : %2</translation>
    </message>
    <message>
        <source>%1 was moved to schema version %2 by a newer SpineReview while this one opened it</source>
        <translation>%1 a été passée à la version de schéma %2 par un SpineReview plus récent pendant que celui-ci l&apos;ouvrait</translation>
    </message>
    <message>
        <source>marking the file as SpineReview&apos;s</source>
        <translation>le marquage du fichier comme fichier SpineReview</translation>
    </message>
    <message>
        <source>%1 — the database stays at schema version %2, unchanged</source>
        <extracomment>%1 is what failed, %2 the schema version the database keeps</extracomment>
        <translation>%1 — la base de données reste à la version de schéma %2, inchangée</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>l&apos;enregistrement de la version de schéma %1</translation>
    </message>
    <message>
        <source>reading the schema version after migrating</source>
        <translation>la lecture de la version de schéma après la migration</translation>
    </message>
    <message>
        <source>%1: the scripts leave schema_version at %2, but the migrations lead to version %3</source>
        <extracomment>schema_version is a table&apos;s name, kept as it is</extracomment>
        <translation>%1 : les scripts laissent schema_version à %2, mais les migrations mènent à la version %3</translation>
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
        <translation>Pour statuer sur %1 :</translation>
    </message>
    <message>
        <source>the same records as for %1.</source>
        <translation>les mêmes documents que pour %1.</translation>
    </message>
    <message>
        <source>the records for %1, and</source>
        <translation>les documents pour %1, et</translation>
    </message>
</context>
<context>
    <name>NotMappedReason</name>
    <message>
        <source>unsupported resource type</source>
        <extracomment>a reason an element of an imported FHIR file was not mapped, shown after &quot;Not mapped:&quot;</extracomment>
        <translation>type de ressource non pris en charge</translation>
    </message>
    <message>
        <source>unknown code system</source>
        <extracomment>coded only in a code system the importer does not read</extracomment>
        <translation>système de codage inconnu</translation>
    </message>
    <message>
        <source>code not in the importer&apos;s tables</source>
        <extracomment>a code system the importer reads, but a code outside its tables</extracomment>
        <translation>code absent des tables de l&apos;importateur</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>valeur manquante</translation>
    </message>
    <message>
        <source>invalid value</source>
        <extracomment>present but unusable: wrong type, out of range, a partial date, an unknown unit</extracomment>
        <translation>valeur non valide</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <extracomment>could mean more than one thing in the case</extracomment>
        <translation>ambigu</translation>
    </message>
    <message>
        <source>conflicting values</source>
        <extracomment>disagrees with another element of the file; neither is taken</extracomment>
        <translation>valeurs contradictoires</translation>
    </message>
    <message>
        <source>superseded</source>
        <extracomment>another value of the same thing was taken instead: a later measurement, the lowest T-score of a study</extracomment>
        <translation>remplacé par une autre valeur</translation>
    </message>
    <message>
        <source>status</source>
        <extracomment>the resource&apos;s status (not done, entered in error, refuted, preliminary …) keeps it out</extracomment>
        <translation>statut</translation>
    </message>
    <message>
        <source>free text</source>
        <extracomment>narrative text, never parsed: the reviewer enters it by hand</extracomment>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>no field in the case format</source>
        <extracomment>the case file format has no field for it</extracomment>
        <translation>aucun champ dans le format du dossier</translation>
    </message>
    <message>
        <source>another patient</source>
        <extracomment>the element is about a patient other than the bundle&apos;s</extracomment>
        <translation>autre patient</translation>
    </message>
    <message>
        <source>modifier extension</source>
        <extracomment>a FHIR modifierExtension the importer does not understand</extracomment>
        <translation>extension modificatrice</translation>
    </message>
</context>
<context>
    <name>ObservationMapper</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1 is a measured value (27.4 kg/m², former), %2 the date it was measured</extracomment>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>no status</source>
        <extracomment>a FHIR resource has no status element</extracomment>
        <translation>aucun statut</translation>
    </message>
    <message>
        <source>status &quot;%1&quot;: only final results are read</source>
        <extracomment>status is a FHIR element name and %1 its code (preliminary, cancelled …): keep both as is</extracomment>
        <translation>status « %1 » : seuls les résultats définitifs sont lus</translation>
    </message>
    <message>
        <source>data absent: %1</source>
        <extracomment>%1 lists the codings of the Observation&apos;s dataAbsentReason (why it has no value)</extracomment>
        <translation>donnée absente : %1</translation>
    </message>
    <message>
        <source>no code</source>
        <extracomment>a FHIR resource has no code element</extracomment>
        <translation>aucun code</translation>
    </message>
    <message>
        <source>no coding</source>
        <extracomment>a FHIR CodeableConcept has no coding element</extracomment>
        <translation>aucun codage</translation>
    </message>
    <message>
        <source>no coding, text &quot;%1&quot;</source>
        <extracomment>%1 is the observation&apos;s text as the file writes it</extracomment>
        <translation>aucun codage, texte « %1 »</translation>
    </message>
    <message>
        <source>LOINC %1 is not an observation the case records</source>
        <extracomment>%1 is a LOINC coding (system|code and its display)</extracomment>
        <translation>LOINC %1 n&apos;est pas une observation que le dossier enregistre</translation>
    </message>
    <message>
        <source>%1; observations are read in LOINC</source>
        <extracomment>%1 lists the codings the file gives (system|code)</extracomment>
        <translation>%1 ; les observations sont lues en LOINC</translation>
    </message>
    <message>
        <source>no value</source>
        <extracomment>an Observation has no value[x] element</extracomment>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; is a bound, not a measurement</source>
        <extracomment>%1 is a comparator (&lt;, &gt;=), %2 a number: a Quantity that states a bound rather than a value</extracomment>
        <translation>« %1 %2 » est une borne, pas une mesure</translation>
    </message>
    <message>
        <source>expected valueQuantity or valueInteger; found value%1 %2</source>
        <extracomment>valueQuantity, valueInteger and value%1 (valueString …) are FHIR element names: keep them as is; %2 is the value as the file writes it</extracomment>
        <translation>attendu : valueQuantity ou valueInteger ; trouvé : value%1 %2</translation>
    </message>
    <message>
        <source>expected valueQuantity; found value%1 %2</source>
        <extracomment>valueQuantity and value%1 (valueString …) are FHIR element names: keep them as is; %2 is the value as the file writes it</extracomment>
        <translation>attendu : valueQuantity ; trouvé : value%1 %2</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot;; the case records %2</source>
        <extracomment>%1 is a unit as the file writes it, %2 the unit the case file uses (kg/m2, %)</extracomment>
        <translation>unité « %1 » ; le dossier enregistre en %2</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <extracomment>%1 is a number</extracomment>
        <translation>%1 est hors de la plage admise</translation>
    </message>
    <message>
        <source>expected valueCodeableConcept with a SNOMED CT smoking status</source>
        <extracomment>valueCodeableConcept is a FHIR element name: keep it as is</extracomment>
        <translation>attendu : valueCodeableConcept avec un statut tabagique SNOMED CT</translation>
    </message>
    <message>
        <source>%1; smoking status is read in SNOMED CT</source>
        <extracomment>%1 lists the codings the file gives (system|code)</extracomment>
        <translation>%1 ; le statut tabagique est lu en SNOMED CT</translation>
    </message>
    <message>
        <source>%1 states no status</source>
        <extracomment>%1 is a SNOMED CT coding (system|code and its display) such as &quot;unknown if ever smoked&quot;</extracomment>
        <translation>%1 n&apos;indique aucun statut</translation>
    </message>
    <message>
        <source>%1 is not a smoking status of the importer&apos;s table</source>
        <extracomment>%1 is a SNOMED CT coding (system|code and its display)</extracomment>
        <translation>%1 n&apos;est pas un statut tabagique de la table de l&apos;importateur</translation>
    </message>
    <message>
        <source>%1 (states tobacco smoking only)</source>
        <extracomment>%1 is the nicotine value written into the case file (never): keep it as is</extracomment>
        <translation>%1 (n&apos;indique que le tabagisme fumé)</translation>
    </message>
    <message>
        <source>&quot;%1%2 %3&quot;: the case records a measured value in ng/mL</source>
        <extracomment>%1 is a comparator (&lt;, &gt;=) or nothing, %2 a number, %3 a unit</extracomment>
        <translation>« %1%2 %3 » : le dossier enregistre une valeur mesurée en ng/mL</translation>
    </message>
    <message>
        <source>neither a result (positive, negative) nor a value in ng/mL</source>
        <extracomment>a cotinine test; positive and negative are the values the case file takes</extracomment>
        <translation>ni un résultat (positif, négatif) ni une valeur en ng/mL</translation>
    </message>
    <message>
        <source>%1 has no date; the case records these by date</source>
        <extracomment>%1 is a score (a pain score, an ODI, a T-score)</extracomment>
        <translation>%1 n&apos;a pas de date ; le dossier les enregistre par date</translation>
    </message>
    <message>
        <source>T-score %1 on %2</source>
        <extracomment>a bone density T-score (%1) and the date of its study</extracomment>
        <translation>T-score %1 le %2</translation>
    </message>
    <message>
        <source>%1: the lowest T-score of the study is kept</source>
        <extracomment>%1 is a T-score and its date, why it was not taken</extracomment>
        <translation>%1 : le T-score le plus bas de l&apos;examen est retenu</translation>
    </message>
    <message>
        <source>%1: a later study is kept</source>
        <extracomment>%1 is a T-score and its date, why it was not taken</extracomment>
        <translation>%1 : un examen plus récent est retenu</translation>
    </message>
    <message>
        <source>%1: the same score of that day is already taken</source>
        <extracomment>%1 is a score and its date (&quot;pain 7 on 2025-06-02&quot;)</extracomment>
        <translation>%1 : le même score de ce jour est déjà retenu</translation>
    </message>
    <message>
        <source>pain %1 on %2</source>
        <extracomment>a pain score from 0 to 10 (%1) and the date it was recorded</extracomment>
        <translation>douleur %1 le %2</translation>
    </message>
    <message>
        <source>%1: another pain of the same day differs</source>
        <extracomment>%1 is a pain score and its date (&quot;pain 7 on 2025-06-02&quot;)</extracomment>
        <translation>%1 : un autre score de douleur du même jour diffère</translation>
    </message>
    <message>
        <source>ODI %1 on %2</source>
        <extracomment>an Oswestry Disability Index (%1) and the date it was recorded</extracomment>
        <translation>ODI %1 le %2</translation>
    </message>
    <message>
        <source>%1: another ODI of the same day differs</source>
        <extracomment>%1 is an Oswestry Disability Index and its date (&quot;ODI 42 on 2025-06-02&quot;)</extracomment>
        <translation>%1 : un autre ODI du même jour diffère</translation>
    </message>
</context>
<context>
    <name>PagedRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PatientMapper</name>
    <message>
        <source>gender &quot;%1&quot; states no sex</source>
        <extracomment>gender is a FHIR element name and %1 its code (unknown): keep both as is</extracomment>
        <translation>gender « %1 » n&apos;indique pas le sexe</translation>
    </message>
    <message>
        <source>identifying data is not copied into the case</source>
        <extracomment>a patient&apos;s name, address, telecom, contact or photo</extracomment>
        <translation>les données identifiantes ne sont pas copiées dans le dossier</translation>
    </message>
    <message>
        <source>not a medical record number (identifier type MR)</source>
        <extracomment>MR is the HL7 code of the identifier type: keep it as is</extracomment>
        <translation>pas un numéro de dossier médical (type d&apos;identifiant MR)</translation>
    </message>
    <message numerus="yes">
        <source>one of %n different medical record numbers</source>
        <extracomment>%n is two or more</extracomment>
        <translation>
            <numerusform>un de %n numéro de dossier médical différent</numerusform>
            <numerusform>un des %n numéros de dossier médical différents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcedureMapper</name>
    <message>
        <source>no status</source>
        <extracomment>a FHIR resource has no status element</extracomment>
        <translation>aucun statut</translation>
    </message>
    <message>
        <source>completed, but dated %1, after the import</source>
        <extracomment>a Procedure completed on a date (%1) later than the day of the import</extracomment>
        <translation>réalisé, mais daté du %1, après l&apos;import</translation>
    </message>
    <message>
        <source>no code</source>
        <extracomment>a FHIR resource has no code element</extracomment>
        <translation>aucun code</translation>
    </message>
    <message>
        <source>no coding</source>
        <extracomment>a FHIR CodeableConcept has no coding element</extracomment>
        <translation>aucun codage</translation>
    </message>
    <message>
        <source>%1 is not a lumbar spine operation of the importer&apos;s table</source>
        <extracomment>%1 lists the codings the file gives (system|code)</extracomment>
        <translation>%1 n&apos;est pas une intervention sur le rachis lombaire de la table de l&apos;importateur</translation>
    </message>
    <message>
        <source>%1; procedures are read in CPT or SNOMED CT</source>
        <extracomment>%1 lists the codings the file gives (system|code)</extracomment>
        <translation>%1 ; les actes sont lus en CPT ou SNOMED CT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; spans more than one level; name each level (&quot;L4-L5, L5-S1&quot;)</source>
        <extracomment>%1 is a span of levels as the file writes it (&quot;L3-L5&quot;)</extracomment>
        <translation>« %1 » couvre plus d&apos;un niveau ; indiquez chaque niveau (« L4-L5, L5-S1 »)</translation>
    </message>
    <message>
        <source>%1; reasons are read in ICD-10-CM only</source>
        <extracomment>%1 lists the codings of a ServiceRequest&apos;s reasonCode (system|code)</extracomment>
        <translation>%1 ; les motifs ne sont lus qu&apos;en ICD-10-CM</translation>
    </message>
    <message>
        <source>%1 names no level in its bodySite (such as &quot;L4-L5&quot;); surgicalHistory needs them</source>
        <extracomment>%1 is a procedure code and its descriptor; bodySite is a FHIR element name and surgicalHistory a field of the case file: keep them as is</extracomment>
        <translation>%1 n&apos;indique aucun niveau dans son bodySite (comme « L4-L5 ») ; surgicalHistory en a besoin</translation>
    </message>
    <message>
        <source>%1 at %2 on %3, from %4</source>
        <extracomment>%1 is an operation as the case file writes it (laminectomy, fusion), %2 its levels, %3 its date, %4 the procedure code and its descriptor</extracomment>
        <translation>%1 en %2 le %3, d&apos;après %4</translation>
    </message>
    <message>
        <source>%1 at %2, from %3</source>
        <extracomment>%1 is an operation or the components of a request as the case file writes them (laminectomy, fusion), %2 levels, %3 the procedure code and its descriptor</extracomment>
        <translation>%1 en %2, d&apos;après %3</translation>
    </message>
    <message>
        <source>%1 of a past operation: surgicalHistory records the operation, not its graft</source>
        <extracomment>%1 is a procedure code and its descriptor; surgicalHistory is a field of the case file</extracomment>
        <translation>%1 d&apos;une intervention antérieure : surgicalHistory enregistre l&apos;intervention, pas sa greffe</translation>
    </message>
    <message>
        <source>true, from %1</source>
        <extracomment>true is the value written into the case file: keep it as is; %1 is a procedure code and its descriptor</extracomment>
        <translation>true, d&apos;après %1</translation>
    </message>
    <message>
        <source>%1 with no fusion of the same day to attach it to</source>
        <extracomment>%1 is an instrumentation procedure code and its descriptor</extracomment>
        <translation>%1 sans arthrodèse du même jour à laquelle le rattacher</translation>
    </message>
    <message>
        <source>%1 names no component by itself: it %2; choose the component in Request</source>
        <extracomment>%1 is a CPT code, %2 what it covers (&quot;covers morselized allograft and …&quot;); Request is the desk&apos;s section of that name</extracomment>
        <translation>%1 ne désigne aucune composante à lui seul : il %2 ; choisissez la composante dans « Demande »</translation>
    </message>
    <message>
        <source>every requested level (bodySite names none)</source>
        <extracomment>where requested components apply when the procedure names no level; bodySite is a FHIR element name: keep it as is</extracomment>
        <translation>chacun des niveaux demandés (bodySite n&apos;en indique aucun)</translation>
    </message>
    <message>
        <source>local, from CPT 20936 (same incision)</source>
        <extracomment>local is the value written into the case file: keep it as is</extracomment>
        <translation>local, d&apos;après CPT 20936 (même incision)</translation>
    </message>
    <message>
        <source>planned for %1, another requested procedure for another day</source>
        <extracomment>%1 is the date a requested procedure is planned for</extracomment>
        <translation>prévu le %1 ; un autre acte demandé est prévu un autre jour</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>Criteria set</source>
        <translation>Jeu de critères</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>En vigueur au</translation>
    </message>
    <message>
        <source>About the set</source>
        <translation>À propos du jeu</translation>
    </message>
    <message>
        <source>SHA-256 of the set</source>
        <translation>SHA-256 du jeu</translation>
    </message>
    <message>
        <source>SHA-256 of the evidence library</source>
        <translation>SHA-256 de la bibliothèque des données probantes</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>SpineReview %1</source>
        <translation>SpineReview %1</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>%1 · case %2 · reviewed as of %3</source>
        <translation>%1 · dossier %2 · évalué au %3</translation>
    </message>
    <message>
        <source>Criteria: %1 (%2), version %3</source>
        <translation>Critères : %1 (%2), version %3</translation>
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
        <translation>le PDF n&apos;a pas pu être dessiné</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier du système de fichiers</translation>
    </message>
</context>
<context>
    <name>RequestContent</name>
    <message>
        <source>Request for additional information</source>
        <translation>Demande d&apos;informations complémentaires</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>the requesting provider</source>
        <translation>le prestataire demandeur</translation>
    </message>
    <message>
        <source>Re:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date d&apos;évaluation</translation>
    </message>
    <message>
        <source>Response requested before the determination is due:</source>
        <translation>Réponse demandée avant l&apos;échéance de la décision :</translation>
    </message>
    <message>
        <source>Documentation requested</source>
        <translation>Documentation demandée</translation>
    </message>
    <message>
        <source>Please send these records so that the review of the request above can be completed.</source>
        <translation>Veuillez envoyer ces documents afin que l&apos;évaluation de la demande ci-dessus puisse être menée à terme.</translation>
    </message>
    <message>
        <source>No records are outstanding.</source>
        <translation>Aucun document en attente.</translation>
    </message>
    <message>
        <source>Generated by SpineReview decision support for a qualified reviewer, who decides. It asks for documentation and is not a determination.</source>
        <translation>Généré par l&apos;aide à la décision SpineReview pour un évaluateur qualifié, qui décide. Ce document demande des pièces et n&apos;est pas une détermination.</translation>
    </message>
</context>
<context>
    <name>ResultTexts</name>
    <message>
        <source>Incomplete — %1.</source>
        <translation>Incomplet — %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a status at a level</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>il manque %1</translation>
    </message>
    <message numerus="yes">
        <source>needs %n records, first %1</source>
        <translation>
            <numerusform>il manque %n document, d&apos;abord %1</numerusform>
            <numerusform>il manque %n documents, d&apos;abord %1</numerusform>
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
        <translation> ; </translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a grade&apos;s name, then its number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>non documenté</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En cours d&apos;évaluation</translation>
    </message>
    <message>
        <source>With physician advisor</source>
        <translation>Chez le médecin-conseil</translation>
    </message>
    <message>
        <source>Determined</source>
        <translation>Décidée</translation>
    </message>
    <message>
        <source>Nurse reviewer</source>
        <translation>Infirmier évaluateur</translation>
    </message>
    <message>
        <source>Physician advisor</source>
        <translation>Médecin-conseil</translation>
    </message>
    <message>
        <source>Surgeon&apos;s office</source>
        <translation>Cabinet du chirurgien</translation>
    </message>
    <message>
        <source>Not stated (standard clock)</source>
        <translation>Non précisée (délai standard)</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>reading reviews</source>
        <translation>la lecture des évaluations</translation>
    </message>
    <message>
        <source>reading review decisions</source>
        <translation>la lecture des décisions des évaluations</translation>
    </message>
    <message>
        <source>reading review notes</source>
        <translation>la lecture des notes des évaluations</translation>
    </message>
    <message>
        <source>there is no review %1 in %2</source>
        <translation>il n&apos;y a pas d&apos;évaluation %1 dans %2</translation>
    </message>
    <message>
        <source>an evaluation without its criteria set cannot be stored</source>
        <translation>un résultat du moteur sans son jeu de critères ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>storing a review of case %1</source>
        <translation>l&apos;enregistrement d&apos;une évaluation du dossier %1</translation>
    </message>
    <message>
        <source>storing the engine&apos;s determinations of review %1</source>
        <translation>l&apos;enregistrement des déterminations du moteur de l&apos;évaluation %1</translation>
    </message>
    <message>
        <source>a save names who makes it; nothing was saved</source>
        <translation>un enregistrement indique qui le fait ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>review %1 was saved by %2 at %3 after you opened it (you opened version %4; it is now version %5). Your changes were not saved: reopen the review and make them again.</source>
        <extracomment>%1 is the review&apos;s number, %2 who saved it, %3 when (UTC, ISO 8601), %4 and %5 version numbers</extracomment>
        <translation>l&apos;évaluation %1 a été enregistrée par %2 le %3 après que vous l&apos;avez ouverte (vous avez ouvert la version %4 ; elle est maintenant à la version %5). Vos modifications n&apos;ont pas été enregistrées : rouvrez l&apos;évaluation et refaites-les.</translation>
    </message>
    <message>
        <source>saving review %1</source>
        <translation>l&apos;enregistrement de l&apos;évaluation %1</translation>
    </message>
    <message>
        <source>review %1 was saved by someone else at the same moment; your changes were not saved: reopen the review and make them again</source>
        <translation>l&apos;évaluation %1 a été enregistrée par quelqu&apos;un d&apos;autre au même moment ; vos modifications n&apos;ont pas été enregistrées : rouvrez l&apos;évaluation et refaites-les</translation>
    </message>
    <message>
        <source>replacing the notes of review %1</source>
        <translation>le remplacement des notes de l&apos;évaluation %1</translation>
    </message>
    <message>
        <source>saving the note on %1 of review %2</source>
        <extracomment>%1 is a criterion&apos;s id, %2 the review&apos;s number</extracomment>
        <translation>l&apos;enregistrement de la note sur %1 de l&apos;évaluation %2</translation>
    </message>
    <message>
        <source>removing %1 from review %2</source>
        <extracomment>%1 is a requested component, %2 the review&apos;s number</extracomment>
        <translation>le retrait de la composante %1 de l&apos;évaluation %2</translation>
    </message>
    <message>
        <source>saving %1 of review %2</source>
        <extracomment>%1 is a requested component, %2 the review&apos;s number</extracomment>
        <translation>l&apos;enregistrement de la composante %1 de l&apos;évaluation %2</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>review %1: %2; nothing was saved</source>
        <extracomment>%1 is the review&apos;s number, %2 the rule it breaks (one of the ReviewRules messages)</extracomment>
        <translation>évaluation %1 : %2 ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>a program, not a reviewer</source>
        <translation>un programme, pas un évaluateur</translation>
    </message>
    <message>
        <source>a nurse reviewer</source>
        <translation>un infirmier évaluateur</translation>
    </message>
    <message>
        <source>a physician advisor</source>
        <translation>un médecin-conseil</translation>
    </message>
    <message>
        <source>a surgeon&apos;s office</source>
        <translation>un cabinet de chirurgien</translation>
    </message>
    <message>
        <source>it is a review under %1 %2, and a review&apos;s criteria set is fixed (a review under other criteria is a new review)</source>
        <extracomment>%1 is a criteria set&apos;s id, %2 its version</extracomment>
        <translation>c&apos;est une évaluation selon %1 %2, et le jeu de critères d&apos;une évaluation est fixe (une évaluation selon d&apos;autres critères est une nouvelle évaluation)</translation>
    </message>
    <message>
        <source>it is determined, and a determination is final</source>
        <translation>elle est décidée, et une détermination est définitive</translation>
    </message>
    <message>
        <source>%1 is a surgeon&apos;s office, which reads reviews but does not decide them</source>
        <extracomment>%1 is the name of the person or office saving</extracomment>
        <translation>%1 est un cabinet de chirurgien, qui lit les évaluations mais ne les décide pas</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <extracomment>%1 is a requested component</extracomment>
        <translation>%1 figure deux fois</translation>
    </message>
    <message>
        <source>%1 is decided %2 where the engine found %3: a decision that differs from the engine&apos;s needs its reason</source>
        <extracomment>%1 is a requested component, %2 the reviewer&apos;s decision and %3 the engine&apos;s (met, not met, incomplete)</extracomment>
        <translation>pour %1, la décision est « %2 » alors que le moteur a trouvé « %3 » : une décision qui diffère de celle du moteur doit indiquer son motif</translation>
    </message>
    <message>
        <source>a note names no criterion</source>
        <translation>une note ne désigne aucun critère</translation>
    </message>
    <message>
        <source>its status cannot go from %1 to %2</source>
        <extracomment>%1 and %2 are a review&apos;s statuses (draft, in review, with the physician advisor, determined)</extracomment>
        <translation>son statut ne peut pas passer de « %1 » à « %2 »</translation>
    </message>
    <message>
        <source>a determination is made by a reviewer, and %1 is %2</source>
        <extracomment>%1 is the name of who saves, %2 what they are (&quot;a program, not a reviewer&quot;)</extracomment>
        <translation>une détermination est prise par un évaluateur, et %1 est %2</translation>
    </message>
    <message>
        <source>%1 is not decided met or not met, and a determination decides every component</source>
        <extracomment>%1 is a requested component</extracomment>
        <translation>aucune décision « rempli » ou « non rempli » pour %1, et une détermination décide chaque composante</translation>
    </message>
    <message>
        <source>an adverse determination (%1 not met) is made by a physician advisor, and %2 is %3</source>
        <extracomment>%1 lists the components not met (&quot;fusion, bmp&quot;), %2 is the reviewer&apos;s name, %3 their role (&quot;a nurse reviewer&quot;)</extracomment>
        <translation>une détermination défavorable (non rempli : %1) est prise par un médecin-conseil, et %2 est %3</translation>
    </message>
</context>
<context>
    <name>ReviewerRepository</name>
    <message>
        <source>reading reviewers</source>
        <translation>la lecture des évaluateurs</translation>
    </message>
    <message>
        <source>a reviewer needs a name</source>
        <translation>un évaluateur doit avoir un nom</translation>
    </message>
    <message>
        <source>a reviewer named &quot;%1&quot; already exists (reviewer %2)</source>
        <translation>un évaluateur nommé « %1 » existe déjà (évaluateur %2)</translation>
    </message>
    <message>
        <source>adding reviewer &quot;%1&quot;</source>
        <translation>l&apos;ajout de l&apos;évaluateur « %1 »</translation>
    </message>
    <message>
        <source>there is no reviewer %1</source>
        <translation>il n&apos;y a pas d&apos;évaluateur %1</translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non rempli</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>Met: the documentation satisfies the criteria.</source>
        <translation>Rempli : la documentation satisfait aux critères.</translation>
    </message>
    <message>
        <source>Not met: the documentation shows the criteria are not satisfied.</source>
        <translation>Non rempli : la documentation montre que les critères ne sont pas satisfaits.</translation>
    </message>
    <message>
        <source>Incomplete: records are missing to decide; request them before deciding.</source>
        <translation>Incomplet : il manque des documents pour décider ; demandez-les avant de décider.</translation>
    </message>
</context>
<context>
    <name>StorageWords</name>
    <message>
        <source>decompression</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>décompression</translation>
    </message>
    <message>
        <source>fusion</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>arthrodèse</translation>
    </message>
    <message>
        <source>instrumentation</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>instrumentation</translation>
    </message>
    <message>
        <source>interbody</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>cage intersomatique</translation>
    </message>
    <message>
        <source>bone_marrow_aspirate</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>aspirat de moelle osseuse</translation>
    </message>
    <message>
        <source>bmp</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>rhBMP-2</translation>
    </message>
    <message>
        <source>allograft</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>allogreffe</translation>
    </message>
    <message>
        <source>autograft</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>autogreffe</translation>
    </message>
    <message>
        <source>cement_augmentation</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>augmentation par ciment</translation>
    </message>
    <message>
        <source>bone_growth_stimulator</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>stimulateur de croissance osseuse</translation>
    </message>
    <message>
        <source>inpatient_stay</source>
        <comment>a requested component, inside a sentence</comment>
        <translation>hospitalisation</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>a review&apos;s status, inside a sentence</comment>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>in_review</source>
        <comment>a review&apos;s status, inside a sentence</comment>
        <translation>en cours d&apos;évaluation</translation>
    </message>
    <message>
        <source>physician_advisor</source>
        <comment>a review&apos;s status, inside a sentence</comment>
        <translation>chez le médecin-conseil</translation>
    </message>
    <message>
        <source>determined</source>
        <comment>a review&apos;s status, inside a sentence</comment>
        <translation>décidée</translation>
    </message>
    <message>
        <source>met</source>
        <comment>a determination, inside a sentence</comment>
        <translation>rempli</translation>
    </message>
    <message>
        <source>not_met</source>
        <comment>a determination, inside a sentence</comment>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>incomplete</source>
        <comment>a determination, inside a sentence</comment>
        <translation>incomplet</translation>
    </message>
</context>
<context>
    <name>SummaryContent</name>
    <message>
        <source>Utilization review summary</source>
        <translation>Synthèse de l&apos;examen de pertinence</translation>
    </message>
    <message>
        <source>Decision support for a qualified reviewer — the reviewer decides.</source>
        <translation>Aide à la décision pour un évaluateur qualifié — l&apos;évaluateur décide.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date d&apos;évaluation</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Decision support for a qualified reviewer — the reviewer decides. Every determination above is the engine&apos;s under the criteria set named on every page; decisions and reasons are the reviewer&apos;s own.</source>
        <translation>Aide à la décision pour un évaluateur qualifié — l&apos;évaluateur décide. Chaque détermination ci-dessus est celle du moteur selon le jeu de critères nommé sur chaque page ; les décisions et les motifs sont ceux de l&apos;évaluateur.</translation>
    </message>
    <message>
        <source>Determinations</source>
        <translation>Déterminations</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non décidée</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Per level</source>
        <translation>Par niveau</translation>
    </message>
    <message>
        <source>Engine&apos;s determination</source>
        <translation>Détermination du moteur</translation>
    </message>
    <message>
        <source>Reviewer&apos;s decision</source>
        <translation>Décision de l&apos;évaluateur</translation>
    </message>
    <message>
        <source>Reviewer&apos;s decisions</source>
        <translation>Décisions de l&apos;évaluateur</translation>
    </message>
    <message>
        <source>No reviewer decision recorded.</source>
        <translation>Aucune décision de l&apos;évaluateur enregistrée.</translation>
    </message>
    <message>
        <source>Stored review</source>
        <translation>Évaluation enregistrée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assigned reviewer</source>
        <translation>Évaluateur attribué</translation>
    </message>
    <message>
        <source>Last saved by</source>
        <translation>Dernier enregistrement par</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Determined</source>
        <translation>Décidée</translation>
    </message>
    <message>
        <source>This review was recorded under criteria %1, version %2 (SHA-256 %3); the determinations in this summary were evaluated under the set named on every page.</source>
        <translation>Cette évaluation a été enregistrée selon les critères %1, version %2 (SHA-256 %3) ; les déterminations de cette synthèse ont été évaluées selon le jeu nommé sur chaque page.</translation>
    </message>
    <message>
        <source>Engine&apos;s determination when saved</source>
        <translation>Détermination du moteur à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Criteria per component</source>
        <translation>Critères par composante</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Missing documentation</source>
        <translation>Documentation manquante</translation>
    </message>
    <message>
        <source>None: every determination is decided by the documentation.</source>
        <translation>Aucune : la documentation permet de statuer sur toutes les déterminations.</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Mises en garde</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s notes</source>
        <translation>Notes de l&apos;évaluateur</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>a review&apos;s status</comment>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>in review</source>
        <comment>a review&apos;s status</comment>
        <translation>en cours d&apos;évaluation</translation>
    </message>
    <message>
        <source>physician advisor</source>
        <comment>a review&apos;s status</comment>
        <translation>chez le médecin-conseil</translation>
    </message>
    <message>
        <source>determined</source>
        <comment>a review&apos;s status</comment>
        <translation>décidée</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>starting a transaction</source>
        <translation>le démarrage d&apos;une transaction</translation>
    </message>
    <message>
        <source>a transaction was committed twice</source>
        <translation>une transaction a été validée deux fois</translation>
    </message>
    <message>
        <source>a step of the write failed; nothing was saved</source>
        <translation>une étape de l&apos;écriture a échoué ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>la validation de la transaction</translation>
    </message>
</context>
<context>
    <name>WorklistRepository</name>
    <message>
        <source>counting the worklist</source>
        <translation>le comptage de la liste de travail</translation>
    </message>
    <message>
        <source>reading the worklist</source>
        <translation>la lecture de la liste de travail</translation>
    </message>
    <message>
        <source>listing payers</source>
        <translation>la lecture des payeurs</translation>
    </message>
</context>
<context>
    <name>criteria</name>
    <message>
        <source>Founding review — the guideline summary applied in the case the product was founded on</source>
        <comment>set:founding-review|title</comment>
        <extracomment>Criteria set title (founding-review.json, set:founding-review|title)</extracomment>
        <translation>Évaluation d&apos;origine — la synthèse des recommandations appliquée dans le dossier à l&apos;origine du produit</translation>
    </message>
    <message>
        <source>Reproduction for comparison only: it encodes the founding review&apos;s reasoning, which the audit found partly unsupported. Not a recommended basis for a determination.</source>
        <comment>set:founding-review|label</comment>
        <extracomment>Criteria set label (founding-review.json, set:founding-review|label)</extracomment>
        <translation>Reproduction à des fins de comparaison uniquement : elle encode le raisonnement de l&apos;évaluation d&apos;origine, que l&apos;audit a jugé en partie infondé. Ce n&apos;est pas une base recommandée pour une détermination.</translation>
    </message>
    <message>
        <source>Revision: a prior decompression at {level} with concordant symptoms after 12 weeks of care</source>
        <comment>founding.fusion.revision|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.fusion.revision|text)</extracomment>
        <translation>Reprise : une décompression antérieure en {level} avec des symptômes concordants après 12 semaines de traitement</translation>
    </message>
    <message>
        <source>The audit found this unsupported as stated: prior surgery alone is not instability (eviCore CMM-609, LCD L32074).</source>
        <comment>founding.fusion.revision|note</comment>
        <extracomment>Note on the criterion: why this side was taken (founding-review.json, founding.fusion.revision|note)</extracomment>
        <translation>L&apos;audit a jugé cette affirmation infondée telle que formulée : une chirurgie antérieure seule n&apos;est pas une instabilité (eviCore CMM-609, LCD L32074).</translation>
    </message>
    <message>
        <source>A prior decompression at {level}</source>
        <comment>founding.fusion.prior-decompression|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.fusion.prior-decompression|text)</extracomment>
        <translation>Une décompression antérieure en {level}</translation>
    </message>
    <message>
        <source>rhBMP-2 at {level} (founding review)</source>
        <comment>founding.bmp|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.bmp|text)</extracomment>
        <translation>rhBMP-2 en {level} (évaluation d&apos;origine)</translation>
    </message>
    <message>
        <source>AANS/CNS Part 16 calls rhBMP-2 an option, not Grade B; a revision for stenosis is not a revision for pseudarthrosis.</source>
        <comment>founding.bmp|note</comment>
        <extracomment>Note on the criterion: why this side was taken (founding-review.json, founding.bmp|note)</extracomment>
        <translation>L&apos;AANS/CNS (partie 16) considère la rhBMP-2 comme une option, pas une recommandation de grade B ; une reprise pour sténose n&apos;est pas une reprise pour pseudarthrose.</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level}</source>
        <comment>founding.bmp.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.bmp.fusion|text)</extracomment>
        <translation>L&apos;arthrodèse remplit les critères en {level}</translation>
    </message>
    <message>
        <source>Revision surgery: {level} was operated on before</source>
        <comment>founding.bmp.revision|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.bmp.revision|text)</extracomment>
        <translation>Chirurgie de reprise : {level} a déjà été opéré</translation>
    </message>
    <message>
        <source>Cement-augmented screws at {level} (founding review)</source>
        <comment>founding.cement|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.cement|text)</extracomment>
        <translation>Vis cimentées en {level} (évaluation d&apos;origine)</translation>
    </message>
    <message>
        <source>The founding review says augmentation may be appropriate with documented poor bone quality and that none is documented; incomplete is SpineReview&apos;s reading.</source>
        <comment>founding.cement|note</comment>
        <extracomment>Note on the criterion: why this side was taken (founding-review.json, founding.cement|note)</extracomment>
        <translation>L&apos;évaluation d&apos;origine indique que l&apos;augmentation peut être appropriée en cas de mauvaise qualité osseuse documentée et qu&apos;aucune n&apos;est documentée ; « incomplet » est la lecture de SpineReview.</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level}</source>
        <comment>founding.cement.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.cement.fusion|text)</extracomment>
        <translation>L&apos;arthrodèse remplit les critères en {level}</translation>
    </message>
    <message>
        <source>Poor bone quality documented</source>
        <comment>founding.cement.bone|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.cement.bone|text)</extracomment>
        <translation>Mauvaise qualité osseuse documentée</translation>
    </message>
    <message>
        <source>a bone density assessment (DEXA T-score) or an osteoporosis diagnosis</source>
        <comment>founding.cement.bone|ask</comment>
        <extracomment>Documentation to request when the criterion is incomplete; keep {level} (founding-review.json, founding.cement.bone|ask)</extracomment>
        <translation>une évaluation de la densité osseuse (T-score DEXA) ou un diagnostic d&apos;ostéoporose</translation>
    </message>
    <message>
        <source>Osteoporosis diagnosed</source>
        <comment>founding.cement.osteoporosis|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.cement.osteoporosis|text)</extracomment>
        <translation>Ostéoporose diagnostiquée</translation>
    </message>
    <message>
        <source>DEXA T-score of −2.5 or lower</source>
        <comment>founding.cement.dexa|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.cement.dexa|text)</extracomment>
        <translation>T-score DEXA inférieur ou égal à −2,5</translation>
    </message>
    <message>
        <source>Fusion at {level} (founding review)</source>
        <comment>founding.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding.fusion|text)</extracomment>
        <translation>Arthrodèse en {level} (évaluation d&apos;origine)</translation>
    </message>
    <message>
        <source>This determination reproduces the founding review for comparison; the audit found its fusion rationale unsupported — compare with the reference set.</source>
        <comment>founding-reproduction|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (founding-review.json, founding-reproduction|text)</extracomment>
        <translation>Cette détermination reproduit l&apos;évaluation d&apos;origine à des fins de comparaison ; l&apos;audit a jugé infondée sa justification de l&apos;arthrodèse — comparez avec le jeu de référence.</translation>
    </message>
    <message>
        <source>Payer profile modelled on eviCore CMM-609 Lumbar Fusion V2.0.2025 (paraphrased; verify against the current policy)</source>
        <comment>set:payer-cmm609|title</comment>
        <extracomment>Criteria set title (payer-cmm609.json, set:payer-cmm609|title)</extracomment>
        <translation>Profil de payeur modelé sur eviCore CMM-609 Lumbar Fusion V2.0.2025 (paraphrasé ; à vérifier dans la politique en vigueur)</translation>
    </message>
    <message>
        <source>A strict payer view, paraphrased from public text of eviCore CMM-609 (Cigna edition) and CMM-612; the policy itself governs — verify against its current version.</source>
        <comment>set:payer-cmm609|label</comment>
        <extracomment>Criteria set label (payer-cmm609.json, set:payer-cmm609|label)</extracomment>
        <translation>Une lecture stricte de payeur, paraphrasée du texte public d&apos;eviCore CMM-609 (édition Cigna) et CMM-612 ; la politique elle-même fait foi — vérifiez sa version en vigueur.</translation>
    </message>
    <message>
        <source>Degenerative spondylolisthesis at {level}: grade 2 or more, or grade 1 with more than 3 mm of motion or with foraminal stenosis being decompressed</source>
        <comment>payer.fusion.indication.a|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion.indication.a|text)</extracomment>
        <translation>Spondylolisthésis dégénératif en {level} : grade 2 ou plus, ou grade 1 avec plus de 3 mm de mobilité ou avec une sténose foraminale décomprimée</translation>
    </message>
    <message>
        <source>Stricter than NASS 2014 and AANS/CNS Part 9 for a grade 1 slip (see the grade-1 slip conflict).</source>
        <comment>payer.fusion.indication.a|note</comment>
        <extracomment>Note on the criterion: why this side was taken (payer-cmm609.json, payer.fusion.indication.a|note)</extracomment>
        <translation>Plus strict que la NASS 2014 et l&apos;AANS/CNS (partie 9) pour un glissement de grade 1 (voir la divergence sur le glissement de grade 1).</translation>
    </message>
    <message>
        <source>The slip is degenerative</source>
        <comment>payer.a.type|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.type|text)</extracomment>
        <translation>Le glissement est dégénératif</translation>
    </message>
    <message>
        <source>A qualifying degenerative slip</source>
        <comment>payer.a.pathway|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.pathway|text)</extracomment>
        <translation>Un glissement dégénératif éligible</translation>
    </message>
    <message>
        <source>Meyerding grade 2 or more</source>
        <comment>payer.a.grade2|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.grade2|text)</extracomment>
        <translation>Grade de Meyerding 2 ou plus</translation>
    </message>
    <message>
        <source>Grade 1 with more than 3 mm of dynamic translation</source>
        <comment>payer.a.grade1-motion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.grade1-motion|text)</extracomment>
        <translation>Grade 1 avec plus de 3 mm de translation dynamique</translation>
    </message>
    <message>
        <source>Meyerding grade 1 or more</source>
        <comment>payer.a.grade1|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.grade1|text)</extracomment>
        <translation>Grade de Meyerding 1 ou plus</translation>
    </message>
    <message>
        <source>More than 3 mm of translation between flexion and extension</source>
        <comment>payer.a.motion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.motion|text)</extracomment>
        <translation>Plus de 3 mm de translation entre flexion et extension</translation>
    </message>
    <message>
        <source>Grade 1 with foraminal stenosis that the requested decompression addresses</source>
        <comment>payer.a.grade1-foraminal|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.grade1-foraminal|text)</extracomment>
        <translation>Grade 1 avec une sténose foraminale traitée par la décompression demandée</translation>
    </message>
    <message>
        <source>Meyerding grade 1 or more</source>
        <comment>payer.a.grade1-f|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.grade1-f|text)</extracomment>
        <translation>Grade de Meyerding 1 ou plus</translation>
    </message>
    <message>
        <source>Foraminal stenosis at {level}</source>
        <comment>payer.a.foraminal|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.foraminal|text)</extracomment>
        <translation>Sténose foraminale en {level}</translation>
    </message>
    <message>
        <source>Decompression is requested at {level}</source>
        <comment>payer.a.decompressed|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.a.decompressed|text)</extracomment>
        <translation>Une décompression est demandée en {level}</translation>
    </message>
    <message>
        <source>Isthmic spondylolisthesis at {level}: grade 3 or more, grade 1–2 with progression, or multilevel pars defects</source>
        <comment>payer.fusion.indication.b|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion.indication.b|text)</extracomment>
        <translation>Spondylolisthésis isthmique en {level} : grade 3 ou plus, grade 1–2 avec progression, ou lyses isthmiques à plusieurs niveaux</translation>
    </message>
    <message>
        <source>The slip is isthmic</source>
        <comment>payer.b.type|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.b.type|text)</extracomment>
        <translation>Le glissement est isthmique</translation>
    </message>
    <message>
        <source>Meyerding grade 1 or more</source>
        <comment>payer.b.slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.b.slip|text)</extracomment>
        <translation>Grade de Meyerding 1 ou plus</translation>
    </message>
    <message>
        <source>A qualifying isthmic slip</source>
        <comment>payer.b.pathway|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.b.pathway|text)</extracomment>
        <translation>Un glissement isthmique éligible</translation>
    </message>
    <message>
        <source>Meyerding grade 3 or more</source>
        <comment>payer.b.grade3|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.b.grade3|text)</extracomment>
        <translation>Grade de Meyerding 3 ou plus</translation>
    </message>
    <message>
        <source>The slip progressed on serial films</source>
        <comment>payer.b.progression|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.b.progression|text)</extracomment>
        <translation>Le glissement a progressé sur des radiographies successives</translation>
    </message>
    <message>
        <source>Pars defects at more than one level</source>
        <comment>payer.b.multilevel-pars|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.b.multilevel-pars|text)</extracomment>
        <translation>Lyses isthmiques à plus d&apos;un niveau</translation>
    </message>
    <message>
        <source>Adjacent-segment disease at {level}: eviCore&apos;s criteria for it are not public in the research behind this profile</source>
        <comment>payer.fusion.indication.g|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion.indication.g|text)</extracomment>
        <translation>Syndrome du segment adjacent en {level} : les critères d&apos;eviCore à ce sujet ne sont pas publics dans les recherches à l&apos;origine de ce profil</translation>
    </message>
    <message>
        <source>A prior fusion at an adjacent level</source>
        <comment>payer.g.adjacent|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.g.adjacent|text)</extracomment>
        <translation>Une arthrodèse antérieure à un niveau adjacent</translation>
    </message>
    <message>
        <source>eviCore&apos;s adjacent-segment criteria are met</source>
        <comment>payer.g.verify|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.g.verify|text)</extracomment>
        <translation>Les critères d&apos;eviCore pour le segment adjacent sont remplis</translation>
    </message>
    <message>
        <source>verify adjacent-segment disease at {level} against the current eviCore CMM-609 policy</source>
        <comment>payer.g.verify|ask</comment>
        <extracomment>Documentation to request when the criterion is incomplete; keep {level} (payer-cmm609.json, payer.g.verify|ask)</extracomment>
        <translation>vérifier le syndrome du segment adjacent en {level} d&apos;après la politique eviCore CMM-609 en vigueur</translation>
    </message>
    <message>
        <source>Nicotine: never used, or free of all nicotine for at least 6 weeks before surgery, shown by cotinine of 10 ng/mL or less (urgent cases exempt)</source>
        <comment>payer.nicotine|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine|text)</extracomment>
        <translation>Nicotine : jamais consommée, ou arrêt de toute nicotine au moins 6 semaines avant la chirurgie, attesté par une cotinine inférieure ou égale à 10 ng/mL (cas urgents exemptés)</translation>
    </message>
    <message>
        <source>Other plans differ: 8 weeks (MP-517), counselling acceptable (L32074); CNS 2021 finds the benefit of quitting unproven.</source>
        <comment>payer.nicotine|note</comment>
        <extracomment>Note on the criterion: why this side was taken (payer-cmm609.json, payer.nicotine|note)</extracomment>
        <translation>D&apos;autres régimes diffèrent : 8 semaines (MP-517), conseil d&apos;arrêt accepté (L32074) ; la CNS 2021 juge non démontré le bénéfice du sevrage.</translation>
    </message>
    <message>
        <source>Never used nicotine</source>
        <comment>payer.nicotine.never|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.never|text)</extracomment>
        <translation>N&apos;a jamais consommé de nicotine</translation>
    </message>
    <message>
        <source>Quit at least 6 weeks before surgery, confirmed by a cotinine test</source>
        <comment>payer.nicotine.quit|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.quit|text)</extracomment>
        <translation>Sevrage au moins 6 semaines avant la chirurgie, confirmé par un dosage de la cotinine</translation>
    </message>
    <message>
        <source>nicotine status with the quit date, and a cotinine test within 6 weeks before surgery</source>
        <comment>payer.nicotine.quit|ask</comment>
        <extracomment>Documentation to request when the criterion is incomplete; keep {level} (payer-cmm609.json, payer.nicotine.quit|ask)</extracomment>
        <translation>le statut tabagique avec la date d&apos;arrêt, et un dosage de la cotinine dans les 6 semaines précédant la chirurgie</translation>
    </message>
    <message>
        <source>Former nicotine user</source>
        <comment>payer.nicotine.former|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.former|text)</extracomment>
        <translation>Ancien consommateur de nicotine</translation>
    </message>
    <message>
        <source>Quit at least 42 days before the planned surgery</source>
        <comment>payer.nicotine.42-days|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.42-days|text)</extracomment>
        <translation>Sevrage au moins 42 jours avant la chirurgie prévue</translation>
    </message>
    <message>
        <source>Cotinine test within the 6 weeks before surgery</source>
        <comment>payer.nicotine.test-window|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.test-window|text)</extracomment>
        <translation>Dosage de la cotinine dans les 6 semaines précédant la chirurgie</translation>
    </message>
    <message>
        <source>Cotinine of 10 ng/mL or less (a negative test when no level is given)</source>
        <comment>payer.nicotine.negative|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.negative|text)</extracomment>
        <translation>Cotinine inférieure ou égale à 10 ng/mL (un test négatif si aucune valeur n&apos;est indiquée)</translation>
    </message>
    <message>
        <source>Measured cotinine of 10 ng/mL or less</source>
        <comment>payer.nicotine.level|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.level|text)</extracomment>
        <translation>Cotinine mesurée inférieure ou égale à 10 ng/mL</translation>
    </message>
    <message>
        <source>The test reports a level</source>
        <comment>payer.nicotine.has-level|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.has-level|text)</extracomment>
        <translation>Le test indique une valeur</translation>
    </message>
    <message>
        <source>Cotinine 10 ng/mL or less</source>
        <comment>payer.nicotine.10|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.10|text)</extracomment>
        <translation>Cotinine inférieure ou égale à 10 ng/mL</translation>
    </message>
    <message>
        <source>A negative test without a reported level</source>
        <comment>payer.nicotine.negative-result|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.negative-result|text)</extracomment>
        <translation>Un test négatif sans valeur indiquée</translation>
    </message>
    <message>
        <source>The test reports no level</source>
        <comment>payer.nicotine.no-level|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.no-level|text)</extracomment>
        <translation>Le test n&apos;indique aucune valeur</translation>
    </message>
    <message>
        <source>The test is negative</source>
        <comment>payer.nicotine.result|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.nicotine.result|text)</extracomment>
        <translation>Le test est négatif</translation>
    </message>
    <message>
        <source>Bone marrow aspirate at {level}: only as a hybrid with iliac-crest autograft in a posterolateral fusion</source>
        <comment>payer.bma|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.bma|text)</extracomment>
        <translation>Aspirat de moelle osseuse en {level} : uniquement en association avec une autogreffe de crête iliaque dans une arthrodèse postérolatérale</translation>
    </message>
    <message>
        <source>CMM-612 also asks for the sequential aspiration technique (80–100 cc in total, no more than 2 mL per site) — seen only in summaries; verify.</source>
        <comment>payer.bma|note</comment>
        <extracomment>Note on the criterion: why this side was taken (payer-cmm609.json, payer.bma|note)</extracomment>
        <translation>La CMM-612 exige aussi la technique d&apos;aspiration séquentielle (80–100 cc au total, pas plus de 2 mL par site) — vu seulement dans des résumés ; à vérifier.</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level}</source>
        <comment>payer.bma.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.bma.fusion|text)</extracomment>
        <translation>L&apos;arthrodèse remplit les critères en {level}</translation>
    </message>
    <message>
        <source>The fusion includes a posterolateral graft bed</source>
        <comment>payer.bma.posterolateral|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.bma.posterolateral|text)</extracomment>
        <translation>L&apos;arthrodèse comporte un lit de greffe postérolatéral</translation>
    </message>
    <message>
        <source>The aspirate is mixed with iliac-crest autograft</source>
        <comment>payer.bma.hybrid|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.bma.hybrid|text)</extracomment>
        <translation>L&apos;aspirat est mélangé à une autogreffe de crête iliaque</translation>
    </message>
    <message>
        <source>Fusion at {level} (eviCore CMM-609 profile)</source>
        <comment>payer.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion|text)</extracomment>
        <translation>Arthrodèse en {level} (profil eviCore CMM-609)</translation>
    </message>
    <message>
        <source>An indication for fusion with the care it requires</source>
        <comment>payer.fusion.pathway|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion.pathway|text)</extracomment>
        <translation>Une indication d&apos;arthrodèse avec le traitement qu&apos;elle exige</translation>
    </message>
    <message>
        <source>Pseudarthrosis, painful, after 6 weeks of care (or urgent)</source>
        <comment>payer.fusion.pathway.pseudarthrosis|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion.pathway.pseudarthrosis|text)</extracomment>
        <translation>Pseudarthrose douloureuse, après 6 semaines de traitement (ou urgence)</translation>
    </message>
    <message>
        <source>Deformity, painful, after 12 weeks of care (or urgent)</source>
        <comment>payer.fusion.pathway.deformity|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion.pathway.deformity|text)</extracomment>
        <translation>Déformation douloureuse, après 12 semaines de traitement (ou urgence)</translation>
    </message>
    <message>
        <source>Concordant symptoms with an instability indication, after 12 weeks of care (or urgent)</source>
        <comment>payer.fusion.pathway.instability|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer.fusion.pathway.instability|text)</extracomment>
        <translation>Symptômes concordants avec une indication d&apos;instabilité, après 12 semaines de traitement (ou urgence)</translation>
    </message>
    <message>
        <source>Policy not yet in effect on the review date: CMM-609 V2.0.2025 takes effect on 2025-12-18.</source>
        <comment>policy-not-in-effect|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, policy-not-in-effect|text)</extracomment>
        <translation>Politique pas encore en vigueur à la date d&apos;évaluation : la CMM-609 V2.0.2025 entre en vigueur le 2025-12-18.</translation>
    </message>
    <message>
        <source>The review date precedes the policy&apos;s effective date</source>
        <comment>caution.policy-date|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, caution.policy-date|text)</extracomment>
        <translation>La date d&apos;évaluation précède la date d&apos;entrée en vigueur de la politique</translation>
    </message>
    <message>
        <source>Payer profile paraphrased from public text: verify against the current eviCore policy before relying on it.</source>
        <comment>payer-profile|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (payer-cmm609.json, payer-profile|text)</extracomment>
        <translation>Profil de payeur paraphrasé d&apos;un texte public : vérifiez-le dans la politique eviCore en vigueur avant de vous y fier.</translation>
    </message>
    <message>
        <source>SpineReview reference criteria — evidence-based composite</source>
        <comment>set:reference|title</comment>
        <extracomment>Criteria set title (reference.json, set:reference|title)</extracomment>
        <translation>Critères de référence SpineReview — synthèse fondée sur les données probantes</translation>
    </message>
    <message>
        <source>Decision support for a qualified reviewer: an evidence-based composite of public guidelines and payer policies; the reviewer decides.</source>
        <comment>set:reference|label</comment>
        <extracomment>Criteria set label (reference.json, set:reference|label)</extracomment>
        <translation>Aide à la décision pour un évaluateur qualifié : une synthèse fondée sur les données probantes des recommandations publiques et des politiques des payeurs ; l&apos;évaluateur décide.</translation>
    </message>
    <message>
        <source>In-person physical therapy within the past 12 months (home or virtual programmes do not count)</source>
        <comment>care.active-therapy|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.active-therapy|text)</extracomment>
        <translation>Kinésithérapie en présentiel au cours des 12 derniers mois (les programmes à domicile ou à distance ne comptent pas)</translation>
    </message>
    <message>
        <source>Adequate conservative care for at least 12 weeks</source>
        <comment>care.12-weeks|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.12-weeks|text)</extracomment>
        <translation>Traitement conservateur adapté pendant au moins 12 semaines</translation>
    </message>
    <message>
        <source>Sources disagree on the duration before fusion: 6 weeks to 12 months by diagnosis (see the conservative-care conflict).</source>
        <comment>care.12-weeks|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, care.12-weeks|note)</extracomment>
        <translation>Les sources divergent sur la durée préalable à l&apos;arthrodèse : de 6 semaines à 12 mois selon le diagnostic (voir la divergence sur le traitement conservateur).</translation>
    </message>
    <message>
        <source>At least 12 weeks of conservative care</source>
        <comment>care.duration-12|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.duration-12|text)</extracomment>
        <translation>Au moins 12 semaines de traitement conservateur</translation>
    </message>
    <message>
        <source>Adequate conservative care for 12 weeks, or an urgent presentation</source>
        <comment>care.12-weeks-or-urgent|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.12-weeks-or-urgent|text)</extracomment>
        <translation>Traitement conservateur adapté pendant 12 semaines, ou un tableau urgent</translation>
    </message>
    <message>
        <source>Adequate conservative care for at least 6 weeks</source>
        <comment>care.6-weeks|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.6-weeks|text)</extracomment>
        <translation>Traitement conservateur adapté pendant au moins 6 semaines</translation>
    </message>
    <message>
        <source>Duration is a payer policy choice; trials do not fix a required length of conservative care (Ammendolia 2013).</source>
        <comment>care.6-weeks|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, care.6-weeks|note)</extracomment>
        <translation>La durée est un choix de politique du payeur ; les essais ne fixent pas de durée obligatoire du traitement conservateur (Ammendolia 2013).</translation>
    </message>
    <message>
        <source>At least 6 weeks of conservative care</source>
        <comment>care.duration-6|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.duration-6|text)</extracomment>
        <translation>Au moins 6 semaines de traitement conservateur</translation>
    </message>
    <message>
        <source>Adequate conservative care for 6 weeks, or an urgent presentation</source>
        <comment>care.6-weeks-or-urgent|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.6-weeks-or-urgent|text)</extracomment>
        <translation>Traitement conservateur adapté pendant 6 semaines, ou un tableau urgent</translation>
    </message>
    <message>
        <source>Conservative care failed: nothing resolved or improved the symptoms, and the therapy&apos;s response is documented</source>
        <comment>care.failed|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.failed|text)</extracomment>
        <translation>Échec du traitement conservateur : rien n&apos;a résolu ni amélioré les symptômes, et la réponse au traitement est documentée</translation>
    </message>
    <message>
        <source>Neurogenic claudication or radicular symptoms concordant with {level}</source>
        <comment>concordant|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, concordant|text)</extracomment>
        <translation>Claudication neurogène ou symptômes radiculaires concordants avec {level}</translation>
    </message>
    <message>
        <source>EMG findings corroborate the level; they are not an indication for fusion (WFNS 2020).</source>
        <comment>concordant|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, concordant|note)</extracomment>
        <translation>Les résultats de l&apos;EMG confirment le niveau ; ils ne sont pas une indication d&apos;arthrodèse (WFNS 2020).</translation>
    </message>
    <message>
        <source>The plan removes more than 50 % of both facets or at least 75 % of one</source>
        <comment>planned-resection.destabilizing|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, planned-resection.destabilizing|text)</extracomment>
        <translation>Le plan résèque plus de 50 % des deux facettes ou au moins 75 % de l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <source>More than 50 % of both facets to be removed</source>
        <comment>planned-resection.both-over-50|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, planned-resection.both-over-50|text)</extracomment>
        <translation>Plus de 50 % des deux facettes à réséquer</translation>
    </message>
    <message>
        <source>Left facet: more than 50 % to be removed</source>
        <comment>planned-resection.left-over-50|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, planned-resection.left-over-50|text)</extracomment>
        <translation>Facette gauche : plus de 50 % à réséquer</translation>
    </message>
    <message>
        <source>Right facet: more than 50 % to be removed</source>
        <comment>planned-resection.right-over-50|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, planned-resection.right-over-50|text)</extracomment>
        <translation>Facette droite : plus de 50 % à réséquer</translation>
    </message>
    <message>
        <source>Left facet: 75 % or more to be removed</source>
        <comment>planned-resection.left-75|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, planned-resection.left-75|text)</extracomment>
        <translation>Facette gauche : 75 % ou plus à réséquer</translation>
    </message>
    <message>
        <source>Right facet: 75 % or more to be removed</source>
        <comment>planned-resection.right-75|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, planned-resection.right-75|text)</extracomment>
        <translation>Facette droite : 75 % ou plus à réséquer</translation>
    </message>
    <message>
        <source>The prior operation removed more than 50 % of both facets or at least 75 % of one</source>
        <comment>prior-resection.destabilizing|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, prior-resection.destabilizing|text)</extracomment>
        <translation>L&apos;intervention antérieure a réséqué plus de 50 % des deux facettes ou au moins 75 % de l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <source>the operative note of the prior decompression at {level} (share of each facet removed), or a CT showing it</source>
        <comment>prior-resection.destabilizing|ask</comment>
        <extracomment>Documentation to request when the criterion is incomplete; keep {level} (reference.json, prior-resection.destabilizing|ask)</extracomment>
        <translation>le compte rendu opératoire de la décompression antérieure en {level} (part de chaque facette réséquée), ou un scanner qui le montre</translation>
    </message>
    <message>
        <source>More than 50 % of both facets removed</source>
        <comment>prior-resection.both-over-50|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, prior-resection.both-over-50|text)</extracomment>
        <translation>Plus de 50 % des deux facettes réséqués</translation>
    </message>
    <message>
        <source>Left facet: more than 50 % removed</source>
        <comment>prior-resection.left-over-50|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, prior-resection.left-over-50|text)</extracomment>
        <translation>Facette gauche : plus de 50 % réséqués</translation>
    </message>
    <message>
        <source>Right facet: more than 50 % removed</source>
        <comment>prior-resection.right-over-50|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, prior-resection.right-over-50|text)</extracomment>
        <translation>Facette droite : plus de 50 % réséqués</translation>
    </message>
    <message>
        <source>Left facet: 75 % or more removed</source>
        <comment>prior-resection.left-75|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, prior-resection.left-75|text)</extracomment>
        <translation>Facette gauche : 75 % ou plus réséqués</translation>
    </message>
    <message>
        <source>Right facet: 75 % or more removed</source>
        <comment>prior-resection.right-75|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, prior-resection.right-75|text)</extracomment>
        <translation>Facette droite : 75 % ou plus réséqués</translation>
    </message>
    <message>
        <source>Symptoms limit daily activities or work (or the presentation is urgent)</source>
        <comment>functional-impairment-or-urgent|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, functional-impairment-or-urgent|text)</extracomment>
        <translation>Les symptômes limitent les activités quotidiennes ou le travail (ou le tableau est urgent)</translation>
    </message>
    <message>
        <source>Symptoms documented as limiting daily activities or work</source>
        <comment>functional-impairment|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, functional-impairment|text)</extracomment>
        <translation>Symptômes documentés comme limitant les activités quotidiennes ou le travail</translation>
    </message>
    <message>
        <source>Degenerative or iatrogenic spondylolisthesis (grade 1 or more) with significant stenosis at {level}</source>
        <comment>fusion.indication.a|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.a|text)</extracomment>
        <translation>Spondylolisthésis dégénératif ou iatrogène (grade 1 ou plus) avec sténose significative en {level}</translation>
    </message>
    <message>
        <source>Grade 1 degenerative slip is contested: eviCore asks for more than 3 mm of motion or grade 2; Försth 2016 and NORDSTEN-DS found no benefit of adding fusion, SLIP 2016 a modest one.</source>
        <comment>fusion.indication.a|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, fusion.indication.a|note)</extracomment>
        <translation>Le glissement dégénératif de grade 1 est discuté : eviCore exige plus de 3 mm de mobilité ou un grade 2 ; Försth 2016 et NORDSTEN-DS n&apos;ont trouvé aucun bénéfice à ajouter l&apos;arthrodèse, SLIP 2016 un bénéfice modeste.</translation>
    </message>
    <message>
        <source>Spondylolisthesis of Meyerding grade 1 or more at {level}</source>
        <comment>indication.a.slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.a.slip|text)</extracomment>
        <translation>Spondylolisthésis de grade de Meyerding 1 ou plus en {level}</translation>
    </message>
    <message>
        <source>The slip is degenerative or iatrogenic</source>
        <comment>indication.a.type|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.a.type|text)</extracomment>
        <translation>Le glissement est dégénératif ou iatrogène</translation>
    </message>
    <message>
        <source>Isthmic spondylolisthesis (grade 1 or more) with significant stenosis at {level}</source>
        <comment>fusion.indication.b|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.b|text)</extracomment>
        <translation>Spondylolisthésis isthmique (grade 1 ou plus) avec sténose significative en {level}</translation>
    </message>
    <message>
        <source>Spondylolisthesis of Meyerding grade 1 or more at {level}</source>
        <comment>indication.b.slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.b.slip|text)</extracomment>
        <translation>Spondylolisthésis de grade de Meyerding 1 ou plus en {level}</translation>
    </message>
    <message>
        <source>The slip is isthmic</source>
        <comment>indication.b.type|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.b.type|text)</extracomment>
        <translation>Le glissement est isthmique</translation>
    </message>
    <message>
        <source>Dynamic instability: more than 3 mm of translation between flexion and extension (or supine and upright) films at {level}</source>
        <comment>fusion.indication.c|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.c|text)</extracomment>
        <translation>Instabilité dynamique : plus de 3 mm de translation entre les clichés en flexion et en extension (ou couché et debout) en {level}</translation>
    </message>
    <message>
        <source>Thresholds differ: NASS quotes more than 2 mm, Premera 4 mm, White and Panjabi 4.5 mm; this set follows eviCore&apos;s 3 mm.</source>
        <comment>fusion.indication.c|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, fusion.indication.c|note)</extracomment>
        <translation>Les seuils diffèrent : la NASS cite plus de 2 mm, Premera 4 mm, White et Panjabi 4,5 mm ; ce jeu suit les 3 mm d&apos;eviCore.</translation>
    </message>
    <message>
        <source>Instability after a prior decompression at {level}: a destabilizing facet resection, or on imaging since, a pars defect or an iatrogenic slip</source>
        <comment>fusion.indication.d|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.d|text)</extracomment>
        <translation>Instabilité après une décompression antérieure en {level} : une résection facettaire déstabilisante ou, sur l&apos;imagerie ultérieure, une lyse isthmique ou un glissement iatrogène</translation>
    </message>
    <message>
        <source>A prior laminectomy alone is not instability: the record must show one of these (audit of the founding review).</source>
        <comment>fusion.indication.d|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, fusion.indication.d|note)</extracomment>
        <translation>Une laminectomie antérieure seule n&apos;est pas une instabilité : le dossier doit montrer l&apos;un de ces éléments (audit de l&apos;évaluation d&apos;origine).</translation>
    </message>
    <message>
        <source>A prior decompression at {level}</source>
        <comment>indication.d.prior-decompression|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.d.prior-decompression|text)</extracomment>
        <translation>Une décompression antérieure en {level}</translation>
    </message>
    <message>
        <source>Evidence of post-operative instability at {level}</source>
        <comment>indication.d.instability|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.d.instability|text)</extracomment>
        <translation>Signes d&apos;instabilité postopératoire en {level}</translation>
    </message>
    <message>
        <source>A pars defect (or pars fracture) on imaging after the operation</source>
        <comment>indication.d.pars|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.d.pars|text)</extracomment>
        <translation>Une lyse isthmique (ou fracture de l&apos;isthme) sur l&apos;imagerie postopératoire</translation>
    </message>
    <message>
        <source>An iatrogenic spondylolisthesis on imaging after the operation</source>
        <comment>indication.d.iatrogenic-slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.d.iatrogenic-slip|text)</extracomment>
        <translation>Un spondylolisthésis iatrogène sur l&apos;imagerie postopératoire</translation>
    </message>
    <message>
        <source>Spondylolisthesis of grade 1 or more at {level}</source>
        <comment>indication.d.slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.d.slip|text)</extracomment>
        <translation>Spondylolisthésis de grade 1 ou plus en {level}</translation>
    </message>
    <message>
        <source>The slip is iatrogenic</source>
        <comment>indication.d.slip-iatrogenic|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.d.slip-iatrogenic|text)</extracomment>
        <translation>Le glissement est iatrogène</translation>
    </message>
    <message>
        <source>Anticipated iatrogenic instability: the planned decompression at {level} removes enough facet or the pars to destabilize it, with significant stenosis</source>
        <comment>fusion.indication.e|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.e|text)</extracomment>
        <translation>Instabilité iatrogène prévisible : la décompression prévue en {level} résèque assez de facette ou l&apos;isthme pour le déstabiliser, avec sténose significative</translation>
    </message>
    <message>
        <source>The surgeon&apos;s plan documents a destabilizing resection at {level}</source>
        <comment>indication.e.plan|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.e.plan|text)</extracomment>
        <translation>Le plan du chirurgien documente une résection déstabilisante en {level}</translation>
    </message>
    <message>
        <source>the surgeon&apos;s operative plan for {level} (share of each facet to be removed, and whether the pars is removed)</source>
        <comment>indication.e.plan|ask</comment>
        <extracomment>Documentation to request when the criterion is incomplete; keep {level} (reference.json, indication.e.plan|ask)</extracomment>
        <translation>le plan opératoire du chirurgien pour {level} (part de chaque facette à réséquer, et si l&apos;isthme est réséqué)</translation>
    </message>
    <message>
        <source>The plan removes the pars interarticularis</source>
        <comment>indication.e.pars|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.e.pars|text)</extracomment>
        <translation>Le plan résèque l&apos;isthme (pars interarticularis)</translation>
    </message>
    <message>
        <source>Pseudarthrosis: a prior fusion at {level} that has not united, at least 6 months after it</source>
        <comment>fusion.indication.f|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.f|text)</extracomment>
        <translation>Pseudarthrose : une arthrodèse antérieure en {level} non consolidée, au moins 6 mois après l&apos;intervention</translation>
    </message>
    <message>
        <source>Timing differs: eviCore 6 months, Aetna 12 months (both secondary summaries).</source>
        <comment>fusion.indication.f|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, fusion.indication.f|note)</extracomment>
        <translation>Le délai diffère : eviCore 6 mois, Aetna 12 mois (tous deux d&apos;après des résumés secondaires).</translation>
    </message>
    <message>
        <source>A prior fusion at {level} documented as not solid</source>
        <comment>indication.f.nonunion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.f.nonunion|text)</extracomment>
        <translation>Une arthrodèse antérieure en {level} documentée comme non consolidée</translation>
    </message>
    <message>
        <source>At least 6 calendar months since that fusion</source>
        <comment>indication.f.timing|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.f.timing|text)</extracomment>
        <translation>Au moins 6 mois calendaires depuis cette arthrodèse</translation>
    </message>
    <message>
        <source>Adjacent-segment disease: a prior fusion at a level next to {level}, with significant stenosis here</source>
        <comment>fusion.indication.g|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.g|text)</extracomment>
        <translation>Syndrome du segment adjacent : une arthrodèse antérieure à un niveau voisin de {level}, avec sténose significative ici</translation>
    </message>
    <message>
        <source>A prior fusion at an adjacent level</source>
        <comment>indication.g.adjacent|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.g.adjacent|text)</extracomment>
        <translation>Une arthrodèse antérieure à un niveau adjacent</translation>
    </message>
    <message>
        <source>Adult degenerative deformity: coronal Cobb over 30°, SVA over 8 cm, or PI − LL over 15°</source>
        <comment>fusion.indication.h|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indication.h|text)</extracomment>
        <translation>Déformation dégénérative de l&apos;adulte : Cobb frontal de plus de 30°, SVA de plus de 8 cm, ou PI − LL de plus de 15°</translation>
    </message>
    <message>
        <source>BCBS North Dakota uses Cobb 30° or SVA over 5 cm with a year of care; older Aetna text Cobb over 50°.</source>
        <comment>fusion.indication.h|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, fusion.indication.h|note)</extracomment>
        <translation>BCBS Dakota du Nord retient un Cobb de 30° ou un SVA de plus de 5 cm avec un an de traitement ; un ancien texte d&apos;Aetna, un Cobb de plus de 50°.</translation>
    </message>
    <message>
        <source>Coronal Cobb angle over 30°</source>
        <comment>indication.h.cobb|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.h.cobb|text)</extracomment>
        <translation>Angle de Cobb frontal de plus de 30°</translation>
    </message>
    <message>
        <source>Sagittal vertical axis over 8 cm</source>
        <comment>indication.h.sva|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.h.sva|text)</extracomment>
        <translation>Axe vertical sagittal de plus de 8 cm</translation>
    </message>
    <message>
        <source>Pelvic incidence minus lumbar lordosis over 15°</source>
        <comment>indication.h.pi-ll|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, indication.h.pi-ll|text)</extracomment>
        <translation>Incidence pelvienne moins lordose lombaire de plus de 15°</translation>
    </message>
    <message>
        <source>Any indication for fusion at {level}</source>
        <comment>fusion.indications|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indications|text)</extracomment>
        <translation>Une indication d&apos;arthrodèse en {level}</translation>
    </message>
    <message>
        <source>An instability indication at {level} (a, b, c, d, e or g)</source>
        <comment>fusion.indications.instability|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.indications.instability|text)</extracomment>
        <translation>Une indication d&apos;instabilité en {level} (a, b, c, d, e ou g)</translation>
    </message>
    <message>
        <source>Stenosis alone, a prior laminectomy alone, EMG findings, Modic change and disc-height loss are not indications.</source>
        <comment>fusion.indications.instability|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, fusion.indications.instability|note)</extracomment>
        <translation>La sténose seule, une laminectomie antérieure seule, les résultats de l&apos;EMG, les modifications de Modic et la perte de hauteur discale ne sont pas des indications.</translation>
    </message>
    <message>
        <source>{level} is described by qualifying imaging (MRI, CT or CT myelogram within the qualifying window)</source>
        <comment>level-described|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, level-described|text)</extracomment>
        <translation>{level} est décrit par une imagerie éligible (IRM, scanner ou myéloscanner dans le délai d&apos;éligibilité)</translation>
    </message>
    <message>
        <source>At least one other modality (home exercise, medication, injection, activity modification, chiropractic, bracing or acupuncture)</source>
        <comment>care.other-modality|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, care.other-modality|text)</extracomment>
        <translation>Au moins une autre modalité (exercices à domicile, médicaments, infiltration, adaptation des activités, chiropraxie, orthèse ou acupuncture)</translation>
    </message>
    <message>
        <source>Pain attributable to the level: radicular or claudicant symptoms, or predominant back pain (a non-union or deformity may hurt without leg symptoms)</source>
        <comment>painful|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, painful|text)</extracomment>
        <translation>Douleur attribuable au niveau : symptômes radiculaires ou de claudication, ou lombalgie prédominante (une pseudarthrose ou une déformation peut faire mal sans symptômes aux membres inférieurs)</translation>
    </message>
    <message>
        <source>Neurogenic claudication or radicular leg pain documented</source>
        <comment>symptoms-present|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, symptoms-present|text)</extracomment>
        <translation>Claudication neurogène ou radiculalgie du membre inférieur documentée</translation>
    </message>
    <message>
        <source>Axial back pain predominates</source>
        <comment>back-pain-predominant|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, back-pain-predominant|text)</extracomment>
        <translation>La lombalgie axiale prédomine</translation>
    </message>
    <message>
        <source>Moderate or worse stenosis (central, lateral recess or foraminal) at {level} on qualifying imaging</source>
        <comment>significant-stenosis|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, significant-stenosis|text)</extracomment>
        <translation>Sténose modérée ou plus (centrale, récessale latérale ou foraminale) en {level} sur une imagerie éligible</translation>
    </message>
    <message>
        <source>Mild and mild-to-moderate grades do not qualify (Aetna CPB 0743, secondary summary).</source>
        <comment>significant-stenosis|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, significant-stenosis|note)</extracomment>
        <translation>Les grades léger et léger à modéré ne sont pas éligibles (Aetna CPB 0743, résumé secondaire).</translation>
    </message>
    <message>
        <source>Urgent presentation: cauda equina, a progressive deficit, severe motor weakness in a lumbar root, or infection, tumour or fracture (waives the conservative-care and functional-impairment requirements, nothing else)</source>
        <comment>urgent|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent|text)</extracomment>
        <translation>Tableau urgent : queue de cheval, déficit progressif, déficit moteur sévère dans une racine lombaire, ou infection, tumeur ou fracture (dispense des exigences de traitement conservateur et de retentissement fonctionnel, rien d&apos;autre)</translation>
    </message>
    <message>
        <source>Cauda equina syndrome</source>
        <comment>urgent.cauda-equina|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent.cauda-equina|text)</extracomment>
        <translation>Syndrome de la queue de cheval</translation>
    </message>
    <message>
        <source>Progressive neurological deficit</source>
        <comment>urgent.progressive-deficit|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent.progressive-deficit|text)</extracomment>
        <translation>Déficit neurologique progressif</translation>
    </message>
    <message>
        <source>Motor strength 2/5 or weaker in root L5 or S1</source>
        <comment>urgent.motor-l5-s1|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent.motor-l5-s1|text)</extracomment>
        <translation>Force motrice cotée 2/5 ou moins dans la racine L5 ou S1</translation>
    </message>
    <message>
        <source>Motor strength 3/5 or weaker in root L3 or L4</source>
        <comment>urgent.motor-l3-l4|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent.motor-l3-l4|text)</extracomment>
        <translation>Force motrice cotée 3/5 ou moins dans la racine L3 ou L4</translation>
    </message>
    <message>
        <source>Infection</source>
        <comment>urgent.infection|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent.infection|text)</extracomment>
        <translation>Infection</translation>
    </message>
    <message>
        <source>Tumour</source>
        <comment>urgent.tumor|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent.tumor|text)</extracomment>
        <translation>Tumeur</translation>
    </message>
    <message>
        <source>Fracture</source>
        <comment>urgent.fracture|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, urgent.fracture|text)</extracomment>
        <translation>Fracture</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level} (allograft follows the fusion)</source>
        <comment>allograft.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, allograft.fusion|text)</extracomment>
        <translation>L&apos;arthrodèse remplit les critères en {level} (l&apos;allogreffe suit l&apos;arthrodèse)</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level} (autograft follows the fusion)</source>
        <comment>autograft.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, autograft.fusion|text)</extracomment>
        <translation>L&apos;arthrodèse remplit les critères en {level} (l&apos;autogreffe suit l&apos;arthrodèse)</translation>
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
        <translation>L&apos;arthrodèse remplit les critères en {level}</translation>
    </message>
    <message>
        <source>No documented contraindication to rhBMP-2 (hypersensitivity, infection or tumour at the site, skeletal immaturity)</source>
        <comment>bmp.no-contraindication|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.no-contraindication|text)</extracomment>
        <translation>Aucune contre-indication documentée à la rhBMP-2 (hypersensibilité, infection ou tumeur au site, immaturité squelettique)</translation>
    </message>
    <message>
        <source>A contraindication to rhBMP-2 is documented</source>
        <comment>bmp.contraindication|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.contraindication|text)</extracomment>
        <translation>Une contre-indication à la rhBMP-2 est documentée</translation>
    </message>
    <message>
        <source>Not pregnant</source>
        <comment>bmp.not-pregnant|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.not-pregnant|text)</extracomment>
        <translation>Pas de grossesse</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <comment>bmp.pregnant|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.pregnant|text)</extracomment>
        <translation>Grossesse</translation>
    </message>
    <message>
        <source>On-label use, or off-label use with a high risk of non-union</source>
        <comment>bmp.use|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.use|text)</extracomment>
        <translation>Usage conforme à l&apos;AMM, ou hors AMM avec un risque élevé de non-consolidation</translation>
    </message>
    <message>
        <source>On-label: a single-level anterior interbody fusion (ALIF) between L2 and S1</source>
        <comment>bmp.on-label|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.on-label|text)</extracomment>
        <translation>Conforme à l&apos;AMM : arthrodèse intersomatique antérieure (ALIF) d&apos;un seul niveau entre L2 et S1</translation>
    </message>
    <message>
        <source>One level fused</source>
        <comment>bmp.on-label.single-level|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.on-label.single-level|text)</extracomment>
        <translation>Un seul niveau fusionné</translation>
    </message>
    <message>
        <source>The level lies between L2 and S1</source>
        <comment>bmp.on-label.level|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.on-label.level|text)</extracomment>
        <translation>Le niveau se situe entre L2 et S1</translation>
    </message>
    <message>
        <source>Anterior lumbar interbody fusion (ALIF)</source>
        <comment>bmp.on-label.alif|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.on-label.alif|text)</extracomment>
        <translation>Arthrodèse intersomatique lombaire antérieure (ALIF)</translation>
    </message>
    <message>
        <source>Off-label with at least one high-risk factor for non-union</source>
        <comment>bmp.high-risk|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.high-risk|text)</extracomment>
        <translation>Hors AMM avec au moins un facteur de risque élevé de non-consolidation</translation>
    </message>
    <message>
        <source>A revision for recurrent stenosis is not a revision for pseudarthrosis. The eviCore high-risk list is seen only in summaries (verify); Florida Blue requires autograft to be infeasible.</source>
        <comment>bmp.high-risk|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, bmp.high-risk|note)</extracomment>
        <translation>Une reprise pour sténose récidivante n&apos;est pas une reprise pour pseudarthrose. La liste de risque élevé d&apos;eviCore n&apos;est vue que dans des résumés (à vérifier) ; Florida Blue exige que l&apos;autogreffe soit impossible.</translation>
    </message>
    <message>
        <source>More than 3 levels fused</source>
        <comment>bmp.high-risk.levels|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.high-risk.levels|text)</extracomment>
        <translation>Plus de 3 niveaux fusionnés</translation>
    </message>
    <message>
        <source>Meyerding grade 3 or more at {level}</source>
        <comment>bmp.high-risk.slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.high-risk.slip|text)</extracomment>
        <translation>Grade de Meyerding 3 ou plus en {level}</translation>
    </message>
    <message>
        <source>Autograft unavailable or insufficient</source>
        <comment>bmp.high-risk.autograft|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp.high-risk.autograft|text)</extracomment>
        <translation>Autogreffe indisponible ou insuffisante</translation>
    </message>
    <message>
        <source>Bone growth stimulator after fusion at {level}</source>
        <comment>bone-growth-stimulator|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bone-growth-stimulator|text)</extracomment>
        <translation>Stimulateur de croissance osseuse après arthrodèse en {level}</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level}</source>
        <comment>stimulator.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.fusion|text)</extracomment>
        <translation>L&apos;arthrodèse remplit les critères en {level}</translation>
    </message>
    <message>
        <source>At least one risk factor for non-union</source>
        <comment>stimulator.risk|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk|text)</extracomment>
        <translation>Au moins un facteur de risque de non-consolidation</translation>
    </message>
    <message>
        <source>eviCore CMM-615 adds BMI over 30 and osteopenia; Medicare NCD 150.2 is narrower (unverified).</source>
        <comment>stimulator.risk|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, stimulator.risk|note)</extracomment>
        <translation>eviCore CMM-615 ajoute un IMC supérieur à 30 et l&apos;ostéopénie ; la NCD 150.2 de Medicare est plus restrictive (non vérifié).</translation>
    </message>
    <message>
        <source>A prior fusion at {level} that did not unite</source>
        <comment>stimulator.risk.failed-fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.failed-fusion|text)</extracomment>
        <translation>Une arthrodèse antérieure en {level} qui n&apos;a pas consolidé</translation>
    </message>
    <message>
        <source>Spondylolisthesis of grade 3 or more</source>
        <comment>stimulator.risk.slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.slip|text)</extracomment>
        <translation>Spondylolisthésis de grade 3 ou plus</translation>
    </message>
    <message>
        <source>Fusion of more than one level</source>
        <comment>stimulator.risk.levels|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.levels|text)</extracomment>
        <translation>Arthrodèse de plus d&apos;un niveau</translation>
    </message>
    <message>
        <source>Current nicotine use</source>
        <comment>stimulator.risk.nicotine|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.nicotine|text)</extracomment>
        <translation>Consommation actuelle de nicotine</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <comment>stimulator.risk.diabetes|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.diabetes|text)</extracomment>
        <translation>Diabète</translation>
    </message>
    <message>
        <source>Chronic steroid use</source>
        <comment>stimulator.risk.steroids|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.steroids|text)</extracomment>
        <translation>Corticothérapie au long cours</translation>
    </message>
    <message>
        <source>Renal disease</source>
        <comment>stimulator.risk.renal|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.renal|text)</extracomment>
        <translation>Maladie rénale</translation>
    </message>
    <message>
        <source>Alcohol use disorder</source>
        <comment>stimulator.risk.alcohol|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, stimulator.risk.alcohol|text)</extracomment>
        <translation>Trouble de l&apos;usage de l&apos;alcool</translation>
    </message>
    <message>
        <source>Bone marrow aspirate is not supported as a fusion adjunct: evidence is insufficient</source>
        <comment>bone-marrow-aspirate|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bone-marrow-aspirate|text)</extracomment>
        <translation>L&apos;aspirat de moelle osseuse n&apos;est pas retenu comme adjuvant de l&apos;arthrodèse : les données probantes sont insuffisantes</translation>
    </message>
    <message>
        <source>eviCore CMM-612 allows a narrow exception (hybrid with iliac-crest autograft in posterolateral fusion); see the payer-cmm609 set.</source>
        <comment>bone-marrow-aspirate|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, bone-marrow-aspirate|note)</extracomment>
        <translation>eviCore CMM-612 admet une exception restreinte (association avec une autogreffe de crête iliaque dans une arthrodèse postérolatérale) ; voir le jeu payer-cmm609.</translation>
    </message>
    <message>
        <source>Cement-augmented screws at {level}</source>
        <comment>cement-augmentation|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, cement-augmentation|text)</extracomment>
        <translation>Vis cimentées en {level}</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level}</source>
        <comment>cement.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, cement.fusion|text)</extracomment>
        <translation>L&apos;arthrodèse remplit les critères en {level}</translation>
    </message>
    <message>
        <source>Poor bone quality documented</source>
        <comment>cement.poor-bone|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, cement.poor-bone|text)</extracomment>
        <translation>Mauvaise qualité osseuse documentée</translation>
    </message>
    <message>
        <source>a bone density assessment (DEXA T-score or CT Hounsfield units)</source>
        <comment>cement.poor-bone|ask</comment>
        <extracomment>Documentation to request when the criterion is incomplete; keep {level} (reference.json, cement.poor-bone|ask)</extracomment>
        <translation>une évaluation de la densité osseuse (T-score DEXA ou unités Hounsfield au scanner)</translation>
    </message>
    <message>
        <source>Disc-height loss and Modic change are not reasons for cement augmentation (audit of the founding review).</source>
        <comment>cement.poor-bone|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, cement.poor-bone|note)</extracomment>
        <translation>La perte de hauteur discale et les modifications de Modic ne justifient pas l&apos;augmentation par ciment (audit de l&apos;évaluation d&apos;origine).</translation>
    </message>
    <message>
        <source>DEXA T-score of −2.5 or lower</source>
        <comment>cement.dexa|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, cement.dexa|text)</extracomment>
        <translation>T-score DEXA inférieur ou égal à −2,5</translation>
    </message>
    <message>
        <source>Vertebral CT density under 97.9 HU</source>
        <comment>cement.ct-hu|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, cement.ct-hu|text)</extracomment>
        <translation>Densité vertébrale au scanner inférieure à 97,9 UH</translation>
    </message>
    <message>
        <source>Osteoporosis diagnosed</source>
        <comment>cement.osteoporosis|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, cement.osteoporosis|text)</extracomment>
        <translation>Ostéoporose diagnostiquée</translation>
    </message>
    <message>
        <source>Decompression at {level}</source>
        <comment>decompression|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, decompression|text)</extracomment>
        <translation>Décompression en {level}</translation>
    </message>
    <message>
        <source>Fusion at {level}</source>
        <comment>fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion|text)</extracomment>
        <translation>Arthrodèse en {level}</translation>
    </message>
    <message>
        <source>An indication for fusion with the care it requires</source>
        <comment>fusion.pathway|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.pathway|text)</extracomment>
        <translation>Une indication d&apos;arthrodèse avec le traitement qu&apos;elle exige</translation>
    </message>
    <message>
        <source>Pseudarthrosis, painful, after 6 weeks of care (or urgent)</source>
        <comment>fusion.pathway.pseudarthrosis|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.pathway.pseudarthrosis|text)</extracomment>
        <translation>Pseudarthrose douloureuse, après 6 semaines de traitement (ou urgence)</translation>
    </message>
    <message>
        <source>Deformity, painful, after 12 weeks of care (or urgent)</source>
        <comment>fusion.pathway.deformity|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.pathway.deformity|text)</extracomment>
        <translation>Déformation douloureuse, après 12 semaines de traitement (ou urgence)</translation>
    </message>
    <message>
        <source>Concordant symptoms with an instability indication, after 12 weeks of care (or urgent)</source>
        <comment>fusion.pathway.instability|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, fusion.pathway.instability|text)</extracomment>
        <translation>Symptômes concordants avec une indication d&apos;instabilité, après 12 semaines de traitement (ou urgence)</translation>
    </message>
    <message>
        <source>Inpatient stay</source>
        <comment>inpatient-stay|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient-stay|text)</extracomment>
        <translation>Hospitalisation</translation>
    </message>
    <message>
        <source>Level of care never changes a procedure&apos;s determination.</source>
        <comment>inpatient-stay|note</comment>
        <extracomment>Note on the criterion: why this side was taken (reference.json, inpatient-stay|note)</extracomment>
        <translation>Le mode de prise en charge ne change jamais la détermination d&apos;une intervention.</translation>
    </message>
    <message>
        <source>The request is not for an outpatient setting</source>
        <comment>inpatient.setting|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient.setting|text)</extracomment>
        <translation>La demande ne porte pas sur une prise en charge ambulatoire</translation>
    </message>
    <message>
        <source>A requested decompression or fusion that is not denied</source>
        <comment>inpatient.procedure|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient.procedure|text)</extracomment>
        <translation>Une décompression ou une arthrodèse demandée qui n&apos;est pas refusée</translation>
    </message>
    <message>
        <source>Decompression is met or pending</source>
        <comment>inpatient.decompression|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient.decompression|text)</extracomment>
        <translation>La décompression est remplie ou en attente</translation>
    </message>
    <message>
        <source>Fusion is met or pending</source>
        <comment>inpatient.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient.fusion|text)</extracomment>
        <translation>L&apos;arthrodèse est remplie ou en attente</translation>
    </message>
    <message>
        <source>A documented reason to stay: an expected stay of 2 midnights or more, or an inpatient risk factor</source>
        <comment>inpatient.reason|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient.reason|text)</extracomment>
        <translation>Un motif de séjour documenté : un séjour prévu de 2 nuits ou plus, ou un facteur de risque justifiant l&apos;hospitalisation</translation>
    </message>
    <message>
        <source>The surgeon expects a stay of at least 2 midnights</source>
        <comment>inpatient.midnights|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient.midnights|text)</extracomment>
        <translation>Le chirurgien prévoit un séjour d&apos;au moins 2 nuits</translation>
    </message>
    <message>
        <source>At least one inpatient risk factor (ASA 3 or more, sleep apnoea on CPAP, uncontrolled diabetes, morbid obesity, cardiopulmonary disease, no home support, IV analgesia)</source>
        <comment>inpatient.risk-factors|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, inpatient.risk-factors|text)</extracomment>
        <translation>Au moins un facteur de risque justifiant l&apos;hospitalisation (ASA 3 ou plus, apnée du sommeil sous PPC, diabète non équilibré, obésité morbide, maladie cardiopulmonaire, pas d&apos;aide à domicile, analgésie IV)</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level} (pedicle-screw instrumentation follows the fusion)</source>
        <comment>instrumentation.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, instrumentation.fusion|text)</extracomment>
        <translation>L&apos;arthrodèse remplit les critères en {level} (l&apos;instrumentation par vis pédiculaires suit l&apos;arthrodèse)</translation>
    </message>
    <message>
        <source>Fusion meets criteria at {level} (an interbody device follows the interbody arthrodesis)</source>
        <comment>interbody.fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, interbody.fusion|text)</extracomment>
        <translation>L&apos;arthrodèse remplit les critères en {level} (une cage intersomatique suit l&apos;arthrodèse intersomatique)</translation>
    </message>
    <message>
        <source>Current nicotine use: smoking is associated with more reoperations after fusion; whether quitting first reduces them is unproven.</source>
        <comment>nicotine-current|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, nicotine-current|text)</extracomment>
        <translation>Consommation actuelle de nicotine : le tabagisme est associé à davantage de reprises après arthrodèse ; il n&apos;est pas démontré que l&apos;arrêt préalable les réduise.</translation>
    </message>
    <message>
        <source>Current nicotine use</source>
        <comment>caution.nicotine|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.nicotine|text)</extracomment>
        <translation>Consommation actuelle de nicotine</translation>
    </message>
    <message>
        <source>HbA1c above 7.5 %: associated with more surgical-site infection and reoperation; optimise glycaemic control.</source>
        <comment>hba1c-high|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, hba1c-high|text)</extracomment>
        <translation>HbA1c supérieure à 7,5 % : associée à davantage d&apos;infections du site opératoire et de reprises ; optimisez l&apos;équilibre glycémique.</translation>
    </message>
    <message>
        <source>HbA1c above 7.5 %</source>
        <comment>caution.hba1c|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.hba1c|text)</extracomment>
        <translation>HbA1c supérieure à 7,5 %</translation>
    </message>
    <message>
        <source>BMI of 40 or more: discuss healing and wound risk (studies on BMI conflict and no cut-off is recommended).</source>
        <comment>bmi-40|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmi-40|text)</extracomment>
        <translation>IMC de 40 ou plus : discutez du risque de consolidation et de cicatrisation (les études sur l&apos;IMC divergent et aucun seuil n&apos;est recommandé).</translation>
    </message>
    <message>
        <source>BMI 40 or more</source>
        <comment>caution.bmi|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.bmi|text)</extracomment>
        <translation>IMC de 40 ou plus</translation>
    </message>
    <message>
        <source>Significant stenosis is also reported at {levels}, which the request does not include: symptoms from those levels may persist.</source>
        <comment>unrequested-stenosis|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, unrequested-stenosis|text)</extracomment>
        <translation>Une sténose significative est aussi rapportée en {levels}, que la demande n&apos;inclut pas : les symptômes venant de ces niveaux peuvent persister.</translation>
    </message>
    <message>
        <source>Decompression without fusion at {level}, where a spondylolisthesis is documented: the slip may progress after decompression.</source>
        <comment>decompression-over-slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, decompression-over-slip|text)</extracomment>
        <translation>Décompression sans arthrodèse en {level}, où un spondylolisthésis est documenté : le glissement peut progresser après la décompression.</translation>
    </message>
    <message>
        <source>A slip at a level decompressed without fusion</source>
        <comment>caution.slip-unfused|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.slip-unfused|text)</extracomment>
        <translation>Un glissement à un niveau décomprimé sans arthrodèse</translation>
    </message>
    <message>
        <source>No fusion requested at {level}</source>
        <comment>caution.slip-unfused.no-fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.slip-unfused.no-fusion|text)</extracomment>
        <translation>Aucune arthrodèse demandée en {level}</translation>
    </message>
    <message>
        <source>Spondylolisthesis of grade 1 or more at {level}</source>
        <comment>caution.slip-unfused.slip|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.slip-unfused.slip|text)</extracomment>
        <translation>Spondylolisthésis de grade 1 ou plus en {level}</translation>
    </message>
    <message>
        <source>Trials conflict on adding fusion for a grade 1 degenerative slip at {level}: Försth 2016 and NORDSTEN-DS found no benefit, SLIP 2016 a modest one; AANS/CNS gives decompression with fusion a Grade B recommendation.</source>
        <comment>grade1-slip-trials|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, grade1-slip-trials|text)</extracomment>
        <translation>Les essais divergent sur l&apos;ajout d&apos;une arthrodèse pour un glissement dégénératif de grade 1 en {level} : Försth 2016 et NORDSTEN-DS n&apos;ont trouvé aucun bénéfice, SLIP 2016 un bénéfice modeste ; l&apos;AANS/CNS donne à la décompression avec arthrodèse une recommandation de grade B.</translation>
    </message>
    <message>
        <source>More than 2 levels fused for degenerative disease: each level must meet its own indication; multilevel fusion is not typical outside trauma, deformity or tumour.</source>
        <comment>multilevel-fusion|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, multilevel-fusion|text)</extracomment>
        <translation>Plus de 2 niveaux fusionnés pour une pathologie dégénérative : chaque niveau doit remplir sa propre indication ; l&apos;arthrodèse multiétagée est inhabituelle en dehors des traumatismes, déformations ou tumeurs.</translation>
    </message>
    <message>
        <source>More than 2 levels fused</source>
        <comment>caution.multilevel|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.multilevel|text)</extracomment>
        <translation>Plus de 2 niveaux fusionnés</translation>
    </message>
    <message>
        <source>Infection, tumour or fracture documented: outside the degenerative criteria — physician review.</source>
        <comment>outside-degenerative|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, outside-degenerative|text)</extracomment>
        <translation>Infection, tumeur ou fracture documentée : hors des critères dégénératifs — examen par un médecin-conseil.</translation>
    </message>
    <message>
        <source>Infection, tumour or fracture</source>
        <comment>caution.red-flags|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.red-flags|text)</extracomment>
        <translation>Infection, tumeur ou fracture</translation>
    </message>
    <message>
        <source>Infection</source>
        <comment>caution.infection|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.infection|text)</extracomment>
        <translation>Infection</translation>
    </message>
    <message>
        <source>Tumour</source>
        <comment>caution.tumor|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.tumor|text)</extracomment>
        <translation>Tumeur</translation>
    </message>
    <message>
        <source>Fracture</source>
        <comment>caution.fracture|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.fracture|text)</extracomment>
        <translation>Fracture</translation>
    </message>
    <message>
        <source>Iliac-crest autograft: chronic donor-site pain persists in 15–39 % of patients at two years or more; counsel the patient.</source>
        <comment>iliac-crest-donor-site|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, iliac-crest-donor-site|text)</extracomment>
        <translation>Autogreffe de crête iliaque : une douleur chronique du site donneur persiste chez 15–39 % des patients à deux ans ou plus ; informez le patient.</translation>
    </message>
    <message>
        <source>Autograft from the iliac crest</source>
        <comment>caution.iliac-crest|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.iliac-crest|text)</extracomment>
        <translation>Autogreffe de crête iliaque</translation>
    </message>
    <message>
        <source>rhBMP-2 carries a risk of post-operative radiculitis (about 17 % after TLIF in one series) and of heterotopic bone.</source>
        <comment>bmp-risks|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, bmp-risks|text)</extracomment>
        <translation>La rhBMP-2 comporte un risque de radiculite postopératoire (environ 17 % après TLIF dans une série) et d&apos;ossification hétérotopique.</translation>
    </message>
    <message>
        <source>At {level}, stenosis, a prior laminectomy, EMG radiculopathy, Modic change or disc-height loss are not by themselves indications for fusion; instability, deformity, non-union or a planned destabilizing resection must be documented.</source>
        <comment>not-indications-alone|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, not-indications-alone|text)</extracomment>
        <translation>En {level}, la sténose, une laminectomie antérieure, une radiculopathie à l&apos;EMG, des modifications de Modic ou une perte de hauteur discale ne sont pas à eux seuls des indications d&apos;arthrodèse ; une instabilité, une déformation, une pseudarthrose ou une résection déstabilisante prévue doit être documentée.</translation>
    </message>
    <message>
        <source>Only non-qualifying findings at the level</source>
        <comment>caution.surrogates|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates|text)</extracomment>
        <translation>Seulement des constatations non éligibles au niveau</translation>
    </message>
    <message>
        <source>No indication for fusion is met at {level}</source>
        <comment>caution.surrogates.no-indication|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates.no-indication|text)</extracomment>
        <translation>Aucune indication d&apos;arthrodèse n&apos;est remplie en {level}</translation>
    </message>
    <message>
        <source>A finding often mistaken for an indication</source>
        <comment>caution.surrogates.present|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates.present|text)</extracomment>
        <translation>Une constatation souvent prise pour une indication</translation>
    </message>
    <message>
        <source>Significant stenosis</source>
        <comment>caution.surrogates.stenosis|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates.stenosis|text)</extracomment>
        <translation>Sténose significative</translation>
    </message>
    <message>
        <source>A prior decompression</source>
        <comment>caution.surrogates.prior-decompression|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates.prior-decompression|text)</extracomment>
        <translation>Une décompression antérieure</translation>
    </message>
    <message>
        <source>EMG radiculopathy</source>
        <comment>caution.surrogates.emg|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates.emg|text)</extracomment>
        <translation>Radiculopathie à l&apos;EMG</translation>
    </message>
    <message>
        <source>Modic change</source>
        <comment>caution.surrogates.modic|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates.modic|text)</extracomment>
        <translation>Modifications de Modic</translation>
    </message>
    <message>
        <source>Moderate or severe disc-height loss</source>
        <comment>caution.surrogates.disc-height|text</comment>
        <extracomment>Criterion or caution statement; keep {level} and {levels} (reference.json, caution.surrogates.disc-height|text)</extracomment>
        <translation>Perte de hauteur discale modérée ou sévère</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reviews are not stored</source>
        <translation>Les évaluations ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>%1

The desk works on case files until the database can be opened; nothing in it was changed.</source>
        <translation>%1

Le poste travaille sur des fichiers de dossier jusqu&apos;à ce que la base de données puisse être ouverte ; rien n&apos;y a été modifié.</translation>
    </message>
</context>
<context>
    <name>spinereview::CaseDocument</name>
    <message>
        <source>The case could not be written to %1.</source>
        <translation>Le dossier n&apos;a pas pu être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>spinereview::CautionsPanel</name>
    <message>
        <source>Cautions</source>
        <translation>Mises en garde</translation>
    </message>
    <message>
        <source>Cautions for the selected component</source>
        <translation>Mises en garde pour la composante sélectionnée</translation>
    </message>
    <message>
        <source>Cautions — %1 (%2)</source>
        <translation>Mises en garde — %1 (%2)</translation>
    </message>
    <message>
        <source>No cautions.</source>
        <translation>Aucune mise en garde.</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>Mise en garde : %1</translation>
    </message>
    <message>
        <source>Caution: %1 (shown whatever the status; it never changes it)</source>
        <translation>Mise en garde : %1 (affichée quel que soit le statut ; elle ne le change jamais)</translation>
    </message>
</context>
<context>
    <name>spinereview::ChartsPanel</name>
    <message>
        <source>Therapy timeline</source>
        <translation>Chronologie des traitements</translation>
    </message>
    <message>
        <source>Pain and ODI</source>
        <translation>Douleur et ODI</translation>
    </message>
    <message>
        <source>Status summary</source>
        <translation>Synthèse des statuts</translation>
    </message>
</context>
<context>
    <name>spinereview::ClinicalItemDelegate</name>
    <message>
        <source>Not documented</source>
        <translation>Non documenté</translation>
    </message>
</context>
<context>
    <name>spinereview::ClinicalListEditor</name>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>%1 documented</source>
        <translation>%1 documenté</translation>
    </message>
    <message>
        <source>Add a row to %1</source>
        <translation>Ajouter une ligne à %1</translation>
    </message>
    <message>
        <source>Remove the selected row from %1</source>
        <translation>Supprimer la ligne sélectionnée de %1</translation>
    </message>
</context>
<context>
    <name>spinereview::ClinicalListModel</name>
    <message>
        <source>Not documented</source>
        <translation>Non documenté</translation>
    </message>
</context>
<context>
    <name>spinereview::ComparisonModel</name>
    <message>
        <source>Not evaluated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>This set did not evaluate %1.</source>
        <translation>Ce jeu n&apos;a pas évalué %1.</translation>
    </message>
    <message>
        <source>%1 under %2: %3</source>
        <translation>%1 selon %2 : %3</translation>
    </message>
    <message>
        <source>Sets disagree</source>
        <translation>Les jeux divergent</translation>
    </message>
    <message>
        <source>All sets agree</source>
        <translation>Tous les jeux concordent</translation>
    </message>
    <message>
        <source>%1: the criteria sets disagree</source>
        <translation>%1 : les jeux de critères divergent</translation>
    </message>
    <message>
        <source>%1: all criteria sets agree</source>
        <translation>%1 : tous les jeux de critères concordent</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <source>%1
version %2</source>
        <translation>%1
version %2</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>%1, version %2
%3
sha256 %4</source>
        <translation>%1, version %2
%3
sha256 %4</translation>
    </message>
</context>
<context>
    <name>spinereview::ComparisonView</name>
    <message>
        <source>Comparison of criteria sets</source>
        <translation>Comparaison des jeux de critères</translation>
    </message>
    <message>
        <source>Components by criteria set</source>
        <translation>Composantes par jeu de critères</translation>
    </message>
    <message>
        <source>One row per requested component, one column per criteria set, and whether the sets agree. Press Enter on a cell to see that component&apos;s reasons under that set.</source>
        <translation>Une ligne par composante demandée, une colonne par jeu de critères, et la concordance des jeux. Appuyez sur Entrée sur une cellule pour voir les motifs de cette composante selon ce jeu.</translation>
    </message>
    <message>
        <source>Criteria sets compared</source>
        <translation>Jeux de critères comparés</translation>
    </message>
    <message>
        <source>Comparison — no criteria sets evaluated</source>
        <translation>Comparaison — aucun jeu de critères évalué</translation>
    </message>
    <message numerus="yes">
        <source>Comparison — all %n criteria set(s) agree on every component</source>
        <translation>
            <numerusform>Comparaison — %n jeu de critères concorde sur toutes les composantes</numerusform>
            <numerusform>Comparaison — les %n jeux de critères concordent sur toutes les composantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparison — the criteria sets disagree on %n component(s)</source>
        <translation>
            <numerusform>Comparaison — les jeux de critères divergent sur %n composante</numerusform>
            <numerusform>Comparaison — les jeux de critères divergent sur %n composantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spinereview::ComponentDecisionsModel</name>
    <message>
        <source>Not decided</source>
        <translation>Non décidée</translation>
    </message>
    <message>
        <source>Reason required: the decision differs from the engine&apos;s</source>
        <translation>Motif obligatoire : la décision diffère de celle du moteur</translation>
    </message>
    <message>
        <source>Why the decision differs from the engine&apos;s determination; required when it does.</source>
        <translation>Pourquoi la décision diffère de la détermination du moteur ; obligatoire dans ce cas.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>The engine&apos;s determination for the case as it stands</source>
        <translation>La détermination du moteur pour le dossier tel qu&apos;il est</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>The reviewer&apos;s decision</source>
        <translation>La décision de l&apos;évaluateur</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason for a decision that differs from the engine&apos;s</source>
        <translation>Motif d&apos;une décision qui diffère de celle du moteur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>spinereview::CriteriaSetBar</name>
    <message>
        <source>Criteria set</source>
        <translation>Jeu de critères</translation>
    </message>
    <message>
        <source>The criteria set the determinations are evaluated under</source>
        <translation>Le jeu de critères selon lequel les déterminations sont évaluées</translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — version %2</translation>
    </message>
    <message>
        <source>Current criteria set</source>
        <translation>Jeu de critères actuel</translation>
    </message>
    <message>
        <source>Compare all sets</source>
        <translation>Comparer tous les jeux</translation>
    </message>
    <message>
        <source>Compare all criteria sets</source>
        <translation>Comparer tous les jeux de critères</translation>
    </message>
    <message>
        <source>Show every component under every criteria set side by side</source>
        <translation>Afficher chaque composante selon chaque jeu de critères, côte à côte</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
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
Version %2, en vigueur au %3
sha256 %4
Sources : %5</translation>
    </message>
</context>
<context>
    <name>spinereview::CriterionNotesModel</name>
    <message>
        <source>Whole case</source>
        <translation>Dossier entier</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>spinereview::DashboardView</name>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Périod&amp;e :</translation>
    </message>
    <message>
        <source>Period of each bar</source>
        <translation>Période de chaque barre</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>Pla&amp;ge :</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Plage de dates</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>%1 derniers jours</translation>
    </message>
    <message>
        <source>Co&amp;mponent:</source>
        <translation>&amp;Composante :</translation>
    </message>
    <message>
        <source>Component of the decisions</source>
        <translation>Composante des décisions</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Toutes les composantes</translation>
    </message>
    <message>
        <source>Open reviews now</source>
        <translation>Évaluations ouvertes à ce jour</translation>
    </message>
    <message>
        <source>Open reviews by status</source>
        <translation>Évaluations ouvertes par statut</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC); open reviews as of %3</source>
        <translation>%1 au %2 (UTC) ; évaluations ouvertes au %3</translation>
    </message>
</context>
<context>
    <name>spinereview::DateDelegate</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>A date as yyyy-mm-dd; leave empty when not documented</source>
        <translation>Une date au format aaaa-mm-jj ; laissez vide si elle n&apos;est pas documentée</translation>
    </message>
</context>
<context>
    <name>spinereview::DateField</name>
    <message>
        <source>Documented</source>
        <translation>Documentée</translation>
    </message>
    <message>
        <source>%1: documented</source>
        <translation>%1 : documentée</translation>
    </message>
</context>
<context>
    <name>spinereview::DeterminationCard</name>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1 : %2 — %3</translation>
    </message>
    <message>
        <source>Levels: %1. </source>
        <translation>Niveaux : %1. </translation>
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
        <translation>Aucune composante demandée : ajoutez les composantes de l&apos;intervention à la demande.</translation>
    </message>
    <message>
        <source>Determinations</source>
        <translation>Déterminations</translation>
    </message>
</context>
<context>
    <name>spinereview::DeterminationsChart</name>
    <message>
        <source>Day determined (UTC)</source>
        <translation>Jour de la décision (UTC)</translation>
    </message>
    <message>
        <source>Week determined (starting Monday, UTC)</source>
        <translation>Semaine de la décision (à partir du lundi, UTC)</translation>
    </message>
    <message>
        <source>Month determined (UTC)</source>
        <translation>Mois de la décision (UTC)</translation>
    </message>
    <message>
        <source>Reviews decided</source>
        <translation>Évaluations décidées</translation>
    </message>
    <message>
        <source>Component decisions</source>
        <translation>Décisions par composante</translation>
    </message>
    <message>
        <source>all components</source>
        <translation>toutes les composantes</translation>
    </message>
    <message>
        <source>Final decisions: %1</source>
        <translation>Décisions finales : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Final decisions, %1: none in this range</source>
        <translation>Décisions finales, %1 : aucune sur cette plage</translation>
    </message>
    <message>
        <source>Final decisions, %1: %2</source>
        <translation>Décisions finales, %1 : %2</translation>
    </message>
</context>
<context>
    <name>spinereview::DeterminationsModel</name>
    <message>
        <source>Determined on %1</source>
        <translation>Décidée le %1</translation>
    </message>
    <message>
        <source>Determined in the week starting Monday %1</source>
        <translation>Décidée la semaine commençant le lundi %1</translation>
    </message>
    <message>
        <source>Determined in %1</source>
        <translation>Décidée en %1</translation>
    </message>
</context>
<context>
    <name>spinereview::DraftKeeper</name>
    <message>
        <source>draft %1</source>
        <translation>brouillon %1</translation>
    </message>
    <message>
        <source>The draft of %1 cannot be read (%2); it stays stored</source>
        <translation>Le brouillon de %1 ne peut pas être lu (%2) ; il reste enregistré</translation>
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
        <translation>Anomalie, ancienneté non documentée</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>no finding</source>
        <translation>aucune anomalie</translation>
    </message>
    <message>
        <source>Root %1</source>
        <translation>Racine %1</translation>
    </message>
</context>
<context>
    <name>spinereview::EmgSection</name>
    <message>
        <source>Problems in the electrodiagnostic studies</source>
        <translation>Problèmes dans les examens électrodiagnostiques</translation>
    </message>
    <message>
        <source>Stud&amp;ies</source>
        <translation>&amp;Examens</translation>
    </message>
    <message>
        <source>Electrodiagnostic studies</source>
        <translation>Examens électrodiagnostiques</translation>
    </message>
    <message>
        <source>&amp;Add study</source>
        <translation>Ajouter &amp;un examen</translation>
    </message>
    <message>
        <source>Add electrodiagnostic study</source>
        <translation>Ajouter un examen électrodiagnostique</translation>
    </message>
    <message>
        <source>&amp;Remove study</source>
        <translation>Supprimer &amp;l&apos;examen</translation>
    </message>
    <message>
        <source>Remove the selected electrodiagnostic study</source>
        <translation>Supprimer l&apos;examen électrodiagnostique sélectionné</translation>
    </message>
    <message>
        <source>Date of the study</source>
        <translation>Date de l&apos;examen</translation>
    </message>
    <message>
        <source>Study &amp;date</source>
        <translation>&amp;Date de l&apos;examen</translation>
    </message>
    <message>
        <source>Peripheral neuropathy</source>
        <translation>Neuropathie périphérique</translation>
    </message>
    <message>
        <source>A confounder of the radiculopathy findings</source>
        <translation>Un facteur de confusion des signes de radiculopathie</translation>
    </message>
    <message>
        <source>Peripheral &amp;neuropathy</source>
        <translation>&amp;Neuropathie périphérique</translation>
    </message>
    <message>
        <source>Findin&amp;gs documented</source>
        <translation>&amp;Résultats documentés</translation>
    </message>
    <message>
        <source>Findings documented</source>
        <translation>Résultats documentés</translation>
    </message>
    <message>
        <source>Radiculopathy findings by r&amp;oot and side</source>
        <translation>Signes de radiculopathie par racine et &amp;côté</translation>
    </message>
    <message>
        <source>Radiculopathy findings by root and side</source>
        <translation>Signes de radiculopathie par racine et côté</translation>
    </message>
    <message>
        <source>Electrodiagnostics</source>
        <translation>Électrodiagnostic</translation>
    </message>
    <message>
        <source>root not documented</source>
        <translation>racine non documentée</translation>
    </message>
    <message>
        <source>result not documented</source>
        <translation>résultat non documenté</translation>
    </message>
    <message>
        <source>normal study</source>
        <translation>examen normal</translation>
    </message>
    <message>
        <source>radiculopathy at %1</source>
        <translation>radiculopathie en %1</translation>
    </message>
    <message>
        <source>%1. %2, %3</source>
        <translation>%1. %2, %3</translation>
    </message>
    <message>
        <source>Set every cell to — to change a study with findings</source>
        <translation>Mettez toutes les cellules à — pour modifier un examen comportant des anomalies</translation>
    </message>
    <message>
        <source>Unticked: the result is not documented. Ticked with no findings: a normal study.</source>
        <translation>Non coché : le résultat n&apos;est pas documenté. Coché sans anomalie : un examen normal.</translation>
    </message>
    <message>
        <source>The result of this study is not documented: tick &quot;Findings documented&quot; for a normal study, or enter its findings in the grid.</source>
        <translation>Le résultat de cet examen n&apos;est pas documenté : cochez « Résultats documentés » pour un examen normal, ou saisissez ses anomalies dans la grille.</translation>
    </message>
    <message>
        <source>A normal study: no radiculopathy findings.</source>
        <translation>Un examen normal : aucun signe de radiculopathie.</translation>
    </message>
    <message>
        <source>Study %1, %2: %3</source>
        <translation>Examen %1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>spinereview::EnumBox</name>
    <message>
        <source>Not documented</source>
        <translation>Non documenté</translation>
    </message>
</context>
<context>
    <name>spinereview::EvidencePanel</name>
    <message>
        <source>Evidence for the selected criterion</source>
        <translation>Données probantes du critère sélectionné</translation>
    </message>
    <message>
        <source>The evidence library did not load.</source>
        <translation>La bibliothèque des données probantes n&apos;a pas été chargée.</translation>
    </message>
    <message>
        <source>Select a criterion in the reasons to see the evidence it cites.</source>
        <translation>Sélectionnez un critère dans les motifs pour voir les données probantes qu&apos;il cite.</translation>
    </message>
    <message>
        <source>Evidence cited by: %1</source>
        <translation>Données probantes citées par : %1</translation>
    </message>
</context>
<context>
    <name>spinereview::ExamPanel</name>
    <message>
        <source>Examination</source>
        <translation>Examen clinique</translation>
    </message>
    <message>
        <source>Motor examination documented (no rows: no deficit)</source>
        <translation>Examen moteur documenté (aucune ligne : pas de déficit)</translation>
    </message>
    <message>
        <source>Motor deficits</source>
        <translation>Déficits moteurs</translation>
    </message>
    <message>
        <source>&amp;Motor deficits</source>
        <translation>Déficits &amp;moteurs</translation>
    </message>
    <message>
        <source>P&amp;rogressive deficit</source>
        <translation>Déficit &amp;progressif</translation>
    </message>
    <message>
        <source>A worsening neurological deficit</source>
        <translation>Un déficit neurologique qui s&apos;aggrave</translation>
    </message>
    <message>
        <source>&amp;Cauda equina syndrome</source>
        <translation>Syndrome de la &amp;queue de cheval</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Drapeau rouge</translation>
    </message>
    <message>
        <source>&amp;Infection</source>
        <translation>I&amp;nfection</translation>
    </message>
    <message>
        <source>T&amp;umour</source>
        <translation>&amp;Tumeur</translation>
    </message>
    <message>
        <source>Fr&amp;acture</source>
        <translation>Fractur&amp;e</translation>
    </message>
    <message>
        <source>Reflexes documented (no rows: normal)</source>
        <translation>Réflexes documentés (aucune ligne : normaux)</translation>
    </message>
    <message>
        <source>Reflex changes</source>
        <translation>Anomalies des réflexes</translation>
    </message>
    <message>
        <source>Refle&amp;x changes</source>
        <translation>Anomalies des réfle&amp;xes</translation>
    </message>
    <message>
        <source>Sensory examination documented (no rows: normal)</source>
        <translation>Examen sensitif documenté (aucune ligne : normal)</translation>
    </message>
    <message>
        <source>Sensory deficits</source>
        <translation>Déficits sensitifs</translation>
    </message>
    <message>
        <source>&amp;Sensory deficits</source>
        <translation>Déficits &amp;sensitifs</translation>
    </message>
    <message>
        <source>Straight-le&amp;g raise</source>
        <translation>Signe de &amp;Lasègue</translation>
    </message>
</context>
<context>
    <name>spinereview::FhirImportAction</name>
    <message>
        <source>Import &amp;FHIR bundle…</source>
        <translation>Importer un bundle &amp;FHIR…</translation>
    </message>
    <message>
        <source>Make a case from a FHIR R4 bundle and show what was mapped</source>
        <translation>Créer un dossier à partir d&apos;un bundle FHIR R4 et afficher ce qui a été mis en correspondance</translation>
    </message>
    <message>
        <source>Import FHIR bundle</source>
        <translation>Importer un bundle FHIR</translation>
    </message>
    <message>
        <source>FHIR bundles (*.json)</source>
        <translation>Bundles FHIR (*.json)</translation>
    </message>
</context>
<context>
    <name>spinereview::FhirImportDialog</name>
    <message>
        <source>FHIR import</source>
        <translation>Import FHIR</translation>
    </message>
    <message>
        <source>Why the bundle was not imported</source>
        <translation>Pourquoi le bundle n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>Mapping report</source>
        <translation>Rapport de correspondance</translation>
    </message>
    <message>
        <source>%1 was imported into the desk: %2 Check the mapped fields against the bundle and enter what was not mapped; the case is not saved yet.</source>
        <translation>%1 a été importé dans le poste : %2 Vérifiez les champs mis en correspondance d&apos;après le bundle et saisissez ce qui ne l&apos;a pas été ; le dossier n&apos;est pas encore enregistré.</translation>
    </message>
    <message>
        <source>%1 was not imported; the case in the desk is unchanged.</source>
        <translation>%1 n&apos;a pas été importé ; le dossier du poste est inchangé.</translation>
    </message>
</context>
<context>
    <name>spinereview::FileActions</name>
    <message>
        <source>SpineReview cases (*.json)</source>
        <translation>Dossiers SpineReview (*.json)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un dossier &amp;récent</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>The case could not be opened</source>
        <translation>Le dossier n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>%1 does not follow the SpineReview case format.</source>
        <translation>%1 ne suit pas le format de dossier SpineReview.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was changed.</source>
        <translation>
            <numerusform>%n problème trouvé ; rien n&apos;a été modifié.</numerusform>
            <numerusform>%n problèmes trouvés ; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The case or its review has unsaved changes. Save them first?</source>
        <translation>Le dossier ou son évaluation comporte des modifications non enregistrées. Les enregistrer d&apos;abord ?</translation>
    </message>
    <message>
        <source>The case has unsaved changes. Save them first?</source>
        <translation>Le dossier comporte des modifications non enregistrées. Les enregistrer d&apos;abord ?</translation>
    </message>
    <message>
        <source>The case was not saved</source>
        <translation>Le dossier n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Enregistrer le dossier</translation>
    </message>
</context>
<context>
    <name>spinereview::HistorySection</name>
    <message>
        <source>Prior lumbar surgery</source>
        <translation>Chirurgie lombaire antérieure</translation>
    </message>
    <message>
        <source>Not documented</source>
        <translation>Non documentée</translation>
    </message>
    <message>
        <source>None: no prior lumbar surgery</source>
        <translation>Aucune : pas de chirurgie lombaire antérieure</translation>
    </message>
    <message>
        <source>Operations listed below</source>
        <translation>Interventions détaillées ci-dessous</translation>
    </message>
    <message>
        <source>Prior lumbar &amp;surgery</source>
        <translation>&amp;Chirurgie lombaire antérieure</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation>Int&amp;erventions</translation>
    </message>
    <message>
        <source>Prior operations</source>
        <translation>Interventions antérieures</translation>
    </message>
    <message>
        <source>&amp;Add operation</source>
        <translation>Ajouter &amp;une intervention</translation>
    </message>
    <message>
        <source>Add prior operation</source>
        <translation>Ajouter une intervention antérieure</translation>
    </message>
    <message>
        <source>&amp;Remove operation</source>
        <translation>Supprimer &amp;l&apos;intervention</translation>
    </message>
    <message>
        <source>Remove the selected prior operation</source>
        <translation>Supprimer l&apos;intervention antérieure sélectionnée</translation>
    </message>
    <message>
        <source>Problems in the surgical history</source>
        <translation>Problèmes dans les antécédents chirurgicaux</translation>
    </message>
    <message>
        <source>Surgical history</source>
        <translation>Antécédents chirurgicaux</translation>
    </message>
</context>
<context>
    <name>spinereview::ImagingLevelsModel</name>
    <message>
        <source>0 – no slip</source>
        <translation>0 – pas de glissement</translation>
    </message>
    <message>
        <source>0 – none</source>
        <translation>0 – aucun</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>non documenté</translation>
    </message>
    <message>
        <source>%1 is described in this study</source>
        <translation>%1 est décrit dans cet examen</translation>
    </message>
    <message>
        <source>%1 is not described: nothing is documented at this level in this study</source>
        <translation>%1 n&apos;est pas décrit : rien n&apos;est documenté à ce niveau dans cet examen</translation>
    </message>
    <message>
        <source>%1, described</source>
        <translation>%1, décrit</translation>
    </message>
    <message>
        <source>%1, not described</source>
        <translation>%1, non décrit</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Central canal stenosis</source>
        <translation>Sténose du canal central</translation>
    </message>
    <message>
        <source>Recess L</source>
        <translation>Récessus G</translation>
    </message>
    <message>
        <source>Lateral recess stenosis, left</source>
        <translation>Sténose du récessus latéral, gauche</translation>
    </message>
    <message>
        <source>Recess R</source>
        <translation>Récessus D</translation>
    </message>
    <message>
        <source>Lateral recess stenosis, right</source>
        <translation>Sténose du récessus latéral, droite</translation>
    </message>
    <message>
        <source>Foramen L</source>
        <translation>Foramen G</translation>
    </message>
    <message>
        <source>Foraminal stenosis, left</source>
        <translation>Sténose foraminale, gauche</translation>
    </message>
    <message>
        <source>Foramen R</source>
        <translation>Foramen D</translation>
    </message>
    <message>
        <source>Foraminal stenosis, right</source>
        <translation>Sténose foraminale, droite</translation>
    </message>
    <message>
        <source>Slip grade</source>
        <translation>Grade du glissement</translation>
    </message>
    <message>
        <source>Spondylolisthesis, Meyerding grade (0 = documented no slip)</source>
        <translation>Spondylolisthésis, grade de Meyerding (0 = absence de glissement documentée)</translation>
    </message>
    <message>
        <source>Slip mm</source>
        <translation>Glissement mm</translation>
    </message>
    <message>
        <source>Spondylolisthesis, translation in millimetres</source>
        <translation>Spondylolisthésis, translation en millimètres</translation>
    </message>
    <message>
        <source>Slip type</source>
        <translation>Type de glissement</translation>
    </message>
    <message>
        <source>Spondylolisthesis, type</source>
        <translation>Spondylolisthésis, type</translation>
    </message>
    <message>
        <source>Slip progressing</source>
        <translation>Glissement évolutif</translation>
    </message>
    <message>
        <source>Spondylolisthesis, the slip grew on serial films</source>
        <translation>Spondylolisthésis, le glissement a augmenté sur des radiographies successives</translation>
    </message>
    <message>
        <source>Motion mm</source>
        <translation>Mobilité mm</translation>
    </message>
    <message>
        <source>Dynamic translation between flexion and extension (or supine and upright) films, in millimetres</source>
        <translation>Translation dynamique entre les clichés en flexion et en extension (ou couché et debout), en millimètres</translation>
    </message>
    <message>
        <source>Motion °</source>
        <translation>Mobilité °</translation>
    </message>
    <message>
        <source>Dynamic angulation between flexion and extension films, in degrees</source>
        <translation>Angulation dynamique entre les clichés en flexion et en extension, en degrés</translation>
    </message>
    <message>
        <source>Disc height loss</source>
        <translation>Perte de hauteur discale</translation>
    </message>
    <message>
        <source>Modic</source>
        <translation>Modic</translation>
    </message>
    <message>
        <source>Modic type (0 = none)</source>
        <translation>Type de Modic (0 = aucun)</translation>
    </message>
    <message>
        <source>Disc herniation</source>
        <translation>Hernie discale</translation>
    </message>
    <message>
        <source>Facet hypertrophy</source>
        <translation>Hypertrophie facettaire</translation>
    </message>
    <message>
        <source>Synovial cyst</source>
        <translation>Kyste synovial</translation>
    </message>
    <message>
        <source>Pars defect</source>
        <translation>Lyse isthmique</translation>
    </message>
    <message>
        <source>Pars defect (spondylolysis, or a pars fracture after surgery)</source>
        <translation>Lyse isthmique (spondylolyse, ou fracture de l&apos;isthme après chirurgie)</translation>
    </message>
</context>
<context>
    <name>spinereview::ImagingSection</name>
    <message>
        <source>Problems in the imaging studies</source>
        <translation>Problèmes dans les examens d&apos;imagerie</translation>
    </message>
    <message>
        <source>Stud&amp;ies</source>
        <translation>&amp;Examens</translation>
    </message>
    <message>
        <source>Imaging studies</source>
        <translation>Examens d&apos;imagerie</translation>
    </message>
    <message>
        <source>&amp;Add study</source>
        <translation>Ajouter &amp;un examen</translation>
    </message>
    <message>
        <source>Add imaging study</source>
        <translation>Ajouter un examen d&apos;imagerie</translation>
    </message>
    <message>
        <source>&amp;Remove study</source>
        <translation>Supprimer &amp;l&apos;examen</translation>
    </message>
    <message>
        <source>Remove the selected imaging study</source>
        <translation>Supprimer l&apos;examen d&apos;imagerie sélectionné</translation>
    </message>
    <message>
        <source>Modality of the study</source>
        <translation>Modalité de l&apos;examen</translation>
    </message>
    <message>
        <source>&amp;Modality</source>
        <translation>&amp;Modalité</translation>
    </message>
    <message>
        <source>Date of the study</source>
        <translation>Date de l&apos;examen</translation>
    </message>
    <message>
        <source>Study &amp;date</source>
        <translation>&amp;Date de l&apos;examen</translation>
    </message>
    <message>
        <source>Coronal Cobb angle in degrees</source>
        <translation>Angle de Cobb frontal en degrés</translation>
    </message>
    <message>
        <source>Coronal Co&amp;bb angle (°)</source>
        <translation>Angle de &amp;Cobb frontal (°)</translation>
    </message>
    <message>
        <source>Sagittal vertical axis in centimetres</source>
        <translation>Axe vertical sagittal en centimètres</translation>
    </message>
    <message>
        <source>&amp;Sagittal vertical axis (cm)</source>
        <translation>Axe vertical &amp;sagittal (cm)</translation>
    </message>
    <message>
        <source>Pelvic incidence minus lumbar lordosis in degrees</source>
        <translation>Incidence pelvienne moins lordose lombaire en degrés</translation>
    </message>
    <message>
        <source>&amp;Pelvic incidence − lordosis (°)</source>
        <translation>Incidence &amp;pelvienne − lordose (°)</translation>
    </message>
    <message>
        <source>Findings by &amp;level (● described, ○ nothing documented)</source>
        <translation>Constatations par &amp;niveau (● décrit, ○ rien de documenté)</translation>
    </message>
    <message>
        <source>Findings by level of the selected study</source>
        <translation>Constatations par niveau de l&apos;examen sélectionné</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imagerie</translation>
    </message>
    <message>
        <source>not counted: after the review date (%1)</source>
        <translation>non compté : postérieur à la date d&apos;évaluation (%1)</translation>
    </message>
    <message>
        <source>not qualifying imaging: more than %1 months before the review date</source>
        <translation>imagerie non éligible : plus de %1 mois avant la date d&apos;évaluation</translation>
    </message>
    <message>
        <source>%1. %2, %3</source>
        <translation>%1. %2, %3</translation>
    </message>
    <message>
        <source>Study %1, %2: %3</source>
        <translation>Examen %1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>spinereview::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Use the system&apos;s language (%1)</source>
        <translation>&amp;Utiliser la langue du système (%1)</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>S&apos;applique au prochain démarrage</translation>
    </message>
    <message>
        <source>The language changes the next time SpineReview starts.</source>
        <translation>La langue change au prochain démarrage de SpineReview.</translation>
    </message>
</context>
<context>
    <name>spinereview::LevelsDelegate</name>
    <message>
        <source>Space ticks a level; Enter keeps the choice</source>
        <translation>Espace coche un niveau ; Entrée valide le choix</translation>
    </message>
</context>
<context>
    <name>spinereview::MainWindow</name>
    <message>
        <source>Decision support for a qualified reviewer — the reviewer decides.</source>
        <translation>Aide à la décision pour un évaluateur qualifié — l&apos;évaluateur décide.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Compare all criteria sets</source>
        <translation>&amp;Comparer tous les jeux de critères</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Open &amp;example case</source>
        <translation>Ouvrir le dossier d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;About SpineReview</source>
        <translation>À &amp;propos de SpineReview</translation>
    </message>
    <message>
        <source>About SpineReview</source>
        <translation>À propos de SpineReview</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SpineReview %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Decision support for lumbar fusion utilization review. Determinations are computed from the selected criteria set; a qualified reviewer decides, and every criterion names its sources.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SpineReview %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aide à la décision pour l&apos;examen de pertinence des arthrodèses lombaires. Les déterminations sont calculées selon le jeu de critères sélectionné ; un évaluateur qualifié décide, et chaque critère cite ses sources.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>No field shows %1</source>
        <translation>Aucun champ n&apos;affiche %1</translation>
    </message>
    <message>
        <source>No criteria set could be loaded</source>
        <translation>Aucun jeu de critères n&apos;a pu être chargé</translation>
    </message>
    <message>
        <source>%1 · version %2 · sha256 %3… · as of %4</source>
        <translation>%1 · version %2 · sha256 %3… · au %4</translation>
    </message>
    <message>
        <source>evaluated in %1 ms</source>
        <translation>évalué en %1 ms</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>&amp;Liste de travail</translation>
    </message>
    <message>
        <source>Working &amp;as…</source>
        <translation>&amp;Travailler en tant que…</translation>
    </message>
    <message>
        <source>N&amp;ew reviewer…</source>
        <translation>&amp;Nouvel évaluateur…</translation>
    </message>
    <message>
        <source>⚠ Reviews are not stored: %1</source>
        <translation>⚠ Les évaluations ne sont pas enregistrées : %1</translation>
    </message>
</context>
<context>
    <name>spinereview::MappingReportModel</name>
    <message>
        <source>Mapped</source>
        <translation>Mis en correspondance</translation>
    </message>
    <message>
        <source>Mapped by text</source>
        <translation>Mis en correspondance par le texte</translation>
    </message>
    <message>
        <source>Not mapped: %1</source>
        <translation>Non mis en correspondance : %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>In the bundle</source>
        <translation>Dans le bundle</translation>
    </message>
    <message>
        <source>Case field</source>
        <translation>Champ du dossier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
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
        <translation>Demande d&apos;informations complémentaires</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>(no case id)</source>
        <translation>(sans identifiant de dossier)</translation>
    </message>
    <message>
        <source>Review date: %1</source>
        <translation>Date d&apos;évaluation : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Criteria: %1, version %2 (sha256 %3…)</source>
        <translation>Critères : %1, version %2 (sha256 %3…)</translation>
    </message>
    <message>
        <source>To settle %1:</source>
        <translation>Pour statuer sur %1 :</translation>
    </message>
    <message>
        <source>the same records as for %1.</source>
        <translation>les mêmes documents que pour %1.</translation>
    </message>
    <message>
        <source>the records for %1, and</source>
        <translation>les documents pour %1, et</translation>
    </message>
    <message>
        <source>No records are outstanding.</source>
        <translation>Aucun document en attente.</translation>
    </message>
    <message>
        <source>Generated by SpineReview decision support for a qualified reviewer, who decides. It asks for documentation and is not a determination.</source>
        <translation>Généré par l&apos;aide à la décision SpineReview pour un évaluateur qualifié, qui décide. Ce document demande des pièces et n&apos;est pas une détermination.</translation>
    </message>
    <message>
        <source>Settles: %1</source>
        <translation>Permet de statuer sur : %1</translation>
    </message>
    <message>
        <source>Ticked off: left out of the request for information.</source>
        <translation>Coché : exclu de la demande d&apos;informations.</translation>
    </message>
    <message>
        <source>Tick it off once requested or received.</source>
        <translation>Cochez-le une fois demandé ou reçu.</translation>
    </message>
    <message>
        <source>%1 (ticked off)</source>
        <translation>%1 (coché)</translation>
    </message>
</context>
<context>
    <name>spinereview::MissingDocumentsPanel</name>
    <message>
        <source>Nothing to request: every determination is decided by the documentation.</source>
        <translation>Rien à demander : la documentation permet de statuer sur toutes les déterminations.</translation>
    </message>
    <message>
        <source>Copy as request for information</source>
        <translation>Copier comme demande d&apos;informations</translation>
    </message>
    <message>
        <source>Missing documentation</source>
        <translation>Documentation manquante</translation>
    </message>
    <message>
        <source>Records to request</source>
        <translation>Documents à demander</translation>
    </message>
    <message>
        <source>Tick a record off once it is requested or received; ticked records are left out of the request for information.</source>
        <translation>Cochez un document une fois demandé ou reçu ; les documents cochés sont exclus de la demande d&apos;informations.</translation>
    </message>
    <message>
        <source>Copies a plain-text request listing the outstanding records per component and level.</source>
        <translation>Copie une demande en texte brut listant les documents en attente par composante et par niveau.</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>État de la copie</translation>
    </message>
    <message numerus="yes">
        <source>Copied a request for %n record(s) to the clipboard.</source>
        <translation>
            <numerusform>Demande de %n document copiée dans le presse-papiers.</numerusform>
            <numerusform>Demande de %n documents copiée dans le presse-papiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing documentation — %1 of %n outstanding</source>
        <translation>
            <numerusform>Documentation manquante — %1 sur %n en attente</numerusform>
            <numerusform>Documentation manquante — %1 sur %n en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spinereview::MotorDeficitModel</name>
    <message>
        <source>Root</source>
        <translation>Racine</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>MRC grade (0–5)</source>
        <translation>Cotation MRC (0–5)</translation>
    </message>
</context>
<context>
    <name>spinereview::NumberDelegate</name>
    <message>
        <source>not documented</source>
        <translation>non documenté</translation>
    </message>
    <message>
        <source>From %1 to %2; leave empty when not documented</source>
        <translation>De %1 à %2 ; laissez vide si non documenté</translation>
    </message>
</context>
<context>
    <name>spinereview::NumberField</name>
    <message>
        <source>not documented</source>
        <translation>non documenté</translation>
    </message>
    <message>
        <source>From %1 to %2; leave empty when not documented</source>
        <translation>De %1 à %2 ; laissez vide si non documenté</translation>
    </message>
</context>
<context>
    <name>spinereview::OpenReviewsModel</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>aucune en retard</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>spinereview::OutcomeScoresModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Douleur (0–10)</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Douleur (0–10)</translation>
    </message>
    <message>
        <source>ODI (0–100)</source>
        <translation>ODI (0–100)</translation>
    </message>
    <message>
        <source>No dated outcome scores documented</source>
        <translation>Aucun score d&apos;évolution daté documenté</translation>
    </message>
    <message>
        <source>Pain and ODI: 1 dated score</source>
        <translation>Douleur et ODI : 1 score daté</translation>
    </message>
    <message>
        <source>Pain and ODI: %1 dated scores</source>
        <translation>Douleur et ODI : %1 scores datés</translation>
    </message>
    <message>
        <source>Pain and ODI: no dated outcome scores documented</source>
        <translation>Douleur et ODI : aucun score d&apos;évolution daté documenté</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>non documenté</translation>
    </message>
    <message>
        <source>%1 pain %2, ODI %3</source>
        <translation>%1 douleur %2, ODI %3</translation>
    </message>
    <message>
        <source>Pain and ODI: %1</source>
        <translation>Douleur et ODI : %1</translation>
    </message>
</context>
<context>
    <name>spinereview::OutcomeTrendModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Temps (ms)</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Douleur (0–10)</translation>
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
        <translation>Patient</translation>
    </message>
    <message>
        <source>leave empty to keep the case de-identified</source>
        <translation>laissez vide pour garder le dossier anonymisé</translation>
    </message>
    <message>
        <source>Record n&amp;umber</source>
        <translation>N° de dossier &amp;médical</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Date de &amp;naissance</translation>
    </message>
    <message>
        <source>A&amp;ge (years)</source>
        <translation>Â&amp;ge (années)</translation>
    </message>
    <message>
        <source>B&amp;MI (kg/m²)</source>
        <translation>IMC (&amp;kg/m²)</translation>
    </message>
    <message>
        <source>Nicotine</source>
        <translation>Nicotine</translation>
    </message>
    <message>
        <source>Any nicotine: smoking, smokeless tobacco, replacement</source>
        <translation>Toute nicotine : tabac fumé, tabac sans fumée, substituts</translation>
    </message>
    <message>
        <source>&amp;Nicotine use</source>
        <translation>&amp;Consommation de nicotine</translation>
    </message>
    <message>
        <source>&amp;Quit date</source>
        <translation>&amp;Date d&apos;arrêt</translation>
    </message>
    <message>
        <source>A cotinine test is documented</source>
        <translation>Un dosage de la cotinine est documenté</translation>
    </message>
    <message>
        <source>Co&amp;tinine test</source>
        <translation>Dosage de &amp;la cotinine</translation>
    </message>
    <message>
        <source>Cotinine test &amp;date</source>
        <translation>Date d&amp;u dosage de la cotinine</translation>
    </message>
    <message>
        <source>Cotinine &amp;result</source>
        <translation>Résultat de la c&amp;otinine</translation>
    </message>
    <message>
        <source>Cotinine &amp;level (ng/mL)</source>
        <translation>&amp;Valeur de cotinine (ng/mL)</translation>
    </message>
    <message>
        <source>Diabetes and bone</source>
        <translation>Diabète et os</translation>
    </message>
    <message>
        <source>D&amp;iabetes</source>
        <translation>Dia&amp;bète</translation>
    </message>
    <message>
        <source>HbA&amp;1c (%)</source>
        <translation>HbA&amp;1c (%)</translation>
    </message>
    <message>
        <source>The lowest T-score of the study</source>
        <translation>Le T-score le plus bas de l&apos;examen</translation>
    </message>
    <message>
        <source>DEXA T-s&amp;core</source>
        <translation>&amp;T-score DEXA</translation>
    </message>
    <message>
        <source>DE&amp;XA date</source>
        <translation>Date de la DE&amp;XA</translation>
    </message>
    <message>
        <source>Vertebral bone density on CT, an alternative to DEXA</source>
        <translation>Densité osseuse vertébrale au scanner, alternative à la DEXA</translation>
    </message>
    <message>
        <source>CT Hounsfield units</source>
        <translation>Unités Hounsfield au scanner</translation>
    </message>
    <message>
        <source>An osteoporosis diagnosis is documented</source>
        <translation>Un diagnostic d&apos;ostéoporose est documenté</translation>
    </message>
    <message>
        <source>&amp;Osteoporosis</source>
        <translation>Ostéo&amp;porose</translation>
    </message>
    <message>
        <source>Healing risk factors</source>
        <translation>Facteurs de risque de consolidation</translation>
    </message>
    <message>
        <source>Chronic steroid us&amp;e</source>
        <translation>Corticot&amp;hérapie au long cours</translation>
    </message>
    <message>
        <source>&amp;Kidney (renal) disease</source>
        <translation>Maladie &amp;rénale</translation>
    </message>
    <message>
        <source>&amp;Alcohol use disorder</source>
        <translation>Éthylisme chroni&amp;que</translation>
    </message>
    <message>
        <source>&amp;Pregnant</source>
        <translation>&amp;Enceinte</translation>
    </message>
    <message>
        <source>Ps&amp;ychological screening</source>
        <translation>Évaluation ps&amp;ychologique</translation>
    </message>
    <message>
        <source>Patient factors</source>
        <translation>Facteurs liés au patient</translation>
    </message>
</context>
<context>
    <name>spinereview::PriorOperationsModel</name>
    <message>
        <source>no levels listed</source>
        <translation>aucun niveau indiqué</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>non documenté</translation>
    </message>
    <message>
        <source>Operation %1, %2: %3</source>
        <translation>Intervention %1, %2 : %3</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation>Intervention %1</translation>
    </message>
    <message>
        <source>Operation %1: %2</source>
        <translation>Intervention %1 : %2</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Instrumented</source>
        <translation>Instrumentée</translation>
    </message>
    <message>
        <source>Solid fusion</source>
        <translation>Arthrodèse consolidée</translation>
    </message>
    <message>
        <source>Facet removed L %</source>
        <translation>Facette réséquée G %</translation>
    </message>
    <message>
        <source>Facet removed R %</source>
        <translation>Facette réséquée D %</translation>
    </message>
    <message>
        <source>Whether the fusion is solid; No = documented pseudarthrosis (non-union)</source>
        <translation>Si l&apos;arthrodèse est consolidée ; Non = pseudarthrose documentée (non-consolidation)</translation>
    </message>
    <message>
        <source>Share of the facet removed in that operation, from its operative note or CT</source>
        <translation>Part de la facette réséquée lors de cette intervention, d&apos;après son compte rendu opératoire ou le scanner</translation>
    </message>
</context>
<context>
    <name>spinereview::RationaleModel</name>
    <message>
        <source>not documented — assumed absent</source>
        <translation>non documenté — présumé absent</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>non documenté</translation>
    </message>
    <message>
        <source>not documented — request: %1</source>
        <translation>non documenté — à demander : %1</translation>
    </message>
    <message>
        <source>not documented (assumed absent)</source>
        <translation>non documenté (présumé absent)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>From the case: %1 (click to go to the field)</source>
        <translation>Du dossier : %1 (cliquez pour aller au champ)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>Fact %1</source>
        <extracomment>%1 is the fact&apos;s id as the criteria files name it (patient.bmi); it stays as it is</extracomment>
        <translation>Fait %1</translation>
    </message>
</context>
<context>
    <name>spinereview::RationaleView</name>
    <message>
        <source>Reasons for the selected determination</source>
        <translation>Motifs de la détermination sélectionnée</translation>
    </message>
    <message>
        <source>Each criterion with its status and the facts it read. Press Enter on a fact to go to its field in the case.</source>
        <translation>Chaque critère avec son statut et les faits qu&apos;il a lus. Appuyez sur Entrée sur un fait pour aller à son champ dans le dossier.</translation>
    </message>
</context>
<context>
    <name>spinereview::ReceivedAtField</name>
    <message>
        <source>Documented</source>
        <translation>Documentée</translation>
    </message>
    <message>
        <source>Request received time documented</source>
        <translation>Heure de réception de la demande documentée</translation>
    </message>
    <message>
        <source>Request received, date and time</source>
        <translation>Demande reçue, date et heure</translation>
    </message>
    <message>
        <source>Request received, UTC offset</source>
        <translation>Demande reçue, décalage UTC</translation>
    </message>
</context>
<context>
    <name>spinereview::ReflexChangesModel</name>
    <message>
        <source>Reflex</source>
        <translation>Réflexe</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
</context>
<context>
    <name>spinereview::ReportActions</name>
    <message>
        <source>Re&amp;ports</source>
        <translation>Ra&amp;pports</translation>
    </message>
    <message>
        <source>Print preview — review &amp;summary…</source>
        <translation>Aperçu — &amp;synthèse de l&apos;évaluation…</translation>
    </message>
    <message>
        <source>Export PDF — review summar&amp;y…</source>
        <translation>Exporter en PDF — s&amp;ynthèse de l&apos;évaluation…</translation>
    </message>
    <message>
        <source>Print preview — &amp;letter of medical necessity…</source>
        <translation>Aperçu — &amp;lettre de nécessité médicale…</translation>
    </message>
    <message>
        <source>Export PDF — letter of medical &amp;necessity…</source>
        <translation>Exporter en PDF — lettre de &amp;nécessité médicale…</translation>
    </message>
    <message>
        <source>Print preview — request for &amp;information…</source>
        <translation>Aperçu — &amp;demande d&apos;informations…</translation>
    </message>
    <message>
        <source>Export PDF — request for in&amp;formation…</source>
        <translation>Exporter en PDF — demande d&apos;in&amp;formations…</translation>
    </message>
    <message>
        <source>Shows the %1 as it prints, from the case and results on screen.</source>
        <translation>Affiche « %1 » tel qu&apos;il s&apos;imprime, à partir du dossier et des résultats à l&apos;écran.</translation>
    </message>
    <message>
        <source>Saves the %1 as a PDF file.</source>
        <translation>Enregistre « %1 » dans un fichier PDF.</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Aperçu — %1</translation>
    </message>
    <message>
        <source>Export %1 as PDF</source>
        <translation>Exporter « %1 » en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>spinereview::RequestPlanPanel</name>
    <message>
        <source>Operative plan</source>
        <translation>Plan opératoire</translation>
    </message>
    <message>
        <source>&amp;Approach</source>
        <translation>Voie d&apos;a&amp;bord</translation>
    </message>
    <message>
        <source>With an interbody device</source>
        <translation>Avec une cage intersomatique</translation>
    </message>
    <message>
        <source>&amp;Interbody technique</source>
        <translation>Techni&amp;que intersomatique</translation>
    </message>
    <message>
        <source>The fusion includes a posterolateral graft bed</source>
        <translation>L&apos;arthrodèse comporte un lit de greffe postérolatéral</translation>
    </message>
    <message>
        <source>Posterolateral fusion</source>
        <translation>Arthrodèse postérolatérale</translation>
    </message>
    <message>
        <source>Planned facetectomy, l&amp;eft (%)</source>
        <translation>Facettectomie prévue, &amp;gauche (%)</translation>
    </message>
    <message>
        <source>Planned facetectomy, right (%)</source>
        <translation>Facettectomie prévue, droite (%)</translation>
    </message>
    <message>
        <source>Planned pars removal</source>
        <translation>Résection de l&apos;isthme prévue</translation>
    </message>
    <message>
        <source>Plan &amp;by level</source>
        <translation>&amp;Exceptions par niveau</translation>
    </message>
    <message>
        <source>Where a level&apos;s plan differs; it overrides the values above at that level</source>
        <translation>Là où le plan d&apos;un niveau diffère ; il remplace les valeurs ci-dessus à ce niveau</translation>
    </message>
    <message>
        <source>Facetectomy left (%)</source>
        <translation>Facettectomie gauche (%)</translation>
    </message>
    <message>
        <source>Facetectomy right (%)</source>
        <translation>Facettectomie droite (%)</translation>
    </message>
    <message>
        <source>Pars removal</source>
        <translation>Résection de l&apos;isthme</translation>
    </message>
    <message>
        <source>%1 planned facetectomy, left (%)</source>
        <translation>%1 facettectomie prévue, gauche (%)</translation>
    </message>
    <message>
        <source>%1 planned facetectomy, right (%)</source>
        <translation>%1 facettectomie prévue, droite (%)</translation>
    </message>
    <message>
        <source>%1 planned pars removal</source>
        <translation>%1 résection de l&apos;isthme prévue</translation>
    </message>
    <message>
        <source>Graft and biologics</source>
        <translation>Greffe et produits biologiques</translation>
    </message>
    <message>
        <source>Autograft &amp;source</source>
        <translation>Origine de &amp;l&apos;autogreffe</translation>
    </message>
    <message>
        <source>Autograft insufficient</source>
        <translation>Autogreffe insuffisante</translation>
    </message>
    <message>
        <source>Autograft unavailable or insufficient</source>
        <translation>Autogreffe indisponible ou insuffisante</translation>
    </message>
    <message>
        <source>BMA hybrid with iliac crest</source>
        <translation>Aspirat associé à la crête iliaque</translation>
    </message>
    <message>
        <source>Bone marrow aspirate mixed with iliac-crest autograft</source>
        <translation>Aspirat de moelle osseuse mélangé à une autogreffe de crête iliaque</translation>
    </message>
    <message>
        <source>rhBMP-&amp;2 contraindication</source>
        <translation>Contre-indication à la rhBMP-&amp;2</translation>
    </message>
    <message>
        <source>Hypersensitivity, active infection or tumour at the site, skeletal immaturity</source>
        <translation>Hypersensibilité, infection active ou tumeur au site, immaturité squelettique</translation>
    </message>
</context>
<context>
    <name>spinereview::RequestScopePanel</name>
    <message>
        <source>Levels and components</source>
        <translation>Niveaux et composantes</translation>
    </message>
    <message>
        <source>&amp;Levels</source>
        <translation>Niveau&amp;x</translation>
    </message>
    <message>
        <source>Level %1 requested</source>
        <translation>Niveau %1 demandé</translation>
    </message>
    <message>
        <source>C&amp;omponents</source>
        <translation>Co&amp;mposantes</translation>
    </message>
    <message>
        <source>%1 requested</source>
        <translation>%1 demandé</translation>
    </message>
    <message>
        <source>Levels per com&amp;ponent</source>
        <translation>Ni&amp;veaux par composante</translation>
    </message>
    <message>
        <source>Untick “all requested levels” where a component covers fewer levels, e.g. decompression at two levels and fusion at one</source>
        <translation>Décochez « tous les niveaux demandés » quand une composante couvre moins de niveaux, par ex. une décompression sur deux niveaux et une arthrodèse sur un seul</translation>
    </message>
    <message>
        <source>All requested levels</source>
        <translation>Tous les niveaux demandés</translation>
    </message>
    <message>
        <source>%1 covers all requested levels</source>
        <translation>%1 couvre tous les niveaux demandés</translation>
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
        <translation>Demande</translation>
    </message>
    <message>
        <source>Case I&amp;D</source>
        <translation>Identifiant du do&amp;ssier</translation>
    </message>
    <message>
        <source>The date the review is made as of; recency rules count to it. Not documented: today</source>
        <translation>La date à laquelle l&apos;évaluation est faite ; les règles d&apos;ancienneté comptent jusqu&apos;à elle. Non documentée : aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Revie&amp;w date</source>
        <translation>&amp;Date d&apos;évaluation</translation>
    </message>
    <message>
        <source>Request &amp;received</source>
        <translation>Demande &amp;reçue</translation>
    </message>
    <message>
        <source>&amp;Urgency</source>
        <translation>&amp;Urgence</translation>
    </message>
    <message>
        <source>Not documented: the review date</source>
        <translation>Non documentée : la date d&apos;évaluation</translation>
    </message>
    <message>
        <source>Planned sur&amp;gery date</source>
        <translation>Date &amp;opératoire prévue</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>Séjour hospitalier</translation>
    </message>
    <message>
        <source>Se&amp;tting</source>
        <translation>&amp;Type de prise en charge</translation>
    </message>
    <message>
        <source>The surgeon&apos;s expected hospital stay, in midnights</source>
        <translation>Le séjour hospitalier prévu par le chirurgien, en nuits</translation>
    </message>
    <message>
        <source>E&amp;xpected midnights</source>
        <translation>Nuits &amp;prévues</translation>
    </message>
    <message>
        <source>Inpatient ris&amp;k factors</source>
        <translation>Facteurs &amp;justifiant un séjour</translation>
    </message>
    <message>
        <source>Documented (none ticked: no reason documented for a stay)</source>
        <translation>Documentés (aucun coché : aucun motif de séjour documenté)</translation>
    </message>
    <message>
        <source>Inpatient risk factors documented</source>
        <translation>Facteurs de risque d&apos;hospitalisation documentés</translation>
    </message>
    <message>
        <source>Codes, coverage and notes</source>
        <translation>Codes, couverture et notes</translation>
    </message>
    <message>
        <source>comma-separated; empty when not documented</source>
        <translation>séparés par des virgules ; vide si non documenté</translation>
    </message>
    <message>
        <source>&amp;CPT codes</source>
        <translation>&amp;Codes CPT</translation>
    </message>
    <message>
        <source>ICD-1&amp;0 codes</source>
        <translation>Codes CIM-&amp;10</translation>
    </message>
    <message>
        <source>Pa&amp;yer</source>
        <translation>Pa&amp;yeur</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Type de régime</translation>
    </message>
    <message>
        <source>&amp;Member ID</source>
        <translation>N° d&apos;ad&amp;hérent</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Request &amp; coverage</source>
        <translation>Demande et couverture</translation>
    </message>
</context>
<context>
    <name>spinereview::ResultsPanel</name>
    <message>
        <source>Determinations</source>
        <translation>Déterminations</translation>
    </message>
    <message>
        <source>Determinations or comparison</source>
        <translation>Déterminations ou comparaison</translation>
    </message>
    <message>
        <source>Determinations, reasons, cautions, missing records and evidence</source>
        <translation>Déterminations, motifs, mises en garde, documents manquants et données probantes</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Why — %1</source>
        <translation>Pourquoi — %1</translation>
    </message>
    <message>
        <source>Why — %1 at %2</source>
        <translation>Pourquoi — %1 en %2</translation>
    </message>
</context>
<context>
    <name>spinereview::ReviewPanel</name>
    <message>
        <source>Review message</source>
        <translation>Message de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;M&apos;attribuer</translation>
    </message>
    <message>
        <source>&amp;Start review</source>
        <translation>&amp;Commencer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Send to &amp;physician advisor</source>
        <translation>&amp;Envoyer au médecin-conseil</translation>
    </message>
    <message>
        <source>Return to &amp;review</source>
        <translation>&amp;Renvoyer en évaluation</translation>
    </message>
    <message>
        <source>&amp;Determine</source>
        <translation>&amp;Décider</translation>
    </message>
    <message>
        <source>Sa&amp;ve review</source>
        <translation>Enregistrer &amp;l&apos;évaluation</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Remo&amp;ve note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Statut de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Decisions per component</source>
        <translation>Décisions par composante</translation>
    </message>
    <message>
        <source>Notes on criteria</source>
        <translation>Notes sur les critères</translation>
    </message>
    <message>
        <source>No stored review is open: open one from the worklist (Ctrl+L).</source>
        <translation>Aucune évaluation enregistrée n&apos;est ouverte : ouvrez-en une depuis la liste de travail (Ctrl+L).</translation>
    </message>
    <message>
        <source>no due time (receipt not documented)</source>
        <translation>pas d&apos;échéance (réception non documentée)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source> (unsaved)</source>
        <translation> (non enregistrée)</translation>
    </message>
    <message>
        <source>Status: %1%2</source>
        <translation>Statut : %1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) differ from the engine&apos;s without a reason.</source>
        <translation>
            <numerusform>%n décision diffère de celle du moteur sans motif.</numerusform>
            <numerusform>%n décisions diffèrent de celle du moteur sans motif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose who you are (Working as) to save decisions.</source>
        <translation>Choisissez qui vous êtes (Travailler en tant que) pour enregistrer des décisions.</translation>
    </message>
    <message>
        <source>Note on a criterion</source>
        <translation>Note sur un critère</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation>Dossier entier</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Critère :</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Nive&amp;au :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Case %1 · review %2 · criteria set %3, version %4 · %5</source>
        <translation>Dossier %1 · évaluation %2 · jeu de critères %3, version %4 · %5</translation>
    </message>
</context>
<context>
    <name>spinereview::ReviewSession</name>
    <message>
        <source>The stored case %1 cannot be read: %2</source>
        <translation>Le dossier enregistré %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Review %1 was made under %2 version %3 (sha256 %4…), which this installation does not have, so the case cannot be evaluated again; nothing was saved</source>
        <translation>L&apos;évaluation %1 a été faite selon %2 version %3 (sha256 %4…), que cette installation n&apos;a pas ; le dossier ne peut donc pas être réévalué ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>No stored review is open</source>
        <translation>Aucune évaluation enregistrée n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Choose who you are (Review → Working as…) before saving: the audit trail names the reviewer of every save; nothing was saved</source>
        <translation>Choisissez qui vous êtes (Évaluation → Travailler en tant que…) avant d&apos;enregistrer : la piste d&apos;audit nomme l&apos;évaluateur de chaque enregistrement ; rien n&apos;a été enregistré</translation>
    </message>
</context>
<context>
    <name>spinereview::ReviewWorkflow</name>
    <message>
        <source>Import cases</source>
        <translation>Importer des dossiers</translation>
    </message>
    <message>
        <source>Draft autosaved at %1</source>
        <translation>Brouillon enregistré automatiquement à %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique : %1</translation>
    </message>
    <message>
        <source>Review %1 saved</source>
        <translation>Évaluation %1 enregistrée</translation>
    </message>
    <message>
        <source>Someone else saved this review</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette évaluation</translation>
    </message>
    <message>
        <source>%1

Your changes are still in the desk and kept as a draft. Reopen the review from the worklist to see the other reviewer&apos;s work, then enter yours again.</source>
        <translation>%1

Vos modifications restent dans le poste et sont conservées comme brouillon. Rouvrez l&apos;évaluation depuis la liste de travail pour voir le travail de l&apos;autre évaluateur, puis saisissez à nouveau le vôtre.</translation>
    </message>
    <message>
        <source>The review was not saved</source>
        <translation>L&apos;évaluation n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>The review could not be opened</source>
        <translation>L&apos;évaluation n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>No criteria set is loaded, so no case was imported.</source>
        <translation>Aucun jeu de critères n&apos;est chargé ; aucun dossier n&apos;a donc été importé.</translation>
    </message>
    <message>
        <source>SpineReview import (%1)</source>
        <translation>Import SpineReview (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported</source>
        <translation>
            <numerusform>%n dossier importé</numerusform>
            <numerusform>%n dossiers importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already stored unchanged</source>
        <translation>
            <numerusform>%n déjà enregistré sans changement</numerusform>
            <numerusform>%n déjà enregistrés sans changement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>%n refusé :</numerusform>
            <numerusform>%n refusés :</numerusform>
        </translation>
    </message>
    <message>
        <source>review %1</source>
        <translation>évaluation %1</translation>
    </message>
    <message>
        <source>a new case</source>
        <translation>un nouveau dossier</translation>
    </message>
    <message>
        <source>%1, autosaved %2</source>
        <translation>%1, enregistré automatiquement %2</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>SpineReview stopped before this work was saved: %1.</source>
        <translation>SpineReview s&apos;est arrêté avant l&apos;enregistrement de ce travail : %1.</translation>
    </message>
    <message>
        <source>Recover it into the desk, or discard it for good?</source>
        <translation>Le récupérer dans le poste, ou l&apos;abandonner définitivement ?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Ask &amp;later</source>
        <translation>&amp;Demander plus tard</translation>
    </message>
    <message>
        <source>The draft could not be recovered</source>
        <translation>Le brouillon n&apos;a pas pu être récupéré</translation>
    </message>
</context>
<context>
    <name>spinereview::ReviewerPicker</name>
    <message>
        <source>Working as</source>
        <translation>Travailler en tant que</translation>
    </message>
    <message>
        <source>New reviewer…</source>
        <translation>Nouvel évaluateur…</translation>
    </message>
    <message>
        <source>Add a reviewer</source>
        <translation>Ajouter un évaluateur</translation>
    </message>
    <message>
        <source>Working as:</source>
        <translation>En tant que :</translation>
    </message>
    <message>
        <source>Choose who you are…</source>
        <translation>Choisissez qui vous êtes…</translation>
    </message>
    <message>
        <source>New reviewer</source>
        <translation>Nouvel évaluateur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
</context>
<context>
    <name>spinereview::SectionList</name>
    <message>
        <source>Case sections</source>
        <translation>Sections du dossier</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>partly documented</source>
        <translation>partiellement documentée</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>non documentée</translation>
    </message>
</context>
<context>
    <name>spinereview::SensoryDeficitModel</name>
    <message>
        <source>Root</source>
        <translation>Racine</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
</context>
<context>
    <name>spinereview::StatusSummaryChart</name>
    <message>
        <source>Levels (1 for a component decided for the whole case)</source>
        <translation>Niveaux (1 pour une composante décidée pour tout le dossier)</translation>
    </message>
    <message>
        <source>Status summary: no evaluation</source>
        <translation>Synthèse des statuts : aucune évaluation</translation>
    </message>
    <message>
        <source>Status summary</source>
        <translation>Synthèse des statuts</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Status summary: %1</source>
        <translation>Synthèse des statuts : %1</translation>
    </message>
</context>
<context>
    <name>spinereview::StatusSummaryModel</name>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non rempli</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
</context>
<context>
    <name>spinereview::SymptomsSection</name>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>&amp;Neurogenic claudication</source>
        <translation>&amp;Claudication neurogène</translation>
    </message>
    <message>
        <source>Leg or buttock pain or heaviness with standing or walking, relieved by sitting or bending forward</source>
        <translation>Douleur ou lourdeur des membres inférieurs ou des fesses en position debout ou à la marche, soulagée par la position assise ou la flexion du tronc</translation>
    </message>
    <message>
        <source>Radicular &amp;leg pain</source>
        <translation>Radiculalgie du mem&amp;bre inférieur</translation>
    </message>
    <message>
        <source>&amp;Back pain predominant</source>
        <translation>Lombal&amp;gie prédominante</translation>
    </message>
    <message>
        <source>Axial back pain greater than leg pain</source>
        <translation>Lombalgie axiale supérieure à la douleur du membre inférieur</translation>
    </message>
    <message>
        <source>&amp;Duration (weeks)</source>
        <translation>&amp;Durée (semaines)</translation>
    </message>
    <message>
        <source>Worst &amp;pain score (0–10)</source>
        <translation>Pire score de do&amp;uleur (0–10)</translation>
    </message>
    <message>
        <source>&amp;Oswestry Disability Index (0–100)</source>
        <translation>Indice d&apos;incapacité d&apos;&amp;Oswestry (0–100)</translation>
    </message>
    <message>
        <source>Functional impairm&amp;ent</source>
        <translation>&amp;Retentissement fonctionnel</translation>
    </message>
    <message>
        <source>The symptoms limit daily activities or work</source>
        <translation>Les symptômes limitent les activités quotidiennes ou le travail</translation>
    </message>
    <message>
        <source>Outcome scores documented</source>
        <translation>Scores d&apos;évolution documentés</translation>
    </message>
    <message>
        <source>Outcome scores</source>
        <translation>Scores d&apos;évolution</translation>
    </message>
    <message>
        <source>Ou&amp;tcome scores over time</source>
        <translation>Scores d&apos;é&amp;volution dans le temps</translation>
    </message>
    <message>
        <source>Symptoms &amp; exam</source>
        <translation>Symptômes et examen</translation>
    </message>
</context>
<context>
    <name>spinereview::TherapyEpisodesModel</name>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Episode %1, %2: %3</source>
        <translation>Épisode %1, %2 : %3</translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>non documenté</translation>
    </message>
    <message>
        <source>Episode %1, end: no end date, counted as ongoing at the review date</source>
        <translation>Épisode %1, fin : pas de date de fin, compté comme en cours à la date d&apos;évaluation</translation>
    </message>
    <message>
        <source>Episode %1</source>
        <translation>Épisode %1</translation>
    </message>
    <message>
        <source>Episode %1: %2</source>
        <translation>Épisode %1 : %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Contraindicated</source>
        <translation>Contre-indiqué</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Modalité</translation>
    </message>
</context>
<context>
    <name>spinereview::TherapySection</name>
    <message>
        <source>Conservative therapy &amp;documented</source>
        <translation>Traitement &amp;conservateur documenté</translation>
    </message>
    <message>
        <source>Conservative therapy documented</source>
        <translation>Traitement conservateur documenté</translation>
    </message>
    <message>
        <source>E&amp;pisodes</source>
        <translation>Épiso&amp;des</translation>
    </message>
    <message>
        <source>Episodes of conservative therapy</source>
        <translation>Épisodes de traitement conservateur</translation>
    </message>
    <message>
        <source>&amp;Add episode</source>
        <translation>Ajouter &amp;un épisode</translation>
    </message>
    <message>
        <source>Add therapy episode</source>
        <translation>Ajouter un épisode de traitement</translation>
    </message>
    <message>
        <source>&amp;Remove episode</source>
        <translation>Supprimer &amp;l&apos;épisode</translation>
    </message>
    <message>
        <source>Remove the selected therapy episode</source>
        <translation>Supprimer l&apos;épisode de traitement sélectionné</translation>
    </message>
    <message>
        <source>Problems in the therapy episodes</source>
        <translation>Problèmes dans les épisodes de traitement</translation>
    </message>
    <message>
        <source>Conservative therapy</source>
        <translation>Traitement conservateur</translation>
    </message>
    <message>
        <source>Remove the episodes to change this</source>
        <translation>Supprimez les épisodes pour modifier ceci</translation>
    </message>
    <message>
        <source>Unticked: not documented. Ticked with no episodes: documented as none.</source>
        <translation>Non coché : non documenté. Coché sans épisode : documenté comme aucun.</translation>
    </message>
    <message>
        <source>Weeks of conservative care counted as of %1: %2</source>
        <translation>Semaines de traitement conservateur comptées au %1 : %2</translation>
    </message>
    <message>
        <source>Weeks of conservative care: not documented</source>
        <translation>Semaines de traitement conservateur : non documentées</translation>
    </message>
</context>
<context>
    <name>spinereview::TherapyTimelineChart</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>12-week window before the review date</source>
        <translation>Fenêtre de 12 semaines avant la date d&apos;évaluation</translation>
    </message>
    <message>
        <source>6 weeks required</source>
        <translation>6 semaines exigées</translation>
    </message>
    <message>
        <source>12 weeks required</source>
        <translation>12 semaines exigées</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date d&apos;évaluation</translation>
    </message>
    <message>
        <source>Conservative care: no dated therapy documented</source>
        <translation>Traitement conservateur : aucun traitement daté documenté</translation>
    </message>
    <message>
        <source>Conservative care: 1 week counted</source>
        <translation>Traitement conservateur : 1 semaine comptée</translation>
    </message>
    <message>
        <source>Conservative care: %1 weeks counted</source>
        <translation>Traitement conservateur : %1 semaines comptées</translation>
    </message>
    <message>
        <source>Conservative care</source>
        <translation>Traitement conservateur</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <source> (ongoing)</source>
        <translation> (en cours)</translation>
    </message>
    <message>
        <source>Therapy timeline: %1</source>
        <translation>Chronologie des traitements : %1</translation>
    </message>
    <message>
        <source>no dated therapy documented</source>
        <translation>aucun traitement daté documenté</translation>
    </message>
    <message>
        <source>; 1 week of care counted</source>
        <translation> ; 1 semaine de traitement comptée</translation>
    </message>
    <message>
        <source>; %1 weeks of care counted</source>
        <translation> ; %1 semaines de traitement comptées</translation>
    </message>
    <message>
        <source>; review date %1</source>
        <translation> ; date d&apos;évaluation %1</translation>
    </message>
</context>
<context>
    <name>spinereview::TherapyTimelineModel</name>
    <message>
        <source>%1: %2 to %3%4</source>
        <translation>%1 : du %2 au %3%4</translation>
    </message>
    <message>
        <source> (ongoing at the review date)</source>
        <translation> (en cours à la date d&apos;évaluation)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>review date (ongoing)</source>
        <translation>date d&apos;évaluation (en cours)</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Temps (ms)</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
</context>
<context>
    <name>spinereview::TriStateBox</name>
    <message>
        <source>Not documented</source>
        <translation>Non documenté</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <translation>Délai de traitement par rapport à l&apos;échéance</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Hours from receipt</source>
        <translation>Heures depuis la réception</translation>
    </message>
    <message>
        <source>Clock hours</source>
        <translation>Heures du délai</translation>
    </message>
    <message>
        <source>Mean hours</source>
        <translation>Heures en moyenne</translation>
    </message>
    <message>
        <source>%1 determined on time, %2 late, mean %3 hours against a %4-hour clock</source>
        <translation>%1 décidées dans les délais, %2 en retard, moyenne de %3 heures pour un délai de %4 heures</translation>
    </message>
    <message>
        <source>none determined (%1-hour clock)</source>
        <translation>aucune décidée (délai de %1 heures)</translation>
    </message>
    <message>
        <source>%1: %2; %3 open overdue, %4 open within the clock</source>
        <translation>%1 : %2 ; %3 ouvertes en retard, %4 ouvertes dans les délais</translation>
    </message>
    <message>
        <source>Turnaround: %1</source>
        <translation>Délai de traitement : %1</translation>
    </message>
</context>
<context>
    <name>spinereview::TurnaroundModel</name>
    <message>
        <source>Mean %1 hours, longest %2 hours from receipt to determination</source>
        <translation>Moyenne de %1 heures, maximum de %2 heures de la réception à la décision</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>Decided on time</source>
        <translation>Décidées dans les délais</translation>
    </message>
    <message>
        <source>Decided late</source>
        <translation>Décidées en retard</translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation>Ouvertes, en retard</translation>
    </message>
    <message>
        <source>Open, in time</source>
        <translation>Ouvertes, dans les délais</translation>
    </message>
    <message>
        <source>Mean hours</source>
        <translation>Heures en moyenne</translation>
    </message>
    <message>
        <source>Clock hours</source>
        <translation>Heures du délai</translation>
    </message>
    <message>
        <source>Position of the mean</source>
        <translation>Position de la moyenne</translation>
    </message>
    <message>
        <source>Position of the clock</source>
        <translation>Position de l&apos;échéance</translation>
    </message>
</context>
<context>
    <name>spinereview::WorklistFilterBar</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Open (not determined)</source>
        <translation>Ouvertes (non décidées)</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence :</translation>
    </message>
    <message>
        <source>Urgency filter</source>
        <translation>Filtre d&apos;urgence</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Standard, and requests that do not state their urgency</source>
        <translation>Standard, et demandes qui ne précisent pas leur urgence</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>Éva&amp;luateur :</translation>
    </message>
    <message>
        <source>Reviewer filter</source>
        <translation>Filtre d&apos;évaluateur</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>&amp;Payeur :</translation>
    </message>
    <message>
        <source>Payer filter</source>
        <translation>Filtre de payeur</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>Due filter</source>
        <translation>Filtre d&apos;échéance</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>À tout moment</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Échéance sous 7 jours</translation>
    </message>
    <message>
        <source>Past the due time and not determined</source>
        <translation>Échéance dépassée et non décidée</translation>
    </message>
    <message>
        <source>Due from now until the same time in 7 days</source>
        <translation>Échéance entre maintenant et la même heure dans 7 jours</translation>
    </message>
    <message>
        <source>Search by case id or patient id</source>
        <translation>Rechercher par identifiant de dossier ou de patient</translation>
    </message>
    <message>
        <source>Case id or patient id</source>
        <translation>Identifiant de dossier ou de patient</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
</context>
<context>
    <name>spinereview::WorklistModel</name>
    <message>
        <source>not stated</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>no clock</source>
        <translation>sans délai</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Due %1 (local time): past due and not determined</source>
        <translation>Échéance le %1 (heure locale) : dépassée et non décidée</translation>
    </message>
    <message>
        <source>Due %1 (local time)</source>
        <translation>Échéance le %1 (heure locale)</translation>
    </message>
    <message>
        <source>No turnaround clock: the request does not state when it was received</source>
        <translation>Pas de délai de traitement : la demande ne précise pas quand elle a été reçue</translation>
    </message>
    <message>
        <source>Levels requested (not sortable)</source>
        <translation>Niveaux demandés (non triable)</translation>
    </message>
    <message>
        <source>When the decision is due, in local time: 72 hours after receipt for expedited requests, 7 calendar days for standard ones</source>
        <translation>Échéance de la décision, en heure locale : 72 heures après la réception pour les demandes accélérées, 7 jours calendaires pour les demandes standard</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Identifiant du dossier</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Identifiant du patient</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
</context>
<context>
    <name>spinereview::WorklistWindow</name>
    <message>
        <source>Storage problem</source>
        <translation>Problème de stockage</translation>
    </message>
    <message>
        <source>Worklist — SpineReview</source>
        <translation>Liste de travail — SpineReview</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Liste de travail</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>Liste &amp;de travail</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>&amp;Open review</source>
        <translation>&amp;Ouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Import cases…</source>
        <translation>&amp;Importer des dossiers…</translation>
    </message>
    <message>
        <source>Import one or more case files (.json)</source>
        <translation>Importer un ou plusieurs fichiers de dossier (.json)</translation>
    </message>
    <message>
        <source>Import a &amp;folder of cases…</source>
        <translation>Importer un dossier de &amp;fichiers…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>Évaluatio&amp;ns</translation>
    </message>
    <message>
        <source>The worklist cannot be sorted by its levels</source>
        <translation>La liste de travail ne peut pas être triée par niveaux</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Importer des dossiers</translation>
    </message>
    <message>
        <source>SpineReview cases (*.json)</source>
        <translation>Dossiers SpineReview (*.json)</translation>
    </message>
    <message>
        <source>Import a folder of cases</source>
        <translation>Importer un dossier de fichiers</translation>
    </message>
    <message>
        <source>No case files (*.json) in %1</source>
        <translation>Aucun fichier de dossier (*.json) dans %1</translation>
    </message>
    <message>
        <source>Reviews could not be read</source>
        <translation>Les évaluations n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>%1 of 1 review</source>
        <translation>%1 sur 1 évaluation</translation>
    </message>
    <message>
        <source>%1 of %2 reviews</source>
        <translation>%1 sur %2 évaluations</translation>
    </message>
    <message>
        <source>1 review</source>
        <translation>1 évaluation</translation>
    </message>
    <message>
        <source>%1 reviews</source>
        <translation>%1 évaluations</translation>
    </message>
    <message>
        <source>⚠ Storage problem: %1</source>
        <translation>⚠ Problème de stockage : %1</translation>
    </message>
    <message>
        <source>Nothing was changed. Press F5 to read again.</source>
        <translation>Rien n&apos;a été modifié. Appuyez sur F5 pour relire.</translation>
    </message>
</context>
</TS>
