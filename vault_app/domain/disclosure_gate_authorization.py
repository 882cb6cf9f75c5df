"""The export gate's authorization checks (domain/disclosure_gate.py asks them): the authorization
named as the basis, its state, what it covers and for whom, and a joint record's authorizations from
every adult member. Pure, as the gate is; split from it by what they hold.
"""

from __future__ import annotations

from datetime import date

from vault_app.domain.authorization import INFO_LABELS, Authorization, AuthStatus
from vault_app.domain.disclosure import DisclosureRequest, GateContext
from vault_app.domain.disclosure_scope import period_refusals
from vault_app.domain.errors import Problem, keys, said
from vault_app.domain.locale_format import date_text
from vault_app.domain.plurals import counted, noun, one_code


def check_authorization(
    request: DisclosureRequest, auth: Authorization | None, context: GateContext
) -> tuple[list[Problem], list[Problem]]:
    if request.basis.authorization_id is None:
        return [said("authorization.none_named", "No authorization was named.")], []
    if auth is None or auth.id != request.basis.authorization_id:
        return [said("authorization.not_on_file", f"Authorization {request.basis.authorization_id} is not on file.",
                     id=request.basis.authorization_id)], []
    if auth.client_id != request.client_id:
        return [said("authorization.other_client", f"{auth.label} belongs to a different client.", id=auth.id)], []
    if auth.combines_psychotherapy:
        return [said(
            "authorization.combined",
            f"{auth.label} combines psychotherapy notes with other information, which 45 CFR 164.508(b)(3)(ii) "
            "forbids, so it cannot be relied on for any disclosure.", id=auth.id
        )], []
    reasons: list[Problem] = []
    status = auth.status_on(request.on, context.locale)
    if not status.usable:
        reasons.append(_status_said(auth, status, request.on, context.locale))
    kind = request.kind
    if kind not in auth.covers:
        if kind == "psychotherapy":
            reasons.append(said(
                "authorization.no_psychotherapy",
                f"{auth.label} does not cover psychotherapy notes; they need an authorization for psychotherapy "
                "notes only (45 CFR 164.508(a)(2)).", id=auth.id
            ))
        else:
            reasons.append(said("authorization.not_covering", f"{auth.label} does not cover {INFO_LABELS[kind]}.",
                                id=auth.id, kind=kind))
    reasons += period_refusals(auth, context.items, context.locale)
    if request.recipient.name.strip() and not auth.matches_recipient(request.recipient.name):
        reasons.append(said(
            "authorization.other_recipient",
            f"{auth.label} names a different recipient; it does not permit disclosure to this one.", id=auth.id))
    if request.purpose.strip() and not auth.matches_purpose(request.purpose):
        reasons.append(said(
            "authorization.other_purpose",
            f"{auth.label} does not list this purpose (see 'auth show {auth.id}' for its purposes).", id=auth.id))
    reasons += after_majority_refusals(auth, request.on, context)
    warnings = []
    if not context.client_is_minor and auth.signer.role == "personal_representative":
        if status.usable:
            warnings.append(said(
                "authorization.representative_adult",
                f"{auth.label} was signed by a personal representative, and the client is not a minor now: if the "
                "representative acted for a minor, the client now exercises their own rights and may revoke it "
                "(45 CFR 164.502(g)); consider asking the client.", id=auth.id
            ))
        else:  # revoked or ended: "may revoke it" would be said of a form already out of force
            warnings.append(said(
                "authorization.representative_adult.ended",
                f"{auth.label} was signed by a personal representative, and the client is not a minor now: the "
                "client exercises their own rights (45 CFR 164.502(g)); ask the client for their own authorization.",
                id=auth.id
            ))
    if context.client_is_minor and auth.signer.role == "client":
        warnings.append(said(
            "authorization.minor_signed",
            "The client is a minor and signed this authorization personally; check that the law lets the minor "
            "authorize it (for example, the minor lawfully consented to the treatment)."
        ))
    return reasons, warnings


# A parent (or a minor's guardian) signs as personal representative because the client is a
# minor (45 CFR 164.502(g)(3)); that authority ends on the birthday of majority, so a form signed
# before it never reached information created from that day (walker CA, finding 6: an adult's
# notes went out under the mother's form with only a note). Judged by the signing date: the
# authorization records no guardian, and a representative signing after majority (an adult's
# guardian, an agent) is not a parent acting for a minor. A court order keeping a guardian past
# majority is answered by a form signed after the birthday.
AFTER_MAJORITY_CITATION = "45 CFR 164.502(g)"
AFTER_MAJORITY_HINT = ("Leave out the items dated from the client's coming of age, or ask the client, now an adult, "
                       "for their own authorization.")


def after_majority_refusals(auth: Authorization, on: date, context: GateContext) -> list[Problem]:
    """A refusal naming the items dated on or after the client's birthday of majority under a
    representative's form signed before it, or none."""
    majority = context.majority_on
    if (majority is None or auth.signer.role != "personal_representative" or auth.signed_on is None
            or auth.signed_on >= majority or on < majority):
        return []
    after = tuple(sorted((i for i in context.items if i.day >= majority), key=lambda i: (i.day, i.id)))
    if not after:
        return []
    n, locale = len(after), context.locale
    birthday, signed = date_text(majority, locale), date_text(auth.signed_on, locale)
    days = ", ".join(dict.fromkeys(date_text(i.day, locale) for i in after))
    are = "1 selected item is" if n == 1 else f"{n} selected items are"
    return [said(
        one_code("authorization.after_majority", n),
        f"{auth.label} was signed on {signed} by a personal representative, before the client came of age on "
        f"{birthday}: a parent's authority as personal representative ends at the age of majority "
        f"({AFTER_MAJORITY_CITATION}), so it never covered information created from that day; {are} dated on or "
        f"after {birthday}: {days}.", id=auth.id, signed=signed, birthday=birthday, count=n, days=days)]


def _status_said(auth: Authorization, status: AuthStatus, on: date, locale: str) -> Problem:
    """The authorization's state (its English from status_on) with a code and its dates."""
    if status.state == "revoked" and auth.revocation is not None:
        return said("authorization.revoked", status.message, id=auth.id,
                    day=date_text(auth.revocation.received_on, locale))
    if status.state == "expired" and auth.expires_on is not None and on > auth.expires_on:
        return said("authorization.expired", status.message, id=auth.id, day=date_text(auth.expires_on, locale))
    if status.state == "expired" and auth.event_occurred_on is not None:
        # The event is the therapist's own words: said in English only, in the core's text.
        return said("authorization.expired_event", status.message, id=auth.id,
                    day=date_text(auth.event_occurred_on, locale))
    if status.state == "incomplete":
        lacking = [f"authorization.{k}" for k in auth.missing_keys()] + (["scan"] if auth.missing_copy else [])
        return said("authorization.incomplete", status.message, id=auth.id, lacking=keys(lacking))
    if status.state == "not_yet_effective" and auth.signed_on is not None:
        return said("authorization.not_yet_effective", status.message, id=auth.id,
                    day=date_text(auth.signed_on, locale))
    return said("authorization.status." + status.state, status.message, id=auth.id)


def check_joint(request: DisclosureRequest, context: GateContext) -> tuple[list[Problem], tuple[str, ...]]:
    """Joint records need a written authorization from every adult member (REGULATIONS.md)."""
    usable = [
        a for a in context.joint_authorizations
        if a.client_id == request.client_id
        and a.permits(request.kind, request.recipient.name, request.purpose, request.on)
        and not period_refusals(a, context.items)
    ]
    signed = {a.signer_client_id for a in usable if a.signer_client_id}
    missing = [m for m in context.joint_adult_members if m not in signed]
    if missing:
        adults = len(context.joint_adult_members)
        known = {m: (chart, name) for m, chart, name in context.joint_member_names}
        charts = ", ".join(known.get(m, (m, ""))[0] or m for m in missing)
        names = ", ".join(_member(m, known) for m in missing)
        return [said(
            one_code("joint.missing", len(missing)),
            f"This is a joint (couple or family) record: releasing it needs a written authorization from each "
            f"adult member for this recipient and purpose, not one member's for all; {len(missing)} of "
            f"{counted(adults, 'adult member')} {noun(len(missing), 'has', 'have')} not given one (chart "
            f"{charts}).",
            count=len(missing), adults=adults, names=names,
        )], ()
    return [], tuple(a.id for a in usable if a.signer_client_id in context.joint_adult_members)


def _member(member_id: str, known: dict[str, tuple[str, str]]) -> str:
    """A member as a screen names them: "Dana Kim (C00002)"; the id where the chart is not known."""
    chart, name = known.get(member_id, ("", ""))
    if name and chart:
        return f"{name} ({chart})"
    return name or chart or member_id


__all__ = ["AFTER_MAJORITY_HINT", "after_majority_refusals", "check_authorization", "check_joint"]
