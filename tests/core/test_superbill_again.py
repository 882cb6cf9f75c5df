"""A second superbill for sessions an earlier one listed (found on the real app: D-ce88466527
issued minutes after D-4a0fac22de for the same session, without a word), and a superbill that
says where the payments received went (found: "Amount paid $0.00" the day $90.50 was paid)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from tests.core.payable_practice import payable
from vault_app.cli.main import run
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import billing, clients, guardians, requests, sessions
from vault_app.services import superbill as superbills
from vault_app.services.vault import Vault

PASSWORD = "reimburse-me-2026"


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.decrypt(PASSWORD)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def client_id(vault: Vault) -> str:
    client = clients.create_client(vault, "Wren Albescu", chart_number="WA-2", date_of_birth="1981-02-03")
    payable(vault)
    billing.set_scheduled_fee(vault, "90837", "180.00")
    for day in ("2026-03-02", "2026-03-09", "2026-03-16"):
        sessions.add_session(vault, client.client_id, date=day, duration_minutes=55, icd10_codes=["F43.23"])
    return client.client_id


def _disclosures(vault: Vault) -> int:
    return len(vault.ledger.entries(kinds=("disclosure",)))


def test_a_second_superbill_for_the_same_sessions_is_asked_for_again(vault: Vault, client_id: str,
                                                                       tmp_path: Path) -> None:
    first = superbills.issue(vault, client_id, first="2026-03-01", last="2026-03-10", out=tmp_path / "a.pdf",
                             password=PASSWORD)
    ledger, asked = _disclosures(vault), len(requests.list_requests(vault, client_id=client_id))
    with pytest.raises(RefusedByPolicy) as refused:
        superbills.issue(vault, client_id, first="2026-03-05", last="2026-03-31", out=tmp_path / "b.pdf",
                         password=PASSWORD)
    err = refused.value
    assert err.code == "superbill.already_issued"
    # It names the earlier one, when it was issued and the session both list (not 03-16's).
    assert first.disclosure_id in err.message and date.today().isoformat() in err.message
    assert "2026-03-09" in err.message and "2026-03-02" not in err.message and "2026-03-16" not in err.message
    assert "--again" in err.hint and "Wren" not in str(err)
    # Refused before anything is written: no file, no ledger entry, no request.
    assert not (tmp_path / "b.pdf").exists()
    assert (_disclosures(vault), len(requests.list_requests(vault, client_id=client_id))) == (ledger, asked)

    again = superbills.issue(vault, client_id, first="2026-03-05", last="2026-03-31", out=tmp_path / "b.pdf",
                             password=PASSWORD, again=True)
    text = text_of(tmp_path / "b.pdf")
    assert f"Replaces superbill {first.disclosure_id}" in text and "03/09/2026" in text
    assert "claim each service once" in text
    payload = vault.ledger.entries(kinds=("disclosure",))[-1].payload
    assert payload["disclosure_id"] == again.disclosure_id
    assert payload["extra"]["replaces"] == [first.disclosure_id]
    # The first one says nothing of the kind.
    assert "Replaces" not in text_of(tmp_path / "a.pdf")


def test_other_sessions_a_statement_and_each_guardians_share_are_not_repeats(vault: Vault, client_id: str,
                                                                             tmp_path: Path) -> None:
    superbills.issue(vault, client_id, first="2026-03-01", last="2026-03-03", out=tmp_path / "a.pdf",
                     password=PASSWORD)
    # Other sessions: issued without a question, and saying nothing of the earlier one.
    superbills.issue(vault, client_id, first="2026-03-04", last="2026-03-31", out=tmp_path / "b.pdf",
                     password=PASSWORD)
    assert "Replaces" not in text_of(tmp_path / "b.pdf")
    # A statement is not a claim: the same sessions again, no question.
    superbills.issue(vault, client_id, kind="statement", first="2026-03-01", last="2026-03-31",
                     out=tmp_path / "c.pdf", password=PASSWORD)
    # Each guardian's superbill under a split is their share, not a repeat of the other's.
    minor = clients.create_client(vault, "Ada Minor", chart_number="AM-1", date_of_birth="2015-05-05")
    payable(vault)
    ids = [guardians.add_guardian(vault, minor.client_id, n, authority="parent", address="5 North Ln").guardian_id
           for n in ("Pia Minor", "Jon Minor")]
    billing.set_split(vault, minor.client_id, {ids[0]: 50, ids[1]: 50})
    sessions.add_session(vault, minor.client_id, date="2026-03-04", duration_minutes=55, icd10_codes=["F43.23"])
    for n, guardian_id in enumerate(ids):
        superbills.issue(vault, minor.client_id, first="2026-03-01", last="2026-03-31",
                         out=tmp_path / f"g{n}.pdf", password=PASSWORD, guardian_id=guardian_id)
    with pytest.raises(RefusedByPolicy, match="already issued"):
        superbills.issue(vault, minor.client_id, first="2026-03-01", last="2026-03-31",
                         out=tmp_path / "g2.pdf", password=PASSWORD, guardian_id=ids[0])


def test_the_command_line_refuses_without_again(vault: Vault, vault_dir: Path, client_id: str, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("VAULT_APP_PDF_PASSWORD", PASSWORD)

    def call(*argv: str) -> tuple[int, Any, str]:
        code = run(["superbill", "WA-2", "--from", "2026-03-01", "--to", "2026-03-31", *argv,
                    "--vault", str(vault_dir), "--json"])
        out, err = capsys.readouterr()
        return code, json.loads(out) if out else None, err

    code, first, _ = call("--out", str(tmp_path / "a.pdf"))
    assert code == 0
    code, _, err = call("--out", str(tmp_path / "b.pdf"))
    said = json.loads(err)
    assert code == 6 and said["error"] == "refused" and first["disclosure_id"] in said["message"]
    assert "--again" in said["hint"] and not (tmp_path / "b.pdf").exists()
    code, again, _ = call("--out", str(tmp_path / "b.pdf"), "--again")
    assert code == 0 and again["disclosure_id"] != first["disclosure_id"]
    assert f"Replaces superbill {first['disclosure_id']}" in text_of(tmp_path / "b.pdf")


def test_the_superbill_says_where_a_payment_went(vault: Vault, client_id: str, tmp_path: Path) -> None:
    # $90.50 paid on 03-16 goes to the oldest charge, 03-02's session: the superbill of 03-16 alone
    # reads "Amount paid $0.00", and says where the $90.50 went.
    billing.record_payment(vault, client_id, paid_on="2026-03-16", amount="90.50", method="card")
    issued = superbills.issue(vault, client_id, first="2026-03-16", last="2026-03-16", out=tmp_path / "a.pdf",
                              password=PASSWORD)
    assert issued.paid_cents == 0
    text = text_of(tmp_path / "a.pdf")
    assert "Amount paid $0.00" in text
    assert "$90.50, applied to the oldest charges first" in text
    assert "To the services listed above $0.00" in text
    assert "To the session (90837) of 03/02/2026 (not listed here) $90.50" in text
    # A payment beyond every charge is said as a credit.
    billing.record_payment(vault, client_id, paid_on="2026-03-16", amount="500", method="card")
    superbills.issue(vault, client_id, first="2026-03-16", last="2026-03-16", out=tmp_path / "b.pdf",
                     password=PASSWORD, again=True)
    text = text_of(tmp_path / "b.pdf")
    assert "To the services listed above $180.00" in text
    assert "Left as a credit towards later charges $50.50" in text


def test_a_superbill_paid_in_full_says_nothing_more(vault: Vault, client_id: str, tmp_path: Path) -> None:
    billing.record_payment(vault, client_id, paid_on="2026-03-02", amount="180", method="card")
    superbills.issue(vault, client_id, first="2026-03-01", last="2026-03-03", out=tmp_path / "a.pdf",
                     password=PASSWORD)
    text = text_of(tmp_path / "a.pdf")
    assert "$180.00" in text and "applied to the oldest charges first" not in text
