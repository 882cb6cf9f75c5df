"""The psychotherapy key's own wrapping (format 3): what unwraps it, and what does not.

Since format 3 the psychotherapy compartment key (and its staged successor during a
rekey) is wrapped under a random *psychotherapy wrapping key* (PWK), not under the
master key. The PWK itself is wrapped only:

- under a key derived with HKDF (label "psychotherapy-wrap/unlock") from the unlock key,
  which only the passphrase (+ device secret) yields: the psychotherapy unlock re-derives
  it from the passphrase it asks for anyway, so it costs one Argon2id run, as before;
- under a key derived from the Emergency Kit's recovery secret (label
  "psychotherapy-wrap/recovery"), so the recovery key still recovers those notes;
- for a vault upgraded from format 2, until its next `vault-app rekey`, also under the
  master key (`PWK_BY_MASTER`): the Emergency Kit printed before the upgrade reaches only
  the master key, and it must keep recovering the notes. A rekey prints a new kit and
  drops that wrap (docs/SECURITY.md says so).

So the master key and every key it wraps (records, ledger, ledger MAC, signing) cannot
produce the psychotherapy key. A rekey replaces the PWK too, keeping the older ones
wrapped under the new one (only for opening the vault's own older backups).

In a format 1 or 2 header the master key wraps the psychotherapy slots directly: for
those (older backups, old copies) the master key plays the PWK's part.
"""

from __future__ import annotations

from vault_app.crypto import keys
from vault_app.domain.errors import VaultTampered
from vault_app.storage.header import Header, b64, unb64

APART_FORMAT = 3
PSYCHOTHERAPY_SLOTS = ("psychotherapy", "psychotherapy.staged")
PWK_BY_UNLOCK = "psychotherapy_wrap_by_unlock"
PWK_BY_RECOVERY = "psychotherapy_wrap_by_recovery"
PWK_BY_MASTER = "psychotherapy_wrap_by_master"  # format-2 vaults upgraded in place, until their next rekey
RETIRED_PWK_PREFIX = "retired_psychotherapy_wrap."

_UNLOCK_LABEL = "psychotherapy-wrap/unlock"
_RECOVERY_LABEL = "psychotherapy-wrap/recovery"


def is_apart(header: Header) -> bool:
    """True when nothing but the passphrase or the recovery key unwraps the psychotherapy key."""
    return header.format_version >= APART_FORMAT and PWK_BY_MASTER not in header.wrapped


def unlock_kek(unlock_key: bytes, vault_id: bytes) -> bytes:
    """The key that wraps the PWK, from the passphrase-derived unlock key."""
    return keys.hkdf(unlock_key, info=_UNLOCK_LABEL, salt=vault_id)


def recovery_kek(recovery_secret: bytes, vault_id: bytes) -> bytes:
    """The key that wraps the PWK, from the Emergency Kit's recovery secret."""
    return keys.hkdf(recovery_secret, info=_RECOVERY_LABEL, salt=vault_id)


def _wrap(kek: bytes, key: bytes, purpose: str, vault_id: bytes) -> str:
    return b64(keys.wrap(kek, key, purpose=purpose, vault_id=vault_id))


def _unwrap(kek: bytes, header: Header, slot: str) -> bytes:
    return keys.unwrap(kek, unb64(header.wrapped[slot]), purpose=slot, vault_id=header.vault_id_bytes)


def pwk_from(
    header: Header,
    *,
    master: bytes | None = None,
    by_unlock: bytes | None = None,
    by_recovery: bytes | None = None,
    candidates: tuple[bytes, ...] = (),
) -> bytes | None:
    """The header's PWK from whatever the caller holds, or None if nothing given reaches it.

    `master` counts only for a format 1/2 header (where the master key wraps the
    psychotherapy slots) or an upgraded one still carrying PWK_BY_MASTER. `candidates`
    are PWKs the live vault holds (its own and retired ones), for opening a copy."""
    if header.format_version < APART_FORMAT:
        return master
    for kek, slot in ((by_unlock, PWK_BY_UNLOCK), (by_recovery, PWK_BY_RECOVERY), (master, PWK_BY_MASTER)):
        if kek is None or slot not in header.wrapped:
            continue
        try:
            return _unwrap(kek, header, slot)
        except keys.UnwrapFailed:
            # The same secret just unwrapped the master key (or the MAC held): this slot was altered.
            raise VaultTampered(f"The wrapped {slot} key in the vault header was altered.",
                                code="header.key_altered") from None
    if "psychotherapy" in header.wrapped:
        for pwk in candidates:
            try:
                _unwrap(pwk, header, "psychotherapy")
            except keys.UnwrapFailed:
                continue
            return pwk
    return None


def psychotherapy_keys(header: Header, pwk: bytes) -> dict[str, bytes]:
    """The psychotherapy key (and a staged one) under `pwk`; VaultTampered if altered."""
    out = {}
    for slot in PSYCHOTHERAPY_SLOTS:
        if slot in header.wrapped:
            try:
                out[slot] = _unwrap(pwk, header, slot)
            except keys.UnwrapFailed:
                raise VaultTampered(f"The wrapped {slot} key in the vault header is damaged or was altered.",
                                    code="header.key_altered") from None
    if "psychotherapy" not in out:
        raise VaultTampered("The wrapped psychotherapy key in the vault header is missing.", code="header.key_missing")
    return out


def wrap_slot(header: Header, pwk: bytes, slot: str, key: bytes) -> dict[str, str]:
    """`header.wrapped` with `slot` (a psychotherapy slot) holding `key` under `pwk`."""
    wrapped = dict(header.wrapped)
    wrapped[slot] = _wrap(pwk, key, slot, header.vault_id_bytes)
    return wrapped


def with_unlock_wrap(header: Header, wrapped: dict[str, str], pwk: bytes, unlock_key: bytes) -> dict[str, str]:
    """`wrapped` with the PWK under a new unlock key (a new passphrase)."""
    vid = header.vault_id_bytes
    out = dict(wrapped)
    out[PWK_BY_UNLOCK] = _wrap(unlock_kek(unlock_key, vid), pwk, PWK_BY_UNLOCK, vid)
    return out


def with_recovery_wrap(header: Header, wrapped: dict[str, str], pwk: bytes, recovery_secret: bytes) -> dict[str, str]:
    """`wrapped` with the PWK under the Emergency Kit, and no longer under the master key."""
    vid = header.vault_id_bytes
    out = {k: v for k, v in wrapped.items() if k != PWK_BY_MASTER}
    out[PWK_BY_RECOVERY] = _wrap(recovery_kek(recovery_secret, vid), pwk, PWK_BY_RECOVERY, vid)
    return out


def retired_pwks(header: Header, pwk: bytes) -> list[bytes]:
    """Older PWKs (newest first), wrapped under the current one for older backups."""
    found = []
    slots = sorted((s for s in header.wrapped if s.startswith(RETIRED_PWK_PREFIX)),
                   key=lambda s: int(s[len(RETIRED_PWK_PREFIX):]))
    for slot in slots:
        try:
            found.append(_unwrap(pwk, header, slot))
        except keys.UnwrapFailed:
            raise VaultTampered(f"The {slot} key in the vault header was altered.", code="header.key_altered") from None
    return found


def upgraded(header: Header, master: bytes, unlock_key: bytes, recovery_secret: bytes | None) -> tuple[Header, bytes]:
    """A format 1/2 header moved to format 3: a fresh PWK wraps the psychotherapy slots
    instead of the master key; it is wrapped under the unlock key and, given the recovery
    secret (a recovery is under way), under the Emergency Kit; else, for the kit printed
    before the upgrade, under the master key until the next rekey. Returns (header, PWK)."""
    vid = header.vault_id_bytes
    pwk = keys.random_key()
    wrapped = dict(header.wrapped)
    for slot in PSYCHOTHERAPY_SLOTS:
        if slot in wrapped:
            try:
                key = keys.unwrap(master, unb64(wrapped[slot]), purpose=slot, vault_id=vid)
            except keys.UnwrapFailed:
                raise VaultTampered(f"The wrapped {slot} key in the vault header is damaged or was altered.",
                                    code="header.key_altered") from None
            wrapped[slot] = _wrap(pwk, key, slot, vid)
    wrapped = with_unlock_wrap(header, wrapped, pwk, unlock_key)
    if recovery_secret is not None:
        wrapped[PWK_BY_RECOVERY] = _wrap(recovery_kek(recovery_secret, vid), pwk, PWK_BY_RECOVERY, vid)
    else:
        wrapped[PWK_BY_MASTER] = _wrap(master, pwk, PWK_BY_MASTER, vid)
    return header.with_changes(wrapped=wrapped, format_version=APART_FORMAT), pwk


def rotated(
    header: Header, wrapped: dict[str, str], pwk: bytes, new_pwk: bytes, recovery_secret: bytes, retired_limit: int
) -> dict[str, str]:
    """For a rekey: `wrapped` (already holding the non-psychotherapy slots under the new
    master key) with the psychotherapy slots under `new_pwk`, the older PWKs (this one
    first) under it, and `new_pwk` under the new recovery secret. The unlock wrap is added
    with the new passphrase (with_unlock_wrap); no wrap under any master key remains."""
    vid = header.vault_id_bytes
    out = {k: v for k, v in wrapped.items()
           if k not in (PWK_BY_UNLOCK, PWK_BY_MASTER, PWK_BY_RECOVERY) and not k.startswith(RETIRED_PWK_PREFIX)}
    current = psychotherapy_keys(header, pwk)
    for slot, key in current.items():
        out[slot] = _wrap(new_pwk, key, slot, vid)
    # A format-2 header's "PWK" is its master key, already kept among the retired masters.
    older = ([pwk] if header.format_version >= APART_FORMAT else []) + (
        retired_pwks(header, pwk) if header.format_version >= APART_FORMAT else [])
    for i, old in enumerate(older[:retired_limit]):
        out[f"{RETIRED_PWK_PREFIX}{i}"] = _wrap(new_pwk, old, f"{RETIRED_PWK_PREFIX}{i}", vid)
    out[PWK_BY_RECOVERY] = _wrap(recovery_kek(recovery_secret, vid), new_pwk, PWK_BY_RECOVERY, vid)
    return out


def new_vault_slots(
    vault_id: bytes, pwk: bytes, psychotherapy_key: bytes, recovery_secret: bytes
) -> dict[str, str]:
    """The psychotherapy slots of a new vault (the unlock wrap comes with the passphrase)."""
    return {
        "psychotherapy": _wrap(pwk, psychotherapy_key, "psychotherapy", vault_id),
        PWK_BY_RECOVERY: _wrap(recovery_kek(recovery_secret, vault_id), pwk, PWK_BY_RECOVERY, vault_id),
    }
