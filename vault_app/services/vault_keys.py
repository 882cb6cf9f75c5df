"""`VaultKeys`, the keys of one unlocked vault behind a public interface
(services/vault_session.py's Vault holds one and asks it; nothing else touches the key
bytes). The master key comes from services/vault_master_key.py (passphrase, device
secret, back-off), the header's slots from services/vault_header_keys.py."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from vault_app.crypto import keys, signing
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import (
    CompartmentLocked,
    LedgerRollback,
    VaultTampered,
    WrongPassphrase,
    WrongRecoveryKey,
)
from vault_app.services import restore_safety_copy_back, signing_keys_keyring
from vault_app.services import vault_psychotherapy_key as apart
from vault_app.services.device_secret import (
    SecretStore,
    device_secret_name,
    encode_secret,
    read_anchors,
)
from vault_app.services.ledger import Ledger
from vault_app.services.vault_header_keys import (  # re-exported: callers import them from here
    HELD_SLOTS as HELD_SLOTS,
)
from vault_app.services.vault_header_keys import (
    STAGED_SUFFIX as STAGED_SUFFIX,
)
from vault_app.services.vault_header_keys import (
    header_mac,
    unwrap_held_keys,
    with_new_unlock_wrap,
)
from vault_app.services.vault_header_keys import (
    remember_kdf_settings as remember_kdf_settings,
)
from vault_app.services.vault_header_keys import (
    unwrap_header_keys as unwrap_header_keys,
)
from vault_app.services.vault_master_key import keyring_device_secret, unwrap_master_and_unlock_key
from vault_app.services.vault_passphrase import (  # re-exported: callers import them from here
    FAILURES_FILE as FAILURES_FILE,
)
from vault_app.services.vault_passphrase import (
    MIN_PASSPHRASE_LEN as MIN_PASSPHRASE_LEN,
)
from vault_app.services.vault_passphrase import (
    STRENGTH_FLOOR as STRENGTH_FLOOR,
)
from vault_app.services.vault_passphrase import (
    WARN_BELOW as WARN_BELOW,
)
from vault_app.services.vault_passphrase import (
    check_new_passphrase as check_new_passphrase,
)
from vault_app.services.vault_passphrase import (
    failed_attempts as failed_attempts,
)
from vault_app.services.vault_passphrase import (
    note_reasked_refusal,
    reasked_proven,
    reasked_refusals,
)
from vault_app.services.vault_passphrase import (
    passphrase_strength as passphrase_strength,
)
from vault_app.storage.header import Header, b64, unb64

COMPARTMENT_SLOTS = ("records", "psychotherapy", "ledger")
KEY_SLOTS = (*COMPARTMENT_SLOTS, "ledger_mac", "signing")
RETIRED_PREFIX = "retired_master."  # older master keys, wrapped under the current one (vault_rekey.py)
# Keys an unlocked vault does not keep in memory (see VaultKeys.__init__).
APART = apart.PSYCHOTHERAPY_SLOTS
# What held_slots() names while the psychotherapy wrapping key is in memory.
PSYCHOTHERAPY_WRAP = "psychotherapy_wrap"
# A recovery key mistyped, by what is wrong with it (keys.MalformedRecoveryKey.reason): its code.
MALFORMED_CODE = {"characters": "recovery_key.characters", "length": "recovery_key.length",
                   "checksum": "recovery_key.checksum"}


def _psychotherapy_locked() -> CompartmentLocked:
    return CompartmentLocked(
        "The psychotherapy notes are locked.", hint="Unlock them separately with your passphrase.",
        code="psychotherapy.locked",
    )


class VaultKeys:
    """The keys of one unlocked vault: the master key, the keys it wraps and the keyring it
    came with. Every wrap, unwrap and header MAC under the master key happens here; the
    vault keeps one of these and forgets it on lock.

    The psychotherapy wrapping key (services/vault_psychotherapy_key.py) is held only
    while the Vault says so: while that compartment is open, and during the one operation
    that has just proven the passphrase (an unlock and its after-unlock work, a rekey, a
    passphrase change). The psychotherapy key itself is never kept: it is unwrapped when
    that compartment is opened and then lives only inside SQLCipher's connection, which
    wipes it on close."""

    def __init__(
        self,
        master: bytes,
        unwrapped: dict[str, bytes],
        store: SecretStore,
        *,
        passphrase_proven: bool = False,
        psychotherapy_wrap: bytes | None = None,
        unlock_key: bytes | None = None,
        recovery_secret: bytes | None = None,
    ) -> None:
        self._master = master
        # Set when these keys came from the passphrase just now (unlock, create): the one
        # opening of the psychotherapy compartment that needs no second passphrase.
        self._passphrase_proven = passphrase_proven
        self._keys = {k: v for k, v in unwrapped.items() if k not in APART}
        self._store = store
        self._pwk = psychotherapy_wrap
        # Only until the unlock (or recovery) is finished, to upgrade an older header to
        # format 3 or to re-wrap the psychotherapy wrapping key for the Emergency Kit.
        self._unlock_key = unlock_key
        self._recovery_secret = recovery_secret
        self._refused = 0  # passphrases asked again in this session and refused (no unlock failures)

    # --- ways in -----------------------------------------------------------------------
    @classmethod
    def from_master(
        cls, header: Header, master: bytes, store: SecretStore, *, candidates: tuple[bytes, ...] = ()
    ) -> VaultKeys:
        """A copy (a backup being checked, purged or restored): the master key, and the
        psychotherapy wrapping key where the header or `candidates` give it."""
        held = unwrap_held_keys(header, master)
        return cls(master, held, store, psychotherapy_wrap=apart.pwk_from(header, master=master,
                                                                          candidates=candidates))

    @classmethod
    def from_passphrase(cls, folder: Path, header: Header, passphrase: str, store: SecretStore) -> VaultKeys:
        master, unlock = unwrap_master_and_unlock_key(folder, header, passphrase, store)
        held = unwrap_held_keys(header, master)
        pwk = apart.pwk_from(header, master=master, by_unlock=apart.unlock_kek(unlock, header.vault_id_bytes))
        legacy = header.format_version < apart.APART_FORMAT
        return cls(master, held, store, passphrase_proven=True, psychotherapy_wrap=pwk,
                   unlock_key=unlock if legacy else None)

    @classmethod
    def from_recovery_key(cls, header: Header, recovery_key: str, store: SecretStore) -> VaultKeys:
        """The Emergency Kit's way in; WrongRecoveryKey for a key of another vault or a typo."""
        try:
            secret = keys.parse_recovery_key(recovery_key)
        except keys.MalformedRecoveryKey as exc:
            raise WrongRecoveryKey(str(exc), code=MALFORMED_CODE[exc.reason]) from None
        vid = header.vault_id_bytes
        try:
            master = keys.unwrap(
                keys.recovery_kek(secret, vid), unb64(header.wrapped["master_by_recovery"]),
                purpose="master-recovery", vault_id=vid,
            )
        except (KeyError, keys.UnwrapFailed):
            raise WrongRecoveryKey(
                "That recovery key does not open this vault.",
                hint="Use the Emergency Kit you saved most recently for this vault: each Replace every key makes a "
                     "new kit, and the earlier one no longer opens the vault (it still opens backups made before).",
                code="recovery_key.other_vault",
            ) from None
        held = unwrap_held_keys(header, master)
        pwk = apart.pwk_from(header, master=master, by_recovery=apart.recovery_kek(secret, vid))
        if pwk is None:
            raise VaultTampered("The psychotherapy key's recovery wrap is missing from the vault header.",
                                code="header.key_missing")
        return cls(master, held, store, psychotherapy_wrap=pwk, recovery_secret=secret)

    # --- what the vault asks -----------------------------------------------------------
    @property
    def store(self) -> SecretStore:
        """The system keyring (or its stand-in) this vault was unlocked with."""
        return self._store

    def check_ledger_anchor(self, vault_id: str, folder: Path, ledger: Ledger) -> None:
        """LedgerRollback when the ledger is older than, or differs from, the head the
        keyring recorded when this vault was last locked here (either head, while a restore
        put its files in place: device_secret.widen_anchor). Then, as the anchor's second record,
        when the key the vault signs with was retired in this folder (a whole older folder put
        back: services/signing_keys_keyring.py)."""
        if restore_safety_copy_back.is_back(self._store, vault_id, folder, ledger):
            return  # the safety copy of a restore into this folder, moved back: accepted once
        anchors = read_anchors(self._store, vault_id, folder)
        refused: LedgerRollback | None = None
        for seq, mac in anchors:
            refused = self._anchor_refusal(seq, mac, ledger)
            if refused is None:
                break
        if refused is not None:
            raise refused
        signing_keys_keyring.check_in_use(self._store, vault_id, folder, self._keys.get("signing"), ledger)

    @staticmethod
    def _anchor_refusal(seq: int, mac: bytes, ledger: Ledger) -> LedgerRollback | None:
        head = ledger.head()
        if seq > head.seq:
            return LedgerRollback(
                f"This vault was rolled back: the system keyring recorded ledger entry {seq}, "
                f"but the vault's ledger ends at entry {head.seq}.",
                hint="Someone may have replaced the vault with an older copy. Check your backups.",
                code="ledger.keyring_rolled_back", params={"recorded": seq, "ends": head.seq},
            )
        # The entry number alone would accept a rewritten ledger padded to the same length.
        row = ledger.store.get(seq) if seq else None
        if seq and (row is None or not keys.macs_equal(row.mac, mac)):
            return LedgerRollback(
                f"This vault's ledger was replaced: entry {seq} differs from the one the system keyring recorded.",
                hint="Someone may have replaced the vault with an older or rewritten copy. Check your backups.",
                code="ledger.keyring_replaced", params={"entry": seq},
            )
        return None

    def master_key(self) -> bytes:
        if not self._master:
            raise CompartmentLocked("The vault is locked.", code="vault.locked")
        return self._master

    def key(self, slot: str, header: Header) -> bytes | None:
        """A slot's key: held ones from memory, the psychotherapy ones unwrapped afresh
        under the psychotherapy wrapping key (None while that is not held)."""
        if slot in self._keys:
            return self._keys[slot]
        if slot in APART and slot in header.wrapped and self._pwk is not None:
            return apart.psychotherapy_keys(header, self._pwk).get(slot)
        return None

    def take_passphrase_proof(self) -> bool:
        """True once, if these keys were just derived from the passphrase; False afterwards."""
        proven, self._passphrase_proven = self._passphrase_proven, False
        return proven

    def held_slots(self) -> frozenset[str]:
        """Which keys are in memory now (never the psychotherapy key; its wrapping key
        while that compartment is open or a passphrase-proven operation runs)."""
        return frozenset(self._keys) | ({PSYCHOTHERAPY_WRAP} if self._pwk is not None else frozenset())

    def holds_psychotherapy_wrap(self) -> bool:
        return self._pwk is not None

    def psychotherapy_wraps(self, header: Header) -> tuple[bytes, ...]:
        """The psychotherapy wrapping key and the older ones (for opening the vault's own
        older backups); empty while it is not held."""
        if self._pwk is None:
            return ()
        if header.format_version < apart.APART_FORMAT:
            return (self._pwk,)
        return (self._pwk, *apart.retired_pwks(header, self._pwk))

    def release_psychotherapy(self) -> None:
        """Drop the psychotherapy wrapping key (that compartment is locked, or the operation
        that proved the passphrase is over) and the secrets an unlock kept for upgrading."""
        self._pwk = None
        self.drop_proof_secrets()

    def drop_proof_secrets(self) -> None:
        """Drop the unlock key / recovery secret kept since the unlock (for upgrade())."""
        self._unlock_key = None
        self._recovery_secret = None

    def require_passphrase(self, folder: Path, header: Header, passphrase: str, mismatch: str) -> None:
        """WrongPassphrase unless `passphrase` unwraps this vault's master key (`mismatch` says
        what a passphrase of another header means). A wrong one is not a failed unlock: see
        unwrap_master_and_unlock_key."""
        master, _unlock = self._reasked(folder, header, passphrase)
        if not keys.macs_equal(master, self.master_key()):
            raise WrongPassphrase(mismatch, code="passphrase.current_wrong", field="passphrase")

    def _reasked(self, folder: Path, header: Header, passphrase: str) -> tuple[bytes, bytes]:
        # The folder's count, not only this session's: a new session (a quick unlock, the app
        # started again) began at 0, three free guesses each time (vault_passphrase.py).
        refused = max(self._refused, reasked_refusals(folder, header.vault_id))
        try:
            found = unwrap_master_and_unlock_key(folder, header, passphrase, self._store, reasked=refused)
        except WrongPassphrase:
            self._refused = refused + 1
            note_reasked_refusal(folder, header.vault_id)
            raise
        self._refused = 0
        reasked_proven(folder, header.vault_id)
        return found

    def prove_passphrase(self, folder: Path, header: Header, passphrase: str, mismatch: str) -> None:
        """As require_passphrase, and then hold the psychotherapy wrapping key it reaches
        (release_psychotherapy drops it again)."""
        master, unlock = self._reasked(folder, header, passphrase)
        if not keys.macs_equal(master, self.master_key()):
            raise WrongPassphrase(mismatch, code="passphrase.current_wrong", field="passphrase")
        pwk = apart.pwk_from(header, master=master, by_unlock=apart.unlock_kek(unlock, header.vault_id_bytes))
        if pwk is None:
            raise VaultTampered("The psychotherapy key's wrap is missing from the vault header.",
                                code="header.key_missing")
        self._pwk = pwk
        if header.format_version < apart.APART_FORMAT:
            self._unlock_key = unlock

    def upgraded(self, header: Header) -> tuple[Header, bytes] | None:
        """A format 1/2 `header` moved to format 3 (the psychotherapy key under its own
        wrapping), with the new psychotherapy wrapping key; None when there is nothing to do
        or the passphrase was not proven just now. Adopt the key with switched() once written."""
        if header.format_version >= apart.APART_FORMAT or self._unlock_key is None:
            return None
        return apart.upgraded(header, self.master_key(), self._unlock_key, self._recovery_secret)

    def seal(self, header: Header) -> Header:
        """`header` with its keyed MAC under the master key."""
        return header.with_changes(mac=header_mac(self.master_key(), header))

    def device_secret(self, header: Header) -> bytes | None:
        """The keyring's device secret when the header uses one (KeyringProblem if it is gone)."""
        return keyring_device_secret(header, self._store) if header.uses_device_secret else None

    def new_device_secret(self, vault_id: str) -> bytes | None:
        """A fresh device secret stored in the keyring; None when no keyring takes it."""
        if not self._store.available():
            return None
        candidate = keys.random_key()
        return candidate if self._store.set(device_secret_name(vault_id), encode_secret(candidate)) else None

    def with_passphrase(self, header: Header, passphrase: str, params: KdfParams, device: bytes | None,
                        salt: bytes | None = None) -> Header:
        """`header` with the master key, and the psychotherapy wrapping key, under a new
        passphrase (and device secret). For a format-3 header the psychotherapy wrapping key
        must be held (CompartmentLocked otherwise). A format 1/2 header keeps its format; the
        new unlock key is kept so upgraded() can follow."""
        changed, unlock = with_new_unlock_wrap(header, self.master_key(), passphrase, params, device, salt)
        if header.format_version < apart.APART_FORMAT:
            self._unlock_key = unlock
            return changed
        if self._pwk is None:
            raise _psychotherapy_locked()
        wrapped = apart.with_unlock_wrap(header, changed.wrapped, self._pwk, unlock)
        if self._recovery_secret is not None and apart.PWK_BY_MASTER in wrapped:
            # A recovery proves the Emergency Kit: the upgrade's wrap under the master key
            # gives way to one under the kit.
            wrapped = apart.with_recovery_wrap(header, wrapped, self._pwk, self._recovery_secret)
        return changed.with_changes(wrapped=wrapped)

    def with_staged(self, header: Header, name: str, new_key: bytes) -> Header:
        """Step 1 of a compartment rekey: `header` with the fresh key wrapped next to the current one."""
        slot = name + STAGED_SUFFIX
        if slot in APART:
            if self._pwk is None:
                raise _psychotherapy_locked()
            return header.with_changes(wrapped=apart.wrap_slot(header, self._pwk, slot, new_key))
        wrapped = dict(header.wrapped)
        wrapped[slot] = b64(keys.wrap(self.master_key(), new_key, purpose=slot, vault_id=header.vault_id_bytes))
        return header.with_changes(wrapped=wrapped)

    def with_replaced(self, header: Header, name: str, new_key: bytes) -> Header:
        """Step 3 of a compartment rekey: `header` with the fresh key as the key and no staged copy."""
        if name in APART:
            if self._pwk is None:
                raise _psychotherapy_locked()
            wrapped = apart.wrap_slot(header, self._pwk, name, new_key)
        else:
            wrapped = dict(header.wrapped)
            wrapped[name] = b64(keys.wrap(self.master_key(), new_key, purpose=name, vault_id=header.vault_id_bytes))
        wrapped.pop(name + STAGED_SUFFIX, None)
        return header.with_changes(wrapped=wrapped)

    def hold(self, slot: str, key: bytes) -> None:
        """Keep `key` for `slot` once the header that wraps it is written (never a psychotherapy key)."""
        if slot not in APART:
            self._keys[slot] = key

    def drop(self, slot: str) -> None:
        self._keys.pop(slot, None)

    def retired_masters(self, header: Header) -> list[bytes]:
        """Master keys from before a rekey (newest first): older backups are wrapped under them."""
        found = []
        vid = header.vault_id_bytes
        for slot in sorted((s for s in header.wrapped if s.startswith(RETIRED_PREFIX)),
                           key=lambda s: int(s[len(RETIRED_PREFIX):])):
            try:
                found.append(keys.unwrap(self.master_key(), unb64(header.wrapped[slot]), purpose=slot,
                                         vault_id=vid))
            except keys.UnwrapFailed:
                raise VaultTampered(f"The {slot} key in the vault header was altered.",
                                    code="header.key_altered") from None
        return found

    def rewrapped(
        self, header: Header, new_master: bytes, new_pwk: bytes, recovery_secret: bytes, retired_limit: int,
        new_signing: bytes | None = None,
    ) -> Header:
        """Every slot, the older master keys (this one first, at most `retired_limit`) and
        the recovery wrap under `new_master`; the psychotherapy slots and the older
        psychotherapy wrapping keys under `new_pwk`: the header a rekey switches to (its
        passphrase wraps follow with with_passphrase, inside switched()). `new_signing`: the
        new signing key wrapped in place of the held one (services/signing_keys.py)."""
        if self._pwk is None:
            raise _psychotherapy_locked()
        vid = header.vault_id_bytes
        wrapped = {}
        for slot in HELD_SLOTS:
            key = new_signing if slot == "signing" and new_signing is not None else self.key(slot, header)
            assert key is not None  # every slot was unwrapped (and MAC-checked) at unlock
            wrapped[slot] = b64(keys.wrap(new_master, key, purpose=slot, vault_id=vid))
        retired = [self.master_key(), *self.retired_masters(header)][:retired_limit]
        for i, old in enumerate(retired):
            wrapped[f"{RETIRED_PREFIX}{i}"] = b64(
                keys.wrap(new_master, old, purpose=f"{RETIRED_PREFIX}{i}", vault_id=vid)
            )
        wrapped["master_by_recovery"] = b64(
            keys.wrap(keys.recovery_kek(recovery_secret, vid), new_master, purpose="master-recovery", vault_id=vid)
        )
        wrapped = apart.rotated(header, wrapped, self._pwk, new_pwk, recovery_secret, retired_limit)
        return header.with_changes(wrapped=wrapped, format_version=max(header.format_version, apart.APART_FORMAT))

    @contextlib.contextmanager
    def switched(self, new_master: bytes | None = None, new_pwk: bytes | None = None) -> Iterator[None]:
        """Use `new_master` / `new_pwk` from here on, unless the block (the header write) fails."""
        old_master, old_pwk = self._master, self._pwk
        self._master = new_master or self._master
        self._pwk = new_pwk or self._pwk
        try:
            yield
        except BaseException:
            self._master, self._pwk = old_master, old_pwk
            raise

    def content_mac(self, header: Header, content_hash_hex: str, *, psychotherapy: bool = False) -> str:
        """HMAC of signed content for the ledger; psychotherapy content under a key from the
        psychotherapy wrapping key (the master key must not confirm guesses of it either)."""
        if psychotherapy:
            if self._pwk is None:
                raise _psychotherapy_locked()
            key = keys.hkdf(self._pwk, info="ledger-psychotherapy-content-mac", salt=header.vault_id_bytes)
        else:
            key = keys.hkdf(self.master_key(), info="ledger-content-mac", salt=header.vault_id_bytes)
        return keys.mac(key, b"content\x00" + bytes.fromhex(content_hash_hex)).hex()

    def sign(self, message: bytes) -> bytes:
        return signing.sign(self._keys["signing"], message)

    def forget(self) -> None:
        """Drop every key (on lock); master_key() then says the vault is locked."""
        self._keys = {}
        self._master = b""
        self._passphrase_proven = False
        self.release_psychotherapy()
