"""The unlock window's words for a wrong passphrase (gui/unlock.py; loaded when one is refused):
that the passphrase was changed (not when), and the Emergency Kit after repeated failures."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

# From this many failed unlocks on (counted on disk, so across restarts) a wrong passphrase's
# words name the Emergency Kit's button: where services/vault_master_key.py's back-off starts
# (FREE_ATTEMPTS), typing again has stopped helping. Found by a walker: after a recovery
# elsewhere the old passphrase met "not right" on every try, the kit never named.
KIT_AFTER = 3


def wrong_passphrase(exc: BaseException, failures: int, kit: str) -> str:
    """In the window's context (UnlockWindow). The changed sentence is the command line's
    (services/vault_master_key.py), in the screen's language: without the day, which told anyone
    holding an old passphrase when it changed (found by a walker)."""
    changed = _was_changed(exc)
    said = [QCoreApplication.translate(
        "UnlockWindow", "That passphrase is not right. This vault's passphrase has been changed: type the newest "
                        "one (check Caps Lock and the keyboard layout).")
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


def _was_changed(exc: BaseException) -> bool:
    """Whether the passphrase was ever changed (the header's passphrase_changed_at, which the core's
    refusal carries as `changed_at`). Said whenever known: only a change after the window appeared
    was said before, so a recovery elsewhere, or a restart, left the old passphrase met with "not
    right" and nothing else. A stamp that does not read as a time is not taken for one."""
    stamp = (getattr(exc, "params", None) or {}).get("changed_at")
    try:
        changed = datetime.fromisoformat(stamp) if isinstance(stamp, str) else None
    except ValueError:
        return False
    return changed is not None and changed.tzinfo is not None
