"""Retention presets checked against statute, and early destruction on the client's permission:
the table (citation in each row), then the services and the CLI on a real vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.destruction import Basis, DestructionFacts, early_permission_warning, refusals
from vault_app.domain.retention import PRESETS, ChartFacts, evaluate, preset
from vault_app.domain.retention_presets import stale_preset_warning
from vault_app.services import practice, retention
from vault_app.services.vault import Vault

# (preset, statute it must cite, adult years, minors: years after 18, section text verified)
PRESET_ROWS = [
    ("CA", "Cal. Bus. & Prof. Code 2919", 7, 7, True),
    ("CA-LEP", "Cal. Bus. & Prof. Code 4989.51", 7, 7, True),
    ("CA-MFT", "Cal. Bus. & Prof. Code 4980.49", 7, 7, False),
    ("CA-LPCC", "Cal. Bus. & Prof. Code 4999.75", 7, 7, False),
    ("CA-LCSW", "SB 578 (Stats. 2014, ch. 312)", 7, 7, False),
    ("NY", "8 NYCRR 29.2(a)(3)", 6, 4, False),  # quoted, not checked against the official compilation
    ("PA", "", 5, 3, False),
    ("apa", "", 7, 3, False),
]


@pytest.mark.parametrize(("key", "statute", "adult", "minor", "verified"), PRESET_ROWS, ids=[r[0] for r in PRESET_ROWS])
def test_preset_table(key: str, statute: str, adult: int, minor: int, verified: bool) -> None:
    p = preset(key)
    assert (p.policy.adult_years, p.policy.minor_years_after_majority, p.policy.age_of_majority) == (adult, minor, 18)
    assert p.source.statute.startswith(statute) and p.source.verified is verified
    assert p.source.checked_on and p.source.profession
    assert ("NOT verified" in p.note) is (not verified)


# (preset, what its statement names as the source, in words a therapist can look up)
SOURCE_ROWS = [
    ("apa", "APA Record Keeping Guidelines (American Psychological Association): 7 years after the last service"),
    ("PA", "5 years for the clinical record is this state's commonly cited figure, not checked against its law"),
    ("NC", "the minors' period is the APA Record Keeping Guidelines (American Psychological Association) default"),
]


@pytest.mark.parametrize(("key", "named"), SOURCE_ROWS, ids=[r[0] for r in SOURCE_ROWS])
def test_a_preset_names_its_source_in_words_not_a_file_the_app_does_not_ship(key: str, named: str) -> None:
    p = preset(key)
    assert named in p.note
    assert ".md" not in p.note


def test_a_policy_saved_with_the_old_wording_keeps_it(vault: Vault) -> None:
    old = "no statute identified; psychologists; APA Record Keeping Guidelines as summarized in REGULATIONS.md"
    practice.update_retention(vault, retention_source=old)
    assert practice.load(vault).jurisdiction.retention_source == old


def test_every_preset_states_statute_profession_and_date() -> None:
    for p in PRESETS.values():
        assert p.source.checked_on == "2026-12-01"
        assert p.source.profession
        assert p.source.statute or "No statute identified" in p.note


def test_a_presets_note_reads_as_sentences() -> None:
    """Seen in `retention presets` and the app's retention box: "Where no law applies. no statute
    identified; ..." and "not verified; section text NOT verified" for the states' presets."""
    for p in PRESETS.values():
        assert ". no " not in p.note, p.note
        assert "; not verified;" not in p.note, p.note


# (preset, citation, date of birth, last contact, eligible on): a minor's record under each rule
MINOR_ROWS = [
    ("CA", "Cal. Bus. & Prof. Code 2919: 7 years past 18", date(2010, 6, 1), date(2024, 1, 10), date(2035, 6, 1)),
    ("CA", "Cal. Bus. & Prof. Code 2919: 7 years from discharge", date(1990, 6, 1), date(2024, 1, 10),
     date(2031, 1, 10)),
    ("apa", "APA guideline: 3 years past majority", date(2010, 6, 1), date(2024, 1, 10), date(2031, 6, 1)),
    ("apa", "APA guideline: the walker's New York minor, a year early", date(2005, 6, 1), date(2019, 5, 1),
     date(2026, 6, 1)),
    ("NY", "8 NYCRR 29.2(a)(3): a minor's until one year after 21", date(2005, 6, 1), date(2019, 5, 1),
     date(2027, 6, 1)),
    ("NY", "8 NYCRR 29.2(a)(3): six years, later than age 22", date(2000, 1, 1), date(2017, 6, 1),
     date(2023, 6, 1)),
    ("NY", "8 NYCRR 29.2(a)(3): an adult's six years", date(1980, 1, 1), date(2020, 3, 2), date(2026, 3, 2)),
]


@pytest.mark.parametrize(("key", "citation", "born", "last", "eligible"), MINOR_ROWS, ids=[r[1] for r in MINOR_ROWS])
def test_minor_rule(key: str, citation: str, born: date, last: date, eligible: date) -> None:
    status = evaluate(ChartFacts("c", "C1", last, born), preset(key).policy)
    assert status.eligible_on == eligible


def test_a_saved_california_policy_with_three_years_is_flagged() -> None:
    warning = stale_preset_warning("California", 7, 3)
    assert "Cal. Bus. & Prof. Code 2919" in warning and "--preset CA" in warning
    assert stale_preset_warning("California: psychologists", 7, 7) == ""
    assert stale_preset_warning("California: psychologists", 10, 9) == "", "longer is never flagged"


# (basis, citation, eligible on, reason, refused)
TODAY = date(2026, 12, 1)
EARLY_ROWS = [
    ("permission", "Cal. Bus. & Prof. Code 2919", date(2030, 1, 1), "", True),
    ("permission", "Cal. Bus. & Prof. Code 2919", date(2030, 1, 1), "client relocating; board consulted", False),
    ("permission", "Cal. Bus. & Prof. Code 2919", None, "", True),
    ("permission", "Cal. Bus. & Prof. Code 2919", date(2020, 1, 1), "", False),
    ("retention", "Cal. Bus. & Prof. Code 2919", date(2020, 1, 1), "", False),
]


@pytest.mark.parametrize(("kind", "citation", "eligible_on", "reason", "refused"), EARLY_ROWS)
def test_early_destruction_on_permission(kind: str, citation: str, eligible_on: date | None, reason: str,
                                         refused: bool) -> None:
    facts = DestructionFacts("C1", "chart", (), (), eligible_on, TODAY, retention_source=citation)
    basis = Basis(kind, "ab" * 32, 10, early_reason=reason or None)  # type: ignore[arg-type]
    found = refusals(facts, basis, "C1")
    assert bool(found) is refused, found
    warning = early_permission_warning(facts, basis)
    assert bool(warning) is (kind == "permission" and (eligible_on is None or eligible_on > TODAY))
    if warning:
        assert citation in warning


def test_set_policy_records_the_source(vault: Vault) -> None:
    retention.set_policy(vault, preset_key="CA")
    assert "Cal. Bus. & Prof. Code 2919" in practice.load(vault).jurisdiction.retention_source
    assert retention.policy_warning(vault) == ""
    retention.set_policy(vault, minor_years_after_majority=3)
    assert retention.source(vault).startswith("Custom values set by the therapist")
    # A vault saved with the old preset, whose name was "California" (the jurisdiction's name
    # no longer renames the policy: tests/core/test_retention_policy_name.py).
    profile = practice.load(vault)
    practice.save(vault, replace(profile, jurisdiction=replace(profile.jurisdiction,
                                                               retention_policy_name="California")))
    assert "2919" in retention.policy_warning(vault)


def test_cli_preset_and_early_destruction(psy_vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    recent = seed_chart(psy_vault, "E", last_contact=date.today())
    psy_vault.lock()
    v = ["--vault", str(vault_dir)]
    assert cli(capsys, monkeypatch, "retention", "set", *v, "--preset", "CA-LEP").code == 0
    shown = cli(capsys, monkeypatch, "retention", "show", *v, "--json").json()
    assert shown["policy"]["minor_years_after_majority"] == 7
    assert "4989.51" in shown["policy"]["source"]
    (lep,) = [p for p in shown["presets"] if p["key"] == "CA-LEP"]
    assert lep["statute"] == "Cal. Bus. & Prof. Code 4989.51" and lep["checked_on"] == "2026-12-01"

    letter = tmp_path / "permission.pdf"
    letter.write_bytes(b"%PDF-1.4 signed permission")
    base = ["destroy", *v, "--client", recent.chart_number, "--basis", "permission", "--permission-file",
            str(letter), "--confirm", recent.chart_number]
    refused = cli(capsys, monkeypatch, *base)
    assert refused.code == 6 and "4989.51" in refused.err and "write down why" in refused.err
    done = cli(capsys, monkeypatch, *base, "--early-reason", "client moved abroad; board consulted", "--json")
    assert done.code == 0, done.err
