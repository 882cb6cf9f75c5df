"""A new recovery key never prints an obscene or violent group (walker wround2 #2: a random key from
`rekey` spelled "...-FUCK-..." on a kit that goes into a professional will). Such a draw is made
again; what is parsed is untouched (an older kit with such a group still opens its vault)."""

from __future__ import annotations

import base64

import pytest

from vault_app.crypto import keys


def _secret_spelling(group: str) -> bytes:
    """32 bytes whose formatted key has `group` as its second group."""
    text = "AAAA" + group + "A" * 48  # 56 base32 characters: 35 bytes, the first 32 taken
    return base64.b32decode(text)[: keys.KEY_LEN]


@pytest.mark.parametrize("group", sorted(keys.UNSEEMLY_GROUPS))
def test_a_key_spelling_an_unseemly_group_is_drawn_again(group: str, monkeypatch: pytest.MonkeyPatch) -> None:
    bad, good = _secret_spelling(group), _secret_spelling("ABCD")
    assert keys.format_recovery_key(bad).split("-")[1] == group  # the case in point
    assert not keys.seemly(keys.format_recovery_key(bad)) and keys.seemly(keys.format_recovery_key(good))
    draws = iter([bad, bad, good])
    monkeypatch.setattr(keys.secrets, "token_bytes", lambda n: next(draws))
    assert keys.new_recovery_secret() == good


def test_an_older_kit_with_such_a_group_still_parses() -> None:
    secret = _secret_spelling("FUCK")
    assert keys.parse_recovery_key(keys.format_recovery_key(secret)) == secret


def test_the_groups_are_base32_words() -> None:
    alphabet = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert all(len(group) == 4 and set(group) <= alphabet for group in keys.UNSEEMLY_GROUPS)
