"""A confidentiality decision's situation and outcome as the Decisions tab lists them, in the
screen's language. What is stored, signed and exported stays the key ("duty_to_warn"), and
the signed record keeps the domain's English labels (domain/decisions.py) as it was signed.

The English here repeats domain.decisions.TRIGGER_LABELS and OUTCOME_LABELS for
pyside6-lupdate (it cannot see the domain's tables); tests/gui/test_spanish_chart_dialogs.py keeps
them equal, so a reworded label shows its new English, never a stale translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


__all__ = ["OUTCOME_WORDS", "TRIGGER_WORDS", "outcome_words", "trigger_words"]
