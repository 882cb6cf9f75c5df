from vault_app.services.vault import Vault


def test_vault_fixture_unlocks(vault: Vault) -> None:
    assert vault.is_open
    assert vault.ledger.head().seq >= 1
