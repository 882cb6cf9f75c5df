"""The Authorizations tab says what each authorization describes (domain/disclosure_parts.py),
so the therapist choosing one for an export sees what each covers; "not recorded" for one from
before the kinds were asked. In English and Spanish; the CLI's `auth list` says the same. A real
vault, the real main window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import window_of
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.services import clients
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def _two(vault: Vault) -> tuple[str, str, str]:
    client_id = clients.create_client(vault, "Dana Okafor", date_of_birth="1990-04-05").client_id
    school = fx.add_auth(vault, client_id, recipient_name="Lincoln Middle School",
                         described_parts=["summary", "attendance"])
    old = fx.add_auth(vault, client_id, recipient_name="Dr. Rivera", described_parts=(),
                      signed_on=date.today() - timedelta(days=90))
    return client_id, school.id, old.id


def _describes(tab: object) -> dict[str, tuple[str, str]]:
    tree = tab.tree  # type: ignore[attr-defined]
    col = [tree.headerItem().text(i) for i in range(tree.columnCount())].index(tab.tr("Describes"))  # type: ignore[attr-defined]
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return {r.text(1): (r.text(col), r.toolTip(col)) for r in rows}


def test_the_tab_shows_the_kinds_each_authorization_describes(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id, _school, _old = _two(vault)
    window = window_of(unlocked_app)
    unlocked_app.open_chart(client_id)
    wait_ops(qtbot)
    tab = window.chart.authorizations
    window.chart.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 2)
    said = _describes(tab)
    assert said["Lincoln Middle School"][0] == "dates of attendance, a treatment summary or letter"
    assert said["Dr. Rivera"][0] == "not recorded"
    assert "each export asks you to confirm" in said["Dr. Rivera"][1]
    assert i18n.install("es") == "es"
    try:
        tab.show_rows()
        assert tab.tr("Describes") == "Describe"  # the header is made once, in the language of the start
        rows = {tab.tree.topLevelItem(i).text(1): tab.tree.topLevelItem(i).text(6)
                for i in range(tab.tree.topLevelItemCount())}
        assert rows["Lincoln Middle School"] == "fechas de asistencia, un resumen o carta del tratamiento"
        assert rows["Dr. Rivera"] == "sin registrar"
    finally:
        i18n.install("en")


def test_the_chosen_row_s_describes_is_said_whole_under_the_list(unlocked_app: AppController, qtbot) -> None:
    """At 1280 px the Describes cell was cut ("dates of attendance, diagnosis, a treat…") and only a
    mouse's hover said the rest (the real app): the row chosen with the arrow keys has it whole
    under the list, and why when none were recorded."""
    from PySide6.QtCore import Qt

    vault = unlocked_app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Lior Benami", date_of_birth="1984-02-01").client_id
    fx.add_auth(vault, client_id, recipient_name="Dr. Lena Park, Riverside Family Medicine",
                described_parts=["attendance", "diagnosis", "summary", "progress_notes", "measures"])
    fx.add_auth(vault, client_id, recipient_name="Dr. Rivera", described_parts=(),
                signed_on=date.today() - timedelta(days=90))
    window = window_of(unlocked_app)
    unlocked_app.open_chart(client_id)
    wait_ops(qtbot)
    tab = window.chart.authorizations
    window.chart.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 2)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: tab.tree.currentItem() is not None)
    want = {"Dr. Lena Park, Riverside Family Medicine": "full progress notes",
            "Dr. Rivera": "each export asks you to confirm"}
    seen = {}
    for _ in range(2):
        row = tab.tree.currentItem()
        seen[row.text(1)] = tab.describes_note.text()
        qtbot.keyClick(tab.tree, Qt.Key.Key_Down)
    assert set(seen) == set(want)
    for recipient, words in want.items():
        assert seen[recipient].startswith(recipient + " — describes: ") and words in seen[recipient]
    assert tab.describes_note.isVisible() and tab.describes_note.accessibleName()
