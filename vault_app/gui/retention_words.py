"""The retention presets (domain/retention_presets.py) in the screen's language: each preset's
name, its note and where its numbers come from, for Settings' Retention of records box.

Found in the real app: on a Spanish Settings screen the policy was "APA guideline (no state
rule chosen)" and its source a paragraph of English under a Spanish last sentence. What is
saved stays the domain's English (the policy's name and source are kept with the practice's
settings and printed on certificates); only the words on screen change. The English here repeats
the domain's for pyside6-lupdate, and a text is translated only while its English still equals
the domain's (tests/gui/test_retention_words.py), so a preset reworded there shows its new
English whole, never a stale translation or a sentence half translated. Statutes and bills
("Cal. Bus. & Prof. Code 2919", "SB 578") are named as written.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.domain.retention import PRESETS
from vault_app.domain.retention_presets import BY_KEY, PresetValues
from vault_app.gui.dates import show_date
from vault_app.gui.i18n import QT_TRANSLATE_NOOP, current_language

CONTEXT = "RetentionWords"

NAMES: Mapping[str, str] = {
    "apa": QT_TRANSLATE_NOOP("RetentionWords", "APA guideline (no state rule chosen)"),
    "CA": QT_TRANSLATE_NOOP("RetentionWords", "California: psychologists"),
    "CA-MFT": QT_TRANSLATE_NOOP("RetentionWords", "California: marriage and family therapists"),
    "CA-LEP": QT_TRANSLATE_NOOP("RetentionWords", "California: educational psychologists"),
    "CA-LCSW": QT_TRANSLATE_NOOP("RetentionWords", "California: clinical social workers"),
    "CA-LPCC": QT_TRANSLATE_NOOP("RetentionWords", "California: professional clinical counselors"),
    "NY": QT_TRANSLATE_NOOP("RetentionWords", "New York: mental health licenses"),
    "NC": QT_TRANSLATE_NOOP("RetentionWords", "North Carolina"),
    "TN": QT_TRANSLATE_NOOP("RetentionWords", "Tennessee"),
    "CT": QT_TRANSLATE_NOOP("RetentionWords", "Connecticut"),
    "PA": QT_TRANSLATE_NOOP("RetentionWords", "Pennsylvania"),
}
# A preset's note, by its English (several presets share one).
NOTES: Mapping[str, str] = {
    "Where no law applies.": QT_TRANSLATE_NOOP("RetentionWords", "Where no law applies."),
    "Applies to therapy terminated on or after 2015-01-01 (SB 578, Stats. 2014, ch. 312).": QT_TRANSLATE_NOOP(
        "RetentionWords", "Applies to therapy terminated on or after 2015-01-01 (SB 578, Stats. 2014, ch. 312)."),
    "Check your licensing board's current rule, especially for minors.": QT_TRANSLATE_NOOP(
        "RetentionWords", "Check your licensing board's current rule, especially for minors."),
}
PROFESSIONS: Mapping[str, str] = {
    "psychologists (professional guidance, not law)": QT_TRANSLATE_NOOP(
        "RetentionWords", "psychologists (professional guidance, not law)"),
    "psychologists": QT_TRANSLATE_NOOP("RetentionWords", "psychologists"),
    "marriage and family therapists": QT_TRANSLATE_NOOP("RetentionWords", "marriage and family therapists"),
    "educational psychologists": QT_TRANSLATE_NOOP("RetentionWords", "educational psychologists"),
    "clinical social workers": QT_TRANSLATE_NOOP("RetentionWords", "clinical social workers"),
    "professional clinical counselors": QT_TRANSLATE_NOOP("RetentionWords", "professional clinical counselors"),
    "profession not verified": QT_TRANSLATE_NOOP("RetentionWords", "profession not verified"),
    ("every Title VIII profession (psychologists, LCSW/LMSW, mental health counselors, MFTs, creative arts "
     "therapists, psychoanalysts)"): QT_TRANSLATE_NOOP(
        "RetentionWords", "every Title VIII profession (psychologists, LCSW/LMSW, mental health counselors, MFTs, "
                          "creative arts therapists, psychoanalysts)"),
}
# How each preset's figures were checked, by preset key (the four states' share one text, by years).
HOW: Mapping[str, str] = {
    "apa": QT_TRANSLATE_NOOP(
        "RetentionWords", "APA Record Keeping Guidelines (American Psychological Association): 7 years after the "
                          "last service for adults; for minors, 3 years after the age of majority, whichever is "
                          "later"),
    "CA": QT_TRANSLATE_NOOP(
        "RetentionWords", "section text (as enacted by AB 2257, Stats. 2006, ch. 89): 7 years from discharge; a "
                          "minor's records 7 years from the date the patient reaches 18"),
    "CA-MFT": QT_TRANSLATE_NOOP(
        "RetentionWords", "SB 578 as amended adds section 4980.49; its committee analyses state 7 years from the "
                          "end of therapy and 7 years from age 18 for minors"),
    "CA-LEP": QT_TRANSLATE_NOOP(
        "RetentionWords", "section text: 7 years from the date therapy is terminated; a minor's records 7 years "
                          "from age 18"),
    "CA-LCSW": QT_TRANSLATE_NOOP(
        "RetentionWords", "SB 578 committee analyses: LCSWs keep records 7 years from the end of therapy, minors 7 "
                          "years from 18"),
    "CA-LPCC": QT_TRANSLATE_NOOP(
        "RetentionWords", "secondary sources and SB 578 committee analyses: 7 years from the end of therapy, minors "
                          "7 years from 18"),
    "NY": QT_TRANSLATE_NOOP(
        "RetentionWords", "Regents rules on unprofessional conduct, quoted but not checked against the official "
                          "compilation: \"all patient records must be retained for at least six years ... records "
                          "of minor patients must be retained for at least six years, and until one year after the "
                          "minor patient reaches the age of 21 years\": 6 years after the last service; a minor's "
                          "records until age 22 (4 years after 18) if later"),
    "state": QT_TRANSLATE_NOOP(
        "RetentionWords", "{years} years for the clinical record is this state's commonly cited figure, not checked "
                          "against its law: the statute, the profession it binds and any minors' rule were not "
                          "verified, so the minors' period is the APA Record Keeping Guidelines (American "
                          "Psychological Association) default of 3 years after the age of majority. Ask your "
                          "licensing board."),
}
STATES = frozenset({"NC", "TN", "CT", "PA"})
NO_STATUTE = QT_TRANSLATE_NOOP("RetentionWords", "No statute identified")
VERIFIED = QT_TRANSLATE_NOOP("RetentionWords", "{law}; {profession}; text checked on {day}: {how}")
UNVERIFIED = QT_TRANSLATE_NOOP("RetentionWords", "{law}; {profession}; section text NOT verified on {day}: {how}")


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _english_how(preset: PresetValues) -> str:
    """The domain's text, as this table words it (the states' by their years)."""
    if preset.key in STATES:
        return HOW["state"].format(years=preset.adult_years)
    return HOW.get(preset.key, "")


def _said(preset: PresetValues) -> str | None:
    """The preset's note and statement in the screen's language, or None when a part of it has
    no words here (reworded in the domain): then the domain's English is said whole."""
    s = preset.source
    if (NAMES.get(preset.key) != preset.name or (preset.note and NOTES.get(preset.note) != preset.note)
            or PROFESSIONS.get(s.profession) != s.profession or _english_how(preset) != s.how_checked):
        return None
    how = _tr(HOW["state"]).format(years=preset.adult_years) if preset.key in STATES else _tr(HOW[preset.key])
    statement = _tr(VERIFIED if s.verified else UNVERIFIED).format(
        law=s.statute or _tr(NO_STATUTE), profession=_tr(PROFESSIONS[s.profession]), day=show_date(s.checked_on),
        how=how)
    return " ".join(x for x in ((_tr(NOTES[preset.note]) if preset.note else ""), statement) if x)


def preset_name(key: str) -> str:
    """A preset's name in the screen's language (the domain's while it has no words here)."""
    name = PRESETS[key].policy.name
    return _tr(NAMES[key]) if NAMES.get(key) == name else name


def preset_note(key: str) -> str:
    """Where a preset's numbers come from, in the screen's language: in English the domain's
    own text (what is saved with the policy), else its words here when every part has them."""
    if current_language() == "en":
        return PRESETS[key].note
    return _said(BY_KEY[key]) or PRESETS[key].note


def saved_words(name: str, source: str) -> tuple[str, str]:
    """A saved policy's name and source in the screen's language when they are a preset's as it
    saves them; a policy of the therapist's own as typed."""
    key = next((k for k, p in PRESETS.items() if p.policy.name == name and p.note == source), None)
    return (preset_name(key), preset_note(key)) if key is not None else (name, source)


__all__ = ["HOW", "NAMES", "NOTES", "PROFESSIONS", "preset_name", "preset_note", "saved_words"]
