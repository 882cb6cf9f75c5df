"""Amounts as people type them at the command line. Found: `payment add C --amount 140,00`
(a decimal comma) recorded $14,000.00, as every comma was dropped before reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from vault_app.domain import billing
from vault_app.domain.errors import ExitCode, InvalidInput
from vault_app.services import clients
from vault_app.services.vault import Vault


@pytest.mark.parametrize("text", ["140,00", "1,40", "14,0000", ",140", "1,400,0", "1,,400"])
def test_a_comma_not_between_thousands_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        billing.parse_money(text)
    assert "comma only between thousands" in (refused.value.hint or "")


@pytest.mark.parametrize(("text", "cents"), [("1,400", 140000), ("$1,400.50", 140050), ("1,000,000.00", 100000000)])
def test_commas_between_thousands_still_read(text: str, cents: int) -> None:
    assert billing.parse_money(text) == cents


def test_a_decimal_comma_records_no_payment(vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    chart = clients.create_client(vault, "Amber Amount").chart_number
    vault.lock()
    common = ("--vault", str(vault_dir), "--date", "2026-12-01", "--method", "cash")
    refused = cli(capsys, monkeypatch, "payment", "add", chart, "--amount", "140,00", *common)
    assert refused.code == ExitCode.USAGE, refused.out
    assert "a comma only between thousands" in refused.err
    listed = cli(capsys, monkeypatch, "payment", "list", chart, "--vault", str(vault_dir), "--json")
    assert listed.code == 0, listed.err
    assert "14000" not in listed.out and listed.json()["payments"] == []
    paid = cli(capsys, monkeypatch, "payment", "add", chart, "--amount", "$1,400.00", *common)
    assert paid.code == 0 and "$1,400.00" in paid.out
