"""A vault a copy replaced (`backup restore --replaces-original`) becomes "the older copy" once that copy has
backed up into the folder they share: the app then says to work in the copy (as the status line and
`vault-app unlock-check` do: cli/unlock_check_replaced.py), never to restore the newest backup over this
vault or to keep it by choosing another backup folder (work on a vault nobody should work in). Round 45: the
unlock's message offered "Restore the newest backup…" as its default button, and the Today card and status
bar said "restore it here, or use the computer that made it". Real vaults made, backed up and restored by the
real command line (in process), the real app's unlock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from tests.core.cli_helpers import cli_in_process
from tests.gui.conftest import unlock, wait_ops
from vault_app.gui import older_copy
from vault_app.gui.controller import AppController


def _replaced_and_copy_backed_up(original: Path, tmp_path: Path) -> Path:
    copy, backups = tmp_path / "new-laptop", tmp_path / "backups"
    assert cli_in_process("backup", "settings", "--vault", str(original), "--target", str(backups)).code == 0
    assert cli_in_process("backup", "create", "--vault", str(original)).code == 0
    made = sorted([*backups.glob("*.vaultbackup"), *backups.glob("snapshots/*.vrs")])[-1]
    restored = cli_in_process("backup", "restore", str(made), "--vault", str(original), "--to", str(copy),
                              "--replaces-original")
    assert restored.code == 0, restored.err
    assert cli_in_process("client", "add", "Typed In The Copy", "--vault", str(copy)).code == 0
    assert cli_in_process("backup", "create", "--vault", str(copy)).code == 0
    return copy


def test_the_replaced_vault_says_work_in_the_copy_not_restore_over_it(
        locked_app: AppController, app_folder: Path, tmp_path: Path, qtbot: object) -> None:
    copy = _replaced_and_copy_backed_up(app_folder, tmp_path)
    window = unlock(locked_app, qtbot)

    def said() -> QMessageBox | None:
        return next((b for b in window.findChildren(QMessageBox) if b.objectName() == "olderCopyMessage"
                     and b.isVisible()), None)

    qtbot.waitUntil(lambda: said() is not None)  # type: ignore[attr-defined]
    box = said()
    assert box is not None
    text = box.text()
    assert f"by the copy in {copy.resolve()}" in text and "work in that copy" in text, text
    assert "restore the newest backup here" not in text and "choose another backup folder for it (" not in text, text
    assert not [b for b in box.buttons() if b.objectName() == "olderCopyRestore"]
    window.show_dashboard()
    wait_ops(qtbot)
    card = window.dashboard.cards["backup"].detail.text()
    assert "work in that copy" in card and "restore it here" not in card, card
    # The status bar: its news says the copy replaced this vault (work in it); the older copy's part adds
    # only what that does not say, never "restore it here".
    status = older_copy.status_words_of(window) or ""
    assert "exports and disclosures are refused" in status and "restore it here" not in status, status
