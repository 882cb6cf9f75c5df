"""What only a progress note asks before its signature, and lists in the question: the session
date whole and the risk screening complete; then the chart, the template and the note's
length, the session and the screening. The asking and signing are the shared ones
(note_signing.py, through NoteForm); the words keep the note editor's translations (context
NoteEditor), where they were written first.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vault_app.domain.same_day_sessions import NO_SESSION
from vault_app.gui.date_field import unfinished_date
from vault_app.gui.dates import read_time, show_date, show_time
from vault_app.gui.number_field import refused_number

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from vault_app.gui.note_progress_fields import ProgressFields
    from vault_app.services.notes import ProgressDraft


def ready_to_sign(fields: ProgressFields, status: QLabel) -> bool:
    """False, with the field in question said or given the keyboard, where signing must wait."""
    # A session date left half-typed: Qt put back the last whole date, which the summary
    # would list and the signature fix for good (a day nobody typed). Said at the field.
    if fields.session_box.isChecked() and (unfinished_date(fields.session_date) or refused_number(fields.duration)):
        return False
    # A start time that is no time ("25:99"): the autosave already said "Not saved", yet the
    # question "Sign and lock?" came first and the refusal only after its Sign (found walking in
    # Spanish). Said before anything is asked.
    typed = fields.start.text().strip()
    if fields.session_box.isChecked() and typed and read_time(typed) is None:
        status.setText(QCoreApplication.translate(
            "NoteEditor", "The start time “{0}” is not a time: correct it (e.g. {1}) before signing.").format(
                typed, show_time(time(14, 30))))
        fields.start.setFocus()
        return False
    if fields.risk_box.isChecked() and not fields.risk_complete():
        status.setText(QCoreApplication.translate(
            "NoteEditor", "Choose the ideation and the risk level, or untick Risk screening, before signing."))
        fields.risk_level.setFocus()
        return False
    return True


def carried_words(sections: Mapping[str, str], carried: Mapping[str, str]) -> int:
    """The words of carried text still in the note exactly as carried (a carried section
    rewritten, even in part, counts as the therapist's own)."""
    return sum(len(text.split()) for key, text in carried.items() if text.strip() and text in sections.get(key, ""))


def sign_summary(snap: ProgressDraft, chart_number: str | None, template: str, risk_level: str,
                 carried: Mapping[str, str] | None = None, carried_from: str = "") -> list[str]:
    """The lines above "Sign": `template` and `risk_level` as the editor shows them; `carried`
    the text carried forward from the note of `carried_from`, by section."""
    words = sum(len(text.split()) for text in snap.sections.values())
    lines = []
    if chart_number is not None:
        lines.append(QCoreApplication.translate("NoteEditor", "Chart {0}").format(chart_number))
    # In the note's language: these lines were English in a Spanish note's summary.
    lines.append(QCoreApplication.translate("NoteEditor", "{0} note, %n word", "", words).format(template)
                 if words == 1
                 else QCoreApplication.translate("NoteEditor", "{0} note, %n words", "", words).format(template))
    # A therapist who typed 8 words read "30 words" (the carried plan counted silently): the
    # count stays the whole note (what the signature covers), and says what was not typed today.
    unchanged = carried_words(snap.sections, carried or {})
    if unchanged:
        lines.append(QCoreApplication.translate(
            "NoteEditor", "%n of them were carried unchanged from the note of {0}", "", unchanged)
            .format(carried_from) if unchanged > 1 else QCoreApplication.translate(
            "NoteEditor", "%n of them was carried unchanged from the note of {0}", "", unchanged)
            .format(carried_from))
    if snap.session is not None and snap.same_day != NO_SESSION:
        lines.append(QCoreApplication.translate("NoteEditor", "Session {0}, {1} min, CPT {2}").format(
            show_date(snap.session["date"]), snap.session["duration_minutes"],
            snap.session["cpt_code"] or QCoreApplication.translate("NoteEditor", "none")))
    else:
        lines.append(QCoreApplication.translate("NoteEditor", "No session recorded"))
    lines.append(QCoreApplication.translate("NoteEditor", "Risk screening: {0}").format(risk_level) if snap.risk
                 else QCoreApplication.translate("NoteEditor", "Risk screening: not done"))
    return lines


__all__ = ["carried_words", "ready_to_sign", "sign_summary"]
