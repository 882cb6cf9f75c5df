"""The unlock window's folder line: which vault it opens, and whether plain `vault-app` opens it too.

Found by a walker: a copy opened once with `vault-app --vault vault-future` became the vault every
later plain start opened, and its unlock window looked like the real vault's ("Vault: …/vault-future"
in small grey letters). The line now says whether the folder is the default, the one chosen in
Open another vault…, or given on the command line for this start only (never remembered).

A folder remembered by an earlier version (which remembered every folder unlocked) cannot be told
from one the therapist chose with it: while the default folder holds a vault (app.py; else the
remembered one is the only vault there is), it is said so ("remembered by an earlier version"), with a
button back to the default vault in one step (gui/unlock.py), and it is never the home a copy is
compared with (plain_start_home): a copy opened once is the likelier, and its automatic backups
into the real vault's backup folder are the harm. Choosing it once in Open another vault… marks
it chosen (gui/app_settings.py), and the note goes.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

# How the folder was come to: the default (or $VAULT_APP_DIR), the therapist's choice, `--vault DIR`.
# REMEMBERED: a folder an earlier version remembered, perhaps at a one-off start.
DEFAULT, CHOSEN, ONE_START, REMEMBERED = "default", "chosen", "one_start", "remembered"


def folder_line(folder: Path, role: str) -> str:
    if role == ONE_START:
        return QCoreApplication.translate(
            "UnlockFolder",
            "Vault: {0} (for this start only: the app started without a folder opens your default vault)",
        ).format(folder)
    if role == CHOSEN:
        return QCoreApplication.translate(
            "UnlockFolder", "Vault: {0} (your default, chosen in Vault > Open another vault…)").format(folder)
    if role == REMEMBERED:
        return QCoreApplication.translate(
            "UnlockFolder", "Vault: {0} (remembered by an earlier version of this app, which also remembered a "
                            "folder opened only once: if this is not your vault, open your default vault; if it "
                            "is, choose it once in Vault > Open another vault…)").format(folder)
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
        from vault_app.gui.app_settings import remembered_vault_folder  # Lazy (start-up): json, ~8 ms, as app.py

        remembered = remembered_vault_folder()  # what a plain start opens when set (app.py)
        return remembered[0] if remembered is not None and remembered[1] else None  # chosen, not REMEMBERED
    return None  # DEFAULT, and REMEMBERED (see above): the platform's default
