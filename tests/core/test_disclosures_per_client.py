"""export.disclosures(vault, client_id) reads only that chart's disclosures (a second superbill's
check calls it for every superbill): the same list as the whole ledger's, filtered, for every
kind of disclosure (exported, not delivered, recorded by hand, one whose delivery row is gone),
and only that chart's entries decoded. Real vault, real exports, real ledger."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.errors import DiskFull
from vault_app.services import export, ledger
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_records


def _manual(vault: Vault, client_id: str, agency: str) -> None:
    export.record_manual(vault, fx.request(
        client_id, basis="required_by_law", manual=True, recipient=fx.Recipient(agency, "9 Oak Ave"),
        purpose="mandated report", evidence={"law_kind": "child_abuse_report", "agency": agency},
        on=fx.days_ago(4)), description="verbal report", channel="phone")


def _every_one_filtered(vault: Vault, client_id: str) -> list[export.DisclosureRecord]:
    """What the whole ledger's list holds for the chart (the list as it was computed before)."""
    return [r for r in export.disclosures(vault) if r.client_id == client_id]


def test_one_charts_disclosures_are_read_from_that_chart_alone(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    charts = [fx.make_chart(vault, n=2, date_of_birth=f"199{i}-05-01") for i in range(3)]
    for i, chart in enumerate(charts):
        auth = fx.add_auth(vault, chart.client_id)
        export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth.id),
                      out=tmp_path / f"auth{i}.pdf", password=fx.PASSWORD)
        _manual(vault, chart.client_id, f"County CPS {i}")
    target = charts[1]

    def disk_full(path: Path, data: bytes) -> None:
        raise DiskFull("The disk is full while writing the export.")

    with monkeypatch.context() as patched:  # one export not delivered: its entry says so
        patched.setattr(export, "_write_out", disk_full)
        with pytest.raises(DiskFull):
            export.export(vault, fx.request(target.client_id, note_ids=(target.progress[1],),
                                            authorization_id=fx.add_auth(vault, target.client_id).id),
                          out=tmp_path / "full.pdf", password=fx.PASSWORD)
    _manual(vault, target.client_id, "County CPS again")
    # A disclosure the ledger holds without its delivery row (the row is the records' index of
    # deliveries, the ledger entry the record): still listed.
    dropped = _every_one_filtered(vault, target.client_id)[-1].disclosure_id
    with vault.records.transaction():
        vault.records.execute("DELETE FROM disclosures WHERE disclosure_id = ?", (dropped,))
    assert disclosure_records.get_delivery(vault.records, dropped) is None

    for chart in charts:
        expected = _every_one_filtered(vault, chart.client_id)
        assert export.disclosures(vault, chart.client_id) == expected
    expected = _every_one_filtered(vault, target.client_id)
    assert len(expected) == 4 and [r.delivered for r in expected].count(False) == 1
    assert dropped in {r.disclosure_id for r in expected}

    others = {r.seq for c in charts if c is not target for r in _every_one_filtered(vault, c.client_id)}
    decoded: list[int] = []
    real_decode = ledger._decode

    def counting(row: ledger.LedgerRow) -> ledger.LedgerEntry:
        entry = real_decode(row)
        decoded.append(entry.seq)
        return entry

    monkeypatch.setattr(ledger, "_decode", counting)
    assert export.disclosures(vault, target.client_id) == expected
    # The chart's four disclosures and the one "not delivered" entry (after its first disclosure);
    # none of the other charts' disclosures.
    assert len(decoded) == 5, decoded
    assert not set(decoded) & others
