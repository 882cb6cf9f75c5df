"""THE GATE: a pure decision on one requested disclosure.

`decide(request, context)` answers whether the disclosure may go out and says why
in plain words. It does no I/O: the service gathers the facts (the selected items'
kinds and dates, the authorization on file, the access request) and asks. Every
refusal reason a user can hit is written here, so the GUI, the CLI and the
confidentiality-decision workflow all explain refusals the same way. Each one is
a Problem (domain/errors.py, made by `said`): the English, and its code and params
for a screen in another language (gui/gate_words.py).

Not legal advice: the rules are the US federal baseline (REGULATIONS.md).
"""

from __future__ import annotations

from vault_app.domain.authorization import INFO_LABELS, Authorization, InfoKind
from vault_app.domain.disclosure import (
    BILLING_FIELDS,
    DEFAULT_BILLING_FIELDS,
    DisclosureRequest,
    GateContext,
    Verdict,
)
from vault_app.domain.disclosure_basis import (
    PSYCHOTHERAPY_BASES,
    PSYCHOTHERAPY_REFUSAL,
    SUBPOENA_ADVICE,
    BasisSpec,
)
from vault_app.domain.disclosure_gate_authorization import AFTER_MAJORITY_HINT, check_authorization, check_joint
from vault_app.domain.disclosure_gate_bases import check_access, check_court_order, check_part2, threat_warnings
from vault_app.domain.disclosure_parts import others_refusals, parts_hint, parts_refusals, parts_sent
from vault_app.domain.disclosure_scope import draft_refusals, period_hint
from vault_app.domain.errors import Problem, keys, said
from vault_app.domain.joint_held import authorized_by, held_refusals
from vault_app.domain.locale_format import date_text
from vault_app.domain.plurals import counted, noun, one_code
from vault_app.domain.restrictions import RestrictedItem, restriction_refusals
from vault_app.domain.state_privilege import subpoena_state_refusals
from vault_app.domain.subpoena import received_problems, subpoena_lacking
from vault_app.domain.treatment_recipient import treatment_recipient_problems

SERIOUS_THREAT_NOT_REQUIRED = (
    "A warning to prevent a serious and imminent threat is permitted by 45 CFR 164.512(j), not required by law "
    "under 164.512(a), even where a state duty-to-warn law applies: it is recorded and accounted for as a "
    "serious-threat disclosure, and minimum necessary applies (164.502(b)(2)(v) exempts only 164.512(a))."
)


# 164.508(a)(2) lists no health care operations exception but the practice's own training and its defense.
SUCCESSOR_PSYCHOTHERAPY_HINT = (
    "Psychotherapy notes go to your successor only under the client's own authorization for psychotherapy notes "
    "alone (45 CFR 164.508(a)(2)); send the rest of the record under the transfer, and the psychotherapy notes "
    "under that authorization.")


def decide(request: DisclosureRequest, context: GateContext) -> Verdict:
    basis = request.basis
    spec = basis.spec
    kind = request.kind
    part2 = context.client_part2 or any(i.part2 for i in context.items)
    reasons: list[Problem] = []
    warnings: list[Problem] = []
    hint: Problem | None = None

    reasons += _check_request(request, context)
    reasons += draft_refusals(context.items, manual=request.manual, locale=context.locale)
    fields = _billing_fields(request, reasons) if kind == "billing" else tuple(request.selection.fields)

    if basis.kind == "subpoena":
        # A state whose privilege bars it: said first and alone; what federal law would still want
        # (the assurances) is beside the point (found by a walker: New York's bar came after them).
        state_reasons, hint = subpoena_state_refusals(context.license_state, basis.evidence,
                                                      joint=context.joint_record,
                                                      held_since=context.subpoena_hold_placed, locale=context.locale)
        if any(isinstance(p, Problem) and p.code.startswith("subpoena.state_privilege") for p in state_reasons):
            return _refuse(request, spec, [*state_reasons, *reasons], warnings, part2, hint=hint)
        if not basis.evidence.get("assurance"):
            return _refuse(request, spec, [said("subpoena.advice", SUBPOENA_ADVICE)], warnings, part2, hint=said(
                "subpoena.advice.hint", "Record the subpoena and your response; when a judge signs an order, "
                "disclose under the court-order basis with the order attached."))
        lacking = subpoena_lacking(basis.evidence, request.on)
        if lacking:
            reasons.append(said(
                "subpoena.lacking",
                "A subpoena without a court order permits disclosure only with satisfactory assurances; "
                "still missing: " + "; ".join(t for _k, t in lacking) + ".", lacking=keys(k for k, _t in lacking)))
        # Federal law permits it; a more stringent state privilege governs (45 CFR 160.203(b)).
        reasons += state_reasons

    reasons += received_problems(basis.kind, basis.evidence, request.on, context.chart_opened, context.locale)
    missing = basis.missing_evidence_keys()
    if missing:
        reasons.append(said(
            "evidence.missing", f"A disclosure based on {spec.title} needs: " + "; ".join(t for _k, t in missing) + ".",
            basis=basis.kind, lacking=keys(k for k, _t in missing)))

    if basis.kind == "treatment":
        # Who receives it, as the therapist states it; a name like the client's is asked about.
        r, said_hint = treatment_recipient_problems(basis.evidence, request.recipient.name, context.client_names)
        reasons += r
        hint = said_hint or hint
    if kind not in spec.allows:
        reasons.append(_kind_refusal(basis.kind, kind, spec))
        if basis.kind == "payment":
            hint = _payment_hint(kind)
        elif basis.kind == "successor":
            hint = said("successor.psychotherapy.hint", SUCCESSOR_PSYCHOTHERAPY_HINT)
    elif kind == "psychotherapy" and basis.kind not in PSYCHOTHERAPY_BASES:
        reasons.append(_psychotherapy_refusal(basis.kind, spec))

    auth_ids: tuple[str, ...] = ()
    sent: tuple[str, ...] = ()
    if basis.kind == "authorization":
        r, w = check_authorization(request, context.authorization, context)
        auth = context.authorization
        if auth is not None and auth.id == basis.authorization_id and auth.client_id == request.client_id:
            sent = parts_sent(kind, request.selection.fields)
            r += parts_refusals(auth.id, auth.described_parts, sent, confirmed=request.parts_confirmed,
                                manual=request.manual)
        reasons += r
        warnings += w
        scoped = [p.code for p in r if isinstance(p, Problem)]
        if r and all(c.startswith("scope.period.") for c in scoped):
            hint = period_hint()  # only the dates are wrong: leaving items out may be enough
        elif r and all(c.startswith("authorization.after_majority") for c in scoped):
            hint = said("authorization.after_majority.hint", AFTER_MAJORITY_HINT)
        elif r and all(c.startswith(("scope.period.", "scope.parts.")) for c in scoped):
            hint = parts_hint()  # only what is sent is wrong: leaving it out may be enough
        elif r:
            hint = said("authorization.hint",
                        "Ask the client for a new, complete authorization covering exactly this disclosure.")
        elif context.joint_adult_members:
            r, auth_ids = check_joint(request, context)
            reasons += r
    elif basis.kind == "court_order":
        reasons += check_court_order(request, context.items, context.locale)
    elif basis.kind == "health_oversight" and kind == "psychotherapy" and not basis.evidence.get("of_originator"):
        reasons.append(said(
            "oversight.psychotherapy_author",
            "Psychotherapy notes may go to a health oversight agency only for oversight of their author "
            "(45 CFR 164.508(a)(2)(ii)); record that the oversight concerns you, or refuse."
        ))
    elif basis.kind == "required_by_law" and basis.evidence.get("law_kind") == "duty_to_warn":
        reasons.append(said("threat.not_required", SERIOUS_THREAT_NOT_REQUIRED))
        hint = said("threat.not_required.hint",
                    "Record it under the serious-threat basis (serious_threat), and send only what the purpose needs.")
    elif basis.kind == "serious_threat":
        warnings += threat_warnings(context)
    elif basis.kind == "client_access":
        reasons += check_access(request, context)

    if basis.kind != "client_access":
        # The client's own access weighs others' information by its own rule (164.524(a)(3)(ii)).
        reasons += others_refusals(_shared(context), reviewed=request.others_reviewed,
                                   manual=request.manual and not request.decided,
                                   sessions=tuple(i.shared for i in context.items if i.shared))

    if context.held_notes:
        reasons += held_refusals(context.items, dict(context.held_notes), authorized_by(request, context, auth_ids),
                                 manual=request.manual, locale=context.locale, member_names=context.joint_member_names)

    if part2:
        r, w = check_part2(request, context)
        reasons += r
        warnings += w
    r, w = restriction_refusals(
        basis.kind, request.recipient.name,
        tuple(RestrictedItem(i.id, i.kind, i.day, i.self_pay) for i in context.items), context.restrictions,
        request.on, context.locale, context.riders)
    reasons += r
    warnings += w

    if reasons:
        return _refuse(request, spec, reasons, warnings, part2, hint=hint)
    allowed = said("allowed", f"Allowed: {spec.title} ({spec.citation}).", basis=basis.kind, citation=spec.citation)
    if spec.minimum_necessary:
        warnings.append(said("minimum_necessary",
                             "Minimum necessary applies: send only what this purpose needs (45 CFR 164.502(b))."))
    return Verdict(
        allowed=True,
        reasons=(allowed,),
        warnings=tuple(warnings),
        basis_title=spec.title,
        citation=spec.citation,
        accountable=spec.accountable,
        exclusion=spec.exclusion,
        part2=part2,
        minimum_necessary=spec.minimum_necessary,
        item_ids=tuple(i.id for i in context.items),
        fields=fields,
        authorization_ids=auth_ids or ((basis.authorization_id,) if basis.authorization_id else ()),
        hidden_from_client=spec.hidden_from_client,
        basis_kind=basis.kind,
        authorization_period=_period_of(context.authorization) if basis.kind == "authorization" else None,
        parts_sent=sent,
        parts_confirmed=bool(sent) and request.parts_confirmed and context.authorization is not None
        and not context.authorization.described_parts,
        others_reviewed=tuple(i.id for i in context.items if i.shared) if request.others_reviewed else (),
    )


def _shared(context: GateContext) -> tuple[tuple[str, int], ...]:
    """The selected notes that may hold what other people said: (day as shown, others known)."""
    return tuple((date_text(i.day, context.locale), i.others)
                 for i in sorted(context.items, key=lambda i: (i.day, i.id)) if i.shared)


def _period_of(auth: Authorization | None) -> tuple[str | None, str | None] | None:
    if auth is None or (auth.notes_from is None and auth.notes_to is None):
        return None
    return (auth.notes_from.isoformat() if auth.notes_from else None,
            auth.notes_to.isoformat() if auth.notes_to else None)


def _refuse(
    request: DisclosureRequest, spec: BasisSpec, reasons: list[Problem], warnings: list[Problem], part2: bool, *,
    hint: Problem | None,
) -> Verdict:
    # The same reason twice reads as a bug: the first of each English text stays, with its code.
    said_once = tuple(dict.fromkeys(reasons))
    return Verdict(
        allowed=False,
        reasons=said_once,
        warnings=tuple(warnings),
        basis_title=spec.title,
        citation=spec.citation,
        accountable=spec.accountable,
        exclusion=spec.exclusion,
        part2=part2,
        minimum_necessary=spec.minimum_necessary,
        hint=hint or "",
        hidden_from_client=spec.hidden_from_client,
        basis_kind=request.basis.kind,
    )


# --- the request itself -------------------------------------------------------------
def _check_request(request: DisclosureRequest, context: GateContext) -> list[Problem]:
    reasons = []
    if not request.recipient.name.strip():
        reasons.append(said("request.no_recipient", "No recipient is named."))
    if not request.purpose.strip():
        reasons.append(said("request.no_purpose", "No purpose is given."))
    # A phone call may disclose no stored item; a statement of account (billing only), no session.
    account = request.selection.account and request.kind == "billing"
    whole_chart = request.selection.whole_chart and request.kind == "progress"
    if not context.items and not request.manual and not account and not whole_chart:
        reasons.append(said("request.nothing_selected",
                            f"Nothing is selected: pick {INFO_LABELS[request.kind]} by id or by a date range.",
                            kind=request.kind))
    strays = [i for i in context.items if i.kind != request.kind]
    if strays:
        label = INFO_LABELS[request.kind]
        reasons.append(said(
            one_code("request.other_kind", len(strays)),
            f"{counted(len(strays), 'selected item')} {noun(len(strays), 'is', 'are')} not {label}; "
            "export each kind separately.", count=len(strays), kind=request.kind))
    return reasons


def _billing_fields(request: DisclosureRequest, reasons: list[Problem]) -> tuple[str, ...]:
    chosen = tuple(request.selection.fields) or DEFAULT_BILLING_FIELDS
    unknown = [f for f in chosen if f not in BILLING_FIELDS]
    if unknown:
        reasons.append(said(
            "billing.unknown_fields",
            f"Billing exports carry only client identifiers, dates of service, CPT and ICD-10 codes and duration; "
            f"not: {', '.join(unknown)}.", fields=", ".join(unknown)
        ))
    return tuple(f for f in chosen if f in BILLING_FIELDS)


# The project's digest, Minimum necessary (164.502(b)): "Insurers get diagnosis codes, dates of service, CPT
# codes and durations: never psychotherapy notes"; its 164.508(a)(2) lists no payment exception. The app
# sends no note under Payment (progress notes are shareable for payment under the ordinary rules, the digest
# says; the app keeps to the billing fields and sends notes an insurer asks for under an authorization).
PAYMENT_PROGRESS = (
    "For payment only billing fields go out (client identifiers, dates of service, CPT and ICD-10 codes, duration), "
    "never progress notes: minimum necessary (45 CFR 164.502(b)) holds a claim to what it needs.")
PAYMENT_PSYCHOTHERAPY = (
    "Psychotherapy notes never go to an insurer for payment: they leave only under an authorization for "
    "psychotherapy notes alone (45 CFR 164.508(a)(2)).")
PAYMENT_HINTS = {
    "progress": (
        "Send the billing information under payment instead. If the insurer asks for clinical records (a "
        "medical-necessity review), send progress notes only under the client's written authorization naming the "
        "insurer (for a minor, the parent's or guardian's who represents the client), recorded under "
        "Authorizations."),
    "psychotherapy": (
        "Send the billing information under payment instead. Psychotherapy notes go out only under an "
        "authorization for psychotherapy notes alone, which the client may refuse: treatment may not be "
        "conditioned on it."),
}


def _payment_hint(kind: InfoKind) -> Problem | None:
    words = PAYMENT_HINTS.get(kind)
    return said(f"payment.{kind}.hint", words) if words else None


def _psychotherapy_refusal(basis_kind: str, spec: BasisSpec) -> Problem:
    return said("psychotherapy.basis_not_listed", PSYCHOTHERAPY_REFUSAL.format(title=spec.title), basis=basis_kind)


def _kind_refusal(basis_kind: str, kind: InfoKind, spec: BasisSpec) -> Problem:
    if basis_kind == "treatment" and kind == "psychotherapy":
        return said(
            "treatment.psychotherapy",
            "Psychotherapy notes cannot be shared for treatment by another provider without a psychotherapy-notes "
            "authorization (45 CFR 164.508(a)(2)); share progress notes instead."
        )
    if basis_kind == "treatment":
        return said(
            "treatment.billing",
            "Billing data goes out for payment, not for treatment; share progress notes with a treating provider.")
    if basis_kind == "payment" and kind == "psychotherapy":
        return said("payment.psychotherapy", PAYMENT_PSYCHOTHERAPY)
    if basis_kind == "payment":
        return said("payment.progress", PAYMENT_PROGRESS)
    if basis_kind == "client_access" and kind == "psychotherapy":
        return said(
            "access.psychotherapy",
            "Psychotherapy notes are excepted from the client's right of access (45 CFR 164.524(a)(1)(i)). "
            "Deny that part of the request (an unreviewable denial), or release them only under a "
            "psychotherapy-notes authorization."
        )
    if kind == "psychotherapy" and basis_kind not in PSYCHOTHERAPY_BASES:
        return _psychotherapy_refusal(basis_kind, spec)
    return said("basis.kind_not_permitted",
                f"{spec.title[0].upper()}{spec.title[1:]} does not permit disclosing {INFO_LABELS[kind]}.",
                basis=basis_kind, kind=kind)


__all__ = ["decide"]
