"""The progress-note templates' names and section headings in the screen's language.

A note stores its sections by key ("subjective": text, domain/note_templates.py), never a
heading: the language a note was written in cannot change what is stored or signed, and a
heading here is only the label over a text box (and the line over a section copied out).
SOAP in Spanish is Subjetivo, Objetivo, Evaluación, Plan; DAP is Datos, Evaluación, Plan.
The discharge summary is the Resumen de alta, its hints (the greyed text in an empty box)
translated as its headings are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.domain.note_templates import TEMPLATES, Template
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# Keyed by the template's English heading, the one text the domain gives for a section.
HEADINGS = {
    "Subjective": QT_TRANSLATE_NOOP("NoteTemplates", "Subjective"),
    "Objective": QT_TRANSLATE_NOOP("NoteTemplates", "Objective"),
    "Assessment": QT_TRANSLATE_NOOP("NoteTemplates", "Assessment"),
    "Plan": QT_TRANSLATE_NOOP("NoteTemplates", "Plan"),
    "Data": QT_TRANSLATE_NOOP("NoteTemplates", "Data"),
    "Behavior": QT_TRANSLATE_NOOP("NoteTemplates", "Behavior"),
    "Intervention": QT_TRANSLATE_NOOP("NoteTemplates", "Intervention"),
    "Response": QT_TRANSLATE_NOOP("NoteTemplates", "Response"),
    "Goals": QT_TRANSLATE_NOOP("NoteTemplates", "Goals"),
    "Note": QT_TRANSLATE_NOOP("NoteTemplates", "Note"),
    "Reason for referral / presenting problem": QT_TRANSLATE_NOOP("NoteTemplates",
                                                                  "Reason for referral / presenting problem"),
    "Course of treatment": QT_TRANSLATE_NOOP("NoteTemplates", "Course of treatment"),
    "Progress toward goals": QT_TRANSLATE_NOOP("NoteTemplates", "Progress toward goals"),
    "Status at discharge": QT_TRANSLATE_NOOP("NoteTemplates", "Status at discharge"),
    "Reason for discharge": QT_TRANSLATE_NOOP("NoteTemplates", "Reason for discharge"),
    "Recommendations and referrals": QT_TRANSLATE_NOOP("NoteTemplates", "Recommendations and referrals"),
}
# Keyed by the domain's English hint, as the headings are.
HINTS = {
    "Progress toward the treatment plan's goals. No plan yet? Goals and diagnoses are set in the chart's Overview.":
        QT_TRANSLATE_NOOP("NoteTemplates", "Progress toward the treatment plan's goals. No plan yet? Goals and "
                                           "diagnoses are set in the chart's Overview."),
    "Dates of the first and last session, number of sessions, modality, interventions used": QT_TRANSLATE_NOOP(
        "NoteTemplates", "Dates of the first and last session, number of sessions, modality, interventions used"),
    "Symptoms and functioning at the last contact; risk of harm to self or others": QT_TRANSLATE_NOOP(
        "NoteTemplates", "Symptoms and functioning at the last contact; risk of harm to self or others"),
    "e.g. goals met, client's choice, moved, referred elsewhere, no contact since": QT_TRANSLATE_NOOP(
        "NoteTemplates", "e.g. goals met, client's choice, moved, referred elsewhere, no contact since"),
    "Aftercare, referrals made, medication follow-up, when to return": QT_TRANSLATE_NOOP(
        "NoteTemplates", "Aftercare, referrals made, medication follow-up, when to return"),
}
TITLES = {"free": QT_TRANSLATE_NOOP("NoteTemplates", "Free form"),  # SOAP, DAP... read the same everywhere
          "discharge": QT_TRANSLATE_NOOP("NoteTemplates", "Discharge summary")}


def heading_words(heading: str) -> str:
    """A heading in the screen's language; one added to the domain later stays as written there."""
    return QCoreApplication.translate("NoteTemplates", HEADINGS[heading]) if heading in HEADINGS else heading


def hint_words(hint: str) -> str:
    return QCoreApplication.translate("NoteTemplates", HINTS[hint]) if hint in HINTS else hint


def title_words(template: Template) -> str:
    return QCoreApplication.translate("NoteTemplates", TITLES[template.key]) if template.key in TITLES \
        else template.title


def template_name(key: str) -> str:
    """A note's template, stored by key ("free", "soap"), by its name in the screen's language
    ("Free form", "SOAP"). Found: the chart's list of notes upper-cased the key ("FREE",
    "DISCHARGE") in English and in Spanish. A key no template has (a later version's) as stored."""
    template = TEMPLATES.get(key)
    return title_words(template) if template is not None else key


def shown(template: Template) -> Template:
    """The template with its headings in the screen's language, for what is shown or copied."""
    return Template(template.key, title_words(template),
                    tuple((key, heading_words(heading)) for key, heading in template.sections),
                    tuple((key, hint_words(hint)) for key, hint in template.hints))


__all__ = ["heading_words", "hint_words", "shown", "template_name", "title_words"]
