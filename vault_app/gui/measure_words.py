"""An instrument's name and its risk flag in the screen's language. The items and answers are the
instrument's validated wording (domain/measures/instruments_es.py, chosen by language in the measure
dialog); these two are the app's own sentences about it, so a translator may word them. English reads
exactly as the instrument data (tests/gui/test_measure_words.py holds them equal)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.domain.measures.engine import Instrument
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

NAME = {
    "phq9": QT_TRANSLATE_NOOP("MeasureWords", "Patient Health Questionnaire-9 (depression)"),
    "gad7": QT_TRANSLATE_NOOP("MeasureWords", "Generalized Anxiety Disorder 7-item scale"),
}
RISK_MESSAGE = {
    "phq9": QT_TRANSLATE_NOOP(
        "MeasureWords", "PHQ-9 item 9 (thoughts of being better off dead or of self-harm) was answered above "
                        "\"Not at all\": assess suicide risk and consider a safety plan."),
}

# services/measures.NEXT_STEPS, word for word and in its order (the CLI and the ledger keep the
# service's English): every state's steps (services/measures.STEPS), a signed note's addendum among them.
NEXT_STEPS = (
    QT_TRANSLATE_NOOP("MeasureWords", "Assess suicide risk now and record it in the progress note's risk assessment."),
    QT_TRANSLATE_NOOP("MeasureWords", "Write a safety plan with the client (the note cannot be signed with active "
                                      "ideation and no safety plan)."),
    QT_TRANSLATE_NOOP("MeasureWords", "If you may need to disclose to protect the client, open the confidentiality "
                                      "decision (\"Imminent risk of self-harm or suicide\")."),
    QT_TRANSLATE_NOOP("MeasureWords", "Assess suicide risk now and record it in an addendum to the session's signed "
                                      "progress note (a signed note's risk assessment cannot change)."),
    QT_TRANSLATE_NOOP("MeasureWords", "Write a safety plan with the client and record it in that addendum."),
    QT_TRANSLATE_NOOP("MeasureWords", "Assess suicide risk now and record it in the risk assessment of a progress "
                                      "note for today (no session is linked to this measure)."),
)

def name_shown(inst: Instrument) -> str:
    return QCoreApplication.translate("MeasureWords", NAME[inst.key]) if inst.key in NAME else inst.name


def risk_shown(inst: Instrument) -> str:
    """The risk flag as the dialog shows it. In Spanish it quotes the Spanish answer the PHQ-9 form shows
    («Ningún día»), not the English "Not at all" beside Spanish answers."""
    if inst.key in RISK_MESSAGE:
        return QCoreApplication.translate("MeasureWords", RISK_MESSAGE[inst.key])
    return inst.risk_message


def step_shown(step: str) -> str:
    """One of the flag's next steps in the screen's language; a step this table lacks as the service says it."""
    return QCoreApplication.translate("MeasureWords", step) if step in NEXT_STEPS else step
