"""What a person's chart is listed under ("sort as", records migration 0114).

The client list files a person by the last word of the legal name (domain/list_names.surname).
A Spanish name carries two surnames, the father's first: "María García López" is looked for
under García, and the list put her under López (a walker with a Spanish-speaking practice,
round 37). The chart now keeps what it is listed under; empty, it follows the legal name's last
word as before (every chart made before 0114 is so, its place unchanged).

A new chart gets a proposal, shown in the form before it is saved and changed there freely:
- a name written surname first, "García López, María", is listed under what comes before the
  comma, in any language (that is what the comma says);
- in a practice that writes Spanish, a name of three or more words under its last two
  surnames, the particles before them left out ("María de la Cruz Pérez" under "Cruz Pérez", as
  the Real Academia files "Cruz Pérez, María de la"); where that would leave no given name
  ("Ana de la Cruz") the last word stays, as before. A compound given name is not taken for a
  surname: "Juan Carlos Ramírez" is filed under Ramírez, "Juan Carlos Ramírez Soto" under
  "Ramírez Soto" (domain/given_names.py: which second words are given names, and why a list);
  where the second word is as often either, nothing is proposed.
The same holds for a client whose letters are written in Spanish in a practice that writes English
(a Spanish-speaking client of a US practice: walker wspanish S2, round 43, "María García López" was
filed under López in an English practice): the client's own language says more about the name than the
practice's. Elsewhere nothing is proposed: an English "Mary Ann Smith" has one surname."""

from __future__ import annotations

from vault_app.domain.given_names import EITHER_NAMES, SECOND_GIVEN_NAMES
from vault_app.domain.list_names import DEMO_MARK, surname
from vault_app.domain.name_fold import fold_for_search

# Words that join or introduce a surname without being one ("de la Cruz", "García y López").
PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "e", "i", "da", "das", "do", "dos"})
MAX_SORT_AS_LEN = 200


def writes_spanish(locale_tag: str) -> bool:
    """Whether a practice's locale ("es_US", "es-MX", "es") is one whose names carry two surnames."""
    return locale_tag.replace("-", "_").split("_")[0].casefold() == "es"


def two_surnames_for(practice_locale: str, letters_in: str) -> bool:
    """Whether a new chart's name is read as carrying two surnames: the practice writes Spanish, or
    the client's letters are written in Spanish (domain/letter_language's code "es")."""
    return writes_spanish(practice_locale) or letters_in == "es"


def proposed(legal_name: str, *, two_surnames: bool) -> str:
    """What a new chart of this legal name is listed under, "" where its last word is (the list's
    own rule: nothing to keep)."""
    plain = " ".join(legal_name.replace(DEMO_MARK, "").split())
    if "," in plain:
        before = plain.split(",", 1)[0].strip()
        return "" if not before or before == surname(plain) else before
    if not two_surnames:
        return ""
    words = plain.split(" ")
    named = [i for i, word in enumerate(words) if word.casefold() not in PARTICLES]
    # The given name: the first word, and those after it that are given names (a compound given
    # name: "Juan Carlos", "María del Carmen"; domain/given_names.py says why a list). A word as
    # often a surname as a given name makes the reading unsure: nothing proposed.
    given = 1
    while given < len(named) - 1 and fold_for_search(words[named[given]]) in SECOND_GIVEN_NAMES:
        given += 1
    surnames = named[given:]
    # Two surnames after the given name; else the last word, as the list does without one.
    if len(surnames) < 2 or (len(surnames) == 2 and fold_for_search(words[surnames[0]]) in EITHER_NAMES):
        return ""
    return " ".join(words[surnames[-2]:])


def from_surname(surname: str) -> str:
    """What a chart whose surname is known (an import's last-name column) is listed under: that
    surname, the particles before it left out as a proposal leaves them ("de la Cruz": "Cruz"); ""
    where none is known or it is longer than a sort-as may be (then the name's proposal stands)."""
    words = " ".join(surname.replace(DEMO_MARK, "").split()).split(" ")
    while len(words) > 1 and words[0].casefold() in PARTICLES:
        words = words[1:]
    found = " ".join(words)
    return found if len(found) <= MAX_SORT_AS_LEN else ""


def listed_under(legal_name: str, sort_as: str) -> str:
    """The words a person's chart is listed under: its own, else the legal name's last word."""
    return sort_as.strip() or surname(legal_name)


__all__ = ["MAX_SORT_AS_LEN", "PARTICLES", "from_surname", "listed_under", "proposed", "two_surnames_for",
           "writes_spanish"]
