"""A confidentiality decision's situation and outcome as the Decisions tab lists them, in the
screen's language. What is stored, signed and exported stays the key ("duty_to_warn"), and
the signed record keeps the domain's English labels (domain/decisions.py) as it was signed.

The English here repeats domain.decisions.TRIGGER_LABELS, OUTCOME_LABELS, METHOD_LABELS and
REASON_LABELS for pyside6-lupdate (it cannot see the domain's tables), keyed by the stored key;
tests/gui/test_spanish_notes_and_decisions.py keeps them equal, and each is said only while its English
is still the domain's, so a reworded label shows its new English, never a stale translation. The
guided prompts and the warnings before signing are said by their codes (gui/decision_prompt_words.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.domain.decision_guide import NOT_LEGAL_ADVICE
from vault_app.domain.decisions import METHOD_LABELS, OUTCOME_LABELS, OUTCOME_LABELS_FOR, REASON_LABELS, TRIGGER_LABELS
from vault_app.gui.decision_prompt_words import prompt_words
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


# domain.decisions.OUTCOME_LABELS_FOR repeated, as OUTCOME_WORDS repeats OUTCOME_LABELS
OUTCOME_WORDS_FOR = {
    ("court_order", "seek_order"): QT_TRANSLATE_NOOP(
        "DecisionWords", "Do not disclose now: ask the court, with counsel, to limit the order; notify the client"),
}


def outcome_words(key: str, trigger: str = "") -> str:
    """The outcome as the situation `trigger` says it (a court order's "seek order" is asking the court to
    limit the order), in the screen's language."""
    if (trigger, key) in OUTCOME_LABELS_FOR:
        words, labels = OUTCOME_WORDS_FOR, OUTCOME_LABELS_FOR
        if words.get((trigger, key)) == labels[(trigger, key)]:
            return QCoreApplication.translate("DecisionWords", words[(trigger, key)])
        return labels[(trigger, key)]
    return _said(OUTCOME_WORDS, OUTCOME_LABELS, key)


# The method, the reason the client was not told and the risk factor (domain/decisions.py), as
# the dialog's choices show them; stored and signed as the key.
METHOD_WORDS = {
    "phone": QT_TRANSLATE_NOOP("DecisionWords", "phone call"),
    "form": QT_TRANSLATE_NOOP("DecisionWords", "reporting form"),
    "letter": QT_TRANSLATE_NOOP("DecisionWords", "letter"),
    "fax": QT_TRANSLATE_NOOP("DecisionWords", "fax"),
    "in_person": QT_TRANSLATE_NOOP("DecisionWords", "in person"),
    "secure_electronic": QT_TRANSLATE_NOOP("DecisionWords", "secure electronic message or portal"),
    "records": QT_TRANSLATE_NOOP("DecisionWords", "copies of records"),
    "other": QT_TRANSLATE_NOOP("DecisionWords", "other"),
}
REASON_WORDS = {
    "national_security": QT_TRANSLATE_NOOP("DecisionWords", "national security: the law forbids telling the client"),
    "safety": QT_TRANSLATE_NOOP("DecisionWords", "telling the client would put someone at risk"),
    "not_yet": QT_TRANSLATE_NOOP("DecisionWords", "not yet: the client will be told when it is safe"),
    "unreachable": QT_TRANSLATE_NOOP("DecisionWords", "the client could not be reached"),
    "other": QT_TRANSLATE_NOOP("DecisionWords", "another reason"),
}


def method_words(key: str) -> str:
    return _said(METHOD_WORDS, METHOD_LABELS, key)


def reason_words(key: str) -> str:
    return _said(REASON_WORDS, REASON_LABELS, key)


def not_legal_advice_words() -> str:
    """domain.decision_guide.NOT_LEGAL_ADVICE in the screen's language, by its code."""
    return prompt_words(NOT_LEGAL_ADVICE)


def sign_warning_words(warning: str) -> str:
    """One of sign_warnings (a Problem) in the screen's language, by its code; one without words
    stays whole in English."""
    return prompt_words(warning)


__all__ = ["METHOD_WORDS", "OUTCOME_WORDS", "OUTCOME_WORDS_FOR",
           "REASON_WORDS", "TRIGGER_WORDS", "method_words", "not_legal_advice_words",
           "outcome_words", "reason_words", "sign_warning_words", "trigger_words"]
