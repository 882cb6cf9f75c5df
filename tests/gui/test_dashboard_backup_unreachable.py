"""Today's "Last verified backup" card when the backups' folder is not reachable now. Found in the
real app: "Never" after a restart, in a vault with verified backups, their folder (a read-only bind
mount) unmounted; the backups exist, only not here: their date, and where they are."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from vault_app.domain.errors import VaultError
from vault_app.gui.controller import AppController
from vault_app.services import backup

pytestmark = pytest.mark.gui


def _backup_then_unplug(app: AppController, tmp_path: Path) -> Path:
    vault = app.vault
    assert vault is not None
    drive = tmp_path / "usb-drive"
    drive.mkdir()
    backup.create_backup(vault, drive, verify=True)
    drive.rename(tmp_path / "usb-drive-unplugged")  # as a mount point left empty once unmounted
    return drive


def _card(app: AppController, qtbot: object) -> tuple[str, str]:
    window = app.main_window
    assert window is not None
    window.show_dashboard()
    wait_ops(qtbot)
    card = window.dashboard.cards["backup"]
    return card.value.text(), card.detail.text()


def test_the_card_dates_the_last_verified_backup_and_says_its_folder_is_not_reachable(
        unlocked_app: AppController, qtbot: object, tmp_path: Path) -> None:
    assert _card(unlocked_app, qtbot)[0] == "Never"
    drive = _backup_then_unplug(unlocked_app, tmp_path)
    value, detail = _card(unlocked_app, qtbot)
    assert value == "today"
    assert detail == (f"It is in {drive.resolve()}, which is not reachable now: connect its drive, or make a new "
                      "backup (Vault > Backups).")
    # Connected again: the card is as it always was.
    (tmp_path / "usb-drive-unplugged").rename(drive)
    value, detail = _card(unlocked_app, qtbot)
    assert value == "today" and detail.startswith("Checked: ") and detail.endswith(f", in {drive.resolve()}")


def test_an_older_reachable_backup_is_said_beside_the_newer_one_away(
        unlocked_app: AppController, qtbot: object, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    here = tmp_path / "on-this-disk"
    here.mkdir()
    backup.create_backup(vault, here, verify=True)
    drive = _backup_then_unplug(unlocked_app, tmp_path)
    value, detail = _card(unlocked_app, qtbot)
    assert value == "today"
    assert detail.startswith(f"It is in {drive.resolve()}, which is not reachable now")
    assert detail.endswith(" The newest reachable one: today.")


def test_the_card_says_it_in_spanish(unlocked_app: AppController, qtbot: object, tmp_path: Path,
                                     spanish: None) -> None:
    drive = _backup_then_unplug(unlocked_app, tmp_path)
    value, detail = _card(unlocked_app, qtbot)
    assert value == "hoy"
    assert detail == (f"Está en {drive.resolve()}, que ahora no está accesible: conecte su unidad o haga una copia "
                      "nueva (Bóveda > Copias de seguridad).")


def _snapshot_removed_by_another_copy(app: AppController, tmp_path: Path) -> Path:
    """A verified snapshot, then deleted as another copy of this vault's rotation deletes one: its
    removal noted in the repository (backup_rotation_removed.record, what that rotation calls), then
    the file gone. The drive stays connected."""
    from vault_app.services import backup_repo, backup_rotation_removed

    vault = app.vault
    assert vault is not None
    drive = tmp_path / "usb-drive"
    snapshot = Path(backup_repo.create_incremental(vault, drive, verify=True).path)
    backup_rotation_removed.record(snapshot, vault)
    snapshot.unlink()
    return drive


def test_a_snapshot_another_copys_rotation_deleted_is_said_as_the_backups_window_says_it(
        unlocked_app: AppController, qtbot: object, tmp_path: Path) -> None:
    """Found reading the card: it said "not reachable now: connect its drive" with the drive there."""
    _snapshot_removed_by_another_copy(unlocked_app, tmp_path)
    vault = unlocked_app.vault
    assert vault is not None
    (row,) = backup.list_backups(vault)
    value, detail = _card(unlocked_app, qtbot)
    assert value == "today"
    assert "connect its drive" not in detail
    assert detail == f"The newest verified backup was {row['changed']} Make a new backup (Vault > Backups)."


def test_the_removed_snapshot_is_said_in_spanish(unlocked_app: AppController, qtbot: object, tmp_path: Path,
                                                  spanish: None) -> None:
    _snapshot_removed_by_another_copy(unlocked_app, tmp_path)
    value, detail = _card(unlocked_app, qtbot)
    assert value == "hoy"
    assert detail.startswith("La copia de seguridad verificada más reciente fue quitada por otra copia de esta "
                             "bóveda el ")
    assert detail.endswith("Haga una copia nueva (Bóveda > Copias de seguridad).")


def _backup_then_delete_its_file(app: AppController, tmp_path: Path) -> Path:
    vault = app.vault
    assert vault is not None
    drive = tmp_path / "usb-drive"
    Path(backup.create_backup(vault, drive, verify=True).path).unlink()  # by hand; the drive stays connected
    return drive


def test_a_file_gone_from_a_folder_that_is_there_is_not_said_as_a_drive_to_connect(
        unlocked_app: AppController, qtbot: object, tmp_path: Path) -> None:
    """Found by a walker: "not reachable now: connect its drive" with the folder there and the file
    deleted; the Backups window listed it "missing"."""
    drive = _backup_then_delete_its_file(unlocked_app, tmp_path)
    vault = unlocked_app.vault
    assert vault is not None
    (row,) = backup.list_backups(vault)
    assert row["state"] == "missing"
    value, detail = _card(unlocked_app, qtbot)
    assert value == "today"
    assert "connect its drive" not in detail
    name = Path(str(row["path"])).name
    assert detail == (f"The newest verified backup, {name}, is no longer in {drive.resolve()}, which is reachable: "
                      "deleted or moved. Make a new backup (Vault > Backups).")


def test_a_file_gone_is_said_in_spanish(unlocked_app: AppController, qtbot: object, tmp_path: Path,
                                        spanish: None) -> None:
    drive = _backup_then_delete_its_file(unlocked_app, tmp_path)
    assert unlocked_app.vault is not None
    (row,) = backup.list_backups(unlocked_app.vault)
    name = Path(str(row["path"])).name
    assert _card(unlocked_app, qtbot)[1] == (f"La copia de seguridad verificada más reciente, {name}, ya no está en "
                                             f"{drive.resolve()}, que sí está accesible: se borró o se movió. Haga una "
                                             "copia nueva (Bóveda > Copias de seguridad).")


def test_a_file_gone_after_a_failed_automatic_backup_is_named_on_a_line_of_its_own(
        unlocked_app: AppController, qtbot: object, tmp_path: Path) -> None:
    """Found by a walker (wtwo) on an older copy kept and changed: "The automatic backup at Quit was
    not made: The newest backup in F (snap-X.vrs) is of another copy ... Its file is no longer in F,
    which is reachable: deleted or moved." read as snap-X.vrs being gone from F, which held it. Two
    sentences about two files: the second names its file, on a line of its own."""
    from vault_app.services import backup_beside_control

    drive = _backup_then_delete_its_file(unlocked_app, tmp_path)
    vault = unlocked_app.vault
    assert vault is not None
    (row,) = backup.list_backups(vault)
    gone = Path(str(row["path"])).name
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder's parent should be")
    elsewhere = blocker / "vault-backups"
    # The failure comes after that backup (a backup's time is to the second, as the failure's).
    while datetime.now(UTC).replace(microsecond=0) <= datetime.fromisoformat(str(row["created"])):
        time.sleep(0.05)
    with pytest.raises(VaultError) as refused:  # what a backup at the lock there meets
        backup.create_backup(vault, elsewhere)
    backup_beside_control.failed(refused.value)
    try:
        _value, detail = _card(unlocked_app, qtbot)
    finally:
        backup_beside_control.take_last_failure()
        backup_beside_control.forget_kept(vault)
    failure, said = detail.split("\n") if "\n" in detail else (detail, "")
    assert failure.startswith("The automatic backup at the last lock was not made: "), detail
    assert said == (f"The newest verified backup, {gone}, is no longer in {drive.resolve()}, which is reachable: "
                    "deleted or moved. Make a new backup (Vault > Backups)."), detail
