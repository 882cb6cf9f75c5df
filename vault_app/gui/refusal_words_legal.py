"""The words of the core's refusals about legal requests, authorizations, disclosures,
restrictions, export, letters and superbills, in the screen's language (a confidentiality
decision's are in gui/refusal_words_decisions.py, under the same context).

A book of gui/refusal_words.py (which reads it): code -> words, with {what} for the field's name
and the refusal's params as {names}; es.ts holds the Spanish under the "RefusalWordsLegal" context.
The words mean what the core's English says; where that names a command-line flag, the hint
here says what to do on the screen instead. A refusal whose English names people (who may sign
for a minor, a representative's recorded dates) or lists the gate's reasons has no code yet and
is said as the core says it.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RefusalWordsLegal"

SAYS: Mapping[str, str] = {
    # authorizations: the form, its signer, a revocation, an expiration event
    "authorization.missing_elements": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The authorization lacks a required element (45 CFR 164.508(c)): the {what}."),
    "authorization.missing_elements.more": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The authorization lacks required elements (45 CFR 164.508(c)): the {what}, and "
                             "{more} more."),
    "authorization.missing_elements.and_scan": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The authorization lacks a required element (45 CFR 164.508(c)): the {what}. It "
                             "also needs a scan of the signed form."),
    "authorization.psychotherapy_combined": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "A psychotherapy-notes authorization may not be combined with any other "
                             "authorization (45 CFR 164.508(b)(3)(ii)); this one also covers other information."),
    "authorization.scan_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Attach a scan of the signed form, which the practice must keep (45 CFR "
                             "164.508(b)(6) and 164.530(j))."),
    "authorization.expires_before_signed": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The expiration date is before the signature date."),
    "authorization.signer_not_member": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The signing member is not a member of this joint record."),
    "authorization.signer_not_client": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The signer of an individual chart's authorization is that client or their "
                             "representative."),
    "authorization.signer_role": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The signer is either the client or a personal representative."),
    "authorization.signer_member_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "This is a joint (couple or family) record: name the member who signed this "
                             "authorization."),
    "representative.may_not_authorize": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "This representative is not recorded as allowed to sign authorizations for the "
                             "client."),
    "representative.declined": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "You recorded that this person is not treated as the client's personal "
                             "representative (reasonable belief of abuse, neglect or endangerment, 45 CFR "
                             "164.502(g)(5)); they may not act for the client."),
    "representative.past_majority": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The client is {age} and has reached the age of majority ({majority}): a parent's or "
                             "guardian's authority over a minor has ended (45 CFR 164.502(g)(2)-(3)), so this "
                             "person may not act for the client."),
    "representative.minor_signs_part2": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The client is {age} and may consent to treatment on their own (your setting: from "
                             "{consent}), so only the minor may sign a Part 2 consent (42 CFR 2.14(a)); a "
                             "parent's or guardian's signature is refused."),
    "representative.minor_consents": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The client is {age} and, as the chart records, consented to their own outpatient "
                             "care (your setting: from {consent}); for that care the minor, not the parent, "
                             "exercises the rights (45 CFR 164.502(g)(3)(i)), so this person may not act for the "
                             "client."),
    # not refusals: what to check before a minor's own signature is recorded (Record anyway)
    "authorization.minor_signs_alone": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The client is {age}, under your age of consent for treatment ({consent}); check that "
                             "the law lets the minor authorize this (45 CFR 164.502(g)(3))."),
    "authorization.minor_signs_alone.part2": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The client is {age}, under your age of consent for treatment ({consent}): a Part 2 "
                             "consent then needs the signatures of both the minor and the parent or guardian (42 CFR "
                             "2.14(b))."),
    "authorization.revoked_before_signed": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The revocation date is before the authorization was signed."),
    "authorization.already_revoked": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Authorization {id} was already revoked on {day}."),
    "authorization.revocation_not_in_writing": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "A revocation takes effect when it is received in writing (45 CFR 164.508(b)(5))."),
    "authorization.expires_on_date": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Authorization {id} expires on a date, not at an event."),
    "authorization.event_already_recorded": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The expiration event was already recorded ({day})."),
    # which came first, a revocation's letter or a disclosure made the day it arrived
    "revocation.not_recorded": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Authorization {id} has no revocation recorded."),
    "revocation.order_not_same_day": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Disclosure {id} is not one under this authorization made on the day its "
                             "revocation was received."),
    "revocation.order_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Say whether {id} went out before or after the letter arrived."),
    "revocation.order_twice": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Disclosure {id} is named both before and after the letter."),
    "revocation.order_none": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Name a disclosure made the day the revocation arrived, and whether it went out "
                             "before or after the letter."),
    # the client's requests (access, amendment, accounting), their extensions, denials and letters
    "request.note_not_of_client": QT_TRANSLATE_NOOP("RefusalWordsLegal", "A named note is not a note of this client."),
    "request.kind_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Unknown request kind. Choose access, amendment or accounting."),
    "request.closed.granted": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Request {id} is already granted."),
    "request.closed.partially_granted": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Request {id} is already partially granted."),
    "request.rest_already_given": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The rest of request {id} was already given, on {day}."),
    "request.letter_not_found": QT_TRANSLATE_NOOP("RefusalWordsLegal", "No such letter for this request ({id})."),
    "request.not_partially_granted": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Request {id} was not denied in part."),
    "request.closed.denied": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Request {id} is already denied."),
    "request.closed.withdrawn": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Request {id} is already withdrawn."),
    "request.decided_before_received": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The decision date {day} is before the request was received ({received})."),
    "request.already_extended": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "This request was already extended once; {citation} allows only one extension."),
    "request.extension_reason_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Give the reason for the delay: the written notice must state it."),
    "request.notice_before_received": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The notice date {notice} is before the request was received ({received})."),
    # A received day that cannot be: a slip of the year (domain/request_received_day.py).
    "request.received_before_birth": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The request is dated {received}, before the client was born ({born}): check the year "
                             "of the day it was received."),
    "request.received_too_long_ago": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The request is dated {received}, longer ago than any request is kept on file (from "
                             "{earliest}; {citation} and the practice's retention period): check the year of the day "
                             "it was received."),
    "request.extension_too_late": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The extension notice must be given within the first {days} days, by {by}; {notice} "
                             "is too late ({citation})."),
    # A notice dated after today is not given yet (domain/deadlines.check_notice_given).
    "request.notice_after_today": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The extension notice is dated {notice}, after today ({today}): a request is extended "
                             "by a written notice already given to the client ({citation})."),
    "request.extension_days": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "An extension may add 1 to {max} days ({citation})."),
    "request.state_no_extension": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "No extension: {citation} has the request acted on by {by}, and allows no later date; "
                             "a notice promising {asked} would break it (HIPAA's extension does not lengthen a "
                             "stricter state deadline, 45 CFR 160.203(b))."),
    "request.amendment_is_accepted": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "An amendment request is accepted, which amends the record, not granted."),
    "request.accounting_not_denied": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "An accounting of disclosures cannot be denied: the client has the right to it (45 CFR "
                             "164.528(a)); produce it (it may only be suspended, 164.528(a)(2))."),
    "request.ground_missing": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Name at least one ground for the denial."),
    "request.ground_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Unknown ground for the denial: choose one from the list."),
    "request.ground_only_for_representative": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The ground “access by the personal representative is likely to cause substantial "
                             "harm” ({citation}) applies only to a request made by a personal representative; this "
                             "request was made by the client."),
    "request.ground_state_minor_only": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "This ground ({citation}) applies only in a practice licensed in {state}, to a request "
                             "made by a parent or guardian while the client is a minor (by the date of birth on the "
                             "chart); a client's own request, or one about an adult, cannot be denied on it."),
    "request.whole_ground_combined": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The ground “the requester is not the client's personal representative” ({citation}) "
                             "answers the whole request and cannot be combined with another ground: its reply goes "
                             "to the requester, the other grounds' letter to the client."),
    "request.whole_ground_partial": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The ground “the requester is not the client's personal representative” ({citation}) "
                             "denies the whole request: nothing of the client's records is released to one who is "
                             "not their personal representative."),
    "request.refused_not_refused": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The rules let this person request the client's records on that day: record the "
                             "request as made (it stays open) and answer it on its merits."),
    "request.refused_claim": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Only a parent's request, or a recorded representative's, is recorded as refused by "
                             "the representative rules."),
    "request.refused_kind": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Only an access, amendment or accounting request is recorded as refused by the "
                             "representative rules."),
    "request.asked_not_access": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Only an access request says whether the client asked to inspect or for copies."),
    "request.asked_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Say whether the client asked to inspect the record, for copies, or both."),
    "request.partial_only_access": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Only an access request can be granted in part."),
    "request.not_amendment": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Request {id} is not an amendment request."),
    "request.amendment_without_notes": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Name the notes the amendment applies to when recording the request."),
    "request.amendment_psychotherapy_notes": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "{count} of the notes named are psychotherapy notes, which are not part of the "
                             "designated record set (45 CFR 164.501): answer in writing with a denial on "
                             "'not_in_record_set' (45 CFR 164.526(a)(2)(ii)); if the client also asked about "
                             "progress notes, record that as its own request."),
    "request.disagreement_needs_denial": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "A statement of disagreement answers a denied amendment request."),
    "request.disagreement_already": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Request {id} already has a statement of disagreement."),
    "request.rebuttal_needs_disagreement": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "A rebuttal answers the client's statement of disagreement; there is none yet."),
    "request.rebuttal_already": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Request {id} already has a rebuttal."),
    "request.inclusion_already": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Request {id} already goes with later disclosures: the client asked on {day}."),
    "request.inclusion_needs_denial": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Only a denied amendment request can go with later disclosures at the client's "
        "request ({citation})."),
    "request.inclusion_before_denial": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The client's ask ({day}) is before the denial ({decided})."),
    "request.rebuttal_none": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Request {id} has no rebuttal to copy."),
    "request.rebuttal_letter_kept": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The rebuttal's letter of request {id} was made on {day}."),
    "letter.practice_contact_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Letters must say how to reach the practice: set the practice or clinician name and "
                             "a phone number first."),
    "amendment_notice.not_accepted": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Request {id} is not an accepted amendment; 45 CFR 164.526(c)(3) applies once one "
                             "is."),
    "amendment_notice.recipient_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "That recipient did not receive an amended note; if the client named them, say so."),
    "amendment_notice.already_informed": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "That recipient was already recorded as informed on {day}."),
    "review.referred_before_requested": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The referral is dated before the client asked for the review."),
    "review.due_days": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The review's due date is 1 to 365 days after the referral."),
    "review.already_decided": QT_TRANSLATE_NOOP("RefusalWordsLegal", "The review was already decided."),
    "review.decision_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The review's decision is not one of the choices."),
    "review.decided_before_referred": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The decision is dated before the review was referred."),
    # restrictions the client asks for
    "restriction.kind_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "A restriction is on services paid in full out of pocket (not to the health plan), "
                             "or other."),
    "restriction.already.agreed": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Restriction {id} was already agreed."),
    "restriction.already.refused": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Restriction {id} was already refused."),
    "restriction.already.terminated": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Restriction {id} was already terminated."),
    "restriction.self_pay_must_agree": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "A restriction on disclosures to a health plan about services the client paid for "
                             "in full out of pocket must be agreed to (45 CFR 164.522(a)(1)(vi)); it cannot be "
                             "refused."),
    "restriction.decided_before_request": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The decision is dated before the request."),
    "restriction.not_agreed.requested": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Restriction {id} still awaits your answer; only an agreed restriction can be "
                             "terminated."),
    "restriction.not_agreed.refused": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Restriction {id} was refused; only an agreed restriction can be terminated."),
    "restriction.not_agreed.terminated": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Restriction {id} is already terminated; only an agreed restriction can be "
                             "terminated."),
    "restriction.ended_by": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "A restriction is terminated by the client or by the practice."),
    "restriction.self_pay_client_ends": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The practice may not end a restriction on disclosures to a health plan about "
                             "self-paid services (45 CFR 164.522(a)(2)(iii)); only the client can."),
    "restriction.ended_before_agreed": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The termination is dated before the restriction was agreed."),
    "restriction.binds_earlier_measures": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The restriction the client asked for on {asked}, which you ended on {ended}, still "
                             "restricts what was written before its end (45 CFR 164.522(a)(2)(iii)(B)); this "
                             "disclosure would carry outcome measure results ({count}) from before {ended}."),
    # disclosures, exports, an access copy and the PDF's password
    "disclosure.range_reversed": QT_TRANSLATE_NOOP("RefusalWordsLegal", "The date range ends before it starts."),
    "disclosure.manual_missing": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Give the {what}."),
    "disclosure.channel_unknown": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The channel is phone, mail, fax, email, in person or other."),
    "export.format": QT_TRANSLATE_NOOP("RefusalWordsLegal", "The export format is PDF or JSON."),
    "export.json_only_for_access": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "A JSON export is only for the client's own access request; use a PDF with a "
                             "password."),
    "export.json_unencrypted": QT_TRANSLATE_NOOP("RefusalWordsLegal", "A JSON export is not encrypted."),
    "export.nothing": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Nothing to export."),
    "pdf.password_too_short": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Give a PDF password of at least {min} characters."),
    "pdf.password_spaces": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The PDF password must not start or end with spaces."),
    "access_copy.not_access": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Only an access request is granted with a copy of the record."),
    "access_copy.nothing_chosen": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Choose what the copy holds: progress notes, billing information or both."),
    "access_copy.no_folder": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Choose an existing folder for the copy."),
    "access.recipient_not_requester": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "On the client's access request the copy goes to the client, or to the personal "
                             "representative who receives it (45 CFR 164.524, 164.502(g)); the recipient given is "
                             "neither. Another person receives it only when the client directs it in a signed, "
                             "written request that names them (45 CFR 164.524(c)(3)(ii))."),
    "access_copy.requester_not_recorded": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "This request was made by someone not recorded in the chart as the client's personal "
                             "representative: a copy to the client does not answer it (45 CFR 164.502(g), "
                             "164.514(h))."),
    "access_copy.unsigned_drafts": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Unsigned drafts in this copy ({count}: {days}): sign them first, or leave them out of "
                             "the copy."),
    "access_copy.records_held": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The chart holds records of that kind in those dates."),
    "access_copy.paper_no_copy": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "No copy of this request has been given yet: make the copy first; the parts it cannot "
                             "hold are given on paper after it."),
    "access_copy.paper_parts": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Name each part still to give on paper: the treatment plan, the attached documents."),
    # superbills and statements
    "superbill.kind": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Choose a superbill or a statement."),
    "superbill.range_reversed": QT_TRANSLATE_NOOP("RefusalWordsLegal", "The range of dates ends before it starts."),
    "superbill.no_session": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "No session falls within these dates: the superbill lists the sessions of the dates "
                             "given."),
    "superbill.nothing_to_state": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "There is nothing to state for these dates: no charge or payment falls within them, "
                             "and the account had no balance or credit before them."),
    "superbill.minor_needs_guardian": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "This client is a minor: address the statement to a parent or guardian who may act "
                             "for them."),
    # compliance records past their retention
    "compliance.nothing_due": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "No compliance record has reached its retention date."),
    "compliance.confirm": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Confirm the destruction of the compliance records past their retention date."),
    # a review refused
    "review.refused": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "This review cannot be recorded as asked. {parts}"),
    "review.not_access_denial": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Request {id} is not a denied access request; only access denials are reviewed (45 "
                             "CFR 164.524(a)(4))."),
    "review.grounds_not_reviewable": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "This denial rests only on grounds that are not reviewable (45 CFR "
                             "164.524(a)(1)-(2)); the client may complain instead."),
    "review.already": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Request {id} already has a review."),
    "review.requested_before_denial": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The review request is dated before the denial."),
    "review.reviewer_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Name the reviewing official (45 CFR 164.524(a)(4))."),
    "review.license_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The reviewer must be a licensed health care professional: record their license (45 "
                             "CFR 164.524(a)(4))."),
    "review.took_part": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The reviewer must not have taken part in the original denial (45 CFR "
                             "164.524(a)(4)); confirm that they did not."),
    "review.reviewer_is_denier": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "You denied the request, so you cannot review it (45 CFR 164.524(a)(4)): designate "
                             "another licensed professional."),
}

# What to do about it, where the core says one worth saying on a screen (not its CLI flags).
HINTS: Mapping[str, str] = {
    # The core's hint names --again; here the kept letter is saved again instead.
    "request.rebuttal_letter_kept": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Save the kept letter as a PDF again (Save a letter as PDF…)."),
    "authorization.missing_elements": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "An authorization missing a core element or statement is not valid; get a complete, "
                             "signed form."),
    "authorization.missing_elements.more": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "An authorization missing a core element or statement is not valid; get a complete, "
                             "signed form."),
    "authorization.missing_elements.and_scan": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "An authorization missing a core element or statement is not valid; get a complete, "
                             "signed form."),
    "authorization.psychotherapy_combined": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Record two separate authorizations: one for psychotherapy notes only, one for the "
                             "rest."),
    "authorization.scan_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "A PDF, PNG or JPEG of the form as signed. If you asked the client to sign it, give "
                             "them a copy (45 CFR 164.508(c)(4))."),
    "authorization.signer_member_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Every adult member signs their own authorization."),
    "representative.may_not_authorize": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Check the custody order or guardianship papers, and update the representative's "
                             "authority."),
    "representative.declined": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The decision is yours; if it changes, record that in the client's Guardians… "
                             "window."),
    "representative.past_majority": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The client acts for themselves now. If a court appointed this person for the adult "
                             "client, record the order in the client's Guardians… window."),
    "representative.minor_signs_part2": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Ask the client to sign the consent personally."),
    "representative.minor_consents": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The client signs. Whether state law lets you inform a parent is your judgment "
                             "(164.502(g)(3)(ii)). If a parent or guardian consented to the care, correct it under "
                             "Edit details… (Care consented to by)."),
    "authorization.revoked_before_signed": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Give the day the written revocation arrived: {signed} or later."),
    "authorization.revocation_not_in_writing": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Ask the client for a signed written revocation and record the date you receive it."),
    "request.note_not_of_client": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "To name a psychotherapy note in an amendment request, unlock the psychotherapy "
                             "notes first."),
    "request.already_extended": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Act on the request by the extended due date."),
    "request.extension_too_late": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "The request is now overdue: act on it as soon as possible."),
    "request.notice_after_today": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Give the notice first, then record the extension with the day it was given."),
    "request.state_no_extension": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Act on the request by {by}: give the access or the copy, or deny it in writing with "
                             "its grounds."),
    "request.ground_only_for_representative": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Choose a ground that fits who made the request."),
    "request.ground_state_minor_only": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Choose a ground that fits who made the request."),
    "request.whole_ground_combined": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Deny on that ground alone, or on the other grounds without it."),
    "access.recipient_not_requester": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Give the client's name, or the representative's as recorded under Guardians…; or "
                             "tick “the client's signed, written direction naming this recipient” under the legal "
                             "basis; otherwise disclose under the client's authorization."),
    "access_copy.requester_not_recorded": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Record them under Guardians… on the chart's Overview, with the documentation of their "
                             "authority, and send the copy to them; or deny the request: the requester is not the "
                             "client's personal representative."),
    "request.whole_ground_partial": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Choose “Deny the whole request”: nothing is released."),
    "letter.practice_contact_missing": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Fill them in under Vault > Settings… > About you and the practice."),
    "restriction.self_pay_must_agree": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Record it as agreed; the gate then keeps those sessions out of payment exports."),
    "restriction.binds_earlier_measures": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Choose dates from {ended} on (the complete open export carries the whole chart: "
                             "send the notes with Export… instead). Its terms are on the chart's Requests tab, "
                             "under Restrictions."),
    "export.json_unencrypted": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Confirm that the client asked for this form, or export a PDF instead."),
    "pdf.password_too_short": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Send the password to the recipient separately (by phone), never with the file."),
    "superbill.no_session": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Choose dates that include a session (a superbill lists services only; a "
                             "missed-appointment fee is on the statement)."),
    "superbill.nothing_to_state": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Choose dates that include a session, a fee or a payment."),
    "superbill.minor_needs_guardian": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Choose the guardian."),
    # the lists' refusals
    "access_copy.unsigned_drafts": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "Nothing was written. Leave the drafts out, or sign them and make the copy."),
    "access_copy.records_held": QT_TRANSLATE_NOOP("RefusalWordsLegal", "Make the copy of what it holds."),
}

# The name of each field a refusal can be about, as `{what}` says it.
FIELD_NAMES: Mapping[str, str] = {
    # the authorization form
    "auth_description": QT_TRANSLATE_NOOP("RefusalWordsLegal", "description of the information to be disclosed"),
    "covers": QT_TRANSLATE_NOOP("RefusalWordsLegal", "kinds of information covered"),
    "discloser": QT_TRANSLATE_NOOP("RefusalWordsLegal", "name of who may make the disclosure"),
    "recipient_name": QT_TRANSLATE_NOOP("RefusalWordsLegal", "recipient's name"),
    "recipient_address": QT_TRANSLATE_NOOP("RefusalWordsLegal", "recipient's address"),
    "purpose": QT_TRANSLATE_NOOP("RefusalWordsLegal", "purpose of the disclosure"),
    "signed_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "signature date"),
    "signer_name": QT_TRANSLATE_NOOP("RefusalWordsLegal", "signer's name"),
    "signer_authority": QT_TRANSLATE_NOOP("RefusalWordsLegal", "representative's authority"),
    "signer_role": QT_TRANSLATE_NOOP("RefusalWordsLegal", "signer's role"),  # who signs: the client or a representative
    "expiration": QT_TRANSLATE_NOOP("RefusalWordsLegal", "expiration date or event"),
    "expires_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "expiration date"),
    "expiration_event": QT_TRANSLATE_NOOP("RefusalWordsLegal", "expiration event"),
    "notes_from": QT_TRANSLATE_NOOP("RefusalWordsLegal", "first date covered"),
    "notes_to": QT_TRANSLATE_NOOP("RefusalWordsLegal", "last date covered"),
    "statement_revoke": QT_TRANSLATE_NOOP("RefusalWordsLegal", "statement of the right to revoke in writing and how"),
    "statement_conditioning": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "statement on conditioning treatment or payment on signing"),
    "statement_redisclosure": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "statement that the recipient may redisclose the information"),
    "part2_patient_name": QT_TRANSLATE_NOOP(
        "RefusalWordsLegal", "patient's name on the Part 2 consent (42 CFR 2.31(a)(1))"),
    "notes_range": QT_TRANSLATE_NOOP("RefusalWordsLegal", "covered dates, a range that starts before it ends"),
    "revocation_received_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "date the revocation was received"),
    "event_occurred_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "date of the event"),
    # requests, their decisions, extensions and letters
    "request_received_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "date the request was received"),
    "request_description": QT_TRANSLATE_NOOP("RefusalWordsLegal", "description of the request"),
    "notice_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "date of the written notice"),
    "extension_reason": QT_TRANSLATE_NOOP("RefusalWordsLegal", "reason for the delay"),
    "decided_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "decision date"),
    "granted": QT_TRANSLATE_NOOP("RefusalWordsLegal", "description of what is granted"),
    "denied": QT_TRANSLATE_NOOP("RefusalWordsLegal", "description of what is denied"),
    "explanation": QT_TRANSLATE_NOOP("RefusalWordsLegal", "explanation"),
    "held_elsewhere": QT_TRANSLATE_NOOP("RefusalWordsLegal", "holder of the information"),
    "amendment_text": QT_TRANSLATE_NOOP("RefusalWordsLegal", "amendment text"),
    "disagreement": QT_TRANSLATE_NOOP("RefusalWordsLegal", "statement of disagreement"),
    "disagreement_received_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "date the statement was received"),
    "rebuttal": QT_TRANSLATE_NOOP("RefusalWordsLegal", "rebuttal"),
    "informed_recipient": QT_TRANSLATE_NOOP("RefusalWordsLegal", "recipient"),
    "informed_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "date the recipient was informed"),
    "review_requested_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "date the review was requested"),
    "review_referred_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "date the request was referred"),
    "given_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "day given"),
    "include_asked_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "date the client asked"),
    # restrictions
    "restriction_requested_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "date of the request"),
    "restriction_description": QT_TRANSLATE_NOOP("RefusalWordsLegal", "description of the restriction"),
    "restriction_recipient": QT_TRANSLATE_NOOP("RefusalWordsLegal", "recipient"),
    "terminated_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "termination date"),
    # a manual disclosure, a superbill or statement
    "disclosure_recipient": QT_TRANSLATE_NOOP("RefusalWordsLegal", "recipient"),
    "disclosure_purpose": QT_TRANSLATE_NOOP("RefusalWordsLegal", "purpose"),
    "disclosure_description": QT_TRANSLATE_NOOP("RefusalWordsLegal", "description of what was disclosed"),
    "disclosed_on": QT_TRANSLATE_NOOP("RefusalWordsLegal", "date of the disclosure"),
    "service_from": QT_TRANSLATE_NOOP("RefusalWordsLegal", "first date of service"),
    "service_to": QT_TRANSLATE_NOOP("RefusalWordsLegal", "last date of service"),
}
