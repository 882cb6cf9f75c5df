"""The words of a destruction refused on its retention basis before the period ends, naming the rule
the policy follows (domain/destruction.refusals: {source} is the practice's retention source, as the
preset or the therapist stated it, kept as written). The words without a rule stay in
gui/refusal_words_destruction.py.

A book of gui/refusal_words.py (which reads it); es.ts holds the Spanish under the
"RefusalWordsRetention" context.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsRetention"

SAYS: Mapping[str, str] = {
    "destruction.retention_not_met.source": QT_TRANSLATE_NOOP(
        "RefusalWordsRetention", "Chart {chart} must be kept until {day} under {source}; this chart cannot be "
                                 "destroyed on that basis yet. Attach the client's written permission or document "
                                 "an override with its reason."),
    "destruction.retention_not_met.notes.source": QT_TRANSLATE_NOOP(
        "RefusalWordsRetention", "Chart {chart} must be kept until {day} under {source}; these psychotherapy notes "
                                 "cannot be destroyed on that basis yet. Attach the client's written permission or "
                                 "document an override with its reason."),
}
HINTS: Mapping[str, str] = {}
FIELD_NAMES: Mapping[str, str] = {}

__all__ = ["CONTEXT", "FIELD_NAMES", "HINTS", "SAYS"]
