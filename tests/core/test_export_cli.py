"""The disclosure commands end to end through the real CLI (in-process): exit codes and output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.services.vault import Vault


@pytest.fixture
def setup(vault: Vault, tmp_path: Path) -> tuple[Path, fx.Chart, Path]:
    chart = fx.make_chart(vault, n=2)
    folder = vault.folder
    vault.lock()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(fx.SCAN)
    pw = tmp_path / "pdf-password.txt"
    pw.write_text(fx.PASSWORD + "\n")
    return folder, chart, scan


def _pw(tmp_path: Path) -> list[str]:
    return ["--pdf-password-file", str(tmp_path / "pdf-password.txt")]


def test_auth_export_accounting_roundtrip(setup: tuple[Path, fx.Chart, Path], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, chart, scan = setup
    v = ["--vault", str(folder)]
    added = cli(capsys, monkeypatch, "auth", "add", *v, "--json", "--client", chart.client_id,
                "--description", "Progress notes of this year for coordination of care", "--covers", "progress",
                "--describes", "progress_notes",
                "--discloser", "Jordan Lee, LCSW", "--recipient", fx.RECIPIENT.name, "--recipient-address",
                fx.RECIPIENT.address, "--purpose", fx.PURPOSE, "--signed-on", fx.days_ago(100).isoformat(),
                "--signer-name", "Alex Testclient", "--expires", fx.days_ago(-100).isoformat(),
                "--revoke-statement", "in writing", "--conditioning-statement", "not conditioned",
                "--redisclosure-statement", "--scan", str(scan))
    assert added.code == 0, added.err
    auth_id = added.json()["authorization_id"]

    listed = cli(capsys, monkeypatch, "auth", "list", *v, "--client", chart.client_id)
    assert listed.code == 0 and auth_id in listed.out and "valid" in listed.out

    base = ["--client", chart.client_id, "--notes", chart.progress[0], "--recipient", fx.RECIPIENT.name,
            "--recipient-address", fx.RECIPIENT.address, "--purpose", fx.PURPOSE]
    check = cli(capsys, monkeypatch, "export", *v, *base, "--authorization", auth_id, "--out",
                str(tmp_path / "x.pdf"), "--check-only")
    assert check.code == 0 and "ALLOWED" in check.out and not (tmp_path / "x.pdf").exists()

    done = cli(capsys, monkeypatch, "export", *v, "--json", *base, "--authorization", auth_id, "--out",
               str(tmp_path / "x.pdf"), *_pw(tmp_path))
    assert done.code == 0, done.err
    assert done.json()["disclosure_id"].startswith("D-")
    assert chart.progress_markers[0] in " ".join(fx.pdf_text(tmp_path / "x.pdf"))
    # The cover's word is the chart's Disclosures tab's: "Disclosure number" (it said "Disclosure id").
    cover = fx.pdf_text(tmp_path / "x.pdf")[0]
    assert f"Disclosure number {done.json()['disclosure_id']}" in cover and "Disclosure id" not in cover, cover

    psy = cli(capsys, monkeypatch, "export", *v, "--client", chart.client_id, "--kind", "psychotherapy", "--from",
              "2000-01-01", "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE, "--authorization", auth_id,
              "--out", str(tmp_path / "p.pdf"), *_pw(tmp_path))
    assert psy.code == 6
    assert "does not cover psychotherapy notes" in psy.err
    assert not (tmp_path / "p.pdf").exists()

    subpoena = cli(capsys, monkeypatch, "export", *v, *base, "--basis", "subpoena", "--out",
                   str(tmp_path / "s.pdf"), *_pw(tmp_path))
    assert subpoena.code == 6 and "Notify the client, consult counsel" in subpoena.err

    revoked = cli(capsys, monkeypatch, "auth", "revoke", *v, auth_id, "--received-on", fx.today().isoformat())
    assert revoked.code == 0
    again = cli(capsys, monkeypatch, "export", *v, *base, "--authorization", auth_id, "--out",
                str(tmp_path / "y.pdf"), *_pw(tmp_path))
    assert again.code == 6 and f"revoked on {fx.today():%m/%d/%Y}" in again.err

    evidence = tmp_path / "cps.json"
    evidence.write_text(json.dumps({"law_kind": "child_abuse_report", "agency": "County CPS"}))
    manual = cli(capsys, monkeypatch, "disclose-manual", *v, "--client", chart.client_id, "--basis",
                 "required_by_law", "--evidence", str(evidence), "--recipient", "County CPS", "--purpose",
                 "mandated report", "--date", fx.days_ago(1).isoformat(), "--description", "verbal report")
    assert manual.code == 0, manual.err

    report = cli(capsys, monkeypatch, "accounting", *v, "--client", chart.client_id, "--out",
                 str(tmp_path / "acc.pdf"), *_pw(tmp_path))
    assert report.code == 0, report.err
    assert "County CPS" in " ".join(fx.pdf_text(tmp_path / "acc.pdf"))
    verified = cli(capsys, monkeypatch, "accounting-verify", *v, "--file", str(tmp_path / "acc.pdf"))
    assert verified.code == 0 and "Signature valid" in verified.out


def test_court_order_evidence_file_attaches_the_order(setup: tuple[Path, fx.Chart, Path], tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder, chart, scan = setup
    evidence = tmp_path / "order.json"
    evidence.write_text(json.dumps({"judge": "Hon. J", "court": "Superior Court", "case_number": "24-1",
                                    "order_date": fx.days_ago(3).isoformat(), "covers": ["progress"],
                                    "order_file": str(scan)}))
    done = cli(capsys, monkeypatch, "export", "--vault", str(folder), "--client", chart.client_id, "--from",
               chart.note_days[0].isoformat(), "--recipient", "Court Clerk", "--purpose", "court order",
               "--basis", "court_order", "--evidence", str(evidence), "--out", str(tmp_path / "c.pdf"),
               *_pw(tmp_path))
    assert done.code == 0, done.err
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"judge": "Hon. J", "colour": "blue"}))
    refused = cli(capsys, monkeypatch, "export", "--vault", str(folder), "--client", chart.client_id, "--from",
                  chart.note_days[0].isoformat(), "--recipient", "Court", "--purpose", "x", "--basis",
                  "court_order", "--evidence", str(bad), "--out", str(tmp_path / "d.pdf"), *_pw(tmp_path))
    assert refused.code == 2 and "Unknown evidence field 'colour'" in refused.err


def test_requests_and_amendments(setup: tuple[Path, fx.Chart, Path], tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, chart, _ = setup
    v = ["--vault", str(folder)]
    added = cli(capsys, monkeypatch, "request", "add", *v, "--json", "--client", chart.client_id, "--kind", "access",
                "--received-on", fx.days_ago(5).isoformat())
    assert added.code == 0, added.err
    rid = added.json()["request_id"]
    ext = cli(capsys, monkeypatch, "request", "extend", *v, rid, "--notice-on", fx.today().isoformat(), "--reason",
              "archived records", "--letter-out", str(tmp_path / "ext.pdf"), *_pw(tmp_path))
    assert ext.code == 0, ext.err
    assert "archived records" in " ".join(fx.pdf_text(tmp_path / "ext.pdf"))
    twice = cli(capsys, monkeypatch, "request", "extend", *v, rid, "--notice-on", fx.today().isoformat(), "--reason",
                "again")
    assert twice.code == 6 and "only one extension" in twice.err
    denied = cli(capsys, monkeypatch, "request", "deny", *v, rid, "--ground", "psychotherapy_notes", "--granted",
                 "progress notes", "--letter-out", str(tmp_path / "deny.pdf"), *_pw(tmp_path))
    assert denied.code == 0, denied.err
    assert "www.hhs.gov/ocr/complaints" in " ".join(fx.pdf_text(tmp_path / "deny.pdf"))
    listed = cli(capsys, monkeypatch, "request", "list", *v, "--json")
    assert [r["status"] for r in listed.json()] == ["partially_granted"]

    am = cli(capsys, monkeypatch, "amendment", "add", *v, "--json", "--client", chart.client_id, "--received-on",
             fx.today().isoformat(), "--notes", chart.progress[1], "--description", "change wording")
    amid = am.json()["request_id"]
    den = cli(capsys, monkeypatch, "amendment", "deny", *v, amid, "--ground", "accurate_and_complete")
    assert den.code == 0 and "statement disagreeing" in den.out
    dis = cli(capsys, monkeypatch, "amendment", "disagree", *v, amid, "--received-on", fx.today().isoformat(),
              "--text", "I disagree.")
    assert dis.code == 0, dis.err
    dash = cli(capsys, monkeypatch, "dashboard", *v, "--json")
    assert dash.code == 0 and dash.json()["requests_overdue"] == []


def test_check_only_needs_no_out_file(setup: tuple[Path, fx.Chart, Path], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # Found reading export's --help: --check-only "discloses nothing", yet argparse required
    # --out FILE, and docs/disclosure.md passed a file it never writes.
    folder, chart, _scan = setup
    base = ["export", "--vault", str(folder), "--client", chart.client_id, "--notes", chart.progress[0],
            "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE, "--basis", "subpoena"]
    asked = cli(capsys, monkeypatch, *base, "--check-only")
    # The refusal and its hint said once, on the verdict's lines (found by a walker: said twice)
    assert asked.code == 6 and "REFUSED" in asked.out and "Notify the client, consult counsel" in asked.out
    assert "Disclosure refused" not in asked.err and asked.out.count("Notify the client, consult counsel") == 1
    monkeypatch.delenv("VAULT_APP_PASSPHRASE")  # said before the unlock: no passphrase is asked for
    no_file = cli(capsys, monkeypatch, *base, *_pw(tmp_path), passphrase=None)
    assert no_file.code == 2 and "--out FILE" in no_file.err and "--check-only" in no_file.err
    assert list(tmp_path.glob("*.pdf")) == [tmp_path / "signed.pdf"]
