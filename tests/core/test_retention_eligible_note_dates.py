"""`retention eligible`'s note on a chart kept because its therapy ended before the preset's first
day writes its two dates in the practice's date format, as the refusals and the screens do. Found
by a walker: the note said "on or after 2015-01-01 ... last contact was 2008-06-01" beside the list's
"06/01/2008". --json keeps ISO (for machines). In-process CLI, a real vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.retention import not_covered_note
from vault_app.domain.retention_presets import BY_KEY
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("locale", "start", "last"), [
    ("en_US", "01/01/2015", "06/01/2008"),
    ("en_GB", "01/01/2015", "01/06/2008"),
])
def test_the_kept_chart_s_note_says_its_dates_as_the_practice_writes_them(
        psy_vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        locale: str, start: str, last: str) -> None:
    old = seed_chart(psy_vault, "A", last_contact=date(2008, 6, 1))
    psy_vault.lock()
    v = ["--vault", str(vault_dir)]
    assert cli(capsys, monkeypatch, "practice", "update", *v, "--locale", locale).code == 0
    assert cli(capsys, monkeypatch, "retention", "set", *v, "--preset", "CA-MFT").code == 0
    text = cli(capsys, monkeypatch, "retention", "eligible", *v, "--all").out
    (row,) = [line for line in text.splitlines() if line.startswith(old.chart_number)]
    assert f"applies to therapy ended on or after {start}; this chart's last contact was {last}, before it" in row
    assert "2015-01-01" not in text and "2008-06-01" not in text
    (kept,) = cli(capsys, monkeypatch, "retention", "eligible", *v, "--all", "--json").json()
    assert kept["uncovered_from"] == "2015-01-01" and kept["last_contact"] == "2008-06-01"


@pytest.mark.parametrize(("policy", "last", "said"), [
    ("CA-MFT", date(2008, 6, 1), "on or after 2015-01-01; this chart's last contact was 2008-06-01"),  # kept
    ("CA-MFT", date(2015, 1, 1), None),  # covered from its first day
    ("CA", date(2008, 6, 1), None),  # a preset with no first day in the app's sources
])
def test_the_note_is_made_only_for_a_chart_the_preset_does_not_cover(policy: str, last: date,
                                                                     said: str | None) -> None:
    note = not_covered_note(BY_KEY[policy].name, last)
    assert (note is None) if said is None else (note is not None and said in note)
