"""The backup on lock removed because a terminal restored another backup over the vault
meanwhile (services/backup_beside_register.BackupRestoredOver): the status line says it in
English to the letter of the services and in Spanish on a Spanish screen."""

from __future__ import annotations

from vault_app.gui import status_words
from vault_app.services import backup_beside_control, reminders
from vault_app.services.backup_beside_register import BackupRestoredOver

REASON = f"{backup_beside_control.RESTORED_OVER} {backup_beside_control.OUTDATED_HINT}"
NEWS = reminders.News(reminders.FAILED_BACKUP, reminders.FAILED_BACKUP_TEXT.format(reason=REASON), REASON,
                      code=BackupRestoredOver.kind)


def test_in_english_the_status_line_is_the_services_sentence(qtbot) -> None:
    line = reminders.StatusLine((NEWS,), None, True, None)
    assert status_words.status_words(line) == line.english()
    assert "restored from another backup after it was made" in line.english()


def test_in_spanish_the_reason_is_spanish_too(qtbot, spanish: None) -> None:
    said = status_words.news_words(NEWS)
    assert said == ("La copia de seguridad automática del último bloqueo no se hizo: la bóveda se restauró desde "
                    "otra copia de seguridad después de hacerla (por otro programa), así que se eliminó; la copia "
                    "desde la que se restauró se conserva. El próximo bloqueo hace una copia de la bóveda tal como "
                    "está ahora; o haga una ahora: Bóveda > Copias de seguridad… > Hacer una copia ahora.")
