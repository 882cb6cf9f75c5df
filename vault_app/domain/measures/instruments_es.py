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

GAD-7, Spanish for the USA (Pfizer Inc.'s translation in the same series, phqscreeners.com, under
the same words). Its instruction line and four answers are the PHQ-9 form's above, as the
series' forms share them. Its seven items were found reproduced word for word, alike in every
word and bracket, by several independent public reproductions of the form (one of them naming
it "the official Spanish text, version Spanish for the USA, of phqscreeners.com"); no page
reproducing Pfizer's PDF itself was at hand to compare against, so the items are to be checked
against the form (GAD7_ES_SOURCE says so) before a release claims more.
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

GAD7_ES_SOURCE = ("GAD-7, Spanish for the USA (Pfizer Inc., phqscreeners.com): instruction line and answers as "
                  "the PHQ-9 form's; items as reproduced word for word by several independent copies of the form, "
                  "not yet compared with Pfizer's PDF")

GAD7_ES: dict[str, Any] = {
    "source": GAD7_ES_SOURCE,
    "prompt": PHQ9_ES["prompt"],
    "items": [
        {"id": "gad7_1", "text": "Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta"},
        {"id": "gad7_2", "text": "No ha sido capaz de parar o controlar su preocupación"},
        {"id": "gad7_3", "text": "Se ha preocupado demasiado por motivos diferentes"},
        {"id": "gad7_4", "text": "Ha tenido dificultad para relajarse"},
        {"id": "gad7_5", "text": "Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)"},
        {"id": "gad7_6", "text": "Se ha molestado o irritado fácilmente"},
        {"id": "gad7_7", "text": "Ha tenido miedo de que algo terrible fuera a pasar"},
    ],
    "options": PHQ9_ES["options"],
}

__all__ = ["GAD7_ES", "GAD7_ES_SOURCE", "PHQ9_ES", "PHQ9_ES_SOURCE"]
