"""What the complete open export carries beside the notes, counted in the screen's language: in its
window before anything is typed (from services/open_export_counts) and in its result after the export
(services/open_export.OpenExportResult). Found by the round's brief: the window said nothing of the
amendment requests under dispute and the notices of closure it carries, and counted none of them.

The amendments, addenda, denied requests and statements of disagreement are said in the ordinary
export's words (gui/export_words.CARRIED, its context), so both exports say them alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.gui.export_words import CARRIED, WITH
from vault_app.gui.export_words import CONTEXT as EXPORT_CONTEXT
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "OpenExportWords"

NOTES = QT_TRANSLATE_NOOP("OpenExportWords", "{count} signed progress notes")
NOTES_ONE = QT_TRANSLATE_NOOP("OpenExportWords", "1 signed progress note")
NO_NOTES = QT_TRANSLATE_NOOP("OpenExportWords", "no signed progress note")
LETTERS = QT_TRANSLATE_NOOP("OpenExportWords", "{count} notices of closure sent")
LETTERS_ONE = QT_TRANSLATE_NOOP("OpenExportWords", "1 notice of closure sent")
# Before the export: what the chart holds now that goes, the gate deciding when Export is pressed.
BEFORE = QT_TRANSLATE_NOOP("OpenExportWords", "From this chart now: {items}.")


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def carried_words(amendments: int, addenda: int, disputes: int, disagreements: int, letters: int) -> list[str]:
    """["with 1 amendment, 2 addenda, 1 amendment request denied", "1 notice of closure sent"], each
    only when there is one; [] when it carries none of them."""
    counted = [QCoreApplication.translate(EXPORT_CONTEXT, CARRIED[f"{key}.one" if n == 1 else key]).format(count=n)
               for key, n in (("amendments", amendments), ("addenda", addenda), ("disputes", disputes),
                              ("disagreements", disagreements)) if n]
    said = [QCoreApplication.translate(EXPORT_CONTEXT, WITH).format(items=", ".join(counted))] if counted else []
    if letters:
        said.append(_tr(LETTERS_ONE) if letters == 1 else _tr(LETTERS).format(count=letters))
    return said


def before_export(notes: int, amendments: int, addenda: int, disputes: int, disagreements: int,
                  letters: int) -> str:
    """"From this chart now: 3 signed progress notes; with 1 amendment, 2 addenda, 1 amendment request
    denied, 1 statement of disagreement; 1 notice of closure sent.\""""
    lead = _tr(NOTES_ONE) if notes == 1 else _tr(NOTES).format(count=notes) if notes else _tr(NO_NOTES)
    return _tr(BEFORE).format(items="; ".join([lead, *carried_words(amendments, addenda, disputes, disagreements,
                                                                     letters)]))


__all__ = ["BEFORE", "CONTEXT", "LETTERS", "LETTERS_ONE", "NOTES", "NOTES_ONE", "NO_NOTES", "before_export",
           "carried_words"]
