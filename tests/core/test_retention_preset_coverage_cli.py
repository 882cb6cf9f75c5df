"""The CA-MFT preset (therapy terminated on or after 2015-01-01) is not the basis for destroying a chart
whose therapy ended in 2008, end to end: `retention eligible` keeps it and says why, the count of
eligible charts leaves it out, `destroy --basis retention` refuses it naming the rule (its statute, not
the source's first words "Applies to ..."). A chart ended after the day stays eligible. Found by a walker
(a California LMFT: a 2008 chart destroyed on the preset, the certificate naming it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli
from tests.core.destruction_helpers import seed_chart
from vault_app.services import retention_due
from vault_app.services.vault import Vault, open_vault


def test_a_chart_ended_before_the_preset_is_kept(psy_vault: Vault, vault_dir: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    old = seed_chart(psy_vault, "A", last_contact=date(2008, 6, 1))
    later = seed_chart(psy_vault, "B", last_contact=date(2015, 3, 1))
    psy_vault.lock()
    v = ["--vault", str(vault_dir)]
    # Under the psychologists' rule (no first day in the app's sources) both are eligible.
    assert cli(capsys, monkeypatch, "retention", "set", *v, "--preset", "CA").code == 0
    rows = cli(capsys, monkeypatch, "retention", "eligible", *v, "--json").json()
    assert sorted(r["chart_number"] for r in rows) == sorted([old.chart_number, later.chart_number])

    assert cli(capsys, monkeypatch, "retention", "set", *v, "--preset", "CA-MFT").code == 0
    rows = cli(capsys, monkeypatch, "retention", "eligible", *v, "--json").json()
    assert [r["chart_number"] for r in rows] == [later.chart_number]
    every = {r["chart_number"]: r for r in cli(capsys, monkeypatch, "retention", "eligible", *v, "--all",
                                                "--json").json()}
    kept = every[old.chart_number]
    assert (kept["standing"], kept["eligible_on"], kept["uncovered_from"]) == ("uncovered", None, "2015-01-01")
    text = cli(capsys, monkeypatch, "retention", "eligible", *v, "--all").out
    assert "KEPT" in text and "applies to therapy ended on or after 01/01/2015" in text

    refused = cli(capsys, monkeypatch, "destroy", *v, "--client", old.chart_number, "--basis", "retention",
                  "--confirm", old.chart_number)
    assert refused.code == 6, refused.err
    assert "not eligible on its retention period: Cal. Bus. & Prof. Code 4980.49" in refused.err
    assert "Applies to therapy" not in refused.err

    # The count the dashboard and the reminder say leaves it out too (its stored dates follow the preset's day).
    with open_vault(vault_dir, PASSPHRASE) as reopened:
        assert retention_due.eligible_count(reopened.records, date(2026, 12, 6)) == 1
