"""Issue 19 item 4 on screen: after the unlock the chart shows dates as the practice writes
them (its locale in the practice settings): 12/01/2026 in a US practice, 01/12/2026 in a
Mexican one. Changing the practice's locale changes what the next refresh shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
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


def _app_of_a_practice(folder: Path, qtbot: object, locale: str | None) -> tuple[AppController, str]:
    """A vault whose practice has `locale` (None: never set), one client seen on 2026-12-01."""
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault
    if locale is not None:
        practice.update(vault, locale=locale)
    client = clients.create_client(vault, "Ada Testperson", date_of_birth="1980-02-03")
    sessions.add_session(vault, client.client_id, date="2026-12-01", duration_minutes=53)
    vault.lock()
    from vault_app.gui.launcher import start

    dates.set_practice_locale("de_DE")  # what an earlier vault left (01.12.2026): the unlock reads this one's
    controller = start(folder, kdf_params=OWASP_FLOOR)
    unlock(controller, qtbot)
    return controller, client.client_id


def _first_session_date(controller: AppController, qtbot: object, client_id: str) -> str:
    window = controller.main_window
    assert window is not None
    window.open_chart(client_id)
    wait_ops(qtbot)
    tree: QTreeWidget = window.chart.sessions.sessions
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=5000)  # type: ignore[attr-defined]
    item = tree.topLevelItem(0)
    assert item is not None
    return item.text(0)


@pytest.mark.parametrize(("locale", "shown", "born"), [
    ("es_MX", "01/12/2026", "03/02/1980"),
    ("en_US", "12/01/2026", "02/03/1980"),
    (None, "12/01/2026", "02/03/1980"),  # a practice that never chose: US conventions
])
def test_the_chart_shows_dates_as_the_practice_writes_them(tmp_path: Path, qtbot, locale: str | None,
                                                           shown: str, born: str) -> None:
    controller, client_id = _app_of_a_practice(tmp_path / "vault", qtbot, locale)
    try:
        assert _first_session_date(controller, qtbot, client_id) == shown
        window = controller.main_window
        assert window is not None
        assert window.chart.overview.fields["dob"].text().split(" (")[0] == born  # then the age
    finally:
        _teardown(controller, qtbot)


def test_a_new_locale_in_the_practice_settings_shows_at_the_next_refresh(tmp_path: Path, qtbot) -> None:
    controller, client_id = _app_of_a_practice(tmp_path / "vault", qtbot, "en_US")
    try:
        assert _first_session_date(controller, qtbot, client_id) == "12/01/2026"
        # What Settings > Practice saves (services.practice.update), through the app's seam.
        controller.op(None, lambda v: practice.update(v, locale="es_MX")).run()
        wait_ops(qtbot)
        qtbot.waitUntil(lambda: dates.practice_locale() == "es_MX", timeout=5000)
        assert _first_session_date(controller, qtbot, client_id) == "01/12/2026"
    finally:
        _teardown(controller, qtbot)
