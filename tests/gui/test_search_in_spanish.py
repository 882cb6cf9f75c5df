"""The search window in Spanish (found in the real app): its title, columns, status line and
each note's kind were English among Spanish screens; the kind showed as its stored key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.search_dialog import SearchDialog
from vault_app.services import notes

pytestmark = pytest.mark.gui


def test_the_search_window_speaks_spanish(unlocked_app: AppController, spanish: None, qtbot) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Quinn Buscaespanol")
    notes.create_progress_note(vault, client_id, sections={"subjective": "Talked about the ferret."})
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChildren(SearchDialog)[0]
    assert dialog.windowTitle().startswith("Buscar en notas y documentos")
    header = dialog.notes.headerItem()
    assert [header.text(i) for i in range(5)] == ["Expediente", "Cliente", "Fecha", "Tipo", "Coincidencia"]
    qtbot.keyClicks(dialog.query, "ferret")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.notes.topLevelItemCount() == 1, timeout=10_000)
    row = dialog.notes.topLevelItem(0)
    assert row is not None and row.text(3) == "evolución"
    assert dialog.status.text() == "1 nota coincidente"
    dialog.close()
    wait_ops(qtbot)


def test_a_refused_search_is_said_in_spanish(unlocked_app: AppController, spanish: None, qtbot) -> None:
    """The search's own refusals (too many words) were shown in the core's English."""
    window = unlocked_app.main_window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChildren(SearchDialog)[0]
    qtbot.keyClicks(dialog.query, " ".join(f"palabra{i}" for i in range(17)))
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "16" in dialog.status.text(), timeout=10_000)
    assert dialog.status.text() == "Use como máximo 16 términos de búsqueda."
    dialog.close()
    wait_ops(qtbot)
