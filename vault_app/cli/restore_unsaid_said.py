"""A restore finished before a kill that nothing said (services/restore_unsaid.py), in the command
line's words: `unlock-check` says it in its output; every other command that opens the vault with
the passphrase says it on stderr (cli/common.open_told), so that its output stays a script's. Said
once, wherever first: the mark is taken as the app's unlock takes it (restore_unsaid.take).
Found: only the app's unlock and `unlock-check` said it; `client list`, `backup auto` and the rest
opened the vault, said nothing and left it unsaid."""

from __future__ import annotations

import argparse
import shlex
from dataclasses import asdict
from typing import TYPE_CHECKING

from vault_app.cli import common

if TYPE_CHECKING:
    from vault_app.services.restore_unsaid import Unsaid
    from vault_app.services.vault import Vault


def unsaid_words(unsaid: Unsaid, tag: str, folder: str) -> str:
    """What happened, what is not in the vault, and where the vault as it was is kept."""
    made = common.moment(unsaid.backup_created, tag, zone=True)
    text = (f"RESTORED: on {common.moment(unsaid.restored_at, tag, zone=True)} this vault was replaced by the backup "
            f"made {made}; the program that restored it ended before it could say so. Anything written after "
            f"{made} is not in this vault.")
    if unsaid.safety_copy:
        text += (f" The vault as it was before the restore is kept, unchanged, in the safety copy "
                 f"{unsaid.safety_copy}. To get something back from it (a note written since that backup), open "
                 f"that copy (vault-app --vault {shlex.quote(unsaid.safety_copy)} ..., or the app's Vault > Open "
                 "another vault…) with the passphrase it had then, and write what you need into this vault "
                 f"({folder}). This is said once.")
    return text


def tell(args: argparse.Namespace, vault: Vault) -> None:
    """Said on stderr once, then not again by any unlock (the app's, `unlock-check`, a command's);
    with --json one JSON notice line carrying `unlock-check --json`'s restore_unsaid."""
    from vault_app.services import restore_unsaid  # Lazy (start-up): a vault opened, not --help

    unsaid = restore_unsaid.take(vault)
    if unsaid is None:
        return
    text = unsaid_words(unsaid, common.practice_locale(vault), str(vault.folder))
    common.notice(args, "restore-unsaid", text, restore_unsaid=asdict(unsaid))


__all__ = ["tell", "unsaid_words"]
