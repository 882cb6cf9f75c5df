"""Signing a note in Spanish asks in Spanish (found in the real app: the Spanish progress note's
"Firmar y cerrar" opened "Sign and lock this progress note?", its summary lines "Chart …",
"SOAP note, 2 words", "Risk screening: not done", a "Cancel" button, and the signed note read
"Signed … · signature verified")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_the_signing_question_summary_and_signature_are_spanish(unlocked_app: AppController, qtbot,
                                                                spanish: None) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Sofia Firmante")
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(editor.section_edits["subjective"], "Durmio mal.")
    editor.sign()
    box = editor.sign_confirm
    qtbot.waitUntil(box.isVisible)
    assert box.windowTitle().startswith("¿Firmar y sellar?")
    assert box.text() == "¿Firmar y sellar esta nota de evolución?"
    lines = box.informativeText()
    for spanish_line in ("Expediente ", "Nota SOAP, 2 palabras", "Evaluación de riesgo: no realizada",
                         "Una vez firmada"):
        assert spanish_line in lines, lines
    assert sorted(b.text().replace("&", "") for b in box.findChildren(QPushButton)) == ["Cancelar", "Firmar"]
    box.reject()
    editor.sign_now()
    wait_ops(qtbot)
    assert editor.signed
    assert editor.signature_label.text().startswith("Firmada el ")
    assert editor.signature_label.text().endswith("· firma verificada")
    assert editor.status.text() == ("Firmada y sellada: ya no se puede modificar. "
                                    "Las correcciones se añaden como adendas o enmiendas.")
    editor.close()
    wait_ops(qtbot)


def test_the_session_and_risk_choices_are_spanish_and_keep_their_values(unlocked_app: AppController, qtbot,
                                                                        spanish: None) -> None:
    """Found in the real app: "In person", "Individual" and the risk screening's "not assessed",
    "none", "low"… stayed English in a Spanish note. Shown in Spanish; stored as before."""
    from vault_app.services import notes

    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    add_client(unlocked_app, qtbot, "Rita Riesgo")
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.setting.currentText() == "Presencial" and editor.modality.currentText() == "Individual"
    assert editor.ideation.currentText() == "sin evaluar" and editor.risk_level.currentText() == "sin evaluar"
    qtbot.keyClicks(editor.section_edits["subjective"], "Ansiosa.")
    editor.risk_box.setChecked(True)
    editor.ideation.setCurrentIndex(editor.ideation.findData("passive"))
    editor.risk_level.setCurrentIndex(editor.risk_level.findData("low"))
    assert (editor.ideation.currentText(), editor.risk_level.currentText()) == ("pasiva", "bajo")
    assert "Evaluación de riesgo: bajo" in editor.sign_summary()
    editor.flush()
    wait_ops(qtbot)
    note_id = editor.note_id
    assert note_id is not None
    note = notes.get_note(vault, note_id)
    assert note.risk is not None and (note.risk.ideation, note.risk.level) == ("passive", "low")  # type: ignore[union-attr]
    editor.close()
    wait_ops(qtbot)

    again = window.chart.open_note(note_id)  # read back: the stored values shown in Spanish
    assert again is not None
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: again.ideation.currentText() == "pasiva", timeout=10_000)
    assert again.risk_level.currentText() == "bajo"
    again.close()
    wait_ops(qtbot)


def test_the_psychotherapy_editor_hint_and_names_are_spanish(unlocked_app: AppController, qtbot, spanish) -> None:
    """The editor's placeholder and accessible names were English on Spanish screens (the
    words were passed to tr() as a variable, which the translation tools never saw)."""
    from tests.gui.test_chart_editing import _open_psychotherapy

    add_client(unlocked_app, qtbot)
    tab = _open_psychotherapy(unlocked_app, qtbot)
    tab.new_note()
    assert tab.editor.placeholderText().startswith("Notas de proceso de esta sesión.")
    assert tab.editor.accessibleName() == "Texto de la nota de psicoterapia"
