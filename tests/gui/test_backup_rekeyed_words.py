"""The backup on lock removed because a terminal replaced every key meanwhile
(services/backup_beside.BackupRekeyed): the status line says it in English to the letter of
the services and in Spanish on a Spanish screen, menus named as they read."""

from __future__ import annotations

from vault_app.gui import status_words
from vault_app.services import backup_beside_control, reminders
from vault_app.services.backup_beside import BackupRekeyed

REASON = f"{backup_beside_control.REKEYED} {backup_beside_control.OUTDATED_HINT}"
NEWS = reminders.News(reminders.FAILED_BACKUP, reminders.FAILED_BACKUP_TEXT.format(reason=REASON), REASON,
                      code=BackupRekeyed.kind)


def test_in_english_the_status_line_is_the_services_sentence(qtbot) -> None:
    line = reminders.StatusLine((NEWS,), None, True, None)
    assert status_words.status_words(line) == line.english()
    assert "keys were replaced after it was made" in line.english()


def test_in_spanish_the_reason_is_spanish_too(qtbot, spanish: None) -> None:
    said = status_words.news_words(NEWS)
    assert said == ("La copia de seguridad automática del último bloqueo no se hizo: las claves de la bóveda se "
                    "reemplazaron después de hacerla (por otro programa), así que se eliminó. El próximo "
                    "bloqueo hace una copia de la bóveda tal como está ahora; o haga una ahora: Bóveda > "
                    "Copias de seguridad… > Hacer una copia ahora.")
