"""The words of the core's refusals of a form's fields: the helpers' codes every field shares
(dates, times, text, names, amounts), the client form, notes and their sessions, fees and
payments, the passphrase; and the names of the fields `{what}` says.

A book of gui/refusal_words.py (which reads it), split from it by what it holds; its words keep
the "RefusalWords" context they were translated in (es.ts), so moving them here changed no
translation. The core's English stays what the CLI prints and an English screen shows.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWords"

# What each code says, with the refusal's params as {names}.
SAYS: Mapping[str, str] = {
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
HINTS: Mapping[str, str] = {
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
FIELD_NAMES: Mapping[str, str] = {
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

__all__ = ["CONTEXT", "FIELD_NAMES", "HINTS", "SAYS"]
