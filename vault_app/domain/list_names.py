"""How the client list names its rows: one rule for the window's Name cell and `client list`.

A therapist knows a client by the preferred name, so the legal name is said beside a different
preferred one ("Dan (Daniel Ortiz)"), and the birth year where two rows would otherwise read the
same ("Sam Rivers, born 1984"); a couple's or family's chart says its kind. Found by walkers: "Dan"
alone with no surname, and two "Sam Rivers" told apart only by the chart number. The window and
the command line each kept this rule in words of their own (gui/client_list.py,
cli/clinical_commands.py) and could drift apart; both now ask here.

This module decides the parts, which end must stay in sight where a column cuts the name, and
the word the list is sorted by (`surname`), which a cut must leave whole: the list is by last name
(storage/clinical_clients.py LIST_KEY), and a narrow column drew "Rosalind … (demo)" and
"Rosalind Honeywat…", the very word the rows were in order by cut away (found at 1366x768). The
words come from the caller (the window's are translated, the command line's are English)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol


class ListedRow(Protocol):
    """What a row of the client list carries for its name (domain.clinical.ClientSummary)."""

    @property
    def client_id(self) -> str: ...
    @property
    def legal_name(self) -> str: ...
    @property
    def preferred_name(self) -> str: ...
    @property
    def date_of_birth(self) -> date | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def sort_as(self) -> str: ...


@dataclass(frozen=True)
class Words:
    """How a caller says each part: the window in the language shown, the command line in English."""

    beside: Callable[[str, str], str]  # (preferred, legal) -> "Dan (Daniel Ortiz)"
    born: Callable[[str, int], str]  # (name, year) -> "Sam Rivers, born 1984"
    kind: Callable[[str, str], str]  # (name, kind) -> "Rivers (family)"


ENGLISH = Words(beside=lambda preferred, legal: f"{preferred} ({legal})",
                born=lambda name, year: f"{name}, born {year}",
                kind=lambda name, kind: f"{name} ({kind})")


# A demo chart's mark is no surname (services/demo.py DEMO_MARK; LIST_KEY leaves it out too).
DEMO_MARK = " (demo)"


def surname(legal_name: str) -> str:
    """The word a person's chart is listed by: the last word of the legal name, a demo chart's
    mark left out, as storage/clinical_clients.py LIST_KEY (and migration 0109's index) sorts it
    in SQL ("ana de la Cruz" by Cruz; "García López, María" by María, its last word)."""
    plain = legal_name.replace(DEMO_MARK, "")
    return plain[plain.rfind(" ") + 1:]


def listed_by(legal_name: str, sort_as: str) -> str:
    """The words a person's row keeps whole: the chart's "sort as" where the name holds it
    ("García López", records migration 0114), else the last word the list sorts it by."""
    return sort_as if sort_as and sort_as.casefold() in legal_name.casefold() else surname(legal_name)


@dataclass(frozen=True)
class ListName:
    """One row's name in parts. `name` is what the row is called (the preferred name, else the
    legal one; the mask in privacy mode); `legal` the legal name said beside a different preferred
    one; `year` the birth year telling it apart from a row that reads the same; `kind` a couple's
    or family's chart's kind ("" for a person); `surname` the word the list sorts the row by, to
    keep whole in sight (a person's; "" for a case, sorted by the name it starts with, or a mask)."""

    name: str
    legal: str = ""
    year: int | None = None
    kind: str = ""
    surname: str = ""

    def said(self, words: Words = ENGLISH) -> tuple[str, str]:
        """The name as read, and its end to keep in sight where a column cuts it: the part added
        last, which is the one telling this row from the others (the year over the legal name)."""
        if self.kind:
            shown = words.kind(self.name, self.kind)
            return shown, added(shown, self.name)
        shown, end = self.name, ""
        if self.legal:
            before, shown = shown, words.beside(shown, self.legal)
            end = added(shown, before)
        if self.year is not None:
            before, shown = shown, words.born(shown, self.year)
            end = added(shown, before)
        return shown, end


def added(shown: str, start: str) -> str:
    """What a said name adds after its start ("" where a translation does not start with it)."""
    return shown[len(start):] if shown.startswith(start) and len(shown) > len(start) else ""


def _parts(row: ListedRow, mask: str | None) -> ListName:
    """A row's parts before any year: the mask hides every name (and so any year) but the kind."""
    kind = "" if row.kind == "individual" else row.kind
    if mask is not None:
        return ListName(mask, kind=kind)
    preferred, legal = row.preferred_name, row.legal_name
    if kind:
        return ListName(preferred or legal, kind=kind)
    if preferred and legal and preferred.casefold() == legal.split(" ", 1)[0].casefold() != legal.casefold():
        # The first given name: "Ñuño (Ñuño Peña)" said it twice (round 39's walker); the legal name says it
        return ListName(legal, surname=listed_by(legal, row.sort_as))
    if preferred and legal and preferred.casefold() != legal.casefold():
        return ListName(preferred, legal=legal, surname=listed_by(legal, row.sort_as))
    # The legal name, or a preferred one that is it in another case: its last word as shown.
    shown = preferred or legal
    return ListName(shown, surname=listed_by(shown, row.sort_as) if legal else "")


def list_names(rows: Iterable[ListedRow], words: Words = ENGLISH, *,
               mask: str | None = None) -> dict[str, ListName]:
    """{client id: its name's parts} for the rows listed together. A person's birth year is added
    where two rows would read the same without it, as the caller says them (a translated name
    reads as the reader sees it). `mask`: privacy mode, every name shown as it, no year."""
    listed = [(row, _parts(row, mask)) for row in rows]
    reads = Counter(parts.said(words)[0].casefold() for _row, parts in listed)
    named: dict[str, ListName] = {}
    for row, parts in listed:
        told_apart = (mask is None and not parts.kind and row.date_of_birth is not None
                      and reads[parts.said(words)[0].casefold()] > 1)
        named[row.client_id] = ListName(parts.name, parts.legal, row.date_of_birth.year, parts.kind, parts.surname) \
            if told_apart and row.date_of_birth is not None else parts
    return named


__all__ = ["DEMO_MARK", "ENGLISH", "ListName", "ListedRow", "Words", "added", "list_names", "listed_by", "surname"]
