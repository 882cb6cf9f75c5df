"""The History's line for an addendum in Spanish (round 39's walker, a bilingual therapist): it read
"nota: enmendada", an amendment (a correction), for an addendum, which corrects nothing. The ledger
has one kind for both (note.amended) and records which was added; the line now says it, in both
languages, and the phrase claims neither ("Added to a signed note"; it read "note: amended" in English
until round 45)."""

from __future__ import annotations

import pytest

from vault_app.gui import i18n
from vault_app.gui.history_words import EVENTS, describe_event

pytestmark = pytest.mark.gui

ADDENDUM = {"kind": "progress", "note_id": "n1", "client_id": "c1", "amendment_id": "a1", "change": "addendum"}
AMENDMENT = {**ADDENDUM, "change": "amendment"}


def test_an_addendum_and_an_amendment_are_told_apart_in_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert EVENTS["note.amended"] == "Added to a signed note"
    assert describe_event("note.amended", ADDENDUM) == "Added to a signed note (progress note; addendum)"
    assert describe_event("note.amended", AMENDMENT) == "Added to a signed note (progress note; amendment)"
    # an entry that does not say (or says something unknown): as it read before
    assert describe_event("note.amended", {"kind": "progress"}) == "Added to a signed note (progress note)"
    assert describe_event("note.amended", {"kind": "progress", "change": "??"}) \
        == "Added to a signed note (progress note)"


def test_an_addendum_is_no_enmienda_in_spanish(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install("es") == "es"
    try:
        addendum = describe_event("note.amended", ADDENDUM)
        assert addendum == "Añadido a una nota firmada (nota de evolución; adenda)", addendum
        assert "enmend" not in addendum and "enmienda" not in addendum
        assert describe_event("note.amended", AMENDMENT) == \
            "Añadido a una nota firmada (nota de evolución; enmienda)"
    finally:
        i18n.install("en")
