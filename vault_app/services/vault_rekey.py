"""Rotation (`vault-app rekey`, Vault > Replace every key…): a new master key and a new
psychotherapy wrapping key, every compartment re-encrypted under a fresh key, every key
re-wrapped, a new recovery key (a new Emergency Kit). The passphrase asked again reaches
the psychotherapy wrapping key for the duration of the rekey only.

Afterwards an old copy of vault.header with the old passphrase, an old recovery key, or
an old backup's keys yield only the old master key, which unwraps nothing in the live
header and opens no live compartment. Offer it after a suspected leak (a lost laptop, a
passphrase typed where it was seen, an Emergency Kit gone missing).

The replacement itself is services/vault_rekey_beside.py's (the copies beside the files,
then the short swap), for the GUI and the command line alike (`replace_here`). Here: what
both share (the ledger's entries, the judged parameters, `unfinished`) and `rekey_in_place`,
the swap's fallback for a compartment whose copy could not be used.

Crash safety of the fallback: stage -> PRAGMA rekey -> replace under the current master key
(services/vault.py: a crash there is finished at the next unlock); the switch to the new
master key and recovery key is one atomic header write (Vault.rotate_master).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from vault_app.crypto import kdf, keys
from vault_app.crypto.kdf import KdfChange, KdfParams
from vault_app.crypto.signing import fingerprint
from vault_app.domain.errors import VaultBusy
from vault_app.services import signing_keys
from vault_app.services.rekey_mark import UNFINISHED_SETTING as UNFINISHED_SETTING  # named here too (callers, tests)
from vault_app.services.rekey_mark import unfinished_in_header as unfinished_in_header
from vault_app.services.vault import Vault
from vault_app.services.vault_keys import COMPARTMENT_SLOTS, check_new_passphrase
from vault_app.services.vault_master_key import kdf_params_of, require_safe_kdf
from vault_app.storage.compartment import Compartment

# Older backups are wrapped under older master keys; the live vault keeps them (wrapped
# under the current one) so it can still check and clean its own older backups.
MAX_RETIRED = 16
REKEYED = "vault.rekeyed"
REKEY_STARTED = "vault.rekey_started"
SIGNING_KEY_AT_START = "signing_key"  # the "started" entry's payload (started_payload)
# The same fact in the header's settings, for `vault-app info`, which reads the vault locked: its
# mark and reader in services/rekey_mark.py (light, for the unlock window), named here too.
# What the command line says (the app says it with its menu: reminders.REKEY_UNFINISHED_REMINDER).
UNFINISHED_TEXT = ("Replacing every key did not finish (the app or the computer stopped during it): run "
                   "'vault-app rekey' (or Vault > Replace every key… in the app) again now; your Emergency Kit may "
                   "not work until then.")

# The same when the new master key was never written (`master_replaced`: the old keys and the old kit
# still open the vault; the app's words: reminders.REKEY_NOT_DONE_REMINDER).
NOT_DONE_TEXT = ("Replacing every key did not finish (the app or the computer stopped during it): the old keys are "
                 "still in use, and your Emergency Kit still works. Run 'vault-app rekey' (or Vault > Replace every "
                 "key… in the app) again.")


@dataclass(frozen=True)
class RekeyResult:
    recovery_key: str
    compartments: tuple[str, ...]


def rekey_in_place(vault: Vault, comp: Compartment, fresh: bytes | None = None) -> None:
    """`comp` re-encrypted in place (PRAGMA rekey) under `fresh` (a random key when None):
    staged, rekeyed, replaced in the header: the fallback of the rekey beside
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
                             "every key again.", code="rekey.compartment_busy", params={"compartment": comp.name})
    vault.stage_compartment_key(comp.name, fresh)
    comp.rekey(fresh)
    comp.checkpoint()
    vault.replace_compartment_key(comp.name, fresh)


def unfinished(vault: Vault) -> bool:
    """A replacement of every key started and never recorded as done: the app or the machine
    stopped during its last part. Some compartments may be under fresh keys, the master key
    and the recovery key may be new (a kit never shown) or old; replacing every key again
    puts them all under new ones and gives a kit."""
    started = vault.ledger.store.last_kind_among((REKEY_STARTED, REKEYED)) == REKEY_STARTED
    if not started and unfinished_in_header(vault.header.settings):
        vault.update_settings(**{UNFINISHED_SETTING: None})  # a stale mark (module constant's words)
    return started


def started_payload(vault: Vault) -> dict[str, object]:
    """The "vault.rekey_started" entry's payload: the signing key in use then (its public key's
    fingerprint, no secret), which the one header write of the new master key replaces with a new
    one (Vault.rotate_master): what `master_replaced` compares the header with."""
    return {SIGNING_KEY_AT_START: fingerprint(vault.public_key)}


def master_replaced(vault: Vault) -> bool:
    """Of an unfinished replacement (`unfinished`): whether its header write of the new master key
    and recovery key was made (then the new Emergency Kit was never shown: the kit the therapist
    holds may not work) or not (the passphrase, the master key and the kit are still the old ones,
    whatever compartments were re-encrypted meanwhile: they are wrapped under the old master key).
    Found by a walker (round 46): a kill while the new header was written left nothing changed,
    yet every unlock said the kit may not work. Decided by what is on disk: the signing key the
    "started" entry names against the header's (the same header write replaces both); an entry
    from before it named one, by the time the header's signing key came into use. Unsure: True
    (the words that urge the replacement and never vouch for the kit)."""
    started = vault.ledger.entries((REKEY_STARTED,))
    if not started:
        return True
    entry = started[-1]
    named = entry.payload.get(SIGNING_KEY_AT_START)
    if isinstance(named, str) and named:
        return named != fingerprint(vault.public_key)
    try:
        since = datetime.fromisoformat(signing_keys.in_use_since(vault.header))
        began = datetime.fromisoformat(entry.time)
        return since.tzinfo is None or began.tzinfo is None or since >= began
    except ValueError:
        return True


def unfinished_text(vault: Vault) -> str:
    """The command line's words for an unfinished replacement (`unfinished`)."""
    return UNFINISHED_TEXT if master_replaced(vault) else NOT_DONE_TEXT


def rekeyed_payload(new_passphrase: str | None, params: KdfParams) -> dict[str, object]:
    return {"compartments": list(COMPARTMENT_SLOTS), "new_passphrase": new_passphrase is not None,
            "kdf": params.describe()}


def checked_params(new_passphrase: str | None, asked: KdfParams | KdfChange | None, vault: Vault) -> KdfParams:
    """The new passphrase judged and the KDF's parameters chosen, before anything changes:
    those asked for, the vault's own for the rest."""
    if new_passphrase is not None:
        check_new_passphrase(new_passphrase)
    params = kdf.chosen(asked, kdf_params_of(vault.header))
    require_safe_kdf(params)
    return params
