"""The client list's one naming rule (domain/list_names.py), shared by the window and `client list`:
the legal name beside a different preferred one, the birth year where rows read the same, and the
end kept in sight where a column cuts the name. Table-driven, both sides of each rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from vault_app.domain.clinical import ClientSummary
from vault_app.domain.list_names import ENGLISH, ListName, Words, list_names, surname

SPANISH = Words(beside=lambda p, legal: f"{p} ({legal})", born=lambda n, y: f"{n}, nac. {y}",
                kind=lambda n, k: f"{n} ({ {'couple': 'pareja'}.get(k, k)})")


@dataclass(frozen=True)
class Row:
    """A ClientSummary-like row: the rule asks no more of it."""

    client_id: str
    legal_name: str
    preferred_name: str = ""
    date_of_birth: date | None = None
    kind: str = "individual"
    sort_as: str = ""  # the chart's own (records migration 0114)


def _said(rows: list[Row], words: Words = ENGLISH, mask: str | None = None) -> list[tuple[str, str]]:
    named = list_names(rows, words, mask=mask)
    return [named[row.client_id].said(words) for row in rows]


Y84, Y91 = date(1984, 5, 6), date(1991, 7, 8)

CASES = [
    # (why, rows, [(name as read, end kept in sight)])
    ("one name alone: as it is", [Row("a", "Sam Rivers", date_of_birth=Y84)], [("Sam Rivers", "")]),
    ("different names: no year", [Row("a", "Sam Rivers", date_of_birth=Y84), Row("b", "Ana Reyes", date_of_birth=Y91)],
     [("Sam Rivers", ""), ("Ana Reyes", "")]),
    ("same names: each its year",
     [Row("a", "Sam Rivers", date_of_birth=Y84), Row("b", "Sam Rivers", date_of_birth=Y91)],
     [("Sam Rivers, born 1984", ", born 1984"), ("Sam Rivers, born 1991", ", born 1991")]),
    ("same in another case: still the same name",
     [Row("a", "Sam Rivers", date_of_birth=Y84), Row("b", "sam rivers", date_of_birth=Y91)],
     [("Sam Rivers, born 1984", ", born 1984"), ("sam rivers, born 1991", ", born 1991")]),
    ("same names, one birth date unknown: the known year only",
     [Row("a", "Sam Rivers", date_of_birth=Y84), Row("b", "Sam Rivers")],
     [("Sam Rivers, born 1984", ", born 1984"), ("Sam Rivers", "")]),
    ("a different preferred name: the legal one beside it",
     [Row("a", "Daniel Ortiz", "Dan")], [("Dan (Daniel Ortiz)", " (Daniel Ortiz)")]),
    ("a preferred name that is the legal one (any case): said once",
     [Row("a", "Wren Holloway", "wren holloway")], [("wren holloway", "")]),
    ("a preferred name alone does not collide with the same legal name",
     [Row("a", "Daniel Ortiz", "Dan", Y84), Row("b", "Dan", date_of_birth=Y91)],
     [("Dan (Daniel Ortiz)", " (Daniel Ortiz)"), ("Dan", "")]),
    ("same preferred and legal names: the year, kept over the legal name",
     [Row("a", "Daniel Ortiz", "Dan", Y84), Row("b", "Daniel Ortiz", "Dan", Y91)],
     [("Dan (Daniel Ortiz), born 1984", ", born 1984"), ("Dan (Daniel Ortiz), born 1991", ", born 1991")]),
    ("parentheses in a legal name: kept whole in the legal part",
     [Row("a", "Rosalind Honeywater (demo)", "Roz")],
     [("Roz (Rosalind Honeywater (demo))", " (Rosalind Honeywater (demo))")]),
    ("a name with parentheses that reads as another row's preferred-and-legal: told apart",
     [Row("a", "Rosalind Honeywater (demo)", "Roz", Y84), Row("b", "Roz (Rosalind Honeywater (demo))",
                                                                 date_of_birth=Y91)],
     [("Roz (Rosalind Honeywater (demo)), born 1984", ", born 1984"),
      ("Roz (Rosalind Honeywater (demo)), born 1991", ", born 1991")]),
    # Round 39's walker read "Ñuño (Ñuño Peña)": the name said twice, the row no clearer for it
    ("a preferred name that is the legal name's first word (any case): the legal name, said once",
     [Row("a", "Ñuño Peña", "Ñuño"), Row("b", "Rosalind Honeywater (demo)", "rosalind")],
     [("Ñuño Peña", ""), ("Rosalind Honeywater (demo)", "")]),
    ("a preferred name that is another of the legal name's words: beside it, the one used said",
     [Row("a", "Juan Carlos Ramírez", "Carlos")], [("Carlos (Juan Carlos Ramírez)", " (Juan Carlos Ramírez)")]),
    ("the legal name said once still collides with the same legal name: the years",
     [Row("a", "Ñuño Peña", "Ñuño", Y84), Row("b", "Ñuño Peña", date_of_birth=Y91)],
     [("Ñuño Peña, born 1984", ", born 1984"), ("Ñuño Peña, born 1991", ", born 1991")]),
    ("parentheses differing: not the same name",
     [Row("a", "Ana Reyes (demo)", date_of_birth=Y84), Row("b", "Ana Reyes", date_of_birth=Y91)],
     [("Ana Reyes (demo)", ""), ("Ana Reyes", "")]),
    ("a couple's chart says its kind, never a year",
     [Row("a", "Rivers couple", kind="couple"), Row("b", "Rivers couple", kind="couple")],
     [("Rivers couple (couple)", " (couple)"), ("Rivers couple (couple)", " (couple)")]),
]


@pytest.mark.parametrize(("why", "rows", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_rule(why: str, rows: list[Row], expected: list[tuple[str, str]]) -> None:
    assert _said(rows) == expected, why


def test_privacy_mask_hides_every_name_and_year_but_not_the_kind() -> None:
    rows = [Row("a", "Sam Rivers", date_of_birth=Y84), Row("b", "Sam Rivers", date_of_birth=Y91),
            Row("c", "Daniel Ortiz", "Dan"), Row("d", "Rivers couple", kind="couple")]
    assert _said(rows, mask="•••") == [("•••", ""), ("•••", ""), ("•••", ""), ("••• (couple)", " (couple)")]


def test_words_are_the_callers_and_collisions_are_as_they_read() -> None:
    rows = [Row("a", "Sam Rivers", date_of_birth=Y84), Row("b", "Sam Rivers", date_of_birth=Y91),
            Row("c", "Rivers", kind="couple")]
    assert _said(rows, SPANISH) == [("Sam Rivers, nac. 1984", ", nac. 1984"), ("Sam Rivers, nac. 1991", ", nac. 1991"),
                                    ("Rivers (pareja)", " (pareja)")]


def test_a_translation_that_does_not_start_with_the_name_keeps_no_end() -> None:
    words = Words(beside=lambda p, legal: f"{legal}: {p}", born=ENGLISH.born, kind=ENGLISH.kind)
    assert ListName("Dan", legal="Ortiz").said(words) == ("Ortiz: Dan", "")


def test_client_summaries_are_rows() -> None:
    row = ClientSummary("a", "C-1", "Daniel Ortiz", "Dan", Y84, "active", None, False, False)
    assert list_names([row])["a"] == ListName("Dan", legal="Daniel Ortiz", surname="Ortiz")


SURNAMES = [  # (legal name, the word the list sorts it by: storage/clinical_clients.py LIST_KEY)
    ("Maria Alvarez", "Alvarez"),
    ("ana de la Cruz", "Cruz"),
    ("Cher", "Cher"),
    ("Rosalind Honeywater (demo)", "Honeywater"),  # a demo chart's mark is no surname
    ("Ortiz-Fernández, Daniel", "Daniel"),  # written surname first: sorted under its last word all the same
    ("Sam Rivers Jr.", "Jr."),
    ("Ana Reyes (Ana)", "(Ana)"),  # only the demo's own mark is left out
]


@pytest.mark.parametrize(("legal", "word"), SURNAMES, ids=[s[0] for s in SURNAMES])
def test_the_word_a_chart_is_listed_by(legal: str, word: str) -> None:
    assert surname(legal) == word


SORTED_BY = [  # (why, row, the word kept whole where a column cuts the name)
    ("a legal name alone: its last word", Row("a", "Rosalind Honeywater (demo)"), "Honeywater"),
    ("beside a preferred name: the legal name's last word", Row("a", "Rosalind Honeywater (demo)", "Roz"),
     "Honeywater"),
    ("a preferred name that is the first word: the legal name's last word", Row("a", "Ñuño Peña", "Ñuño"), "Peña"),
    ("a preferred name that is the legal one in another case: its word as shown", Row("a", "Wren Holloway",
                                                                                     "wren holloway"), "holloway"),
    ("a couple's chart: sorted by the name it starts with, nothing to keep", Row("a", "Rivers couple", kind="couple"),
     ""),
]


@pytest.mark.parametrize(("why", "row", "word"), SORTED_BY, ids=[s[0] for s in SORTED_BY])
def test_the_word_kept_in_sight_is_the_one_sorted_by(why: str, row: Row, word: str) -> None:
    assert list_names([row])[row.client_id].surname == word, why
    assert list_names([row], mask="•••")[row.client_id].surname == "", "privacy mode: no name, no word of it"


def test_the_year_added_keeps_the_word_sorted_by() -> None:
    rows = [Row("a", "Sam Rivers", date_of_birth=Y84), Row("b", "Sam Rivers", date_of_birth=Y91)]
    assert {parts.surname for parts in list_names(rows).values()} == {"Rivers"}


def test_the_words_kept_in_sight_are_the_charts_sort_as_where_the_name_holds_them() -> None:
    """A chart listed under its own "sort as" (records migration 0114): those words are the ones
    kept whole where the column cuts the name; a sort-as the name does not hold (a name changed
    since): its last word, which the cut can find."""
    rows = [Row("a", "María García López", sort_as="García López"),
            Row("b", "Ana Ruiz", preferred_name="Anita", sort_as="ruiz"),
            Row("c", "Eva Soto Vidal", sort_as="Prieto Vidal")]
    named = list_names(rows)
    assert [named[r.client_id].surname for r in rows] == ["García López", "ruiz", "Vidal"]
