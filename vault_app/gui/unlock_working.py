"""What the unlock window says while an unlock runs long (gui/unlock.py's timers call these):
the backup made at the lock being recorded, an interrupted chart destruction or Replace every key
being finished, or the first unlock after an update or a restore preparing the vault. Words in the
window's own context ("UnlockWindow")."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication

# How long the words wait, once due, for the header's mark to be read beside (a small file: a
# few milliseconds; longer only on a disk that stalls, when the words are late, never the window).
_MARK_LOOK_MS = 50


class _Mark:
    """vault.header's Replace-every-key mark as read beside: None until the read ends."""

    value: bool | None = None


def look_for_swap_mark(window: Any) -> None:
    """As an unlock starts: whether vault.header marks a Replace every key stopped in its swap,
    read on a thread of its own. Not on the GUI thread (a file read it must not wait for: found
    by test_responsiveness under load), and not on the worker, which the unlock (or a backup
    made at the lock before it) holds."""
    mark = window.swap_mark = _Mark()
    folder = window.folder

    def read() -> None:
        # Lazy (start-up): the header's reader alone (never the rekey's code, loaded after the KDF)
        from vault_app.services.rekey_mark import swap_marked

        mark.value = swap_marked(folder)

    threading.Thread(target=read, name="unlock-rekey-mark", daemon=True).start()


def say_finishing(window: Any) -> None:
    # Lazy (start-up): standard library only, read while the unlock runs on the worker
    from vault_app.services import destruction_finishing, vault_in_use

    if window.busy and vault_in_use.waiting_for_own_backup():
        # The unlock waits for this window's own backup made at the lock to be recorded (found by a
        # walker: it was said as "open in another window of the app", naming this window's process).
        window.working_label.setText(QCoreApplication.translate("UnlockWindow",
            "Finishing the backup made at the lock… The vault opens as soon as it is recorded."))
        window.working_label.setVisible(True)
        return
    if not window.busy or not destruction_finishing.now():
        return
    window._finishing_look.stop()
    window.working_label.setText(QCoreApplication.translate("UnlockWindow",
        "Finishing a chart's destruction that was interrupted (the app was closed or the computer stopped during "
        "it). On a large vault this takes a minute or more. Please wait; nothing is lost."))
    window.working_label.setVisible(True)


def say_still_working(window: Any) -> None:
    if not window.busy or not window._finishing_look.isActive():
        return  # not busy, or the destruction's words are said
    # Lazy (start-up): loaded by the unlock window's first look, long before an unlock runs long
    from vault_app.services import vault_in_use

    if vault_in_use.waiting_for_own_backup():
        return  # the backup made at the lock's words are said
    mark = getattr(window, "swap_mark", None)
    if mark is not None and mark.value is None:
        window._still_working.start(_MARK_LOOK_MS)  # said once the header's mark is read beside
        return
    window.working_label.setText(QCoreApplication.translate("UnlockWindow",
        "Still unlocking: finishing Replace every key, which was interrupted (the app was closed or the computer "
        "stopped during it). On a large vault this takes a minute or more. Please wait; nothing is lost.")
        if mark is not None and mark.value else QCoreApplication.translate("UnlockWindow",
        "Still unlocking. The first unlock after an update or a restore also prepares the vault (a verified "
        "copy of it as it was, its search index): on a large vault this takes a minute or more. Please wait; "
        "nothing is lost."))
    window.working_label.setVisible(True)


__all__ = ["look_for_swap_mark", "say_finishing", "say_still_working"]
