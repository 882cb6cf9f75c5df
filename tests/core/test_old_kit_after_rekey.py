"""The Emergency Kit from before a Replace every key, given to this vault's recovery: refused (the
replacement made a new kit), with words that say so. Found by a walker: the refusal said "Check the
Emergency Kit printed when this vault was created", which is the very kit that no longer opens it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import WrongRecoveryKey
from vault_app.services.vault import create_vault, recover_vault
from vault_app.services.vault_rekey_runners import replace_here


def test_the_kit_from_before_a_replacement_is_refused_with_the_newest_kit_named(
        tmp_path: Path, kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    old_kit = made.recovery_key
    new_kit = replace_here(made.vault, PASSPHRASE).recovery_key
    made.vault.lock()
    with pytest.raises(WrongRecoveryKey) as refused:
        recover_vault(folder, old_kit, "a brand new passphrase 77", params=kdf_params, use_device_secret=False)
    said = f"{refused.value.message} {refused.value.hint}"
    assert refused.value.code == "recovery_key.other_vault"
    assert "when this vault was created" not in said
    assert "most recent" in said and "Replace every key" in said
    # The newest kit opens it.
    recover_vault(folder, new_kit, "a brand new passphrase 77", params=kdf_params, use_device_secret=False).lock()
