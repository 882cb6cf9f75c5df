"""What the status bar says after an unlock of a chart's destruction: one stopped part-way and
not finished yet, one finished by this unlock's resume, one with no backup made since
(services/reminders.py gathers these with the rest; the words in the app's are
gui/status_words.py's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vault_app.services.reminder_news import News

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

DESTRUCTION_NOT_FINISHED, DESTRUCTION_BACKUP_NOT_WRITABLE, DESTRUCTION_FINISHED = (
    "destruction_not_finished", "destruction_backup_not_writable", "destruction_finished")
# In the app's terms (the status bar is the app's only reader; the CLI's `destruction resume`
# prints its own refusal): the stop's reason by its code (destruction_state.STOP_REASONS), or,
# for one without words, where the app says why.
DESTRUCTION_NOT_FINISHED_TEXT = ("A chart's destruction could not be finished at this unlock; Records > Destructions "
                                 "and certificates says why, and Finish now there tries again.")
DESTRUCTION_STOPPED_TEXT = ("A chart's destruction could not be finished: {reason}. Choose Finish now in Records > "
                            "Destructions and certificates once that is put right; the app also tries at each unlock.")
# Said after the unlock that finished a destruction stopped part-way (killed, or stopped on a full disk:
# the words name no cause, found by a walker) (`value`: how many), that unlock only.
DESTRUCTION_FINISHED_TEXT = (
    "A chart's destruction that had stopped part-way has been finished at this unlock. Its certificate is in "
    "Records > Destructions and certificates.")
DESTRUCTION_FINISHED_MANY_TEXT = (
    "{count} destructions that had stopped part-way have been finished at this unlock. Their certificates are in "
    "Records > Destructions and certificates.")
# After either, when its certificate names places that may still hold the chart (destruction_left).
DESTRUCTION_STILL_HELD_TEXT = (
    "{count} place(s) may still hold the chart (a backup or copy on a drive that was away, or a copy the app made "
    "before a restore): its certificate lists them.")  # the app's: gui/status_words.DESTRUCTION_STILL_HELD
# A destruction that purged the backups with no backup made since (destruction_new_backup.unbacked):
# said after each unlock, and on the dashboard's backup card, until a backup is made.
DESTRUCTION_NOT_BACKED_UP = "destruction_not_backed_up"
DESTRUCTION_NOT_BACKED_UP_TEXT = (
    "No backup has been made since a chart's destruction (the new backup it makes could not be made): an older "
    "copy of this vault put back would not know of that destruction and would still show what it destroyed. "
    "Make a backup now: Vault > Backups… > Back up now.")
DESTRUCTION_BACKUP_NOT_WRITABLE_TEXT = (
    "A chart's destruction could not be finished: the backups in {folder} are on a drive that cannot be written. "
    "Make it writable, or disconnect it, then choose Finish now in Records > Destructions and certificates.")


def destruction_not_backed_up_news(vault: Vault) -> News | None:
    """A destruction whose new backup is missing (the status bar, the dashboard's backup card)."""
    from vault_app.services import destruction_new_backup

    return None if destruction_new_backup.unbacked(vault) is None else News(DESTRUCTION_NOT_BACKED_UP,
                                                                          DESTRUCTION_NOT_BACKED_UP_TEXT)


def destruction_news(vault: Vault) -> News | None:
    """Why an interrupted destruction is still not finished after the unlock's resume, while it
    is (services/destruction_state.not_finished): a backup drive that cannot be written named;
    else, after the unlock whose resume finished one, that it was finished and where its
    certificate is (said until the lock, not at the next unlock)."""
    from vault_app.services import destruction_state

    finished = vault.done_at_unlock[destruction_state.FINISHED_AT_UNLOCK]
    found = destruction_state.not_finished(vault.vault_id)
    if found is None or not destruction_state.any_interrupted(vault):
        if not finished:
            return None
        text = DESTRUCTION_FINISHED_TEXT if finished == 1 else DESTRUCTION_FINISHED_MANY_TEXT.format(count=finished)
        held = vault.done_at_unlock[destruction_state.HELD_AT_UNLOCK]
        if held:
            text += " " + DESTRUCTION_STILL_HELD_TEXT.format(count=held)
        return News(DESTRUCTION_FINISHED, text, str(finished), params=(("held", str(held)),) if held else ())
    code, params = found
    folder = str(params.get("folder", ""))
    if code == destruction_state.NOT_WRITABLE_CODE and folder:
        return News(DESTRUCTION_BACKUP_NOT_WRITABLE, DESTRUCTION_BACKUP_NOT_WRITABLE_TEXT.format(folder=folder), folder)
    reason = destruction_state.STOP_REASONS.get(code)
    if reason is None or code == destruction_state.NOT_WRITABLE_CODE:
        return News(DESTRUCTION_NOT_FINISHED, DESTRUCTION_NOT_FINISHED_TEXT)
    return News(DESTRUCTION_NOT_FINISHED, DESTRUCTION_STOPPED_TEXT.format(reason=reason), code=code)


__all__ = [
    "DESTRUCTION_BACKUP_NOT_WRITABLE",
    "DESTRUCTION_BACKUP_NOT_WRITABLE_TEXT",
    "DESTRUCTION_FINISHED",
    "DESTRUCTION_FINISHED_MANY_TEXT",
    "DESTRUCTION_FINISHED_TEXT",
    "DESTRUCTION_NOT_BACKED_UP",
    "DESTRUCTION_NOT_BACKED_UP_TEXT",
    "DESTRUCTION_NOT_FINISHED",
    "DESTRUCTION_NOT_FINISHED_TEXT",
    "DESTRUCTION_STILL_HELD_TEXT",
    "DESTRUCTION_STOPPED_TEXT",
    "destruction_news",
    "destruction_not_backed_up_news",
]
