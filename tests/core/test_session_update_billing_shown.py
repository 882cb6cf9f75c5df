"""`vault-app session update` says a session's billing as `session list` says it, by one function
(cli/session_commands.billing_shown: the account's word, services/billing.session_billing). Found:
`session update --cpt …` on a session an issued superbill lists printed "unbilled" (the mark by
hand) where `session list` said "billed (superbill issued)". Real vault, a real issued superbill,
the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_in_process
from tests.core.disclosure_fixtures import PASSWORD
from tests.core.payable_practice import payable
from vault_app.services import billing, clients, sessions, superbill
from vault_app.services.vault import Vault


def _said_state(out: str) -> str:
    """The billing state an update's first line ends with (after its CPT code)."""
    return out.splitlines()[0].split(", CPT ", 1)[1].split(", ", 1)[1]


def _listed_state(vault_dir: Path, number: str, session_id: str) -> tuple[str, str]:
    listed = cli_in_process("--vault", str(vault_dir), "session", "list", number)
    assert listed.code == 0, listed.err
    line = next(x for x in listed.out.splitlines() if x.startswith(session_id))
    rows = cli_in_process("--vault", str(vault_dir), "session", "list", number, "--json").json()
    return line, next(r["billing_shown"] for r in rows if r["session_id"] == session_id)


@pytest.mark.parametrize(("how", "words"), [
    ("superbill", "billed (superbill issued)"),
    ("marked_paid", "marked paid, not in the account"),
    ("part_paid", "part paid"),
])
def test_update_says_the_billing_session_list_says(vault: Vault, vault_dir: Path, tmp_path: Path, how: str,
                                                   words: str) -> None:
    payable(vault)
    client = clients.create_client(vault, "Verity Lane", chart_number="VL-1")
    for cpt in ("90837", "90834"):  # the code corrected below keeps a fee: the account's word stays
        billing.set_scheduled_fee(vault, cpt, "150")
    s = sessions.add_session(vault, client.client_id, date="2026-11-02", duration_minutes=53, icd10_codes=["F43.0"],
                             billing_status="paid" if how == "marked_paid" else "unbilled")
    if how == "superbill":
        superbill.issue(vault, client.client_id, first="2026-11-01", last="2026-11-20", out=tmp_path / "sb.pdf",
                        password=PASSWORD)
    if how == "part_paid":
        billing.record_payment(vault, client.client_id, amount="50", paid_on="2026-11-03", method="cash")
    state = billing.session_billing(vault, client.client_id)[s.session_id]
    vault.lock()
    line, listed = _listed_state(vault_dir, "VL-1", s.session_id)
    assert line.endswith(words) and listed == state, (line, listed)

    done = cli_in_process("--vault", str(vault_dir), "session", "update", s.session_id, "--cpt", "90834")
    assert done.code == 0, done.err
    assert _said_state(done.out) == words, done.out
    as_json = cli_in_process("--vault", str(vault_dir), "session", "update", s.session_id, "--cpt", "90837", "--json")
    assert as_json.code == 0, as_json.err
    assert as_json.json()["billing_shown"] == state
    assert _listed_state(vault_dir, "VL-1", s.session_id)[1] == state  # the correction billed nothing anew
