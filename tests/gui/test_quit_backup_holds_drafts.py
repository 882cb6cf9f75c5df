"""Quit's backup holds the typing of the forms left open. Quit makes its backup with the window
still up (gui/quit_backup.py); the open forms' text was held only after it, when the window
closed: a therapist who quit with a new client's form half-filled, then lost the laptop, had a
backup without it. Now the drafts are held ahead of the backup; when the backup is refused and
she waits to connect the drive, they are taken back (the forms stay open), so what she then
saves from the form does not come back as a draft at the next unlock. The lock's own backup
holds them too. Real vaults, real backup folders, real widgets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.client_dialog import ClientDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_beside, clients, held_text
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import held_text as held_rows

pytestmark = pytest.mark.gui

TYPED = "Ursula Halfway"


def _folder_set(app: AppController, qtbot: object, target: Path) -> None:
    target.mkdir()
    app.op(None, lambda v: backup.configure(v, target=str(target), auto=True, kind="file")).run()
    wait_ops(qtbot)


def _new_client_typed(app: AppController, qtbot: object) -> ClientDialog:
    window = app.main_window
    assert window is not None
    window.client_list.new_client()
    dialog = next(d for d in window.findChildren(ClientDialog) if d.isVisible())
    qtbot.keyClicks(dialog.legal_name, TYPED)  # type: ignore[attr-defined]
    return dialog


def _drafts_in_backup(target: Path, into: Path) -> list[dict]:
    (made,) = [p for p in target.iterdir() if p.name.endswith(".vaultbackup")]
    backup.restore_backup(made, into, passphrase=PASSPHRASE)
    copy = open_vault(into, PASSPHRASE)
    try:
        return held_text.take(copy, "records")
    finally:
        copy.lock()


def _question_up(window: object) -> QMessageBox | None:
    boxes = [b for b in window.findChildren(QMessageBox)  # type: ignore[attr-defined]
             if b.objectName() == "quitBackupNotMade" and b.isVisible()]
    return boxes[0] if boxes else None


def _answer(box: QMessageBox, words: str) -> None:
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == words]
    button.click()


def _held_now(vault: Vault) -> list[dict]:
    return held_rows.load(vault.records)


def test_quit_s_backup_holds_the_open_form_s_draft(unlocked_app: AppController, qtbot: object, tmp_path: Path) -> None:
    target = tmp_path / "usb-drive"
    _folder_set(unlocked_app, qtbot, target)
    add_client(unlocked_app, qtbot, "Ada Before")  # a change since the last backup: Quit backs up
    _new_client_typed(unlocked_app, qtbot)
    quits: list[bool] = []
    unlocked_app.quit_requested.connect(lambda: quits.append(True))
    window = unlocked_app.main_window
    assert window is not None

    window.close()  # Vault > Quit
    qtbot.waitUntil(lambda: quits == [True], timeout=60_000)  # type: ignore[attr-defined]
    wait_ops(qtbot)

    drafts = _drafts_in_backup(target, tmp_path / "restored")
    assert [(d["dialog"], d["fields"]["legal_name"], d["why"]) for d in drafts] == [("new_client", TYPED, "quit")]
    # And the vault itself brings the form back once, with the text, at the next unlock.
    unlocked_app.show_unlock("")
    wait_ops(qtbot)
    again = unlock(unlocked_app, qtbot)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in again.findChildren(ClientDialog)))  # type: ignore[attr-defined]
    back = [d for d in again.findChildren(ClientDialog) if d.isVisible()]
    assert [d.legal_name.text() for d in back] == [TYPED]


def test_wait_for_the_drive_keeps_the_form_and_leaves_no_second_draft(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    target = tmp_path / "usb-drive"
    _folder_set(unlocked_app, qtbot, target)
    add_client(unlocked_app, qtbot, "Ada Before")
    shutil.rmtree(target)  # the drive unplugged
    dialog = _new_client_typed(unlocked_app, qtbot)
    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    quits: list[bool] = []
    unlocked_app.quit_requested.connect(lambda: quits.append(True))

    window.close()  # Quit: the backup is refused, the question asks
    qtbot.waitUntil(lambda: _question_up(window) is not None)  # type: ignore[attr-defined]
    box = _question_up(window)
    assert box is not None
    _answer(box, "Wait and connect the drive")
    wait_ops(qtbot)
    # The form is still up with its text, usable; the draft held for the refused backup is back out.
    assert dialog.isVisible() and dialog.legal_name.text() == TYPED
    assert _held_now(vault) == []
    qtbot.keyClicks(dialog.legal_name, " Saved")  # type: ignore[attr-defined]
    dialog.date_of_birth.setText("1970-01-02")
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # type: ignore[attr-defined]

    window.close()  # Quit again, the drive still not there: quit anyway
    qtbot.waitUntil(lambda: _question_up(window) is not None)  # type: ignore[attr-defined]
    box = _question_up(window)
    assert box is not None
    _answer(box, "Quit anyway")
    qtbot.waitUntil(lambda: quits == [True], timeout=60_000)  # type: ignore[attr-defined]
    wait_ops(qtbot)

    unlocked_app.show_unlock("")
    wait_ops(qtbot)
    again = unlock(unlocked_app, qtbot)
    wait_ops(qtbot)
    assert [d for d in again.findChildren(ClientDialog) if d.isVisible()] == []  # saved: no draft back
    assert [c.legal_name for c in clients.list_clients(unlocked_app.vault)].count(f"{TYPED} Saved") == 1  # type: ignore[arg-type]


def test_wait_then_quit_anyway_brings_the_form_back_once(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    target = tmp_path / "usb-drive"
    _folder_set(unlocked_app, qtbot, target)
    add_client(unlocked_app, qtbot, "Ada Before")
    shutil.rmtree(target)
    dialog = _new_client_typed(unlocked_app, qtbot)
    window = unlocked_app.main_window
    assert window is not None
    quits: list[bool] = []
    unlocked_app.quit_requested.connect(lambda: quits.append(True))
    window.close()
    qtbot.waitUntil(lambda: _question_up(window) is not None)  # type: ignore[attr-defined]
    _answer(_question_up(window), "Wait and connect the drive")  # type: ignore[arg-type]
    wait_ops(qtbot)
    qtbot.keyClicks(dialog.legal_name, " More")  # type: ignore[attr-defined]
    window.close()
    qtbot.waitUntil(lambda: _question_up(window) is not None)  # type: ignore[attr-defined]
    _answer(_question_up(window), "Quit anyway")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: quits == [True], timeout=60_000)  # type: ignore[attr-defined]
    wait_ops(qtbot)

    unlocked_app.show_unlock("")
    wait_ops(qtbot)
    again = unlock(unlocked_app, qtbot)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in again.findChildren(ClientDialog)))  # type: ignore[attr-defined]
    wait_ops(qtbot)
    back = [d for d in again.findChildren(ClientDialog) if d.isVisible()]
    assert [d.legal_name.text() for d in back] == [f"{TYPED} More"]


def test_the_lock_s_backup_holds_the_open_form_s_draft(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    target = tmp_path / "usb-drive"
    _folder_set(unlocked_app, qtbot, target)
    add_client(unlocked_app, qtbot, "Ada Before")
    _new_client_typed(unlocked_app, qtbot)

    unlocked_app.lock("Locked after a period without activity.")
    wait_ops(qtbot)
    assert backup_beside.runner().wait(120)

    drafts = _drafts_in_backup(target, tmp_path / "restored")
    assert [(d["dialog"], d["fields"]["legal_name"], d["why"]) for d in drafts] == [("new_client", TYPED, "lock")]


def _backups(target: Path) -> list[str]:
    return sorted(p.name for p in target.iterdir() if p.name.endswith(".vaultbackup"))


def test_quit_backs_up_a_form_typed_with_nothing_else_changed(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    """Typing is no change of the ledger: Quit with only a form filled in (everything else in
    the last backup) made no backup, and the draft was in none (found on Xvfb). The same drafts
    again, untouched, make no second one."""
    target = tmp_path / "usb-drive"
    _folder_set(unlocked_app, qtbot, target)
    add_client(unlocked_app, qtbot, "Ada Before")
    unlocked_app.op(None, backup.backup_if_changed).run()  # Back up now: nothing left unsaved
    wait_ops(qtbot)
    before = _backups(target)
    _new_client_typed(unlocked_app, qtbot)
    quits: list[bool] = []
    unlocked_app.quit_requested.connect(lambda: quits.append(True))
    window = unlocked_app.main_window
    assert window is not None

    window.close()
    qtbot.waitUntil(lambda: quits == [True], timeout=60_000)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    after = _backups(target)
    assert after != before
    (newest,) = [name for name in after if name not in before]
    restored = tmp_path / "restored"
    backup.restore_backup(target / newest, restored, passphrase=PASSPHRASE)
    copy = open_vault(restored, PASSPHRASE)
    try:
        assert [d["fields"]["legal_name"] for d in held_text.take(copy, "records")] == [TYPED]
    finally:
        copy.lock()

    unlocked_app.show_unlock("")
    wait_ops(qtbot)
    again = unlock(unlocked_app, qtbot)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in again.findChildren(ClientDialog)))  # type: ignore[attr-defined]
    wait_ops(qtbot)
    again.close()  # the same form, untouched: its draft is in the last backup already
    qtbot.waitUntil(lambda: quits == [True, True], timeout=60_000)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    assert _backups(target) == after
