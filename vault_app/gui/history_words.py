"""A ledger entry as the chart's History tab says it, in the screen's language.

The ledger keeps its kind ("note.signed") and a few facts (ids, the kind of record, which fields
changed, by their stored names), never content. In English the line reads as it always has, the kind with ': ' for
the dot ("note: signed (kind progress)"); a translation says the whole phrase. A kind added later
reads in that English form, in every language, until it has words here."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from vault_app.gui.dates import show_date
from vault_app.gui.history_import_words import import_facts
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.widgets import masked_representative

EVENTS = {
    "chart.opened": QT_TRANSLATE_NOOP("HistoryWords", "chart: opened"),
    "chart.exported": QT_TRANSLATE_NOOP("HistoryWords", "chart: exported"),
    "case.created": QT_TRANSLATE_NOOP("HistoryWords", "case: created"),
    "client.created": QT_TRANSLATE_NOOP("HistoryWords", "client: created"),
    "client.updated": QT_TRANSLATE_NOOP("HistoryWords", "client: updated"),
    "client.consent_recorded": QT_TRANSLATE_NOOP("HistoryWords", "client: consent recorded"),
    "client.care_consent_recorded": QT_TRANSLATE_NOOP("HistoryWords", "client: care consent recorded"),
    "client.death_recorded": QT_TRANSLATE_NOOP("HistoryWords", "client: death recorded"),
    "client.letters_language_set": QT_TRANSLATE_NOOP("HistoryWords", "client: letters language set"),
    "client.confidentiality_agreement_recorded": QT_TRANSLATE_NOOP(
        "HistoryWords", "client: confidentiality agreement recorded"),
    "guardian.added": QT_TRANSLATE_NOOP("HistoryWords", "guardian: added"),
    "guardian.updated": QT_TRANSLATE_NOOP("HistoryWords", "guardian: updated"),
    "guardian.removed": QT_TRANSLATE_NOOP("HistoryWords", "guardian: removed"),
    "plan.updated": QT_TRANSLATE_NOOP("HistoryWords", "plan: updated"),
    "session.created": QT_TRANSLATE_NOOP("HistoryWords", "session: created"),
    "session.updated": QT_TRANSLATE_NOOP("HistoryWords", "session: updated"),
    "session.deleted": QT_TRANSLATE_NOOP("HistoryWords", "session: deleted"),
    "session.confirmed": QT_TRANSLATE_NOOP("HistoryWords", "session: confirmed"),
    "note.created": QT_TRANSLATE_NOOP("HistoryWords", "note: created"),
    "note.updated": QT_TRANSLATE_NOOP("HistoryWords", "note: updated"),
    "note.signed": QT_TRANSLATE_NOOP("HistoryWords", "note: signed"),
    "note.amended": QT_TRANSLATE_NOOP("HistoryWords", "note: amended"),
    "note.viewed": QT_TRANSLATE_NOOP("HistoryWords", "note: viewed"),
    "note.original_viewed": QT_TRANSLATE_NOOP("HistoryWords", "note: original viewed"),
    "note.printed": QT_TRANSLATE_NOOP("HistoryWords", "note: printed"),
    "note.draft_discarded": QT_TRANSLATE_NOOP("HistoryWords", "note: draft discarded"),
    "note.carried_forward": QT_TRANSLATE_NOOP("HistoryWords", "note: carried forward"),
    "search.psychotherapy": QT_TRANSLATE_NOOP("HistoryWords", "search: psychotherapy"),
    "measure.recorded": QT_TRANSLATE_NOOP("HistoryWords", "measure: recorded"),
    "measure.corrected": QT_TRANSLATE_NOOP("HistoryWords", "measure: corrected"),
    "attachment.added": QT_TRANSLATE_NOOP("HistoryWords", "attachment: added"),
    "attachment.viewed": QT_TRANSLATE_NOOP("HistoryWords", "attachment: viewed"),
    "attachment.copied": QT_TRANSLATE_NOOP("HistoryWords", "attachment: copied"),
    "attachment.exported": QT_TRANSLATE_NOOP("HistoryWords", "attachment: exported"),
    "attachment.amended": QT_TRANSLATE_NOOP("HistoryWords", "attachment: amended"),
    "authorization.recorded": QT_TRANSLATE_NOOP("HistoryWords", "authorization: recorded"),
    "authorization.revoked": QT_TRANSLATE_NOOP("HistoryWords", "authorization: revoked"),
    "authorization.event_occurred": QT_TRANSLATE_NOOP("HistoryWords", "authorization: event occurred"),
    # Which came first that day, the revocation's letter or a disclosure (services/revocation_order.py).
    "authorization.letter_order": QT_TRANSLATE_NOOP("HistoryWords", "authorization: letter order"),
    "export.created": QT_TRANSLATE_NOOP("HistoryWords", "export: created"),
    # An export or a disclosure recorded by hand (found on a Spanish History tab: "disclosure (...)").
    "disclosure": QT_TRANSLATE_NOOP("HistoryWords", "disclosure"),
    "disclosure.not_delivered": QT_TRANSLATE_NOOP("HistoryWords", "disclosure: not delivered"),
    "accounting.provided": QT_TRANSLATE_NOOP("HistoryWords", "accounting: provided"),
    "accounting.suspended": QT_TRANSLATE_NOOP("HistoryWords", "accounting: suspended"),
    "accounting.suspension_ended": QT_TRANSLATE_NOOP("HistoryWords", "accounting: suspension ended"),
    "request.received": QT_TRANSLATE_NOOP("HistoryWords", "request: received"),
    "request.granted": QT_TRANSLATE_NOOP("HistoryWords", "request: granted"),
    "request.denied": QT_TRANSLATE_NOOP("HistoryWords", "request: denied"),
    "request.withdrawn": QT_TRANSLATE_NOOP("HistoryWords", "request: withdrawn"),
    "request.extended": QT_TRANSLATE_NOOP("HistoryWords", "request: extended"),
    # The representative who made it may no longer receive its copy (limited, declined): to be reviewed.
    "request.requester_changed": QT_TRANSLATE_NOOP("HistoryWords", "request: requester changed"),
    # The copy of the rest of a request denied in part (164.524(d)(1)): it read as its stored name.
    "request.rest_given": QT_TRANSLATE_NOOP("HistoryWords", "request: rest given"),
    "request.review_referred": QT_TRANSLATE_NOOP("HistoryWords", "request: review referred"),
    "request.review_decided": QT_TRANSLATE_NOOP("HistoryWords", "request: review decided"),
    "request.inspection_arranged": QT_TRANSLATE_NOOP("HistoryWords", "request: inspection arranged"),
    # A letter saved as a PDF: on Spanish screens it read "request: letter saved" (walker, round 37).
    "request.letter_saved": QT_TRANSLATE_NOOP("HistoryWords", "request: letter saved"),
    # The notice of closure given when the practice closes (services/closure_notice.py).
    "letter.closure_notice": QT_TRANSLATE_NOOP("HistoryWords", "letter: closure notice"),
    "letter.closure_notice_reprinted": QT_TRANSLATE_NOOP("HistoryWords", "letter: closure notice reprinted"),
    "amendment.accepted": QT_TRANSLATE_NOOP("HistoryWords", "amendment: accepted"),
    "amendment.disagreement_filed": QT_TRANSLATE_NOOP("HistoryWords", "amendment: disagreement filed"),
    "amendment.inclusion_asked": QT_TRANSLATE_NOOP("HistoryWords", "amendment: inclusion asked"),
    "amendment.rebuttal_added": QT_TRANSLATE_NOOP("HistoryWords", "amendment: rebuttal added"),
    "amendment.rebuttal_letter_made": QT_TRANSLATE_NOOP("HistoryWords", "amendment: rebuttal letter made"),
    "amendment.recipient_informed": QT_TRANSLATE_NOOP("HistoryWords", "amendment: recipient informed"),
    "restriction.requested": QT_TRANSLATE_NOOP("HistoryWords", "restriction: requested"),
    "restriction.decided": QT_TRANSLATE_NOOP("HistoryWords", "restriction: decided"),
    "restriction.terminated": QT_TRANSLATE_NOOP("HistoryWords", "restriction: terminated"),
    "decision.created": QT_TRANSLATE_NOOP("HistoryWords", "decision: created"),
    "decision.signed": QT_TRANSLATE_NOOP("HistoryWords", "decision: signed"),
    "decision.discarded": QT_TRANSLATE_NOOP("HistoryWords", "decision: discarded"),
    "decision.addendum": QT_TRANSLATE_NOOP("HistoryWords", "decision: addendum"),
    "decision.viewed": QT_TRANSLATE_NOOP("HistoryWords", "decision: viewed"),
    "note.held_in_confidence": QT_TRANSLATE_NOOP("HistoryWords", "note: held in confidence"),
    "note.held_cleared": QT_TRANSLATE_NOOP("HistoryWords", "note: held cleared"),
    "hold.placed": QT_TRANSLATE_NOOP("HistoryWords", "hold: placed"),
    "hold.released": QT_TRANSLATE_NOOP("HistoryWords", "hold: released"),
    "appointment.scheduled": QT_TRANSLATE_NOOP("HistoryWords", "appointment: scheduled"),
    "appointment.moved": QT_TRANSLATE_NOOP("HistoryWords", "appointment: moved"),
    "appointment.attended": QT_TRANSLATE_NOOP("HistoryWords", "appointment: attended"),
    "appointment.status_changed": QT_TRANSLATE_NOOP("HistoryWords", "appointment: status changed"),
    "payment.recorded": QT_TRANSLATE_NOOP("HistoryWords", "payment: recorded"),
    "payment.deleted": QT_TRANSLATE_NOOP("HistoryWords", "payment: deleted"),
    "fee.session_set": QT_TRANSLATE_NOOP("HistoryWords", "fee: session set"),
    "fee.session_addons_set": QT_TRANSLATE_NOOP("HistoryWords", "fee: session addons set"),
    "billing.split_set": QT_TRANSLATE_NOOP("HistoryWords", "billing: split set"),
    "import.chart": QT_TRANSLATE_NOOP("HistoryWords", "import: chart"),
    "destruction.started": QT_TRANSLATE_NOOP("HistoryWords", "destruction: started"),
    "destruction.completed": QT_TRANSLATE_NOOP("HistoryWords", "destruction: completed"),
    "destruction.verified": QT_TRANSLATE_NOOP("HistoryWords", "destruction: verified"),
    "destruction.verification_failed": QT_TRANSLATE_NOOP("HistoryWords", "destruction: verification failed"),
    "destruction.reapplied": QT_TRANSLATE_NOOP("HistoryWords", "destruction: reapplied"),
    "destruction.known_from_newer_copy": QT_TRANSLATE_NOOP("HistoryWords", "destruction: known from newer copy"),
    "destruction.notes_known_from_newer_copy": QT_TRANSLATE_NOOP("HistoryWords",
                                                                 "destruction: notes known from newer copy"),
    "certificate.exported": QT_TRANSLATE_NOOP("HistoryWords", "certificate: exported"),
}
# The kind of record an entry names (a note's, an attachment's, a request's, a restriction's):
# in English the stored key, as the line always read.
KINDS = {
    "progress": QT_TRANSLATE_NOOP("HistoryWords", "progress"),
    "psychotherapy": QT_TRANSLATE_NOOP("HistoryWords", "psychotherapy"),
    "consent": QT_TRANSLATE_NOOP("HistoryWords", "consent"),
    "authorization": QT_TRANSLATE_NOOP("HistoryWords", "authorization"),
    "court_order": QT_TRANSLATE_NOOP("HistoryWords", "court_order"),
    "custody_order": QT_TRANSLATE_NOOP("HistoryWords", "custody_order"),
    "other": QT_TRANSLATE_NOOP("HistoryWords", "other"),
    "access": QT_TRANSLATE_NOOP("HistoryWords", "access"),
    "amendment": QT_TRANSLATE_NOOP("HistoryWords", "amendment"),
    "accounting": QT_TRANSLATE_NOOP("HistoryWords", "accounting"),
    "health_plan_self_pay": QT_TRANSLATE_NOOP("HistoryWords", "health_plan_self_pay"),
    # What an import brings and what a superbill discloses (found on a Spanish History tab:
    # "tipo: billing"); tests/gui/test_history_kind_words.py holds every kind to an entry here.
    "imported_note": QT_TRANSLATE_NOOP("HistoryWords", "imported_note"),
    "treatment_plan": QT_TRANSLATE_NOOP("HistoryWords", "treatment_plan"),
    "questionnaire": QT_TRANSLATE_NOOP("HistoryWords", "questionnaire"),
    "billing": QT_TRANSLATE_NOOP("HistoryWords", "billing"),
    "message": QT_TRANSLATE_NOOP("HistoryWords", "message"),
    "stored_document": QT_TRANSLATE_NOOP("HistoryWords", "stored_document"),
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
    "kind": QT_TRANSLATE_NOOP("HistoryWords", "kind {value}"),
    "hits": QT_TRANSLATE_NOOP("HistoryWords", "hits {value}"),
    "fields": QT_TRANSLATE_NOOP("HistoryWords", "fields {value}"),
    "disclosure_id": QT_TRANSLATE_NOOP("HistoryWords", "disclosure id {value}"),
    "left_out": QT_TRANSLATE_NOOP("HistoryWords", "left out as denied: {value}"),
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
WITH_PSYCHOTHERAPY = QT_TRANSLATE_NOOP("HistoryWords", "psychotherapy True")


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryWords", text)


def field_words(name: str) -> str:
    """A stored field name in words; one added later reads as its name spelt out ("Due date")."""
    return _tr(FIELDS[name]) if name in FIELDS else name.replace("_", " ").capitalize()


def _detail(key: str, value: object) -> str:
    if key == "fields" and isinstance(value, list | tuple):
        value = ", ".join(field_words(str(name)) for name in value)
    if key == "psychotherapy":
        return _tr(WITH_PSYCHOTHERAPY) if value is True else f"psychotherapy {value}"
    if key == "original":
        return _tr(ORIGINAL[str(value)]) if value in ORIGINAL else f"original {value}"
    if key in FLAGS:
        return _tr(FLAGS[key])
    if key == "kind" and isinstance(value, str) and value in KINDS:
        value = _tr(KINDS[value])
    return _tr(DETAILS[key]).format(value=value)


def _access_copy_to(payload: Mapping[str, object], privacy: bool, names: Mapping[str, str]) -> str:
    """For a disclosure on the client's access request: to whom, in words ("" for any other).
    The ledger keeps a representative's capacity and guardian id; `names` names them."""
    basis, recipient, extra = payload.get("basis"), payload.get("recipient"), payload.get("extra")
    if not isinstance(basis, Mapping) or basis.get("kind") != "client_access":
        return ""
    guardian_id = str(extra.get("guardian_id") or "") if isinstance(extra, Mapping) else ""
    recorded = str(recipient.get("name") or "") if isinstance(recipient, Mapping) else ""
    if guardian_id in names:
        who = masked_representative(names[guardian_id], privacy)
    elif guardian_id and recorded:  # the chart no longer names them: the ledger's words
        who = recorded
    else:
        who = _tr(TO_CLIENT)
    return _tr(TO).format(value=who)


def describe_event(kind: str, payload: Mapping[str, object], *, privacy: bool = False,
                   names: Mapping[str, str] | None = None) -> str:
    text = _tr(EVENTS[kind]) if kind in EVENTS else kind.replace(".", ": ").replace("_", " ")
    extra = [_detail(k, v) for k, v in payload.items()
             if (k in ("kind", "psychotherapy", "hits", "fields", "disclosure_id", "original", "left_out")
                 and v not in (None, "", False)) or (k in FLAGS and v is True)]
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
    return text + (f" ({'; '.join(extra)})" if extra else "")


__all__ = ["CHANGES", "DETAILS", "EVENTS", "FIELDS", "FLAGS", "KINDS", "TO", "TO_CLIENT", "describe_event",
           "field_words"]
