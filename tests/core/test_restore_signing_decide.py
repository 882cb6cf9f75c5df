"""services/restore_signing.decide, table by table: which signing key a restored vault keeps and
which it lists as retired, from the backup's header and the copies read (real Ed25519 keys, real
headers of a real vault; the restore itself: test_restore_keeps_signing_key.py)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from vault_app.crypto import signing
from vault_app.services import restore_signing, signing_keys
from vault_app.services.restore_signing import Seen
from vault_app.services.vault import Vault
from vault_app.storage.header import Header, unb64

CREATED = "2026-01-01T00:00:00+00:00"
BACKUP = "2026-03-01T00:00:00+00:00"
REKEY = "2026-06-01T00:00:00+00:00"
NOW = "2026-12-07T00:00:00+00:00"


@dataclass
class Keys:
    header: Header  # the backup's: K0 in use, nothing retired
    k1: bytes  # private keys of later replacements
    k2: bytes


@pytest.fixture
def keys(vault: Vault) -> Keys:
    return Keys(vault.header.with_changes(created=CREATED), signing.new_signing_key(),
                signing.new_signing_key())


def _pub(private: bytes) -> bytes:
    return signing.public_key(private)


def _replaced(header: Header, private: bytes, when: str) -> Header:
    return signing_keys.with_replaced(header, _pub(private), when)


def test_a_copy_that_retired_the_backups_key_gives_its_key_in_use(keys: Keys) -> None:
    live = _replaced(keys.header, keys.k1, REKEY)
    kept, private = restore_signing.decide(keys.header, BACKUP, [Seen.of("live", live, keys.k1)], [], NOW)
    assert (kept.how, private, kept.carried_from) == (restore_signing.CARRIED, keys.k1, "live")
    assert [(k.public_key, k.retired_at) for k in kept.retired] == [(unb64(keys.header.signing_public_key), REKEY)]
    assert kept.retired_here == () and kept.retired_on == REKEY


def test_a_copy_from_before_the_backups_replacement_changes_nothing(keys: Keys) -> None:
    """The backup is newer than the replacement; the copy read is older (its key is the retired one)."""
    backup = _replaced(keys.header, keys.k1, REKEY)
    old_private = b"\x00" * 32  # never used: the copy's key is retired in the backup
    kept, private = restore_signing.decide(backup, NOW, [Seen.of("old", keys.header, old_private)], [], NOW)
    assert (kept.how, private) == (restore_signing.KEPT, None)
    assert [k.public_key for k in kept.retired] == [unb64(keys.header.signing_public_key)]


def test_two_replacements_the_copy_knows_are_both_kept_retired(keys: Keys) -> None:
    once = _replaced(keys.header, keys.k1, REKEY)
    twice = _replaced(once, keys.k2, "2026-09-01T00:00:00+00:00")
    kept, private = restore_signing.decide(once, BACKUP, [Seen.of("live", twice, keys.k2)], [], NOW)
    assert (kept.how, private) == (restore_signing.CARRIED, keys.k2)
    assert [k.retired_at for k in kept.retired] == [REKEY, "2026-09-01T00:00:00+00:00"]


def test_keys_replaced_apart_in_two_copies_the_other_is_retired_at_the_restore(keys: Keys) -> None:
    """The backup's line and the copy's each replaced K0 apart: the backup's key stays, the copy's
    is retired now (what it signed before still checks, nothing after), K0 at the earlier date."""
    backup = _replaced(keys.header, keys.k1, "2026-07-01T00:00:00+00:00")
    other = _replaced(keys.header, keys.k2, REKEY)
    kept, private = restore_signing.decide(backup, "2026-08-01T00:00:00+00:00",
                                           [Seen.of("beside", other, keys.k2)], [], NOW)
    assert (kept.how, private) == (restore_signing.KEPT, None)
    assert kept.retired_here == (signing.fingerprint(_pub(keys.k2)),)
    assert [(k.public_key, k.retired_at) for k in kept.retired] == [
        (unb64(keys.header.signing_public_key), REKEY), (_pub(keys.k2), NOW)]


@pytest.mark.parametrize(("claimed", "retired_at"), [
    (REKEY, REKEY),  # the date the unread copy gives
    ("2025-01-01T00:00:00+00:00", BACKUP),  # never before the backup, when the key was in use
    ("2027-01-01T00:00:00+00:00", NOW),  # never after the restore
])
def test_an_unread_copy_is_believed_only_to_refuse_more(keys: Keys, claimed: str, retired_at: str) -> None:
    unread = _replaced(keys.header, keys.k1, claimed)
    kept, private = restore_signing.decide(keys.header, BACKUP, [], [("unread", unread)], NOW)
    assert kept.how == restore_signing.NEW and private not in (None, keys.k1)
    assert private is not None and kept.fingerprint == signing.fingerprint(_pub(private))
    # Its own key in use vouches for nothing: only the backup's key is listed, at the clamped date.
    assert [(k.public_key, k.retired_at) for k in kept.retired] == [(unb64(keys.header.signing_public_key),
                                                                     retired_at)]


def test_an_unread_copy_naming_another_key_changes_nothing(keys: Keys) -> None:
    other = _replaced(keys.header, keys.k1, REKEY).with_changes(settings={})  # no retirement of the backup's said
    kept, private = restore_signing.decide(keys.header, BACKUP, [], [("unread", other)], NOW)
    assert (kept.how, private, kept.retired) == (restore_signing.KEPT, None, ())


def test_a_retired_key_is_never_made_the_key_in_use(vault: Vault) -> None:
    from vault_app.domain.errors import InvalidInput

    k0 = vault.public_key
    later = signing.new_signing_key()
    retired = [signing_keys.RetiredKey(k0, CREATED, REKEY)]
    with pytest.raises(InvalidInput):
        vault.adopt_signing_key(None, retired)  # K0 in use stays, and is listed as retired
    vault.adopt_signing_key(later, retired)
    assert vault.public_key == _pub(later) and signing_keys.retired(vault.header) == retired
    assert signing.verify(vault.public_key, b"x", vault.sign(b"x"))


@pytest.mark.parametrize(("kind", "category"), [
    ("vault.rekeyed", "rekeyed"),  # Replace every key: not "housekeeping (backups, unlocks, checks)"
    ("vault.rekey_started", "housekeeping"),
    ("vault.unlocked", "housekeeping"),
    ("backup.created", "housekeeping"),
])
def test_a_replacement_of_every_key_is_counted_as_what_it_is(kind: str, category: str) -> None:
    from vault_app.services import restore_carried

    assert restore_carried.category(kind) == category
    assert category in restore_carried.NOT_RECORDS  # no record left behind in the safety copy
