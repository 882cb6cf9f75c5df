"""A practice handed to a records custodian or a successor: the profile's name changed to theirs while the
retired therapist's credentials, license number, NPI or Tax ID stay (found by a walker: the custodian's
destruction certificates read "Sam Rivera, PsyD (CA license LCS 12345)", the retired therapist's license;
the new Emergency Kit "the clinical records of Sam Rivera, LCSW"). Said when it happens, never refused: the
name's own corrections keep a word of it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from vault_app.domain.practice import PracticeProfile, another_clinician, identifiers_kept

RETIRING = PracticeProfile(clinician_name="Eleanor Marsh", credentials="LCSW", license_number="LCS 12345",
                           license_state="CA", npi="1234567893", tax_id="12-3456789")

# (why, name before, name after, another clinician)
NAME_ROWS = [
    ("the same name", "Eleanor Marsh", "Eleanor Marsh", False),
    ("a spelling corrected", "Eleanor Marsh", "Elinor Marsh", False),
    ("a middle initial added", "Eleanor Marsh", "Eleanor J. Marsh", False),
    ("a new family name", "Eleanor Marsh", "Eleanor Marsh-Oduya", False),
    ("accents and case", "José Ruiz", "jose RUIZ", False),
    ("the first name given", "", "Sam Rivera", False),
    ("a name taken away", "Eleanor Marsh", "", False),
    ("initials are no word", "E. Marsh", "E. Rivera", True),
    ("another clinician", "Eleanor Marsh", "Sam Rivera", True),
]


@pytest.mark.parametrize(("why", "before", "after", "another"), NAME_ROWS)
def test_another_clinician_is_a_name_that_shares_no_word(why: str, before: str, after: str, another: bool) -> None:
    assert another_clinician(before, after) is another, why


# (why, the profile saved after RETIRING, the fields said to be still the retired therapist's)
PROFILE_ROWS = [
    ("the custodian's name alone", replace(RETIRING, clinician_name="Sam Rivera"),
     ("credentials", "license_number", "npi", "tax_id")),
    ("the custodian's name and license", replace(RETIRING, clinician_name="Sam Rivera", credentials="PsyD",
                                                 license_number="PSY 98765"), ("npi", "tax_id")),
    ("the custodian's own of each", replace(RETIRING, clinician_name="Sam Rivera", credentials="PsyD",
                                            license_number="PSY 98765", npi="", tax_id="98-7654321"), ()),
    ("her own name corrected", replace(RETIRING, clinician_name="Eleanor J. Marsh"), ()),
]


@pytest.mark.parametrize(("why", "after", "kept"), PROFILE_ROWS)
def test_identifiers_kept_under_another_clinicians_name(why: str, after: PracticeProfile,
                                                        kept: tuple[str, ...]) -> None:
    assert identifiers_kept(RETIRING, after) == kept, why


def test_practice_update_says_the_license_kept_under_the_custodians_name(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0
    set_up = cli(capsys, monkeypatch, "practice", "update", "--vault", folder, "--clinician-name", "Eleanor Marsh",
                 "--credentials", "LCSW", "--license-number", "LCS 12345", "--license-state", "CA")
    assert set_up.code == 0 and "warning" not in set_up.err

    handed = cli(capsys, monkeypatch, "practice", "update", "--vault", folder, "--clinician-name", "Sam Rivera")
    assert handed.code == 0  # said, not refused: the name is saved
    assert "warning: Still as saved with Eleanor Marsh's name: the credentials and license number." \
        in handed.err
    assert "--license-number" in handed.err

    own = cli(capsys, monkeypatch, "practice", "update", "--vault", folder, "--credentials", "PsyD",
              "--license-number", "PSY 98765")
    assert own.code == 0 and "warning" not in own.err
    shown = cli(capsys, monkeypatch, "practice", "show", "--vault", folder, "--json").json()
    assert (shown["clinician_name"], shown["license_number"]) == ("Sam Rivera", "PSY 98765")
