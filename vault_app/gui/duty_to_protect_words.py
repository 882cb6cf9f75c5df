"""The license state's duty to warn or protect (domain/duty_to_protect.py) in the screen's language, where
the settings propose it (first-run wizard, Settings, Jurisdiction settings), and the setting in force.

The rule is said in the decision guide's own coded words (domain/decision_prompts.state_duty_said), so
the guide and the settings say one thing, and a state without words of its own is said from its data in
English. The settings' kinds keep the Jurisdiction settings' words (context "JurisdictionDialog")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.domain.decision_prompts import state_duty_said
from vault_app.domain.duty_to_protect import STATE_NAMES, DutyRule
from vault_app.gui.decision_prompt_words import prompt_words
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "DutyToProtectWords"

# Marked for translation here, translated where shown (the Jurisdiction settings' list too).
DUTY_TO_WARN = (
    ("mandatory", QT_TRANSLATE_NOOP("JurisdictionDialog", "Mandatory: the law requires protective action")),
    ("permissive", QT_TRANSLATE_NOOP("JurisdictionDialog", "Permissive: the law allows a warning")),
    ("none", QT_TRANSLATE_NOOP("JurisdictionDialog", "None: no duty-to-warn statute")),
)
_IN_FORCE = QT_TRANSLATE_NOOP("DutyToProtectWords", "Duty to warn or protect, as your jurisdiction settings say: {0}.")
_SHORT = QT_TRANSLATE_NOOP(
    "DutyToProtectWords",
    "{state}: a duty to protect ({citation}): on a serious threat of violence against an identifiable victim, "
    "you must act. Not checked against the statute's own text.")
_APPLIES = QT_TRANSLATE_NOOP("DutyToProtectWords", "Applying it sets the duty to warn or protect to: {0}.")


def _tr(text: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


def kind_label(kind: str) -> str:
    """mandatory / permissive / none as the Jurisdiction settings' list says it."""
    found = next((text for key, text in DUTY_TO_WARN if key == kind), None)
    return _tr(found, "JurisdictionDialog") if found is not None else kind


def rule_words(found: DutyRule) -> str:
    """The state's duty, its case and statute, when it applies and what discharges it."""
    return prompt_words(state_duty_said(found))


def proposal_words(found: DutyRule) -> str:
    """The rule, and what accepting it changes."""
    return rule_words(found) + " " + _tr(_APPLIES).format(kind_label(found.kind))


def short_words(found: DutyRule) -> str:
    """The duty in two lines (the first-run wizard's About you, where the page must fit a laptop's screen
    beside the state's other rules); its whole words are the tooltip and Settings'."""
    return _tr(_SHORT).format(state=STATE_NAMES.get(found.state, found.state), citation=found.citation)


def in_force_words(kind: str) -> str:
    return _tr(_IN_FORCE).format(kind_label(kind))


__all__ = ["DUTY_TO_WARN", "in_force_words", "kind_label", "proposal_words", "rule_words", "short_words"]
