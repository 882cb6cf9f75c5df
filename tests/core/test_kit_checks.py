"""When the vault's Emergency Kit was made and last found to open it (services/kit_check.py): a
check that opens the vault is written in the ledger (no key in it), a key that does not is not;
a recovery with the kit proves it too; Replace every key makes a new kit, not checked until it
is. Real vaults, real crypto, the real ledger."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.domain.errors import WrongRecoveryKey
from vault_app.services import kit_check, vault_rekey_runners
from vault_app.services.kit_check import CHECKED, check_kit, checks
from vault_app.services.vault import CreatedVault, recover_vault


def test_a_check_that_opens_the_vault_is_remembered_and_a_new_kit_starts_unchecked(created: CreatedVault,
                                                                                   vault_dir: Path) -> None:
    vault, kit = created.vault, created.recovery_key
    made = vault.ledger.entries(kinds=("vault.created",))[0].time
    assert checks(vault) == kit_check.KitChecks(made, "")
    other = "B" * len(kit.replace("-", ""))
    assert check_kit(vault, kit.replace("-", " ").lower())
    [entry] = vault.ledger.entries(kinds=(CHECKED,))
    assert entry.payload == {}, "nothing of the key is written"
    assert checks(vault) == kit_check.KitChecks(made, entry.time)
    new_kit = vault_rekey_runners.replace_here(vault, PASSPHRASE).recovery_key
    rekeyed = vault.ledger.entries(kinds=("vault.rekeyed",))[-1].time
    assert checks(vault) == kit_check.KitChecks(rekeyed, ""), "the old kit's check is not the new kit's"
    assert not check_kit(vault, kit)  # the kit from before: not this vault's kit now
    assert checks(vault).checked_at == ""
    vault.lock()
    recovered = recover_vault(vault_dir, new_kit, "a new passphrase for the recovered vault 42", params=None)
    try:
        used = recovered.ledger.entries(kinds=("vault.recovered",))[-1].time
        assert checks(recovered) == kit_check.KitChecks(rekeyed, used), "a recovery with it proved the kit"
        with pytest.raises(WrongRecoveryKey):
            check_kit(recovered, other)  # what was typed is no key: said, nothing written
        assert checks(recovered).checked_at == used
    finally:
        recovered.lock()
