"""A destruction before the end of the retention period, on any basis, says it is early, names the
retention rule it departs from and asks for its reason (found by the walker: the override of a chart
that "must be kept until 12/05/2033" asked only for 15 characters, said nothing of going early, and
its certificate kept no early warning). The rule: domain.destruction.early_destruction."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from tests.core.destruction_helpers import SeededChart, seed_chart
from vault_app.domain.destruction import Basis, DestructionFacts, early_destruction, early_warning, refusals
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import destruction
from vault_app.services.vault import Vault

TODAY = date(2026, 12, 5)
RULE = "Cal. Bus. & Prof. Code 4980.49"
REASON = "records transferred to the new treating provider"

# (basis, eligible on, early?): both sides of the retention end, for every basis.
EARLY_ROWS = [
    ("override", date(2033, 12, 5), True),
    ("override", TODAY + timedelta(days=1), True),
    ("override", None, True),  # the period cannot be computed: nothing says it has ended
    ("override", TODAY, False),  # the first day it may go
    ("override", date(2020, 1, 1), False),
    ("permission", date(2033, 12, 5), True),
    ("permission", None, True),
    ("permission", TODAY, False),
    ("retention", date(2033, 12, 5), False),  # refused outright, not "early" (refusals says so)
    ("retention", date(2020, 1, 1), False),
]


@pytest.mark.parametrize(("kind", "eligible_on", "early"), EARLY_ROWS)
def test_is_this_destruction_early(kind: str, eligible_on: date | None, early: bool) -> None:
    found = early_destruction(kind, eligible_on, TODAY, RULE)
    assert (found is not None) is early
    if found is not None:
        assert found.until == eligible_on and found.rule == RULE
        assert found.reason_field == ("early_reason" if kind == "permission" else "override_reason")


# (basis, eligible on, reason, refusal code or None)
OVERRIDE_ROWS = [
    ("override", date(2033, 12, 5), "", "destruction.early_override_needs_reason.until.source"),
    ("override", date(2033, 12, 5), "too short", "destruction.early_override_needs_reason.until.source"),
    ("override", date(2033, 12, 5), REASON, None),
    ("override", None, "", "destruction.early_override_needs_reason.source"),
    ("override", date(2020, 1, 1), "", "destruction.override_needs_reason"),  # not early: the override's own words
    ("override", date(2020, 1, 1), REASON, None),
    ("permission", date(2033, 12, 5), "", "destruction.early_needs_reason.until.source"),
    ("permission", date(2033, 12, 5), REASON, None),
]


@pytest.mark.parametrize(("kind", "eligible_on", "reason", "code"), OVERRIDE_ROWS)
def test_an_early_destruction_asks_for_its_reason_naming_the_rule(kind: str, eligible_on: date | None, reason: str,
                                                                  code: str | None) -> None:
    facts = DestructionFacts("C00001", "chart", (), (), eligible_on, TODAY, retention_source=RULE)
    basis = (Basis("override", override_reason=reason) if kind == "override"
             else Basis("permission", "ab" * 32, 10, early_reason=reason or None))
    found = refusals(facts, basis, "C00001")
    assert [getattr(p, "code", None) for p in found] == ([code] if code else [])
    warning = early_warning(facts, basis)
    assert bool(warning) is (eligible_on is None or eligible_on > TODAY)
    if warning:
        assert RULE in warning and "must be kept" in warning
        assert ("early" in warning) if kind == "override" else ("does not shorten" in warning)
        if code:
            assert RULE in found[0]


def test_an_early_override_is_refused_without_its_reason_and_certified_as_early(psy_vault: Vault) -> None:
    recent: SeededChart = seed_chart(psy_vault, "R", last_contact=date.today() - timedelta(days=90))
    with pytest.raises(RefusedByPolicy) as caught:
        destruction.destroy(psy_vault, recent.chart_number, basis="override", override_reason="short reason",
                            confirm=recent.chart_number)
    assert "This destruction is early" in str(caught.value)
    assert "APA Record Keeping Guidelines" in str(caught.value), "the rule it departs from is named"
    cert = destruction.destroy(psy_vault, recent.chart_number, basis="override", override_reason=REASON,
                               confirm=recent.chart_number)
    basis = cert["basis"]
    assert basis["eligible_on"] > date.today().isoformat()
    assert basis["override_reason"] == REASON
    assert "This destruction is early" in basis["early_warning"]
    assert "APA Record Keeping Guidelines" in basis["early_warning"]


def test_the_command_line_says_an_early_override_and_asks_its_reason(capsys: pytest.CaptureFixture[str],
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0
    chart = cli(capsys, monkeypatch, "client", "add", "Kept Foryears", "--vault", folder, "--json").json()[
        "client"]["chart_number"]
    assert cli(capsys, monkeypatch, "session", "add", chart, "--vault", folder, "--date", date.today().isoformat(),
               "--duration", "50").code == 0
    refused = cli(capsys, monkeypatch, "destroy", "--vault", folder, "--client", chart, "--basis", "override",
                  "--override-reason", "short reason", "--confirm", chart)
    assert refused.code != 0 and "This destruction is early" in refused.err, refused.err
    assert "APA Record Keeping Guidelines" in refused.err
    done = cli(capsys, monkeypatch, "destroy", "--vault", folder, "--client", chart, "--basis", "override",
               "--override-reason", REASON, "--confirm", chart)
    assert done.code == 0, done.err
    assert "EARLY:" in done.out and "This destruction is early" in done.out
    # Its date as the refusal just before said it (the practice's format), not the certificate's ISO.
    said = re.search(r"must be kept until (\S+) under", refused.err)
    assert said is not None and "/" in said.group(1), refused.err
    early = next(line for line in done.out.splitlines() if line.startswith("EARLY:"))
    assert f"until {said.group(1)} under" in early and not re.search(r"\d{4}-\d{2}-\d{2}", early), early
