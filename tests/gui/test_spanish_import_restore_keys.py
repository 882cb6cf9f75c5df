"""The import wizard, the restore from a backup and the key dialogs (Change passphrase,
Replace every key, the new Emergency Kit) in Spanish: whole screens that were English on a
Spanish start. What their code had to change to be said in another language is checked here
too: the cancel note was English glued to the progress text, the report's reminder and the
zxcvbn meter's word and advice came from the core in English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from scripts.make_simplepractice_export import make_export
from tests.gui.conftest import wait_ops
from tests.gui.test_import_wizard import read_dry_run
from vault_app.gui.controller import AppController
from vault_app.gui.import_wizard import ImportWizard
from vault_app.gui.new_passphrase_fields import ZxcvbnMeter
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.gui.vault_keys_dialogs import ChangePassphraseDialog, RekeyDialog
from vault_app.services.importers.plan import PLAINTEXT_REMINDER, ImportReport

CANCELLING = " — se cancela después de este expediente…"


def test_an_import_said_in_spanish_from_source_to_report(unlocked_app: AppController, qtbot, tmp_path: Path,
                                                          spanish: None) -> None:
    export = make_export(tmp_path / "export", clients=12, notes_per_client=2)
    wizard = ImportWizard(unlocked_app, None, unlocked_app.main_window)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Importar — Therapy Vault"
    assert wizard.source_page.title() == "Traer los registros de una consulta"
    wizard.source_page.path.setText(str(export.root))
    wizard.next()
    read_dry_run(wizard, qtbot)
    plan = wizard.review_page.plan
    assert plan is not None
    will = plan.as_dict()["will_create"]
    assert wizard.review_page.summary.text().startswith(
        f"Expedientes que se crearán: {will['charts']}; notas de evolución: {will['progress_notes']}; ")
    header = wizard.review_page.created.headerItem()
    assert [header.text(c) for c in range(header.columnCount())] == [
        "Expediente", "Nacimiento", "Notas de evolución", "Notas de psicoterapia", "Documentos"]
    wizard.next()  # the import starts
    assert wizard.run_page.running
    shown = wizard.run_page.counts.text()
    wizard.run_page.cancel_button.click()
    # One sentence around what the bar said (it had been English glued to the end of it).
    assert wizard.run_page.counts.text() == shown + CANCELLING
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=60_000)
    report = wizard.run_page.wiz.report
    assert report is not None and report.cancelled
    assert wizard.report_page.summary.text().startswith(
        f"Cancelada entre un expediente y otro: los expedientes contados aquí se importaron completos. "
        f"Expedientes creados: {report.charts_created}; actualizados: 0.")
    assert wizard.report_page.reminder.text().startswith("La carpeta de origen todavía guarda sus registros")
    wizard.accept()
    wait_ops(qtbot)


def test_the_report_s_reminder_in_english_is_the_command_line_s(unlocked_app: AppController, qtbot) -> None:
    """The report says the services' reminder through tr() (a copy of its words): they stay the same."""
    wizard = ImportWizard(unlocked_app)
    qtbot.addWidget(wizard)
    wizard.report = ImportReport("simplepractice", charts_created=2)
    wizard.report_page.initializePage()
    assert wizard.report_page.reminder.text() == PLAINTEXT_REMINDER
    assert wizard.report_page.summary.text().startswith("The import is done. 2 charts created, 0 updated;")


def _keys(dialog: QWidget) -> list[str]:
    """The Alt keys of what is on screen now (form labels, radio buttons, buttons)."""
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
             if w.isVisible() and "&" in w.text().replace("&&", "")]
    return [t[t.index("&") + 1].lower() for t in texts]


def test_the_restore_dialog_speaks_spanish_with_one_alt_key_each(qtbot, tmp_path: Path, spanish: None) -> None:
    dialog = RestoreFromBackupDialog(tmp_path / "vault", may_replace=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Restaurar desde una copia de seguridad"
    assert dialog.with_kit.text() == "Mi &Kit de emergencia (la clave de recuperación y una nueva frase de contraseña)"
    assert dialog.folder_note.text() == "La bóveda restaurada quedará en esta carpeta."
    for kit in (False, True):
        dialog.with_kit.setChecked(kit)
        keys = _keys(dialog)
        assert len(keys) == len(set(keys)) and len(keys) >= 6, keys
    dialog.backup.setText(str(tmp_path / "nothing-here.vaultbackup"))
    dialog.try_restore()
    assert dialog.message.text().startswith(str(tmp_path / "nothing-here.vaultbackup") + " no es un archivo de copia")


def test_the_key_dialogs_and_their_meter_speak_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    change = ChangePassphraseDialog(unlocked_app)
    rekey = RekeyDialog(unlocked_app)
    for dialog in (change, rekey):
        qtbot.addWidget(dialog)
    assert change.windowTitle() == "Cambiar la frase de contraseña"
    assert rekey.windowTitle() == "Reemplazar todas las claves"
    assert rekey.also_new.text() == "Elegir también una nueva frase de contraseña"
    meter = change.new.meter
    change.new.first.setText("password1234")
    qtbot.waitUntil(lambda: meter.judged == "password1234")
    # The score's word and the advice in Spanish (zxcvbn advises in English only).
    assert meter.label.text() == ("<b>Débil.</b> Fácil de adivinar. Añada más palabras: funciona bien una frase "
                                  "corta que solo se le ocurriría a usted.")


def test_in_english_the_meter_keeps_zxcvbn_s_own_advice(qtbot) -> None:
    meter = ZxcvbnMeter()
    qtbot.addWidget(meter)
    meter.update_for("password1234")
    qtbot.waitUntil(lambda: meter.judged == "password1234")
    text = meter.label.text()
    assert text.startswith("<b>Weak.</b> ") and "Easy to guess" not in text and len(text) > len("<b>Weak.</b> ")
