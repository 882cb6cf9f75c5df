"""The day a subpoena or a court order was received (found by a walker: the legal hold offered
after the export was dated the export's day, whenever the subpoena came). The day is recorded
with the basis's evidence (default: the disclosure's day), dates the hold, and the ledger and the
accounting say it; the gate refuses a day after the disclosure or before the chart was opened."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import reopen
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.disclosure_basis import LegalBasis, read_summary
from vault_app.domain.locale_format import date_text
from vault_app.domain.subpoena import received_day, received_problems
from vault_app.services import export, practice
from vault_app.services.vault import Vault
from vault_app.storage import legal_holds

ON = date(2026, 12, 6)
OPENED = date(2026, 3, 2)

# (basis, received, chart opened, the refusal's code or "" when the day stands)
RECEIVED_ROWS: list[tuple[str, str | None, date | None, str]] = [
    ("subpoena", "2026-12-06", OPENED, ""),  # the disclosure's own day
    ("subpoena", "2026-11-20", OPENED, ""),
    ("subpoena", "2026-03-02", OPENED, ""),  # the day the chart was opened
    ("subpoena", "2026-12-07", OPENED, "subpoena.received_later"),
    ("subpoena", "2026-03-01", OPENED, "subpoena.received_before_chart"),
    ("subpoena", "2020-01-01", None, ""),  # opening not known: only the later side is checked
    ("subpoena", None, OPENED, ""),  # not recorded (an older disclosure)
    ("court_order", "2026-12-01", OPENED, ""),
    ("court_order", "2027-01-01", OPENED, "court_order.received_later"),
    ("court_order", "2025-12-31", OPENED, "court_order.received_before_chart"),
    ("required_by_law", "2027-01-01", OPENED, ""),  # no such day for another basis
]
# A court order received before its own date (found by a walker: an order of 12/03 recorded as
# received 12/01 was Allowed and the hold dated 12/01): (basis, order's date, received, code).
ISSUED_ROWS: list[tuple[str, str | None, str, str]] = [
    ("court_order", "2026-12-03", "2026-12-01", "court_order.received_before_issued"),
    ("court_order", "2026-12-03", "2026-12-02", "court_order.received_before_issued"),
    ("court_order", "2026-12-03", "2026-12-03", ""),  # received the day it was signed
    ("court_order", "2026-12-03", "2026-12-05", ""),
    ("court_order", None, "2026-12-01", ""),  # the order's date not recorded: nothing to compare
    ("court_order", "not a date", "2026-12-01", ""),  # the form refuses a malformed date itself
    ("court_order", "2027-01-05", "2027-01-02", "court_order.received_later"),  # later than the disclosure first
    ("subpoena", "2026-12-03", "2026-12-01", ""),  # a subpoena records no date of its own
]


@pytest.mark.parametrize(("kind", "received", "opened", "code"), RECEIVED_ROWS)
def test_the_day_received_is_not_after_the_disclosure_nor_before_the_chart(
        kind: str, received: str | None, opened: date | None, code: str) -> None:
    evidence = {} if received is None else {"received_on": received}
    found = received_problems(kind, evidence, ON, opened)
    assert [p.code for p in found] == ([code] if code else [])


@pytest.mark.parametrize(("kind", "issued", "received", "code"), ISSUED_ROWS)
def test_the_day_received_is_not_before_the_order_s_own_date(
        kind: str, issued: str | None, received: str, code: str) -> None:
    evidence: dict[str, Any] = {"received_on": received}
    if issued is not None:
        evidence["order_date"] = issued
    found = received_problems(kind, evidence, ON, OPENED)
    assert [p.code for p in found] == ([code] if code else [])
    if code == "court_order.received_before_issued":
        assert found[0].params == {"received": date_text(date.fromisoformat(received)),
                                   "issued": date_text(date.fromisoformat(str(issued)))}
        assert "before its own date" in found[0]


@pytest.mark.parametrize(("evidence", "day"), [({"received_on": "2026-11-20"}, date(2026, 11, 20)), ({}, ON)])
def test_the_hold_is_dated_the_day_received_else_the_disclosures(evidence: dict[str, Any], day: date) -> None:
    assert received_day(evidence, ON) == day


SUMMARY_ROWS: list[tuple[str, dict[str, Any], str, str]] = [
    ("subpoena", {"received_on": "2026-11-20"}, "a subpoena with satisfactory assurances, received 2026-11-20",
     "subpoena.received"),
    ("subpoena", {}, "a subpoena with satisfactory assurances", "title"),  # recorded before the day was asked
    ("court_order", {"court": "Superior Court", "case_number": "24-1", "order_date": "2026-11-18",
                     "received_on": "2026-11-20"},
     "court order, Superior Court, case 24-1, 2026-11-18, received 2026-11-20", "court_order.received"),
    ("court_order", {"court": "Superior Court", "case_number": "24-1", "order_date": "2026-11-18"},
     "court order, Superior Court, case 24-1, 2026-11-18", "court_order"),
]


@pytest.mark.parametrize(("kind", "evidence", "summary", "form"), SUMMARY_ROWS)
def test_the_ledger_summary_says_the_day_received_and_reads_back(
        kind: str, evidence: dict[str, Any], summary: str, form: str) -> None:
    assert LegalBasis(kind, evidence).summary() == summary  # type: ignore[arg-type]
    found = read_summary(kind, summary)
    assert found is not None and found[0] == form
    assert found[1].get("received") == evidence.get("received_on")


def _order_export(vault: Vault, tmp_path: Path) -> tuple[str, list[str]]:
    chart = fx.make_chart(vault, n=1)
    scan = tmp_path / "order.pdf"
    scan.write_bytes(fx.SCAN)
    evidence = tmp_path / "order.json"
    evidence.write_text(json.dumps({"judge": "Hon. J", "court": "Superior Court", "case_number": "24-1",
                                    "order_date": fx.days_ago(6).isoformat(), "covers": ["progress"],
                                    "order_file": str(scan)}))
    folder = str(vault.folder)
    vault.lock()
    pw = tmp_path / "pw"
    pw.write_text(fx.PASSWORD)
    return chart.client_id, ["export", "--vault", folder, "--client", chart.client_id, "--notes", chart.progress[0],
                             "--recipient", "Court Clerk", "--purpose", "court order", "--pdf-password-file", str(pw),
                             "--basis", "court_order", "--evidence", str(evidence)]


def test_a_court_order_export_dates_the_hold_and_the_ledger_from_the_day_received(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, base = _order_export(vault, tmp_path)
    folder = base[2]
    came = fx.days_ago(4)
    placed = cli(capsys, monkeypatch, *base, "--received", came.isoformat(), "--out", str(tmp_path / "a.pdf"),
                 "--place-hold")
    assert placed.code == 0, placed.err
    opened = reopen(Path(folder))
    try:
        day = date_text(came, practice.printing_locale(opened))
        (hold,) = legal_holds.list_holds(opened.records, client_id)
        assert (hold.reason, hold.details) == ("litigation", f"court order {day}")
        (record,) = export.disclosures(opened, client_id)
        assert record.basis_summary.endswith(f", received {came.isoformat()}")
    finally:
        opened.lock()


def test_a_day_received_after_today_is_refused_and_nothing_goes(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _client_id, base = _order_export(vault, tmp_path)
    out = tmp_path / "later.pdf"
    refused = cli(capsys, monkeypatch, *base, "--received", fx.days_ago(-1).isoformat(), "--out", str(out))
    assert refused.code != 0 and "after the day of the disclosure" in refused.err and not out.exists()
    early = cli(capsys, monkeypatch, *base, "--received", "2001-01-01", "--out", str(out))
    assert early.code != 0 and "before this chart was opened" in early.err and not out.exists()
    # the order is dated 6 days ago: received 7 days ago is before a judge signed it
    before = cli(capsys, monkeypatch, *base, "--received", fx.days_ago(7).isoformat(), "--out", str(out))
    assert before.code != 0 and "before its own date" in before.err and not out.exists()


def test_received_belongs_to_a_subpoena_or_a_court_order(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _client_id, base = _order_export(vault, tmp_path)
    other = [*base[:base.index("--basis")], "--basis", "required_by_law", "--received", fx.days_ago(1).isoformat(),
             "--out", str(tmp_path / "x.pdf")]
    refused = cli(capsys, monkeypatch, *other)
    assert refused.code != 0 and "--received" in refused.err


@pytest.mark.parametrize("came_days_ago", [0, 1])  # the chart's note is of yesterday: opened then
def test_a_signed_court_order_decision_s_disclosure_carries_the_day_received(vault: Vault, came_days_ago: int) -> None:
    """A court order signed as a decision: its disclosure's basis said no day received, while the
    hold it offered was dated from the decision's event day (legaldates' leftover): the event day
    is the day the order came, carried as received_on like an export's --received."""
    from tests.core.decision_helpers import complete, make_chart
    from vault_app.services import decisions

    chart = make_chart(vault)
    came = fx.days_ago(came_days_ago)
    draft = decisions.start(vault, chart.client_id, "court_order", occurred_on=came,
                            changes=complete("court_order", chart))
    result = decisions.sign(vault, draft.decision_id)
    (record,) = [r for r in export.disclosures(vault, chart.client_id) if r.disclosure_id == result.disclosure_id]
    assert record.basis_summary.endswith(f", received {came.isoformat()}"), record.basis_summary
