"""The gate's refusal of notes that may hold what other people said counts them by their session's
kind in Spanish as in English. Found in this round's review: the English said "notes of 1 couple
session and 2 family sessions", the Spanish only "una sesión de pareja, familia o grupo"."""

from __future__ import annotations

import pytest

from vault_app.domain.disclosure_parts import others_refusals
from vault_app.gui.gate_words import said_text

pytestmark = pytest.mark.gui

DAYS = ("12/01/2026", "12/04/2026", "12/06/2026")


def _refusal(sessions: tuple[str, ...]) -> str:
    flagged = tuple((d, 0) for d in DAYS[-max(1, len(sessions)):])
    return said_text(others_refusals(flagged, reviewed=False, manual=False, sessions=sessions)[0])


@pytest.mark.parametrize(("sessions", "words"), [
    (("family",), "1 nota seleccionada puede contener lo que dijeron otras personas (12/06/2026): la nota de una "
                  "sesión familiar. Revise"),
    (("couple",), "(12/06/2026): la nota de una sesión de pareja. Revise"),
    (("family", "family", "couple"), "3 notas seleccionadas pueden contener lo que dijeron otras personas "
                                     "(12/01/2026, 12/04/2026, 12/06/2026): notas de 1 sesión de pareja y 2 "
                                     "sesiones familiares. Revise"),
    (("group", "group"), "(12/04/2026, 12/06/2026): notas de 2 sesiones de grupo. Revise"),
    (("group", "couple", "family"), "notas de 1 sesión de pareja, 1 sesión familiar y 1 sesión de grupo. Revise"),
    ((), "(12/06/2026): una sesión de pareja, familia o grupo. Revise"),  # the kinds not known: as before
])
def test_the_spanish_counts_the_notes_of_each_kind(qtbot, spanish: None, sessions: tuple[str, ...], words: str) -> None:
    said = _refusal(sessions)
    assert words in said, said
    assert "session" not in said and "selected" not in said, said  # no English left in it


@pytest.mark.parametrize(("sessions", "words"), [
    (("family", "family", "couple"), "notes of 1 couple session and 2 family sessions. Review"),
    (("group",), "the note of a group session. Review"),
])
def test_the_english_is_the_cores(sessions: tuple[str, ...], words: str) -> None:
    assert words in _refusal(sessions)
