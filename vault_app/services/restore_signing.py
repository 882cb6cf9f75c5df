"""The signing key a restored vault keeps (docs/retention.md, "The signing key after 'Replace every key'").

A backup holds the header of its day. Made before a Replace every key, it names as the key in use
the key that replacement retired (whose private half every older copy and backup holds: a retired
therapist's laptop, a USB drive found later) and knows nothing of its retirement: put back as it
is, that key signed certificates that checked again. So the restore carries the key in use and the
list of retired keys of every copy of the vault it reads (the open vault, the vault it replaces,
known and newer copies: each header authenticated by its own master key in
restore_destructions.collect) into the restored header, as it carries destroyed charts:

- every key the backup or a copy read lists as retired stays retired (where two copies give two
  dates, the earlier: a retired key vouches only for what it provably signed before);
- the backup's key stays in use unless a copy read retired it; then the key in use of the copy
  that did is carried (its private key wrapped under the restored vault's master key);
- a key in use elsewhere that is neither (two copies that each replaced their keys apart) is
  retired at the restore: what it signed before still checks, nothing it signs afterwards;
- a copy whose keys were replaced since and that could not be read (no passphrase of it given)
  is believed only where believing it refuses more: when its header names the backup's key as
  retired, the restored vault gets a new key pair and the backup's key is retired from the date
  it names (never before the backup was made, when that key was in use); a key it names as its
  own vouches for nothing here (its header is only as trustworthy as the folder).

Whatever the restore keeps is written in the restored copy's header before its files are put in
place (header last, restore_rollforward): a machine stopping mid-way leaves the old header or the
new one, whole. An older vault.header put back alone over the vault holds the older master key,
which opens none of the files the replacement re-encrypted: read with it, such a copy adds no
destruction, and its key in use is one the backup or another copy may have retired, never made
current again by the rules above.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vault_app.crypto import signing
from vault_app.domain.errors import VaultError
from vault_app.services import signing_keys
from vault_app.services.ledger import now_iso
from vault_app.services.signing_keys import RetiredKey
from vault_app.services.vault import Vault
from vault_app.storage import header as header_io
from vault_app.storage.header import Header, unb64

# How the restored vault came by its signing key (RestoreReport.signing_key_how; the ledger's word).
KEPT = "kept"  # the backup's own: no copy read retired it
CARRIED = "carried"  # a copy's key in use, that copy having retired the backup's
NEW = "new"  # a new key pair: an unread copy says the backup's key was retired


@dataclass(frozen=True)
class Seen:
    """One copy's signing keys, from a header its own master key authenticated."""

    place: str
    public_key: bytes
    private_key: bytes = field(repr=False)
    in_use_from: str
    retired: tuple[RetiredKey, ...]

    @classmethod
    def of(cls, place: str, header: Header, private_key: bytes) -> Seen:
        return cls(place, unb64(header.signing_public_key), private_key, signing_keys.in_use_since(header),
                   tuple(signing_keys.retired(header)))


@dataclass(frozen=True)
class Kept:
    """What the restore decided of the signing key."""

    how: str
    fingerprint: str  # the key in use after the restore
    backup_fingerprint: str  # the key the backup named as in use
    retired: tuple[RetiredKey, ...]
    retired_here: tuple[str, ...] = ()  # fingerprints this restore retired (not retired in any copy read)
    carried_from: str | None = None  # the copy whose key in use was carried
    retired_on: str = ""  # when the backup's key was retired, if it was

    def payload(self) -> dict[str, Any]:
        """For the restore's ledger entry: public fingerprints only."""
        return {"in_use": self.fingerprint, "backup": self.backup_fingerprint, "how": self.how,
                "retired": [k.fingerprint for k in self.retired], "retired_by_restore": list(self.retired_here)}


def _moment(text: str) -> datetime:
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return datetime.max.replace(tzinfo=UTC)  # unreadable: never the earlier of two
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _earliest(keys: Sequence[RetiredKey]) -> dict[bytes, RetiredKey]:
    out: dict[bytes, RetiredKey] = {}
    for key in keys:
        have = out.get(key.public_key)
        if have is None or _moment(key.retired_at) < _moment(have.retired_at):
            out[key.public_key] = key
    return out


def unread_headers(places: Sequence[str], vault_id: str) -> list[tuple[str, Header]]:
    """The headers of the copies of this vault the restore could not read (keys replaced since),
    as their folders hold them: not authenticated."""
    out = []
    for place in places:
        try:
            header = header_io.read(Path(place))
        except VaultError:
            continue
        if header.vault_id == vault_id:
            out.append((place, header))
    return out


def decide(header: Header, backup_created: str, seen: Sequence[Seen], unread: Sequence[tuple[str, Header]],
           now: str | None = None) -> tuple[Kept, bytes | None]:
    """The restored vault's signing keys, from the backup's `header` and the copies read: what
    was decided, and the private key to put in use (None: the backup's own stays)."""
    now = now or now_iso()
    backup_key = unb64(header.signing_public_key)
    retired = _earliest([*signing_keys.retired(header), *(k for s in seen for k in s.retired)])
    private: bytes | None = None
    how, source = KEPT, None
    if backup_key in retired:
        carried = next((s for s in seen if s.public_key not in retired), None)
        if carried is not None:
            private, how, source = carried.private_key, CARRIED, carried.place
        else:  # every key in use anywhere is retired somewhere: none is carried
            private, how = signing.new_signing_key(), NEW
    else:
        claimed = [k for _place, h in unread for k in signing_keys.retired(h) if k.public_key == backup_key]
        if claimed:
            # The folder's word, believed only to refuse more: not before the backup, not after now.
            when = min((k.retired_at for k in claimed), key=_moment)
            when = max(min(when, now, key=_moment), backup_created, key=_moment)
            retired[backup_key] = RetiredKey(backup_key, signing_keys.in_use_since(header), when)
            private, how = signing.new_signing_key(), NEW
    in_use = signing.public_key(private) if private is not None else backup_key
    here: list[str] = []
    if backup_key not in retired and backup_key != in_use:
        retired[backup_key] = RetiredKey(backup_key, signing_keys.in_use_since(header), now)
        here.append(signing.fingerprint(backup_key))
    for s in seen:
        if s.public_key not in retired and s.public_key != in_use:
            retired[s.public_key] = RetiredKey(s.public_key, s.in_use_from, now)
            here.append(signing.fingerprint(s.public_key))
    order = sorted(retired.values(), key=lambda k: _moment(k.retired_at))
    backup_retired = retired.get(backup_key)
    kept = Kept(how, signing.fingerprint(in_use), signing.fingerprint(backup_key), tuple(order), tuple(here),
                source, backup_retired.retired_at if backup_retired is not None else "")
    return kept, private


def keep(copy: Vault, backup_created: str, seen: Sequence[Seen], unread: Sequence[tuple[str, Header]]) -> Kept:
    """Decide, and write what was decided into the restored copy's header (one write) when it
    differs from what the backup holds."""
    kept, private = decide(copy.header, backup_created, seen, unread)
    if private is not None or list(kept.retired) != signing_keys.retired(copy.header):
        copy.adopt_signing_key(private, list(kept.retired))
    return kept


__all__ = ["CARRIED", "KEPT", "NEW", "Kept", "Seen", "decide", "keep", "unread_headers"]
