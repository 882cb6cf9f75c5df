"""The words of the core's refusals about backups and restores, plans, measures,
attachments, holds, accounting, practice settings, templates and the quick-unlock PIN.

A book of gui/refusal_words.py (which reads it): code -> words, with {what} for the field's name
and the refusal's params as {names}; es.ts holds the Spanish under the "RefusalWordsRecords" context.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTEXT = "RefusalWordsRecords"

SAYS: Mapping[str, str] = {}

HINTS: Mapping[str, str] = {}

FIELD_NAMES: Mapping[str, str] = {}
