"""The search window names each hit's chart as the client list does (domain/list_names.py): the
legal name beside a different preferred one, the birth year where two read the same. Found in the
real app: it showed the preferred name alone, and the notes of two clients both called "Sam" read
alike. Privacy mode shows neither name; Spanish says the year in its words. Real vault, real
search index, real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from vault_app.gui import i18n, prefs
from vault_app.gui.controller import AppController
from vault_app.gui.search_dialog import SearchDialog
from vault_app.gui.widgets import MASK
from vault_app.services import clients, notes

pytestmark = pytest.mark.gui


def _hits(app: AppController, qtbot, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChildren(SearchDialog)[0]
    dialog.query.setText(words)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.notes.topLevelItemCount() >= 3, timeout=10_000)
    return sorted(dialog.notes.topLevelItem(i).text(1) for i in range(dialog.notes.topLevelItemCount()))  # type: ignore[union-attr]


def _clients(app: AppController) -> None:
    vault = app.vault
    assert vault is not None
    made = [clients.create_client(vault, "Samuel Ortiz", preferred_name="Sam", date_of_birth="1979-03-02"),
            clients.create_client(vault, "Samantha Reyes", preferred_name="Sam", date_of_birth="1984-05-06"),
            clients.create_client(vault, "Wren Holloway", date_of_birth="1990-01-01"),
            clients.create_client(vault, "Wren Holloway", date_of_birth="1991-07-08")]
    for client in made:
        notes.create_progress_note(vault, client.client_id, text="Talked about the axolotl again.")


@pytest.mark.parametrize("language", ["en", "es"])
def test_two_clients_called_sam_are_told_apart(unlocked_app: AppController, qtbot, language: str) -> None:
    prefs.put("privacy_mode", False)
    _clients(unlocked_app)
    i18n.install(language)
    try:
        born = {"en": "born", "es": "nac."}[language]
        assert _hits(unlocked_app, qtbot, "axolotl") == [
            "Sam (Samantha Reyes)", "Sam (Samuel Ortiz)", f"Wren Holloway, {born} 1990", f"Wren Holloway, {born} 1991"]
    finally:
        i18n.install("en")


def test_privacy_mode_shows_no_name(unlocked_app: AppController, qtbot) -> None:
    _clients(unlocked_app)
    window = unlocked_app.main_window
    assert window is not None
    if window.privacy_mode:
        window.toggle_privacy()
    window.toggle_privacy()
    try:
        assert _hits(unlocked_app, qtbot, "axolotl") == [MASK] * 4
    finally:
        window.toggle_privacy()
