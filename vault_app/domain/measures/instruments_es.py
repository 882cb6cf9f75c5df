"""The published Spanish wording of the built-in instruments, as data beside the English.

A validated questionnaire's words are part of the instrument: a translator's paraphrase is
another questionnaire, with no evidence behind its cut-offs. So the Spanish a Spanish screen
shows is the official translation, copied verbatim, and lives here in the domain rather than
in the GUI's es.ts, where a translator could (and should be free to) reword the app's own
sentences. A wording holds the same items, in the same order, and the same answer values as
the English; what is stored stays the answer values, never these words.

PHQ-9, Spanish for the USA (Pfizer Inc.'s translation, distributed with the PHQ screeners,
phqscreeners.com: "No se requiere permiso para reproducir, traducir, presentar o
distribuir"). Copied verbatim from the form "Cuestionario sobre la salud del paciente-9
(PHQ-9)" as reproduced at https://es.studenta.com/content/129686767/patient-health-questionnaire-9-spanish
(the PDF "PatientHealthQuestionnaire9_Spanish", with Pfizer's credit line "Elaborado por los
doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una
subvención educativa otorgada por Pfizer Inc."). The form's line breaks are joined with a
space; the dashes in items 6 and 8 are the form's en dashes, the "?" mid-item 8 is the form's.

GAD-7: not here, so it shows in English on every screen. No public page or citable repository
reproducing Pfizer's Spanish (USA) GAD-7 form, with its instruction line and answers, was found;
wording seen only in uncited code is not the published text.
"""

from __future__ import annotations

from typing import Any

PHQ9_ES_SOURCE = ("PHQ-9, Spanish for the USA (Pfizer Inc., phqscreeners.com), verbatim from the form reproduced "
                  "at https://es.studenta.com/content/129686767/patient-health-questionnaire-9-spanish")

PHQ9_ES: dict[str, Any] = {
    "source": PHQ9_ES_SOURCE,
    "prompt": "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?",
    "items": [
        {"id": "phq9_1", "text": "Poco interés o placer en hacer cosas"},
        {"id": "phq9_2", "text": "Se ha sentido decaído(a), deprimido(a) o sin esperanzas"},
        {"id": "phq9_3", "text": "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado"},
        {"id": "phq9_4", "text": "Se ha sentido cansado(a) o con poca energía"},
        {"id": "phq9_5", "text": "Sin apetito o ha comido en exceso"},
        {"id": "phq9_6", "text": "Se ha sentido mal con usted mismo(a) \u2013 o que es un fracaso o que ha quedado mal "
                                 "con usted mismo(a) o con su familia"},
        {"id": "phq9_7", "text": "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el "
                                 "periódico o ver la televisión"},
        {"id": "phq9_8", "text": "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo "
                                 "contrario \u2013 muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de "
                                 "lo normal"},
        {"id": "phq9_9", "text": "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera"},
    ],
    "options": [
        {"value": 0, "label": "Ningún día"},
        {"value": 1, "label": "Varios días"},
        {"value": 2, "label": "Más de la mitad de los días"},
        {"value": 3, "label": "Casi todos los días"},
    ],
}

__all__ = ["PHQ9_ES", "PHQ9_ES_SOURCE"]
