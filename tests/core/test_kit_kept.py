"""An Emergency Kit never kept is said until it is (services/kit_kept.py). Found in the real
app: "Leave anyway" on the first-run wizard's kit page (or the app stopped there), and the
vault went on with no way back in for a forgotten passphrase, without a word again."""

from __future__ import annotations

from tests.conftest import PASSPHRASE, reopen
from vault_app.services import kit_kept, reminders
from vault_app.services.vault import Vault
from vault_app.services.vault_rekey_runners import replace_here


def test_a_vault_that_says_nothing_is_not_nagged(vault: Vault) -> None:
    # `vault-app init` (its key written to a file or shown) and every vault made before.
    assert not kit_kept.missing(vault)
    assert reminders.standing(vault) is None


def test_a_kit_not_kept_is_said_at_every_unlock_until_a_new_one_is_shown(vault: Vault) -> None:
    kit_kept.not_kept_yet(vault)
    folder = vault.folder
    vault.lock()
    again = reopen(folder)
    try:
        assert reminders.standing(again) == kit_kept.REMINDER
        said = reminders.after_unlock(again)
        assert said is not None and "no Emergency Kit kept" in said and "Replace every key" in said
        assert reminders.after_unlock(again) == said  # standing: said again, not once
        replace_here(again, PASSPHRASE)  # Replace every key: a new kit is shown
        assert not kit_kept.missing(again)
        assert reminders.standing(again) is None
    finally:
        again.lock()
    with reopen(folder) as later:
        assert not kit_kept.missing(later)


def test_the_wizards_checked_kit_clears_it(vault: Vault) -> None:
    kit_kept.not_kept_yet(vault)
    kit_kept.kept(vault)  # what the wizard's Finish does after the kit was typed back
    assert reminders.standing(vault) is None
    assert vault.header.settings[kit_kept.SETTING] == "kept"
