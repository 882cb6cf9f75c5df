"""The Emergency Kit window's "Back up now under the new keys" built on the backup's own thread,
as Back up now is (it still ran the whole backup on the app's one worker: a note's save waited
behind it). Held at its check (the check every backup makes, wherever it runs; never a sleep), a
save through the worker completes; released, the backup is listed and the window says where."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_back_up_now_own_thread import HeldCheck
from vault_app.gui.controller import AppController
from vault_app.gui.vault_keys_dialogs import EmergencyKitDialog
from vault_app.services import backup, clients
from vault_app.services.key_replacement import kit_for

pytestmark = pytest.mark.gui


def test_a_save_completes_while_the_kits_backup_is_made(
    unlocked_app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    clients.create_client(vault, "Ione Castellane")
    usb = tmp_path / "usb"
    backup.configure(vault, target=str(usb), kind="file")
    kit_dialog = EmergencyKitDialog(kit_for(vault, "X"), window, controller=unlocked_app)
    kit_dialog.open()
    hold = HeldCheck(monkeypatch)
    saved: list[str] = []
    try:
        kit_dialog.backup_button.click()
        qtbot.waitUntil(hold.reached.is_set, timeout=60_000)
        unlocked_app.op(None, lambda v: clients.create_client(v, "Bramwell Osterley").client_id) \
            .success(saved.append).run()
        # Waited for on the event loop: the worker, held by the old path, never ran the save.
        qtbot.waitUntil(lambda: saved != [], timeout=30_000)
        assert not hold.release.is_set() and list(usb.glob("*.vaultbackup")) == []
    finally:
        hold.release.set()
    wait_ops(qtbot, timeout=120_000)
    qtbot.waitUntil(lambda: "Backed up under the new keys to" in kit_dialog.backed_up_label.text(), timeout=60_000)
    made = Path(kit_dialog.backed_up_label.text().split(" to ", 1)[1].split(": this new kit")[0])
    assert made.is_file()
    listed: list[list[dict[str, Any]]] = []
    unlocked_app.query(None, backup.list_backups).success(listed.append).run()
    wait_ops(qtbot)
    assert [(b["path"], b["state"]) for b in listed[0]] == [(str(made), "verified")]
    kit_dialog.kept.setChecked(True)
    kit_dialog.done_button.click()
