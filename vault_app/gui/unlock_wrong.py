"""The unlock window's words for a wrong passphrase (gui/unlock.py; loaded when one is refused):
the day the passphrase last changed, and the Emergency Kit after repeated failures."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

# From this many failed unlocks on (counted on disk, so across restarts) a wrong passphrase's
# words name the Emergency Kit's button: where services/vault_master_key.py's back-off starts
# (FREE_ATTEMPTS), typing again has stopped helping. Found by a walker: after a recovery
# elsewhere the old passphrase met "not right" on every try, the kit never named.
KIT_AFTER = 3


def wrong_passphrase(exc: BaseException, failures: int, kit: str) -> str:
    """In the window's context (UnlockWindow). The day sentence is the command line's
    (services/vault_master_key.py), in the screen's language."""
    changed = _changed_on(exc)
    said = [QCoreApplication.translate(
        "UnlockWindow", "That passphrase is not right. The passphrase was changed on {0}.").format(changed)
        if changed else QCoreApplication.translate(
        "UnlockWindow", "That passphrase is not right. Check Caps Lock and the keyboard layout, then try again.")]
    if kit and failures >= KIT_AFTER:
        said.append(QCoreApplication.translate(
            "UnlockWindow", "If you do not know the new passphrase, use {0} below: your Emergency Kit opens the "
                            "vault and lets you choose a new one.").format(kit)
            if changed else QCoreApplication.translate(
            "UnlockWindow", "If you cannot remember it, use {0} below: your Emergency Kit opens the vault and lets "
                            "you choose a new one.").format(kit))
    return " ".join(said)


def _changed_on(exc: BaseException) -> str:
    """The day the passphrase last changed (the header's passphrase_changed_at, which the core's
    refusal carries as `changed_at`), as the practice writes days; "" if never recorded. Said
    whenever known: only a change after the window appeared was said before, so a recovery
    elsewhere, or a restart, left the old passphrase met with "not right" and nothing else."""
    stamp = (getattr(exc, "params", None) or {}).get("changed_at")
    try:
        changed = datetime.fromisoformat(stamp) if isinstance(stamp, str) else None
        if changed is None or changed.tzinfo is None:
            return ""
        day = changed.astimezone().date()
    except (ValueError, OverflowError):
        return ""
    # Lazy (start-up): only a refused unlock needs the practice's day format
    from vault_app.gui.dates import show_date

    return show_date(day)
