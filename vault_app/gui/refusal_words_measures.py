"""The words of the outcome measures' refusals (PHQ-9, GAD-7: domain/measures/engine.py): a
measure saved with items unanswered, an answer the instrument does not offer.

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"RefusalWordsMeasures" context. The core's English stays what the CLI prints and an English
screen shows. {instrument} is the instrument's title ("PHQ-9"), the same in every language;
{missing} the numbers of the unanswered items ("3, 7").
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsMeasures"

_INCOMPLETE = QT_TRANSLATE_NOOP(
    "RefusalWordsMeasures", "The {instrument} needs an answer to each of its {items} items ({given} given).")
_NOT_PRORATED = QT_TRANSLATE_NOOP(
    "RefusalWordsMeasures", "Incomplete answers are not scored (the instrument does not define a prorated total).")

SAYS: Mapping[str, str] = {
    "measure.incomplete": _INCOMPLETE,
    "measure.answer_count": _INCOMPLETE,
    "measure.answer_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsMeasures", "Item {item} of the {instrument} has no such answer."),
    "measure.answers_not_list": QT_TRANSLATE_NOOP(
        "RefusalWordsMeasures", "Give the {instrument} answers as a list of {items} numbers."),
    "measure.total_range": QT_TRANSLATE_NOOP("RefusalWordsMeasures", "A {instrument} total is between 0 and {max}."),
    "measure.instrument_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsMeasures", "That measure is not one this app knows."),
}

HINTS: Mapping[str, str] = {
    "measure.incomplete": QT_TRANSLATE_NOOP(
        "RefusalWordsMeasures", "Missing: item {missing}. Incomplete answers are not scored (the instrument does not "
                                "define a prorated total)."),
    "measure.answer_count": _NOT_PRORATED,
    # The core lists the instrument's answers in its English words; the form offers them.
    "measure.answer_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsMeasures", "Choose one of the answers the measure offers."),
    "measure.instrument_unknown": QT_TRANSLATE_NOOP("RefusalWordsMeasures", "Choose a measure from the list."),
}

FIELD_NAMES: Mapping[str, str] = {}

__all__ = ["CONTEXT", "FIELD_NAMES", "HINTS", "SAYS"]
