"""The keys of an unlocked vault as its services reach them: a compartment's key, a revealed
key, the steps of a rekey, the master key, the content MAC and the signing key (a part of
services/vault_session.py's Vault, as services/vault_psychotherapy.py is).

Apart from the Vault's unlock, header and lifecycle because the two together passed one file's
worth. The keys themselves stay in the VaultKeys keyring (services/vault_keys.py); these
methods only say which one, log a reveal, and save the header a rekey step changes.
"""

from __future__ import annotations

from pathlib import Path

from vault_app.crypto import keys, signing
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import CompartmentLocked, InvalidInput
from vault_app.services import signing_keys, signing_keys_keyring
from vault_app.services.device_secret import SecretStore
from vault_app.services.fault_injection import crash_point
from vault_app.services.ledger import Ledger, now_iso
from vault_app.services.vault_keys import COMPARTMENT_SLOTS, STAGED_SUFFIX, VaultKeys
from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment, shell_commands
from vault_app.storage.header import Header, b64, unb64


class VaultKeyAccess:
    """Mixed into Vault (first of its bases: PsychotherapyCompartment's stand-in for
    replace_compartment_key must not hide the one here), which sets these attributes and
    provides _key and _save_header (services/vault_header_writes.py's, ahead of this base)."""

    header: Header
    ledger: Ledger
    folder: Path
    _keyring: VaultKeys
    _psychotherapy: Compartment | None

    def _key(self, slot: str) -> bytes | None:
        raise NotImplementedError

    def _save_header(self, header: Header) -> None:
        raise NotImplementedError

    def compartment_key(self, name: str) -> bytes:
        """For storage helpers that must open a copy (backup verification)."""
        if name not in COMPARTMENT_SLOTS:
            raise InvalidInput(f"Unknown compartment '{name}'.")
        key = self._key(name)
        if key is None:
            raise CompartmentLocked(
                f"The {name} compartment's key is not available now.",
                hint="Unlock the psychotherapy notes first." if name == "psychotherapy" else "",
                code="compartment.key_unavailable", params={"compartment": name},
            )
        return key

    def reveal_key(self, name: str) -> str:
        """The raw SQLCipher key of one compartment, so records stay readable without the app."""
        if name not in COMPARTMENT_SLOTS:
            raise InvalidInput(f"Unknown compartment '{name}'. Choose records, psychotherapy or ledger.")
        if name == "psychotherapy" and self._psychotherapy is None:
            raise CompartmentLocked(
                "Unlock the psychotherapy notes before revealing their key.", code="psychotherapy.reveal_locked",
            )
        # Logged before the key leaves the vault, so no reveal goes unrecorded.
        self.ledger.append("key.revealed", {"compartment": name})
        return self.compartment_key(name).hex()

    @staticmethod
    def revealed_key_usage(name: str, key_hex: str) -> tuple[str, list[str]]:
        """(file name, the SQL that opens it in the sqlcipher shell) for a revealed key."""
        return COMPARTMENT_FILES[name], shell_commands(bytes.fromhex(key_hex))

    def stage_compartment_key(self, name: str, new_key: bytes) -> None:
        """Step 1 of a rekey: record the fresh key (wrapped) next to the current one.

        A crash between `PRAGMA rekey` and the header update then never strands the
        data: opening tries the current key and, if that fails, the staged one.
        """
        self._save_header(self._keyring.with_staged(self.header, name, new_key))
        self._keyring.hold(name + STAGED_SUFFIX, new_key)

    def replace_compartment_key(self, name: str, new_key: bytes) -> None:
        """Step 3 of a rekey (after `Compartment.rekey`): the fresh key becomes the key and
        every wrapped copy of the old one is dropped from the header."""
        self._save_header(self._keyring.with_replaced(self.header, name, new_key))
        self._keyring.hold(name, new_key)
        self._keyring.drop(name + STAGED_SUFFIX)

    def retired_masters(self) -> list[bytes]:
        """Master keys from before a rekey (newest first): older backups are wrapped under them."""
        return self._keyring.retired_masters(self.header)

    def rotate_master(self, passphrase: str, params: KdfParams, retired_limit: int, salt: bytes | None = None,
                      *, new_signing_key: bool = False) -> str:
        """The last step of a rekey (services/vault_rekey.py): every key wrapped under a new
        master key, with a new recovery key, in one atomic header write. Returns the new
        recovery key (the new Emergency Kit). `salt`: the passphrase's new Argon2 salt, when
        its derivation was made ahead (kdf.Ahead). `new_signing_key`: a new signing key pair in
        the same write, the old public key listed as retired (services/signing_keys.py)."""
        new_master, new_pwk = keys.random_key(), keys.random_key()
        recovery_secret = keys.new_recovery_secret()
        new_signing = signing.new_signing_key() if new_signing_key else None
        rewrapped = self._keyring.rewrapped(self.header, new_master, new_pwk, recovery_secret, retired_limit,
                                            new_signing)
        if new_signing is not None:
            rewrapped = signing_keys.with_replaced(rewrapped, signing.public_key(new_signing), now_iso())
        device = self._keyring.device_secret(self.header)
        with self._keyring.switched(new_master, new_pwk):
            self._save_header(self._keyring.with_passphrase(rewrapped, passphrase, params, device, salt))
        if new_signing is not None:  # the header that wraps it is written
            self._keyring.hold("signing", new_signing)
            crash_point("rekey:header-written")
            # Then, outside the folder, the key it retired (signing_keys_keyring: a whole older folder put
            # back says nothing of it). After the header write: a machine stopping between the two leaves
            # no record yet, never one refusing the vault it left; the next unlock records it.
            signing_keys_keyring.remember(self._keyring.store, self.header.vault_id, self.folder,
                                          signing_keys.retired(self.header), self.ledger)
        return keys.format_recovery_key(recovery_secret)

    @property
    def keyring_store(self) -> SecretStore:
        """The system keyring (or its stand-in) this vault was unlocked with."""
        return self._keyring.store

    def adopt_signing_key(self, private_key: bytes | None, retired: list[signing_keys.RetiredKey]) -> None:
        """A restore's last word on the signing key (services/restore_signing.py): `private_key`
        (None: the one in use stays) wrapped under this vault's master key as the key in use and
        `retired` as the retired ones, in one header write. A retired key is never made the key in
        use again."""
        public = signing.public_key(private_key) if private_key is not None else self.public_key
        if any(k.public_key == public for k in retired):
            raise InvalidInput("A retired signing key cannot be made the key in use again.",
                               code="signing_key.retired")
        header = self.header if private_key is None else self._keyring.with_replaced(self.header, "signing",
                                                                                       private_key)
        self._save_header(header.with_changes(
            signing_public_key=b64(public),
            settings={**header.settings, signing_keys.SETTING: signing_keys.as_setting(retired)}))
        if private_key is not None:  # the header that wraps it is written
            self._keyring.hold("signing", private_key)

    def held_key_slots(self) -> frozenset[str]:
        """Which keys this unlocked vault keeps in memory (the psychotherapy key never)."""
        return self._keyring.held_slots()

    def master_key(self) -> bytes:
        """For services that wrap their own keys under the master key (backups carry a
        content key wrapped this way, so the passphrase or the Emergency Kit opens them).
        The key never leaves the process."""
        return self._keyring.master_key()

    def content_mac(self, content_hash_hex: str, *, psychotherapy: bool = False) -> str:
        """What the ledger records of signed content: an HMAC under a key only the master
        key yields, so holding the ledger (or its revealed SQLCipher key) and the records
        never lets anyone confirm a guess of a note's text. The bare SHA-256 stays inside
        the note's own compartment, where the text is anyway."""
        return self._keyring.content_mac(self.header, content_hash_hex, psychotherapy=psychotherapy)

    @property
    def public_key(self) -> bytes:
        return unb64(self.header.signing_public_key)

    @property
    def known_public_keys(self) -> list[bytes]:
        """The key in use, then those a full key replacement retired (services/signing_keys.py):
        what signed a note, report or certificate before a replacement still checks."""
        return signing_keys.known(self.header)

    def sign(self, message: bytes) -> bytes:
        return self._keyring.sign(message)
