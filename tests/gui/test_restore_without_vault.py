"""Restoring a backup with no vault open (gui/restore_dialog.py): from the unlock window of a
vault that cannot be opened (a file of it put back older), and from the first-run wizard on
a new computer. Real vaults, real backups and snapshots, the real restore on the worker."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.controller import AppController
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.gui.unlock import UnlockWindow
from vault_app.services import backup, backup_repo, clients, destruction_app_copies
from vault_app.services.restore_beside_record import COPIED_BESIDE
from vault_app.services.vault import create_vault, open_vault

pytestmark = pytest.mark.gui

NEW_PASSPHRASE = "violet lantern drifts over quiet harbor"


def _names(folder: Path, phrase: str = PASSPHRASE) -> set[str]:
    with open_vault(folder, phrase, check_every_page=True) as vault:
        assert vault.verify_ledger().ok
        return {c.legal_name for c in clients.list_clients(vault)}


TOLD = {"ledger.db", "vault.header"}  # what a restore beside writes into the vault it leaves


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _rolled_back_with_backup(folder: Path, usb: Path) -> Path:
    """The lead's case: records.db copied, a client added and backed up, the old copy put back."""
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault
    clients.create_client(vault, "Before Change", date_of_birth="1980-01-01")
    vault.lock()
    old = folder.parent / "records.db.old"
    shutil.copy2(folder / "records.db", old)
    with open_vault(folder, PASSPHRASE) as vault:
        clients.create_client(vault, "After Change", date_of_birth="1981-01-01")
        usb.mkdir()
        made = backup.create_backup(vault, usb, verify=True)
    shutil.copy2(old, folder / "records.db")
    for side in ("records.db-wal", "records.db-shm"):
        (folder / side).unlink(missing_ok=True)
    return Path(made.path)


def _unlock_window(app: AppController, qtbot: object) -> UnlockWindow:
    window = app.unlock_window
    assert window is not None
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    wait_ops(qtbot)
    assert app.main_window is None
    assert window.message.text(), "the rolled-back vault must not open"
    return window


def _dialog(parent: object) -> RestoreFromBackupDialog:
    dialogs = [d for d in parent.findChildren(RestoreFromBackupDialog) if d.isVisible()]  # type: ignore[attr-defined]
    assert len(dialogs) == 1
    return dialogs[0]


def _answer(dialog: RestoreFromBackupDialog, qtbot: object, button: str) -> None:
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible())  # type: ignore[attr-defined]
    box = dialog.question
    assert box is not None
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    if button == "cancel":
        box.button(QMessageBox.StandardButton.Cancel).click()
    else:
        (replace,) = [b for b in box.buttons() if b.text() == "&Replace"]
        replace.click()


def _safety_copies(folder: Path) -> list[Path]:
    return sorted(folder.parent.glob(f"{folder.name}-before-restore-*"))


@pytest.fixture
def rolled_back(tmp_path: Path, app_folder: Path, qtbot: object) -> tuple[AppController, Path]:
    from vault_app.gui.launcher import start

    made = _rolled_back_with_backup(app_folder, tmp_path / "usb")
    return start(app_folder, kdf_params=OWASP_FLOOR), made


@pytest.fixture
def app(rolled_back: tuple[AppController, Path], qtbot: object) -> object:
    from tests.gui.conftest import _teardown

    yield rolled_back[0]
    _teardown(rolled_back[0], qtbot)


def test_unlock_window_restores_the_latest_backup_over_the_rolled_back_vault(
    app: AppController, rolled_back: tuple[AppController, Path], app_folder: Path, qtbot: object
) -> None:
    made = rolled_back[1]
    window = _unlock_window(app, qtbot)
    old_records = (app_folder / "records.db").read_bytes()
    assert window.restore_button.text() == "&Restore from a backup…"
    window.restore_button.click()
    dialog = _dialog(window)
    assert dialog.target() == app_folder and "replaced" in dialog.folder_note.text()
    dialog.backup.setText(str(made))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.restore_button.click()
    _answer(dialog, qtbot, "replace")
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is not None, dialog.message.text()
    (safety,) = _safety_copies(app_folder)
    assert (safety / "records.db").read_bytes() == old_records  # the replaced vault, kept as it was
    said = dialog.done_text.text()
    assert str(safety) in said and "passphrase the vault had" in said
    dialog.restore_button.click()  # Continue to unlock
    assert app.unlock_window is window and "Restored from a backup" in window.reason_label.text()
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    wait_ops(qtbot, timeout=60_000)
    assert app.main_window is not None, window.message.text()
    app.lock("test")
    wait_ops(qtbot)
    assert _names(app_folder) == {"Before Change", "After Change"}


def test_a_wrong_passphrase_is_a_sentence_and_nothing_changes(
    app: AppController, rolled_back: tuple[AppController, Path], app_folder: Path, qtbot: object
) -> None:
    window = _unlock_window(app, qtbot)
    before = _fingerprint(app_folder)
    window.restore_button.click()
    dialog = _dialog(window)
    dialog.backup.setText(str(rolled_back[1]))
    dialog.passphrase.setText("not the passphrase at all")
    dialog.restore_button.click()
    wait_ops(qtbot, timeout=60_000)
    # Said before the question: the backup is opened first, to read what the vault it would
    # replace holds newer than it (services/restore_ask.py), so no Replace is asked for nothing.
    assert dialog.question is None
    assert dialog.report is None and dialog.isVisible()
    assert dialog.message.text().startswith("That passphrase does not open this backup.")
    assert dialog.restore_button.isEnabled()  # another try, with what was typed kept
    assert _fingerprint(app_folder) == before and _safety_copies(app_folder) == []


def test_cancel_on_the_replace_question_changes_nothing(
    app: AppController, rolled_back: tuple[AppController, Path], app_folder: Path, qtbot: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from vault_app.gui import file_dialogs

    chooser_opened: list[object] = []  # a file window would wait for a person: counted instead
    monkeypatch.setattr(file_dialogs, "open_file", lambda *args: chooser_opened.append(args) or "")
    window = _unlock_window(app, qtbot)
    assert window.focusWidget() is window.restore_button  # Enter or Space takes the way forward
    before = _fingerprint(app_folder)
    window.restore_button.click()
    dialog = _dialog(window)
    dialog.backup.setText(str(rolled_back[1]))
    # Enter in the passphrase restores, also after Tab went through a Choose… button.
    (choose,) = [b for b in dialog.findChildren(QPushButton) if b.accessibleName() == "Choose the backup"]
    choose.setFocus()
    qtbot.waitUntil(choose.hasFocus)  # type: ignore[attr-defined]
    dialog.passphrase.setFocus()
    qtbot.waitUntil(dialog.passphrase.edit.hasFocus)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert chooser_opened == []
    _answer(dialog, qtbot, "cancel")
    wait_ops(qtbot)
    assert dialog.message.text() == "Nothing was restored." and dialog.report is None
    assert _fingerprint(app_folder) == before and _safety_copies(app_folder) == []
    assert sorted(p.name for p in app_folder.parent.iterdir()) == sorted(
        ["gui-vault", "records.db.old", "usb"])  # no staging folder left either


def _source_vault(tmp_path: Path) -> tuple[str, Path]:
    """Another computer's vault with one client, and its recovery key."""
    created = create_vault(tmp_path / "old-laptop", PASSPHRASE, params=OWASP_FLOOR)
    clients.create_client(created.vault, "From The Old Laptop", date_of_birth="1975-05-05")
    created.vault.lock()
    return created.recovery_key, created.vault.folder


def test_first_run_restores_a_snapshot_of_a_backup_folder_into_the_empty_vault_folder(
    fresh_app: AppController, tmp_path: Path, app_folder: Path, qtbot: object
) -> None:
    _key, source = _source_vault(tmp_path)
    with open_vault(source, PASSPHRASE) as vault:
        snapshot = Path(backup_repo.create_incremental(vault, tmp_path / "backup-drive", verify=True).path)
    assert backup_repo.is_snapshot(snapshot)
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.location_page.restore_button.click()
    dialog = _dialog(wizard)
    assert dialog.target() == app_folder and not dialog.may_replace
    dialog.backup.setText(str(snapshot))
    dialog.passphrase.setText(PASSPHRASE)
    # Into the backup folder: refused with a sentence, nothing written there.
    dialog.folder.setText(str(tmp_path / "backup-drive" / "restored"))
    dialog.restore_button.click()
    wait_ops(qtbot, timeout=60_000)
    assert "inside the backup folder" in dialog.message.text() and dialog.report is None
    assert not (tmp_path / "backup-drive" / "restored").exists()
    dialog.folder.setText(str(app_folder))
    dialog.restore_button.click()
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is not None, dialog.message.text()
    assert dialog.report.safety_copy is None
    dialog.restore_button.click()  # Continue to unlock
    assert fresh_app.wizard is None
    window = fresh_app.unlock_window
    assert window is not None and window.folder == app_folder
    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    wait_ops(qtbot, timeout=60_000)
    assert fresh_app.main_window is not None, window.message.text()
    fresh_app.lock("test")
    wait_ops(qtbot)
    assert _names(app_folder) == {"From The Old Laptop"}


def test_first_run_refuses_a_restore_inside_another_vaults_folder_in_its_words(
    fresh_app: AppController, tmp_path: Path, app_folder: Path, qtbot: object
) -> None:
    _key, source = _source_vault(tmp_path)
    with open_vault(source, PASSPHRASE) as vault:
        made = Path(backup.create_backup(vault, tmp_path / "usb", verify=True).path)
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.location_page.restore_button.click()
    dialog = _dialog(wizard)
    dialog.backup.setText(str(made))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.folder.setText(str(source / "blobs" / "restored"))
    dialog.restore_button.click()
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is None
    assert f"inside the vault folder {source.resolve()}; nothing was restored" in dialog.message.text()
    assert "Traceback" not in dialog.message.text() and not (source / "blobs" / "restored").exists()


def test_first_run_restores_a_backup_file_with_the_emergency_kit_into_a_chosen_folder(
    fresh_app: AppController, tmp_path: Path, app_folder: Path, qtbot: object
) -> None:
    key, source = _source_vault(tmp_path)
    with open_vault(source, PASSPHRASE) as vault:
        (tmp_path / "usb").mkdir()
        made = Path(backup.create_backup(vault, tmp_path / "usb", verify=True).path)
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.location_page.restore_button.click()
    dialog = _dialog(wizard)
    elsewhere = tmp_path / "new-laptop" / "vault"
    dialog.folder.setText(str(elsewhere))
    dialog.backup.setText(str(made))
    dialog.with_kit.setChecked(True)
    assert not dialog.passphrase.isVisible() and dialog.key.isVisible()
    dialog.key.setText("AAAAA-" + key.split("-", 1)[1])  # one group wrong: a sentence, nothing made
    dialog.first.setText(NEW_PASSPHRASE)
    assert not dialog.restore_button.isEnabled()  # not confirmed yet
    dialog.second.setText(NEW_PASSPHRASE)
    qtbot.waitUntil(dialog.restore_button.isEnabled)  # once the meter has judged it (on the worker)
    dialog.restore_button.click()
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is None and dialog.message.text()
    assert not elsewhere.exists() or not any(elsewhere.iterdir())
    dialog.key.setText(key.lower().replace("-", " "))
    dialog.restore_button.click()
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is not None and dialog.report.recovered, dialog.message.text()
    dialog.restore_button.click()
    window = fresh_app.unlock_window
    assert window is not None and window.folder == elsewhere
    assert "new passphrase" in window.reason_label.text()
    window.passphrase.setText(NEW_PASSPHRASE)
    window.unlock_button.click()
    wait_ops(qtbot, timeout=60_000)
    assert fresh_app.main_window is not None, window.message.text()
    fresh_app.lock("test")
    wait_ops(qtbot)
    assert _names(elsewhere, NEW_PASSPHRASE) == {"From The Old Laptop"}
    assert not app_folder.exists() or not any(app_folder.iterdir())


@pytest.mark.parametrize("case", ["damaged backup", "a vault already there", "disk full"])
def test_first_run_failures_are_sentences_and_change_nothing(
    fresh_app: AppController, tmp_path: Path, qtbot: object, case: str
) -> None:
    from tests.core.test_faults_diskfull import small_filesystem

    _key, source = _source_vault(tmp_path)
    with open_vault(source, PASSPHRASE) as vault:
        (tmp_path / "usb").mkdir()
        made = Path(backup.create_backup(vault, tmp_path / "usb", verify=True).path)
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.location_page.restore_button.click()
    dialog = _dialog(wizard)
    dialog.backup.setText(str(made))
    dialog.passphrase.setText(PASSPHRASE)

    def restore_into(target: Path) -> None:
        dialog.folder.setText(str(target))
        dialog.restore_button.click()
        wait_ops(qtbot, timeout=60_000)
        assert dialog.report is None and dialog.isVisible() and fresh_app.unlock_window is None
        assert dialog.restore_button.isEnabled()

    if case == "disk full":
        with small_filesystem(tmp_path / "small", "256k") as mount:
            restore_into(mount / "restored")
            assert "full" in dialog.message.text().lower(), dialog.message.text()
            assert list(mount.iterdir()) == []
        return
    target = tmp_path / "target"
    if case == "damaged backup":
        data = bytearray(made.read_bytes())
        data[len(data) // 2] ^= 0x01
        made.write_bytes(bytes(data))
    else:
        shutil.copytree(source, target)
    before = _fingerprint(target) if target.exists() else {}
    restore_into(target)
    said = dialog.message.text()
    assert said and "--" not in said, said
    if case == "a vault already there":
        assert said.startswith(f"A vault already exists in {target}") and "Choose an empty folder" in said
        assert dialog.folder_note.text() == "This folder already holds a vault: choose an empty folder."
    assert (_fingerprint(target) if target.exists() else {}) == before
    assert not target.exists() or not [p for p in target.iterdir() if p.name.startswith(".")]


def test_every_field_of_the_dialog_is_reached_by_its_mnemonic(qtbot: object, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    dialog = RestoreFromBackupDialog(tmp_path / "vault", may_replace=False)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    with qtbot.waitActive(dialog):  # type: ignore[attr-defined]
        dialog.show()
        dialog.activateWindow()
    qtbot.waitUntil(dialog.backup.hasFocus)  # type: ignore[attr-defined]

    def alt(key: Qt.Key) -> object:
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
        return QApplication.focusWidget()

    assert alt(Qt.Key.Key_P) is dialog.passphrase.edit
    assert alt(Qt.Key.Key_T) is dialog.folder  # "Restore in&to:": an I's underline is not seen
    assert alt(Qt.Key.Key_B) is dialog.backup
    alt(Qt.Key.Key_E)
    qtbot.waitUntil(dialog.with_kit.isChecked)  # type: ignore[attr-defined]  # a mnemonic's click is animated
    assert alt(Qt.Key.Key_K) is dialog.key
    assert alt(Qt.Key.Key_N) is dialog.first.edit
    assert alt(Qt.Key.Key_F) is dialog.second.edit
    alt(Qt.Key.Key_W)
    qtbot.waitUntil(dialog.with_passphrase.isChecked)  # type: ignore[attr-defined]
    assert dialog.passphrase.isVisible() and not dialog.key.isVisible()


def test_unlock_window_restores_into_another_folder_and_opens_it_there(
    app: AppController, rolled_back: tuple[AppController, Path], app_folder: Path, tmp_path: Path, qtbot: object
) -> None:
    from vault_app.gui.app_settings import last_vault_folder

    window = _unlock_window(app, qtbot)
    before = _fingerprint(app_folder)
    window.restore_button.click()
    dialog = _dialog(window)
    elsewhere = tmp_path / "beside" / "vault"
    dialog.folder.setText(str(elsewhere))
    assert dialog.folder_note.text() == "The restored vault will be in this folder."
    dialog.backup.setText(str(rolled_back[1]))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.restore_button.click()  # an empty folder: no question
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is not None and dialog.report.safety_copy is None, dialog.message.text()
    dialog.restore_button.click()
    wait_ops(qtbot)
    other = app.unlock_window
    assert other is not None and other is not window and other.folder == elsewhere
    assert app.folder == elsewhere and last_vault_folder() == elsewhere  # as Open another vault… does
    # The rolled-back vault's records are left as they were; its ledger (and the header's anchor of it) is
    # told where the restored copy went (services/restore_beside_record.py), so a destruction there names it.
    after = _fingerprint(app_folder)
    assert {k: v for k, v in after.items() if k not in TOLD} == {k: v for k, v in before.items() if k not in TOLD}
    with open_vault(app_folder, PASSPHRASE) as old:
        told = [e.payload for e in old.ledger.entries() if e.kind == COPIED_BESIDE]
    assert [Path(str(t["path"])).resolve() for t in told] == [elsewhere.resolve()], told
    other.passphrase.setText(PASSPHRASE)
    other.unlock_button.click()
    wait_ops(qtbot, timeout=60_000)
    assert app.main_window is not None, other.message.text()
    app.lock("test")
    wait_ops(qtbot)
    assert _names(elsewhere) == {"Before Change", "After Change"}
    # The vault now in use names the one left behind, and the backup it came from (the left-behind vault's,
    # not its own): a destruction here lists both as copies it cannot reach (services/destruction_app_copies.py).
    with open_vault(elsewhere, PASSPHRASE) as new:
        named = {(Path(str(c["path"])).resolve(), c["kind"]) for c in destruction_app_copies.safety_copies(new)}
    assert named == {(app_folder.resolve(), "copy restored beside"),
                     (rolled_back[1].resolve(), "backup restored from")}, named


def test_a_backup_that_needs_the_old_computers_keyring_says_to_use_the_emergency_kit(
    fresh_app: AppController, tmp_path: Path, app_folder: Path, qtbot: object, memory_keyring: object
) -> None:
    import keyring

    from tests.fakes import MemoryKeyring

    created = create_vault(tmp_path / "old-laptop", PASSPHRASE, params=OWASP_FLOOR)  # with a device secret
    assert created.device_secret_used
    clients.create_client(created.vault, "From The Old Laptop", date_of_birth="1975-05-05")
    made = Path(backup.create_backup(created.vault, tmp_path / "usb", verify=True).path)
    created.vault.lock()
    keyring.set_keyring(MemoryKeyring())  # the new computer's keyring: without the old one's secret
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.location_page.restore_button.click()
    dialog = _dialog(wizard)
    dialog.backup.setText(str(made))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.restore_button.click()
    wait_ops(qtbot, timeout=60_000)
    said = dialog.message.text()
    assert dialog.report is None and "keyring" in said and "Choose “My Emergency Kit”" in said, said
    assert "--" not in said and (not app_folder.exists() or not any(app_folder.iterdir()))
    dialog.with_kit.setChecked(True)
    dialog.key.setText(created.recovery_key)
    dialog.first.setText(NEW_PASSPHRASE)
    dialog.second.setText(NEW_PASSPHRASE)
    qtbot.waitUntil(dialog.restore_button.isEnabled)  # once the meter has judged it (on the worker)
    dialog.restore_button.click()
    wait_ops(qtbot, timeout=60_000)
    assert dialog.report is not None and dialog.report.recovered and not dialog.report.needs_recover
    dialog.restore_button.click()
    window = fresh_app.unlock_window
    assert window is not None
    window.passphrase.setText(NEW_PASSPHRASE)
    window.unlock_button.click()
    wait_ops(qtbot, timeout=60_000)
    assert fresh_app.main_window is not None, window.message.text()
