"""The History tab names a changed field in words. Found in the real app: "client: updated
(fields ['preferred_name', 'date_of_birth'])", the stored names in a Python list. Every field
an update can name (the services' own lists) has its words, in English and in Spanish."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.history_words import FIELDS, describe_event, field_words
from vault_app.services import clients, guardians, notes, sessions

pytestmark = pytest.mark.gui


def test_every_field_an_update_names_has_words() -> None:
    named = clients._UPDATABLE | set(guardians._GUARDIAN_FIELDS) | sessions._UPDATABLE | notes._UPDATABLE | {
        "date", "start_time", "duration_minutes", "setting"}  # an appointment moved
    assert sorted(named - FIELDS.keys()) == []


@pytest.mark.parametrize(("language", "fields", "line"), [
    ("en", ["date_of_birth", "preferred_name"], "Client's details changed (changed: Date of birth, Preferred name)"),
    ("es", ["date_of_birth", "preferred_name"],
     "Datos del cliente modificados (cambios: Fecha de nacimiento, Nombre preferido)"),
    ("en", ["due_on_later"], "Client's details changed (changed: Due on later)"),  # a field added later: spelt out
])
def test_the_fields_read_in_words(qtbot, language: str, fields: list[str], line: str) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install(language) == language
    try:
        assert describe_event("client.updated", {"client_id": "c1", "fields": fields}) == line
    finally:
        i18n.install("en")


def test_the_history_tab_shows_them(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Wilhelmina Words")
    clients.update_client(vault, client_id, preferred_name="Billie", date_of_birth="1990-01-02")
    tab = window.chart.history
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() > 0, timeout=10_000)
    lines = [tab.tree.topLevelItem(i).text(2) for i in range(tab.tree.topLevelItemCount())]
    assert "Client's details changed (changed: Date of birth, Preferred name)" in lines, lines
    assert not any("date_of_birth" in text for text in lines)
    assert field_words("preferred_name") == "Preferred name"
