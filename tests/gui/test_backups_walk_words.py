"""What the Backups window told a therapist in a walk through the real app (Xvfb, H15):

- after Restore with "Replace the vault I am using now", the "Restored" box belonged to the
  Backups window, which the lock that follows closed: the unlock window said only "The vault
  was replaced by a backup", never where the safety copy of the replaced vault is, nor that
  what was entered after the backup is only there;
- a restore into a folder ended "use Vault > Open another vault…." (an ellipsis and a stop);
- Restore with the passphrase left empty said "That passphrase does not open this backup";
- after a restore over the vault, the warning that the backup folder holds another copy's newer
  snapshot was shown in English on a Spanish screen, with a command line in it
  ("vault-app backup settings --target DIR").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_restore import _backed_up_then_changed, _restore_dialog
from tests.gui.test_workflows import _open
from tests.gui.yes_no_answered import answering
from vault_app.gui import backup_restore_dialog, status_words
from vault_app.gui.backup_warnings import warning_words
from vault_app.gui.controller import AppController
from vault_app.services import backup, backup_beside_control, backup_lineage, clients, destruction, reminders
from vault_app.services.vault import Vault, open_vault

pytestmark = pytest.mark.gui


def _boxes(parent: object) -> list[QMessageBox]:
    return [b for b in parent.findChildren(QMessageBox) if b.isVisible()]  # type: ignore[attr-defined]


def test_after_a_replacing_restore_the_unlock_window_says_where_the_safety_copy_is(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _backed_up_then_changed(unlocked_app, qtbot, tmp_path)
    dialog = _restore_dialog(unlocked_app, qtbot, made)
    dialog.replace.setChecked(True)
    questions: list[tuple[object, ...]] = []
    monkeypatch.setattr(backup_restore_dialog, "ask_yes_no", answering(True, questions))
    dialog.restore()
    wait_ops(qtbot, timeout=60_000)
    asked = [str(q[2]) for q in questions]
    assert unlocked_app.vault is None and unlocked_app.unlock_window is not None
    # Before: what is lost from the vault in use is said in the question.
    assert asked and "entered after this backup was made" in asked[0], asked
    (safety,) = tmp_path.glob("*-before-restore-*")
    boxes = _boxes(unlocked_app.unlock_window)
    assert len(boxes) == 1, [b.text() for b in _boxes(unlocked_app.unlock_window)]
    said = boxes[0].text()
    assert str(safety) in said, said
    assert "entered after the backup was made" in said, said


def test_a_restore_into_a_folder_ends_its_sentence_once(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    made = _backed_up_then_changed(unlocked_app, qtbot, tmp_path)
    dialog = _restore_dialog(unlocked_app, qtbot, made)
    backups = dialog.parentWidget()
    dialog.folder.setText(str(tmp_path / "restored"))
    dialog.restore()
    wait_ops(qtbot, timeout=60_000)
    (box,) = _boxes(backups)
    assert box.text().endswith("Vault > Open another vault…"), box.text()


def test_an_empty_passphrase_is_asked_for_not_called_wrong(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    made = _backed_up_then_changed(unlocked_app, qtbot, tmp_path)
    dialog = _restore_dialog(unlocked_app, qtbot, made)
    dialog.passphrase.setText("")
    dialog.folder.setText(str(tmp_path / "restored"))
    dialog.restore()
    wait_ops(qtbot, timeout=60_000)
    said = dialog.message.text()
    assert said.startswith("Type the passphrase"), said
    assert dialog.isVisible() and not (tmp_path / "restored").exists()
    dialog.passphrase.setText(PASSPHRASE)  # what was typed stays; the restore then runs
    dialog.restore()
    wait_ops(qtbot, timeout=60_000)
    assert (tmp_path / "restored").is_dir() and not dialog.isVisible()


@pytest.mark.parametrize("refusal", [backup_lineage._refusal, backup_lineage._not_opening])
def test_the_folder_of_another_copy_is_said_without_a_command_line(
    refusal: object, qapp: object, tmp_path: Path, spanish: None
) -> None:
    refused = refusal(tmp_path / "Copias", tmp_path / "Copias" / "snapshots" / "snap-x.vrs")  # type: ignore[operator]
    english = f"{refused.message} {refused.hint}"  # as backup_lineage.problem says it
    said = warning_words(english)
    assert "vault-app backup" not in said and "--target" not in said, said
    assert "Nothing was written" not in said and "No se escribió nada" in said, said
    assert str(tmp_path / "Copias") in said and "snap-x.vrs" in said, said


@pytest.mark.parametrize("refusal", [backup_lineage._refusal, backup_lineage._not_opening])
def test_in_english_too_the_command_line_is_left_to_the_command_line(refusal: object, tmp_path: Path) -> None:
    refused = refusal(tmp_path / "Copias", tmp_path / "Copias" / "snapshots" / "snap-x.vrs")  # type: ignore[operator]
    said = warning_words(f"{refused.message} {refused.hint}")
    assert "vault-app backup" not in said and "Nothing was written" in said and "Back up to" in said, said


def test_the_status_bar_says_a_refused_backup_on_lock_in_the_screen_s_words(
    qapp: object, tmp_path: Path, spanish: None
) -> None:
    """Found on Xvfb after a restore over the vault: the Spanish status bar read "La copia de
    seguridad automática del último bloqueo no se hizo: The newest backup in … (vault-app backup
    settings --target DIR)."."""
    refused = backup_lineage._refusal(tmp_path / "Copias", tmp_path / "Copias" / "snapshots" / "snap-x.vrs")
    backup_beside_control.failed(refused)  # as the lock's backup reports it
    try:
        found = backup_beside_control.last_failure()
        assert found is not None
        text, _when, kind = found
        # As reminders._failed_backup_news hands it to the status bar.
        said = status_words.news_words(reminders.News(reminders.FAILED_BACKUP,
                                                      reminders.FAILED_BACKUP_TEXT.format(reason=text), text,
                                                      code=kind))
    finally:
        backup_beside_control.take_last_failure()
    assert said.startswith("La copia de seguridad automática del último bloqueo no se hizo: "), said
    assert "vault-app backup" not in said and "Nothing was written" not in said and "No se escribió nada" in said, said


def test_what_another_copy_s_purge_did_is_said_in_spanish(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, spanish: None
) -> None:
    """Found on Xvfb: selecting a backup another copy of the vault had purged, the Spanish screen
    read "changed by another copy of this vault: a destruction made there purged this backup…"."""
    folder = tmp_path / "usb"
    made: list[tuple[Path, str]] = []

    def first_backup(v: Vault) -> None:
        backup.configure(v, target=str(folder), kind="file", auto=False)
        clients.create_client(v, "Kept Chart", date_of_birth="1980-01-01")
        gone = clients.create_client(v, "Gone Chart", date_of_birth="1981-01-01").chart_number
        made.append((Path(backup.create_backup(v, folder).path), gone))

    unlocked_app.op(None, first_backup).run()
    wait_ops(qtbot, timeout=60_000)
    (path, gone), = made
    backup.restore_backup(path, tmp_path / "copy", passphrase=PASSPHRASE)  # another copy of the vault
    with open_vault(tmp_path / "copy", PASSPHRASE, with_psychotherapy=True) as copy:
        destruction.destroy(copy, gone, basis="override", confirm=gone,
                            override_reason="the client asked for the chart to be destroyed")
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    row = dialog.tree.topLevelItem(0)
    assert row is not None and row.text(1) == path.name and row.text(3) == "cambiada"
    dialog.tree.setCurrentItem(row)
    said = dialog.changed_note.text()
    assert said.startswith(f"{path.name}: modificada por otra copia de esta bóveda: "), said
    assert "another copy" not in said and "another copy" not in row.toolTip(3), said
    dialog.close()


def test_two_backups_of_the_same_name_are_told_apart_by_their_folder(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    """Found on Xvfb: two rows read "vault-backup-2026-12-05.vaultbackup" (one on a stick, one in
    another folder) and nothing on the screen said which was where."""
    stick, other = tmp_path / "stick", tmp_path / "other"
    unlocked_app.op(None, lambda v: clients.create_client(v, "Copy Fictional", date_of_birth="1970-07-07")).run()
    for folder in (stick, other):
        unlocked_app.op(None, lambda v, f=folder: backup.create_backup(v, f, verify=True, rotate_old=False)).run()
    wait_ops(qtbot, timeout=60_000)
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert len({r.text(1) for r in rows}) == 1  # the same name twice
    assert sorted(r.toolTip(1) for r in rows) == sorted(str(next(f.glob("*.vaultbackup"))) for f in (stick, other))
    dialog.close()


def _certificate(purged: int, away: list[str]) -> dict[str, object]:
    """A certificate's fields the wizard's last page reads, shaped as destruction.destroy signs them."""
    return {"certificate_id": "DC-3", "chart_number": "1003", "completed_at": "2026-12-02T01:22:40+00:00",
            "counts": {"clients": 1},
            "verification": {"result": "passed",
                             "backups": [{"path": f"/media/usb/b{i}.vaultbackup", "status": "purged", "ok": True}
                                         for i in range(purged)],
                             "backups_not_reachable": [{"path": p, "status": "not reachable"} for p in away]}}


def test_the_wizard_s_last_page_says_which_backups_still_hold_the_chart(qapp: object) -> None:
    """Found on Xvfb: one registered backup was not reachable (the certificate listed it: "still
    holds these records until purged") and the wizard's last page said nothing of it, nor of the
    backups it had purged."""
    from vault_app.gui.destruction_texts import certificate_text

    away = "/media/usb/snapshots/snap-2026-12-05T070048Z.vrs"
    text = certificate_text(_certificate(4, [away]))
    assert "4 backups were purged too." in text, text
    assert "1 registered backup was not reachable" in text and away in text, text
    assert "Records > Destructions and certificates" in text and "Purge the backups now" in text, text
    plain = certificate_text(_certificate(1, []))
    assert "1 backup was purged too." in plain and "still holds" not in plain, plain


def test_and_in_spanish(qapp: object, spanish: None) -> None:
    from vault_app.gui.destruction_texts import certificate_text

    text = certificate_text(_certificate(2, ["/media/usb/a.vaultbackup", "/media/usb/b.vaultbackup"]))
    assert "También se depuraron 2 copias de seguridad." in text, text
    assert "2 copias de seguridad registradas no estaban accesibles" in text, text


def test_a_snapshot_s_cost_is_said_in_the_backup_folder_s_words(
    unlocked_app: AppController, qtbot: object, tmp_path: Path, spanish: None
) -> None:
    """Found on Xvfb: «982 KiB nuevos en el repositorio»: the screen calls it the backup folder."""
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    dialog.target.setText(str(tmp_path / "usb"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("repo"))
    dialog.backup_now()
    wait_ops(qtbot, timeout=60_000)
    said = dialog.result_label.text()
    # "Dated backup", not "snapshot", on the screen (ui4: the folder's own words on hover only).
    assert said.startswith("Copia fechada ") and "añadidos a la carpeta de copias" in said, said
    assert "nstantánea" not in said, said
    assert "repositorio" not in said, said
    dialog.close()


def test_inside_the_backups_window_the_reminder_does_not_send_the_therapist_to_it(
    unlocked_app: AppController, qtbot: object, tmp_path: Path
) -> None:
    """Found on Xvfb after a restore (its backups listed, none checked): the Backups window's own
    reminder read "Make one now: Vault > Backups… > Back up now (Ctrl+Shift+B)"."""
    unlocked_app.op(None, lambda v: backup.create_backup(v, tmp_path / "usb", verify=False)).run()
    wait_ops(qtbot, timeout=60_000)
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    said = dialog.reminder.text()
    assert said and "Vault > Backups" not in said and "Ctrl+Shift+B" not in said, said
    assert "Check the selected backup" in said, said
    dialog.close()
