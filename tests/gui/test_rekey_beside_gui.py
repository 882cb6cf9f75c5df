"""Issue 21 item 1, in the app: Vault > Replace every key… re-encrypts beside the worker
(gui/rekey_running.py, services/vault_rekey_beside.py).

Held while the copies are written (each copy waits on an Event before its first block), the
worker is free: an autosave and a chart reading run at once, the dialog no longer holds the
main window and shows its bar; released, the new kit comes and the autosave is read after a
fresh unlock under the new keys. A lock meanwhile stops it: the copies are scrubbed and the
vault keeps every key."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from vault_app.gui import rekey_running
from vault_app.gui.controller import AppController
from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog, RekeyDialog
from vault_app.services import clients, notes
from vault_app.services.vault import open_vault
from vault_app.storage import rekey_copy

pytestmark = pytest.mark.gui


class Gate:
    def __init__(self) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate()
    original = rekey_copy.write_copy

    def waiting(*args: Any, **kwargs: Any) -> Path:
        held.reached.set()
        assert held.release.wait(60)
        return original(*args, **kwargs)

    monkeypatch.setattr(rekey_copy, "write_copy", waiting)
    yield held
    held.release.set()
    running = rekey_running.current()
    if running is not None:
        running.job.wait(30)


def _keys(folder: Path, passphrase: str = PASSPHRASE) -> dict[str, bytes]:
    with open_vault(folder, passphrase, with_psychotherapy=True) as vault:
        return {n: vault.compartment_key(n) for n in ("records", "ledger", "psychotherapy")}


def _start(app: AppController, qtbot: Any, gate: Gate | None, held: threading.Event | None = None) -> RekeyDialog:
    """Replace every key from the menu's dialog, until the copies wait at `gate` (or `held` is set)."""
    window = app.main_window
    assert window is not None
    dialog = window.open_rekey()
    assert isinstance(dialog, RekeyDialog)
    dialog.current.setText(PASSPHRASE)
    dialog.rekey_button.click()
    qtbot.waitUntil((held or gate.reached).is_set, timeout=60_000)  # type: ignore[union-attr]
    if gate is not None:
        wait_ops(qtbot)  # nothing of the rekey is queued on the worker while the copies are written
    return dialog


def test_an_autosave_lands_while_every_key_is_replaced(unlocked_app: AppController, qtbot: Any, gate: Gate,
                                                        app_folder: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client = clients.create_client(vault, "Perpetua Lindqvist-Oyelaran")
    note = notes.create_progress_note(vault, client.client_id, text="Started before the rekey.")
    before = {n: vault.compartment_key(n) for n in ("records", "ledger")}
    dialog = _start(unlocked_app, qtbot, gate)
    # The dialog no longer holds the main window: the therapist works beside the rekey.
    assert dialog.windowModality() == Qt.WindowModality.NonModal
    assert dialog.progress_box.isVisible() and not dialog.form_box.isVisible()
    saved: list[Any] = []
    unlocked_app.op(None, lambda v: notes.save_draft(v, note.note_id, {"subjective": "Typed beside the rekey."})) \
        .success(saved.append).run()
    opened: list[Any] = []
    unlocked_app.query(None, lambda v: clients.read_chart(v, client.client_id)).success(opened.append).run()
    wait_ops(qtbot)
    assert saved and opened, "the autosave and the chart did not wait for the rekey"
    running = rekey_running.current()
    assert running is not None and running.job.running()
    gate.release.set()
    qtbot.waitUntil(lambda: bool(unlocked_app.main_window.findChildren(EmergencyKitDialog)),  # type: ignore[union-attr]
                    timeout=120_000)
    wait_ops(qtbot)
    assert not dialog.isVisible() and dialog.bar.value() == 1000
    kit = unlocked_app.main_window.findChildren(EmergencyKitDialog)[0]  # type: ignore[union-attr]
    kit.kept.setChecked(True)
    kit.done_button.click()
    assert {n: vault.compartment_key(n) for n in ("records", "ledger")} != before
    unlocked_app.lock("test")
    wait_ops(qtbot)
    assert not [p for p in app_folder.iterdir() if rekey_copy.SUFFIX in p.name]
    with open_vault(app_folder, PASSPHRASE, check_every_page=True) as reopened:
        assert notes.get_note(reopened, note.note_id).sections["subjective"] == "Typed beside the rekey."
        assert all(reopened.compartment_key(n) != before[n] for n in before)


def test_a_lock_during_the_copies_stops_them_and_changes_nothing(unlocked_app: AppController, qtbot: Any,
                                                                  gate: Gate, app_folder: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    clients.create_client(vault, "Anselm Vasquez-Thorne")
    before = {n: vault.compartment_key(n) for n in ("records", "ledger")}
    master = vault.master_key()
    _start(unlocked_app, qtbot, gate)
    unlocked_app.lock("Locked.", quick=True)  # Ctrl+L
    assert unlocked_app.vault is None and unlocked_app.unlock_window is not None
    gate.release.set()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: rekey_running.current() is None, timeout=30_000)
    assert not [p for p in app_folder.iterdir() if rekey_copy.SUFFIX in p.name]
    window = unlock(unlocked_app, qtbot)  # the old passphrase; nothing to tell
    assert not window.findChildren(EmergencyKitDialog)
    reopened = unlocked_app.vault
    assert reopened is not None
    assert {n: reopened.compartment_key(n) for n in before} == before and reopened.master_key() == master
    assert not [e for e in reopened.ledger.entries() if e.kind.startswith("vault.rekey")]


def test_a_lock_during_the_swap_lets_it_finish_and_the_unlock_asks_for_a_new_kit(
        unlocked_app: AppController, qtbot: Any, app_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The swap was handed to the worker before the lock: it runs whole, the vault locks
    under its new keys, and the kit (never kept while locked) is not shown; the next unlock
    says so and asks for Replace every key again."""
    from PySide6.QtWidgets import QMessageBox

    from vault_app.gui import vault_keys_dialogs

    vault = unlocked_app.vault
    assert vault is not None
    master = vault.master_key()
    in_swap, go = threading.Event(), threading.Event()
    original = vault_keys_dialogs.finish_with_kit

    def held_finish(v: Any, replacing: Any) -> Any:
        in_swap.set()
        assert go.wait(60)
        return original(v, replacing)

    monkeypatch.setattr(vault_keys_dialogs, "finish_with_kit", held_finish)
    _start(unlocked_app, qtbot, None, in_swap)
    unlocked_app.lock("Locked.", quick=True)
    go.set()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: rekey_running.current() is None, timeout=30_000)
    window = unlock(unlocked_app, qtbot)
    notice = next(b for b in window.findChildren(QMessageBox) if b.objectName() == "rekeyKitUnseenNotice")
    assert "could not be shown" in notice.text() and "Replace every key" in notice.informativeText()
    notice.accept()
    assert not window.findChildren(EmergencyKitDialog)
    reopened = unlocked_app.vault
    assert reopened is not None and reopened.master_key() != master


def test_the_passphrase_cannot_change_while_every_key_is_replaced(unlocked_app: AppController, qtbot: Any,
                                                                   gate: Gate, app_folder: Path) -> None:
    from vault_app.gui.vault_keys_dialogs import ChangePassphraseDialog

    new = "seven purple otters juggle quietly at dawn"
    _start(unlocked_app, qtbot, gate)
    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_change_passphrase()
    assert isinstance(dialog, ChangePassphraseDialog)
    dialog.current.setText(PASSPHRASE)
    dialog.new.first.setText(new)
    dialog.new.second.setText(new)
    qtbot.waitUntil(lambda: dialog.new.meter.judged == new, timeout=20_000)
    wait_ops(qtbot)
    dialog.change_button.click()
    wait_ops(qtbot)
    assert "Every key is being replaced" in dialog.message.text()
    dialog.reject()
    gate.release.set()
    qtbot.waitUntil(lambda: bool(window.findChildren(EmergencyKitDialog)), timeout=120_000)
    wait_ops(qtbot)
    kit = window.findChildren(EmergencyKitDialog)[0]
    kit.kept.setChecked(True)
    kit.done_button.click()
    unlocked_app.lock("test")
    wait_ops(qtbot)
    open_vault(app_folder, PASSPHRASE).lock()  # the passphrase was not changed
