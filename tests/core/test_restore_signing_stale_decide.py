"""services/restore_signing.decide with a copy whose header is older than its files (an older
vault.header put back) and with the retirements a ledger records: refused side (a new key pair,
the backup's key retired) and allowed side (a key no header and no ledger retired stays). Real
Ed25519 keys, real headers of a real vault, real ledger entries written by a real vault."""

from __future__ import annotations

from typing import Any

import pytest

from tests.core.test_restore_signing_decide import BACKUP, NOW, REKEY, Keys, _pub, _replaced, keys
from vault_app.crypto import signing
from vault_app.services import restore_signing
from vault_app.services.backup_registry import RESTORED
from vault_app.services.restore_signing import Seen
from vault_app.services.vault import Vault
from vault_app.services.vault_rekey import REKEYED
from vault_app.storage.header import unb64

_ = keys  # the fixture, shared


def _entries(vault: Vault, kind: str, payload: dict[str, Any]) -> list[Any]:
    vault.ledger.append(kind, {"signing_key": payload})
    return vault.ledger.entries(kinds=(kind,))


@pytest.mark.parametrize(("stale", "how"), [(True, restore_signing.UNSURE), (False, restore_signing.KEPT)])
def test_a_header_older_than_its_files_naming_the_backups_key(keys: Keys, stale: bool, how: str) -> None:
    seen = [Seen.of("folder", keys.header, b"\x01" * 32, stale=stale)]
    kept, private = restore_signing.decide(keys.header, "2026-03-01T00:00:00+00:00", seen, [], NOW)
    backup_key = unb64(keys.header.signing_public_key)
    assert kept.how == how
    if stale:
        assert private is not None and signing.public_key(private) != backup_key
        # From the end of the second the backup was made (its time is written to the second).
        assert [(k.public_key, k.retired_at) for k in kept.retired] == [
            (backup_key, "2026-03-01T00:00:00.999999+00:00")]
    else:
        assert private is None and kept.retired == ()


def test_a_stale_copys_key_is_never_carried(keys: Keys) -> None:
    """The backup's key retired by a copy read; the only other copy's header is older than its
    files: its key in use is not carried, a new key pair is made."""
    live = _replaced(keys.header, keys.k1, REKEY)
    kept, private = restore_signing.decide(keys.header, BACKUP, [Seen.of("put back", live, keys.k1, stale=True)],
                                           [], NOW)
    assert kept.how == restore_signing.UNSURE and private not in (None, keys.k1)


@pytest.mark.parametrize("kind", [REKEYED, RESTORED])
def test_a_ledgers_record_retires_the_key_its_header_names(vault: Vault, keys: Keys, kind: str) -> None:
    backup_fp = signing.fingerprint(unb64(keys.header.signing_public_key))
    payload = {"retired": backup_fp} if kind == REKEYED else {"retired": [backup_fp], "retired_at": {backup_fp: REKEY}}
    entries = _entries(vault, kind, payload)
    seen = [Seen.of("folder", keys.header, b"\x01" * 32, entries=entries)]
    kept, private = restore_signing.decide(keys.header, BACKUP, seen, [], NOW)
    assert kept.how == restore_signing.NEW and private is not None
    [retired] = kept.retired
    assert retired.public_key == unb64(keys.header.signing_public_key)
    assert retired.retired_at == (REKEY if kind == RESTORED else entries[-1].time)


def test_a_ledger_naming_another_key_retires_nothing_here(vault: Vault, keys: Keys) -> None:
    other = signing.fingerprint(_pub(keys.k2))
    seen = [Seen.of("folder", keys.header, b"\x01" * 32, entries=_entries(vault, REKEYED, {"retired": other}))]
    kept, private = restore_signing.decide(keys.header, BACKUP, seen, [], NOW)
    assert (kept.how, private, kept.retired) == (restore_signing.KEPT, None, ())


def test_a_date_after_its_entry_is_not_believed(vault: Vault, keys: Keys) -> None:
    """A restore's record says when each key was retired; a date after the entry itself is
    impossible: the entry's time is taken (retired by then at the latest)."""
    fp = signing.fingerprint(unb64(keys.header.signing_public_key))
    entries = _entries(vault, RESTORED, {"retired": [fp], "retired_at": {fp: "2999-01-01T00:00:00+00:00"}})
    assert restore_signing.recorded(entries) == [(fp, entries[-1].time)]
