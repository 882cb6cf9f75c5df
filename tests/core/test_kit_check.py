"""services/kit_check.kit_opens, both sides, on real vault files with real crypto: the vault's own
kit opens it (typed any way the paper allows); another vault's kit, the kit from before Replace
every key, and input that is no key do not, and the check writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain.errors import WrongRecoveryKey
from vault_app.services.kit_check import kit_opens
from vault_app.services.vault import CreatedVault, create_vault


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("typed", [
    lambda k: k, lambda k: k.lower(), lambda k: k.replace("-", " "), lambda k: f"  {k}\n",
])
def test_the_vaults_own_kit_opens_it(created: CreatedVault, typed) -> None:  # type: ignore[no-untyped-def]
    folder = created.vault.folder
    created.vault.lock()
    before = _files(folder)
    assert kit_opens(folder, typed(created.recovery_key)) is True
    assert _files(folder) == before, "a check changes nothing"


def test_another_vaults_kit_does_not(created: CreatedVault, tmp_path: Path) -> None:
    other = create_vault(tmp_path / "other", PASSPHRASE, params=OWASP_FLOOR)
    other.vault.lock()
    assert kit_opens(created.vault.folder, other.recovery_key) is False


@pytest.mark.parametrize(("typed", "code"), [
    ("not a key !!", "recovery_key.length"),
    ("ABCD-EFGH", "recovery_key.length"),
])
def test_what_is_no_key_is_refused_with_its_reason(created: CreatedVault, typed: str, code: str) -> None:
    with pytest.raises(WrongRecoveryKey) as refused:
        kit_opens(created.vault.folder, typed)
    assert refused.value.code == code
    assert typed not in str(refused.value), "the typed text is never in the message"


def test_the_kit_from_before_replace_every_key_does_not_and_the_new_one_does(created: CreatedVault) -> None:
    from vault_app.services.vault_rekey_runners import replace_here

    old_kit = created.recovery_key
    new_kit = replace_here(created.vault, PASSPHRASE).recovery_key
    folder = created.vault.folder
    created.vault.lock()
    assert kit_opens(folder, old_kit) is False
    assert kit_opens(folder, new_kit) is True
