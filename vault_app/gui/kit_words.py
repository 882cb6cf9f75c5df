"""The Emergency Kit's words that the first run's kit page and Replace every key's new kit
both say, one piece for both: the new kit's window said "Print it, then keep the paper safe"
(the PDF left on the computer) and its PDF named a keyring the vault did not have, after the
wizard's page had been put right (walk-first round 31)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


def what_it_opens(keyring: bool) -> str:
    """What the recovery key is for; "or this computer's keyring is lost" only of a vault that
    keeps its device secret in the keyring (one made without has none to lose)."""
    if keyring:
        return QCoreApplication.translate(
            "KitWords", "This recovery key opens your vault if you forget your passphrase or this computer's "
                        "keyring is lost. Keep it away from the computer and from your backups.")
    return QCoreApplication.translate(
        "KitWords", "This recovery key opens your vault if you forget your passphrase. Keep it away from the "
                    "computer and from your backups.")


def saved_to(path: Path | str) -> str:
    """Where the PDF went, and that it is to be printed and then deleted: a kit left on this
    computer, or in a synced or backed-up folder, sits next to a copy of the vault and opens it.
    Qt prints no PDF file, so the words say how."""
    return QCoreApplication.translate(
        "KitWords", "Saved to {0}. Open it in your PDF viewer and print it, then delete the file and empty the "
                    "trash: a kit left on this computer, or in a folder that is synced or backed up, sits beside "
                    "a copy of your vault. Keep the paper safe.").format(path)


__all__ = ["saved_to", "what_it_opens"]
