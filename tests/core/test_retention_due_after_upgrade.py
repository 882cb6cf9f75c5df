"""The stored "eligible for destruction on" dates (services/retention_due.py) follow the app's own
rule at the next unlock after an upgrade changed it (a state rule's floor raised, a preset's first
day): the stored policy was compared only after a save of the practice profile, so a vault upgraded
kept its charts' old dates until the therapist next saved the profile (found by a lead). Real vault
files reopened as a new version of the app opens them; the raw writes stand for what the older
version stored."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.test_retention_due import _check, practice_charts  # noqa: F401  (the fixture)
from vault_app.domain.retention import evaluate
from vault_app.services import clients, retention
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import retention_due as store


def test_dates_stored_under_the_rule_of_an_older_version_follow_at_the_next_unlock(
        vault: Vault, vault_dir: Path, practice_charts: dict[str, str]) -> None:  # noqa: F811
    old = practice_charts["old adult"]
    raw = vault.records.raw_connection
    # What an older version stored: its own fingerprint of the rule, and a date under it, both current.
    raw.execute("UPDATE retention_due_policy SET policy = '[1, 0, 18]', checked = 1")
    raw.execute("UPDATE clients SET retention_due_on = '2011-05-06', retention_stale = 0 WHERE client_id = ?",
                (old,))
    vault.lock()
    with open_vault(vault_dir, PASSPHRASE) as reopened:
        policy = retention.policy(reopened)
        [facts] = [f for f in retention.chart_facts(reopened) if f.client_id == old]
        right = evaluate(facts, policy).eligible_on
        assert right is not None and right.isoformat() != "2011-05-06"
        assert store.stored(reopened.records)[old] == (right.isoformat(), False)  # at the unlock, nothing saved
        clients.create_client(reopened, "Next Write")
        _check(reopened)
