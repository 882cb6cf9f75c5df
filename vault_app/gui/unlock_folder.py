"""The unlock window's folder line: which vault it opens, and whether plain `vault-app` opens it too.

Found by a walker: a copy opened once with `vault-app --vault vault-future` became the vault every
later plain start opened, and its unlock window looked like the real vault's ("Vault: …/vault-future"
in small grey letters). The line now says whether the folder is the default, the one chosen in
Open another vault…, or given on the command line for this start only (never remembered).
"""

from __future__ import annotations

import os
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


def plain_start_home(folder: Path, role: str) -> Path | None:
    """The folder a plain start opens, for services/vault_copy_home (None: the platform's default
    or $VAULT_APP_DIR, which it reads itself). A chosen vault (Open another vault…, a restore
    elsewhere, the wizard's folder) is that folder, the one its unlock calls 'your default': never
    a copy of an older folder left in the platform's default. Found by reading: only a --vault
    start told the service, so a vault moved by a copy and chosen had its automatic backups
    turned off as a copy of the folder it was moved from."""
    if role == CHOSEN:
        return folder
    if role == ONE_START and not os.environ.get("VAULT_APP_DIR"):
        from vault_app.gui.app_settings import last_vault_folder  # Lazy (start-up): json, ~8 ms, as app.py

        return last_vault_folder()  # what a plain start opens when set (app.py)
    return None
