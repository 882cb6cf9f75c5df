"""`retention eligible` for a deceased client's chart says HIPAA's 50 years after the death (45 CFR 164.502(f);
160.103) as the period HIPAA protects the records, not a time to keep them: the state retention period decides
when the chart may be destroyed (found by the date of death's author: the Overview and 'client show' said it,
the list of charts to destroy did not)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from tests.core.destruction_helpers import seed_chart
from vault_app.services import clients
from vault_app.services.vault import Vault


def test_eligible_says_the_fifty_years_for_a_deceased_client(psy_vault: Vault, vault_dir: Path,
                                                            capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    dead = seed_chart(psy_vault, "A", last_contact=date(2011, 2, 3))
    living = seed_chart(psy_vault, "B", last_contact=date(2011, 3, 4))
    clients.update_client(psy_vault, clients.find_client(psy_vault, dead.chart_number).client_id,
                          died_on="2011-02-10")
    psy_vault.lock()
    v = ["--vault", str(vault_dir)]
    rows = {r["chart_number"]: r for r in cli(capsys, monkeypatch, "retention", "eligible", *v, "--json").json()}
    assert rows[dead.chart_number]["died_on"] == "2011-02-10"
    assert rows[dead.chart_number]["phi_protected_until"] == "2061-02-10"
    assert rows[living.chart_number]["died_on"] is None and rows[living.chart_number]["phi_protected_until"] is None
    out = cli(capsys, monkeypatch, "retention", "eligible", *v).out
    line = next(x for x in out.splitlines() if x.startswith(dead.chart_number))
    assert "died on 02/10/2011" in line and "HIPAA protects until 02/10/2061" in line, out
    other = next(x for x in out.splitlines() if x.startswith(living.chart_number))
    assert "HIPAA" not in other and "died" not in other
    # Said once, in plain words: the 50 years are HIPAA's protection, not a duty to keep the chart.
    assert "50 years after the death (45 CFR 164.502(f); 160.103)" in out
    assert "not a time the records must be kept" in out
    assert "(the retention period above) decides when a chart may be destroyed" in out


def test_eligible_without_a_death_says_nothing_of_hipaa(psy_vault: Vault, vault_dir: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    seed_chart(psy_vault, "A", last_contact=date(2011, 2, 3))
    psy_vault.lock()
    out = cli(capsys, monkeypatch, "retention", "eligible", "--vault", str(vault_dir)).out
    assert "HIPAA" not in out
