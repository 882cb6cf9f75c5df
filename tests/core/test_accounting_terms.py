"""The accounting's period (45 CFR 164.528(a)(3)) and the fee for a second accounting within
12 months (164.528(c)(2)): the rule tables, then the service and the CLI on a real vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.accounting_terms import FeeTerms, fee_problems, fee_statement, period_start
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.services import accounting, export
from vault_app.services.vault import Vault

AS_OF = date(2026, 12, 1)
# (citation, since, first day covered or the refusal's words)
PERIOD_ROWS: list[tuple[str, date | None, date | str]] = [
    ("45 CFR 164.528(a)(1)", None, date(2020, 12, 1)),
    ("45 CFR 164.528(a)(3)", date(2025, 1, 1), date(2025, 1, 1)),
    ("45 CFR 164.528(a)(3)", date(2020, 12, 1), date(2020, 12, 1)),
    ("45 CFR 164.528(a)(1), (a)(3)", date(2019, 1, 1), "at most the six years"),
    ("45 CFR 164.528(a)(3)", date(2027, 1, 1), "starts after the date of the request"),
]


@pytest.mark.parametrize(("citation", "since", "expected"), PERIOD_ROWS, ids=[f"{r[0]} {r[1]}" for r in PERIOD_ROWS])
def test_period_table(citation: str, since: date | None, expected: date | str) -> None:
    if isinstance(expected, date):
        assert period_start(AS_OF, since) == expected
        return
    with pytest.raises(InvalidInput, match=expected):
        period_start(AS_OF, since)


# (citation, terms, first in 12 months, refused because)
FEE_ROWS: list[tuple[str, FeeTerms, bool, str]] = [
    ("45 CFR 164.528(c)(2)", FeeTerms(), True, ""),
    ("45 CFR 164.528(c)(2)", FeeTerms(), False, ""),
    ("45 CFR 164.528(c)(2)", FeeTerms(True, date(2026, 11, 20), "proceed"), False, ""),
    ("45 CFR 164.528(c)(2)", FeeTerms(True, date(2026, 11, 20), "modified"), False, ""),
    ("45 CFR 164.528(c)(2)", FeeTerms(True, date(2026, 11, 20), "proceed"), True, "is free"),
    ("45 CFR 164.528(c)(2)", FeeTerms(True, None, "proceed"), False, "in advance"),
    ("45 CFR 164.528(c)(2)", FeeTerms(True, date(2026, 12, 5), "proceed"), False, "dated after"),
    ("45 CFR 164.528(c)(2)", FeeTerms(True, date(2026, 11, 20), ""), False, "withdraw or modify"),
]


@pytest.mark.parametrize(("citation", "terms", "first", "refused"), FEE_ROWS,
                         ids=[f"{r[0]} {r[1].charge} first={r[2]} {r[3] or 'ok'}" for r in FEE_ROWS])
def test_fee_table(citation: str, terms: FeeTerms, first: bool, refused: str) -> None:
    problems = fee_problems(terms, first_in_year=first, produced_on=AS_OF)
    if not refused:
        assert problems == []
        assert ("cost-based fee" in fee_statement(terms, first)) is terms.charge
        return
    text = " ".join(problems)
    assert refused in text and citation in text


def _disclose(vault: Vault, client_id: str, days_ago: int, agency: str) -> None:
    export.record_manual(vault, fx.request(
        client_id, basis="required_by_law", manual=True, recipient=fx.Recipient(agency, "9 Oak Ave"),
        purpose="mandated report", evidence={"law_kind": "child_abuse_report", "agency": agency},
        on=fx.days_ago(days_ago)), description="verbal report", channel="phone")


def test_shorter_period_and_second_accounting_fee(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    _disclose(vault, chart.client_id, 400, "Old Agency")
    _disclose(vault, chart.client_id, 10, "New Agency")
    first = accounting.produce(vault, chart.client_id, out=tmp_path / "a1.pdf", password=fx.PASSWORD,
                               since=fx.days_ago(100))
    assert [line.first.recipient.name for line in first.accounting.lines] == ["New Agency"]
    text = " ".join(fx.pdf_text(tmp_path / "a1.pdf"))
    assert fx.days_ago(100).isoformat() in text and "free of charge" in text  # ISO: a page sent out

    with pytest.raises(RefusedByPolicy, match="in advance"):
        accounting.produce(vault, chart.client_id, out=tmp_path / "a2.pdf", password=fx.PASSWORD,
                           fee=FeeTerms(True, None, "proceed"))
    assert not (tmp_path / "a2.pdf").exists()
    second = accounting.produce(vault, chart.client_id, out=tmp_path / "a2.pdf", password=fx.PASSWORD,
                                fee=FeeTerms(True, fx.days_ago(3), "proceed"))
    assert len(second.accounting.lines) == 2
    text = " ".join(fx.pdf_text(tmp_path / "a2.pdf"))
    assert f"on {fx.days_ago(3).isoformat()}, before preparing it" in text
    logged = [e.payload for e in vault.ledger.entries(kinds=("accounting.provided",))]
    assert logged[0]["period_start"] == fx.days_ago(100).isoformat() and logged[0]["fee"] == {"charge": False}
    assert logged[1]["fee"] == {"charge": True, "notice_on": fx.days_ago(3).isoformat(), "client_choice": "proceed"}


def test_cli_period_and_fee(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    _disclose(vault, chart.client_id, 10, "New Agency")
    folder = str(vault.folder)
    vault.lock()
    pw = tmp_path / "pw.txt"
    pw.write_text(fx.PASSWORD)
    base = ["accounting", "--vault", folder, "--client", chart.client_id, "--pdf-password-file", str(pw)]
    too_long = cli(capsys, monkeypatch, *base, "--out", str(tmp_path / "x.pdf"), "--since", "2000-01-01")
    assert too_long.code == 2 and "at most the six years" in too_long.err
    free_with_fee = cli(capsys, monkeypatch, *base, "--out", str(tmp_path / "y.pdf"), "--fee", "--fee-notice-on",
                        fx.days_ago(1).isoformat(), "--client-choice", "proceed")
    assert free_with_fee.code == 6 and "is free" in free_with_fee.err
    done = cli(capsys, monkeypatch, *base, "--out", str(tmp_path / "z.pdf"), "--since", fx.days_ago(30).isoformat())
    assert done.code == 0, done.err
