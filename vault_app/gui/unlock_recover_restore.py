"""The unlock window's two ways in when the passphrase cannot open the vault: the Emergency
Kit's recovery (recover_dialog.py) and a restore from a backup (restore_dialog.py), their
dialogs opened from the window's buttons and the window after them. Held apart from
gui/unlock.py, which passed one file's worth, and loaded only when one is opened (the
window's first paint needs none of it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vault_app.gui.recover_dialog import RecoverDialog
from vault_app.gui.restore_dialog import RestoreFromBackupDialog

# gui/unlock.py's UnlockWindow, untyped here as in unlock_wait.py: naming its class, even for
# the type checker only, would be an import circle (tests/core/test_import_circles.py).
UnlockWindow = Any


def open_recovery(window: UnlockWindow) -> None:
    window.unlock_started.emit()
    dialog = RecoverDialog(window.folder, kdf_params=window.kdf_params, parent=window)
    # The new passphrase proven as a typed one is, for the PIN to seal it (found by a walker: the
    # PIN kept the old passphrase and was refused at its next use); before `recovered`.
    dialog.passphrase_chosen.connect(window.passphrase_proven)
    dialog.recovered.connect(lambda vault, words: _recovered(window, vault, words))
    dialog.rejected.connect(lambda: typing_again(window))
    dialog.open()


def _recovered(window: UnlockWindow, vault: Any, words: str) -> None:
    window.recovery_said.emit(words)
    window.unlocked.emit(vault)


def typing_again(window: UnlockWindow) -> None:
    """A recovery or restore cancelled: the keyboard back where a passphrase is typed. Left on
    the button that opened the dialog, the next passphrase typed pressed it at its first
    space (found: the dialog opened again, the rest of the passphrase in its key field)."""
    (window.pin_row.pin if not window.pin_row.isHidden() else window.passphrase).setFocus()


def open_restore(window: UnlockWindow) -> None:
    window.unlock_started.emit()  # the controller exists to open another folder afterwards
    dialog = RestoreFromBackupDialog(window.folder, may_replace=True, parent=window)
    dialog.restored.connect(lambda folder: _restored(window, folder, dialog.next_step))
    dialog.rejected.connect(lambda: typing_again(window))
    dialog.open()


def _restored(window: UnlockWindow, folder: Path, next_step: str) -> None:
    window.sealed = None  # a PIN sealed the passphrase of the vault that was replaced
    window.passphrase.clear()
    window.use_pin(False)
    window.clear_refusal()
    window.reason_label.setWordWrap(True)
    window.reason_label.setText(next_step)
    window.reason_label.setVisible(bool(next_step))
    window.refresh_attempts()
    window.restored.emit(folder, next_step)


__all__ = ["open_recovery", "open_restore", "typing_again"]
