"""The unlock window's folder line: which vault it opens, and whether plain `vault-app` opens it too.

Found by a walker: a copy opened once with `vault-app --vault vault-future` became the vault every
later plain start opened, and its unlock window looked like the real vault's ("Vault: …/vault-future"
in small grey letters). The line now says whether the folder is the default, the one chosen in
Open another vault…, or given on the command line for this start only (never remembered).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

# How the folder was come to: the default (or $VAULT_APP_DIR), the therapist's choice, `--vault DIR`.
DEFAULT, CHOSEN, ONE_START = "default", "chosen", "one_start"


def folder_line(folder: Path, role: str) -> str:
    if role == ONE_START:
        return QCoreApplication.translate(
            "UnlockFolder",
            "Vault: {0} (for this start only: the app started without a folder opens your default vault)",
        ).format(folder)
    if role == CHOSEN:
        return QCoreApplication.translate(
            "UnlockFolder", "Vault: {0} (your default, chosen in Vault > Open another vault…)").format(folder)
    return QCoreApplication.translate("UnlockFolder", "Vault: {0} (your default)").format(folder)
