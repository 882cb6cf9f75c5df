"""Compliance records outlive a chart (45 CFR 164.530(j)(2), 164.508(b)(6), 164.528): the retention
table, then a chart destroyed after disclosures, its accounting still produced, its records kept until
their own dates with no clinical text, and destroyed later with their own certificate."""

from __future__ import annotations

import base64
import json
from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.core.request_recorded_then import recorded_then
from tests.core.test_gate_table import auth as gate_auth
from vault_app.crypto import chain, signing
from vault_app.domain.authorization import Revocation
from vault_app.domain.compliance import ComplianceRecord, authorization_last_effective, destroyable, keep_until
from vault_app.domain.errors import NotFound
from vault_app.services import accounting, attachments, clients, compliance, destruction, export, requests
from vault_app.services.vault import Vault
from vault_app.storage import compliance_store

DESTROYED = date(2026, 12, 1)

# (citation, record, created, last effective, kept until)
KEEP_ROWS = [
    ("45 CFR 164.530(j)(2)", "letter", date(2024, 3, 1), None, date(2030, 3, 1)),
    ("45 CFR 164.530(j)(2)", "request decided later", date(2024, 3, 1), date(2024, 4, 20), date(2030, 4, 20)),
    ("45 CFR 164.508(b)(6)", "authorization revoked", date(2024, 1, 2), date(2025, 2, 1), date(2031, 2, 1)),
    ("45 CFR 164.530(j)(2)", "created after its date", date(2024, 5, 1), date(2024, 1, 1), date(2030, 5, 1)),
]


@pytest.mark.parametrize(("citation", "what", "created", "last", "until"), KEEP_ROWS, ids=[r[1] for r in KEEP_ROWS])
def test_keep_until_table(citation: str, what: str, created: date, last: date | None, until: date) -> None:
    assert keep_until(created, last) == until


# (citation, authorization state, last effective)
LAST_ROWS = [
    ("45 CFR 164.508(b)(5)", {"revocation": Revocation(date(2024, 6, 1))}, date(2024, 6, 1)),
    ("45 CFR 164.508(c)(1)(v)", {"expires_on": date(2024, 12, 31)}, date(2024, 12, 31)),
    ("45 CFR 164.508(c)(1)(v)", {"expires_on": None, "expiration_event": "end of treatment",
                                 "event_occurred_on": date(2025, 3, 1)}, date(2025, 3, 1)),
    ("45 CFR 164.530(j)(2)", {"expires_on": date(2030, 1, 1)}, DESTROYED),
]


@pytest.mark.parametrize(("citation", "changes", "last"), LAST_ROWS, ids=[r[0] for r in LAST_ROWS])
def test_authorization_last_effective_table(citation: str, changes: dict[str, object], last: date) -> None:
    assert authorization_last_effective(gate_auth(**changes), DESTROYED) == last


def _kept(subject: str, kind: str, until: date) -> ComplianceRecord:
    return ComplianceRecord(f"{kind}:{subject}", subject, f"C-{subject}", kind, date(2010, 1, 1), until)  # type: ignore[arg-type]


# (citation, records kept, purged on 2026-12-01): the identity goes only with the last record naming it
DESTROYABLE_ROWS = [
    ("45 CFR 164.530(j)(2)", [("a", "request", date(2020, 1, 1)), ("a", "client_identity", date(2020, 1, 1))],
     ["request:a", "client_identity:a"]),
    ("45 CFR 164.528", [("a", "request", date(2020, 1, 1)), ("a", "letter", date(2031, 1, 1)),
                        ("a", "client_identity", date(2020, 1, 1))], ["request:a"]),
    ("45 CFR 164.530(j)(2)", [("a", "request", date(2026, 12, 1)), ("b", "authorization", date(2026, 12, 2)),
                              ("b", "client_identity", date(2020, 1, 1))], ["request:a"]),
    ("45 CFR 164.530(j)(2)", [("a", "letter", date(2030, 1, 1))], []),
]


@pytest.mark.parametrize(("citation", "kept", "taken"), DESTROYABLE_ROWS, ids=[str(i) for i in range(4)])
def test_what_a_purge_takes_table(citation: str, kept: list[tuple[str, str, date]], taken: list[str]) -> None:
    assert [r.record_id for r in destroyable([_kept(*k) for k in kept], DESTROYED)] == taken


def _chart_with_history(vault: Vault, tmp_path: Path) -> tuple[fx.Chart, str, str]:
    chart = fx.make_chart(vault, n=2, with_psychotherapy=True)
    auth = fx.add_auth(vault, chart.client_id)
    export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth.id),
                  out=tmp_path / "x.pdf", password=fx.PASSWORD)
    order = attachments.add_attachment(vault, chart.client_id, fx.SCAN, kind="court_order", filename="order.pdf")
    court = {"judge": "Hon. A. Judge", "court": "Superior Court", "case_number": "24-CV-1",
             "order_date": fx.days_ago(5).isoformat(), "covers": ["progress"],
             "order_attachment_id": order.attachment_id}
    export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[1],), basis="court_order",
                                    evidence=court, recipient=fx.Recipient("Superior Court Clerk", "100 Court St"),
                                    purpose="court order in case 24-CV-1"),
                  out=tmp_path / "c.pdf", password=fx.PASSWORD)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(20))
    requests.deny_request(vault, q.id, grounds=["psychotherapy_notes"], granted="progress notes",
                          denied="psychotherapy notes")
    return chart, auth.id, clients.get_client(vault, chart.client_id).chart_number


def test_a_destroyed_charts_compliance_records_are_kept(psy_vault: Vault, tmp_path: Path) -> None:
    vault = psy_vault
    chart, auth_id, number = _chart_with_history(vault, tmp_path)
    before = date.today()
    cert = destruction.destroy(vault, number, basis="override", confirm=number,
                               override_reason="records transferred under the closure plan")
    # The day the app dated the destruction: today's, or (a run crossing midnight) the next.
    destroyed_on = {before, date.today()}
    assert cert["verification"]["result"] == "passed"
    kept_summary = cert["extra"]["compliance_records_kept"]
    assert kept_summary["counts"] == {"authorization": 1, "client_identity": 1, "disclosure_evidence": 1,
                                      "letter": 1, "request": 1}
    with pytest.raises(NotFound):
        clients.get_client(vault, chart.client_id)

    kept = {r.kind: r for r in compliance.records_for(vault, chart.client_id)}
    assert kept["authorization"].body["id"] == auth_id
    # Still in effect until the destruction: six years from that day (164.530(j)(2)).
    assert kept["authorization"].keep_until in {keep_until(fx.days_ago(100), day) for day in destroyed_on}
    assert base64.b64decode(kept["authorization"].attachment_b64 or "") == fx.SCAN, "the signed form is kept"
    assert kept["disclosure_evidence"].body["evidence"]["case_number"] == "24-CV-1"
    assert "psychotherapy notes" in kept["letter"].body["body"]
    # No clinical text: no note, no psychotherapy note, anywhere in what is kept.
    stored = b"".join(compliance_store.contents(vault.records))
    for marker in chart.progress_markers + chart.psychotherapy_markers:
        assert marker.encode() not in stored

    # The accounting of disclosures for the destroyed chart is still produced, from the ledger.
    report = accounting.produce(vault, chart.client_id, out=tmp_path / "acc.pdf", password=fx.PASSWORD)
    assert [line.first.recipient.name for line in report.accounting.lines] == ["Superior Court Clerk"]
    text = " ".join(fx.pdf_text(tmp_path / "acc.pdf"))
    assert f"destroyed chart {number}" in text and "Superior Court Clerk" in text

    # Later, past their own date, they are destroyed with their own signed certificate.
    with pytest.raises(NotFound, match="reached its retention date"):
        compliance.destroy_due(vault, confirm=True)
    signed = compliance.destroy_due(vault, confirm=True, on=date(fx.today().year + 7, 12, 31),
                                    json_path=tmp_path / "compliance-cert.json")
    ids = sorted(r["record_id"] for r in signed["certificate"]["records"])
    assert ids == sorted(r.record_id for r in kept.values())
    assert signing.verify(base64.b64decode(signed["public_key"]), chain.canonical(signed["certificate"]),
                          base64.b64decode(signed["signature"]))
    assert json.loads((tmp_path / "compliance-cert.json").read_text())["certificate"]["records"]
    assert compliance.records_for(vault, chart.client_id) == []
    with pytest.raises(NotFound):
        accounting.build(vault, chart.client_id)


def test_cli_accounting_for_a_destroyed_chart(psy_vault: Vault, vault_dir: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _, _, number = _chart_with_history(psy_vault, tmp_path)
    psy_vault.lock()
    v = ["--vault", str(vault_dir)]
    done = cli(capsys, monkeypatch, "destroy", *v, "--client", number, "--basis", "override", "--override-reason",
               "records transferred under the closure plan", "--confirm", number)
    assert done.code == 0, done.err
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD)
    acc = cli(capsys, monkeypatch, "accounting", *v, "--client", number, "--out", str(tmp_path / "a.pdf"),
              "--pdf-password-file", str(pw))
    assert acc.code == 0, acc.err
    listed = cli(capsys, monkeypatch, "compliance", "list", *v, "--json").json()
    assert {r["kind"] for r in listed} >= {"authorization", "disclosure_evidence", "letter"}
    assert all(r["chart_number"] == number for r in listed)
    early = cli(capsys, monkeypatch, "compliance", "destroy-due", *v, "--confirm")
    assert early.code == 8


def test_cli_dashboard_lists_the_records_due_that_destroy_due_takes(
        psy_vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """It gave a count and named none; the records it lists are the ones destroy-due takes."""
    recorded_then(monkeypatch, date(2013, 3, 1))  # the 2013 request recorded the day it came
    numbers = []
    for name, received in (("Ida Oldrequest", date(2013, 3, 1)), ("Rae Recentrequest", date.today())):
        client = clients.create_client(psy_vault, name, date_of_birth="1970-01-01")
        q = requests.add_request(psy_vault, client.client_id, kind="access", received_on=received)
        requests.grant_request(psy_vault, q.id, decided_on=received, granted="full copy")
        destruction.destroy(psy_vault, client.chart_number, basis="override", confirm=client.chart_number,
                            override_reason="Duplicate chart created in error")
        numbers.append(client.chart_number)
    psy_vault.lock()
    v = ["--vault", str(vault_dir)]
    board = cli(capsys, monkeypatch, "dashboard", *v)
    assert board.code == 0, board.err
    assert (f"Compliance records past their date (2; vault-app compliance destroy-due --confirm destroys them):\n"
            f"  chart {numbers[0]} client identity, kept until March 1, 2019\n"
            f"  chart {numbers[0]} request, kept until March 1, 2019") in board.out
    due = cli(capsys, monkeypatch, "compliance", "list", *v, "--due", "--json").json()
    assert sorted(r["kind"] for r in due) == ["client_identity", "request"]
    assert {r["chart_number"] for r in due} == {numbers[0]}


def test_a_suspension_in_force_still_hides_after_the_destruction(psy_vault: Vault, tmp_path: Path) -> None:
    """45 CFR 164.528(a)(2): the agency's suspension outlives the chart while it is in force."""
    vault = psy_vault
    chart = fx.make_chart(vault, n=1)
    police = fx.Recipient("State Police", "1 HQ Rd")
    for who in (police, fx.Recipient("County CPS", "9 Oak Ave")):
        export.record_manual(vault, fx.request(
            chart.client_id, basis="required_by_law", manual=True, recipient=who, purpose="mandated report",
            evidence={"law_kind": "child_abuse_report", "agency": who.name}, on=fx.days_ago(5)),
            description="verbal report")
    accounting.add_suspension(vault, chart.client_id, agency="State Police", starts_on=fx.days_ago(2),
                              ends_on=fx.days_ago(-60), reference="letter 7")
    number = clients.get_client(vault, chart.client_id).chart_number
    destruction.destroy(vault, number, basis="override", confirm=number,
                        override_reason="records transferred under the closure plan")
    acc = accounting.build(vault, chart.client_id)
    assert [line.first.recipient.name for line in acc.lines] == ["County CPS"]
    assert acc.hidden_by_suspension == 1
