"""The line a flagged measure writes into the session's draft progress note, in the language of
the screen it was entered on (English for any other, and for the CLI). A Spanish therapist's
draft read "[PHQ-9 ...: total 11 (moderate); item 9 answered above "Not at all" ...]" among her
own Spanish sentences, in a note she signs (found on the real app). The first answer is quoted
in the instrument's own published wording for that language (engine.Instrument.wording), so the
line names the answer the client saw. Pure data and functions."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text
from vault_app.domain.measures.engine import Instrument

# {title} {day}: total {total} ({band}); {items} ... "{first}" ... ; an item is said by "item".
RISK_LINE: Mapping[str, tuple[str, str]] = {
    "en": ("[{title} {day}: total {total} ({band}); {items} answered above \"{first}\". Risk assessment and "
           "safety plan to be documented.]", "item {n}"),
    "es": ("[{title} {day}: total {total} ({band}); {items} con respuesta por encima de «{first}». Valoración "
           "del riesgo y plan de seguridad pendientes de documentar.]", "ítem {n}"),
}
# The bands' words (the instruments' English labels) in the languages above; the same Spanish as
# the chart on screen (ChartWords in es.ts).
BAND_WORDS: Mapping[str, Mapping[str, str]] = {
    "es": {"minimal": "mínima", "mild": "leve", "moderate": "moderada", "moderately severe": "moderadamente grave",
           "severe": "grave"},
}


def risk_line(inst: Instrument, taken_on: date, total: int, band: str, risk_items: tuple[str, ...], *,
              language: str = "en", locale: str = DEFAULT_LOCALE) -> str:
    """The note's line for a measure whose risk items (link ids, "phq9_9") were answered above zero."""
    if language not in RISK_LINE:
        language = "en"
    sentence, item_word = RISK_LINE[language]
    items = ", ".join(item_word.format(n=int(i.rsplit("_", 1)[-1])) if i.rsplit("_", 1)[-1].isdigit() else i
                      for i in risk_items)
    return sentence.format(title=inst.title, day=date_text(taken_on, locale), total=total,
                           band=BAND_WORDS.get(language, {}).get(band, band), items=items,
                           first=inst.wording(language).options[0])


__all__ = ["BAND_WORDS", "RISK_LINE", "risk_line"]
