"""A decision as plain text, for the CLI's `decision show` and the GUI's record view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vault_app.domain.decisions import (
    METHOD_LABELS,
    RISK_FACTORS,
    TRIGGER_LABELS,
    Decision,
    DecisionAddendum,
    outcome_label,
)
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text, moment_text, on_the_clock


def _yn(value: Any) -> str:
    return {True: "yes", False: "no", None: "-"}.get(value, str(value))


def describe(
    d: Decision,
    addenda: Sequence[DecisionAddendum] = (),
    *,
    signature_valid: bool | None = None,
    must_not_tell_client: bool = False,
    chart_number: str | None = None,
    locale: str = DEFAULT_LOCALE,
) -> str:
    # A reader identifies the client by chart number; the internal id only when none is given.
    who = f"chart {chart_number}" if chart_number else f"client {d.client_id}"
    # The practice's date and time on this computer's clock, its zone named: the UTC stamp cut
    # to 16 characters read as the local time, the evening's signature dated tomorrow.
    status = f"signed {moment_text(d.signature.signed_at, locale, zone=True)} by {d.signature.signed_by}" \
        if d.signature else "DRAFT"
    lines = [
        f"Confidentiality decision {d.decision_id} ({status})",
        f"  {TRIGGER_LABELS[d.trigger]}, {date_text(d.occurred_on, locale)}; {who}"
        + (f", session {d.session_id}" if d.session_id else ""),
    ]
    if must_not_tell_client:
        lines.append("  THE CLIENT MUST NOT BE TOLD ABOUT THIS DECISION.")
    lines += [
        f"Duty: confidential: {_yn(d.duty.confidential)}" + (f"; {d.duty.notes}" if d.duty.notes else ""),
        f"Exception: {d.exception.name or '-'} ({d.exception.kind or '?'}); setting: {d.exception.setting or '-'}",
        "Ask: " + ("none recorded" if not d.consultations else ""),
        *(f"  {date_text(c.on, locale)} {c.with_whom}: {c.advice}" for c in d.consultations),
        f"Law: {d.law.statute or '-'}",
        f"Reasoning: {d.reasoning or '-'}",
        "Risk: " + ", ".join(f"{f.replace('_', ' ')} {_yn(getattr(d.risk, f))}" for f in RISK_FACTORS)
        + (f"; threat: {d.risk.threat}" if d.risk.threat else "")
        + (f"; at risk: {d.risk.person_at_risk}" if d.risk.person_at_risk else ""),
        f"Decision: {outcome_label(d.outcome, d.trigger) if d.outcome else '-'}",
    ]
    x = d.disclosure
    if x is not None and d.outcome == "disclose":
        how = METHOD_LABELS[x.method] if x.method else "-"
        lines.append(f"Disclosed: {x.what or '-'}; to {x.recipient or '-'} by {how} on "
                     f"{date_text(x.on, locale) if x.on else '-'}; "
                     f"minimum necessary confirmed: {_yn(x.minimum_necessary)}"
                     + ("; notes of couple, family or group sessions reviewed for what others said"
                        if x.others_reviewed else ""))
    if d.disclosure_id:
        lines.append(f"  disclosure {d.disclosure_id} (recorded in the ledger)")
    ci = d.client_informed
    if ci.informed:
        lines.append(f"Client informed: yes, {date_text(ci.on, locale) if ci.on else '?'} {ci.how}".rstrip())
    else:
        why = f" ({ci.reason_code}: {ci.reason})" if ci.reason else ""
        lines.append(f"Client informed: {_yn(ci.informed)}{why}")
    lines += ["Follow-up:", *(f"  - {s}" for s in d.follow_up)]
    for a in addenda:
        lines.append(f"Addendum {date_text(on_the_clock(a.created_at), locale)} by {a.author}: {a.text}")
    if signature_valid is False:
        lines.append("WARNING: the stored decision no longer matches its signature.")
    return "\n".join(lines)


__all__ = ["describe"]
