"""Vault > Replace every key… pressed while Back up now copies the vault's files (found after Back
up now moved to a thread of its own: the replacement waited 5 s, then refused, saying the vault
was "being read by another program" - the app's own backup). Now its window says it waits for
the backup, and once the backup is made (and listed) every key is replaced. The backup is held
at its copy by the runner's checkpoint hook, never by a sleep."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_backup_beside import Gate
from tests.gui.conftest import wait_ops
from tests.gui.test_back_up_now_own_thread import _into
from vault_app.gui import rekey_running
from vault_app.gui.controller import AppController
from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog, RekeyDialog
from vault_app.services import backup, backup_beside

pytestmark = pytest.mark.gui


def test_replace_every_key_waits_for_back_up_now_and_then_replaces_them(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    backups = _into(unlocked_app, qtbot, folder)
    runner = backup_beside.runner()
    gate = Gate("start")  # held before it copied anything: its reads pin every file
    runner.checkpoint = gate
    window = unlocked_app.main_window
    assert window is not None
    try:
        backups.backup_now()
        qtbot.waitUntil(gate.reached.is_set, timeout=60_000)
        dialog = window.open_rekey()
        assert isinstance(dialog, RekeyDialog)
        dialog.current.setText(PASSPHRASE)
        dialog.rekey_button.click()
        # Its window says what it waits for, in words about this app's backup.
        qtbot.waitUntil(lambda: "backup" in dialog.bar_label.text(), timeout=60_000)
        said = dialog.bar_label.text()
        assert "Waiting for the backup" in said and "another program" not in said, said
        assert rekey_running.current() is not None
    finally:
        gate.release.set()
    qtbot.waitUntil(lambda: bool(window.findChildren(EmergencyKitDialog)), timeout=120_000)
    wait_ops(qtbot, timeout=120_000)
    runner.checkpoint = None
    kit = window.findChildren(EmergencyKitDialog)[0]
    kit.kept.setChecked(True)
    kit.done_button.click()
    assert "Backed up to" in backups.result_label.text(), backups.result_label.text()
    listed: list[list[dict[str, Any]]] = []
    unlocked_app.query(None, backup.list_backups).success(listed.append).run()
    wait_ops(qtbot)
    assert [b["state"] for b in listed[0]] == ["verified"]
