"""The gate's count of notes by their session's kind, in the screen's language.

The core's English counts the notes that may hold what other people said by their session's kind
("notes of 1 couple session and 2 family sessions", domain/disclosure_parts._sessions_text) and
gives the kinds as the param `sessions` (keys joined by commas, one per note). The Spanish said
only "una sesión de pareja, familia o grupo" (found in review); here the same count is said from
those keys, in the same order and forms as the core's, so the two languages say the same thing.
One source per form: English has no translator to choose a plural.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from vault_app.domain.disclosure_parts import SHARED_MODALITIES
from vault_app.domain.errors import LIST_MARK
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "GateWords"
UNKNOWN = QT_TRANSLATE_NOOP("GateWords", "a couple, family or group session")
THE_NOTE = {"couple": QT_TRANSLATE_NOOP("GateWords", "the note of a couple session"),
            "family": QT_TRANSLATE_NOOP("GateWords", "the note of a family session"),
            "group": QT_TRANSLATE_NOOP("GateWords", "the note of a group session")}
ONE = {"couple": QT_TRANSLATE_NOOP("GateWords", "%n couple session"),
       "family": QT_TRANSLATE_NOOP("GateWords", "%n family session"),
       "group": QT_TRANSLATE_NOOP("GateWords", "%n group session")}
MANY = {"couple": QT_TRANSLATE_NOOP("GateWords", "%n couple sessions"),
        "family": QT_TRANSLATE_NOOP("GateWords", "%n family sessions"),
        "group": QT_TRANSLATE_NOOP("GateWords", "%n group sessions")}
NOTES_OF = QT_TRANSLATE_NOOP("GateWords", "notes of {counts}")
AND = QT_TRANSLATE_NOOP("GateWords", "{some} and {last}")


def _tr(source: str, n: int = -1) -> str | None:
    """The words in the screen's language, or None where they have none (English: the core's own
    sentence is said then, gui/gate_words.py)."""
    words = QCoreApplication.translate(CONTEXT, source, None, n)
    return None if not words or words == source.replace("%n", str(n)) else words


def sessions_words(value: str) -> str | None:
    """The `sessions` param ("family,family,couple") said as the core's _sessions_text says it in
    English; None when a word lacks a translation or a key is not a kind the core names."""
    sessions = [key for key in value.split(LIST_MARK) if key]
    if any(key not in SHARED_MODALITIES for key in sessions):
        return None
    if not sessions:
        return _tr(UNKNOWN)
    if len(sessions) == 1:
        return _tr(THE_NOTE[sessions[0]])
    counted = [(kind, sessions.count(kind)) for kind in sorted(SHARED_MODALITIES) if kind in sessions]
    said = [_tr(ONE[kind] if n == 1 else MANY[kind], n) for kind, n in counted]
    if any(words is None for words in said):
        return None
    parts = [words for words in said if words is not None]
    joined = parts[0] if len(parts) == 1 else _tr(AND)
    if joined is None:
        return None
    if len(parts) > 1:
        joined = joined.format(some=", ".join(parts[:-1]), last=parts[-1])
    notes = _tr(NOTES_OF)
    return None if notes is None else notes.format(counts=joined)


def with_sessions_words(params: Mapping[str, object]) -> Mapping[str, object] | None:
    """`params` with `sessions` said in words (unchanged without it); None when it has no words."""
    if "sessions" not in params:
        return params
    words = sessions_words(str(params["sessions"]))
    return None if words is None else {**params, "sessions": words}


__all__ = ["sessions_words", "with_sessions_words"]
