"""How the therapist is named on an addendum (PracticeProfile.performer, stored as its author):
read back into its parts, so a screen can say the license line in its own language while what
is stored and signed stays the core's English. Every line the profile writes is read back to
the same parts; anything else (an imported author, a name with words in brackets that are no
license) gives None and is shown as stored."""

from __future__ import annotations

import pytest

from vault_app.domain.practice import UNNAMED_CLINICIAN, PracticeProfile, performer_parts

WRITTEN = [
    # (name, credentials, state, number, npi) -> the parts read back
    ("Jordan Lee", "LCSW", "CA", "12345", "1234567893"),
    ("Jordan Lee", "", "", "12345", ""),
    ("Jordan Lee", "PhD", "", "", "1234567893"),
    ("Jordan Lee", "PhD", "TX", "LPC-7 (B)", ""),  # brackets inside the number: not read, shown as stored
    ("Dr. Ana (Anita) Ruiz", "LMFT", "NY", "000123", "1234567893"),
    ("", "LCSW", "OR", "C1234", ""),  # no name: the core's words for it
    ("Jordan Lee", "LCSW, license 9", "CA", "12345", ""),
]


@pytest.mark.parametrize(("name", "credentials", "state", "number", "npi"), WRITTEN)
def test_what_the_profile_writes_is_read_back(name: str, credentials: str, state: str, number: str,
                                              npi: str) -> None:
    profile = PracticeProfile(clinician_name=name, credentials=credentials, license_state=state,
                              license_number=number, npi=npi)
    parts = performer_parts(profile.performer)
    if "(" in number:
        assert parts is None
        return
    assert parts == (profile.signed_name, state, number, npi)


@pytest.mark.parametrize("stored", [
    "Jordan Lee", "Imported Author", "Jordan Lee (a friend)", UNNAMED_CLINICIAN, f"{UNNAMED_CLINICIAN}, LCSW",
    "Jordan Lee (CA license )", "Jordan Lee (NPI 12345)", "Jordan Lee (the license)",
    "(CA license 1)", "Jordan Lee (CA  license 1)", "",
])
def test_an_author_the_profile_did_not_write_this_way_is_not_read(stored: str) -> None:
    assert performer_parts(stored) is None
