"""After a subpoena (a signed subpoena decision, a subpoena export) the CLI offers a legal hold on the
chart, prefilled "subpoena received <date>", and places it only with --place-hold (docs/retention.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.core.decision_helpers import complete, make_chart
from tests.core.test_subpoena_state_privilege import CLEARED, _assured, _licensed
from vault_app.domain.locale_format import date_text
from vault_app.services import decisions, holds, practice
from vault_app.services.vault import Vault
from vault_app.storage import legal_holds


def _drafts(vault: Vault) -> tuple[str, str, str, str]:
    """(folder, client id, a ready subpoena decision, ready subpoena, duty-to-warn and court-order
    decisions), the vault locked."""
    chart = make_chart(vault, chart_number="C-7")
    ids = []
    for trigger in ("subpoena", "subpoena", "duty_to_warn", "court_order"):
        draft = decisions.start(vault, chart.client_id, trigger)
        decisions.update(vault, draft.decision_id, complete(trigger, chart))
        ids.append(draft.decision_id)
    folder = str(vault.folder)
    vault.lock()
    return folder, chart.client_id, ids[0], " ".join(ids[1:])


def test_a_signed_subpoena_decision_offers_a_hold_and_places_it_only_when_asked(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, client_id, first, rest = _drafts(vault)
    second, warn, _order = rest.split()
    v = ("--vault", folder)
    offered = cli(capsys, monkeypatch, "decision", "sign", first, *v)
    assert offered.code == 0, offered.err
    assert "vault-app hold add --client C-7 --reason subpoena --details \"subpoena received" in offered.out
    refused = cli(capsys, monkeypatch, "decision", "sign", warn, *v, "--place-hold")
    assert refused.code != 0 and "--place-hold" in refused.err
    placed = cli(capsys, monkeypatch, "decision", "sign", second, *v, "--place-hold", "--json")
    assert placed.code == 0, placed.err
    opened = reopen(Path(folder))
    try:
        active = legal_holds.list_holds(opened.records, client_id)
        assert [h.reason for h in active] == ["subpoena"]
        day = date_text(decisions.get(opened, second).occurred_on, practice.printing_locale(opened))
        assert active[0].details == f"subpoena received {day}" and placed.json()["hold"]["details"] == active[0].details
        assert not holds.subpoena_hold_offered(opened, client_id)  # one active: not offered again
    finally:
        opened.lock()


def test_a_signed_court_order_decision_offers_a_litigation_hold_and_places_it_with_the_flag(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by a walker: a court-order export offered a hold, signing a court-order decision none
    (and refused --place-hold), though a court order means litigation (docs/retention.md)."""
    folder, client_id, _first, rest = _drafts(vault)
    _second, _warn, order = rest.split()
    placed = cli(capsys, monkeypatch, "decision", "sign", order, "--vault", folder, "--place-hold", "--json")
    assert placed.code == 0, placed.err
    opened = reopen(Path(folder))
    try:
        active = legal_holds.list_holds(opened.records, client_id)
        day = date_text(decisions.get(opened, order).occurred_on, practice.printing_locale(opened))
        assert [(h.reason, h.details) for h in active] == [("litigation", f"court order {day}")]
        assert placed.json()["hold"]["details"] == active[0].details
    finally:
        opened.lock()


def test_a_signed_court_order_decision_without_the_flag_prints_the_line_that_places_it(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, client_id, _first, rest = _drafts(vault)
    order = rest.split()[2]
    offered = cli(capsys, monkeypatch, "decision", "sign", order, "--vault", folder)
    assert offered.code == 0, offered.err
    assert "vault-app hold add --client C-7 --reason litigation --details \"court order " in offered.out
    opened = reopen(Path(folder))
    try:
        assert legal_holds.list_holds(opened.records, client_id) == []  # nothing placed unasked
    finally:
        opened.lock()


def test_a_subpoena_export_places_the_hold_with_the_flag(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    _licensed(vault, "TX")
    evidence = tmp_path / "ev.json"
    evidence.write_text(json.dumps(_assured(vault, chart.client_id, **CLEARED)))
    folder = str(vault.folder)
    vault.lock()
    base = ["export", "--vault", folder, "--client", chart.client_id, "--notes", chart.progress[0], "--recipient",
            "Attorney X", "--purpose", "subpoena in case 24-CV-9", "--pdf-password-file"]
    pw = tmp_path / "pw"
    pw.write_text(fx.PASSWORD)
    not_subpoena = cli(capsys, monkeypatch, *base, str(pw), "--basis", "required_by_law",
                       "--out", str(tmp_path / "c.pdf"), "--place-hold")
    assert not_subpoena.code != 0 and "--place-hold" in not_subpoena.err and not (tmp_path / "c.pdf").exists()
    done = cli(capsys, monkeypatch, *base, str(pw), "--basis", "subpoena", "--evidence", str(evidence),
               "--out", str(tmp_path / "s.pdf"), "--place-hold")
    assert done.code == 0, done.err
    assert "Placed a legal hold (subpoena)" in done.out and "subpoena received" in done.out


def test_a_court_order_export_offers_a_litigation_hold_and_places_it_with_the_flag(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by a walker: a court-order export offered no hold, though a court order means
    litigation (docs/retention.md: place a hold when litigation is pending)."""
    chart = fx.make_chart(vault, n=1)
    scan = tmp_path / "order.pdf"
    scan.write_bytes(fx.SCAN)
    evidence = tmp_path / "order.json"
    evidence.write_text(json.dumps({"judge": "Hon. J", "court": "Superior Court", "case_number": "24-1",
                                    "order_date": fx.days_ago(3).isoformat(), "covers": ["progress"],
                                    "order_file": str(scan)}))
    folder = str(vault.folder)
    vault.lock()
    pw = tmp_path / "pw"
    pw.write_text(fx.PASSWORD)
    base = ["export", "--vault", folder, "--client", chart.client_id, "--notes", chart.progress[0], "--recipient",
            "Court Clerk", "--purpose", "court order", "--pdf-password-file", str(pw), "--basis", "court_order",
            "--evidence", str(evidence)]
    offered = cli(capsys, monkeypatch, *base, "--out", str(tmp_path / "a.pdf"))
    assert offered.code == 0, offered.err
    assert "--reason litigation --details \"court order " in offered.out
    placed = cli(capsys, monkeypatch, *base, "--out", str(tmp_path / "b.pdf"), "--place-hold")
    assert placed.code == 0, placed.err
    assert "Placed a legal hold (litigation)" in placed.out
    opened = reopen(Path(folder))
    try:
        active = legal_holds.list_holds(opened.records, chart.client_id)
        assert [h.reason for h in active] == ["litigation"] and active[0].details.startswith("court order ")
        assert not holds.hold_offered(opened, chart.client_id, "court_order")  # one active: not offered again
        assert holds.hold_offered(opened, chart.client_id, "subpoena")
    finally:
        opened.lock()
