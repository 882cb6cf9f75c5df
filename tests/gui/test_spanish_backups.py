"""The Backups screen (Vault > Backups…) and the restore it opens, in Spanish: they were the
last English window a Spanish status bar sent the therapist to, and the reminder named its
button "Back up now" in English (gui/status_words.py said so)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import status_words
from vault_app.gui.backup_folder_problems import RELATIVE
from vault_app.gui.backup_warnings import WORDINGS, warning_words
from vault_app.gui.backups import STATES, BackupsDialog, RestoreDialog
from vault_app.gui.backups_list import state_words
from vault_app.gui.controller import AppController
from vault_app.gui.create_wizard_backup import folder_problem, problem_text
from vault_app.services import backup_registry, backup_repo_owner, drive_privacy, reminders


def _open(unlocked_app: AppController, qtbot) -> BackupsDialog:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    dialog = window.open_backups()
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    return dialog


def test_the_backups_screen_speaks_spanish(unlocked_app: AppController, qtbot, tmp_path, spanish: None) -> None:
    dialog = _open(unlocked_app, qtbot)
    assert dialog.windowTitle() == "Copias de seguridad"
    assert dialog.backup_button.text() == "&Hacer una copia ahora"
    assert dialog.reminder.text() == ("Aún no hay ninguna copia comprobada: elija una carpeta y pulse Hacer una "
                                      "copia ahora.")
    assert dialog.summary.text().startswith("0 copias de seguridad hechas por esta aplicación. Última copia "
                                            "comprobada: ninguna todavía.")
    assert dialog.reminder_days.suffix() == " días"
    assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == [
        "Copias fechadas: cada una escribe solo lo que cambió", "Un archivo cada vez"]
    header = dialog.tree.headerItem()
    assert [header.text(c) for c in range(header.columnCount())] == ["Creada", "Archivo", "Tamaño", "Estado", "Tipo",
                                                                        "Carpeta"]
    dialog.backup_now()
    wait_ops(qtbot)
    assert dialog.result_label.text() == "Elija primero una carpeta de copias de seguridad."

    (tmp_path / "backups").mkdir()
    dialog.target.setText(str(tmp_path / "backups"))
    dialog.backup_now()
    wait_ops(qtbot)
    said = dialog.result_label.text()
    assert said.startswith(("Copia hecha en ", "Copia fechada ")), said
    assert "comprobada como la comprobaría una restauración" in said
    assert "Última copia comprobada: hoy." in dialog.summary.text()
    assert dialog.reminder.text() == ""
    row = dialog.tree.topLevelItem(0)
    assert row is not None and row.text(3) == "comprobada" and row.text(4) in ("copia fechada", "un archivo")

    dialog.tree.setCurrentItem(row)
    dialog.verify_selected()
    wait_ops(qtbot)
    assert " está intacta: se puede restaurar.\nSe leyó cada parte de la copia" in dialog.result_label.text()
    assert dialog.result_label.toolTip().startswith("Para el soporte técnico, qué se comprobó: ")


def test_its_buttons_keep_one_alt_key_each_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    dialog = _open(unlocked_app, qtbot)
    box = dialog.findChild(QDialogButtonBox)
    keys: dict[str, str] = {}
    for button in dialog.findChildren(QPushButton):
        if button in box.buttons():  # Close: Escape
            continue
        text = button.text()
        assert "&" in text, text
        key = text[text.index("&") + 1].lower()
        assert key not in keys, (text, keys[key])
        keys[key] = text


def test_a_backup_s_state_is_said_in_spanish_and_an_unknown_one_as_it_is(
        unlocked_app: AppController, qtbot, spanish: None) -> None:
    _open(unlocked_app, qtbot)  # the window's words, as in it
    assert [state_words(s) for s in STATES] == ["comprobada", "sin comprobar", "fallida", "no está", "cambiada",
                                                "quitada por otra copia", "quitada por la rotación",
                                                "perdida con su carpeta"]
    assert state_words("something new") == "something new"


def test_the_restore_asks_in_spanish(unlocked_app: AppController, qtbot, tmp_path, spanish: None) -> None:
    dialog = RestoreDialog(unlocked_app, tmp_path / "vault-backup-1.vaultbackup")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Restaurar una copia de seguridad"
    assert dialog.replace.text().startswith("Reemplazar la bóveda que uso ahora")
    assert [b.text() for b in dialog.findChild(QDialogButtonBox).buttons()] == ["Restaurar", "Cancelar"]
    dialog.passphrase.setText("not the backup's")
    dialog.restore()
    wait_ops(qtbot)
    # No such backup: refused where it was asked, in Spanish since the refusal-words pass coded it.
    assert dialog.message.text().startswith(f"El archivo de copia no está: {tmp_path / 'vault-backup-1.vaultbackup'}.")
    assert not dialog.findChildren(QMessageBox)


def test_the_status_bar_names_the_button_as_it_now_reads(qtbot, spanish: None) -> None:
    said = status_words.status_words(reminders.StatusLine((), None, True, None))
    assert said is not None and said.endswith("Bóveda > Copias de seguridad… > Hacer una copia ahora (Ctrl+Shift+B).")
    assert "Back up now" not in said


def test_every_warning_about_the_folder_is_said_in_spanish(tmp_path, qtbot, spanish: None) -> None:
    """The services make each warning about a folder (same disk, a cloud folder, single files
    beside snapshots, another vault's folder); each is recognised and said in Spanish, so a
    rewording in the services fails here instead of showing English among Spanish."""
    vault_folder = tmp_path / "vault"  # no vault made yet: any owner marker is another vault's
    vault_folder.mkdir()
    cloud = tmp_path / "Dropbox" / "backups"
    cloud.mkdir(parents=True)
    for day in ("2026-01-01", "2026-01-02"):
        (cloud / f"vault-backup-{day}.vaultbackup").write_bytes(b"x")
    taken = tmp_path / "taken"
    taken.mkdir()
    backup_repo_owner.write_owner(taken, "0" * 32)
    one = tmp_path / "one"
    one.mkdir()
    (one / "vault-backup-2026-01-01.vaultbackup").write_bytes(b"x")
    english = [*backup_registry.target_warnings(vault_folder, cloud, "repo"),
               *backup_registry.target_warnings(vault_folder, taken, "repo"),
               *backup_registry.target_warnings(vault_folder, one, "repo"),
               # Said of a folder on an exFAT or FAT32 drive only (target_warnings; made there by
               # tests/core/test_drive_not_private.py on a real drive).
               drive_privacy.BACKUP_TEXT]
    said = [warning_words(w) for w in english]
    assert said[-1].startswith("Esta unidad no puede mantener las copias de seguridad privadas para su cuenta")
    assert [w for w, s in zip(english, said, strict=True) if w == s] == []  # none left in English
    assert "La carpeta de copias de seguridad está en el mismo disco que la bóveda" in said[-2]
    assert any(s.startswith("La carpeta de copias de seguridad está dentro de una carpeta de Dropbox: cada copia "
                            "se subirá a Dropbox.") for s in said)
    assert any(s.startswith("Esta carpeta también contiene 2 copias de seguridad en un archivo.") for s in said)
    assert any(s.startswith("Esta carpeta también contiene 1 copia de seguridad en un archivo.") for s in said)
    assert "Esta carpeta de copias de seguridad pertenece a otra bóveda; elija otra carpeta." in said
    assert len({w for w in english}) >= len(WORDINGS)  # each wording was made by the services


def test_a_warning_of_no_known_wording_is_shown_as_written(qtbot, spanish: None) -> None:
    assert warning_words("Something the services say now.") == "Something the services say now."
    assert warning_words("The backup folder is inside a Box folder: every backup will be uploaded to Dropbox.") \
        .startswith("The backup folder")


def test_the_screen_s_own_refusals_speak_spanish(unlocked_app: AppController, qtbot, tmp_path,
                                                 spanish: None) -> None:
    """A folder typed without its path, and a file typed as the folder, were refused in
    English (the wizard's words, and a message made in the screen's own job)."""
    dialog = _open(unlocked_app, qtbot)
    dialog.target.setText("backups")
    dialog.backup_now()
    assert dialog.result_label.text().startswith("Escriba la ruta completa de la carpeta")
    a_file = tmp_path / "a-file"
    a_file.write_text("kept")
    dialog.target.setText(str(a_file))
    dialog.save_settings()
    wait_ops(qtbot)
    boxes = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and f"{a_file} es un archivo, no una carpeta." in boxes[0].text()
    assert "Elija una carpeta para sus copias de seguridad." in boxes[0].text() + boxes[0].informativeText()
    for box in boxes:
        box.close()
    assert a_file.read_text() == "kept"


def test_the_screen_s_words_for_a_typed_name_are_the_wizard_s_in_english(tmp_path) -> None:
    assert problem_text(folder_problem(tmp_path / "vault", "backups")) == RELATIVE
