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

- a copy whose header is older than the files beside it (its ledger.db or records.db does not open
  under it, or its ledger recorded a later header, or records.db saw ledger entries the ledger
  lacks) says nothing true of the key in use: an older vault.header put back alone (by whoever
  holds an older copy, or a sync tool) over a vault whose keys were replaced since. Its retired
  list still counts (authenticated), but its key in use is neither carried nor believed: when it is
  the backup's key, the restored vault gets a new key pair and the backup's key is retired from
  the backup's making (what the restored vault vouches for ends there). The files beside that
  header are the record it cannot roll back with them: re-encrypted by the replacement, they
  refuse the older header's keys;
- every ledger read (the open vault's, each copy's) records the keys retired (vault.rekeyed and
  backup.restored name their fingerprints): a key a ledger names as retired stays retired, even
  where the header beside it (put back) names it in use. A restore of a pre-replacement backup
  over a restored vault whose older header was put back keeps the old key retired that way.

Whatever the restore keeps is written in the restored copy's header before its files are put in
place (header last, restore_rollforward): a machine stopping mid-way leaves the old header or the
new one, whole, and the next open of the folder finishes the restore with the header decided.
What no folder can tell: the WHOLE older folder put back (header and every file of one time), then
a pre-replacement backup restored over it. The system keyring's record of retired keys does, on the
computer that replaced them (services/signing_keys_keyring.py: `remembered`, believed as a ledger's
record is); without it, the summary's fingerprint, compared with the newest Emergency Kit, shows it
(docs/retention.md).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from vault_app.crypto import signing
from vault_app.domain.errors import VaultError
from vault_app.services import signing_keys
from vault_app.services.backup_registry import RESTORED
from vault_app.services.ledger import LedgerEntry, now_iso
from vault_app.services.signing_keys import RetiredKey
from vault_app.services.vault import Vault
from vault_app.services.vault_rekey import REKEYED
from vault_app.storage import header as header_io
from vault_app.storage.header import Header, unb64

# How the restored vault came by its signing key (RestoreReport.signing_key_how; the ledger's word).
KEPT = "kept"  # the backup's own: no copy read retired it
CARRIED = "carried"  # a copy's key in use, that copy having retired the backup's
NEW = "new"  # a new key pair: an unread copy says the backup's key was retired
# A new key pair: a copy's header older than its files names the backup's key (it may have been
# retired since, and nothing left readable says when).
UNSURE = "new_unsure"
# A new key pair: the system keyring records the backup's key as retired, and no folder read says
# so (the whole older folder put back; services/signing_keys_keyring.py).
REMEMBERED = "new_remembered"
# The same, the keyring recording it retired only in another folder: a copy of this vault there (one restored
# beside it) replaced its keys; the folder restored into never did (round 45: it was said as REMEMBERED, "an
# older copy of the whole folder may have been put back", which is not what happened).
REMEMBERED_ELSEWHERE = "new_remembered_elsewhere"
NEW_KINDS = (NEW, UNSURE, REMEMBERED, REMEMBERED_ELSEWHERE)
# The ledger entries that record a signing key's retirement (their "signing_key" payload).
RECORD_KINDS = (REKEYED, RESTORED)


@dataclass(frozen=True)
class Seen:
    """One copy's signing keys, from a header its own master key authenticated."""

    place: str
    public_key: bytes
    private_key: bytes = field(repr=False)
    in_use_from: str
    retired: tuple[RetiredKey, ...]
    # Its header is older than the files beside it: its key in use is not believed (module docstring).
    stale: bool = False
    # (fingerprint, time) of every key its ledger records as retired (`recorded`).
    recorded: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, place: str, header: Header, private_key: bytes, *, stale: bool = False,
           entries: Sequence[LedgerEntry] = ()) -> Seen:
        return cls(place, unb64(header.signing_public_key), private_key, signing_keys.in_use_since(header),
                   tuple(signing_keys.retired(header)), stale, tuple(recorded(entries)))


def recorded(entries: Sequence[LedgerEntry]) -> list[tuple[str, str]]:
    """(fingerprint, time) of each signing key the ledger `entries` record as retired: a Replace every
    key's (from its time) and a restore's (by its time at the latest). Public fingerprints only."""
    out: list[tuple[str, str]] = []
    for e in entries:
        said = e.payload.get("signing_key") if e.kind in RECORD_KINDS else None
        if not isinstance(said, dict):
            continue
        named, dates = said.get("retired"), said.get("retired_at")
        dates = dates if isinstance(dates, dict) else {}
        for fp in named if isinstance(named, list) else [named]:
            if isinstance(fp, str) and fp:
                # Retired by this entry's time at the latest (an entry of an earlier version gives no date).
                when = dates.get(fp)
                out.append((fp, when if isinstance(when, str) and _moment(when) <= _moment(e.time) else e.time))
    return out


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
                "retired": [k.fingerprint for k in self.retired], "retired_by_restore": list(self.retired_here),
                # When each was retired: the ledger's own record of it (`recorded`), kept by a later
                # restore even where an older header put back beside this ledger forgot them.
                "retired_at": {k.fingerprint: k.retired_at for k in self.retired}}


def _moment(text: str) -> datetime:
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return datetime.max.replace(tzinfo=UTC)  # unreadable: never the earlier of two
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _end_of_second(text: str) -> str:
    """A backup's time is written to the second: what it holds was signed by the end of that second."""
    when = _moment(text)
    if when.microsecond or when == datetime.max.replace(tzinfo=UTC):
        return text
    return (when + timedelta(microseconds=999_999)).isoformat(timespec="microseconds")


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


def _recorded_retired(header: Header, seen: Sequence[Seen], retired: dict[bytes, RetiredKey],
                      said: Sequence[tuple[str, str]]) -> None:
    """Into `retired`: the keys known here (the backup's, each copy's in use) that `said` (what the
    ledgers read record, or the keyring's record) names as retired and no header lists (a header,
    or a whole folder, put back)."""
    times: dict[str, str] = {}
    for fp, when in said:
        if fp not in times or _moment(when) < _moment(times[fp]):
            times[fp] = when
    for key, start in [(unb64(header.signing_public_key), signing_keys.in_use_since(header)),
                       *((s.public_key, s.in_use_from) for s in seen)]:
        named = times.get(signing.fingerprint(key))
        if named is not None and key not in retired:
            retired[key] = RetiredKey(key, start, named)


def decide(header: Header, backup_created: str, seen: Sequence[Seen], unread: Sequence[tuple[str, Header]],
           now: str | None = None, remembered: Sequence[tuple[str, str]] = (),
           elsewhere: Collection[str] = ()) -> tuple[Kept, bytes | None]:
    """The restored vault's signing keys, from the backup's `header`, the copies read and what the
    keyring `remembered` of keys retired (signing_keys_keyring; `elsewhere`: the fingerprints it records
    as retired only in other folders than the one restored into): what was decided, and the private
    key to put in use (None: the backup's own stays)."""
    now = now or now_iso()
    backup_key = unb64(header.signing_public_key)
    retired = _earliest([*signing_keys.retired(header), *(k for s in seen for k in s.retired)])
    _recorded_retired(header, seen, retired, [r for s in seen for r in s.recorded])
    # Retired by the keyring's word alone: nothing in any folder read says so (a whole older folder put back).
    only_remembered = backup_key not in retired
    _recorded_retired(header, seen, retired, remembered)
    only_remembered = only_remembered and backup_key in retired
    private: bytes | None = None
    how, source = KEPT, None
    if backup_key in retired:
        carried = next((s for s in seen if not s.stale and s.public_key not in retired), None)
        if carried is not None:
            private, how, source = carried.private_key, CARRIED, carried.place
        else:  # every key in use anywhere is retired somewhere (or named by a header older than its files)
            private = signing.new_signing_key()
            how = (REMEMBERED_ELSEWHERE if signing.fingerprint(backup_key) in elsewhere else REMEMBERED) \
                if only_remembered else UNSURE if any(s.stale for s in seen) else NEW
    else:
        claimed = [k for _place, h in unread for k in signing_keys.retired(h) if k.public_key == backup_key]
        if claimed:
            # The folder's word, believed only to refuse more: not before the backup, not after now.
            when = min((k.retired_at for k in claimed), key=_moment)
            when = max(min(when, now, key=_moment), backup_created, key=_moment)
            retired[backup_key] = RetiredKey(backup_key, signing_keys.in_use_since(header), when)
            private, how = signing.new_signing_key(), NEW
        elif any(s.stale and s.public_key == backup_key for s in seen):
            # Named in use by a header older than its files: retired, as far as the restored vault
            # can tell, from the backup's making (it vouches for nothing signed after).
            start = signing_keys.in_use_since(header)
            retired[backup_key] = RetiredKey(backup_key, start, max(_end_of_second(backup_created), start,
                                                                    key=_moment))
            private, how = signing.new_signing_key(), UNSURE
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


def keep(copy: Vault, backup_created: str, seen: Sequence[Seen], unread: Sequence[tuple[str, Header]],
         remembered: Sequence[tuple[str, str]] = (), elsewhere: Collection[str] = ()) -> Kept:
    """Decide, and write what was decided into the restored copy's header (one write) when it
    differs from what the backup holds."""
    kept, private = decide(copy.header, backup_created, seen, unread, remembered=remembered, elsewhere=elsewhere)
    if private is not None or list(kept.retired) != signing_keys.retired(copy.header):
        copy.adopt_signing_key(private, list(kept.retired))
    return kept


__all__ = ["CARRIED", "KEPT", "NEW", "NEW_KINDS", "RECORD_KINDS", "REMEMBERED", "REMEMBERED_ELSEWHERE", "UNSURE",
           "Kept", "Seen", "decide", "keep", "recorded", "unread_headers"]
