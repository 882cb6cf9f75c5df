"""A second chart for a client who already has one.

Found in the real app: New client for a name and birth date already in the vault opened a
second chart without a word (a form sent twice, or a returning client entered again). The
client's notes, authorizations and disclosures then split over two charts: an export or a
disclosure accounting from one of them misses what the other holds, and a destruction of
one leaves the other. So a new chart whose person matches an existing client's is asked
about first (the GUI offers to open the existing chart; the command line refuses unless
told `--even-if-duplicate`).

A match is deliberately loose (it only asks): the legal names' words equal once case,
accents and punctuation are set aside and whatever their order ("Quillfeather, Ada"), and
the birth dates equal or one of them not given. A discharged chart counts: a client who
comes back is readmitted in their chart (its retention period runs from the last contact).
"""

from __future__ import annotations

import unicodedata
from datetime import date

from vault_app.domain.clinical import ClientSummary
from vault_app.services.clients import list_clients
from vault_app.services.vault import Vault


def name_key(name: str) -> tuple[str, ...]:
    """The words of a name without case, accents or punctuation, in sorted order."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in plain.casefold()).split()
    return tuple(sorted(words))


def born_alike(born: date | None, other: date | None) -> bool:
    return born is None or other is None or born == other


def _born_alike(born: date | None, other: ClientSummary) -> bool:
    return born_alike(born, other.date_of_birth)


def same_person(name: str, born: date | None, other: ClientSummary) -> bool:
    key = name_key(name)
    return other.kind == "individual" and bool(key) and key == name_key(other.legal_name) and _born_alike(born, other)


def possible_duplicates(vault: Vault, legal_name: str, date_of_birth: date | None) -> list[ClientSummary]:
    """Existing clients (any status) who may be the person a new chart is about."""
    return [c for c in list_clients(vault) if same_person(legal_name, date_of_birth, c)]


People = dict[tuple[str, ...], list[ClientSummary]]


def by_name(people: list[ClientSummary]) -> People:
    """The clients by their name's key, each key computed once (an import checks thousands
    of new charts against thousands of clients)."""
    found: People = {}
    for c in people:
        key = name_key(c.legal_name)
        if c.kind == "individual" and key:
            found.setdefault(key, []).append(c)
    return found


def first_match(name: str, born: date | None, people: People) -> ClientSummary | None:
    """`same_person` against clients indexed by `by_name`."""
    return next((c for c in people.get(name_key(name), ()) if _born_alike(born, c)), None)


def charts_named(found: list[ClientSummary]) -> str:
    """The existing charts by number and status: no name, so the sentence may be raised."""
    return ", ".join(f"{c.chart_number} ({c.status})" for c in found)


__all__ = ["People", "born_alike", "by_name", "charts_named", "first_match", "name_key", "possible_duplicates",
           "same_person"]
