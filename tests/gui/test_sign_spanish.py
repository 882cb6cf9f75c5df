"""Signing a note in Spanish asks in Spanish (found in the real app: the Spanish progress note's
"Firmar y cerrar" opened "Sign and lock this progress note?", its summary lines "Chart …",
"SOAP note, 2 words", "Risk screening: not done", a "Cancel" button, and the signed note read
"Signed … · signature verified")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QPushButton

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


@pytest.fixture
def spanish() -> Iterator[None]:
    assert i18n.install("es") == "es"
    yield
    i18n.install("en")


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
    assert box.windowTitle().startswith("¿Firmar y cerrar?")
    assert box.text() == "¿Firmar y cerrar esta nota de evolución?"
    lines = box.informativeText()
    for spanish_line in ("Expediente ", "Nota SOAP, 2 palabras", "Evaluación de riesgo: no realizada",
                         "Una vez firmada"):
        assert spanish_line in lines, lines
    assert sorted(b.text() for b in box.findChildren(QPushButton)) == ["Cancelar", "Firmar"]
    box.reject()
    editor.sign_now()
    wait_ops(qtbot)
    assert editor.signed
    assert editor.signature_label.text().startswith("Firmada el ")
    assert editor.signature_label.text().endswith("· firma verificada")
    assert editor.status.text() == "Firmada y cerrada. Las correcciones se añaden como adendas o enmiendas."
    editor.close()
    wait_ops(qtbot)
