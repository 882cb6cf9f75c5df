"""What the CPT time rule did to a session's code, said under the code in the same words in the
Session details window (session_dialog.py) and a progress note's session box
(note_progress_fields.py): followed, kept as set by hand, kept on a billed session, or a recorded
code the length does not match. The rule is domain/cpt_on_length.py's; only its words are here.

In the Session details window's context, where the words were first said (and translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.domain.appointments import CPT_TIME_RULE
from vault_app.domain.cpt_on_length import CodeOnLength
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# The window's words (lupdate reads them here; said through _said).
_WORDS = {
    "band": QT_TRANSLATE_NOOP("SessionDialog", "{low} to {high} minutes"),
    "band_open": QT_TRANSLATE_NOOP("SessionDialog", "{low} minutes or more"),
    "none": QT_TRANSLATE_NOOP("SessionDialog", "(none)"),
    "gives": QT_TRANSLATE_NOOP("SessionDialog", "the CPT time rule gives {code} ({band})"),
    "gives_none": QT_TRANSLATE_NOOP("SessionDialog", "no psychotherapy code is reported under 16 minutes"),
    "follows": QT_TRANSLATE_NOOP("SessionDialog", "The CPT code follows the corrected length: {code} is the code "
                                 "for {band} (CPT time rule)."),
    "emptied": QT_TRANSLATE_NOOP("SessionDialog", "The CPT code was emptied: no psychotherapy code is reported "
                                 "under 16 minutes (CPT time rule)."),
    "mismatch": QT_TRANSLATE_NOOP("SessionDialog", "CPT code {kept} does not match the length: for {minutes} "
                                  "minutes {gives}."),
    "hand_set": QT_TRANSLATE_NOOP("SessionDialog", "CPT code {kept} was set by hand and stays. For {minutes} "
                                  "minutes {gives}."),
    "billed_mismatch": QT_TRANSLATE_NOOP("SessionDialog", "This session is billed and its CPT code {kept} does not "
                                         "match the length: for {minutes} minutes {gives}. If the bill is "
                                         "corrected, correct the code too."),
    "billed": QT_TRANSLATE_NOOP("SessionDialog", "This session is billed: its CPT code {kept} is not changed with "
                                "its length. For {minutes} minutes {gives}; if the bill is corrected, correct the "
                                "code too."),
}


def _said(key: str) -> str:
    return QCoreApplication.translate("SessionDialog", _WORDS[key])


def band(code: str) -> str:
    """The minutes the time rule gives `code` for ("38 to 52 minutes"); "" for a code not its."""
    for low, high, banded in CPT_TIME_RULE:
        if banded == code:
            return (_said("band").format(low=low, high=high) if high is not None
                    else _said("band_open").format(low=low))
    return ""


def code_said(code: CodeOnLength, kept: str, minutes: int, *, at_rest: bool = False) -> str:
    """Under the code: `code` what the rule did for a length corrected to `minutes`; `at_rest`:
    `code` is the recorded code beside the length shown (cpt_on_length.code_for_length), not a
    length corrected. "" when there is nothing to say."""
    kept = kept or _said("none")
    gives = (_said("gives").format(code=code.proposed, band=band(code.proposed)) if code.proposed
             else _said("gives_none"))
    if code.outcome == "follows":
        return (_said("follows").format(code=code.proposed, band=band(code.proposed)) if code.proposed
                else _said("emptied"))
    key = {("hand_set", True): "mismatch", ("hand_set", False): "hand_set",
           ("billed", True): "billed_mismatch", ("billed", False): "billed"}.get((code.outcome, at_rest))
    return _said(key).format(kept=kept, minutes=minutes, gives=gives) if key else ""


__all__ = ["band", "code_said"]
