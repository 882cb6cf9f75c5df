"""The gate's words for a basis's evidence, what a disclosure lacks and the kinds of information an
authorization describes, in the screen's language: under the "GateWords" context as the rest of the
gate's words (gui/refusal_words_gate.py reads them from here; it had passed 500 lines)."""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# Each basis's evidence field (domain/disclosure_basis.SPECS, keyed "basis.field"): one table, one
# Spanish, for both places it is said: the label of its box on the export wizard's basis form
# (gui/basis_words.evidence_label) and the gate's list of what a basis lacks ("A disclosure based
# on a court order needs: the judge's name; the court."). So each reads as a noun phrase that
# stands alone in a list and over a box ("the court", "confirmation that ..."); it was two tables,
# four of them with different Spanish for the same English.
EVIDENCE: Mapping[str, str] = {
    "court_order.judge": QT_TRANSLATE_NOOP("GateWords", "the judge's name"),
    "court_order.court": QT_TRANSLATE_NOOP("GateWords", "the court"),
    "court_order.case_number": QT_TRANSLATE_NOOP("GateWords", "the case number"),
    "court_order.order_date": QT_TRANSLATE_NOOP("GateWords", "the date of the order"),
    "court_order.received_on": QT_TRANSLATE_NOOP("GateWords", "the date the order was received"),
    "court_order.order_attachment_id": QT_TRANSLATE_NOOP("GateWords", "the attached copy of the signed order"),
    "court_order.covers": QT_TRANSLATE_NOOP(
        "GateWords", "what the order requires (progress, psychotherapy, billing)"),
    "court_order.records_from": QT_TRANSLATE_NOOP("GateWords", "the first date of records the order covers"),
    "court_order.records_to": QT_TRANSLATE_NOOP("GateWords", "the last date of records the order covers"),
    "court_order.part2_findings": QT_TRANSLATE_NOOP(
        "GateWords", "whether the order makes the findings of 42 CFR 2.64"),
    "court_order.part2_notice_on": QT_TRANSLATE_NOOP(
        "GateWords", "when the patient was given notice of the 2.64 application"),
    "court_order.part2_limits": QT_TRANSLATE_NOOP(
        "GateWords", "the 2.64 order's limits on what, to whom, and identity protection"),
    "subpoena.issuer": QT_TRANSLATE_NOOP("GateWords", "who issued the subpoena"),
    "subpoena.received_on": QT_TRANSLATE_NOOP("GateWords", "the date the subpoena was received"),
    "subpoena.case_number": QT_TRANSLATE_NOOP("GateWords", "the case number"),
    "subpoena.assurance": QT_TRANSLATE_NOOP("GateWords", "the satisfactory assurance received"),
    "subpoena.assurance_attachment_id": QT_TRANSLATE_NOOP("GateWords", "the written statement of assurance"),
    "subpoena.notice_sent_on": QT_TRANSLATE_NOOP("GateWords", "when written notice was sent to the client"),
    "subpoena.notice_sufficient": QT_TRANSLATE_NOOP("GateWords", "the notice let the client object"),
    "subpoena.objection_deadline": QT_TRANSLATE_NOOP("GateWords", "the last day to object"),
    "subpoena.objections_resolved": QT_TRANSLATE_NOOP("GateWords", "no objection, or all resolved"),
    "subpoena.qpo_status": QT_TRANSLATE_NOOP("GateWords", "the qualified protective order's status"),
    "subpoena.qpo_limits_use": QT_TRANSLATE_NOOP("GateWords", "the order forbids use outside the litigation"),
    "subpoena.qpo_return_or_destroy": QT_TRANSLATE_NOOP("GateWords", "the order requires return or destruction"),
    "subpoena.state_law_cleared": QT_TRANSLATE_NOOP(
        "GateWords", "confirmation that counsel advised your state's privilege does not bar this release"),
    "required_by_law.law_kind": QT_TRANSLATE_NOOP("GateWords", "which duty applies"),
    "required_by_law.agency": QT_TRANSLATE_NOOP("GateWords", "the agency or person receiving the report"),
    "required_by_law.statute": QT_TRANSLATE_NOOP("GateWords", "the law that requires it (statute or rule)"),
    "required_by_law.threat": QT_TRANSLATE_NOOP("GateWords", "the threat (duty to warn/protect)"),
    "required_by_law.identifiable_person": QT_TRANSLATE_NOOP("GateWords", "the identifiable person threatened"),
    "required_by_law.report_reference": QT_TRANSLATE_NOOP("GateWords", "the report or hotline reference"),
    "health_oversight.agency": QT_TRANSLATE_NOOP("GateWords", "the oversight agency"),
    "health_oversight.request_reference": QT_TRANSLATE_NOOP("GateWords", "the agency's request (reference or date)"),
    "health_oversight.of_originator": QT_TRANSLATE_NOOP(
        "GateWords", "whether the oversight concerns the author of the notes"),
    "legal_defense.proceeding": QT_TRANSLATE_NOOP(
        "GateWords", "the action or complaint the client brought (court or board)"),
    "legal_defense.case_number": QT_TRANSLATE_NOOP("GateWords", "the case or complaint number"),
    "legal_defense.brought_by_client": QT_TRANSLATE_NOOP(
        "GateWords", "confirmation that the client brought the action"),
    "coroner.office": QT_TRANSLATE_NOOP("GateWords", "the coroner's or medical examiner's office"),
    "coroner.official": QT_TRANSLATE_NOOP("GateWords", "the official requesting"),
    "coroner.case_number": QT_TRANSLATE_NOOP("GateWords", "the case number"),
    "treatment.recipient_is": QT_TRANSLATE_NOOP("GateWords", "who receives it"),
    "treatment.provider_role": QT_TRANSLATE_NOOP("GateWords", "the receiving provider's role (e.g. psychiatrist)"),
    "treatment.not_the_client": QT_TRANSLATE_NOOP(
        "GateWords", "the recipient shares the client's name but is a health care provider, not the client or a "
                     "relative"),
    "payment.payer_id": QT_TRANSLATE_NOOP("GateWords", "the payer's identifier or claim reference"),
    "client_access.request_id": QT_TRANSLATE_NOOP("GateWords", "the access request on file"),
    "client_access.directed_by_client": QT_TRANSLATE_NOOP(
        "GateWords", "the client's signed, written direction naming this recipient"),
    "national_security.official": QT_TRANSLATE_NOOP("GateWords", "the authorized federal official"),
    "national_security.authority": QT_TRANSLATE_NOOP("GateWords", "the legal authority the official cited"),
    "national_security.request_reference": QT_TRANSLATE_NOOP("GateWords", "the request's reference"),
    "serious_threat.agency": QT_TRANSLATE_NOOP(
        "GateWords", "who receives it (a person reasonably able to prevent or lessen the threat, including its "
                     "target)"),
    "serious_threat.threat": QT_TRANSLATE_NOOP("GateWords", "the threat, in a few words"),
    "serious_threat.identifiable_person": QT_TRANSLATE_NOOP("GateWords", "the person threatened"),
    "serious_threat.statute": QT_TRANSLATE_NOOP(
        "GateWords", "a state duty-to-warn or duty-to-protect law you also rely on"),
    "serious_threat.report_reference": QT_TRANSLATE_NOOP("GateWords", "the report or call reference"),
    "training.trainee": QT_TRANSLATE_NOOP(
        "GateWords", "the trainee (student, intern or practitioner learning under supervision)"),
    "training.supervisor": QT_TRANSLATE_NOOP("GateWords", "the supervisor"),
    "training.program": QT_TRANSLATE_NOOP("GateWords", "the training program"),
    "training.own_practice": QT_TRANSLATE_NOOP(
        "GateWords", "confirmation that the training is your own practice's program"),
    "successor.transfer": QT_TRANSLATE_NOOP(
        "GateWords", "the transfer (the sale, merger or closing of your practice, and its date)"),
    "successor.covered_entity": QT_TRANSLATE_NOOP(
        "GateWords", "confirmation that the successor is a HIPAA covered entity or becomes one by this transfer"),
}


# What a basis's evidence, a subpoena's assurance, a Part 2 order or an authorization lacks: the
# core's own words for each (its labels), said in a list.
LACKING: Mapping[str, str] = {
    # a basis's evidence ("basis.field", domain/disclosure_basis.LegalBasis.missing_evidence_keys)
    **EVIDENCE,
    "duty_to_warn.threat": QT_TRANSLATE_NOOP("GateWords", "the threat"),
    "duty_to_warn.identifiable_person": QT_TRANSLATE_NOOP("GateWords", "the person threatened"),
    # a subpoena's satisfactory assurance (domain/subpoena.subpoena_lacking): three of its keys
    # name a subpoena's evidence field too, and what is lacking is said in full, with its rule.
    "subpoena.statement": QT_TRANSLATE_NOOP(
        "GateWords", "the requesting party's written statement of assurance, attached (45 CFR "
                     "164.512(e)(1)(iii), (iv))"),
    "subpoena.notice_date": QT_TRANSLATE_NOOP(
        "GateWords", "the date written notice was sent to the client (45 CFR 164.512(e)(1)(iii)(A))"),
    "subpoena.notice_sufficient": QT_TRANSLATE_NOOP(
        "GateWords", "confirmation that the notice told the client enough about the litigation to object (45 CFR "
                     "164.512(e)(1)(iii)(B))"),
    "subpoena.time_to_object": QT_TRANSLATE_NOOP(
        "GateWords", "the time to object has passed (45 CFR 164.512(e)(1)(iii)(C)): record the deadline, and wait "
                     "until it is over"),
    "subpoena.objections_resolved": QT_TRANSLATE_NOOP(
        "GateWords", "confirmation that no objection was filed, or all were resolved by the court (45 CFR "
                     "164.512(e)(1)(iii)(C))"),
    "subpoena.qpo_status": QT_TRANSLATE_NOOP(
        "GateWords", "whether the parties agreed to a qualified protective order and presented it to the court, or "
                     "the party requested one (45 CFR 164.512(e)(1)(iv))"),
    "subpoena.qpo_terms": QT_TRANSLATE_NOOP(
        "GateWords", "a qualified protective order that forbids use outside the litigation and requires the "
                     "records' return or destruction at its end (45 CFR 164.512(e)(1)(v))"),
    # a court order for Part 2 records (domain/subpoena.part2_order_lacking)
    "part2.findings": QT_TRANSLATE_NOOP(
        "GateWords", "the findings of 42 CFR 2.64(d) (good cause: other ways to get the information are "
                     "unavailable or ineffective, and the public interest outweighs the harm)"),
    "part2.notice": QT_TRANSLATE_NOOP(
        "GateWords", "the date the patient and the program were given notice and a chance to respond (42 CFR "
                     "2.64(b))"),
    "part2.limits": QT_TRANSLATE_NOOP(
        "GateWords", "the order's limits: only what is essential, to whom, and how the patient's identity is "
                     "protected (42 CFR 2.64(e))"),
    # an authorization's elements (domain/authorization.MISSING_ELEMENTS, SCAN_MISSING)
    "authorization.description": QT_TRANSLATE_NOOP(
        "GateWords", "a specific description of the information to be disclosed"),
    "authorization.covers": QT_TRANSLATE_NOOP(
        "GateWords", "which kind of information it covers (progress notes, psychotherapy notes, billing)"),
    "authorization.discloser": QT_TRANSLATE_NOOP("GateWords", "who may make the disclosure"),
    "authorization.recipient": QT_TRANSLATE_NOOP("GateWords", "the recipient's name"),
    "authorization.purpose": QT_TRANSLATE_NOOP("GateWords", "the purpose of the disclosure"),
    "authorization.expiration": QT_TRANSLATE_NOOP("GateWords", "an expiration date or event"),
    "authorization.signed_on": QT_TRANSLATE_NOOP("GateWords", "the date of signature"),
    "authorization.signer_name": QT_TRANSLATE_NOOP("GateWords", "the signer's name"),
    "authorization.signer_authority": QT_TRANSLATE_NOOP(
        "GateWords", "a description of the personal representative's authority"),
    "authorization.statement_revoke": QT_TRANSLATE_NOOP(
        "GateWords", "the statement of the right to revoke in writing and how"),
    "authorization.statement_conditioning": QT_TRANSLATE_NOOP(
        "GateWords", "the statement on conditioning treatment or payment on signing"),
    "authorization.statement_redisclosure": QT_TRANSLATE_NOOP(
        "GateWords", "the statement that the recipient may redisclose the information"),
    "authorization.part2_patient_name": QT_TRANSLATE_NOOP(
        "GateWords", "the patient's name on the Part 2 consent (42 CFR 2.31(a)(1))"),
    "authorization.notes_range": QT_TRANSLATE_NOOP("GateWords", "a date range whose start is before its end"),
    "scan": QT_TRANSLATE_NOOP(
        "GateWords", "a scan of the signed form, which the practice must keep (45 CFR 164.508(b)(6) and "
                     "164.530(j))"),
}

# The kinds of information an authorization describes (domain/disclosure_parts.PART_LABELS).
PARTS: Mapping[str, str] = {
    "attendance": QT_TRANSLATE_NOOP("GateWords", "dates of attendance"),
    "diagnosis": QT_TRANSLATE_NOOP("GateWords", "diagnosis"),
    "summary": QT_TRANSLATE_NOOP("GateWords", "a treatment summary or letter"),
    "progress_notes": QT_TRANSLATE_NOOP("GateWords", "full progress notes"),
    "measures": QT_TRANSLATE_NOOP("GateWords", "assessments and measures"),
}


__all__ = ["EVIDENCE", "LACKING", "PARTS"]
