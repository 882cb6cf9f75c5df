"""The progress note's session row and its template have Alt letters one sees (Date, Start,
Length, Modality, CPT, ICD-10, Template), none of them another's in the note window, in English
and in Spanish. Found on Xvfb in Spanish: Fecha, Inicio, Duración, CPT, CIE-10 and Plantilla had
none, reached only by Tab after Tab or the mouse. Real vault, real widgets, the real es.ts; Alt
and a label's letter is pressed to see the keyboard land in its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_day_walk_keyboard import _letters, language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.note_editor import NoteEditor
from vault_app.gui.widgets import FAINT, mnemonic_of, underlined

pytestmark = pytest.mark.gui


def test_each_session_field_and_the_template_have_a_letter_of_their_own(  # type: ignore[no-untyped-def]
        unlocked_app: AppController, qtbot, language: str) -> None:  # noqa: F811
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Sara Sessionrow")
    editor = window.chart.new_note()
    assert isinstance(editor, NoteEditor)
    qtbot.waitExposed(editor)
    wait_ops(qtbot)
    fields = (editor.session_date, editor.fields.start, editor.duration, editor.modality, editor.cpt, editor.icd,
              editor.template)
    labels = {lab.buddy(): lab for lab in editor.findChildren(QLabel) if lab.buddy() in fields}
    assert set(labels) == set(fields), [lab.text() for lab in labels.values()]
    for label in labels.values():
        letter = underlined(label.text())
        shown = " ".join(text for text, given in sorted(_letters(editor), key=lambda f: f[1]) if given)
        assert letter and letter not in FAINT and letter.isascii(), (label.text(), shown)
    assert ("Plantilla" in labels[editor.template].text().replace("&", "")) == (language == "es")
    letters = [letter for _text, letter in _letters(editor) if letter]
    assert len(set(letters)) == len(letters), sorted(_letters(editor), key=lambda f: f[1])
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # mnemonics reach the active window only
    for field in (editor.icd, editor.fields.start, editor.cpt):
        qtbot.keyClick(editor, mnemonic_of(labels[field].text()), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda field=field: QApplication.focusWidget() is field, timeout=5000)
    editor.close()
    wait_ops(qtbot)
