"""The words of the core's refusals about legal requests, authorizations, decisions,
disclosures, restrictions, export, letters and superbills, in the screen's language.

A book of gui/refusal_words.py (which reads it): code -> words, with {what} for the field's name
and the refusal's params as {names}; es.ts holds the Spanish under the "RefusalWordsLegal" context.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTEXT = "RefusalWordsLegal"

SAYS: Mapping[str, str] = {}

HINTS: Mapping[str, str] = {}

FIELD_NAMES: Mapping[str, str] = {}
