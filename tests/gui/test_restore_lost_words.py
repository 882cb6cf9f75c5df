"""The restore's question and summary after an older records.db was put back (the unlock
refuses it): found by a walker, the question said a signed note's text "is in the files being
replaced; the safety copy keeps them", and the summary that the safety copy "holds that ledger
and those files"; the note was in no file. Now both say it is lost and name it by chart number
and day. A newer live vault replaced by an older backup keeps the true words of the safety copy.
Real vaults, a real backup, the real dialog, English and Spanish."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE, reopen
from tests.core import disclosure_fixtures as fx
from tests.core.test_restore_carries_disclosures import _walker_path
from vault_app.gui import i18n
from vault_app.gui.dates import show_date
from vault_app.gui.restore_dialog import RestoreFromBackupDialog
from vault_app.services import backup, notes, sessions
from vault_app.services.clients import get_client
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

LOST = {
    "en": ("1 signed note or amendment (LOST: its text is in no file, see below)",
           "2 other record entries (not carried over, and LOST: not in the file being replaced either)",
           "records.db in the vault you are replacing is an older copy put back: its audit ledger recorded later "
           "changes it does not hold. What was written after that copy is in no file any more, the safety copy "
           "included; only its ledger entries are left.",
           "Write these again (their text is lost): signed note of {0}, chart {1}.",
           "records.db in the vault it replaced was an older copy put back: what was written after that copy was "
           "in no file, the safety copy included; only its ledger entries are left."),
    "es": ("1 nota firmada o enmienda (PERDIDA: su texto no está en ningún archivo, vea abajo)",
           "2 otras entradas de los registros (no se trasladan, y PERDIDAS: tampoco están en el archivo que se "
           "sustituye)",
           "records.db de la bóveda que sustituye es una copia antigua que se volvió a poner: su registro de "
           "auditoría anotó cambios posteriores que no tiene. Lo escrito después de esa copia ya no está en ningún "
           "archivo, tampoco en la copia de resguardo; solo quedan sus entradas del registro.",
           "Vuelva a escribir esto (su texto se perdió): nota firmada del {0}, expediente {1}.",
           "records.db de la bóveda sustituida era una copia antigua que se volvió a poner: lo escrito después de "
           "esa copia no estaba en ningún archivo, tampoco en la copia de resguardo; solo quedan sus entradas del "
           "registro."),
}
KEPT = {"en": "1 signed note or amendment (NOT carried over: the text is in the files being replaced; the safety "
              "copy keeps them)",
        "es": "1 nota firmada o enmienda (NO se traslada: el texto está en los archivos que se sustituyen; la copia "
              "de resguardo los guarda)"}
# The summary's sentence that the safety copy holds the signed notes: false when they are lost.
SAFETY_HOLDS_NOTES = {"en": "signed notes and other records were in the files the backup replaced",
                      "es": "las notas firmadas y otros registros estaban en los archivos"}


@pytest.fixture
def english_after() -> Any:
    yield
    i18n.install("en")


def _question(dialog: RestoreFromBackupDialog, path: Path, qtbot: Any) -> QMessageBox:
    dialog.show()
    dialog.backup.setText(str(path))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=30_000)
    assert dialog.question is not None
    return dialog.question


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_note_signed_after_the_older_records_db_is_said_lost_and_named(
    vault: Vault, vault_dir: Path, tmp_path: Path, qtbot: Any, english_after: None, language: str
) -> None:
    chart, path, _disclosure_id = _walker_path(vault, vault_dir, tmp_path)
    assert i18n.install(language) == language
    dialog = RestoreFromBackupDialog(vault_dir, may_replace=True)
    qtbot.addWidget(dialog)
    box = _question(dialog, path, qtbot)
    text = box.text()
    item, others, why, again, after = LOST[language]
    assert item in text and others in text and why in text, text
    assert KEPT[language] not in text
    [replace] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    replace.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    summary = dialog.done_text.text()
    with reopen(vault_dir) as restored:  # the chart was in the backup: its number in the restored vault
        number = get_client(restored, chart.client_id).chart_number
    written = again.format(show_date(fx.today()), number)
    assert written in text, text
    assert after in summary and written in summary, summary
    assert SAFETY_HOLDS_NOTES[language] not in summary, summary


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_newer_live_vault_keeps_the_safety_copy_words(
    vault: Vault, vault_dir: Path, tmp_path: Path, qtbot: Any, english_after: None, language: str
) -> None:
    chart = fx.make_chart(vault, n=1)
    path = Path(backup.create_backup(vault, tmp_path / "usb").path)
    s = sessions.add_session(vault, chart.client_id, date=fx.days_ago(1), duration_minutes=53)
    note = notes.create_progress_note(vault, chart.client_id, template="soap", session_id=s.session_id,
                                      sections={"subjective": "Seen after the backup."})
    notes.sign_note(vault, note.note_id)
    vault.lock()
    assert i18n.install(language) == language
    dialog = RestoreFromBackupDialog(vault_dir, may_replace=True)
    qtbot.addWidget(dialog)
    text = _question(dialog, path, qtbot).text()
    assert KEPT[language] in text, text
    assert LOST[language][2] not in text and "LOST" not in text and "PERDID" not in text
    dialog.question.button(QMessageBox.StandardButton.Cancel).click()  # type: ignore[union-attr]
