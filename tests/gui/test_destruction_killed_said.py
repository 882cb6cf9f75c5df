"""A destruction killed during its purge of the backups is said at the next unlock, once.

Found: the app killed (SIGKILL, or the machine died) while its destruction wizard purged the
registered backups; the next unlock finished the destruction (services/destruction.py
resume_interrupted, an unlock hook) and said nothing: the status line read "Unlocked.", and the
therapist who had seen the destruction stop half-way could not tell whether the chart was gone
and its backups clean. Now the unlock that finished it says so, with where its certificate is, in
the screen's language; the next unlock says nothing more of it.

A real process: the app itself (its controller, unlock window and destruction wizard, offscreen)
runs the destruction with VAULT_APP_TEST_CRASH_AT at the purge of a single-file backup, where the
code SIGKILLs itself (services/fault_injection.py). Then the app of this test unlocks the vault."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, unlock, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.services import backup, clients, destruction_state, notes, reminders
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.ledger import Ledger
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui

CHART = "KILL-1"

# The app, driven as a therapist would: unlock, open the chart, Destroy permanently, basis,
# psychotherapy notes unlocked, the chart number typed, Destroy. The crash point ends it.
CHILD = """
import os, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from vault_app.gui.background import runner
from vault_app.gui.launcher import start
from vault_app.services import clients

folder, chart, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
app = start(folder)

def wait(done):
    end = time.monotonic() + 300
    while not done():
        QApplication.processEvents()
        time.sleep(0.01)
        if time.monotonic() > end:
            sys.exit(3)

def idle():
    wait(lambda: runner().is_idle())

app.unlock_window.passphrase.setText(passphrase)
app.unlock_window.unlock_button.click()
wait(lambda: app.main_window is not None and app.main_window.isVisible())
idle()
client_id = next(c.client_id for c in clients.list_clients(app.vault) if c.chart_number == chart)
app.main_window.open_chart(client_id)
idle()
wizard = app.main_window.chart.start_destruction()
idle()
wizard.next()
wizard.basis_page.override.setChecked(True)
wizard.basis_page.reason.setText("Duplicate chart created in error during intake")
wizard.basis_page.passphrase.setText(passphrase)
wizard.basis_page.unlock_button.click()
idle()
wizard.next()
wizard.confirm_page.confirm.setText(chart)
wizard.next()
print("destroying", flush=True)
wait(lambda: False)
"""


@pytest.fixture
def killed(tmp_path: Path) -> Path:
    """A vault whose destruction the app was killed in, while it purged a registered backup."""
    folder = tmp_path / "vault"
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault
    client = clients.create_client(vault, "Killian Purgewell", chart_number=CHART)
    notes.create_progress_note(vault, client.client_id, sections={"subjective": "words of the client"})
    (tmp_path / "usb").mkdir()
    backup.create_backup(vault, tmp_path / "usb", verify=False)
    vault.lock()
    env = {**os.environ, CRASH_ENV: "backup:checked", "QT_QPA_PLATFORM": "offscreen", "VAULT_APP_LANGUAGE": "en"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), CHART, PASSPHRASE], env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    assert "destroying" in done.stdout
    return folder


@pytest.fixture
def app_on(killed: Path, qtbot: Any) -> Iterator[AppController]:
    from vault_app.gui.launcher import start

    controller = start(killed, kdf_params=OWASP_FLOOR)
    yield controller
    _teardown(controller, qtbot)


def _started_not_completed(app: AppController) -> bool:
    vault = app.vault
    assert vault is not None
    ledger: Ledger = vault.ledger
    kinds = {e.kind for e in ledger.entries(kinds=(destruction_state.STARTED, destruction_state.COMPLETED))}
    return kinds == {destruction_state.STARTED}


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_unlock_that_finishes_a_killed_destruction_says_so_once(
        app_on: AppController, qtbot: Any, language: str) -> None:
    app = app_on
    assert i18n.install(language) == language
    try:
        window = unlock(app, qtbot)
        vault = app.vault
        assert vault is not None
        # Finished by the unlock: the chart gone, the certificate issued.
        assert not _started_not_completed(app)
        assert CHART not in {c.chart_number for c in clients.list_clients(vault)}
        sentence = reminders.DESTRUCTION_FINISHED_TEXT if language == "en" else (
            "La destrucción de un expediente que se había detenido a medias se ha terminado en este desbloqueo. Su "
            "certificado está en Registros > Destrucciones y certificados.")
        unlocked = "Unlocked." if language == "en" else "Desbloqueada."
        assert window.status_line.label.text().startswith(f"{unlocked} {sentence}")
        # Said until the lock (the line is asked again at a backup's notice), not at the next unlock.
        window.backups_changed()
        wait_ops(qtbot)
        assert window.status_line.label.text().startswith(sentence)
        app.lock("test")
        wait_ops(qtbot)
        window = unlock(app, qtbot)
        again = window.status_line.label.text()
        assert "Destructions" not in again and "Destrucciones" not in again, again
    finally:
        i18n.install("en")
