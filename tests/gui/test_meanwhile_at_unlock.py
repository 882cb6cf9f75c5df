"""What the unlock says after another program changed the vault while the window was locked (a
real second process, the real controller, real widgets), beyond a restore over it
(tests/gui/test_restored_over_while_locked.py):

- the chart open at the lock, destroyed by `vault-app destroy`, was silently not reopened, and
  the form left on it silently gone: now the status line says so, without the client's name or
  chart number;
- the "Replace every key again" notice (the window's rekey swapped as the vault locked, its kit
  never shown) still said the old Emergency Kit no longer works after a terminal's `vault-app
  rekey` had finished and shown a kit that works: now the state is read again at the unlock;
- the import-stopped notice kept its counts of what came in after a terminal's restore had
  replaced the vault those charts came into: now it says the restore instead."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli_process
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_import_beside import _no_import_left, _start, export, gate  # noqa: F401 (fixtures)
from tests.gui.test_rekey_beside_gui import _start as _start_rekey
from vault_app.gui import import_running, rekey_running, status_words
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, clients, reminders

pytestmark = pytest.mark.gui

DESTROYED = "The chart that was open when this window locked was destroyed by another program meanwhile"


def _status_after_unlock(app: AppController, qtbot: Any) -> str:
    """The status line once the unlock's work is done. Not waited for as "Unlocked. …": the
    first vault-wide notice after the unlock says the same news without that word, and on a
    busy machine it may come before the wait looks."""
    window = unlock(app, qtbot)
    qtbot.waitUntil(lambda: bool(window.status_label.text()), timeout=10_000)
    wait_ops(qtbot)
    return str(window.status_label.text())


def _locked_on_a_chart_with_a_form(app: AppController, qtbot: Any) -> str:
    """A chart on screen, its details form open with a name typed, then the lock; its chart number."""
    window, vault = app.main_window, app.vault
    assert window is not None and vault is not None
    chart = fx.make_chart(vault, n=1)
    number = clients.get_client(vault, chart.client_id).chart_number
    window.open_chart(chart.client_id)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.chart.shown_client() is not None, timeout=10_000)
    dialog = window.chart.overview.edit_details()
    assert isinstance(dialog, ClientDetailsDialog)
    qtbot.waitExposed(dialog)
    dialog.preferred_name.setText("Qzheldname")
    app.lock("Locked now.", quick=True)
    wait_ops(qtbot)
    assert app.vault is None
    return number


def test_the_chart_open_at_the_lock_destroyed_by_a_terminal_is_said_at_the_unlock(
        unlocked_app: AppController, qtbot: Any) -> None:
    number = _locked_on_a_chart_with_a_form(unlocked_app, qtbot)
    done = cli_process("destroy", "--vault", str(unlocked_app.folder), "--client", number, "--basis", "override",
                       "--override-reason", "the client asked in writing; the chart was open in the app",
                       "--confirm", number)
    assert done.code == 0, done.err

    said = _status_after_unlock(unlocked_app, qtbot)
    assert DESTROYED in said and "any form left open on it went with it" in said, said
    assert "restored" not in said, said
    assert number not in said and "Alex" not in said and "Testclient" not in said, said
    window = unlocked_app.main_window
    assert window is not None and window.stack.currentWidget() is window.dashboard
    assert not [d for d in window.findChildren(QDialog) if d.isVisible() and isinstance(d, ClientDetailsDialog)]
    # Said until the lock: a vault-wide notice (a backup registered) asks for the line again.
    window.backups_changed()
    wait_ops(qtbot)
    assert DESTROYED in window.status_label.text()
    # The next lock and unlock, with nothing destroyed meanwhile: not said again.
    unlocked_app.lock("Locked now.", quick=True)
    wait_ops(qtbot)
    assert DESTROYED not in _status_after_unlock(unlocked_app, qtbot)


def test_the_chart_open_at_the_lock_kept_is_reopened_and_nothing_is_said(
        unlocked_app: AppController, qtbot: Any) -> None:
    _locked_on_a_chart_with_a_form(unlocked_app, qtbot)
    done = cli_process("client", "add", "--vault", str(unlocked_app.folder), "Bea Otherperson", "--dob", "1990-01-02")
    assert done.code == 0, done.err
    said = _status_after_unlock(unlocked_app, qtbot)
    assert "destroyed" not in said, said
    window = unlocked_app.main_window
    assert window is not None
    qtbot.waitUntil(lambda: window.chart.shown_client() is not None, timeout=10_000)


def test_a_restore_over_the_vault_says_the_restore_not_a_destruction(
        unlocked_app: AppController, qtbot: Any, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    made = backup.create_backup(vault, tmp_path / "usb", verify=True)  # before the chart: not in it
    _locked_on_a_chart_with_a_form(unlocked_app, qtbot)
    done = cli_process("backup", "restore", made.path, "--to", str(unlocked_app.folder), "--overwrite")
    assert done.code == 0, done.err
    said = _status_after_unlock(unlocked_app, qtbot)
    assert "restored from a backup by another program" in said and DESTROYED not in said, said


def test_the_destroyed_chart_is_said_in_spanish(qtbot: Any, spanish: None) -> None:
    said = status_words.news_words(reminders.News(reminders.OPEN_CHART_DESTROYED, reminders.OPEN_CHART_DESTROYED_TEXT))
    assert said.startswith("Otro programa destruyó, mientras esta ventana estaba bloqueada, el expediente que "
                           "estaba abierto"), said
    assert said.endswith("Registros > Destrucciones y certificados."), said


def _rekey_swapped_as_it_locked(app: AppController, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace every key, its swap handed to the worker just as the vault locks (as in
    test_rekey_beside_gui): it finishes, the kit is never shown."""
    from vault_app.gui import vault_keys_dialogs

    in_swap, go = threading.Event(), threading.Event()
    original = vault_keys_dialogs.finish_with_kit

    def held_finish(v: Any, replacing: Any) -> Any:
        in_swap.set()
        assert go.wait(60)
        return original(v, replacing)

    monkeypatch.setattr(vault_keys_dialogs, "finish_with_kit", held_finish)
    _start_rekey(app, qtbot, None, in_swap)
    app.lock("Locked.", quick=True)
    go.set()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: rekey_running.current() is None, timeout=30_000)
    assert rekey_running._UNSEEN is not None


def _kit_notices(app: AppController) -> list[QMessageBox]:
    window = app.main_window
    assert window is not None
    return [b for b in window.findChildren(QMessageBox) if b.objectName() == "rekeyKitUnseenNotice" and b.isVisible()]


def test_the_kit_notice_is_not_said_after_a_terminal_rekey_made_a_kit_that_works(
        unlocked_app: AppController, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _rekey_swapped_as_it_locked(unlocked_app, qtbot, monkeypatch)
    kit = tmp_path / "kit.txt"
    done = cli_process("rekey", "--vault", str(unlocked_app.folder), "--recovery-key-out", str(kit))
    assert done.code == 0, done.err
    assert kit.read_text().strip()  # the terminal's kit: the one that works now

    unlock(unlocked_app, qtbot)
    assert not _kit_notices(unlocked_app)
    assert rekey_running._UNSEEN is None  # said to no later unlock either


def test_the_kit_notice_is_still_said_when_nothing_replaced_the_kit_meanwhile(
        unlocked_app: AppController, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _rekey_swapped_as_it_locked(unlocked_app, qtbot, monkeypatch)
    done = cli_process("client", "add", "--vault", str(unlocked_app.folder), "Bea Otherperson", "--dob", "1990-01-02")
    assert done.code == 0, done.err
    unlock(unlocked_app, qtbot)
    [notice] = _kit_notices(unlocked_app)
    assert "Your old Emergency Kit no longer works." in notice.text()
    notice.accept()


def test_the_import_stopped_notice_drops_its_counts_after_a_restore_over_the_vault(
        unlocked_app: AppController, qtbot: Any, gate: Any, export: Any, tmp_path: Path) -> None:  # noqa: F811
    vault = unlocked_app.vault
    assert vault is not None
    made = backup.create_backup(vault, tmp_path / "usb", verify=True)  # before the import: none of its charts
    _start(unlocked_app, qtbot, export)
    qtbot.waitUntil(gate.reached.is_set, timeout=60_000)
    unlocked_app.lock("Locked.", quick=True)
    gate.release.set()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: import_running.current() is None, timeout=30_000)
    assert import_running._STOPPED is not None and import_running._STOPPED.charts == 2

    done = cli_process("backup", "restore", made.path, "--to", str(unlocked_app.folder), "--overwrite")
    assert done.code == 0, done.err
    window = unlock(unlocked_app, qtbot)
    notice = next(b for b in window.findChildren(QMessageBox) if b.objectName() == "importStoppedNotice")
    assert "charts came in whole" not in notice.text(), notice.text()
    assert "Another program then restored this vault from a backup" in notice.text(), notice.text()
    assert "run the same import again" in notice.informativeText()
    notice.accept()


def test_the_restored_import_notice_in_spanish(qtbot: Any, tmp_path: Path, spanish: None) -> None:
    from PySide6.QtWidgets import QWidget

    from vault_app.services.lock_anchor import Meanwhile

    parent = QWidget()
    qtbot.addWidget(parent)
    import_running._STOPPED = import_running.Stopped(tmp_path, 2, 5, 1, 3)
    box = import_running.tell_after_unlock(parent, tmp_path, Meanwhile(replaced=True))
    assert box is not None
    assert box.text().endswith("Después, otro programa restauró esta bóveda desde una copia de seguridad, así que lo "
                               "que trajo esa importación puede no estar en ella."), box.text()
    box.accept()
