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


def program(practice: str, folder: str) -> str:
    """Which program opens the kit, whose records (`practice`: emergency_kit.practice_of, ""
    while none is set) and what else it takes, as the kit PDF says it (services/
    emergency_kit_words.py "program"): the PDF said it, the windows showing the kit did not. The
    PDF's "this page" and "the vault folder named below" are this kit and the folder itself here,
    the window showing no folder below its key; and the program's name without its command's
    (vault-app), which no screen of the app names (tests/gui/test_no_command_words.py)."""
    if practice:
        return QCoreApplication.translate(
            "KitWords", "This Emergency Kit opens the clinical records of {practice}, kept encrypted by the program "
                        "Therapy Vault. To open them you need this kit, the vault folder {folder} (or a "
                        "backup of it) and Therapy Vault installed on a computer.").format(practice=practice,
                                                                                           folder=folder)
    return QCoreApplication.translate(
        "KitWords", "This Emergency Kit opens clinical records kept encrypted by the program Therapy Vault. "
                    "To open them you need this kit, the vault folder {folder} (or a backup of it) and "
                    "Therapy Vault installed on a computer.").format(folder=folder)


def saved_to(path: Path | str) -> str:
    """Where the PDF went, and that it is to be printed and then deleted: a kit left on this
    computer, or in a synced or backed-up folder, sits next to a copy of the vault and opens it.
    Qt prints no PDF file, so the words say how."""
    return QCoreApplication.translate(
        "KitWords", "Saved to {0}. Open it in your PDF viewer and print it, then delete the file and empty the "
                    "trash: a kit left on this computer, or in a folder that is synced or backed up, sits beside "
                    "a copy of your vault. Keep the paper safe.").format(path)


def printed() -> str:
    """Said once the kit went to the printer (gui/kit_print.py): no file of it was made."""
    return QCoreApplication.translate(
        "KitWords", "Sent to the printer: no file of the kit was made on this computer. Check the page printed "
                    "whole, then keep it safe.")


__all__ = ["printed", "program", "saved_to", "what_it_opens"]
