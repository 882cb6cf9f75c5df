""""This chart is being destroyed" in the screen's language, by every path it reaches a screen
while a destruction runs beside the worker (VAULT_APP_LANGUAGE=es):

- the app's own refusal of opening the chart (gui/destruction_meanwhile.py), from the main
  window, a link (the controller's request) and a Search window's hit clicked before it heard;
- the core's refusal of reading it (services/clients.py, NotFound client.being_destroyed), as a
  screen that reads it shows it;
- the database's refusal of a write into it (storage/sql_errors.py, the closing triggers' error),
  as a screen that writes it shows it.

A real vault, the real wizard held before its first slice (its rows all there, the chart closed on
the connection), real widgets; the texts compared with the Spanish of es.ts and checked to hold
no English of the sentences."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from tests.gui.conftest import wait_ops
from tests.gui.test_destruction_running import _ready_wizard
from tests.gui.test_search_during_destruction import held_deletion  # noqa: F401  (the fixture)
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.search_dialog import SearchDialog
from vault_app.services import clients, notes

pytestmark = pytest.mark.gui

OPEN = ("Este expediente se está destruyendo: ya no se puede abrir. Nada más cambia; el asistente de destrucción "
        "muestra cuánto falta.")
TITLE = "Se está destruyendo un expediente"
ENGLISH = ("being destroyed", "cannot be opened", "nothing more can be saved", "Nothing of it")


@pytest.fixture
def in_spanish(unlocked_app: AppController) -> Iterator[AppController]:
    """The app unlocked, then its words in Spanish (the app's start installs the computer's)."""
    assert i18n.install("es") == "es"
    try:
        yield unlocked_app
    finally:
        i18n.install("en")


def _boxes(parent: QWidget, name: str) -> list[tuple[str, str, str]]:
    boxes = [b for b in parent.findChildren(QMessageBox, name) if b.isVisible()]
    said = [(b.windowTitle(), b.text(), b.informativeText()) for b in boxes]
    for box in boxes:
        box.close()
    for words in said:
        assert not any(english in part for part in words for english in ENGLISH), words
    return said


def test_every_refusal_of_the_chart_being_destroyed_speaks_spanish(
        in_spanish: AppController, qtbot: Any, tmp_path: Path,
        held_deletion: tuple[threading.Event, threading.Event]) -> None:  # noqa: F811  (the fixture imported)
    app = in_spanish
    window = app.main_window
    vault = app.vault
    assert window is not None and vault is not None
    wizard, _number = _ready_wizard(app, qtbot, tmp_path, backups=1)
    destroyed_id = wizard.client_id
    dialog = window.open_search()
    assert isinstance(dialog, SearchDialog)
    dialog.query.setText("walrus")
    dialog.search()
    wait_ops(qtbot)
    row = dialog.notes.topLevelItem(0)
    assert row is not None

    wizard.button(QWizard.WizardButton.CommitButton).click()
    # The Search window's hit clicked before the window heard of the destruction.
    dialog.notes.itemActivated.emit(row, 0)
    assert _boxes(dialog, "destructionMeanwhile") == [(TITLE, OPEN, "")]
    qtbot.waitUntil(held_deletion[0].is_set, timeout=120_000)
    wait_ops(qtbot)
    assert app.chart_being_destroyed == destroyed_id

    # Opening it from the list (the main window) or a link (the controller's request).
    window.open_chart(destroyed_id)
    assert _boxes(window, "destructionMeanwhile") == [(TITLE, OPEN, "")]
    app.open_chart(destroyed_id, note_id="any")
    assert _boxes(window, "destructionMeanwhile") == [(TITLE, OPEN, "")]

    # A screen reading it (the core refuses: client.being_destroyed).
    app.query(window, lambda v: clients.read_chart(v, destroyed_id)).run()
    wait_ops(qtbot)
    assert _boxes(window, "errorDialog") == [("No encontrado", "Este expediente se está destruyendo.",
                                              "Ya no se puede abrir nada de él.")]

    # A screen writing into it (the closing triggers refuse: chart.closed_for_destruction).
    app.op(window, lambda v: notes.create_progress_note(v, destroyed_id, sections={"subjective": "late"})).run()
    wait_ops(qtbot)
    ((_title, text, hint),) = _boxes(window, "errorDialog")
    assert text == "Este expediente se está destruyendo: ya no se puede guardar nada en él."
    assert hint == ("Lo que se escribió en él después de empezar la destrucción no se conserva, como el resto "
                    "del expediente.")

    held_deletion[1].set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page, timeout=120_000)
    wait_ops(qtbot)
    wizard.reject()
    dialog.close()
