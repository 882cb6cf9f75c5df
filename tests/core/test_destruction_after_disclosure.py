"""A chart that had disclosures is destroyed and verifies at once (the ledger keeps the recipient and
purpose for the accounting by design, 45 CFR 164.528(b)(2)); a destroyed chart's number is never
given out again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import InvalidInput
from vault_app.services import clients, destruction, export
from vault_app.services.vault import Vault


def _disclosed_chart(vault: Vault, tmp_path: Path) -> tuple[fx.Chart, str]:
    chart = fx.make_chart(vault, n=2, with_psychotherapy=True)
    auth = fx.add_auth(vault, chart.client_id)
    export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth.id),
                  out=tmp_path / "x.pdf", password=fx.PASSWORD)
    export.record_manual(vault, fx.request(
        chart.client_id, basis="required_by_law", manual=True, recipient=fx.Recipient("County CPS", "9 Oak Ave"),
        purpose="mandated report", evidence={"law_kind": "child_abuse_report", "agency": "County CPS"}),
        description="verbal report")
    return chart, clients.get_client(vault, chart.client_id).chart_number


def test_destroying_a_disclosed_chart_verifies(psy_vault: Vault, tmp_path: Path) -> None:
    chart, number = _disclosed_chart(psy_vault, tmp_path)
    cert = destruction.destroy(psy_vault, number, basis="override", confirm=number,
                               override_reason="records transferred under the closure plan")
    verification = cert["verification"]
    assert verification["result"] == "passed" and verification["content_search"]["found"] == []
    assert verification["content_search"]["short_values_kept_in_ledger_entries"] >= 2  # recipient, purpose
    ledger = b"".join(row.payload for row in psy_vault.ledger.store.iter_from(1))
    assert b"Alex Testclient" not in ledger, "the client's name never reaches the ledger"
    for marker in chart.progress_markers + chart.psychotherapy_markers:
        assert marker.encode() not in ledger
    assert not [e for e in psy_vault.ledger.entries() if e.kind == "destruction.failed"]


def test_a_destroyed_chart_number_is_never_reused(psy_vault: Vault, tmp_path: Path) -> None:
    first = clients.create_client(psy_vault, "Kept Client")
    _, number = _disclosed_chart(psy_vault, tmp_path)
    destruction.destroy(psy_vault, number, basis="override", confirm=number,
                        override_reason="records transferred under the closure plan")
    new = clients.create_client(psy_vault, "Next Client")
    assert new.chart_number not in (first.chart_number, number)
    assert number in clients.retired_chart_numbers(psy_vault)
    with pytest.raises(InvalidInput, match="destroyed chart"):
        clients.create_client(psy_vault, "Another Client", chart_number=number)
    with pytest.raises(InvalidInput, match="destroyed chart"):
        clients.update_client(psy_vault, first.client_id, chart_number=number)


def test_cli_destroy_after_disclosure_and_number_refused(psy_vault: Vault, vault_dir: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _, number = _disclosed_chart(psy_vault, tmp_path)
    psy_vault.lock()
    v = ["--vault", str(vault_dir)]
    done = cli(capsys, monkeypatch, "destroy", *v, "--client", number, "--basis", "override", "--override-reason",
               "records transferred under the closure plan", "--confirm", number)
    assert done.code == 0, done.err
    assert "Destroyed and verified" in done.out
    reused = cli(capsys, monkeypatch, "client", "add", "Other Person", "--chart-number", number, *v)
    assert reused.code == 2 and "never reused" in reused.err
