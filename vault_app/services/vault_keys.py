"""Key handling: the header's keyed MAC, the KDF settings, the device secret, unwrapping
the master key and every key slot, the failed-unlock counter, and `VaultKeys`, the keys
of one unlocked vault behind a public interface (services/vault_session.py's Vault holds
one and asks it; nothing else touches the key bytes)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from vault_app.crypto import kdf, keys, signing
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import (
    CompartmentLocked,
    InvalidInput,
    KeyringProblem,
    LedgerRollback,
    VaultError,
    VaultTampered,
    WrongPassphrase,
    WrongRecoveryKey,
)
from vault_app.services.device_secret import (
    SecretStore,
    decode_secret,
    device_secret_name,
    encode_secret,
    folder_tag,
    read_anchor,
)
from vault_app.services.ledger import Ledger
from vault_app.storage.files import atomic_write
from vault_app.storage.header import Header, b64, unb64

MIN_PASSPHRASE_LEN = 8
FAILURES_FILE = "vault.failures"
COMPARTMENT_SLOTS = ("records", "psychotherapy", "ledger")
KEY_SLOTS = (*COMPARTMENT_SLOTS, "ledger_mac", "signing")
STAGED_SUFFIX = ".staged"
RETIRED_PREFIX = "retired_master."  # older master keys, wrapped under the current one (vault_rekey.py)
# Keys an unlocked vault does not keep in memory (see VaultKeys.__init__).
APART = ("psychotherapy", "psychotherapy" + STAGED_SUFFIX)


# zxcvbn scores 0-4; below the floor a passphrase falls to an offline guesser quickly
# (common words, keyboard walks, "password1"); at WARN_BELOW it is accepted with a warning.
STRENGTH_FLOOR = 2
WARN_BELOW = 3
# zxcvbn's matching grows fast with length; a passphrase this long is judged on its start.
_STRENGTH_SAMPLE = 100


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """(zxcvbn score 0-4, advice) for a new passphrase."""
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:_STRENGTH_SAMPLE])
    feedback = result.get("feedback") or {}
    advice = " ".join(x for x in [feedback.get("warning") or "", *(feedback.get("suggestions") or [])] if x)
    return int(result["score"]), advice or "Add another word or two. Uncommon words are better."


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LEN:
        raise InvalidInput(f"The passphrase must be at least {MIN_PASSPHRASE_LEN} characters long.")
    if passphrase != passphrase.strip():
        raise InvalidInput("The passphrase must not start or end with spaces.")
    score, advice = passphrase_strength(passphrase)
    if score < STRENGTH_FLOOR:
        raise InvalidInput("That passphrase is too easy to guess.", hint=advice)


def _header_mac(master: bytes, header: Header) -> str:
    key = keys.hkdf(master, info="header-mac", salt=header.vault_id_bytes)
    return keys.mac(key, header.mac_input()).hex()


def kdf_params_of(header: Header) -> KdfParams:
    """The Argon2id settings the header's passphrase wrap was made with."""
    return KdfParams(header.kdf_memory_kib, header.kdf_iterations, header.kdf_parallelism)


def require_safe_kdf(params: KdfParams) -> None:
    """InvalidInput for Argon2id settings below the floor (or above the supported ceiling)."""
    try:
        kdf.check_params(params)
    except kdf.KdfTooWeak as exc:
        raise InvalidInput(str(exc)) from None


# --- failed-unlock counter ------------------------------------------------------
# A failed unlock cannot write to the encrypted ledger (no key), so the count is
# kept in a small plaintext file with no sensitive content and moved into the
# ledger on the next successful unlock.
def _read_failures(folder: Path) -> int:
    try:
        return int(json.loads((folder / FAILURES_FILE).read_text())["count"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def _note_failure(folder: Path) -> None:
    count = _read_failures(folder) + 1
    payload = json.dumps({"count": count, "last": datetime.now(UTC).isoformat(timespec="seconds")})
    # The counter is informative only; never hide the real error behind it.
    with contextlib.suppress(VaultError):
        atomic_write(folder / FAILURES_FILE, payload.encode(), what="counting a failed unlock")


def failed_attempts(folder: Path) -> int:
    return _read_failures(folder)


# Someone at the desk trying passphrases: the first few tries are free, then each waits
# twice as long as the one before, up to half a minute. (A copy of the folder is guessed
# offline without this; there Argon2id's cost is what counts.)
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 30.0
_sleep = time.sleep  # replaced by tests that record the delays instead of waiting


def unlock_delay(failures: int) -> float:
    """Seconds to wait before the next passphrase try, after `failures` failed unlocks."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(2.0 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS)


# --- helpers shared by create / unlock / recover ------------------------------------
def _device_secret(header: Header, store: SecretStore) -> bytes:
    if not store.available():
        raise KeyringProblem(
            "This vault is protected by a device secret kept in the system keyring, and no keyring is available.",
            hint="Use your Emergency Kit to recover access (vault-app recover).",
        )
    text = store.get(device_secret_name(header.vault_id))
    secret = decode_secret(text) if text else None
    if secret is None:
        raise KeyringProblem(
            "This vault's device secret is missing from the system keyring.",
            hint="Use your Emergency Kit to recover access (vault-app recover).",
        )
    return secret


def unwrap_master(folder: Path, header: Header, passphrase: str, store: SecretStore) -> bytes:
    """The master key from the passphrase (and the device secret); WrongPassphrase, counted
    in the failed-unlock file, when it does not fit."""
    delay = unlock_delay(_read_failures(folder))
    if delay:
        _sleep(delay)
    device = _device_secret(header, store) if header.uses_device_secret else None
    try:
        derived = kdf.derive(passphrase, unb64(header.kdf_salt), kdf_params_of(header))
    except kdf.KdfTooWeak:
        raise VaultTampered(
            "The vault header asks for key-derivation settings below the safe minimum or above the supported "
            "maximum: it was altered."
        ) from None
    unlock_key = keys.unlock_key(derived, device, header.vault_id_bytes)
    try:
        return keys.unwrap(
            unlock_key, unb64(header.wrapped["master_by_unlock"]), purpose="master", vault_id=header.vault_id_bytes
        )
    except keys.UnwrapFailed:
        _note_failure(folder)
        remembered = store.get(kdf_settings_name(header.vault_id, folder)) if store.available() else None
        if remembered and remembered != kdf_settings_fingerprint(header):
            raise VaultTampered(
                "The vault header's key-derivation settings are not the ones this computer last unlocked it "
                "with, and the passphrase does not fit them.",
                hint="If the passphrase was changed on another computer, use the new one. Otherwise someone "
                "altered vault.header: restore it from your latest verified backup.",
            ) from None
        raise WrongPassphrase(
            "That passphrase does not unlock this vault.",
            hint="Check Caps Lock and the keyboard layout, or use your Emergency Kit.",
        ) from None


def kdf_settings_name(vault_id: str, folder: Path) -> str:
    # Per folder: a copy of this vault restored elsewhere has its own settings.
    return f"{vault_id}/kdf-settings/{folder_tag(folder)}"


def kdf_settings_fingerprint(header: Header) -> str:
    """What the keyring remembers of the header's Argon2id salt and settings: nothing
    authenticates them before the key is derived, so an edit would otherwise read as a
    wrong passphrase."""
    text = f"{header.kdf_salt}|{header.kdf_memory_kib}|{header.kdf_iterations}|{header.kdf_parallelism}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def remember_kdf_settings(store: SecretStore, header: Header, folder: Path) -> None:
    if store.available():
        store.set(kdf_settings_name(header.vault_id, folder), kdf_settings_fingerprint(header))


def _with_new_unlock_wrap(
    header: Header, master: bytes, passphrase: str, params: KdfParams, device: bytes | None
) -> Header:
    salt = secrets.token_bytes(kdf.SALT_LEN)
    derived = kdf.derive(passphrase, salt, params)
    unlock_key = keys.unlock_key(derived, device, header.vault_id_bytes)
    wrapped = dict(header.wrapped)
    wrapped["master_by_unlock"] = b64(keys.wrap(unlock_key, master, purpose="master", vault_id=header.vault_id_bytes))
    return header.with_changes(
        kdf_salt=b64(salt),
        kdf_memory_kib=params.memory_kib,
        kdf_iterations=params.iterations,
        kdf_parallelism=params.parallelism,
        uses_device_secret=device is not None,
        wrapped=wrapped,
    )


def unwrap_header_keys(header: Header, master: bytes) -> dict[str, bytes]:
    """Check the header's keyed MAC with the master key, then unwrap every key slot."""
    if not keys.macs_equal(bytes.fromhex(_header_mac(master, header)), bytes.fromhex(header.mac or "00")):
        raise VaultTampered(
            "The vault header was altered: its authentication code does not match.",
            hint="Restore the vault from your latest verified backup.",
        )
    out: dict[str, bytes] = {}
    for slot in KEY_SLOTS:
        try:
            out[slot] = keys.unwrap(master, unb64(header.wrapped[slot]), purpose=slot, vault_id=header.vault_id_bytes)
        except (KeyError, keys.UnwrapFailed):
            raise VaultTampered(f"The wrapped {slot} key in the vault header is damaged or was altered.") from None
    for slot in COMPARTMENT_SLOTS:
        staged = slot + STAGED_SUFFIX
        if staged in header.wrapped:
            try:
                out[staged] = keys.unwrap(
                    master, unb64(header.wrapped[staged]), purpose=staged, vault_id=header.vault_id_bytes
                )
            except keys.UnwrapFailed:
                raise VaultTampered(f"The staged {slot} key in the vault header was altered.") from None
    return out


class VaultKeys:
    """The keys of one unlocked vault: the master key, the keys it wraps and the keyring it
    came with. Every wrap, unwrap and header MAC under the master key happens here; the
    vault keeps one of these and forgets it on lock."""

    def __init__(
        self, master: bytes, unwrapped: dict[str, bytes], store: SecretStore, *, passphrase_proven: bool = False
    ) -> None:
        self._master = master
        # Set when these keys came from the passphrase just now (unlock, create): the one
        # opening of the psychotherapy compartment that needs no second passphrase.
        self._passphrase_proven = passphrase_proven
        # The psychotherapy key is not kept: it is unwrapped from the header each time that
        # compartment is opened (explicit unlock, maintenance, a backup of its file) and
        # then lives only inside SQLCipher's open connection, which wipes it on close.
        self._keys = {k: v for k, v in unwrapped.items() if k not in APART}
        self._store = store

    # --- ways in -----------------------------------------------------------------------
    @classmethod
    def from_master(
        cls, header: Header, master: bytes, store: SecretStore, *, passphrase_proven: bool = False
    ) -> VaultKeys:
        """Check the header's MAC under `master`, then unwrap every slot."""
        return cls(master, unwrap_header_keys(header, master), store, passphrase_proven=passphrase_proven)

    @classmethod
    def from_passphrase(cls, folder: Path, header: Header, passphrase: str, store: SecretStore) -> VaultKeys:
        master = unwrap_master(folder, header, passphrase, store)
        return cls.from_master(header, master, store, passphrase_proven=True)

    @classmethod
    def from_recovery_key(cls, header: Header, recovery_key: str, store: SecretStore) -> VaultKeys:
        """The Emergency Kit's way in; WrongRecoveryKey for a key of another vault or a typo."""
        try:
            secret = keys.parse_recovery_key(recovery_key)
        except keys.MalformedRecoveryKey as exc:
            raise WrongRecoveryKey(str(exc)) from None
        vid = header.vault_id_bytes
        try:
            master = keys.unwrap(
                keys.recovery_kek(secret, vid), unb64(header.wrapped["master_by_recovery"]),
                purpose="master-recovery", vault_id=vid,
            )
        except (KeyError, keys.UnwrapFailed):
            raise WrongRecoveryKey(
                "That recovery key does not belong to this vault.",
                hint="Check the Emergency Kit printed when this vault was created.",
            ) from None
        return cls.from_master(header, master, store)

    # --- what the vault asks -----------------------------------------------------------
    @property
    def store(self) -> SecretStore:
        """The system keyring (or its stand-in) this vault was unlocked with."""
        return self._store

    def check_ledger_anchor(self, vault_id: str, folder: Path, ledger: Ledger) -> None:
        """LedgerRollback when the ledger is older than, or differs from, the head the
        keyring recorded when this vault was last locked here."""
        found = read_anchor(self._store, vault_id, folder)
        if found is None:
            return
        seq, mac = found
        head = ledger.head()
        if seq > head.seq:
            raise LedgerRollback(
                f"This vault was rolled back: the system keyring recorded ledger entry {seq}, "
                f"but the vault's ledger ends at entry {head.seq}.",
                hint="Someone may have replaced the vault with an older copy. Check your backups.",
            )
        # The entry number alone would accept a rewritten ledger padded to the same length.
        row = ledger.store.get(seq) if seq else None
        if seq and (row is None or not keys.macs_equal(row.mac, mac)):
            raise LedgerRollback(
                f"This vault's ledger was replaced: entry {seq} differs from the one the system keyring recorded.",
                hint="Someone may have replaced the vault with an older or rewritten copy. Check your backups.",
            )

    def master_key(self) -> bytes:
        if not self._master:
            raise CompartmentLocked("The vault is locked.")
        return self._master

    def key(self, slot: str, header: Header) -> bytes | None:
        """A slot's key: held ones from memory, the psychotherapy ones unwrapped afresh."""
        if slot in self._keys:
            return self._keys[slot]
        if slot in APART and slot in header.wrapped:
            return keys.unwrap(self.master_key(), unb64(header.wrapped[slot]), purpose=slot,
                               vault_id=header.vault_id_bytes)
        return None

    def take_passphrase_proof(self) -> bool:
        """True once, if these keys were just derived from the passphrase; False afterwards."""
        proven, self._passphrase_proven = self._passphrase_proven, False
        return proven

    def held_slots(self) -> frozenset[str]:
        """Which keys are in memory now (never the psychotherapy key)."""
        return frozenset(self._keys)

    def require_passphrase(self, folder: Path, header: Header, passphrase: str, mismatch: str) -> None:
        """WrongPassphrase unless `passphrase` unwraps this vault's master key (a wrong one is
        counted and waited for like a failed unlock; `mismatch` says what a passphrase of
        another header means)."""
        master = unwrap_master(folder, header, passphrase, self._store)
        if not keys.macs_equal(master, self.master_key()):
            raise WrongPassphrase(mismatch)

    def seal(self, header: Header) -> Header:
        """`header` with its keyed MAC under the master key."""
        return header.with_changes(mac=_header_mac(self.master_key(), header))

    def device_secret(self, header: Header) -> bytes | None:
        """The keyring's device secret when the header uses one (KeyringProblem if it is gone)."""
        return _device_secret(header, self._store) if header.uses_device_secret else None

    def new_device_secret(self, vault_id: str) -> bytes | None:
        """A fresh device secret stored in the keyring; None when no keyring takes it."""
        if not self._store.available():
            return None
        candidate = keys.random_key()
        return candidate if self._store.set(device_secret_name(vault_id), encode_secret(candidate)) else None

    def with_passphrase(self, header: Header, passphrase: str, params: KdfParams, device: bytes | None) -> Header:
        """`header` with the master key wrapped under a new passphrase (and device secret)."""
        return _with_new_unlock_wrap(header, self.master_key(), passphrase, params, device)

    def with_staged(self, header: Header, name: str, new_key: bytes) -> Header:
        """Step 1 of a compartment rekey: `header` with the fresh key wrapped next to the current one."""
        wrapped = dict(header.wrapped)
        slot = name + STAGED_SUFFIX
        wrapped[slot] = b64(keys.wrap(self.master_key(), new_key, purpose=slot, vault_id=header.vault_id_bytes))
        return header.with_changes(wrapped=wrapped)

    def with_replaced(self, header: Header, name: str, new_key: bytes) -> Header:
        """Step 3 of a compartment rekey: `header` with the fresh key as the key and no staged copy."""
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
                raise VaultTampered(f"The {slot} key in the vault header was altered.") from None
        return found

    def rewrapped(
        self, header: Header, new_master: bytes, recovery_secret: bytes, retired_limit: int
    ) -> Header:
        """Every slot, the older master keys (this one first, at most `retired_limit`) and
        the recovery wrap under `new_master`: the header a rekey switches to."""
        vid = header.vault_id_bytes
        wrapped = {}
        for slot in KEY_SLOTS:
            key = self.key(slot, header)
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
        return header.with_changes(wrapped=wrapped)

    @contextlib.contextmanager
    def switched_master(self, new_master: bytes) -> Iterator[None]:
        """Use `new_master` from here on, unless the block (the header write) fails."""
        old = self._master
        self._master = new_master
        try:
            yield
        except BaseException:
            self._master = old
            raise

    def content_mac(self, header: Header, content_hash_hex: str) -> str:
        key = keys.hkdf(self.master_key(), info="ledger-content-mac", salt=header.vault_id_bytes)
        return keys.mac(key, b"content\x00" + bytes.fromhex(content_hash_hex)).hex()

    def sign(self, message: bytes) -> bytes:
        return signing.sign(self._keys["signing"], message)

    def forget(self) -> None:
        """Drop every key (on lock); master_key() then says the vault is locked."""
        self._keys = {}
        self._master = b""
        self._passphrase_proven = False
