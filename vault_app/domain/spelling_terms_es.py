"""Spanish clinical words pyspellchecker's Spanish list lacks ("ideación" was underlined in a
signed note on the Spanish screens), the counterpart of spelling_terms.py's English list.

Kept as data beside the checker; the therapist's own additions go to the personal
dictionary in the vault instead. Lower case, with their accents; checked case-insensitively
(abbreviations in capitals such as TEPT or TDAH are known anyway; their lower-case forms
are listed for "Tept" at the start of a sentence).
"""

from __future__ import annotations

_TERMS = """
ideación ideaciones autolesión autolesiones autolesivo autolesiva autolesivos autolesivas
suicidabilidad parasuicida parasuicidas
psicoterapia psicoterapias psicoterapéutico psicoterapéutica psicoterapéuticos psicoterapéuticas
psicoeducación psicoeducativo psicoeducativa psicoeducativos psicoeducativas
psicodinámico psicodinámica psicosocial psicosociales biopsicosocial biopsicosociales
psicopatológico psicopatológica psicomotor psicomotora psicomotriz
eutímico eutímica eutimia distímico distímica distimia disfórico disfórica disforia
anhedonia anhedónico anhedónica abulia abúlico abúlica acatisia alogia
hipomanía hipomaníaco hipomaníaca hipomaniaco hipomaniaca ciclotimia ciclotímico ciclotímica
desrealización despersonalización hipervigilancia hipervigilante hiperactivación hiperalerta
reexperimentación rumiación rumiaciones rumiativo rumiativa tangencialidad circunstancialidad
perseveración logorrea neologismos ecolalia hipersomnia esquizoafectivo esquizoafectiva
intrusivo intrusivos intrusivas somatización somática somáticas somatomorfo somatomorfa
interoceptivo interoceptiva mentalización neurocognitivo neurocognitiva neurodesarrollo
neurodivergente neurodivergentes neurotípico neurotípica autorregulación corregulación
desregulación comorbilidad comorbilidades comórbido comórbida interconsulta consultante
consultantes anamnesis teleterapia telepsicología telesalud mindfulness
tept tdah toc tca tlp tcc dbt emdr isrs irsn
sertralina fluoxetina paroxetina citalopram escitalopram fluvoxamina venlafaxina desvenlafaxina
duloxetina bupropión mirtazapina trazodona vortioxetina amitriptilina nortriptilina clomipramina
imipramina lamotrigina valproato carbamazepina oxcarbazepina quetiapina olanzapina risperidona
aripiprazol clozapina haloperidol lorazepam clonazepam alprazolam diazepam buspirona
hidroxizina propranolol prazosina clonidina guanfacina atomoxetina metilfenidato
lisdexanfetamina anfetamina naltrexona buprenorfina metadona disulfiram zolpidem melatonina
"""

CLINICAL_ES: frozenset[str] = frozenset(_TERMS.split())
