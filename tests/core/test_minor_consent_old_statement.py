"""A minors' consent rule applied by an earlier version keeps the statement that version saved
(Jurisdiction.minor_consent_source): "... Section text NOT verified (...) on 2026-12-06: ...". Found: shown
as saved, in English, on a Spanish screen, and by the CLI with the date beside "NOT verified" that the
preset's words have since dropped. The saved text is now read as the preset it states (its citation and
age), and said from the data. Table-driven, both sides; then the CLI on a real vault."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from vault_app.domain import minor_consent_presets as mcp
from vault_app.services import practice
from vault_app.services.vault import Vault

CA, NY = mcp.find("CA"), mcp.find("NY")


def _first_words(p: mcp.MinorConsentPreset) -> str:
    """The statement as e058569e saved it (the first version of the presets)."""
    return (f"{p.citation}: a minor {p.age} or older may consent to outpatient mental health treatment. Conditions: "
            f"{p.conditions} section text NOT verified ({mcp.CHECK_TEXT}) on 2026-12-06: {p.how_checked}")


def _second_words(p: mcp.MinorConsentPreset) -> str:
    """The statement as 0a22e201 saved it (with migration 0107)."""
    return (f"{p.citation}: a minor {p.age} or older may consent to outpatient mental health treatment. Conditions: "
            f"{p.conditions} Section text NOT verified ({mcp.CHECK_TEXT}) on 2026-12-06: {p.how_checked}")


@pytest.mark.parametrize(("source", "expected"), [
    (CA.statement(), CA), (NY.statement(), NY),
    (_first_words(CA), CA), (_second_words(CA), CA), (_first_words(NY), NY), (_second_words(NY), NY),
    # Not a preset's statement: said as saved.
    ("", None),
    ("set by hand after reading the statute", None),
    (_second_words(replace(CA, age=14)), None),  # another age under CA's section: not the preset
    ("Cal. Fam. Code 6924(b)", None),  # the section alone states no rule
])
def test_the_preset_a_saved_source_states(source: str, expected: mcp.MinorConsentPreset | None) -> None:
    assert mcp.preset_of_source(source) == expected


def test_the_cli_says_the_old_statement_in_todays_words(vault: Vault, vault_dir: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    practice.update(vault, jurisdiction={"age_of_consent_for_treatment": 12, "minor_consent_source": _second_words(CA)})
    vault.lock()
    shown = cli(capsys, monkeypatch, "decision", "settings", "--vault", str(vault_dir))
    assert shown.code == 0, shown.err
    assert CA.statement() in shown.out and "NOT verified" not in shown.out, shown.out
    assert "California minors' consent rule applied" in shown.out
