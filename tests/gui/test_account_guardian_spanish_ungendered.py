"""The statement's confirmation, addressed to a guardian, in Spanish: "Comunique la contraseña por
separado al tutor al que va dirigido" was said for a mother (walker wday4 #3, shot-060): the
generic masculine for the person the PDF goes to. Said now in words that fit any guardian, as the
client is never gendered (tests/gui/test_spanish_client_ungendered.py). The real es.ts and the
real words of the account window (gui/account_words.issued_words)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vault_app.domain.decedent import PASSWORD_TO_GUARDIAN
from vault_app.gui.account_words import issued_words
from vault_app.services.superbill import Issued

pytestmark = pytest.mark.gui

# "al tutor", "el tutor", "del tutor" standing for the one person the PDF is addressed to.
MASCULINE_GUARDIAN = re.compile(r"\b(al|el|del) tutor\b(?! o\b)")


@pytest.mark.parametrize("sessions", [0, 1, 3])
def test_the_confirmation_to_a_guardian_fits_a_mother(qtbot, spanish: None, sessions: int) -> None:  # type: ignore[no-untyped-def]
    issued = Issued(disclosure_id="D-1", ledger_seq=1, sha256="", path=Path("/tmp/estado.pdf"), request_id="",
                    addressee="guardian-1", sessions=sessions, charged_cents=0, paid_cents=0, accountable=True,
                    exclusion="", password_to=PASSWORD_TO_GUARDIAN)
    said = issued_words(issued)
    assert "contraseña" in said and "D-1" in said, said
    assert not MASCULINE_GUARDIAN.search(said), said


@pytest.mark.parametrize(("text", "gendered"), [
    ("Comunique la contraseña por separado al tutor al que va dirigido.", True),
    ("Comunique la contraseña por separado a la persona a quien va dirigido.", False),
    ("por un progenitor o tutor", False),
])
def test_the_check_tells_the_gendered_wording_apart(text: str, gendered: bool) -> None:
    assert bool(MASCULINE_GUARDIAN.search(text)) == gendered
