"""Work that must run right after every unlock, before the user sees the vault.

Each entry is "module:function" taking the unlocked Vault. They finish work a
crash interrupted (a destruction half done, for instance), so they must be
idempotent. Keep the list explicit: no import-time registration magic.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

AFTER_UNLOCK: list[str] = [
    "vault_app.services.upgrade_backup:pack_waiting",
    # Before a resumed destruction: its checks of the ledger then use the seals. Skipped by
    # the app's and the command line's unlocks, which seal beside the therapist's work
    # (ledger_sealing_beside.py, ledger_sealing_command.py).
    "vault_app.services.ledger_sealing:seal_unsealed",
    "vault_app.services.destruction:resume_interrupted",
    "vault_app.services.attachment_blobs:after_unlock",
    "vault_app.services.export:reconcile_pending",
]

# Before the psychotherapy compartment is opened by its separate unlock (opening it
# applies its schema migrations).
BEFORE_PSYCHOTHERAPY: list[str] = [
    "vault_app.services.upgrade_backup:before_psychotherapy_upgrade",
]


def _run(targets: list[str], vault: Vault) -> None:
    for target in targets:
        module_name, func_name = target.split(":")
        getattr(importlib.import_module(module_name), func_name)(vault)


def run_after_unlock(vault: Vault) -> None:
    _run(AFTER_UNLOCK, vault)


def run_before_psychotherapy(vault: Vault) -> None:
    _run(BEFORE_PSYCHOTHERAPY, vault)
