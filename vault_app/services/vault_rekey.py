"""Rotation (`vault-app rekey`): a new master key and a new psychotherapy wrapping key,
every compartment re-encrypted under a fresh key, every key re-wrapped, a new recovery
key (a new Emergency Kit). The passphrase asked again reaches the psychotherapy wrapping
key for the duration of the rekey only.

Afterwards an old copy of vault.header with the old passphrase, an old recovery key, or
an old backup's keys yield only the old master key, which unwraps nothing in the live
header and opens no live compartment. Offer it after a suspected leak (a lost laptop, a
passphrase typed where it was seen, an Emergency Kit gone missing).

Crash safety: each compartment goes stage -> PRAGMA rekey -> replace under the current
master key (services/vault.py: a crash there is finished at the next unlock), and the
switch to the new master key and recovery key is one atomic header write. So a crash
at any point leaves a vault that opens with the old passphrase (before that write) or
the new one (after), and its old Emergency Kit or the new one accordingly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vault_app.crypto import keys
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import VaultBusy
from vault_app.services.vault import Vault
from vault_app.services.vault_keys import COMPARTMENT_SLOTS, check_new_passphrase, kdf_params_of, require_safe_kdf
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment

# Older backups are wrapped under older master keys; the live vault keeps them (wrapped
# under the current one) so it can still check and clean its own older backups.
MAX_RETIRED = 16
REKEYED = "vault.rekeyed"
REKEY_STARTED = "vault.rekey_started"


@dataclass(frozen=True)
class RekeyResult:
    recovery_key: str
    compartments: tuple[str, ...]


def rekey_in_place(vault: Vault, comp: Compartment, fresh: bytes | None = None) -> None:
    """`comp` re-encrypted in place (PRAGMA rekey) under `fresh` (a random key when None):
    staged, rekeyed, replaced in the header. Also the fallback of the rekey beside
    (vault_rekey_beside.py) for a compartment whose copy could not be used."""
    fresh = fresh or keys.random_key()
    # The WAL folded into the file before and after, so the file on disk is wholly under
    # one key whenever the header names only that key. Held up before (a reader elsewhere:
    # a read-only command beside the window), nothing has changed yet, so it is refused.
    # Held up after, every page is already in the WAL under the fresh key and is read from
    # there; the old key leaves the header, and the next checkpoint folds the pages in.
    if not comp.checkpoint():
        raise VaultBusy(f"The {comp.name} compartment is being read by another program, so its key was not "
                        "replaced. Nothing is lost: a compartment re-encrypted before it keeps its fresh key.",
                        hint="Close other copies of the app (and any command reading the vault), then replace "
                             "every key again.")
    vault.stage_compartment_key(comp.name, fresh)
    comp.rekey(fresh)
    comp.checkpoint()
    vault.replace_compartment_key(comp.name, fresh)


def rekey_vault(
    vault: Vault,
    passphrase: str,
    *,
    new_passphrase: str | None = None,
    params: KdfParams | None = None,
    progress: Callable[[str], None] | None = None,
) -> RekeyResult:
    """Rotate every key of an open vault. The current passphrase is asked again."""
    step = progress or (lambda _text: None)
    params = checked_params(new_passphrase, params, vault)
    # The passphrase reaches the psychotherapy wrapping key: held for the rekey only.
    with vault.passphrase_proven(passphrase):
        return _rekey(vault, passphrase, new_passphrase, params, step)


def _rekey(
    vault: Vault, passphrase: str, new_passphrase: str | None, params: KdfParams, step: Callable[[str], None]
) -> RekeyResult:
    vault.ledger.append(REKEY_STARTED)

    for name in ("records", "ledger"):
        step(f"Re-encrypting {COMPARTMENT_FILES[name]} under a fresh key")
        rekey_in_place(vault, vault.compartment(name))
    step(f"Re-encrypting {COMPARTMENT_FILES['psychotherapy']} under a fresh key")
    with vault.psychotherapy_for_maintenance("rekey") as comp:
        rekey_in_place(vault, comp)

    step("Wrapping every key under a new master key, with a new recovery key")
    recovery_key = vault.rotate_master(new_passphrase or passphrase, params, MAX_RETIRED)
    vault.ledger.append(REKEYED, rekeyed_payload(new_passphrase, params))
    return RekeyResult(recovery_key, COMPARTMENT_SLOTS)


def unfinished(vault: Vault) -> bool:
    """A replacement of every key started and never recorded as done: the app or the machine
    stopped during its last part. Some compartments may be under fresh keys, the master key
    and the recovery key may be new (a kit never shown) or old; replacing every key again
    puts them all under new ones and gives a kit."""
    return vault.ledger.store.last_kind_among((REKEY_STARTED, REKEYED)) == REKEY_STARTED


def rekeyed_payload(new_passphrase: str | None, params: KdfParams) -> dict[str, object]:
    return {"compartments": list(COMPARTMENT_SLOTS), "new_passphrase": new_passphrase is not None,
            "kdf": params.describe()}


def checked_params(new_passphrase: str | None, params: KdfParams | None, vault: Vault) -> KdfParams:
    """The new passphrase judged and the KDF's parameters chosen, before anything changes."""
    if new_passphrase is not None:
        check_new_passphrase(new_passphrase)
    params = params or kdf_params_of(vault.header)
    require_safe_kdf(params)
    return params
