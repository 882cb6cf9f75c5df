"""The progress-note window's row of buttons and the Alt letters it shares with the window's
labels (a module of its own: note_editor.py had passed 500 lines)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from vault_app.gui.flow_layout import FlowRow
from vault_app.gui.label_letters import give_label_letters
from vault_app.gui.widgets import form_letters, mnemonic_of


@dataclass(frozen=True)
class ButtonRow:
    row: FlowRow
    copy: QPushButton
    decision: QPushButton


def button_row(window: QWidget, *, form_buttons: tuple[QPushButton, QPushButton, QPushButton],
               carry: QPushButton, taken_elsewhere: set[str], labels: list[QLabel],
               copy_text: Callable[[], object], open_decision: Callable[[], object]) -> ButtonRow:
    """Copy text, Confidentiality decision… and Close made here, beside the note form's own
    (`form_buttons`: sign, amend, discard) and Start from last note, each with its Alt letter;
    `labels` (Template, the session's) share the letters left."""
    sign, amend, discard = form_buttons
    copy = QPushButton(QCoreApplication.translate("NoteEditor", "Copy text"))
    copy.setToolTip(QCoreApplication.translate(
        "NoteEditor", "Copied text is hidden from clipboard history and cleared after 30 seconds"))
    copy.clicked.connect(copy_text)
    decision = QPushButton(QCoreApplication.translate("NoteEditor", "Confidentiality decision…"))
    decision.setToolTip(QCoreApplication.translate(
        "NoteEditor", "This session raised abuse, a threat, risk of self-harm or a legal demand: "
        "work through it step by step and document it"))
    decision.clicked.connect(open_decision)
    close = QPushButton(QCoreApplication.translate("NoteEditor", "Close"))
    close.clicked.connect(window.close)
    # An Alt letter each, chosen in this window's language (found in the real app: only
    # "Start from last note" had one; Sign and Close were Tab after Tab past every section).
    # The buttons, Template and the session's labels share what is left, matched so that each
    # finds one where the letters allow, its words' first letters first (Plantilla, Fecha,
    # Inicio, CPT had none, the buttons having taken their letters one by one first; found on
    # Xvfb in Spanish). The buttons are placed first: they keep one each whatever comes after.
    taken = ({mnemonic_of(carry.text())} | taken_elsewhere | {letter for _w, letter in form_letters(window)}) - {""}
    give_label_letters([sign, close, copy, amend, discard, decision, *labels], taken, first=6)
    # Wrapping onto a second line in a narrow window (flow_layout.py): in one row the seven
    # buttons held the editor at 920 pixels, wider than a 1000-pixel screen has beside its frame.
    row = FlowRow()
    for b in (carry, discard, decision, copy, amend, sign, close):
        # No default button: Enter in the date, CPT or ICD-10 field must not open the
        # confidentiality decision (Qt makes the first button the dialog's default).
        b.setAutoDefault(False)
        row.addWidget(b)
    return ButtonRow(row, copy, decision)
