"""The client list's Name column gets the room its neighbours do not use. Found by round 39's walker
at 1366x768 in Spanish: "Ju… Carlos Ramírez" and "Oscar d… Cruz Ruiz" cut while the "Última visita"
column, as wide as its header, stood half empty. Its header now reads on two lines and the column is
as wide as a date; English's "Last seen" is narrower than a date and stays on one line. Real
widgets, the real es.ts; the list as wide as the walker's (about 300 pixels)."""

from __future__ import annotations

import pytest

from tests.gui.test_client_list_names_apart import _drawn
from vault_app.gui import i18n, prefs
from vault_app.gui.controller import AppController
from vault_app.gui.header_fit import two_lines
from vault_app.gui.main_window import MainWindow
from vault_app.services import clients

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("text", "broken"), [("Última visita", "Última\nvisita"), ("Last seen", "Last\nseen"),
                                              ("Fecha de la última visita", "Fecha de la\núltima visita"),
                                              ("Expediente", "")])
def test_a_header_breaks_at_the_space_nearest_its_middle(text: str, broken: str) -> None:
    assert two_lines(text) == broken


@pytest.mark.parametrize(("language", "header"), [("es", "Última\nvisita"), ("en", "Last seen")])
def test_the_name_column_has_the_room_the_date_column_does_not_use(
        unlocked_app: AppController, qtbot, language: str, header: str) -> None:  # type: ignore[no-untyped-def]
    prefs.put("privacy_mode", False)
    vault = unlocked_app.vault
    assert vault is not None
    clients.create_client(vault, "Juan Carlos Ramírez", date_of_birth="1980-01-01")
    clients.create_client(vault, "Ana Ávila Torres", sort_as="Ávila Torres", date_of_birth="1980-01-01")
    assert i18n.install(language) == language
    try:
        # A window built in the language shown, as the app is started in it
        window = MainWindow(unlocked_app)
        qtbot.addWidget(window)
        window.resize(1200, 700)
        window.show()
        qtbot.waitExposed(window)
        window.splitter.setSizes([300, 900])
        panel = window.client_list
        panel.refresh()
        qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2, timeout=10_000)
        assert panel.tree.headerItem().text(2) == header
        for row in range(2):
            whole, drawn, fits = _drawn(panel, row)
            assert fits and drawn == whole, (whole, drawn, panel.tree.columnWidth(0), panel.tree.columnWidth(2))
    finally:
        i18n.install("en")
