"""Records > Destructions > Purge a backup file…: a copy of a backup made by hand before a chart
was destroyed is named by the register nowhere, so the destruction's purge (and Purge the backups
now) never reaches it and `backup verify` calls it NOT CLEAN. `destruction purge-backups CERT
--file` purges it on the command line; the app had no way to it. Now the window purges the file
the therapist picks, beside the worker as the other purges, and refuses a file that is not there
in its words. Real vault files, real backups, real widgets; the file chooser's answer is given."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import window_of
from vault_app.gui import file_dialogs
from vault_app.gui.controller import AppController
from vault_app.gui.destructions_dialog import DestructionsDialog
from vault_app.services import backup, backup_lineage, clients, destruction
from vault_app.services.backup_registry import PURGED
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui


def _hand_copy_then_destroy(app: AppController, qtbot: Any, tmp_path: Path) -> tuple[Path, str]:
    vault = app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Handcopy Strayfile").client_id
    chart_number = clients.get_client(vault, client_id).chart_number
    made = backup.create_backup(vault, tmp_path / "usb")
    hand = tmp_path / "hand" / "old-copy.vaultbackup"
    hand.parent.mkdir()
    shutil.copy2(made.path, hand)  # never registered: the destruction's purge does not reach it

    def destroy(v: Vault) -> None:
        destruction.destroy(v, client_id, basis="override", confirm=chart_number,
                            override_reason="Duplicate chart created in error during intake")

    vault.unlock_psychotherapy(PASSPHRASE)
    app.op(None, destroy).run()
    wait_ops(qtbot, timeout=120_000)
    vault.lock_psychotherapy()
    [d] = destruction.list_destructions(vault)
    assert d["state"] == "completed"
    return hand, str(d["certificate_id"])


def _holds_destroyed(app: AppController, hand: Path) -> bool:
    vault = app.vault
    assert vault is not None
    return bool(backup.verify_backup(hand, vault=vault).get("holds_destroyed"))


def test_purge_a_backup_file(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    app = unlocked_app
    hand, cert = _hand_copy_then_destroy(app, qtbot, tmp_path)
    assert _holds_destroyed(app, hand)
    dialog = window_of(app).open_destructions()
    assert isinstance(dialog, DestructionsDialog)
    wait_ops(qtbot)
    # Nothing registered is pending: Purge the backups now is not offered, Purge a backup file… is.
    assert dialog.act_button.isHidden()
    assert dialog.file_button.text().replace("&", "") == "Purge a backup file…" and not dialog.file_button.isHidden()

    asked: list[str] = []

    def chooser(_parent: object, caption: str, _directory: str, _filters: str = "") -> str:
        asked.append(caption)
        return str(tmp_path / "no-such.vaultbackup") if len(asked) == 1 else str(hand)

    monkeypatch.setattr(file_dialogs, "open_file", chooser)
    # The psychotherapy notes locked: the button asks to unlock them first, nothing chosen yet.
    dialog.file_button.click()
    assert asked == [] and not dialog.psy_row.isHidden()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.unlock_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.psy_row.isHidden())

    # The unlock goes on to the chooser (test_destructions_purge_file_folder.py). A file that is
    # not there: refused in its words, nothing changed.
    qtbot.waitUntil(lambda: asked != [])
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.saved.text() != "", timeout=60_000)
    assert dialog.saved.text().startswith(f"No backup file at {tmp_path / 'no-such.vaultbackup'}."), \
        dialog.saved.text()

    before = hand.read_bytes()
    dialog.file_button.click()
    qtbot.waitUntil(lambda: len(asked) == 2)  # the backup folder read first, on the worker
    assert asked == ["Choose the backup file to purge"] * 2
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=120_000)
    wait_ops(qtbot)
    assert dialog.saved.text() == f"The chart was purged from the backup file {hand.resolve()}.", dialog.saved.text()
    assert hand.read_bytes() != before and not _holds_destroyed(app, hand)
    assert sorted(p.name for p in hand.parent.iterdir()) == [hand.name], "nothing temporary left beside it"
    vault = app.vault
    assert vault is not None
    [entry] = [e for e in vault.ledger.entries(kinds=(PURGED,)) if e.payload["path"] == str(hand.resolve())]
    assert entry.payload["certificate_id"] == cert and entry.payload.get("unregistered") is True
    assert backup_lineage.file_of_this_line(vault, hand.resolve()) is True
    listed = [Path(b["path"]) for b in backup.list_backups(vault)]
    assert listed != [] and hand.resolve() not in listed, "not registered by the purge"
    dialog.reject()
