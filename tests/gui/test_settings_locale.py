"""Settings > About you and the practice sets how dates and money are written (found in the
real app: only `vault-app practice update --locale` could). Saved, it is in force at once:
the client list and the chart already on screen show their dates again in it, and a date
field made afterwards types them in its order. A locale set by the CLI that Settings does
not offer is shown and kept, not replaced by the first of the list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QTreeWidget

from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, unlock, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import dates
from vault_app.gui.controller import AppController
from vault_app.services import clients, practice, sessions
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _back_to_the_default() -> Iterator[None]:
    yield
    dates.set_practice_locale(None)


@pytest.fixture
def us_practice(tmp_path: Path, qtbot) -> Iterator[tuple[AppController, str]]:
    """A US practice's vault, unlocked, one client seen on 2026-12-01."""
    folder = tmp_path / "vault"
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault
    practice.update(vault, locale="en_US")
    client = clients.create_client(vault, "Ada Testperson", date_of_birth="1980-02-03")
    sessions.add_session(vault, client.client_id, date="2026-12-01", duration_minutes=53)
    vault.lock()
    from vault_app.gui.launcher import start

    controller = start(folder, kdf_params=OWASP_FLOOR)
    unlock(controller, qtbot)
    yield controller, client.client_id
    _teardown(controller, qtbot)


def _settings(controller: AppController, qtbot):  # type: ignore[no-untyped-def]
    from vault_app.gui.settings_dialog import SettingsDialog

    window = controller.main_window
    assert window is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    return dialog


def _first_text(tree: QTreeWidget, column: int) -> str:
    item = tree.topLevelItem(0)
    return "" if item is None else item.text(column)


def test_a_locale_chosen_in_settings_shows_at_once_in_the_list_the_chart_and_a_date_field(
        us_practice: tuple[AppController, str], qtbot) -> None:
    from vault_app.gui.date_field import DateField

    controller, client_id = us_practice
    window = controller.main_window
    assert window is not None
    listed = window.client_list.tree
    qtbot.waitUntil(lambda: _first_text(listed, 2) == "12/01/2026", timeout=5000)
    window.open_chart(client_id)
    wait_ops(qtbot)
    seen = window.chart.sessions.sessions
    qtbot.waitUntil(lambda: _first_text(seen, 0) == "12/01/2026", timeout=5000)

    dialog = _settings(controller, qtbot)
    box = dialog.locale_box
    assert box.accessibleName() == "Dates and money"
    assert box.currentData() == "en_US"
    assert box.currentText() == "English (United States): 04/23/2026, $1,250.00"
    assert box.itemText(box.findData("es_MX")) == "Spanish (Mexico): 23/04/2026, USD1,250.00"
    box.setCurrentIndex(box.findData("es_MX"))
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible()
    vault = controller.vault
    assert vault is not None and practice.load(vault).locale == "es_MX"
    assert dates.practice_locale() == "es_MX"
    # Nothing reopened: the screens on show follow the change notice.
    qtbot.waitUntil(lambda: _first_text(listed, 2) == "01/12/2026", timeout=5000)
    qtbot.waitUntil(lambda: _first_text(seen, 0) == "01/12/2026", timeout=5000)
    assert window.chart.overview.fields["dob"].text().split(" (")[0] == "03/02/1980"  # then the age
    field = DateField(QDate(2026, 12, 1))
    try:
        assert (field.displayFormat(), field.text()) == ("dd/MM/yyyy", "01/12/2026")
    finally:
        field.deleteLater()

    again = _settings(controller, qtbot)
    assert again.locale_box.currentData() == "es_MX"  # shown as saved
    again.reject()


def test_a_locale_set_by_the_cli_is_offered_and_kept(us_practice: tuple[AppController, str], qtbot) -> None:
    controller, _client_id = us_practice
    vault = controller.vault
    assert vault is not None
    practice.update(vault, locale="ja_JP")  # as `practice update --locale ja_JP` would
    dialog = _settings(controller, qtbot)
    assert dialog.locale_box.currentData() == "ja_JP"
    assert dialog.locale_box.currentText().endswith(": 2026/04/23, $1,250.00")
    dialog.profile["phone"].setText("555-0100")
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible()
    assert (practice.load(vault).locale, practice.load(vault).phone) == ("ja_JP", "555-0100")
