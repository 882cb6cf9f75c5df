"""Why an interrupted destruction stopped, and what to do, in the app's terms and the screen's
language: the wizard's page when it stops, Records > Destructions and certificates, and the
status bar after an unlock.

The core records a stop by one of a closed list of codes (services/destruction_state.py
STOP_REASONS); each has words here. Found: the status bar said "('vault-app destruction
resume' says why)" for any reason but a read-only backup drive, and a stop's own hint could
name `vault-app destruction resume`, `destruction purge-backups` or `audit verify`: a therapist
never types commands. A core hint that names a command is replaced here by the app's way (Finish
now, Purge the backups now, in Records > Destructions and certificates); the command line keeps
its hints. A code without words here (a newer core's) says where in the app to look.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.domain.errors import VaultError
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.refusal_words import refusal_words
from vault_app.gui.sentence_words import names_a_command
from vault_app.services import destruction_state as state

CONTEXT = "DestructionStopWords"

# The core's English of each reason (STOP_REASONS), the translators' source; a test keeps them equal.
REASONS = {
    state.NOT_WRITABLE_CODE: QT_TRANSLATE_NOOP(
        "DestructionStopWords", "the backups in {folder} are on a drive that cannot be written"),
    state.DISK_FULL: QT_TRANSLATE_NOOP("DestructionStopWords", "a disk is full (the vault's or a backup drive's)"),
    state.DRIVE: QT_TRANSLATE_NOOP(
        "DestructionStopWords", "a drive or the system refused to read or write a file (a drive disconnected, a "
                                "permission, an input/output error)"),
    state.BUSY: QT_TRANSLATE_NOOP(
        "DestructionStopWords", "another window of the app, or a command, was writing into the vault or a backup "
                                "folder"),
    state.DAMAGED: QT_TRANSLATE_NOOP(
        "DestructionStopWords", "a file did not check (a backup's purged copy, or a vault file); the old copy was "
                                "kept"),
    state.TAMPERED: QT_TRANSLATE_NOOP("DestructionStopWords", "the audit log (ledger) failed its check"),
    state.LOCKED: QT_TRANSLATE_NOOP("DestructionStopWords", "the psychotherapy notes were locked"),
    state.REFUSED: QT_TRANSLATE_NOOP("DestructionStopWords", "a step was refused"),
    state.INTERNAL: QT_TRANSLATE_NOOP("DestructionStopWords", "an unexpected error in the app"),
}

# The status bar's sentences: services/reminders.py's English to the letter.
STATUS_STOPPED = QT_TRANSLATE_NOOP(
    "DestructionStopWords", "A chart's destruction could not be finished: {reason}. Choose Finish now in Records > "
                            "Destructions and certificates once that is put right; the app also tries at each unlock.")
STATUS_UNKNOWN = QT_TRANSLATE_NOOP(
    "DestructionStopWords", "A chart's destruction could not be finished at this unlock; Records > Destructions and "
                            "certificates says why, and Finish now there tries again.")
# Records > Destructions and certificates, the chosen interrupted destruction.
LISTED_STOPPED = QT_TRANSLATE_NOOP(
    "DestructionStopWords", "This destruction was started and is not finished: the chart's records can no longer be "
                            "opened or changed. Its last try stopped because {reason}. Put that right, then choose "
                            "Finish now; the app also tries at each unlock.")
# What to do, where a core hint named a command.
FINISH_HINT = QT_TRANSLATE_NOOP(
    "DestructionStopWords", "Choose Finish now in Records > Destructions and certificates; the app also tries again "
                            "at each unlock.")
PURGE_HINT = QT_TRANSLATE_NOOP(
    "DestructionStopWords", "Check the backup drive, then choose Purge the backups now again in Records > "
                            "Destructions and certificates.")


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def reason_words(code: str, params: dict[str, str | int]) -> str | None:
    """The reason a stop was recorded by, as a phrase in the screen's language; None without words."""
    source = REASONS.get(code)
    if source is None:
        return None
    try:
        return _tr(source).format(**params)
    except (KeyError, IndexError, ValueError):
        return None


def status_words(code: str) -> str:
    """The status bar's sentence for a stop recorded by `code` (reminders.DESTRUCTION_NOT_FINISHED)."""
    reason = reason_words(code, {}) if code != state.NOT_WRITABLE_CODE else None
    if reason is None:
        return _tr(STATUS_UNKNOWN)
    return _tr(STATUS_STOPPED).format(reason=reason)


def listed_words(code: str, params: dict[str, str | int]) -> str | None:
    """Records > Destructions' line for an interrupted destruction whose last try stopped by
    `code` (the backup drive's own refusal aside: refusal_words says it whole); None without words."""
    reason = reason_words(code, params)
    return None if reason is None else _tr(LISTED_STOPPED).format(reason=reason)


def app_hint(hint: str, app_way: str) -> str:
    """A core hint as a screen shows it: as it is, unless it names a command (then `app_way`,
    a source of this context: FINISH_HINT, PURGE_HINT)."""
    return _tr(app_way) if names_a_command(hint) else hint


def past_no_return(exc: VaultError) -> bool:
    """Whether `exc` stopped a destruction past its "started" entry (destruction.past_no_return
    says so in its hint)."""
    return state.WHAT_HAPPENS_NEXT in exc.hint or exc.code == state.NOT_WRITABLE_CODE


def stopped_text(exc: BaseException) -> str:
    """The wizard's line when its destruction stopped past the point of no return: why (the
    refusal's words), and what to do in the app."""
    if not isinstance(exc, VaultError):
        return _tr(FINISH_HINT)
    message, hint = refusal_words(exc)
    if exc.code == state.NOT_WRITABLE_CODE:
        return f"{message} {hint}".strip()  # its hint is the app's already (refusal_words._SCREEN_HINTS)
    # The core's own hint (no words for its code): what it says of the machine ("Free some
    # space") stays, what it says of the command line goes.
    hint = hint.replace(state.WHAT_HAPPENS_NEXT, "").strip()
    if names_a_command(hint):
        hint = ""
    return " ".join(part for part in (message, hint, _tr(FINISH_HINT)) if part)


def purge_failed_text(exc: BaseException) -> str:
    """Purge the backups now stopped by `exc`: its words, the hint in the app's terms."""
    if not isinstance(exc, VaultError):
        return _tr(PURGE_HINT)
    message, hint = refusal_words(exc)
    return f"{message} {app_hint(hint, PURGE_HINT)}".strip()


__all__ = ["FINISH_HINT", "PURGE_HINT", "REASONS", "app_hint", "listed_words", "past_no_return", "purge_failed_text",
           "reason_words", "status_words", "stopped_text"]
