"""The status bar's reminders and the unlock's news in Spanish (found in the real app with
VAULT_APP_LANGUAGE=es: "This vault has no verified backup yet", a failed backup on lock, a
finished restore and an upgrade were English under Spanish tabs). gui/status_words.py words them
itself; in English each is the services' sentence to the letter, which the CLI, the log and the
tests know. Real vault, real widgets, the real es.ts."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from vault_app.domain import locale_format
from vault_app.gui import status_words
from vault_app.gui.controller import AppController
from vault_app.services import backup, reminders
from vault_app.services.backup_folder_lost import lost_line

pytestmark = pytest.mark.gui


_REPLACED_AT = "2026-12-06T18:14:00+00:00"


def _news() -> list[reminders.News]:
    """Each of the unlock's news as the services make it (their English, their values)."""
    from vault_app.services import backup_beside_control, clock_behind, drive_privacy, restore_rollforward
    from vault_app.services.backup_beside_register import BackupOutdated
    from vault_app.services.backup_registry_copy import COPY_BESIDE_TEXT
    from vault_app.services.vault_copy_home import COPY_HOME_TEXT

    disk_full = "The backup folder is full. Free some space."
    folder = "/home/t/vault-before-restore-1"
    outdated = f"{backup_beside_control.OUTDATED} {backup_beside_control.OUTDATED_HINT}"
    return [
        reminders.News(reminders.FAILED_BACKUP, reminders.FAILED_BACKUP_TEXT.format(reason=disk_full), disk_full),
        reminders.News(reminders.FAILED_BACKUP, reminders.FAILED_BACKUP_TEXT.format(
            reason=backup_beside_control.UNEXPECTED), backup_beside_control.UNEXPECTED,
            code=backup_beside_control.UNEXPECTED_KIND),
        reminders._opening_news(restore_rollforward.COMPLETED),
        reminders._opening_news(f"{restore_rollforward.COMPLETED}{restore_rollforward.KEPT_IN}{folder}."),
        reminders._opening_news(restore_rollforward.UNCHANGED),
        reminders.News(reminders.UPGRADED, reminders.UPGRADED_TEXT.format(name="upgrade-1.vbak"), "upgrade-1.vbak"),
        reminders.News(reminders.DESTRUCTION_NOT_FINISHED, reminders.DESTRUCTION_NOT_FINISHED_TEXT),
        reminders.News(reminders.DESTRUCTION_BACKUP_NOT_WRITABLE,
                       reminders.DESTRUCTION_BACKUP_NOT_WRITABLE_TEXT.format(folder="/media/usb/backups"),
                       "/media/usb/backups"),
        reminders.News(reminders.FAILED_BACKUP, reminders.FAILED_BACKUP_TEXT.format(reason=outdated), outdated,
                       code=BackupOutdated.kind),
        reminders.News(reminders.COPY_BESIDE, COPY_BESIDE_TEXT.format(folder="/home/t/vault"), "/home/t/vault"),
        reminders.News(reminders.UNFINISHED_COPY, reminders.UNFINISHED_COPY_TEXT.format(folder="/media/usb/copies"),
                       "/media/usb/copies"),
        reminders.News(reminders.BACKUP_FOLDER_LOST, lost_line({"folder": "/media/usb/backups", "why": "deleted", "backups": ["a", "b"]}, "12/06/2026 6:14 PM", "Vault > Backups…"), "/media/usb/backups", params=(("count", "2"), ("when", "12/06/2026 6:14 PM"))),  # noqa: E501
        reminders.News(reminders.FILE_REPLACED, reminders.FILE_REPLACED_TEXT.format(
            file="records.db.replaced-20261206T184500Z"), "records.db.replaced-20261206T184500Z"),
        reminders.News(reminders.DESTRUCTION_FINISHED, reminders.DESTRUCTION_FINISHED_TEXT, "1"),
        reminders.News(reminders.DESTRUCTION_FINISHED, reminders.DESTRUCTION_FINISHED_MANY_TEXT.format(count=2), "2"),
        reminders.News(reminders.DESTRUCTION_NOT_BACKED_UP, reminders.DESTRUCTION_NOT_BACKED_UP_TEXT),
        # Kept at 16: the checks below read the others by their place from either end.
        reminders.News(reminders.REPLACED_BY_COPY, reminders.REPLACED_BY_COPY_TEXT.format(
            when=locale_format.moment_text(_REPLACED_AT, locale_format.DEFAULT_LOCALE), folder="/home/t/new-vault"),
            "/home/t/new-vault", params=(("when", _REPLACED_AT),)),
        reminders.News(reminders.VAULT_DRIVE_NOT_PRIVATE, drive_privacy.VAULT_TEXT),
        reminders.News(reminders.OPEN_CHART_DESTROYED, reminders.OPEN_CHART_DESTROYED_TEXT),
        reminders.News(reminders.DISCHARGED_APPOINTMENTS_CANCELLED, reminders.DISCHARGED_APPOINTMENT_CANCELLED_TEXT,
                       "1"),
        reminders.News(reminders.DISCHARGED_APPOINTMENTS_CANCELLED,
                       reminders.DISCHARGED_APPOINTMENTS_CANCELLED_TEXT.format(count=3), "3"),
        reminders.News(reminders.RESTORED_MEANWHILE, reminders.RESTORED_MEANWHILE_TEXT),
        reminders.News(reminders.COPY_HOME, COPY_HOME_TEXT.format(folder="/home/t/vault"), "/home/t/vault"),
        reminders.News(reminders.CLOCK_BEHIND, clock_behind.TEXT.format(today="01/01/2001", day="12/06/2026"),
                       "12/06/2026", params=(("today", "01/01/2001"),)),
    ]


NEWS = _news()


def test_every_kind_of_news_is_made_and_has_spanish_words() -> None:
    kinds = [n.kind for n in NEWS]
    assert set(kinds) == set(status_words.NEWS), "a kind of news the services make without words on screen"
    assert NEWS[3].value == "/home/t/vault-before-restore-1"


@pytest.mark.parametrize("line", [
    reminders.StatusLine((), None, True, None),
    reminders.StatusLine((), None, True, 1),
    reminders.StatusLine((), None, True, 12),
    reminders.StatusLine((reminders.News("", "Said as written."),), None, True, 3),
    reminders.StatusLine((reminders.News("", "Said as written."),), None, False, 2),
    reminders.StatusLine((), None, False, 0),
    *[reminders.StatusLine((), gap, False, None)
      for gap in (reminders.REKEY_UNFINISHED, reminders.KIT_NOT_KEPT, reminders.KEY_NOT_APART)],
    *[reminders.StatusLine((news,), None, True, None) for news in NEWS],
], ids=["never", "one-day", "days", "news-and-backup", "news-only", "nothing", "rekey", "kit", "key-apart",
        "failed-backup", "failed-unexpectedly", "restored", "restored-kept", "restore-unchanged", "upgraded",
        "destruction-not-finished", "destruction-backup-not-writable", "backup-outdated", "copy-beside",
        "unfinished-copy", "backup-folder-lost", "file-replaced", "destruction-finished", "destructions-finished",
        "destruction-not-backed-up", "replaced-by-copy", "vault-drive-not-private",
        "open-chart-destroyed",
        "discharged-cancelled-one", "discharged-cancelled", "restored-meanwhile", "copy-home", "clock-behind"])
def test_the_status_bar_says_in_english_what_the_services_say(line: reminders.StatusLine) -> None:
    """The GUI words the line itself (to say it in Spanish); in English it is the services'
    sentence to the letter, which the CLI, the log and the tests know."""
    assert status_words.status_words(line) == line.english()


def test_the_status_line_in_spanish_names_the_menus_as_they_read(qtbot, spanish: None) -> None:
    said = status_words.status_words(reminders.StatusLine((), None, True, None))
    assert said == ("Esta bóveda aún no tiene una copia de seguridad comprobada. Haga una ahora: Bóveda > "
                    "Copias de seguridad… > Hacer una copia ahora (Ctrl+Shift+B).")  # the button as it reads
    assert status_words.backup_reminder(1).startswith("Su última copia de seguridad comprobada tiene 1 día ")
    assert "tiene 9 días de antigüedad" in (status_words.backup_reminder(9))
    kit = status_words.status_words(reminders.StatusLine((reminders.News("", "News as written."),),
                                                         reminders.KIT_NOT_KEPT, False, None))
    assert kit is not None and kit.startswith("News as written. Esta bóveda no tiene un Kit de emergencia")
    assert "Bóveda > Reemplazar todas las claves…" in kit


def test_the_unlock_s_news_speak_spanish(qtbot, spanish: None) -> None:
    """Found this round: a failed backup on lock, a finished restore and an upgrade were said in
    English on a Spanish status bar. The failure's own reason stays as the services give it."""
    said = [status_words.news_words(n) for n in NEWS]
    assert said[0] == ("La copia de seguridad automática del último bloqueo no se hizo: "
                       "The backup folder is full. Free some space.")
    assert said[1].endswith("no se hizo: Falló de forma inesperada; haga una ahora: Bóveda > "
                            "Copias de seguridad… > Hacer una copia ahora.")
    assert said[2].startswith("Una restauración en esta carpeta se interrumpió; se ha completado")
    assert said[3].endswith("La bóveda tal como estaba antes se guarda en /home/t/vault-before-restore-1.")
    assert said[4].startswith("Una restauración en esta carpeta se interrumpió antes de cambiar nada")
    assert said[5] == ("Actualizada para esta versión. La bóveda tal como estaba se guarda en la copia de "
                       "seguridad comprobada upgrade-1.vbak (Bóveda > Copias de seguridad…).")
    assert said[6].startswith("La destrucción de un expediente no se pudo terminar en este desbloqueo")
    assert said[7].startswith("La destrucción de un expediente no se pudo terminar: las copias de /media/usb/backups "
                              "están en una unidad en la que no se puede escribir.")
    assert said[8] == ("La copia de seguridad automática del último bloqueo no se hizo: contenía un expediente o "
                       "notas que se destruyeron después de hacerla (en otra ventana o por otro programa), así "
                       "que se eliminó. El próximo bloqueo hace una copia de la bóveda tal como está ahora; o haga una "
                       "ahora: Bóveda > Copias de seguridad… > Hacer una copia ahora.")
    assert said[9].startswith("Esta es una copia de la bóveda de /home/t/vault") or "/home/t/vault" in said[9], said[9]
    assert "Emergency" not in said[9] and "automatic backups" not in said[9]
    assert said[10] == ("Una copia de seguridad o una comprobación interrumpida puede haber dejado una copia sin "
                        "terminar de esta bóveda en /media/usb/copies: conecte esa unidad y vuelva a iniciar la "
                        "aplicación, o elimínela.")
    assert said[12] == ("records.db.replaced-20261206T184500Z, en la carpeta de la bóveda, es un archivo que otro "
                        "programa puso en lugar del de la bóveda mientras la bóveda estaba abierta; se volvió a poner "
                        "el de la bóveda. Cuando haya revisado sus copias de seguridad, elimínelo.")
    assert said[15] == ("No se ha hecho ninguna copia de seguridad desde la destrucción de un expediente (no se pudo "
                        "hacer la copia nueva que la destrucción hace): una copia más antigua de esta bóveda que se "
                        "vuelva a poner no sabría de esa destrucción y seguiría mostrando lo que destruyó. Haga una "
                        "copia de seguridad ahora: Bóveda > Copias de seguridad… > Hacer una copia ahora.")
    assert said[17].startswith("Esta unidad no puede mantener los archivos de la bóveda privados para su cuenta")
    assert said[-5].startswith("1 cita de un cliente dado de alta antes seguía programada después del alta")
    assert said[-4].startswith("3 citas de clientes dados de alta antes seguían programadas después del alta; se "
                               "han cancelado")
    assert said[-2].startswith("Las copias de seguridad automáticas de esta copia están desactivadas"), said[-2]
    assert "/home/t/vault" in said[-2] and "automatic" not in said[-2]
    # the clock behind the vault's last record, with both days (wyears' walk)
    assert "01/01/2001" in said[-1] and "12/06/2026" in said[-1] and "clock" not in said[-1], said[-1]
    line = status_words.status_words(reminders.StatusLine((NEWS[5],), None, True, None))
    assert line is not None and line.startswith("Actualizada para esta versión.")
    assert "Esta bóveda aún no tiene una copia de seguridad comprobada." in line


def test_a_new_vault_s_status_bar_and_today_speak_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    """The real window, after the unlock and after a backup-related change: a vault with no
    verified backup is reminded in Spanish."""
    window = unlocked_app.main_window
    assert window is not None
    vault = unlocked_app.vault
    assert vault is not None
    line = reminders.status_line(vault)
    window._reminder(line)
    assert window.status_label.text().startswith("Desbloqueada. Esta bóveda aún no tiene una copia de seguridad")
    window.backups_changed()
    wait_ops(qtbot)
    assert window.status_label.text().startswith("Esta bóveda aún no tiene una copia de seguridad comprobada.")
    assert reminders.after_unlock(vault) == line.english()  # the services' English is unchanged
    assert backup.reminder_text(vault) == backup.reminder_sentence(None)


def test_the_vault_a_copy_replaced_says_so_in_spanish(qtbot, spanish: None) -> None:
    """services/restore_beside_record.record_replaced: the vault left behind by --replaces-original."""
    said = status_words.news_words(NEWS[16])
    assert said.startswith("Esta bóveda fue sustituida el ") and "por la copia de /home/t/new-vault" in said
    assert "automatic" not in said and "{" not in said
