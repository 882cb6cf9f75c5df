"""The vault's signing keys over time: the one in use and those a full key replacement retired.

Every "Replace every key" (services/vault_rekey_beside.finish) makes a new Ed25519 key pair too
(wclose F3): the private key sits, wrapped under the master key, in every older copy of the vault
and in every older backup, which the retired passphrase or Emergency Kit still opens (a therapist
who handed her practice to a custodian; a lost laptop). Kept, it would let whoever holds such a
copy sign a certificate that checks against the practice's key. So the new key pair replaces it in
the same header write as the new master key (one atomic write: the old key or the new one, never
none), and the retired PUBLIC key is listed here with the day it was retired, so that:

- every certificate, note signature and report signed before still checks (it names its key);
- a certificate signed with a retired key but dated after its retirement is refused.

The list lives in the header's settings, which its keyed MAC covers: read locked (an offline
check), it is only as trustworthy as the folder; unlocked, an edit is refused at the unlock. An
older header put back holds the older key, but also the older master key, which opens none of
the compartments re-encrypted by the same replacement (the rekey's own protection).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from vault_app.crypto.signing import fingerprint
from vault_app.storage.header import Header, b64, unb64

SETTING = "retired_signing_keys"


@dataclass(frozen=True)
class RetiredKey:
    public_key: bytes
    in_use_from: str  # ISO time (the vault's creation, or the replacement before)
    retired_at: str  # ISO time (UTC) of the header write that replaced it

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def retired(header: Header) -> list[RetiredKey]:
    """The retired keys, oldest first; an entry that is not well formed is left out (it then
    vouches for nothing)."""
    out: list[RetiredKey] = []
    raw = header.settings.get(SETTING)
    for item in raw if isinstance(raw, list) else []:
        try:
            key = unb64(str(item["public_key"]))
            start, end = str(item["in_use_from"]), str(item["retired_at"])
        except (KeyError, TypeError, ValueError):
            continue
        if len(key) == 32:
            out.append(RetiredKey(key, start, end))
    return out


def retired_key(header: Header, public_key: bytes) -> RetiredKey | None:
    return next((k for k in retired(header) if k.public_key == public_key), None)


def known(header: Header) -> list[bytes]:
    """The key in use first, then the retired ones (newest first)."""
    return [unb64(header.signing_public_key), *(k.public_key for k in reversed(retired(header)))]


def with_replaced(header: Header, new_public: bytes, when: str) -> Header:
    """`header` naming `new_public` as the key in use, the one it named listed as retired at `when`."""
    start = in_use_since(header)
    entries = [*(header.settings.get(SETTING) or []),
               {"public_key": header.signing_public_key, "fingerprint": fingerprint(unb64(header.signing_public_key)),
                "in_use_from": start, "retired_at": when}]
    return header.with_changes(signing_public_key=b64(new_public), settings={**header.settings, SETTING: entries})


def as_setting(keys: list[RetiredKey]) -> list[dict[str, str]]:
    """`keys` as the header's setting holds them (what `retired` reads back)."""
    return [{"public_key": b64(k.public_key), "fingerprint": k.fingerprint, "in_use_from": k.in_use_from,
             "retired_at": k.retired_at} for k in keys]


def in_use_since(header: Header) -> str:
    """When the key `header` names came into use: its vault's creation, or the last replacement."""
    earlier = retired(header)
    return earlier[-1].retired_at if earlier else header.created


def signed_after_retirement(key: RetiredKey, signed_at: object) -> bool:
    """Signed, by the time the document itself gives, after the key was retired. A time that
    cannot be read counts as after: a retired key vouches only for what it provably signed before."""
    try:
        when = datetime.fromisoformat(str(signed_at).replace("Z", "+00:00"))
        retired_at = datetime.fromisoformat(key.retired_at)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return when > retired_at
    except (TypeError, ValueError):
        return True


def retirement_words(key: RetiredKey) -> str:
    return (f"it was signed with the practice's earlier signing key (fingerprint {key.fingerprint}), which was "
            f"replaced on {key.retired_at[:10]} when every key was replaced, but it is dated after that: it is not "
            "one of the practice's certificates (whoever holds an old copy or backup of the vault can sign with "
            "that key)")


__all__ = ["SETTING", "RetiredKey", "as_setting", "in_use_since", "known", "retired", "retired_key",
           "retirement_words", "signed_after_retirement", "with_replaced"]
