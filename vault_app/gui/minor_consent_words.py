"""The license state's minors' consent rule (domain/minor_consent_presets.py) in the screen's
language, where it is proposed (first-run wizard, Settings, Jurisdiction settings).

The English of the conditions repeats the domain's for pyside6-lupdate; a text is translated only
while its English still equals the domain's (tests/gui/test_minor_consent_gui.py), so a rule
reworded there shows its new English whole, never a stale translation. Sections are named as
written ("Cal. Fam. Code 6924(b)").
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.domain.minor_consent_presets import MinorConsentPreset, preset_of_source
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "MinorConsentWords"

STATE_NAMES: Mapping[str, str] = {
    "CA": QT_TRANSLATE_NOOP("MinorConsentWords", "California"),
    "NY": QT_TRANSLATE_NOOP("MinorConsentWords", "New York"),
}
CONDITIONS: Mapping[str, str] = {
    "CA": QT_TRANSLATE_NOOP(
        "MinorConsentWords",
        "the professional judges the minor mature enough to participate intelligently in the outpatient "
        "treatment or counseling (Health & Safety Code 124260(b), and Family Code 6924(b) as amended by AB "
        "665, Stats. 2023, in force from 2024-07-01). AB 665 removed from 6924 its other condition (a danger "
        "of serious physical or mental harm to the minor or others without the care, or the minor the alleged "
        "victim of incest or child abuse), as the published summaries state; where that danger or abuse is "
        "present, record it too. The parent or guardian is to be involved unless the professional finds, "
        "after consulting the minor, that it would be inappropriate (record which, and why). Not for "
        "psychotropic medication, nor for inpatient care."),
    "NY": QT_TRANSLATE_NOOP(
        "MinorConsentWords",
        "the practitioner finds the minor knowledgeable about the services and their risks and benefits, "
        "the services clinically indicated and necessary to the minor's well-being, and a parent not "
        "reasonably available, or a parent's involvement detrimental to the treatment, or a parent's "
        "refusal not in the minor's best interest (record the findings)."),
}
_RULE = QT_TRANSLATE_NOOP(
    "MinorConsentWords",
    "{state}: a minor {age} or older may consent alone to outpatient mental health care ({citation}). The rule "
    "applies to minors who consent to their own care, chart by chart: where a client's chart records that the "
    "minor consented, the minor, not the parent, signs and holds the rights for that care (45 CFR "
    "164.502(g)(3)(i)); where a parent consented, the parent still signs. Conditions: {conditions}")
_UNCHECKED = QT_TRANSLATE_NOOP(
    "MinorConsentWords",
    "Not checked against the statute's own text here: check it before relying on it. Not legal advice.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rule_words(found: MinorConsentPreset) -> str:
    """The rule, its section, what it changes and its conditions, in the screen's language."""
    conditions = CONDITIONS.get(found.state, "")
    said = _tr(conditions) if conditions == found.conditions else found.conditions
    words = _tr(_RULE).format(state=_tr(STATE_NAMES.get(found.state, found.state)), age=found.age,
                              citation=found.citation, conditions=said)
    return words if found.verified else words + " " + _tr(_UNCHECKED)


def source_words(source: str) -> str:
    """A saved age of consent's source: a preset's statement (today's, or one an earlier version saved) in the
    screen's language, else as saved."""
    found = preset_of_source(source)
    return rule_words(found) if found is not None else source


__all__ = ["CONDITIONS", "STATE_NAMES", "rule_words", "source_words"]
