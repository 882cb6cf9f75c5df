"""An authorization's period through the real export (a SQLCipher vault in tmp_path, real
crypto): recorded and logged with its dates, an export outside it refused with nothing logged
and no file, one inside it logged with the period; drafts refused by the gate, also in a range;
and the CLI records and shows the period and refuses outside it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.disclosure import DisclosureRefused
from vault_app.services import export, notes
from vault_app.services.vault import Vault


def _us(d: date) -> str:
    """A day as the test vault's practice writes it (US)."""
    return f"{d.month:02}/{d.day:02}/{d.year}"


def _seq(vault: Vault) -> int:
    return max((e.seq for e in vault.ledger.entries()), default=0)


def test_the_period_is_logged_refused_outside_and_carried_by_the_disclosure(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=3)  # notes 90, 60 and 30 days ago
    start, end = fx.days_ago(75), fx.days_ago(30)
    auth = fx.add_auth(vault, chart.client_id, notes_from=start, notes_to=end)
    recorded = [e for e in vault.ledger.entries() if e.kind == "authorization.recorded"][-1]
    assert recorded.payload["notes_from"] == start.isoformat() and recorded.payload["notes_to"] == end.isoformat()

    before = _seq(vault)
    outside = fx.request(chart.client_id, note_ids=(chart.progress[0], chart.progress[1]), authorization_id=auth.id)
    with pytest.raises(DisclosureRefused) as refused:
        export.export(vault, outside, out=tmp_path / "out.pdf", password=fx.PASSWORD)
    said = str(refused.value)
    first, second = (_us(d) for d in chart.note_days[:2])
    assert "45 CFR 164.508(c)(1)(i)" in said and f"outside that period: {first}." in said and second not in said
    assert "Leave out the items outside that period" in refused.value.hint
    assert _seq(vault) == before and not (tmp_path / "out.pdf").exists()

    # The last day of the period is inside it.
    inside = fx.request(chart.client_id, note_ids=(chart.progress[1], chart.progress[2]), authorization_id=auth.id)
    result = export.export(vault, inside, out=tmp_path / "in.pdf", password=fx.PASSWORD)
    entry = vault.ledger.get(result.ledger_seq)
    assert entry.payload["extra"]["authorization_period"] == {"from": start.isoformat(), "to": end.isoformat()}
    assert (tmp_path / "in.pdf").exists()


def test_an_authorization_without_a_period_is_logged_without_one(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    auth = fx.add_auth(vault, chart.client_id)
    recorded = [e for e in vault.ledger.entries() if e.kind == "authorization.recorded"][-1]
    assert recorded.payload["notes_from"] is None and recorded.payload["notes_to"] is None
    req = fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id)
    result = export.export(vault, req, out=tmp_path / "x.pdf", password=fx.PASSWORD)
    assert "authorization_period" not in vault.ledger.get(result.ledger_seq).payload.get("extra", {})


def test_a_draft_within_a_date_range_is_refused_by_the_gate_and_named(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    draft = notes.create_progress_note(vault, chart.client_id, text="draft text", note_date=fx.days_ago(45))
    auth = fx.add_auth(vault, chart.client_id)
    req = fx.request(chart.client_id, date_from=fx.days_ago(100), date_to=fx.today(), authorization_id=auth.id)
    with pytest.raises(DisclosureRefused) as refused:
        export.export(vault, req, out=tmp_path / "x.pdf", password=fx.PASSWORD)
    assert f"unsigned draft ({_us(fx.days_ago(45))}): sign it first or leave it out" in str(refused.value)
    assert [getattr(r, "code", "") for r in refused.value.verdict.reasons] == ["drafts.refused.one"]
    # Signed, it goes.
    notes.sign_note(vault, draft.note_id)
    export.export(vault, req, out=tmp_path / "x.pdf", password=fx.PASSWORD)


def test_the_cli_records_the_period_shows_it_and_refuses_outside_it(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=2)  # notes 90 and 60 days ago
    folder = vault.folder
    vault.lock()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(fx.SCAN)
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD + "\n")
    v = ["--vault", str(folder)]
    added = cli(capsys, monkeypatch, "auth", "add", *v, "--json", "--client", chart.client_id,
                "--description", "Progress notes of the last two months", "--covers", "progress",
                "--discloser", "Jordan Lee, LCSW", "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE,
                "--signed-on", fx.days_ago(100).isoformat(), "--signer-name", "Alex Testclient",
                "--expires", fx.days_ago(-100).isoformat(), "--revoke-statement", "in writing",
                "--conditioning-statement", "not conditioned", "--redisclosure-statement", "--scan", str(scan),
                "--notes-from", fx.days_ago(70).isoformat(), "--describes", "progress_notes")
    assert added.code == 0, added.err
    auth_id = added.json()["authorization_id"]
    assert added.json()["notes_from"] == fx.days_ago(70).isoformat() and added.json()["notes_to"] is None
    base = ["--client", chart.client_id, "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE,
            "--authorization", auth_id, "--pdf-password-file", str(pw)]
    refused = cli(capsys, monkeypatch, "export", *v, *base, "--notes", chart.progress[0], "--out",
                  str(tmp_path / "x.pdf"))
    assert refused.code == 6, refused.out
    words = refused.out + refused.err
    assert f"outside that period: {_us(chart.note_days[0])}" in words and "Leave out the items" in words
    assert not (tmp_path / "x.pdf").exists()
    done = cli(capsys, monkeypatch, "export", *v, *base, "--notes", chart.progress[1], "--out",
               str(tmp_path / "y.pdf"))
    assert done.code == 0, done.err
