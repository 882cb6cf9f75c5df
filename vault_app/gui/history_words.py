"""A ledger entry as the chart's History tab says it, in the screen's language.

The ledger keeps its kind ("note.signed") and a few facts (ids, the kind of record, which fields
changed, by their stored names), never content. Each kind reads as what happened, in a clinician's
words, with the record it was about ("Note signed (psychotherapy note)"): the line read as the stored
kind with ': ' for the dot ("note: signed (kind psychotherapy)", "disclosure id D-…"), words for an
engineer (round 45's walker). A kind added later reads spelt out ("Vault invented later") until it
has words here; tests/gui/test_history_every_event_words.py holds every kind the services log to words.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from vault_app.gui.dates import show_date
from vault_app.gui.history_import_words import import_facts
from vault_app.gui.history_kind_words import KINDS, kind_words
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.stock_words import recipient_words
from vault_app.gui.widgets import masked_representative

EVENTS = {
    "chart.opened": QT_TRANSLATE_NOOP("HistoryWords", "Chart opened"),
    "chart.exported": QT_TRANSLATE_NOOP("HistoryWords", "Chart exported"),
    "case.created": QT_TRANSLATE_NOOP("HistoryWords", "Couple or family chart created"),
    "client.created": QT_TRANSLATE_NOOP("HistoryWords", "Client added"),
    "client.updated": QT_TRANSLATE_NOOP("HistoryWords", "Client's details changed"),
    "client.consent_recorded": QT_TRANSLATE_NOOP("HistoryWords", "Client's consent recorded"),
    "client.care_consent_recorded": QT_TRANSLATE_NOOP("HistoryWords", "Consent to treatment recorded"),
    "client.death_recorded": QT_TRANSLATE_NOOP("HistoryWords", "Death recorded"),
    "client.letters_language_set": QT_TRANSLATE_NOOP("HistoryWords", "Language of letters chosen"),
    "client.confidentiality_agreement_recorded": QT_TRANSLATE_NOOP(
        "HistoryWords", "Confidentiality agreement recorded"),
    "guardian.added": QT_TRANSLATE_NOOP("HistoryWords", "Parent or representative added"),
    "guardian.updated": QT_TRANSLATE_NOOP("HistoryWords", "Parent's or representative's details changed"),
    "guardian.removed": QT_TRANSLATE_NOOP("HistoryWords", "Parent or representative removed"),
    "plan.updated": QT_TRANSLATE_NOOP("HistoryWords", "Treatment plan changed"),
    "session.created": QT_TRANSLATE_NOOP("HistoryWords", "Session recorded"),
    "session.updated": QT_TRANSLATE_NOOP("HistoryWords", "Session details corrected"),
    "session.deleted": QT_TRANSLATE_NOOP("HistoryWords", "Session deleted"),
    "session.confirmed": QT_TRANSLATE_NOOP("HistoryWords", "Session confirmed as a visit"),
    "note.created": QT_TRANSLATE_NOOP("HistoryWords", "Note started"),
    "note.updated": QT_TRANSLATE_NOOP("HistoryWords", "Note draft changed"),
    "note.signed": QT_TRANSLATE_NOOP("HistoryWords", "Note signed"),
    "note.amended": QT_TRANSLATE_NOOP("HistoryWords", "Added to a signed note"),
    "note.viewed": QT_TRANSLATE_NOOP("HistoryWords", "Note read"),
    "note.original_viewed": QT_TRANSLATE_NOOP("HistoryWords", "Note's original PDF read"),
    "note.printed": QT_TRANSLATE_NOOP("HistoryWords", "Note printed"),
    "note.draft_discarded": QT_TRANSLATE_NOOP("HistoryWords", "Note draft discarded"),
    "note.carried_forward": QT_TRANSLATE_NOOP("HistoryWords", "Note started from the previous one"),
    "search.psychotherapy": QT_TRANSLATE_NOOP("HistoryWords", "Psychotherapy notes searched"),
    "measure.recorded": QT_TRANSLATE_NOOP("HistoryWords", "Measure recorded"),
    "measure.corrected": QT_TRANSLATE_NOOP("HistoryWords", "Measure corrected"),
    "attachment.added": QT_TRANSLATE_NOOP("HistoryWords", "Document attached"),
    "attachment.viewed": QT_TRANSLATE_NOOP("HistoryWords", "Document read"),
    "attachment.copied": QT_TRANSLATE_NOOP("HistoryWords", "Copy of a document saved"),
    "attachment.exported": QT_TRANSLATE_NOOP("HistoryWords", "Document exported"),
    "attachment.amended": QT_TRANSLATE_NOOP("HistoryWords", "Document's title or date corrected"),
    "authorization.recorded": QT_TRANSLATE_NOOP("HistoryWords", "Authorization recorded"),
    "authorization.revoked": QT_TRANSLATE_NOOP("HistoryWords", "Authorization revoked"),
    "authorization.event_occurred": QT_TRANSLATE_NOOP("HistoryWords", "Authorization ended by the event it named"),
    # Which came first that day, the revocation's letter or a disclosure (services/revocation_order.py).
    "authorization.letter_order": QT_TRANSLATE_NOOP(
        "HistoryWords", "Noted whether a revocation's letter or a disclosure came first"),
    "export.created": QT_TRANSLATE_NOOP("HistoryWords", "Export made"),
    # An export or a disclosure recorded by hand (found on a Spanish History tab: "disclosure (...)").
    "disclosure": QT_TRANSLATE_NOOP("HistoryWords", "Disclosure recorded"),
    "disclosure.not_delivered": QT_TRANSLATE_NOOP("HistoryWords", "Disclosure not delivered"),
    "accounting.provided": QT_TRANSLATE_NOOP("HistoryWords", "Accounting of disclosures given"),
    "accounting.suspended": QT_TRANSLATE_NOOP("HistoryWords", "Accounting of disclosures suspended"),
    "accounting.suspension_ended": QT_TRANSLATE_NOOP("HistoryWords", "Suspension of the accounting ended"),
    "request.received": QT_TRANSLATE_NOOP("HistoryWords", "Request received"),
    "request.granted": QT_TRANSLATE_NOOP("HistoryWords", "Request granted"),
    "request.denied": QT_TRANSLATE_NOOP("HistoryWords", "Request denied"),
    "request.withdrawn": QT_TRANSLATE_NOOP("HistoryWords", "Request withdrawn"),
    "request.extended": QT_TRANSLATE_NOOP("HistoryWords", "Request's deadline extended"),
    # The representative who made it may no longer receive its copy (limited, declined): to be reviewed.
    "request.requester_changed": QT_TRANSLATE_NOOP("HistoryWords", "The standing of who made a request changed"),
    # The copy of the rest of a request denied in part (164.524(d)(1)): it read as its stored name.
    "request.rest_given": QT_TRANSLATE_NOOP("HistoryWords", "Rest of a partly denied request given"),
    "request.review_referred": QT_TRANSLATE_NOOP("HistoryWords", "Denial sent for review"),
    "request.review_decided": QT_TRANSLATE_NOOP("HistoryWords", "Review of a denial decided"),
    "request.inspection_arranged": QT_TRANSLATE_NOOP("HistoryWords", "Visit to inspect the record arranged"),
    # A letter saved as a PDF: on Spanish screens it read "request: letter saved" (walker, round 37).
    "request.letter_saved": QT_TRANSLATE_NOOP("HistoryWords", "Letter about a request saved"),
    # The notice of closure given when the practice closes (services/closure_notice.py).
    "letter.closure_notice": QT_TRANSLATE_NOOP("HistoryWords", "Notice of the practice's closure given"),
    "letter.closure_notice_reprinted": QT_TRANSLATE_NOOP(
        "HistoryWords", "Notice of the practice's closure printed again"),
    "amendment.accepted": QT_TRANSLATE_NOOP("HistoryWords", "Amendment accepted"),
    "amendment.disagreement_filed": QT_TRANSLATE_NOOP("HistoryWords", "Statement of disagreement filed"),
    "amendment.inclusion_asked": QT_TRANSLATE_NOOP(
        "HistoryWords", "Client asked that a denied amendment go with later disclosures"),
    "amendment.rebuttal_added": QT_TRANSLATE_NOOP("HistoryWords", "Rebuttal to a disagreement added"),
    "amendment.rebuttal_letter_made": QT_TRANSLATE_NOOP("HistoryWords", "Rebuttal letter made"),
    "amendment.recipient_informed": QT_TRANSLATE_NOOP("HistoryWords", "Recipient told of an amendment"),
    "restriction.requested": QT_TRANSLATE_NOOP("HistoryWords", "Restriction requested"),
    "restriction.decided": QT_TRANSLATE_NOOP("HistoryWords", "Restriction request answered"),
    "restriction.terminated": QT_TRANSLATE_NOOP("HistoryWords", "Restriction ended"),
    "decision.created": QT_TRANSLATE_NOOP("HistoryWords", "Confidentiality decision started"),
    "decision.signed": QT_TRANSLATE_NOOP("HistoryWords", "Confidentiality decision signed"),
    "decision.discarded": QT_TRANSLATE_NOOP("HistoryWords", "Confidentiality decision discarded"),
    "decision.addendum": QT_TRANSLATE_NOOP("HistoryWords", "Addendum to a confidentiality decision"),
    "decision.viewed": QT_TRANSLATE_NOOP("HistoryWords", "Confidentiality decision read"),
    "note.held_in_confidence": QT_TRANSLATE_NOOP("HistoryWords", "Note held in confidence from a member"),
    "note.held_cleared": QT_TRANSLATE_NOOP("HistoryWords", "Note no longer held in confidence"),
    "hold.placed": QT_TRANSLATE_NOOP("HistoryWords", "Legal hold placed"),
    "hold.released": QT_TRANSLATE_NOOP("HistoryWords", "Legal hold released"),
    "appointment.scheduled": QT_TRANSLATE_NOOP("HistoryWords", "Appointment booked"),
    "appointment.moved": QT_TRANSLATE_NOOP("HistoryWords", "Appointment moved"),
    "appointment.attended": QT_TRANSLATE_NOOP("HistoryWords", "Appointment attended"),
    "appointment.status_changed": QT_TRANSLATE_NOOP("HistoryWords", "Appointment's status changed"),
    "payment.recorded": QT_TRANSLATE_NOOP("HistoryWords", "Payment recorded"),
    "payment.deleted": QT_TRANSLATE_NOOP("HistoryWords", "Payment deleted"),
    "fee.session_set": QT_TRANSLATE_NOOP("HistoryWords", "Session fee set"),
    "fee.session_addons_set": QT_TRANSLATE_NOOP("HistoryWords", "Fees for a session's add-on codes set"),
    "billing.split_set": QT_TRANSLATE_NOOP("HistoryWords", "Who pays what share set"),
    "import.chart": QT_TRANSLATE_NOOP("HistoryWords", "Chart imported"),
    # What a destroyed chart leaves for the law's periods (services/compliance.retain): it read
    # "compliance: retained".
    "compliance.retained": QT_TRANSLATE_NOOP("HistoryWords", "Records kept after destruction, as the law requires"),
    "destruction.started": QT_TRANSLATE_NOOP("HistoryWords", "Destruction of the chart started"),
    "destruction.completed": QT_TRANSLATE_NOOP("HistoryWords", "Destruction of the chart completed"),
    "destruction.verified": QT_TRANSLATE_NOOP("HistoryWords", "Destruction verified"),
    "destruction.verification_failed": QT_TRANSLATE_NOOP("HistoryWords", "Destruction could not be verified"),
    "destruction.reapplied": QT_TRANSLATE_NOOP("HistoryWords", "Destruction applied again"),
    "destruction.known_from_newer_copy": QT_TRANSLATE_NOOP(
        "HistoryWords", "Destruction learned from a newer copy of the vault"),
    "destruction.notes_known_from_newer_copy": QT_TRANSLATE_NOOP(
        "HistoryWords", "Notes' destruction learned from a newer copy of the vault"),
    "certificate.exported": QT_TRANSLATE_NOOP("HistoryWords", "Certificate of destruction saved"),
}
# The fields an update names (client.updated, guardian.updated, session.updated, note.updated,
# appointment.moved keep their stored names, "date_of_birth"): said in words, as the forms
# label them (found in the real app: the History tab read "fields ['preferred_name']").
FIELDS = {
    # a client's details
    "legal_name": QT_TRANSLATE_NOOP("HistoryWords", "Legal name"),
    "preferred_name": QT_TRANSLATE_NOOP("HistoryWords", "Preferred name"),
    "sort_as": QT_TRANSLATE_NOOP("HistoryWords", "Sort as"),
    "died_on": QT_TRANSLATE_NOOP("HistoryWords", "Date of death"),
    "letters_in": QT_TRANSLATE_NOOP("HistoryWords", "Letters in"),
    "date_of_birth": QT_TRANSLATE_NOOP("HistoryWords", "Date of birth"),
    "chart_number": QT_TRANSLATE_NOOP("HistoryWords", "Chart number"),
    "status": QT_TRANSLATE_NOOP("HistoryWords", "Status"),
    "discharged_on": QT_TRANSLATE_NOOP("HistoryWords", "Discharge date"),
    "contact": QT_TRANSLATE_NOOP("HistoryWords", "Contact preferences"),
    "part2": QT_TRANSLATE_NOOP("HistoryWords", "42 CFR Part 2"),
    "care_consented_by": QT_TRANSLATE_NOOP("HistoryWords", "Care consented to by"),
    # a guardian's
    "name": QT_TRANSLATE_NOOP("HistoryWords", "Name"),
    "relationship": QT_TRANSLATE_NOOP("HistoryWords", "Relationship"),
    "authority": QT_TRANSLATE_NOOP("HistoryWords", "Authority"),
    "may_authorize": QT_TRANSLATE_NOOP("HistoryWords", "May authorize disclosures"),
    "custody_order_attachment_id": QT_TRANSLATE_NOOP("HistoryWords", "Custody order"),
    "majority_order_attachment_id": QT_TRANSLATE_NOOP("HistoryWords", "Order past the age of majority"),
    "phone": QT_TRANSLATE_NOOP("HistoryWords", "Phone"),
    "address": QT_TRANSLATE_NOOP("HistoryWords", "Address"),
    "valid_from": QT_TRANSLATE_NOOP("HistoryWords", "Authority starts on"),
    "valid_until": QT_TRANSLATE_NOOP("HistoryWords", "Authority ends on"),
    "notes": QT_TRANSLATE_NOOP("HistoryWords", "Notes"),
    "declined_on": QT_TRANSLATE_NOOP("HistoryWords", "Not treated as the representative since"),
    "declined_reason": QT_TRANSLATE_NOOP("HistoryWords", "Why not treated as the representative"),
    "records_access_basis": QT_TRANSLATE_NOOP("HistoryWords", "Records despite the limit"),
    "records_access_code": QT_TRANSLATE_NOOP("HistoryWords", "Basis for having the records"),
    # a session's and an appointment's
    "date": QT_TRANSLATE_NOOP("HistoryWords", "Date"),
    "start_time": QT_TRANSLATE_NOOP("HistoryWords", "Start time"),
    "end_time": QT_TRANSLATE_NOOP("HistoryWords", "End time"),
    "duration_minutes": QT_TRANSLATE_NOOP("HistoryWords", "Length"),
    "modality": QT_TRANSLATE_NOOP("HistoryWords", "Modality"),
    "setting": QT_TRANSLATE_NOOP("HistoryWords", "Setting"),
    "platform": QT_TRANSLATE_NOOP("HistoryWords", "Platform"),
    "service_type": QT_TRANSLATE_NOOP("HistoryWords", "Service type"),
    "cpt_code": QT_TRANSLATE_NOOP("HistoryWords", "CPT code"),
    "addon_codes": QT_TRANSLATE_NOOP("HistoryWords", "Add-on codes"),
    "icd10_codes": QT_TRANSLATE_NOOP("HistoryWords", "ICD-10 codes"),
    "location": QT_TRANSLATE_NOOP("HistoryWords", "Location"),
    "billing_status": QT_TRANSLATE_NOOP("HistoryWords", "Billing status"),
    # a progress note's
    "template": QT_TRANSLATE_NOOP("HistoryWords", "Template"),
    "sections": QT_TRANSLATE_NOOP("HistoryWords", "Sections"),
    "text": QT_TRANSLATE_NOOP("HistoryWords", "Text"),
    "session_id": QT_TRANSLATE_NOOP("HistoryWords", "Session"),
    "note_date": QT_TRANSLATE_NOOP("HistoryWords", "Note date"),
    "interventions": QT_TRANSLATE_NOOP("HistoryWords", "Interventions"),
    "goal_ids": QT_TRANSLATE_NOOP("HistoryWords", "Treatment-plan goals"),
    "risk": QT_TRANSLATE_NOOP("HistoryWords", "Risk screening"),
}
# The facts shown after the phrase, each with its value in {value}.
DETAILS = {
    "hits": QT_TRANSLATE_NOOP("HistoryWords", "{value} found"),
    "fields": QT_TRANSLATE_NOOP("HistoryWords", "changed: {value}"),
    # A disclosure's number, where the therapist finds it again (the Disclosures tab's last column).
    "disclosure_id": QT_TRANSLATE_NOOP("HistoryWords", "{value} on the Disclosures tab"),
    "left_out": QT_TRANSLATE_NOOP("HistoryWords", "{value} left out as denied"),
    # compliance.retained: until when the law keeps what a destroyed chart leaves.
    "keep_until": QT_TRANSLATE_NOOP("HistoryWords", "kept until {value}"),
}
# client.death_recorded: the day recorded, or None when a date recorded by mistake was taken back.
DIED_ON = QT_TRANSLATE_NOOP("HistoryWords", "died on {value}")
DEATH_TAKEN_BACK = QT_TRANSLATE_NOOP("HistoryWords", "date taken back")
# client.letters_language_set, client.created: the letters' language, kept as its code (domain/letter_language).
LETTERS_IN = {"en": QT_TRANSLATE_NOOP("HistoryWords", "letters in English"),
              "es": QT_TRANSLATE_NOOP("HistoryWords", "letters in Spanish")}
# A session recorded for a note still a draft (records migration 0104): no visit until the note is
# signed ("session: confirmed"), gone with the draft, or after a kill left it without its note
# (services/draft_sessions_left.py). Said, so the History does not read as a visit made and undone.
FLAGS = {
    "draft_only": QT_TRANSLATE_NOOP("HistoryWords", "for an unsigned note: no visit until it is signed"),
    "left_without_note": QT_TRANSLATE_NOOP("HistoryWords", "left without its note by an interruption"),
}
# What became of an imported psychotherapy draft's original PDF when the draft was discarded.
ORIGINAL = {
    "kept": QT_TRANSLATE_NOOP("HistoryWords", "original PDF kept"),
    "discarded": QT_TRANSLATE_NOOP("HistoryWords", "original PDF deleted"),
}
# Who received the copy a client's access request gave (found in the real app: a parent's copy
# read as given to the client): the client, or the representative the ledger names.
TO = QT_TRANSLATE_NOOP("HistoryWords", "to {value}")
TO_CLIENT = QT_TRANSLATE_NOOP("HistoryWords", "the client")
# note.amended is either added to a signed note; the ledger says which ("change"). An addendum read
# "nota: enmendada" (a correction) in Spanish (round 39's walker): the phrase claims neither, this says.
CHANGES = {
    "addendum": QT_TRANSLATE_NOOP("HistoryWords", "addendum"),
    "amendment": QT_TRANSLATE_NOOP("HistoryWords", "amendment"),
}
# chart.opened records whether the psychotherapy notes were opened with it.
WITH_PSYCHOTHERAPY = QT_TRANSLATE_NOOP("HistoryWords", "with the psychotherapy notes")


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryWords", text)


def field_words(name: str) -> str:
    """A stored field name in words; one added later reads as its name spelt out ("Due date")."""
    return _tr(FIELDS[name]) if name in FIELDS else name.replace("_", " ").capitalize()


def _detail(event: str, key: str, value: object) -> str:
    if key == "kind":
        return kind_words(event, str(value))
    if key == "keep_until" and isinstance(value, str):
        value = _day(value)
    if key == "fields" and isinstance(value, list | tuple):
        value = ", ".join(field_words(str(name)) for name in value)
    if key == "psychotherapy":
        return _tr(WITH_PSYCHOTHERAPY) if value is True else f"psychotherapy {value}"
    if key == "original":
        return _tr(ORIGINAL[str(value)]) if value in ORIGINAL else f"original {value}"
    if key in FLAGS:
        return _tr(FLAGS[key])
    return _tr(DETAILS[key]).format(value=value)


def _day(value: str) -> str:
    """A stored ISO day as the practice writes it; the stored text if it is not one."""
    try:
        return show_date(date.fromisoformat(value))
    except ValueError:
        return value


def _access_copy_to(payload: Mapping[str, object], privacy: bool, names: Mapping[str, str]) -> str:
    """For a disclosure: to whom, in words ("" where the ledger names no one). A copy on the client's
    access request went to the client or a representative: the ledger keeps a representative's
    capacity and guardian id; `names` names them."""
    basis, recipient, extra = payload.get("basis"), payload.get("recipient"), payload.get("extra")
    recorded = str(recipient.get("name") or "") if isinstance(recipient, Mapping) else ""
    if not isinstance(basis, Mapping) or basis.get("kind") != "client_access":
        # To whom any other went, as the Disclosures tab names them (it read "disclosure (...)" alone)
        return _tr(TO).format(value=recipient_words(recorded)) if recorded else ""
    guardian_id = str(extra.get("guardian_id") or "") if isinstance(extra, Mapping) else ""
    if guardian_id in names:
        who = masked_representative(names[guardian_id], privacy)
    elif guardian_id and recorded:  # the chart no longer names them: the ledger's words
        who = recorded
    else:
        who = _tr(TO_CLIENT)
    return _tr(TO).format(value=who)


def describe_event(kind: str, payload: Mapping[str, object], *, privacy: bool = False,
                   names: Mapping[str, str] | None = None) -> str:
    text = _tr(EVENTS[kind]) if kind in EVENTS else kind.replace(".", " ").replace("_", " ").capitalize()
    # The record first ("progress notes"), then the facts; a disclosure's number last, after to whom.
    keys = sorted(payload, key=lambda k: k != "kind")
    extra = [_detail(kind, k, payload[k]) for k in keys
             if (k in ("kind", "psychotherapy", "hits", "fields", "original", "left_out", "keep_until")
                 and payload[k] not in (None, "", False)) or (k in FLAGS and payload[k] is True)]
    extra = [words for words in extra if words]
    change = payload.get("change")
    if kind == "note.amended" and isinstance(change, str) and change in CHANGES:
        extra.append(_tr(CHANGES[change]))
    if kind == "client.death_recorded":
        day = payload.get("died_on")
        extra.append(_tr(DIED_ON).format(value=show_date(date.fromisoformat(day))) if isinstance(day, str)
                     else _tr(DEATH_TAKEN_BACK))
    if kind == "client.letters_language_set" and payload.get("letters_in") in LETTERS_IN:
        extra.append(_tr(LETTERS_IN[str(payload["letters_in"])]))
    if kind == "import.chart":  # from what, and how much (it read "import: chart" alone)
        extra += import_facts(payload)
    to = _access_copy_to(payload, privacy, names or {}) if kind == "disclosure" else ""
    extra += [to] if to else []
    number = payload.get("disclosure_id")
    extra += [_detail(kind, "disclosure_id", number)] if number else []
    return text + (f" ({'; '.join(extra)})" if extra else "")


__all__ = ["CHANGES", "DETAILS", "EVENTS", "FIELDS", "FLAGS", "KINDS", "TO", "TO_CLIENT", "describe_event",
           "field_words"]
