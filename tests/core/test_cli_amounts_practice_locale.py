"""The amounts the command line prints follow the practice's locale, as its dates do (and as the
statement's do, services/superbill_pdf.py). Found: a practice in Spain read "$1,500.50" beside
"17/03/2025" in payment add/list, the fee schedule and policy, a session's fee and the issued
superbill's message. The superbill PDF itself stays a US form; --json keeps cents."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from tests.core.payable_practice import PAYABLE_ARGS

NBSP = "\xa0"
SPAIN = {"1500.50": f"1.500,50{NBSP}US$", "180": f"180,00{NBSP}US$", "40": f"40,00{NBSP}US$",
         "1680.50": f"1.680,50{NBSP}US$", "25": f"25,00{NBSP}US$"}
US = {"1500.50": "$1,500.50", "180": "$180.00", "40": "$40.00", "1680.50": "$1,680.50", "25": "$25.00"}


@pytest.mark.parametrize(("locale", "money"), [("es_ES", SPAIN), ("en_US", US)], ids=["es_ES", "en_US"])
def test_amounts_are_written_as_the_practice_writes_money(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        locale: str, money: dict[str, str]) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    v = ("--vault", str(folder))

    def run(*args: str, env: dict[str, str] | None = None) -> object:
        return cli(capsys, monkeypatch, *args, *v, env=env)

    assert run("practice", "update", "--locale", locale, *PAYABLE_ARGS).code == 0  # type: ignore[attr-defined]
    chart = run("client", "add", "Penny Amount", "--json").json()["client"]["chart_number"]  # type: ignore[attr-defined]

    schedule = run("fee", "schedule", "90837", "180")
    assert schedule.code == 0 and f"90837  {money['180']}" in schedule.out, schedule.err  # type: ignore[attr-defined]
    policy = run("fee", "policy", "--no-show", "40")
    assert f"No-show fee: {money['40']}" in policy.out, policy.err  # type: ignore[attr-defined]
    session = run("session", "add", chart, "--date", "2025-03-17", "--duration", "53", "--icd10", "F43.23", "--json")
    session_id = session.json()["session_id"]  # type: ignore[attr-defined]
    fee = run("fee", "session", session_id, "1680.50")
    assert f"Session {session_id}: {money['1680.50']} (" in fee.out, fee.err  # type: ignore[attr-defined]

    paid = run("payment", "add", chart, "--amount", "1500.50", "--date", "2025-03-18", "--method", "cash")
    assert paid.code == 0, paid.err  # type: ignore[attr-defined]
    assert f": {money['1500.50']} by cash on " in paid.out  # type: ignore[attr-defined]
    assert f"now {money['180']}." in paid.out  # type: ignore[attr-defined]  # 1680.50 charged - 1500.50 paid
    listed = run("payment", "list", chart)
    assert f"-{money['1500.50']}" in listed.out and money["1680.50"] in listed.out  # type: ignore[attr-defined]
    assert "$1,500.50" not in listed.out.replace("-$1,500.50", "") or locale == "en_US"  # type: ignore[attr-defined]
    as_json = run("payment", "list", chart, "--json").json()  # type: ignore[attr-defined]
    assert as_json["payments"][0]["amount_cents"] == 150050  # machine-readable: cents, as before

    issued = run("superbill", chart, "--from", "2025-03-01", "--to", "2025-03-31", "--out",
                 str(tmp_path / "sb.pdf"), env={"VAULT_APP_PDF_PASSWORD": "a-long-pdf-password"})
    assert issued.code == 0, issued.err  # type: ignore[attr-defined]
    assert f"charges {money['1680.50']}, paid {money['1500.50']}." in issued.out  # type: ignore[attr-defined]
