"""A refusal from the core in the screen's language, found by its code, not by its English.

The core refuses in English (the CLI prints it, and it is the same on every machine) and
names each refusal of the daily screens with a code, the field it is about and the non-
identifying values its words need (domain/errors.py). Each code has its words in a book, marked
for Qt's translation machinery; es.ts holds the Spanish. A form's fields keep theirs in
refusal_words_forms, under the "RefusalWords" context; areas with many refusals in a book of
their own (refusal_words_legal, _records, _retention, _measures, _rekey, _checks, _files...,
each named for what it refuses), each in its own Qt context but refusal_words_agenda, split
from this file with the "RefusalWords" context. Here they are read as one.

A refusal without a code, or with one this table does not know, or whose words (or its
field's name) have no translation, is said as the core said it, in English: a sentence in
English reads better than a sentence half translated, and never an empty box. In English
the core's own text is said: the table is the translators' source, not a second wording.

A refusal that lists several problems (errors.Problem, VaultError.parts) has words with
`{parts}`: each part is said by its own code and they are joined here; one part without words
and the whole refusal is said in the core's English.

`{what}` in a code's words is the name of the refusal's field (FIELD_NAMES): the core's
helpers (parse_date, clean_text...) refuse many fields with one code ("date.future").
Spanish writes the name with its article ("la fecha de nacimiento") and puts it where the
sentence needs no agreement with its gender; the first letter is made a capital.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QCoreApplication

from vault_app.domain.disclosure import Verdict
from vault_app.domain.errors import VaultError
from vault_app.gui import (
    closure_notice_refusals,
    dates,
    lock_holder_words,
    refusal_words_agenda,
    refusal_words_backup,
    refusal_words_chart,
    refusal_words_checks,
    refusal_words_decedent,
    refusal_words_decisions,
    refusal_words_destruction,
    refusal_words_files,
    refusal_words_forms,
    refusal_words_guardian,
    refusal_words_import,
    refusal_words_legal,
    refusal_words_measures,
    refusal_words_members,
    refusal_words_notices,
    refusal_words_records,
    refusal_words_rekey,
    refusal_words_retention,
    refusal_words_signer,
    refusal_words_system,
    refusal_words_unlock,
)
from vault_app.gui.gate_words import reason_texts, refused_words
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.sentence_words import (
    capitalised,
    in_words,
    names_a_command,
    said_in_words,
    sentence,
    without_commands,
)

CONTEXT = "RefusalWords"

@dataclass(frozen=True)
class Book:
    """One Qt context's refusal words: a code's words, hints and field names are translated in
    the context of the book that holds them (a book per area keeps es.ts's contexts apart)."""

    context: str
    says: Mapping[str, str]
    hints: Mapping[str, str]
    field_names: Mapping[str, str]


BOOKS: tuple[Book, ...] = tuple(
    Book(book.CONTEXT, book.SAYS, book.HINTS, book.FIELD_NAMES)
    for book in (refusal_words_forms, refusal_words_legal, refusal_words_decisions, refusal_words_records,
                 refusal_words_import, refusal_words_destruction, refusal_words_system, refusal_words_unlock,
                 refusal_words_backup, refusal_words_chart, refusal_words_agenda, refusal_words_measures,
                 refusal_words_rekey, refusal_words_checks, refusal_words_files, refusal_words_signer,
                 refusal_words_retention, refusal_words_decedent, refusal_words_members, refusal_words_guardian,
                 refusal_words_notices, closure_notice_refusals))


def _merged(table: str) -> tuple[dict[str, str], dict[str, str]]:
    """Every book's `table` as one mapping, and the context each key's words are in."""
    merged: dict[str, str] = {}
    context_of: dict[str, str] = {}
    for book in BOOKS:
        for key, source in getattr(book, table).items():
            if key in merged and merged[key] != source:
                raise ValueError(f"refusal words: {key!r} said twice in {table}")
            merged.setdefault(key, source)
            context_of.setdefault(key, book.context)
    return merged, context_of


SAYS, _SAYS_CONTEXT = _merged("says")
HINTS, _HINTS_CONTEXT = _merged("hints")
FIELD_NAMES, _FIELD_CONTEXT = _merged("field_names")

# A compartment of the vault (records.db, psychotherapy.db, ledger.db) by its name.
_COMPARTMENT: Mapping[str, str] = {
    "records": QT_TRANSLATE_NOOP("RefusalWords", "records"),
    "psychotherapy": QT_TRANSLATE_NOOP("RefusalWords", "psychotherapy notes"),
    "ledger": QT_TRANSLATE_NOOP("RefusalWords", "audit log"),
}
PARAM_WORDS: Mapping[str, Mapping[str, str]] = {
    # Params that hold a stored key, said in words: an appointment's status ("no_show").
    **dict.fromkeys(("status", "from_status", "to_status"), refusal_words_agenda.APPOINTMENT_STATUS),
    "compartment": _COMPARTMENT,
}


def _in_words(params: Mapping[str, object]) -> dict[str, object] | None:
    """`params` with each stored key in the screen's language; None when one has no words."""
    return in_words(lock_holder_words.with_holder(params), PARAM_WORDS, CONTEXT)


def _part_said(code: str, params: Mapping[str, object], *, capital: bool) -> str | None:
    """One listed problem in the screen's language, or None (no code, no words, no translation)."""
    source = SAYS.get(code)
    if source is None or "{what}" in source:
        return None
    return said_in_words(source, _SAYS_CONTEXT[code], params, PARAM_WORDS, CONTEXT, capital=capital)


def _parts_said(parts: Sequence[tuple[str, Mapping[str, object]]]) -> str | None:
    """The listed problems said one by one and joined, or None when one of them has no words: a
    list half in English reads worse than the core's English. Sentences (each ends with a full
    stop) follow one another; phrases, which the refusal's own words introduce, take "; "."""
    said = [_part_said(code, params, capital=False) for code, params in parts]
    if not said or any(s is None for s in said):
        return None
    texts = [s for s in said if s is not None]
    if all(t.endswith(".") for t in texts):
        return " ".join(capitalised(t) for t in texts)
    return "; ".join(texts)


def problem_text(problem: str) -> str:
    """One problem of a list (domain/errors.Problem) in the screen's language, else its English;
    as the core writes it, to go into a sentence ("Still needed: {0}.")."""
    code, params = getattr(problem, "code", ""), getattr(problem, "params", None) or {}
    return (_part_said(code, params, capital=False) if code else None) or str(problem)


_TIME_HINT_12H = QT_TRANSLATE_NOOP(
    "RefusalWords", "Type the time as this practice writes it, e.g. {example}, or in 24-hour form, e.g. 14:30.")


def time_hint() -> str:
    """What a screen's time takes, in the practice's convention: "2:30 PM" (or "14:30") in a
    12-hour practice, "14:30" in a 24-hour one; read_time and TimeField take both."""
    example = dates.show_time(time(14, 30))
    source = refusal_words_forms.HINTS["time.invalid"] if example == "14:30" else _TIME_HINT_12H
    return QCoreApplication.translate(CONTEXT, source).format(example=example)


_NOT_WRITABLE = "destruction.backup_folder_not_writable"


def _backup_drive_hint() -> str:
    """A destruction stopped at a backup drive that cannot be written: what to do in the app
    (Records > Destructions' Finish now), where the core's hint names the CLI's commands."""
    return QCoreApplication.translate(refusal_words_destruction.CONTEXT,
                                      refusal_words_destruction.HINTS[_NOT_WRITABLE])


# Codes whose hint is the screen's in every language, English too: the core's is about what the
# core (and the CLI) takes, not what a screen's field takes, or names a command.
_SCREEN_HINTS: Mapping[str, Callable[[], str]] = {"time.invalid": time_hint, _NOT_WRITABLE: _backup_drive_hint}


def _screen_words(table: Mapping[str, str], context_of: Mapping[str, str], exc: BaseException) -> str:
    """The code's words from `table` (its hints or its sentences) in the screen's language, in
    English their own source: the app's way where the core's English names a command; ""
    when it has none (nothing rather than a command)."""
    code = str(getattr(exc, "code", "") or "")
    source = table.get(code)
    params = _in_words(dict(getattr(exc, "params", None) or {}))
    if source is None or params is None or "{what}" in source or "{parts}" in source:
        return ""
    words = QCoreApplication.translate(context_of[code], source)
    try:
        said = words.format(**params)
    except (KeyError, IndexError, ValueError):
        return ""
    return capitalised(said)


def refusal_words(exc: BaseException) -> tuple[str, str]:
    """(message, hint) to show for `exc`: by its code in the screen's language, else the core's;
    never a command (the core's hint for the CLI gives way to the screen's, or to none)."""
    message, hint = _coded_words(exc)
    screen_hint = _SCREEN_HINTS.get(str(getattr(exc, "code", "") or ""))
    if screen_hint is not None:
        return message, screen_hint()
    if names_a_command(message):
        message = _screen_words(SAYS, _SAYS_CONTEXT, exc) or message
    if names_a_command(hint):
        # The app's way; else what the core's hint says of the machine ("Free some space on the
        # disk."), without its sentences of the command line.
        hint = _screen_words(HINTS, _HINTS_CONTEXT, exc) or without_commands(hint)
    return message, hint


def _coded_words(exc: BaseException) -> tuple[str, str]:
    verdict = getattr(exc, "verdict", None)
    if isinstance(verdict, Verdict):  # the disclosure gate's refusal: its reasons have codes of their own
        return _gate_refused(exc, verdict)
    message, hint = str(getattr(exc, "message", "") or ""), str(getattr(exc, "hint", "") or "")
    code, field = str(getattr(exc, "code", "") or ""), str(getattr(exc, "field", "") or "")
    source, hint_source = SAYS.get(code), HINTS.get(code)
    if refusal_words_unlock.disk_unnamed(code, getattr(exc, "params", None) or {}):
        source, hint_source = refusal_words_unlock.FULL_SOMEWHERE
    if source is None:
        return message, hint
    params = _in_words(dict(getattr(exc, "params", None) or {}))
    if params is None:
        return message, hint
    parts = tuple(getattr(exc, "parts", ()) or ())
    if parts:
        joined = _parts_said(parts)
        if joined is None:
            return message, hint
        params["parts"] = joined
    if "{what}" in source:
        name = FIELD_NAMES.get(field)
        what = QCoreApplication.translate(_FIELD_CONTEXT[field], name) if name is not None else ""
        if not what or what == name:
            return message, hint
        params["what"] = what
    said = sentence(source, _SAYS_CONTEXT[code], params)
    if said is None:
        return message, hint
    also = [_part_said(getattr(more, "code", ""), getattr(more, "params", {}), capital=True)
            for more in getattr(exc, "also", ())]
    if any(s is None for s in also):
        return message, hint  # the core's English says them; a part left out would say less
    said = " ".join([said, *(s for s in also if s)])
    return said, (sentence(hint_source, _HINTS_CONTEXT[code], params) or "") if hint_source is not None else ""


def _gate_refused(exc: BaseException, verdict: Verdict) -> tuple[str, str]:
    """The gate's refusal raised as an error; with a code, the caller's sentence around the
    reasons (signing a decision), else the gate's own ("Disclosure refused: ...")."""
    message, hint = refused_words(verdict)
    code = str(getattr(exc, "code", "") or "")
    source = SAYS.get(code)
    if source is None:
        return message, hint
    said = sentence(source, _SAYS_CONTEXT[code], {"reasons": " ".join(reason_texts(verdict))})
    return said or str(getattr(exc, "message", "") or message), hint


def coded_text(code: str, params: Mapping[str, str | int]) -> str:
    """A refusal known by its code and params alone, kept after its exception (why an interrupted
    destruction stopped, services/destruction_state.py), as refusal_text says it; "" for a code
    without words. Its English is the words' own source, which is the core's sentence."""
    source = SAYS.get(code)
    if source is None:
        return ""
    try:
        english = source.format(**params)
    except (KeyError, IndexError, ValueError):
        return ""
    return refusal_text(VaultError(english, code=code, params=params))


def refusal_text(exc: BaseException) -> str:
    """The message and its hint as one text, for a line under a form."""
    message, hint = refusal_words(exc)
    return f"{message} {hint}".strip()


__all__ = ["BOOKS", "FIELD_NAMES", "HINTS", "PARAM_WORDS", "SAYS", "coded_text", "names_a_command", "problem_text",
           "refusal_text", "refusal_words", "time_hint"]
