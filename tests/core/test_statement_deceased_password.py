"""A statement for a client who has died: whoever gets the PDF's password, it is not the client. After the
death the personal representative is the executor or administrator of the estate (45 CFR 164.502(g)(4)).
Found by a walker closing her practice (wclose F8): `superbill CLIENT --kind statement` for a deceased client
said "Give the client the PDF password separately". The rule: domain/decedent.password_to, table-driven."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.decedent import PASSWORD_TO_CLIENT, PASSWORD_TO_ESTATE, PASSWORD_TO_GUARDIAN, password_to
from vault_app.services import clients, sessions
from vault_app.services.vault import Vault

# (citation, addressed to a guardian, died how many days before the PDF (None: living), who gets the password)
ROWS = [
    ("45 CFR 164.524(c)", False, None, PASSWORD_TO_CLIENT),
    ("45 CFR 164.502(g)(4)", False, 2, PASSWORD_TO_ESTATE),
    ("45 CFR 164.502(g)(4)", False, 0, PASSWORD_TO_ESTATE),  # died that day
    ("45 CFR 164.502(g)(4)", True, 2, PASSWORD_TO_GUARDIAN),  # addressed to the executor recorded
    ("45 CFR 164.502(g)(2)-(3)", True, None, PASSWORD_TO_GUARDIAN),
]


@pytest.mark.parametrize(("citation", "to_guardian", "died_days_before", "said"), ROWS)
def test_who_gets_the_password(citation: str, to_guardian: bool, died_days_before: int | None, said: str) -> None:
    on = fx.today()
    died = None if died_days_before is None else on - timedelta(days=died_days_before)
    assert password_to(to_guardian, died, on) == said


def test_a_deceased_clients_statement_names_the_executor_for_the_password(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fx.set_practice(vault)
    made = clients.create_client(vault, "Harold Finch", chart_number="HF-1")
    sessions.add_session(vault, made.client_id, date=fx.days_ago(10).isoformat(), duration_minutes=45)
    clients.update_client_reporting(vault, made.client_id, died_on=fx.days_ago(2))
    folder = vault.folder
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PDF_PASSWORD", fx.PASSWORD)
    run = cli(capsys, monkeypatch, "superbill", "HF-1", "--kind", "statement", "--from",
              fx.days_ago(30).isoformat(), "--to", fx.today().isoformat(), "--out", str(tmp_path / "s.pdf"),
              "--vault", str(folder))
    assert run.code == 0, run.err
    assert "Give the client" not in run.out, run.out
    assert "executor or administrator" in run.out and "164.502(g)(4)" in run.out, run.out
    data = cli(capsys, monkeypatch, "superbill", "HF-1", "--kind", "statement", "--from",
               fx.days_ago(30).isoformat(), "--to", fx.today().isoformat(), "--out", str(tmp_path / "t.pdf"),
               "--vault", str(folder), "--json").json()
    assert data["password_to"] == PASSWORD_TO_ESTATE
