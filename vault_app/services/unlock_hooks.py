"""Work that must run right after every unlock, before the user sees the vault.

Each entry names "module:function" taking the unlocked Vault. They finish work a
crash interrupted (a destruction half done, for instance), so they must be
idempotent. Keep the list explicit: no import-time registration magic.

An entry may carry a cheap look (`needed`) from a module the unlock has loaded anyway:
the entry's own module is imported only when it says there is work. Carrying a
destruction out loads about a hundred modules, packing an upgrade's copy thirty; every
command and every unlock of the app paid for them (about a third of a quick command's
CPU) to learn that nothing was interrupted. The same held for settling a pending export
(about fifty modules) and moving attachments into the blob store (eleven): their looks
are one EXISTS read each (storage/unlock_work.py).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vault_app.services import destruction_state, restore_safety_copy_back, signing_keys, upgrade_stage
from vault_app.services.backup_kinds import SETTINGS_KEY
from vault_app.storage import unlock_work
from vault_app.storage.layout import BACKUP_FAILED_NAME

if TYPE_CHECKING:
    from vault_app.services.vault import Vault


@dataclass(frozen=True)
class Hook:
    target: str  # "module:function", imported when run
    needed: Callable[[Vault], bool] | None = None  # None: always run


def _upgrade_copies_waiting(vault: Vault) -> bool:
    folder = upgrade_stage.backup_folder(vault.folder, vault.header)
    return folder.is_dir() and bool(upgrade_stage.complete_copies(folder))


def _backup_failure_beside(vault: Vault) -> bool:
    return os.path.lexists(vault.folder / BACKUP_FAILED_NAME)  # one lstat: anything by that name


def _backup_folder_configured(vault: Vault) -> bool:
    conf = vault.header.settings.get(SETTINGS_KEY)
    return isinstance(conf, dict) and bool(conf.get("target"))


def _work_journaled(vault: Vault) -> bool:
    try:  # one listdir (services/staging_journal.py's folder)
        # An entry, or the temporary of one a kill stopped while it was written.
        return any(n.endswith(".json") or ".json.tmp-" in n for n in os.listdir(vault.folder / "work.journal"))
    except OSError:
        return False


def _psychotherapy_upgrade_due(vault: Vault) -> bool:
    return upgrade_stage.psychotherapy_behind(vault.folder, vault.compartment_key("psychotherapy")) is not None


def _blob_work_left(vault: Vault) -> bool:
    return unlock_work.blob_intents_left(vault.records) or unlock_work.inline_attachments(vault.records)


def _deliveries_pending(vault: Vault) -> bool:
    return unlock_work.deliveries_pending(vault.records)


def _left_after_discharge(vault: Vault) -> bool:
    return unlock_work.scheduled_after_discharge(vault.records)


def _temporaries_left(vault: Vault) -> bool:
    try:  # one listdir of the vault folder (services/vault_folder_temps.py judges each one)
        return any(n.startswith(".") and ".tmp-" in n for n in os.listdir(vault.folder))
    except OSError:
        return False


def _signing_keys_retired(vault: Vault) -> bool:
    # Or a restore into this folder kept a safety copy that may be what was unlocked, moved back.
    return bool(vault.header.settings.get(signing_keys.SETTING)) or restore_safety_copy_back.any_for(
        vault.keyring_store, vault.vault_id, vault.folder)


def _draft_session_left(vault: Vault) -> bool:
    return unlock_work.draft_sessions_without_note(vault.records)


AFTER_UNLOCK: list[Hook] = [
    Hook("vault_app.services.upgrade_backup:pack_waiting", _upgrade_copies_waiting),
    # Before a resumed destruction: its checks of the ledger then use the seals. Skipped by
    # the app's and the command line's unlocks, which seal beside the therapist's work
    # (ledger_sealing_beside.py, ledger_sealing_command.py).
    Hook("vault_app.services.ledger_sealing:seal_unsealed"),
    Hook("vault_app.services.destruction:resume_interrupted", destruction_state.any_interrupted),
    Hook("vault_app.services.attachment_blobs:after_unlock", _blob_work_left),
    Hook("vault_app.services.export_delivery:reconcile_pending", _deliveries_pending),
    Hook("vault_app.services.appointments_discharged:cancel_left_scheduled", _left_after_discharge),
    # A draft note's session whose note a kill kept from being written (no visit, no draft).
    Hook("vault_app.services.draft_sessions_left:sweep", _draft_session_left),
    # A backup on lock's failure kept beside the locked vault (the header could not be written then).
    Hook("vault_app.services.backup_beside_control:move_into_header", _backup_failure_beside),
    # A killed backup's staging in the backup folder, swept in a thread of its own (never waited for).
    Hook("vault_app.services.backup_staging_sweep:after_unlock", _backup_folder_configured),
    # Every work folder a killed backup or check journaled, wherever it was (the same, for any folder).
    Hook("vault_app.services.staging_journal:after_unlock", _work_journaled),
    # The retired signing keys the header lists, recorded in the keyring where a rekey or restore stopped
    # before its own write did (signing_keys_keyring; the look is one dict read).
    Hook("vault_app.services.signing_keys_keyring:after_unlock", _signing_keys_retired),
    # A `.vault.header.tmp-PID` (storage/files.atomic_write's) a killed process left: swept, never a live one's.
    Hook("vault_app.services.vault_folder_temps:after_unlock", _temporaries_left),
]

# Before the psychotherapy compartment is opened by its separate unlock (opening it
# applies its schema migrations).
BEFORE_PSYCHOTHERAPY: list[Hook] = [
    Hook("vault_app.services.upgrade_backup:before_psychotherapy_upgrade", _psychotherapy_upgrade_due),
]


def _run(hooks: list[Hook], vault: Vault) -> None:
    for hook in hooks:
        if hook.needed is not None and not hook.needed(vault):
            continue
        module_name, func_name = hook.target.split(":")
        getattr(importlib.import_module(module_name), func_name)(vault)


def run_after_unlock(vault: Vault) -> None:
    _run(AFTER_UNLOCK, vault)


def run_before_psychotherapy(vault: Vault) -> None:
    _run(BEFORE_PSYCHOTHERAPY, vault)
