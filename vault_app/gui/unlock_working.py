"""What the unlock window says while an unlock runs long (gui/unlock.py's timers call these):
the backup made at the lock being recorded, an interrupted chart destruction or Replace every key
being finished, or the first unlock after an update or a restore preparing the vault. Words in the
window's own context ("UnlockWindow")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


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
    # Lazy (start-up): vault code (~40 ms), loaded by the warm-up long before an unlock runs for seconds
    from vault_app.services.vault_rekey_beside import swap_interrupted

    window.working_label.setText(QCoreApplication.translate("UnlockWindow",
        "Still unlocking: finishing Replace every key, which was interrupted (the app was closed or the computer "
        "stopped during it). On a large vault this takes a minute or more. Please wait; nothing is lost.")
        if swap_interrupted(window.folder) else QCoreApplication.translate("UnlockWindow",
        "Still unlocking. The first unlock after an update or a restore also prepares the vault (a verified "
        "copy of it as it was, its search index): on a large vault this takes a minute or more. Please wait; "
        "nothing is lost."))
    window.working_label.setVisible(True)


__all__ = ["say_finishing", "say_still_working"]
