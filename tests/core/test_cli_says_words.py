"""The command line says what the desktop app says (domain/shown_words.py): what an authorization
covers in words, a session's billing as the account tells it, and an access copy that had nothing
to copy in --json as in text. Found: `auth add` printed "covers billing, progress", `session list`
the hand mark "paid" of a session no payment covers, and `request copy --json` left out the
"nothing held" summary the text printed. Through the real CLI against a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import Result, cli
from tests.core.payable_practice import payable
from vault_app.domain.errors import ExitCode
from vault_app.services import billing, clients, requests, sessions, superbill
from vault_app.services.vault import Vault


def _runner(vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    folder = vault.folder
    vault.lock()

    def run(*args: str) -> Result:
        return cli(capsys, monkeypatch, *args, "--vault", str(folder), env={"VAULT_APP_PDF_PASSWORD": fx.PASSWORD})

    return run


def test_auth_add_and_list_say_what_it_covers_in_words(vault: Vault, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    scan = tmp_path / "authorization.pdf"
    scan.write_bytes(fx.SCAN)
    run = _runner(vault, capsys, monkeypatch)
    added = run("auth", "add", "--client", chart.client_id,
                "--description", "Progress notes and billing of this year", "--covers", "billing,progress",
                "--discloser", "Jordan Lee, LCSW", "--recipient", fx.RECIPIENT.name, "--purpose", fx.PURPOSE,
                "--signed-on", fx.days_ago(10).isoformat(), "--signer-name", "Alex Testclient",
                "--expires", fx.days_ago(-100).isoformat(), "--revoke-statement", "in writing",
                "--conditioning-statement", "not conditioned", "--redisclosure-statement", "--scan", str(scan))
    assert added.code == 0, added.err
    assert "  covers billing, progress notes\n" in added.out, added.out
    listed = run("auth", "list", "--client", chart.client_id)
    assert "billing, progress notes" in listed.out and "billing,progress" not in listed.out, listed.out
    as_json = run("auth", "list", "--client", chart.client_id, "--json")
    assert as_json.json()[0]["covers"] == ["billing", "progress"], "--json keeps the keys"


def test_session_list_says_the_accounts_billing(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    client = clients.create_client(vault, "Ilse Marrow", chart_number="IM-1")
    marked = sessions.add_session(vault, client.client_id, date="2026-08-21", start_time="10:00",
                                  duration_minutes=53, cpt_code="90837", billing_status="paid")
    sessions.add_session(vault, client.client_id, date="2026-08-28", start_time="10:00", duration_minutes=53,
                         cpt_code="90837", billing_status="self_pay")
    billing.set_scheduled_fee(vault, "90837", "180")
    run = _runner(vault, capsys, monkeypatch)
    text = run("session", "list", "IM-1")
    assert text.code == 0, text.err
    first, second = text.out.splitlines()
    assert first.startswith(marked.session_id) and first.endswith("marked paid, not in the account"), first
    assert second.endswith("self-pay"), second
    as_json = run("session", "list", "IM-1", "--json").json()
    assert [(s["billing_status"], s["billing_shown"]) for s in as_json] == [
        ("paid", "marked_paid_unrecorded"), ("self_pay", "self_pay")], "the mark kept, the account's word beside"
    shown = run("client", "show", "IM-1")
    assert f"session {marked.session_id} " in shown.out and "[marked paid, not in the account]" in shown.out, shown.out
    assert "[self-pay]" in shown.out
    assert [s["billing_shown"] for s in run("client", "show", "IM-1", "--json").json()["sessions"]] == [
        "marked_paid_unrecorded", "self_pay"]


def test_session_list_says_billed_and_marked_paid_as_the_sessions_tab(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Found at month-end: sessions on an issued superbill and statement listed as "unbilled", and
    one marked paid with no fee set as "paid" (no payment exists)."""
    payable(vault)
    client = clients.create_client(vault, "Ilse Marrow", chart_number="IM-1")
    billing.set_scheduled_fee(vault, "90834", "150")
    for day in ("2026-11-02", "2026-11-09", "2026-11-16"):
        sessions.add_session(vault, client.client_id, date=day, start_time="10:00", duration_minutes=45,
                             icd10_codes=["F43.0"])
    sessions.add_session(vault, client.client_id, date="2026-11-23", start_time="10:00", duration_minutes=90,
                         cpt_code="90839", billing_status="paid")
    superbill.issue(vault, client.client_id, first="2026-11-01", last="2026-11-05", out=tmp_path / "sb.pdf",
                    password=fx.PASSWORD)
    superbill.issue(vault, client.client_id, kind="statement", first="2026-11-01", last="2026-11-10",
                    out=tmp_path / "st.pdf", password=fx.PASSWORD)
    run = _runner(vault, capsys, monkeypatch)
    text = run("session", "list", "IM-1")
    assert text.code == 0, text.err
    lines = text.out.splitlines()
    assert [line.split("F43.0" if "F43.0" in line else "90839")[-1].strip() for line in lines] == [
        "billed (superbill issued)", "billed (statement issued)", "unbilled", "marked paid (nothing charged)"], lines
    assert [s["billing_shown"] for s in run("session", "list", "IM-1", "--json").json()] == [
        "billed_superbill", "billed_statement", "unbilled", "marked_paid_nothing_charged"]


def test_request_copy_json_says_what_is_not_held_and_the_ways(vault: Vault, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    fx.set_practice(vault)
    client_id = clients.create_client(vault, "Ana Nueva", date_of_birth="1990-05-01").client_id
    q = requests.add_request(vault, client_id, kind="access", received_on=fx.today())
    out = tmp_path / "copies"
    out.mkdir()
    run = _runner(vault, capsys, monkeypatch)
    text = run("request", "copy", q.id, "--folder", str(out))
    assert text.code == ExitCode.REFUSED and "The chart holds no progress notes." in text.out, text.out
    got = run("request", "copy", q.id, "--folder", str(out), "--json")
    assert got.code == ExitCode.REFUSED, got.err
    d = got.json()
    assert d["empty"] == [{"kind": "progress", "held_at_other_dates": False},
                          {"kind": "billing", "held_at_other_dates": False}]
    assert [w["code"] for w in d["ways"]] == ["close_nothing_held", "extend", "deny"]
    assert all(w["citation"].startswith("45 CFR 164.524") and w["words"] for w in d["ways"])
    assert list(out.iterdir()) == []
