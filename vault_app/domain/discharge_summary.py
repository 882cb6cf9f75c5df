"""Whether a signed progress note reads as a discharge (termination) summary, as data.

Marking a chart discharged warns when no signed progress note is a summary of how treatment
ended. A note written with the discharge summary template (note_templates.py) is one. A note
written before that template, or in another one, says it by its opening words: the note list
carries only a short preview of a note, never its body.

This is a record-keeping reminder, not a legal rule: a missing summary only warns, and
nothing here refuses a discharge. A practice may write in English or Spanish whatever the
screen's language, so both languages' words count, letter case and accents aside
("Terminación" = "terminacion").

"Alta" alone is not a marker: it is also the everyday adjective "high" ("ansiedad alta"), and
a false match would silence the warning. It counts in the phrases that make it the noun
("resumen de alta", "el alta", "dado de alta") or as the note's heading ("Alta: ..."). The same
holds for "terminación" and "cierre", which a note may use about anything that ends.
"""

from __future__ import annotations

import re
import unicodedata

from vault_app.domain.note_templates import DISCHARGE

# A phrase matches whole words; a trailing "*" lets its last word go on ("discharg*":
# discharge, discharged, discharging). Written without accents: the text is compared so.
ENGLISH_MARKERS: tuple[str, ...] = (
    "discharg*",
    "termination summary",
    "termination note",
    "termination of treatment",
    "termination of therapy",
    "closing summary",
)
SPANISH_MARKERS: tuple[str, ...] = (
    "resumen de alta",
    "informe de alta",
    "nota de alta",
    "el alta",
    "al alta",
    "del alta",
    "alta terapeutica",
    "alta clinica",
    "alta del tratamiento",
    "alta de la terapia",
    "dar de alta",
    "da de alta",
    "doy de alta",
    "damos de alta",
    "dado de alta",
    "dada de alta",
    "resumen de cierre",
    "nota de cierre",
    "cierre del tratamiento",
    "cierre de tratamiento",
    "cierre de la terapia",
    "resumen de terminacion",
    "nota de terminacion",
    "terminacion del tratamiento",
    "terminacion de tratamiento",
    "terminacion de la terapia",
    "finalizacion del tratamiento",
    "fin del tratamiento",
)
# Words that mark the summary only as the note's heading: the note opens with the word and a
# colon, stop or dash ("Alta: objetivos cumplidos", "Terminación - ...").
HEADING_WORDS: tuple[str, ...] = ("discharge", "termination", "alta", "terminacion", "cierre")


def fold(text: str) -> str:
    """Lower case without accents, so "TERMINACIÓN" and "terminacion" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _phrase_pattern(phrase: str) -> str:
    open_end = phrase.endswith("*")
    words = phrase.rstrip("*").split()
    body = r"\W+".join(re.escape(w) for w in words)
    return r"\b" + body + (r"\w*" if open_end else r"\b")


_MARKERS = re.compile("|".join(_phrase_pattern(p) for p in (*ENGLISH_MARKERS, *SPANISH_MARKERS)))
_HEADING = re.compile(r"^\W*(?:" + "|".join(map(re.escape, HEADING_WORDS)) + r")\s*[:.\-\u2013\u2014]")


def reads_as_discharge_summary(opening: str) -> bool:
    """True when a note's opening words (its preview) say it is a discharge summary."""
    folded = fold(opening)
    return bool(_MARKERS.search(folded) or _HEADING.match(folded))


def is_discharge_summary(template: str, opening: str) -> bool:
    """A note of the discharge summary template, or one whose opening words say it is one."""
    return template == DISCHARGE or reads_as_discharge_summary(opening)


__all__ = ["ENGLISH_MARKERS", "HEADING_WORDS", "SPANISH_MARKERS", "fold", "is_discharge_summary",
           "reads_as_discharge_summary"]
