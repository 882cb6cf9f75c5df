"""`vault-app payment add` and `payment list` say a credit as one (the real CLI on a real vault):
found printing "Balance: -$40.00" and "Balance now -$40.00." for a client who had paid more
than was charged, the way a statement must never say it (domain/statement.balance_words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.cli.main import run
from vault_app.services import billing, clients, sessions
from vault_app.services.vault import Vault


def _cli(vault_dir: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    code = run([*argv, "--vault", str(vault_dir)])
    captured = capsys.readouterr()
    assert code == 0, (argv, captured.err)
    return captured.out


@pytest.mark.parametrize(("paid", "added", "listed"), [
    ("100", "Balance now $80.00.", "Balance: $80.00"),
    ("180", "Balance now $0.00.", "Balance: $0.00"),
    ("220", "Credit now $40.00.", "Credit: $40.00"),
])
def test_a_credit_is_said_as_one(vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch, paid: str, added: str, listed: str) -> None:
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth="1979-06-01")
    billing.set_scheduled_fee(vault, "90837", "180.00")
    sessions.add_session(vault, client.client_id, date="2026-03-02", duration_minutes=55)
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)
    out = _cli(vault_dir, capsys, "payment", "add", "TE-3", "--date", "2026-03-09", "--amount", paid,
               "--method", "check")
    assert out.rstrip().endswith(added), out
    out = _cli(vault_dir, capsys, "payment", "list", "TE-3")
    assert out.rstrip().splitlines()[-1] == listed, out
