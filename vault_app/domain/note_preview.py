"""A note's line in the chart's list of notes: its first words, not an export's header.

An imported note's text is its PDF's text as read (services/importers/), and every note of an
export starts with the same header: "Progress Note", "Client: ...", "DOB: ...", "Provider: ...",
"Date of service: ...". Its first 120 characters were that header, and the chart's list showed one
preview for all the notes of a chart (round 39's walker). The preview of an imported note skips a
header at its start; its stored text, which the import's signature seals, is not changed.

Only an imported note's: a note typed in the app may well start "Client: arrived late", and its
preview stays its first words. Only a header: lines "Label: value" whose label an export prints
(HEADER_LABELS), blank lines, and a short title line before them; the first other line is where
the note's words begin. A note that is all header previews as it is rather than as nothing.
"""

from __future__ import annotations

import re

PREVIEW_CHARS = 120
# What of an imported note's start the list reads to find its words: the header and a line more.
HEADER_READ_CHARS = 1_200
# The labels of the lines an export prints above a note (SimplePractice's, and the like of other
# systems'), folded: case and spacing do not count.
HEADER_LABELS = frozenset({
    "client", "client name", "patient", "patient name", "dob", "date of birth", "birth date", "provider",
    "clinician", "therapist", "rendering provider", "supervisor", "date of service", "service date", "date",
    "time", "appointment", "appointment date", "session date", "location", "place of service", "service",
    "service code", "cpt code", "duration", "session duration", "practice", "npi", "license",
    "cliente", "paciente", "fecha de nacimiento", "profesional", "terapeuta", "fecha del servicio", "fecha",
    "hora", "cita", "lugar",
})
_LABELLED = re.compile(r"^\s*([^:\n]{1,40}?)\s*:(?:\s|$)")
# A title above the header ("Progress Note", "Intake Note", "Psychotherapy Note"): short, no colon.
_TITLE_CHARS = 60
_TITLES_AT_MOST = 2


def _header_line(line: str) -> bool:
    found = _LABELLED.match(line)
    return found is not None and " ".join(found.group(1).split()).casefold() in HEADER_LABELS


def _words_start(lines: list[str]) -> int:
    """The index of the first line after an export's header at the start of `lines`; 0 where
    there is no header."""
    at = 0
    titles = 0
    while at < len(lines) and not lines[at].strip():
        at += 1
    # A title line or two, only when a header line follows them.
    while at < len(lines) and titles < _TITLES_AT_MOST and lines[at].strip() and ":" not in lines[at] \
            and len(lines[at].strip()) <= _TITLE_CHARS and not _header_line(lines[at]):
        at += 1
        titles += 1
    if at >= len(lines) or not _header_line(lines[at]):
        return 0
    while at < len(lines) and (not lines[at].strip() or _header_line(lines[at])):
        at += 1
    return at


def note_preview(text: str, *, imported: bool) -> str:
    """The first PREVIEW_CHARS characters of the note's words, on one line."""
    lines = text.splitlines()
    start = _words_start(lines) if imported else 0
    if start >= len(lines):  # nothing but a header
        start = 0
    return " ".join(" ".join(lines[start:]).split())[:PREVIEW_CHARS]


__all__ = ["HEADER_LABELS", "HEADER_READ_CHARS", "PREVIEW_CHARS", "note_preview"]
