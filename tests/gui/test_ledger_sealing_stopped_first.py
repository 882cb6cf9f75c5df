"""An operation that replaces or rewrites the vault's files (a restore over it, replacing
every key, a destruction) stops the first sealing of an old vault's ledger before it begins,
as a lock does (gui/ledger_sealing_running.stopped_first): on Windows a file that the
sealing's own connection has open cannot be replaced. Linux lets it be, so what is checked
is the contract: when the operation's own work starts, no sealing job runs, its connection
to ledger.db is closed (its descriptor on the journal gone from /proc/self/fd), the job
ended "stopped" having written nothing, and a later unlock seals the vault.

A real vault (its ledger six segments of 16 entries long, no seals), a real job held at
its third segment by an Event (never by sleeping), the real dialogs."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE
from tests.gui import test_ledger_sealing_beside as beside
from tests.gui.conftest import _teardown, unlock, wait_ops
from tests.gui.test_destruction_running import _ready_wizard
from tests.gui.test_restore import _restore_dialog
from tests.gui.yes_no_answered import answering
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import backup_restore_dialog, ledger_sealing_running, vault_keys_dialogs
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_repo_restore, clients, destruction_beside
from vault_app.services.ledger_sealing import sealing_left_to_caller
from vault_app.services.ledger_sealing_beside import SealJob
from vault_app.services.vault import create_vault, open_vault
from vault_app.storage.compartment import COMPARTMENT_FILES

pytestmark = [pytest.mark.gui,
              pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts open files in /proc")]

gate = beside.gate  # the job held at its third segment (segments of 16 entries)
SEG = beside.SEG


@pytest.fixture
def unsealed_app(qtbot: object, app_folder: Path, gate: beside.Gate, tmp_path: Path) -> Iterator[AppController]:
    """A vault made before seals with a backup of it on a drive; the app at its unlock window."""
    from vault_app.gui.launcher import start

    vault = create_vault(app_folder, PASSPHRASE, params=OWASP_FLOOR).vault
    for i in range(6 * SEG):
        vault.ledger.append("test.filler", {"i": i})
    clients.create_client(vault, "Before Backup", date_of_birth="1980-01-01")
    (tmp_path / "usb").mkdir()
    backup.create_backup(vault, tmp_path / "usb", verify=True)
    clients.create_client(vault, "After Backup", date_of_birth="1981-01-01")
    vault.lock()
    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    yield controller
    gate.release.set()
    _teardown(controller, qtbot)


def _open_on(path: Path) -> int:
    """File descriptors of this process open on `path`: each SQLite connection has its own
    for the database and its journal."""
    target = str(path.resolve())
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == target:
                count += 1
        except OSError:
            continue  # closed meanwhile (the listing's own descriptor)
    return count


@dataclass
class AtStart:
    """What the operation's own work found when it began."""

    job_running: bool
    outcome: str
    current: SealJob | None
    on_ledger: int
    on_journal: int


def _ledger_files(folder: Path) -> tuple[Path, Path]:
    ledger = folder / COMPARTMENT_FILES["ledger"]
    return ledger, Path(str(ledger) + "-wal")


def _held_job(app: AppController, qtbot: object, gate: beside.Gate, folder: Path) -> SealJob:
    """Unlock; the job is held at its third segment, its own connection open beside the vault's."""
    unlock(app, qtbot)
    assert gate.reached.wait(60)
    job = ledger_sealing_running.current()
    assert job is not None and job.running()
    ledger, journal = _ledger_files(folder)
    # The check below can fail: here the job's reader is a second descriptor on each file.
    assert (_open_on(ledger), _open_on(journal)) == (2, 2)
    return job


def _watching(fn: Callable[..., Any], job: SealJob, folder: Path, seen: list[AtStart]) -> Callable[..., Any]:
    """`fn`, noting first (on the worker) what it finds: the operation's own work begins here."""

    def watched(*args: Any, **kwargs: Any) -> Any:
        ledger, journal = _ledger_files(folder)
        seen.append(AtStart(job.running(), job.outcome, ledger_sealing_running.current(),
                            _open_on(ledger), _open_on(journal)))
        return fn(*args, **kwargs)

    return watched


def _stopped_before(seen: list[AtStart], job: SealJob) -> None:
    assert len(seen) == 1, seen
    first = seen[0]
    assert not first.job_running and first.outcome == "stopped" and first.current is None, first
    # The job's connection was closed before the work began: its journal descriptor is gone,
    # leaving the vault's own. (Its ledger.db descriptor may stay open, owned by no connection:
    # SQLite's unix VFS defers closing a database descriptor while another connection of the
    # process holds a lock on that file, and reuses it at the next open (os_unix.c,
    # setPendingFd). Windows closes the handle with the connection (os_win.c, winClose).)
    assert first.on_journal == 1, first
    assert first.on_ledger <= 2, first
    assert job.wait(0) and job.error is None


def _seals_at_a_later_unlock(app: AppController, qtbot: object, gate: beside.Gate, folder: Path) -> None:
    """Nothing was sealed by the stopped job; the next unlock's job seals the whole ledger."""
    if app.vault is not None:
        app.lock("test")
        wait_ops(qtbot)
    assert beside._seals_and_markers(folder) == (0, 0)
    beside.sealed_by_the_next_unlock(app, qtbot, gate, folder)
    with open_vault(folder, PASSPHRASE) as vault:
        assert vault.ledger.verify_full(vault.header.ledger_anchor, check_index=True).ok


def test_a_restore_over_the_vault_stops_the_sealing_before_it_touches_the_files(
        unsealed_app: AppController, qtbot: object, gate: beside.Gate, app_folder: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    job = _held_job(unsealed_app, qtbot, gate, app_folder)
    seen: list[AtStart] = []
    monkeypatch.setattr(backup_repo_restore, "restore_copy",
                        _watching(backup_repo_restore.restore_copy, job, app_folder, seen))
    [made] = (tmp_path / "usb").glob("*.vaultbackup")
    dialog = _restore_dialog(unsealed_app, qtbot, made)
    dialog.replace.setChecked(True)
    monkeypatch.setattr(backup_restore_dialog, "ask_yes_no", answering(True))
    dialog.restore()
    # The question comes once the worker has read what the vault holds newer than the backup
    # (restore-ask round); answered, the sealing is told at once, on the GUI thread, as a lock tells it.
    qtbot.waitUntil(lambda: job.stopping, timeout=60_000)  # type: ignore[attr-defined]
    gate.release.set()
    wait_ops(qtbot, timeout=60_000)
    _stopped_before(seen, job)
    assert unsealed_app.vault is None and unsealed_app.unlock_window is not None  # replaced, then locked
    with sealing_left_to_caller(), open_vault(app_folder, PASSPHRASE) as vault:  # as the app: it seals nothing
        assert {c.legal_name for c in clients.list_clients(vault)} == {"Before Backup"}
    _seals_at_a_later_unlock(unsealed_app, qtbot, gate, app_folder)


def test_replacing_every_key_stops_the_sealing_first(
        unsealed_app: AppController, qtbot: object, gate: beside.Gate, app_folder: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    job = _held_job(unsealed_app, qtbot, gate, app_folder)
    seen: list[AtStart] = []
    monkeypatch.setattr(vault_keys_dialogs, "begin_replacing",
                        _watching(vault_keys_dialogs.begin_replacing, job, app_folder, seen))
    window = unsealed_app.main_window
    assert window is not None
    dialog = window.open_rekey()
    assert isinstance(dialog, vault_keys_dialogs.RekeyDialog)
    dialog.current.setText(PASSPHRASE)
    dialog.rekey_button.click()
    assert job.stopping
    gate.release.set()
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: bool(window.findChildren(vault_keys_dialogs.EmergencyKitDialog)))  # type: ignore[attr-defined]
    _stopped_before(seen, job)
    kit = window.findChildren(vault_keys_dialogs.EmergencyKitDialog)[0]
    kit.kept.setChecked(True)
    kit.done_button.click()
    assert ledger_sealing_running.current() is None  # the vault stays open, unsealed until its next unlock
    _seals_at_a_later_unlock(unsealed_app, qtbot, gate, app_folder)


def test_a_destruction_stops_the_sealing_first(
        unsealed_app: AppController, qtbot: object, gate: beside.Gate, app_folder: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    job = _held_job(unsealed_app, qtbot, gate, app_folder)
    seen: list[AtStart] = []
    monkeypatch.setattr(destruction_beside, "begin", _watching(destruction_beside.begin, job, app_folder, seen))
    wizard, _chart = _ready_wizard(unsealed_app, qtbot, tmp_path / "drives", backups=0)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert job.stopping
    gate.release.set()
    qtbot.waitUntil(lambda: wizard.confirm_page.certificate is not None, timeout=120_000)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    _stopped_before(seen, job)
    wizard.reject()  # the certificate page's Close
    _seals_at_a_later_unlock(unsealed_app, qtbot, gate, app_folder)
