"""The kinds of information an authorization describes and the notes that may hold others' words
(domain/disclosure_parts.py), table-driven both sides: what a disclosure sends, what is refused
and what is let through."""

from __future__ import annotations

import pytest

from vault_app.domain.authorization import parse_kinds
from vault_app.domain.disclosure_parts import (
    PARTS,
    others_refusals,
    parse_parts,
    parts_refusals,
    parts_sent,
    shared_reason,
)
from vault_app.domain.errors import InvalidInput, Problem, keys


@pytest.mark.parametrize(("kind", "fields", "sent"), [
    ("progress", (), ("progress_notes",)),
    ("progress", ("measures",), ("progress_notes", "measures")),
    ("billing", (), ("attendance", "diagnosis")),
    ("billing", ("client_id", "date_of_service"), ("attendance",)),
    ("billing", ("client_id", "icd10_codes"), ("diagnosis",)),
    ("psychotherapy", (), ()),  # its own authorization (164.508(b)(3)(ii)) is checked by `covers`
])
def test_what_a_disclosure_sends(kind: str, fields: tuple[str, ...], sent: tuple[str, ...]) -> None:
    assert parts_sent(kind, fields) == sent


_SCHOOL = frozenset({"attendance", "summary"})  # "attendance, progress summary, school accommodations"


@pytest.mark.parametrize(("described", "sent", "confirmed", "manual", "code"), [
    # refused: outside what it describes, and unconfirmed where it records none
    (_SCHOOL, ("progress_notes",), False, False, "scope.parts.outside"),
    (_SCHOOL, ("progress_notes",), True, False, "scope.parts.outside"),  # a tick never widens recorded kinds
    (frozenset({"progress_notes"}), ("progress_notes", "measures"), False, False, "scope.parts.outside"),
    (frozenset({"attendance"}), ("attendance", "diagnosis"), False, False, "scope.parts.outside"),
    (frozenset(), ("progress_notes",), False, False, "scope.parts.unconfirmed"),
    # let through
    (_SCHOOL, ("attendance",), False, False, ""),
    (frozenset({"progress_notes", "measures"}), ("progress_notes", "measures"), False, False, ""),
    (frozenset(), ("progress_notes",), True, False, ""),
    (_SCHOOL, ("progress_notes",), False, True, ""),  # a disclosure already made is recorded, not blocked
    (_SCHOOL, (), False, False, ""),  # psychotherapy notes: checked apart
])
def test_parts_refused_or_let_through(described: frozenset[str], sent: tuple[str, ...], confirmed: bool,
                                      manual: bool, code: str) -> None:
    said = parts_refusals("a1", described, sent, confirmed=confirmed, manual=manual)
    assert [p.code for p in said if isinstance(p, Problem)] == ([code] if code else [])
    if said:
        assert "Authorization a1" in said[0] and "164.508(a)(1) and (c)(1)(i)" in said[0]


def test_the_refusal_names_what_lies_outside_and_what_is_described() -> None:
    said = parts_refusals("a1", _SCHOOL, ("progress_notes", "measures"), confirmed=False, manual=False)[0]
    assert said == ("Authorization a1 describes only dates of attendance, a treatment summary or letter; it does not "
                    "describe full progress notes, assessments and measures (45 CFR 164.508(a)(1) and (c)(1)(i)).")
    assert isinstance(said, Problem) and said.params["parts"] == keys(["progress_notes", "measures"])


@pytest.mark.parametrize(("modality", "joint", "reason"), [
    ("family", False, "family"), ("couple", False, "couple"), ("group", False, "group"),
    ("family", True, ""), ("individual", True, ""), ("individual", False, ""), ("", False, ""),
])
def test_why_a_note_may_hold_others_words(modality: str, joint: bool, reason: str) -> None:
    assert shared_reason(modality, joint) == reason


@pytest.mark.parametrize(("flagged", "reviewed", "manual", "code"), [
    ((("12/06/2026", 0),), False, False, "scope.others.one"),
    ((("12/01/2026", 2), ("12/06/2026", 2)), False, False, "scope.others"),
    ((("12/06/2026", 0),), True, False, ""),
    ((("12/06/2026", 0),), False, True, ""),
    ((), False, False, ""),
])
def test_others_refused_unless_reviewed(flagged: tuple[tuple[str, int], ...], reviewed: bool, manual: bool,
                                        code: str) -> None:
    said = others_refusals(flagged, reviewed=reviewed, manual=manual)
    assert [p.code for p in said if isinstance(p, Problem)] == ([code] if code else [])
    for day, _n in flagged if said else ():
        assert day in said[0]


@pytest.mark.parametrize(("sessions", "words"), [
    (("family",), "(12/06/2026): the note of a family session."),
    (("family", "family", "couple"), "(12/01/2026, 12/06/2026): notes of 1 couple session and 2 family sessions."),
    (("group", "couple", "group"), "(12/01/2026, 12/06/2026): notes of 1 couple session and 2 group sessions."),
    ((), "a couple, family or group session."),  # the kinds not given: said as before
])
def test_the_refusal_counts_the_notes_of_each_kind_of_session(sessions: tuple[str, ...], words: str) -> None:
    days = ("12/01/2026", "12/06/2026", "12/06/2026")
    flagged = tuple((d, 0) for d in days[-max(1, len(sessions)):])
    said = others_refusals(flagged, reviewed=False, manual=False, sessions=sessions)
    assert words in said[0], said[0]
    assert said[0].startswith(f"{len(flagged)} selected note")


def test_parts_are_a_fixed_list() -> None:
    assert parse_parts(["attendance", "measures"]) == {"attendance", "measures"}
    assert parse_parts([]) == frozenset()
    assert "psychotherapy" not in PARTS
    with pytest.raises(InvalidInput):
        parse_parts(["everything"])


@pytest.mark.parametrize(("words", "parsed"), [
    (["progress"], {"progress_notes"}),  # --covers' word for progress notes (a walker)
    (["progress_notes", "progress"], {"progress_notes"}),
    (["attendance", "progress"], {"attendance", "progress_notes"}),
])
def test_progress_is_taken_for_progress_notes(words: list[str], parsed: set[str]) -> None:
    assert parse_parts(words) == parsed


@pytest.mark.parametrize("word", ["psychotherapy", "progress notes", "notes", "Progress"])
def test_other_words_are_still_refused(word: str) -> None:
    with pytest.raises(InvalidInput):
        parse_parts([word])


@pytest.mark.parametrize(("words", "parsed"), [
    (["progress"], {"progress"}),
    (["progress_notes"], {"progress"}),  # --describes' word for the same notes
    (["psychotherapy_notes"], {"psychotherapy"}),
    (["billing", "progress_notes"], {"billing", "progress"}),
])
def test_covers_takes_describes_words_too(words: list[str], parsed: set[str]) -> None:
    assert parse_kinds(words) == parsed


@pytest.mark.parametrize("word", ["attendance", "notes", "progress notes", "billing_notes"])
def test_covers_still_refuses_other_words(word: str) -> None:
    with pytest.raises(InvalidInput):
        parse_kinds([word])
