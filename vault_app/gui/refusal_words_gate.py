"""The disclosure gate's reasons, warnings and hints in the screen's language.

The gate (domain/disclosure_gate.py and the helpers it asks) answers in English and gives each
sentence a code and params (a Problem, domain/errors.py); gui/gate_words.py says them from this book, under
the Qt context "GateWords" (es.ts holds the Spanish). The words mean what the core's English
says; where that names a command (`auth show`, `vault-app restriction list`), the words here say
where the screen shows it instead. A code with ".one" is its words for a single thing (Spanish
agrees in number). Params that hold a stored key (a basis, a kind of information, what an order
lacks) are said through the tables below; a list param holds its keys joined by commas.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.gui import gate_received_words
from vault_app.gui.gate_evidence_words import EVIDENCE, LACKING, PARTS
from vault_app.gui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "GateWords"

SAYS: Mapping[str, str] = {
    **gate_received_words.SAYS,
    # the request itself
    "request.no_recipient": QT_TRANSLATE_NOOP("GateWords", "No recipient is named."),
    "request.no_purpose": QT_TRANSLATE_NOOP("GateWords", "No purpose is given."),
    "request.nothing_selected": QT_TRANSLATE_NOOP(
        "GateWords", "Nothing is selected: pick {kind} by id or by a date range."),
    "request.other_kind": QT_TRANSLATE_NOOP(
        "GateWords", "{count} selected items are not {kind}; export each kind separately."),
    "request.other_kind.one": QT_TRANSLATE_NOOP(
        "GateWords", "1 selected item is not {kind}; export each kind separately."),
    "billing.unknown_fields": QT_TRANSLATE_NOOP(
        "GateWords", "Billing exports carry only client identifiers, dates of service, CPT and ICD-10 codes and "
                     "duration; not: {fields}."),
    "drafts.refused": QT_TRANSLATE_NOOP(
        "GateWords", "{count} selected notes are unsigned drafts ({days}): sign them first or leave them out. A draft "
                     "is not yet part of the record as you attest it, so it is not disclosed."),
    "drafts.refused.one": QT_TRANSLATE_NOOP(
        "GateWords", "1 selected note is an unsigned draft ({days}): sign it first or leave it out. A draft is not yet "
                     "part of the record as you attest it, so it is not disclosed."),
    # the basis and its evidence
    "evidence.missing": QT_TRANSLATE_NOOP("GateWords", "A disclosure based on {basis} needs: {lacking}."),
    "subpoena.advice": QT_TRANSLATE_NOOP(
        "GateWords", "A subpoena alone is not a court order and does not permit disclosing these records. Notify "
                     "the client, consult counsel (or your liability insurer's risk-management line), and disclose "
                     "only under a court order signed by a judge, and then only the minimum the order requires, or "
                     "with the satisfactory assurances of 45 CFR 164.512(e)(1)(ii) (notice to the client with the "
                     "time to object passed, or a qualified protective order), and never psychotherapy notes or "
                     "Part 2 records."),
    "subpoena.advice.hint": QT_TRANSLATE_NOOP(
        "GateWords", "Record the subpoena and your response; when a judge signs an order, disclose under the "
                     "court-order basis with the order attached."),
    "subpoena.lacking": QT_TRANSLATE_NOOP(
        "GateWords", "A subpoena without a court order permits disclosure only with satisfactory assurances; "
                     "still missing: {lacking}."),
    # The license state's privilege (domain/state_privilege.py); the hints say the screen's words, not flags.
    "subpoena.state_privilege": QT_TRANSLATE_NOOP(
        "GateWords", "{state} law bars releasing these records on a subpoena alone: its privilege ({citation}; not "
                     "checked against the statute's own text). Federal law would permit it (45 CFR "
                     "164.512(e)(1)(ii)), but the more stringent state law governs (45 CFR 160.203(b)). Release them "
                     "only with the client's written authorization or under a court order signed by a judge."),
    "subpoena.state_privilege.hint": QT_TRANSLATE_NOOP(
        "GateWords", "Ask the client for a written authorization and export under it, or, when a judge signs an "
                     "order, export under the court-order basis with the order attached. Consider a legal hold on "
                     "the chart (Place a legal hold)."),
    # A subpoena hold already in force (domain/state_privilege.hold_advice): said, not advised.
    "subpoena.state_privilege.hint.held": QT_TRANSLATE_NOOP(
        "GateWords", "Ask the client for a written authorization and export under it, or, when a judge signs an "
                     "order, export under the court-order basis with the order attached. A legal hold for a "
                     "subpoena is already in force on this chart (placed {day}): the chart is kept until the hold "
                     "is released."),
    "subpoena.state_privilege.joint": QT_TRANSLATE_NOOP(
        "GateWords", "{state} law bars releasing these records on a subpoena alone: its privilege ({citation}; not "
                     "checked against the statute's own text). Federal law would permit it (45 CFR "
                     "164.512(e)(1)(ii)), but the more stringent state law governs (45 CFR 160.203(b)). Release them "
                     "only with each adult member's written authorization or under a court order signed by a "
                     "judge."),
    "subpoena.state_privilege.hint.joint": QT_TRANSLATE_NOOP(
        "GateWords", "Ask each adult member of the couple or family for a written authorization and export under "
                     "them, or, when a judge signs an order, export under the court-order basis with the order "
                     "attached. Consider a legal hold on the chart (Place a legal hold)."),
    "subpoena.state_privilege.hint.joint.held": QT_TRANSLATE_NOOP(
        "GateWords", "Ask each adult member of the couple or family for a written authorization and export under "
                     "them, or, when a judge signs an order, export under the court-order basis with the order "
                     "attached. A legal hold for a subpoena is already in force on this chart (placed {day}): the "
                     "chart is kept until the hold is released."),
    "subpoena.state_unknown": QT_TRANSLATE_NOOP(
        "GateWords", "Federal law permits a subpoena with satisfactory assurances (45 CFR 164.512(e)(1)(ii)), but a "
                     "more stringent state law governs (45 CFR 160.203(b)), and many states' therapist-patient "
                     "privilege bars releasing records on a subpoena alone. The app lists no privilege rule for "
                     "{state}: record that counsel advised your state's privilege does not bar this release, or "
                     "release only with the client's written authorization or under a court order signed by a "
                     "judge."),
    "subpoena.state_unset": QT_TRANSLATE_NOOP(
        "GateWords", "Federal law permits a subpoena with satisfactory assurances (45 CFR 164.512(e)(1)(ii)), but a "
                     "more stringent state law governs (45 CFR 160.203(b)), and many states' therapist-patient "
                     "privilege bars releasing records on a subpoena alone. No license state is set in Settings: "
                     "record that counsel advised your state's privilege does not bar this release, or release only "
                     "with the client's written authorization or under a court order signed by a judge."),
    "subpoena.state_counsel.hint": QT_TRANSLATE_NOOP(
        "GateWords", "When counsel has advised it, tick the confirmation that counsel advised your state's privilege "
                     "does not bar this release; it is kept with the disclosure."),
    "psychotherapy.basis_not_listed": QT_TRANSLATE_NOOP(
        "GateWords", "Psychotherapy notes may be used or disclosed without an authorization for psychotherapy "
                     "notes only for the purposes 45 CFR 164.508(a)(2) lists (your own treatment, supervised "
                     "training in your practice, your defense in an action the client brought, a disclosure "
                     "required by law or by a court order, oversight of their author, a coroner, a serious and "
                     "imminent threat); {basis} is not one of them."),
    "treatment.psychotherapy": QT_TRANSLATE_NOOP(
        "GateWords", "Psychotherapy notes cannot be shared for treatment by another provider without a "
                     "psychotherapy-notes authorization (45 CFR 164.508(a)(2)); share progress notes instead."),
    "treatment.recipient_is_client": QT_TRANSLATE_NOOP(
        "GateWords", "The recipient is the client: a disclosure to the client is the client's own access (45 CFR "
                     "164.524), not treatment by another provider (164.506(c)(2)), and would be logged as the wrong "
                     "kind of disclosure."),
    "treatment.recipient_is_client.hint": QT_TRANSLATE_NOOP(
        "GateWords", "Record the client's access request (Requests tab) and give the copy under it."),
    "treatment.recipient_not_provider": QT_TRANSLATE_NOOP(
        "GateWords", "The recipient is not a health care provider: treatment by another provider (45 CFR "
                     "164.506(c)(2)) goes only to a provider for their treatment of the client. A relative, a friend, "
                     "an employer or anyone else receives the client's records under the client's written "
                     "authorization (164.508)."),
    "treatment.recipient_not_provider.hint": QT_TRANSLATE_NOOP(
        "GateWords", "Ask the client for an authorization naming this person and record it (Authorizations tab); a "
                     "parent or guardian who is the client's personal representative asks for the copy as the "
                     "client's access request."),
    "treatment.recipient_named_like_client": QT_TRANSLATE_NOOP(
        "GateWords", "The recipient's name reads like the client's own: is the recipient a health care provider, "
                     "and not the client or a relative? A copy for the client is the client's own access (45 CFR "
                     "164.524), and a relative is not a provider (164.506(c)(2))."),
    "treatment.recipient_named_like_client.hint": QT_TRANSLATE_NOOP(
        "GateWords", "If it is the client, choose \"the client themself\" as who receives it; a relative, \"someone "
                     "else\". If it is a provider who shares the client's name, tick \"The recipient shares the "
                     "client's name but is a health care provider\" and check again."),
    "treatment.billing": QT_TRANSLATE_NOOP(
        "GateWords", "Billing data goes out for payment, not for treatment; share progress notes with a treating "
                     "provider."),
    "payment.progress": QT_TRANSLATE_NOOP(
        "GateWords", "For payment only billing fields go out (client identifiers, dates of service, CPT and "
                     "ICD-10 codes, duration), never progress notes: minimum necessary (45 CFR 164.502(b)) holds a "
                     "claim to what it needs."),
    "payment.progress.hint": QT_TRANSLATE_NOOP(
        "GateWords", "Send the billing information under payment instead. If the insurer asks for clinical records "
                     "(a medical-necessity review), send progress notes only under the client's written "
                     "authorization naming the insurer (for a minor, the parent's or guardian's who represents the "
                     "client), recorded under Authorizations."),
    "successor.psychotherapy.hint": QT_TRANSLATE_NOOP(
        "GateWords", "Psychotherapy notes go to your successor only under the client's own authorization for "
                     "psychotherapy notes alone (45 CFR 164.508(a)(2)); send the rest of the record under the "
                     "transfer, and the psychotherapy notes under that authorization."),
    "payment.psychotherapy": QT_TRANSLATE_NOOP(
        "GateWords", "Psychotherapy notes never go to an insurer for payment: they leave only under an "
                     "authorization for psychotherapy notes alone (45 CFR 164.508(a)(2))."),
    "payment.psychotherapy.hint": QT_TRANSLATE_NOOP(
        "GateWords", "Send the billing information under payment instead. Psychotherapy notes go out only "
                     "under an authorization for psychotherapy notes alone, which the client may refuse: treatment "
                     "may not be conditioned on it."),
    "access.psychotherapy": QT_TRANSLATE_NOOP(
        "GateWords", "Psychotherapy notes are excepted from the client's right of access (45 CFR "
                     "164.524(a)(1)(i)). Deny that part of the request (an unreviewable denial), or release them "
                     "only under a psychotherapy-notes authorization."),
    "basis.kind_not_permitted": QT_TRANSLATE_NOOP("GateWords", "{basis} does not permit disclosing {kind}."),
    # an authorization
    "authorization.none_named": QT_TRANSLATE_NOOP("GateWords", "No authorization was named."),
    "authorization.not_on_file": QT_TRANSLATE_NOOP("GateWords", "Authorization {id} is not on file."),
    "authorization.other_client": QT_TRANSLATE_NOOP("GateWords", "Authorization {id} belongs to a different client."),
    "authorization.combined": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} combines psychotherapy notes with other information, which 45 CFR "
                     "164.508(b)(3)(ii) forbids, so it cannot be relied on for any disclosure."),
    "authorization.revoked": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was revoked on {day} (disclosures made before then in reliance on it stay "
                     "valid)."),
    "authorization.expired": QT_TRANSLATE_NOOP("GateWords", "Authorization {id} has expired: its last day was {day}."),
    # this computer's clock behind the vault's last record (domain/disclosure_clock.py)
    "clock.behind_record": QT_TRANSLATE_NOOP(
        "GateWords", "This computer's clock says {today}, before this vault's last record (of {day}), and on that day "
                     "this disclosure is refused (45 CFR 164.508(b)(2)): if the clock is wrong, set it right."),
    "authorization.expired_event": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} expired on {day} when its expiration event occurred."),
    "authorization.incomplete": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} is not valid: it lacks {lacking}."),
    "authorization.not_yet_effective": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} is signed {day}, a later date."),
    "authorization.no_psychotherapy": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} does not cover psychotherapy notes; they need an authorization for "
                     "psychotherapy notes only (45 CFR 164.508(a)(2))."),
    "authorization.not_covering": QT_TRANSLATE_NOOP("GateWords", "Authorization {id} does not cover {kind}."),
    "authorization.other_recipient": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} names a different recipient; it does not permit disclosure to this one."),
    "authorization.other_purpose": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} does not list this purpose (its purposes are on the chart's "
                     "Authorizations tab)."),
    "authorization.representative_adult": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was signed by a personal representative, and the client is not a minor "
                     "now: if the representative acted for a minor, the client now exercises their own rights and "
                     "may revoke it (45 CFR 164.502(g)); consider asking the client."),
    "authorization.representative_adult.ended": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was signed by a personal representative, and the client is not a minor "
                     "now: the client exercises their own rights (45 CFR 164.502(g)); ask the client for their own "
                     "authorization."),
    "authorization.after_majority": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was signed on {signed} by a personal representative, before the client "
                     "came of age on {birthday}: a parent's authority as personal representative ends at the age of "
                     "majority (45 CFR 164.502(g)), so it never covered information created from that day; {count} "
                     "selected items are dated on or after {birthday}: {days}."),
    "authorization.after_majority.one": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was signed on {signed} by a personal representative, before the client "
                     "came of age on {birthday}: a parent's authority as personal representative ends at the age of "
                     "majority (45 CFR 164.502(g)), so it never covered information created from that day; 1 "
                     "selected item is dated on or after {birthday}: {days}."),
    "authorization.after_majority.hint": QT_TRANSLATE_NOOP(
        "GateWords", "Leave out the items dated from the client's coming of age, or ask the client, now an adult, "
                     "for their own authorization."),
    "authorization.minor_signed": QT_TRANSLATE_NOOP(
        "GateWords", "The client is a minor and signed this authorization personally; check that the law lets the "
                     "minor authorize it (for example, the minor lawfully consented to the treatment)."),
    "authorization.hint": QT_TRANSLATE_NOOP(
        "GateWords", "Ask the client for a new, complete authorization covering exactly this disclosure."),
    "joint.missing": QT_TRANSLATE_NOOP(
        "GateWords", "This is a joint (couple or family) record: releasing it needs a written authorization from "
                     "each adult member for this recipient and purpose, not one member's for all; {count} of "
                     "{adults} adult members have not given one: {names}."),
    "joint.missing.one": QT_TRANSLATE_NOOP(
        "GateWords", "This is a joint (couple or family) record: releasing it needs a written authorization from "
                     "each adult member for this recipient and purpose, not one member's for all; 1 of {adults} "
                     "adult members has not given one: {names}."),
    "joint.held": QT_TRANSLATE_NOOP(
        "GateWords", "{count} selected notes ({days}) are held in confidence for a member ({names}): what a "
                     "member told under the confidentiality agreement stays out of a release of the joint record, "
                     "unless that member alone authorizes it. Leave them out."),
    "joint.held.one": QT_TRANSLATE_NOOP(
        "GateWords", "1 selected note ({days}) is held in confidence for one member ({names}): what a "
                     "member told under the confidentiality agreement stays out of a release of the joint record, "
                     "unless that member alone authorizes it. Leave it out."),
    "joint.confidence": QT_TRANSLATE_NOOP(
        "GateWords", "This is a joint (couple or family) record: leave out anything a member shared in confidence "
                     "under the case's confidentiality agreement."),
    "joint.confidence.own": QT_TRANSLATE_NOOP(
        "GateWords", "This release carries {count} notes held in confidence for the member who alone authorized "
                     "it: it is that member's own release of what they told in confidence."),
    "joint.confidence.own.one": QT_TRANSLATE_NOOP(
        "GateWords", "This release carries 1 note held in confidence for the member who alone authorized it: it "
                     "is that member's own release of what they told in confidence."),
    # the dates an authorization or a court order covers
    # the period of information an authorization describes (domain/disclosure_scope.py)
    "scope.period.between": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} covers only information dated from {start} to {end} (the description of "
                     "the information it authorizes, 45 CFR 164.508(c)(1)(i)); {count} selected items are outside "
                     "that period: {days}."),
    "scope.period.between.one": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} covers only information dated from {start} to {end} (the description of "
                     "the information it authorizes, 45 CFR 164.508(c)(1)(i)); 1 selected item is outside that "
                     "period: {days}."),
    "scope.period.from": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} covers only information dated from {start} on (the description of the "
                     "information it authorizes, 45 CFR 164.508(c)(1)(i)); {count} selected items are outside that "
                     "period: {days}."),
    "scope.period.from.one": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} covers only information dated from {start} on (the description of the "
                     "information it authorizes, 45 CFR 164.508(c)(1)(i)); 1 selected item is outside that period: "
                     "{days}."),
    "scope.period.to": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} covers only information dated up to {end} (the description of the "
                     "information it authorizes, 45 CFR 164.508(c)(1)(i)); {count} selected items are outside that "
                     "period: {days}."),
    "scope.period.to.one": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} covers only information dated up to {end} (the description of the "
                     "information it authorizes, 45 CFR 164.508(c)(1)(i)); 1 selected item is outside that period: "
                     "{days}."),
    "scope.period.hint": QT_TRANSLATE_NOOP(
        "GateWords", "Untick the items outside that period, or record a new authorization from the client that "
                     "describes them."),
    # the kinds an authorization describes, and others' words (domain/disclosure_parts.py)
    "scope.parts.outside": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} describes only {described}; it does not describe {parts} (45 CFR "
                     "164.508(a)(1) and (c)(1)(i))."),
    "scope.parts.unconfirmed": QT_TRANSLATE_NOOP(
        "GateWords", "Authorization {id} was recorded without the kinds of information its description names; "
                     "confirm that its words describe what is sent ({parts}), or leave out what they do not (45 "
                     "CFR 164.508(a)(1) and (c)(1)(i))."),
    "scope.parts.hint": QT_TRANSLATE_NOOP(
        "GateWords", "Leave out what the authorization does not describe, or record a new authorization from the "
                     "client that describes it."),
    "scope.others": QT_TRANSLATE_NOOP(
        "GateWords", "{count} selected notes may hold what other people said ({days}): {sessions}. Review what they "
                     "hold of others and confirm it, or leave them out (45 CFR 164.502(b) and 164.508(a)(1))."),
    "scope.others.one": QT_TRANSLATE_NOOP(
        "GateWords", "1 selected note may hold what other people said ({days}): {sessions}. Review what they "
                     "hold of others and confirm it, or leave them out (45 CFR 164.502(b) and 164.508(a)(1))."),
    "scope.order.later": QT_TRANSLATE_NOOP(
        "GateWords", "The court order covers records up to {end} only; {count} selected items are later (from "
                     "{first})."),
    "scope.order.later.one": QT_TRANSLATE_NOOP(
        "GateWords", "The court order covers records up to {end} only; 1 selected item is later (from {first})."),
    "scope.order.earlier": QT_TRANSLATE_NOOP(
        "GateWords", "The court order covers records from {start} only; {count} selected items are earlier (from "
                     "{first})."),
    "scope.order.earlier.one": QT_TRANSLATE_NOOP(
        "GateWords", "The court order covers records from {start} only; 1 selected item is earlier (from "
                     "{first})."),
    "court_order.kind_not_required": QT_TRANSLATE_NOOP(
        "GateWords", "The court order does not require {kind}; disclose only what the order requires."),
    # other bases
    "oversight.psychotherapy_author": QT_TRANSLATE_NOOP(
        "GateWords", "Psychotherapy notes may go to a health oversight agency only for oversight of their author "
                     "(45 CFR 164.508(a)(2)(ii)); record that the oversight concerns you, or refuse."),
    "threat.not_required": QT_TRANSLATE_NOOP(
        "GateWords", "A warning to prevent a serious and imminent threat is permitted by 45 CFR 164.512(j), not "
                     "required by law under 164.512(a), even where a state duty-to-warn law applies: it is recorded "
                     "and accounted for as a serious-threat disclosure, and minimum necessary applies "
                     "(164.502(b)(2)(v) exempts only 164.512(a))."),
    "threat.not_required.hint": QT_TRANSLATE_NOOP(
        "GateWords", "Record it under the serious-threat basis, and send only what the purpose needs."),
    "threat.no_duty_to_warn": QT_TRANSLATE_NOOP(
        "GateWords", "Your jurisdiction settings say there is no statutory duty to warn. HIPAA still permits a "
                     "disclosure to prevent a serious and imminent threat (45 CFR 164.512(j)); consult counsel and "
                     "disclose the minimum."),
    "access.not_on_file": QT_TRANSLATE_NOOP("GateWords", "The access request named as the basis is not on file."),
    "access.other_client": QT_TRANSLATE_NOOP("GateWords", "Request {id} belongs to a different client."),
    "access.not_access": QT_TRANSLATE_NOOP("GateWords", "Request {id} is not an access request."),
    "access.closed.denied": QT_TRANSLATE_NOOP(
        "GateWords", "Access request {id} is denied; nothing can be released under it."),
    "access.closed.withdrawn": QT_TRANSLATE_NOOP(
        "GateWords", "Access request {id} is withdrawn; nothing can be released under it."),
    # 42 CFR Part 2
    "part2.not_consent": QT_TRANSLATE_NOOP(
        "GateWords", "These records are protected by 42 CFR Part 2 and need a Part 2 consent (42 CFR 2.31); "
                     "authorization {id} is not one."),
    "part2.order_lacking": QT_TRANSLATE_NOOP(
        "GateWords", "These records are protected by 42 CFR Part 2: a court order authorizes their disclosure only "
                     "under 42 CFR 2.64; this order is not recorded with {lacking}."),
    "part2.oversight": QT_TRANSLATE_NOOP(
        "GateWords", "Part 2 records disclosed for audit or evaluation may be used only as 42 CFR 2.53 allows."),
    "part2.child_abuse_report": QT_TRANSLATE_NOOP(
        "GateWords", "42 CFR 2.12(c)(6) allows the initial report of suspected child abuse, not the records."),
    "part2.child_abuse_records": QT_TRANSLATE_NOOP(
        "GateWords", "These records are protected by 42 CFR Part 2: 42 CFR 2.12(c)(6) allows the initial report "
                     "of suspected child abuse, not sending the records themselves; that needs a Part 2 consent "
                     "(42 CFR 2.31) or a court order making the findings of 42 CFR 2.64."),
    "part2.basis": QT_TRANSLATE_NOOP(
        "GateWords", "These records are protected by 42 CFR Part 2; disclosing them on this basis needs a Part 2 "
                     "consent (42 CFR 2.31) or a court order making the findings of 42 CFR 2.64."),
    # restrictions the client asked for (45 CFR 164.522(a))
    "restriction.self_pay": QT_TRANSLATE_NOOP(
        "GateWords", "{count} selected sessions ({days}) were paid in full out of pocket and the client restricted "
                     "disclosures about them to the health plan (45 CFR 164.522(a)(1)(vi)); leave them out."),
    "restriction.self_pay.one": QT_TRANSLATE_NOOP(
        "GateWords", "1 selected session ({days}) was paid in full out of pocket and the client restricted "
                     "disclosures about it to the health plan (45 CFR 164.522(a)(1)(vi)); leave it out."),
    "restriction.self_pay_warning": QT_TRANSLATE_NOOP(
        "GateWords", "Some selected sessions were paid out of pocket: if the client asks you not to tell their "
                     "health plan, you must agree (45 CFR 164.522(a)(1)(vi))."),
    "restriction.agreed": QT_TRANSLATE_NOOP(
        "GateWords", "The restriction the client asked for on {asked}, which you agreed to on {agreed}, restricts "
                     "this disclosure (45 CFR 164.522(a)(1)(iii)). Its terms are on the chart's Requests tab, "
                     "under Restrictions."),
    "restriction.agreed.carried": QT_TRANSLATE_NOOP(
        "GateWords", "The restriction the client asked for on {asked}, which you agreed to on {agreed}, restricts "
                     "this disclosure (45 CFR 164.522(a)(1)(iii)). This disclosure would carry {count} documents of "
                     "the chart that it covers (the complete open export carries every document: send the notes "
                     "with Export or disclose instead). Its terms are on the chart's Requests tab, under "
                     "Restrictions."),
    "restriction.agreed.carried.one": QT_TRANSLATE_NOOP(
        "GateWords", "The restriction the client asked for on {asked}, which you agreed to on {agreed}, restricts "
                     "this disclosure (45 CFR 164.522(a)(1)(iii)). This disclosure would carry 1 document of the "
                     "chart that it covers (the complete open export carries every document: send the notes with "
                     "Export or disclose instead). Its terms are on the chart's Requests tab, under Restrictions."),
    "restriction.ended": QT_TRANSLATE_NOOP(
        "GateWords", "The restriction the client asked for on {asked}, which you ended on {ended}, still restricts "
                     "what was written before its end (45 CFR 164.522(a)(2)(iii)(B)): leave out the items dated "
                     "before {ended}. Its terms are on the chart's Requests tab, under Restrictions."),
    "restriction.ended.carried": QT_TRANSLATE_NOOP(
        "GateWords", "The restriction the client asked for on {asked}, which you ended on {ended}, still restricts "
                     "what was written before its end (45 CFR 164.522(a)(2)(iii)(B)): leave out the items dated "
                     "before {ended}. This disclosure would carry {count} documents of the chart that it covers "
                     "(the complete open export carries every document: send the notes with Export or disclose "
                     "instead). Its terms are on the chart's Requests tab, under Restrictions."),
    "restriction.ended.carried.one": QT_TRANSLATE_NOOP(
        "GateWords", "The restriction the client asked for on {asked}, which you ended on {ended}, still restricts "
                     "what was written before its end (45 CFR 164.522(a)(2)(iii)(B)): leave out the items dated "
                     "before {ended}. This disclosure would carry 1 document of the chart that it covers (the "
                     "complete open export carries every document: send the notes with Export or disclose "
                     "instead). Its terms are on the chart's Requests tab, under Restrictions."),
    # allowed
    "allowed": QT_TRANSLATE_NOOP("GateWords", "Allowed: {basis} ({citation})."),
    "minimum_necessary": QT_TRANSLATE_NOOP(
        "GateWords", "Minimum necessary applies: send only what this purpose needs (45 CFR 164.502(b))."),
}

# The legal bases, as the core's titles (domain/disclosure_basis.SPECS) name them in a sentence.
BASES: Mapping[str, str] = {
    "authorization": QT_TRANSLATE_NOOP("GateWords", "the client's written authorization"),
    "court_order": QT_TRANSLATE_NOOP("GateWords", "a court order"),
    "subpoena": QT_TRANSLATE_NOOP("GateWords", "a subpoena with satisfactory assurances"),
    "required_by_law": QT_TRANSLATE_NOOP("GateWords", "a disclosure required by law"),
    "health_oversight": QT_TRANSLATE_NOOP("GateWords", "health oversight"),
    "legal_defense": QT_TRANSLATE_NOOP("GateWords", "defense in a legal action brought by the client"),
    "coroner": QT_TRANSLATE_NOOP("GateWords", "a coroner or medical examiner"),
    "treatment": QT_TRANSLATE_NOOP("GateWords", "treatment by another provider"),
    "payment": QT_TRANSLATE_NOOP("GateWords", "payment"),
    "client_access": QT_TRANSLATE_NOOP("GateWords", "the client's own access request"),
    "national_security": QT_TRANSLATE_NOOP("GateWords", "national security or intelligence activities"),
    "serious_threat": QT_TRANSLATE_NOOP(
        "GateWords", "a disclosure to prevent or lessen a serious and imminent threat"),
    "training": QT_TRANSLATE_NOOP("GateWords", "supervised training in your own practice"),
    "successor": QT_TRANSLATE_NOOP(
        "GateWords", "transfer of the practice to a successor (health care operations)"),
}

# The kinds of information (domain/authorization.INFO_LABELS).
KINDS: Mapping[str, str] = {
    "progress": QT_TRANSLATE_NOOP("GateWords", "progress notes"),
    "psychotherapy": QT_TRANSLATE_NOOP("GateWords", "psychotherapy notes"),
    "billing": QT_TRANSLATE_NOOP("GateWords", "billing information"),
}

# Which table says each param that holds a stored key (a list param: each of its keys).
PARAM_WORDS: Mapping[str, Mapping[str, str]] = {"basis": BASES, "kind": KINDS, "lacking": LACKING, "parts": PARTS,
                                                "described": PARTS}
LIST_PARAMS = frozenset({"lacking", "parts", "described"})

# What the screens put around the gate's sentences.
REFUSED = QT_TRANSLATE_NOOP("GateWords", "Disclosure refused: {reasons}")

__all__ = ["BASES", "CONTEXT", "EVIDENCE", "KINDS", "LACKING", "LIST_PARAMS", "PARAM_WORDS", "PARTS",
           "REFUSED", "SAYS"]
