"""A confidentiality decision's situation and outcome as the Decisions tab lists them, in the
screen's language. What is stored, signed and exported stays the key ("duty_to_warn"), and
the signed record keeps the domain's English labels (domain/decisions.py) as it was signed.

The English here repeats domain.decisions.TRIGGER_LABELS and OUTCOME_LABELS for
pyside6-lupdate (it cannot see the domain's tables); tests/gui/test_spanish_chart_dialogs.py keeps
them equal, so a reworded label shows its new English, never a stale translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.domain.decision_guide import NOT_LEGAL_ADVICE
from vault_app.domain.decisions import OUTCOME_LABELS, TRIGGER_LABELS
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

TRIGGER_WORDS = {
    "child_abuse": QT_TRANSLATE_NOOP("DecisionWords", "Suspected child abuse or neglect"),
    "elder_abuse": QT_TRANSLATE_NOOP("DecisionWords", "Suspected elder or dependent-adult abuse"),
    "duty_to_warn": QT_TRANSLATE_NOOP("DecisionWords", "Threat to another person (duty to warn or protect)"),
    "self_harm": QT_TRANSLATE_NOOP("DecisionWords", "Imminent risk of self-harm or suicide"),
    "court_order": QT_TRANSLATE_NOOP("DecisionWords", "Court order signed by a judge"),
    "subpoena": QT_TRANSLATE_NOOP("DecisionWords", "Subpoena (without a court order)"),
    "national_security": QT_TRANSLATE_NOOP("DecisionWords", "National-security request"),
    "other": QT_TRANSLATE_NOOP("DecisionWords", "Other situation"),
}
OUTCOME_WORDS = {
    "disclose": QT_TRANSLATE_NOOP("DecisionWords", "Disclose (the minimum necessary)"),
    "do_not_disclose": QT_TRANSLATE_NOOP("DecisionWords", "Do not disclose"),
    "seek_order": QT_TRANSLATE_NOOP("DecisionWords",
                                    "Do not disclose now: seek a court order, notify the client, consult counsel"),
}


def _said(words: dict[str, str], labels: dict[str, str], key: str) -> str:
    # Only while the English still matches the domain's: a label reworded there reads as it now is.
    if key in words and words[key] == labels.get(key):
        return QCoreApplication.translate("DecisionWords", words[key])
    return labels.get(key, key)


def trigger_words(key: str) -> str:
    return _said(TRIGGER_WORDS, TRIGGER_LABELS, key)


def outcome_words(key: str) -> str:
    return _said(OUTCOME_WORDS, OUTCOME_LABELS, key)


# What a careful record usually has but signing does not wait for (domain/decision_rules.sign_warnings
# says them in English, without codes): known by their English, said in the screen's language.
SIGN_WARNINGS = {
    "No consultation is recorded. If you consulted anyone, add it; if not, you may add it later.": QT_TRANSLATE_NOOP(
        "DecisionWords", "No consultation is recorded. If you consulted anyone, add it; if not, you may add it later."),
    "No statute or rule is named in the Law step.": QT_TRANSLATE_NOOP(
        "DecisionWords", "No statute or rule is named in the Law step."),
    "No follow-up steps are listed.": QT_TRANSLATE_NOOP("DecisionWords", "No follow-up steps are listed."),
}
RISK_PREFIX = "Risk factors not assessed: "
RISK_WORDS = QT_TRANSLATE_NOOP("DecisionWords", "Risk factors not assessed: {0}.")
# The risk factors (domain/decisions.RISK_FACTORS), as the warning names them.
RISK_FACTOR_WORDS = {
    "plan": QT_TRANSLATE_NOOP("DecisionWords", "plan"),
    "intent": QT_TRANSLATE_NOOP("DecisionWords", "intent"),
    "means": QT_TRANSLATE_NOOP("DecisionWords", "means"),
    "identifiable victim": QT_TRANSLATE_NOOP("DecisionWords", "identifiable victim"),
    "history": QT_TRANSLATE_NOOP("DecisionWords", "history"),
}


NOT_LEGAL_ADVICE_WORDS = QT_TRANSLATE_NOOP(
    "DecisionWords", "This app records your reasoning; it does not give legal advice. The rules differ by state: "
                     "check your jurisdiction settings and, when unsure, call your licensing board, a colleague, or "
                     "your liability insurer's risk-management line.")


def not_legal_advice_words() -> str:
    """domain.decision_guide.NOT_LEGAL_ADVICE in the screen's language (while the English is the same)."""
    if NOT_LEGAL_ADVICE_WORDS != NOT_LEGAL_ADVICE:
        return NOT_LEGAL_ADVICE
    return QCoreApplication.translate("DecisionWords", NOT_LEGAL_ADVICE_WORDS)


def sign_warning_words(warning: str) -> str:
    """One of sign_warnings in the screen's language; one it does not know stays whole in English."""
    if warning in SIGN_WARNINGS:
        return QCoreApplication.translate("DecisionWords", SIGN_WARNINGS[warning])
    if warning.startswith(RISK_PREFIX) and warning.endswith("."):
        factors = warning[len(RISK_PREFIX):-1].split(", ")
        if all(f in RISK_FACTOR_WORDS for f in factors):
            said = ", ".join(QCoreApplication.translate("DecisionWords", RISK_FACTOR_WORDS[f]) for f in factors)
            return QCoreApplication.translate("DecisionWords", RISK_WORDS).format(said)
    return warning


__all__ = ["NOT_LEGAL_ADVICE_WORDS", "OUTCOME_WORDS", "RISK_FACTOR_WORDS", "SIGN_WARNINGS", "TRIGGER_WORDS",
           "not_legal_advice_words", "outcome_words", "sign_warning_words", "trigger_words"]
