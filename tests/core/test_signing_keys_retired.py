"""services/signing_keys.py's pure parts: which times count as after a key's retirement, and a
list of retired keys that is not well formed vouching for nothing."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from vault_app.crypto import signing
from vault_app.services import signing_keys
from vault_app.services.signing_keys import RetiredKey
from vault_app.services.vault import Vault
from vault_app.storage import header as header_io

KEY = RetiredKey(b"\x01" * 32, "2025-01-02T03:04:05+00:00", "2026-12-01T10:00:00.123456+00:00")


@pytest.mark.parametrize(("signed_at", "after"), [
    ("2026-12-01T09:59:59+00:00", False),
    ("2026-12-01T10:00:00.123456+00:00", False),  # the same moment: not after
    ("2026-12-01T10:00:01+00:00", True),
    ("2026-12-01T05:00:01-05:00", True),  # another zone, the same instant as 10:00:01 UTC
    ("2026-12-01T10:00:01Z", True),
    ("2026-12-01T09:00:00", False),  # no zone: read as UTC
    ("2026-11-30", False),
    ("not a time", True),  # unreadable: the retired key does not vouch for it
    (None, True),
    (12, True),
])
def test_signed_after_retirement(signed_at: object, after: bool) -> None:
    assert signing_keys.signed_after_retirement(KEY, signed_at) is after


def test_retired_entries_not_well_formed_vouch_for_nothing(vault: Vault, tmp_path: Path) -> None:
    good = {"public_key": base64.b64encode(b"\x02" * 32).decode(), "in_use_from": "a", "retired_at": "b"}
    settings = {signing_keys.SETTING: [good, {"public_key": "not base64!"}, {"public_key": good["public_key"]},
                                       {**good, "public_key": base64.b64encode(b"short").decode()}, "a string"]}
    header = vault.header.with_changes(settings=settings)
    assert [k.public_key for k in signing_keys.retired(header)] == [b"\x02" * 32]
    assert signing_keys.retired(vault.header.with_changes(settings={signing_keys.SETTING: "nonsense"})) == []


def test_with_replaced_keeps_every_earlier_key_with_its_dates(vault: Vault) -> None:
    first = header_io.unb64(vault.header.signing_public_key)
    second, third = (signing.public_key(signing.new_signing_key()) for _ in range(2))
    header = signing_keys.with_replaced(vault.header, second, "2026-01-01T00:00:00+00:00")
    header = signing_keys.with_replaced(header, third, "2026-06-01T00:00:00+00:00")
    assert signing_keys.known(header) == [third, second, first]
    [a, b] = signing_keys.retired(header)
    assert (a.public_key, a.in_use_from, a.retired_at) == (first, vault.header.created, "2026-01-01T00:00:00+00:00")
    assert (b.public_key, b.in_use_from, b.retired_at) == (second, a.retired_at, "2026-06-01T00:00:00+00:00")
