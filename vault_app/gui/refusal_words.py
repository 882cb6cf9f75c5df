"""A refusal from the core in the screen's language, found by its code, not by its English.

The core refuses in English (the CLI prints it, and it is the same on every machine) and
names each refusal of the daily screens with a code, the field it is about and the non-
identifying values its words need (domain/errors.py). Here each code has its words, marked
for Qt's translation machinery under the "RefusalWords" context; es.ts holds the Spanish.
Areas with many refusals keep their words in a book of their own (refusal_words_legal, _records,
_retention, _measures, _rekey, _checks, _files..., each named for what it refuses), each in its
own Qt context but refusal_words_agenda, split from this file with the "RefusalWords" context.

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
from vault_app.gui.sentence_words import in_words, names_a_command, said_in_words, sentence, without_commands

CONTEXT = "RefusalWords"

# What each code says, with the refusal's params as {names}.
_SAYS: Mapping[str, str] = {
    # the core's helpers, one code for every field they check
    "choice.unknown": QT_TRANSLATE_NOOP("RefusalWords", "Unknown {what}."),
    "date.invalid": QT_TRANSLATE_NOOP("RefusalWords", "The {what} is not a valid date."),
    "date.out_of_range": QT_TRANSLATE_NOOP(
        "RefusalWords", "The {what} is outside the range this app accepts (1900 to 2200)."),
    "date.future": QT_TRANSLATE_NOOP("RefusalWords", "The {what} is in the future."),
    "date.required": QT_TRANSLATE_NOOP("RefusalWords", "The {what} is required."),
    "time.invalid": QT_TRANSLATE_NOOP("RefusalWords", "The {what} is not a valid time."),
    "text.required": QT_TRANSLATE_NOOP("RefusalWords", "The {what} must not be empty."),
    "text.too_long": QT_TRANSLATE_NOOP("RefusalWords", "The {what} is too long (at most {max} characters)."),
    "text.nul": QT_TRANSLATE_NOOP("RefusalWords", "The {what} contains a NUL character."),
    "text.not_text": QT_TRANSLATE_NOOP("RefusalWords", "The {what} must be text."),
    "name.line_break": QT_TRANSLATE_NOOP(
        "RefusalWords", "The {what} contains a line break (a name is a single line)."),
    "name.control": QT_TRANSLATE_NOOP("RefusalWords", "The {what} contains an invisible control character."),
    "name.bidi": QT_TRANSLATE_NOOP(
        "RefusalWords", "The {what} contains a text-direction override character (it can make the text "
                        "display in a different order)."),
    "email.invalid": QT_TRANSLATE_NOOP("RefusalWords", "The e-mail address is not one an e-mail can be sent to."),
    "amount.mark": QT_TRANSLATE_NOOP(
        "RefusalWords", "The {what} \"{typed}\" is not written the way this practice writes amounts: write {meant}."),
    "amount.invalid": QT_TRANSLATE_NOOP("RefusalWords", "The {what} must be an amount such as {example}."),
    "amount.range": QT_TRANSLATE_NOOP("RefusalWords", "The {what} must be between {low} and {high}."),
    # the client form: a new chart, its details, guardians
    "client.chart_number.invalid": QT_TRANSLATE_NOOP("RefusalWords", "The chart number is not valid."),
    "client.chart_number.taken": QT_TRANSLATE_NOOP("RefusalWords", "That chart number is already in use."),
    "client.chart_number.retired": QT_TRANSLATE_NOOP(
        "RefusalWords", "That chart number belonged to a destroyed chart; chart numbers are never reused."),
    "client.discharge_needs_status": QT_TRANSLATE_NOOP(
        "RefusalWords", "A discharge date needs the status 'discharged'."),
    "client.not_found": QT_TRANSLATE_NOOP("RefusalWords", "No client or case with that id."),
    "guardian.decline_needs_both": QT_TRANSLATE_NOOP(
        "RefusalWords", "Declining a personal representative (45 CFR 164.502(g)(5)) needs both the date and "
                        "your reason."),
    "guardian.ends_before_start": QT_TRANSLATE_NOOP("RefusalWords", "The authority ends before it starts."),
    # progress and psychotherapy notes: writing, signing, addenda and amendments
    "progress_note.empty": QT_TRANSLATE_NOOP("RefusalWords", "The note is empty."),
    "psychotherapy_note.empty": QT_TRANSLATE_NOOP("RefusalWords", "The note is empty."),
    "note.too_long": QT_TRANSLATE_NOOP("RefusalWords", "The note is too long (at most {max} characters)."),
    "note.nul": QT_TRANSLATE_NOOP("RefusalWords", "The note contains a NUL character."),
    "note.interventions.too_many": QT_TRANSLATE_NOOP("RefusalWords", "At most {max} interventions per note."),
    "note.sign_empty": QT_TRANSLATE_NOOP("RefusalWords", "An empty note cannot be signed."),
    "note.safety_plan_missing": QT_TRANSLATE_NOOP(
        "RefusalWords", "The risk assessment shows ideation with plan or intent but no safety plan."),
    "progress_note.signed": QT_TRANSLATE_NOOP(
        "RefusalWords", "This progress note is signed and can no longer be changed."),
    "psychotherapy_note.signed": QT_TRANSLATE_NOOP(
        "RefusalWords", "This psychotherapy note is signed and can no longer be changed."),
    "note.not_signed_yet": QT_TRANSLATE_NOOP("RefusalWords", "This note is not signed yet."),
    "amendment.empty": QT_TRANSLATE_NOOP("RefusalWords", "The addendum or amendment is empty."),
    "amendment.needs_reason": QT_TRANSLATE_NOOP("RefusalWords", "An amendment needs a reason."),
    "amendment.too_long": QT_TRANSLATE_NOOP("RefusalWords", "The addendum or amendment is too long."),
    "amendment.nul": QT_TRANSLATE_NOOP("RefusalWords", "The text contains a NUL character."),
    # a note's session (one visit, one note)
    "note.session_has_note": QT_TRANSLATE_NOOP("RefusalWords", "That session already has a progress note."),
    "note.session_other_day": QT_TRANSLATE_NOOP("RefusalWords", "That session is not on the note's day."),
    "note.day_has_open_sessions": QT_TRANSLATE_NOOP(
        "RefusalWords", "The note's day has {count} sessions without a note."),
    "note.day_sessions_all_noted": QT_TRANSLATE_NOOP(
        "RefusalWords", "Every session on the note's day has a note already."),
    "note.day_has_no_session": QT_TRANSLATE_NOOP("RefusalWords", "There is no session on the note's day."),
    "note.has_session": QT_TRANSLATE_NOOP("RefusalWords", "This note already documents a session."),
    "note.session_length_missing": QT_TRANSLATE_NOOP("RefusalWords", "Say how long the session was."),
    # sessions
    "session.stop_before_start": QT_TRANSLATE_NOOP(
        "RefusalWords", "The session's stop time must be after its start time."),
    "session.length_missing": QT_TRANSLATE_NOOP(
        "RefusalWords", "Give the session's duration, or its start and stop times."),
    "session.length_range": QT_TRANSLATE_NOOP(
        "RefusalWords", "The session duration must be between 1 and 600 minutes."),
    "session.length_mismatch": QT_TRANSLATE_NOOP(
        "RefusalWords", "The duration does not match the start and stop times."),
    "session.platform_in_person": QT_TRANSLATE_NOOP(
        "RefusalWords", "A video platform only applies to telehealth sessions."),
    "session.has_note": QT_TRANSLATE_NOOP(
        "RefusalWords", "This session has a progress note and is part of the record."),
    # fees and payments, and the codes a session or a fee is for
    "cpt.invalid": QT_TRANSLATE_NOOP("RefusalWords", "That is not a valid CPT code format."),
    "icd10.invalid": QT_TRANSLATE_NOOP("RefusalWords", "That is not a valid ICD-10 code format."),
    "payment.zero": QT_TRANSLATE_NOOP("RefusalWords", "A payment must be more than 0.00."),
    "payment.card_number": QT_TRANSLATE_NOOP(
        "RefusalWords", "The {what} looks like a payment card number; card numbers are never stored here."),
    "payment.not_found": QT_TRANSLATE_NOOP("RefusalWords", "No payment with that id."),
    "fee.not_in_schedule": QT_TRANSLATE_NOOP("RefusalWords", "That CPT code has no fee in the schedule."),
    # the passphrase: unlocking, changing it
    "passphrase.wrong": QT_TRANSLATE_NOOP("RefusalWords", "That passphrase does not unlock this vault."),
    "passphrase.wrong_again": QT_TRANSLATE_NOOP("RefusalWords", "That passphrase does not unlock this vault."),
    "passphrase.too_short": QT_TRANSLATE_NOOP(
        "RefusalWords", "The passphrase must be at least {min} characters long."),
    "passphrase.spaces": QT_TRANSLATE_NOOP("RefusalWords", "The passphrase must not start or end with spaces."),
    "passphrase.weak": QT_TRANSLATE_NOOP("RefusalWords", "That passphrase is too easy to guess."),
    "passphrase.unchanged": QT_TRANSLATE_NOOP("RefusalWords", "The new passphrase is the same as the current one."),
}

# What to do about it, where the core says one that is worth saying in the screen's language.
# A code not here is said without the core's (English) hint.
_HINTS: Mapping[str, str] = {
    # Not the core's "YYYY-MM-DD": a screen's fields take the practice's own format
    # (tests/gui/test_date_fields.py), which the field shows.
    "date.invalid": QT_TRANSLATE_NOOP(
        "RefusalWords", "Type the day as the date field shows it, or pick it from the calendar."),
    "date.future": QT_TRANSLATE_NOOP("RefusalWords", "Give the day it happened: today or earlier."),
    # Said in English too (time_hint): the core's "Use 24-hour HH:MM" is the CLI's form, while
    # a 12-hour practice's screens take "6:00 PM" (found: refused "6:00 PN" said 24-hour only).
    "time.invalid": QT_TRANSLATE_NOOP("RefusalWords", "Type the time as this practice writes it, e.g. {example}."),
    "name.line_break": QT_TRANSLATE_NOOP(
        "RefusalWords", "Type the text again without that character; if it was pasted, paste it as plain text."),
    "name.control": QT_TRANSLATE_NOOP(
        "RefusalWords", "Type the text again without that character; if it was pasted, paste it as plain text."),
    "name.bidi": QT_TRANSLATE_NOOP(
        "RefusalWords", "Type the text again without that character; if it was pasted, paste it as plain text."),
    "email.invalid": QT_TRANSLATE_NOOP("RefusalWords", "Correct the e-mail address, or leave it empty."),
    "amount.invalid": QT_TRANSLATE_NOOP("RefusalWords", "Write it as this practice writes amounts, e.g. {example}."),
    "client.chart_number.invalid": QT_TRANSLATE_NOOP(
        "RefusalWords", "Use 1 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit."),
    "client.chart_number.taken": QT_TRANSLATE_NOOP("RefusalWords", "Choose another chart number."),
    "client.chart_number.retired": QT_TRANSLATE_NOOP("RefusalWords", "Choose another chart number."),
    "guardian.decline_needs_both": QT_TRANSLATE_NOOP(
        "RefusalWords", "The reason is your professional judgment that treating them as representative could "
                        "endanger the client (abuse, neglect or endangerment) and is not in the client's best "
                        "interest."),
    "progress_note.empty": QT_TRANSLATE_NOOP("RefusalWords", "Give the note text or its sections."),
    "psychotherapy_note.empty": QT_TRANSLATE_NOOP("RefusalWords", "Write the psychotherapy note text."),
    "note.sign_empty": QT_TRANSLATE_NOOP("RefusalWords", "Write something before signing."),
    "note.safety_plan_missing": QT_TRANSLATE_NOOP(
        "RefusalWords", "Document the safety plan in the risk assessment before signing."),
    "progress_note.signed": QT_TRANSLATE_NOOP(
        "RefusalWords", "Add an addendum or an amendment (with a reason) instead."),
    "psychotherapy_note.signed": QT_TRANSLATE_NOOP(
        "RefusalWords", "Add an addendum or an amendment (with a reason) instead."),
    "note.not_signed_yet": QT_TRANSLATE_NOOP("RefusalWords", "Edit the draft directly; amend it after signing."),
    "amendment.needs_reason": QT_TRANSLATE_NOOP("RefusalWords", "Say why the signed note is being corrected."),
    "note.session_has_note": QT_TRANSLATE_NOOP("RefusalWords", "One visit, one note: choose a session without a note."),
    "note.session_other_day": QT_TRANSLATE_NOOP(
        "RefusalWords", "A note documents a session of its own day: choose one of that day's sessions."),
    "note.day_has_open_sessions": QT_TRANSLATE_NOOP("RefusalWords", "Say which one the note documents."),
    "note.day_sessions_all_noted": QT_TRANSLATE_NOOP(
        "RefusalWords", "A draft started for this same visit (e.g. by marking the appointment attended) can be "
                        "discarded first; record a new session only for a second visit that day."),
    "note.day_has_no_session": QT_TRANSLATE_NOOP("RefusalWords", "Record the session now (its length)."),
    "note.has_session": QT_TRANSLATE_NOOP("RefusalWords", "Correct that session's details instead."),
    "note.session_length_missing": QT_TRANSLATE_NOOP("RefusalWords", "Give its length in minutes, e.g. 53."),
    "session.has_note": QT_TRANSLATE_NOOP("RefusalWords", "Correct its details instead, or amend the note."),
    "payment.card_number": QT_TRANSLATE_NOOP(
        "RefusalWords", "Write only the method (card) or the last four digits."),
    "cpt.invalid": QT_TRANSLATE_NOOP("RefusalWords", "CPT codes are 5 characters, e.g. 90834 (or 4 digits + F/T)."),
    "icd10.invalid": QT_TRANSLATE_NOOP(
        "RefusalWords", "ICD-10-CM codes look like F41.1, F32.A or Z63.0: a letter, two characters, an optional dot "
                        "part."),
    "passphrase.wrong": QT_TRANSLATE_NOOP(
        "RefusalWords", "Check Caps Lock and the keyboard layout, or use your Emergency Kit."),
    "passphrase.wrong_again": QT_TRANSLATE_NOOP("RefusalWords", "Check Caps Lock and the keyboard layout."),
    "passphrase.weak": QT_TRANSLATE_NOOP("RefusalWords", "Add another word or two. Uncommon words are better."),
    "passphrase.unchanged": QT_TRANSLATE_NOOP(
        "RefusalWords", "Choose a passphrase you have not used for this vault."),
}

# The name of each field a refusal can be about, as `{what}` says it.
_FIELD_NAMES: Mapping[str, str] = {
    # a client's chart
    "legal_name": QT_TRANSLATE_NOOP("RefusalWords", "legal name"),
    "preferred_name": QT_TRANSLATE_NOOP("RefusalWords", "preferred name"),
    "sort_as": QT_TRANSLATE_NOOP("RefusalWords", "name to sort by"),
    "date_of_birth": QT_TRANSLATE_NOOP("RefusalWords", "date of birth"),
    "chart_number": QT_TRANSLATE_NOOP("RefusalWords", "chart number"),
    "status": QT_TRANSLATE_NOOP("RefusalWords", "client status"),
    "discharged_on": QT_TRANSLATE_NOOP("RefusalWords", "discharge date"),
    "limits_discussed": QT_TRANSLATE_NOOP("RefusalWords", "date the limits of confidentiality were discussed"),
    "consent_signed": QT_TRANSLATE_NOOP("RefusalWords", "consent signature date"),
    "consent_notes": QT_TRANSLATE_NOOP("RefusalWords", "consent notes"),
    "phone": QT_TRANSLATE_NOOP("RefusalWords", "phone"),
    "email": QT_TRANSLATE_NOOP("RefusalWords", "email"),
    "address": QT_TRANSLATE_NOOP("RefusalWords", "address"),
    "safe_address": QT_TRANSLATE_NOOP("RefusalWords", "safe address"),
    "preferred_method": QT_TRANSLATE_NOOP("RefusalWords", "preferred method"),
    "contact_notes": QT_TRANSLATE_NOOP("RefusalWords", "notes"),
    "confidential_request": QT_TRANSLATE_NOOP("RefusalWords", "confidential request"),
    # guardians and personal representatives
    "guardian_name": QT_TRANSLATE_NOOP("RefusalWords", "guardian name"),
    "relationship": QT_TRANSLATE_NOOP("RefusalWords", "relationship"),
    "authority": QT_TRANSLATE_NOOP("RefusalWords", "kind of authority"),
    "guardian_phone": QT_TRANSLATE_NOOP("RefusalWords", "phone"),
    "guardian_address": QT_TRANSLATE_NOOP("RefusalWords", "address"),
    "guardian_notes": QT_TRANSLATE_NOOP("RefusalWords", "notes"),
    "valid_from": QT_TRANSLATE_NOOP("RefusalWords", "start of authority"),
    "valid_until": QT_TRANSLATE_NOOP("RefusalWords", "end of authority"),
    "declined_on": QT_TRANSLATE_NOOP("RefusalWords", "date you declined the representative"),
    "declined_reason": QT_TRANSLATE_NOOP("RefusalWords", "reason for declining"),
    # notes and sessions
    "note_date": QT_TRANSLATE_NOOP("RefusalWords", "note date"),
    "intervention": QT_TRANSLATE_NOOP("RefusalWords", "intervention"),
    "session_date": QT_TRANSLATE_NOOP("RefusalWords", "session date"),
    "start_time": QT_TRANSLATE_NOOP("RefusalWords", "start time"),
    "end_time": QT_TRANSLATE_NOOP("RefusalWords", "stop time"),
    "modality": QT_TRANSLATE_NOOP("RefusalWords", "modality"),
    "setting": QT_TRANSLATE_NOOP("RefusalWords", "setting"),
    "service_type": QT_TRANSLATE_NOOP("RefusalWords", "service type"),
    "billing_status": QT_TRANSLATE_NOOP("RefusalWords", "billing status"),
    "platform": QT_TRANSLATE_NOOP("RefusalWords", "platform"),
    "location": QT_TRANSLATE_NOOP("RefusalWords", "location"),
    "addon_codes": QT_TRANSLATE_NOOP("RefusalWords", "add-on codes"),
    # fees and payments
    "fee": QT_TRANSLATE_NOOP("RefusalWords", "fee"),
    "no_show_fee": QT_TRANSLATE_NOOP("RefusalWords", "no-show fee"),
    "late_cancel_fee": QT_TRANSLATE_NOOP("RefusalWords", "late-cancel fee"),
    "session_fee": QT_TRANSLATE_NOOP("RefusalWords", "session fee"),
    "payment": QT_TRANSLATE_NOOP("RefusalWords", "payment"),
    "payment_date": QT_TRANSLATE_NOOP("RefusalWords", "payment date"),
    "payment_method": QT_TRANSLATE_NOOP("RefusalWords", "payment method"),
    "payment_reference": QT_TRANSLATE_NOOP("RefusalWords", "payment reference"),
}


@dataclass(frozen=True)
class Book:
    """One Qt context's refusal words: a code's words, hints and field names are translated in
    the context of the book that holds them (a book per area keeps es.ts's contexts apart)."""

    context: str
    says: Mapping[str, str]
    hints: Mapping[str, str]
    field_names: Mapping[str, str]


BOOKS: tuple[Book, ...] = (
    Book(CONTEXT, _SAYS, _HINTS, _FIELD_NAMES),
    *(Book(book.CONTEXT, book.SAYS, book.HINTS, book.FIELD_NAMES)
      for book in (refusal_words_legal, refusal_words_decisions, refusal_words_records, refusal_words_import,
                   refusal_words_destruction, refusal_words_system, refusal_words_unlock, refusal_words_backup,
                   refusal_words_chart, refusal_words_agenda, refusal_words_measures, refusal_words_rekey,
                   refusal_words_checks, refusal_words_files, refusal_words_signer, refusal_words_retention,
                   refusal_words_decedent, refusal_words_members, refusal_words_guardian, refusal_words_notices,
                   closure_notice_refusals)),
)


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
        return " ".join(t[:1].upper() + t[1:] for t in texts)
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
    source = _HINTS["time.invalid"] if example == "14:30" else _TIME_HINT_12H
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
    return said[:1].upper() + said[1:]


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
    source = SAYS.get(code)
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
    hint_source = HINTS.get(code)
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
