"""The unlock that finishes an interrupted destruction whose new backup cannot be made says so
where the therapist looks: the status bar and the dashboard's backup card, in the screen's
language, with what an older copy put back would do and what to do now.

Found: only `vault-app destruction resume` said that no new backup was made; the app's unlock said
the destruction was finished, and the dashboard's backup card showed the last backup as checked.
A real vault on disk, a real backup made by hand into a folder, the settings' backup folder on a
drive not connected, a destruction recorded as begun (the app stopped right after its decision)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import seed_chart
from tests.gui.conftest import _teardown, unlock
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.services import backup, clients, destruction
from vault_app.services.destruction_plan import plan
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui

SAID = {
    "en": ("an older copy of this vault put back would not know of that destruction", "Make a backup now: Vault > "
           "Backups… > Back up now."),
    "es": ("una copia más antigua de esta bóveda que se vuelva a poner no sabría de esa destrucción",
           "Haga una copia de seguridad ahora: Bóveda > Copias de seguridad… > "),
}


@pytest.fixture
def interrupted(tmp_path: Path, qtbot: Any) -> Iterator[tuple[AppController, str]]:
    folder = tmp_path / "vault"
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault
    vault.unlock_psychotherapy(PASSPHRASE)
    chart = seed_chart(vault, "G", progress=1, psychotherapy=1)
    backup.create_backup(vault, tmp_path / "bk", verify=True)
    drive = tmp_path / "drive"
    backup.configure(vault, target=str(drive), kind="file")
    shutil.rmtree(drive, ignore_errors=True)
    payload, _needles = plan(vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    vault.ledger.append(destruction.STARTED, payload)
    vault.lock()
    from vault_app.gui.launcher import start

    controller = start(folder, kdf_params=OWASP_FLOOR)
    yield controller, chart.chart_number
    _teardown(controller, qtbot)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_unlock_says_no_backup_carries_the_destruction(
        interrupted: tuple[AppController, str], qtbot: Any, language: str) -> None:
    app, chart_number = interrupted
    assert i18n.install(language) == language
    try:
        window = unlock(app, qtbot)
        assert app.vault is not None
        assert chart_number not in {c.chart_number for c in clients.list_clients(app.vault)}  # finished
        line = window.status_line.label.text() + " " + window.status_line.label.toolTip()
        older, todo = SAID[language]
        assert older in line and todo in line, line
        card = window.dashboard.cards["backup"].detail.text()
        assert older in card and todo in card, card
    finally:
        i18n.install("en")
