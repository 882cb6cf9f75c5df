"""The walker's path (walk-es, finding 1): a draft typed after the lock's backup is backed up
at the next lock, and the Backups window says the vault changed meanwhile; nothing typed: no
new backup, and it says nothing. The autosave writes no ledger entry: the window, the lock
and Quit read the one answer (backup_registry.changed_since_last_backup). Real app, real
vault, real backup files, the last one restored and read back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_beside, clients, notes
from vault_app.services.vault import Vault, open_vault

pytestmark = pytest.mark.gui

CHANGED = "The vault changed since the last backup."


def _summary(app: AppController, qtbot: object) -> str:
    dialog = BackupsDialog(app, parent=app.main_window)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Last checked backup" in dialog.summary.text(), timeout=20_000)  # type: ignore[attr-defined]
    text = dialog.summary.text()
    dialog.close()
    return text


def _do(app: AppController, qtbot: object, fn: Callable[[Vault], Any]) -> Any:
    got: list[Any] = []
    app.op(None, fn).success(got.append).run()
    wait_ops(qtbot)
    assert len(got) == 1
    return got[0]


def _lock(app: AppController, qtbot: object) -> None:
    app.lock("test")
    wait_ops(qtbot, timeout=60_000)
    assert backup_beside.runner().wait(120) and backup_beside.runner().failures == []


def test_a_draft_typed_after_the_backup_is_said_and_backed_up_at_the_lock(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    target = tmp_path / "usb-drive"
    _do(unlocked_app, qtbot, lambda v: backup.configure(v, target=str(target), auto=True, kind="file"))
    client_id = _do(unlocked_app, qtbot, lambda v: clients.create_client(
        v, "Sofia Arreola", date_of_birth="2011-03-04").client_id)
    note_id = _do(unlocked_app, qtbot, lambda v: notes.create_progress_note(
        v, client_id, sections={"subjective": "School stress"}).note_id)
    _lock(unlocked_app, qtbot)
    (first,) = sorted(target.glob("*.vaultbackup"))

    unlock(unlocked_app, qtbot)
    assert CHANGED not in _summary(unlocked_app, qtbot)  # the unlock is no change
    _lock(unlocked_app, qtbot)
    assert sorted(target.glob("*.vaultbackup")) == [first]  # nothing typed: no new backup

    unlock(unlocked_app, qtbot)
    # What the note editor's autosave runs at a pause in typing.
    _do(unlocked_app, qtbot, lambda v: notes.save_draft(v, note_id, {"subjective": "School stress y ansiedad."}))
    assert CHANGED in _summary(unlocked_app, qtbot)
    _lock(unlocked_app, qtbot)
    # A new backup (the rotation keeps one a day: the first is gone).
    (second,) = set(target.glob("*.vaultbackup")) - {first}
    backup.restore_backup(second, tmp_path / "restored", passphrase=PASSPHRASE)
    copy = open_vault(tmp_path / "restored", PASSPHRASE)
    try:
        assert notes.get_note(copy, note_id).sections["subjective"] == "School stress y ansiedad."
    finally:
        copy.lock()
