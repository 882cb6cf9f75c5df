"""decision guide|add|edit|show|list|check|sign|addendum|discard: the DEAL workflow.

Steps can be given as flags or as a JSON file (`--file`, keys as in `decision show
--json`); flags win over the file, and `edit` changes only the fields it names.
Clinical text is best given through files (`--reasoning-file`, `--file`): command
lines end up in shell history.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from vault_app.cli import common, subpoena_hold, text_files
from vault_app.cli.guardian_commands import stale_words
from vault_app.cli.minor_consent_words import duty_to_protect_proposal, minor_consent_proposal, part2_rule_lines
from vault_app.domain import minor_consent_presets, state_privilege
from vault_app.domain.decision_prompts import STEP_TITLES, TriggerGuide
from vault_app.domain.decision_text import describe
from vault_app.domain.decisions import (
    EXCEPTION_KINDS,
    INFO_KINDS,
    METHODS,
    NOT_INFORMED_REASONS,
    OUTCOMES,
    RISK_FACTORS,
    TRIGGERS,
    Decision,
)
from vault_app.domain.errors import InvalidInput
from vault_app.domain.practice import Jurisdiction
from vault_app.services import care_confidentiality, decisions, holds, practice
from vault_app.services.clinical_common import resolve_client_id

# flag attribute -> (step, field) for the flags that set one field of a step
_FIELD_FLAGS: dict[str, tuple[str, str]] = {
    "confidential": ("duty", "confidential"),
    "duty_notes": ("duty", "notes"),
    "exception": ("exception", "name"),
    "exception_type": ("exception", "kind"),
    "exception_setting": ("exception", "setting"),
    "statute": ("law", "statute"),
    "threat": ("risk", "threat"),
    "person_at_risk": ("risk", "person_at_risk"),
    "risk_notes": ("risk", "notes"),
    "what": ("disclosure", "what"),
    "info_kind": ("disclosure", "info_kind"),
    "items": ("disclosure", "item_ids"),
    "records_from": ("disclosure", "date_from"),
    "records_to": ("disclosure", "date_to"),
    "recipient": ("disclosure", "recipient"),
    "recipient_address": ("disclosure", "recipient_address"),
    "method": ("disclosure", "method"),
    "disclosed_on": ("disclosure", "on"),
    "reference": ("disclosure", "reference"),
    "basis": ("disclosure", "basis_kind"),
    "informed": ("client_informed", "informed"),
    "informed_on": ("client_informed", "on"),
    "informed_how": ("client_informed", "how"),
    "not_informed_reason": ("client_informed", "reason_code"),
    "not_informed_why": ("client_informed", "reason"),
}
_ORDER_FLAGS = {
    "judge": "judge", "court": "court", "case_number": "case_number", "order_date": "order_date",
    "order_attachment": "attachment_id", "order_covers": "covers",
}


def _read_json(path: str) -> dict[str, Any]:
    try:
        data = json.loads(text_files.read_text_file(path, "decision file"))
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"The decision file is not valid JSON (line {exc.lineno}).") from None
    if not isinstance(data, dict):
        raise InvalidInput("The decision file must hold a JSON object of steps.")
    return data


def _split_list(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _consultation(value: str) -> dict[str, str]:
    parts = value.split("|", 2)
    if len(parts) != 3:
        raise InvalidInput("A consultation is given as 'DATE|WHO|WHAT THEY ADVISED'.")
    return {"on": parts[0].strip(), "with_whom": parts[1].strip(), "advice": parts[2].strip()}


def _risk_flags(value: str) -> dict[str, str]:
    out = {}
    for pair in _split_list(value):
        name, _, answer = pair.partition("=")
        name = name.strip().replace("-", "_")
        if name not in RISK_FACTORS:
            raise InvalidInput(f"Unknown risk factor. Known: {', '.join(RISK_FACTORS)}.")
        out[name] = answer.strip() or "yes"
    return out


def _changes(args: argparse.Namespace, current: Decision | None) -> dict[str, Any]:
    """The steps to write: the current values, then the file, then the flags."""
    base: dict[str, Any] = current.body() if current else {}
    file_steps = _read_json(args.file) if getattr(args, "file", None) else {}
    touched: dict[str, Any] = {}

    def step(name: str) -> dict[str, Any]:
        if name not in touched:
            start = file_steps.get(name) if name in file_steps else base.get(name)
            touched[name] = dict(start or {})
        value: dict[str, Any] = touched[name]
        return value

    for name, value in file_steps.items():
        if name in ("duty", "exception", "law", "risk", "disclosure", "client_informed"):
            step(name)
        else:
            touched[name] = value
    for attr, (name, field_name) in _FIELD_FLAGS.items():
        value = getattr(args, attr, None)
        if value is not None:
            step(name)[field_name] = _split_list(value) if attr == "items" else value
    order = {key: getattr(args, attr) for attr, key in _ORDER_FLAGS.items() if getattr(args, attr, None) is not None}
    if order:
        disclosure = step("disclosure")
        merged = dict(disclosure.get("order") or {})
        merged.update(order)
        if "covers" in order:
            merged["covers"] = _split_list(order["covers"])
        disclosure["order"] = merged
    if getattr(args, "minimum_necessary", False):
        step("disclosure")["minimum_necessary"] = True
    if getattr(args, "reviewed_others", False):
        step("disclosure")["others_reviewed"] = True
    elif getattr(args, "items", None) is not None:
        # A review was of the notes then chosen: other notes are reviewed again (the export's tick too).
        step("disclosure").pop("others_reviewed", None)
    if getattr(args, "evidence", None):
        try:
            step("disclosure")["basis_evidence"] = json.loads(args.evidence)
        except json.JSONDecodeError:
            raise InvalidInput("--evidence must be a JSON object, like '{\"agency\": \"State board\"}'.") from None
    if getattr(args, "risk", None):
        step("risk").update(_risk_flags(args.risk))
    if getattr(args, "consult", None):
        existing = list(touched.get("consultations", base.get("consultations")) or [])
        touched["consultations"] = existing + [_consultation(c) for c in args.consult]
    if getattr(args, "follow_up", None):
        existing = list(touched.get("follow_up", base.get("follow_up")) or []) if not args.replace_follow_up else []
        touched["follow_up"] = existing + list(args.follow_up)
    reasoning = common.read_text_arg(args.reasoning, args.reasoning_file) if (
        getattr(args, "reasoning", None) is not None or getattr(args, "reasoning_file", None)) else None
    if reasoning is not None:
        touched["reasoning"] = reasoning
    for attr in ("outcome", "date", "session"):
        value = getattr(args, attr, None)
        if value is not None:
            touched[{"date": "occurred_on", "session": "session_id"}.get(attr, attr)] = value
    return touched


# --- text output -------------------------------------------------------------------------
def _render(view: decisions.DecisionView, tag: str) -> str:
    return describe(view.decision, view.addenda, signature_valid=view.signature_valid,
                    must_not_tell_client=view.guide.must_not_tell_client, locale=tag)


def _render_guide(g: TriggerGuide) -> str:
    lines = [g.title, "", g.summary, ""]
    for p in g.prompts:
        lines += [f"{STEP_TITLES[p.step]}", f"  {p.question}", f"  {p.explanation}", ""]
    lines.append(f"Suggested exception: {g.exception_name or '-'} ({g.exception_kind}); {g.jurisdiction_setting}")
    lines.append("Choices: " + ", ".join(g.outcomes))
    return "\n".join(lines)


def _render_readiness(r: decisions.Readiness) -> str:
    lines = ["Ready to sign." if r.can_sign else "Not ready to sign."]
    lines += [f"  still needed: {p}" for p in r.problems]
    lines += [f"  note: {w}" for w in r.warnings]
    if r.verdict:
        lines.append(f"Disclosure gate: {'allowed' if r.verdict.allowed else 'refused'}: {r.verdict.message}")
        lines += [f"  {w}" for w in r.verdict.warnings]
        if any(getattr(p, "code", "").startswith("scope.others") for p in r.verdict.reasons):
            lines.append("  Reviewed them? edit the decision with --reviewed-others; or leave them out with --items.")
    return "\n".join(lines)


# --- handlers ----------------------------------------------------------------------------
def _with_vault(args: argparse.Namespace) -> Any:
    return common.unlocked(args, psychotherapy=getattr(args, "psychotherapy", False))


def cmd_guide(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        client_id = resolve_client_id(vault, args.client) if args.client else None
        g = decisions.guide(vault, args.trigger, client_id)
    common.emit(args, g.as_dict(), lambda: _render_guide(g))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with _with_vault(args) as vault:
        client_id = resolve_client_id(vault, args.client)
        changes = _changes(args, None)
        session = changes.pop("session_id", None)
        when = changes.pop("occurred_on", None)
        d = decisions.start(vault, client_id, args.trigger, session_id=session, occurred_on=when,
                            suggestions=not args.no_suggestions, changes=changes)
        ready = decisions.readiness(vault, d.decision_id)
    common.emit(args, {"decision": d.as_dict(), "readiness": ready.as_dict()},
                lambda: f"Draft decision {d.decision_id} recorded.\n{_render_readiness(ready)}")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    with _with_vault(args) as vault:
        current = decisions.get(vault, args.id)
        d = decisions.update(vault, args.id, _changes(args, current))
        ready = decisions.readiness(vault, d.decision_id)
    common.emit(args, {"decision": d.as_dict(), "readiness": ready.as_dict()},
                lambda: f"Draft decision {d.decision_id} updated.\n{_render_readiness(ready)}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        view = decisions.view(vault, args.id)
        tag = common.practice_locale(vault)
    common.emit(args, view.as_dict(), lambda: _render(view, tag))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        client_id = resolve_client_id(vault, args.client) if args.client else None
        found = decisions.list_decisions(vault, client_id=client_id, trigger=args.trigger,
                                         unsigned_only=args.unsigned)
        tag = common.practice_locale(vault)
    rows = [s.as_dict() for s in found]

    def text() -> str:
        if not found:
            return "No confidentiality decisions."
        return "\n".join(
            f"{s.decision_id}  {common.date_shown(s.occurred_on, tag)}  {s.chart_number:<10} {s.trigger:<17} "
            f"{s.outcome or '-':<15} {'signed' if s.signed else 'DRAFT'}" for s in found
        )

    common.emit(args, {"decisions": rows}, text)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with _with_vault(args) as vault:
        ready = decisions.readiness(vault, args.id)
    common.emit(args, ready.as_dict(), lambda: _render_readiness(ready))
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    with _with_vault(args) as vault:
        # A court order means litigation, a reason for a hold as a subpoena is (services/holds.HOLD_AFTER):
        # signing one offered none while its export did (found by a walker).
        trigger = decisions.get(vault, args.id).trigger
        subpoena_hold.refuse_unless_subpoena(args.place_hold, trigger in holds.HOLD_AFTER,
                                             "sign a subpoena or court-order decision")
        result = decisions.sign(vault, args.id)
        held, hold_lines = subpoena_hold.after_subpoena(
            vault, result.decision.client_id, result.decision.occurred_on, place=args.place_hold, basis=trigger)
    d = result.decision

    def text() -> str:
        lines = [f"Decision {d.decision_id} signed and locked."]
        if result.disclosure_id:
            lines.append(f"Disclosure number {result.disclosure_id} recorded in the ledger (basis: "
                         f"{result.verdict.basis_title if result.verdict else '?'}).")
        if result.verdict and not result.verdict.allowed:
            lines.append(f"No disclosure: {result.verdict.message}")
        lines += [f"note: {w}" for w in result.warnings]
        return "\n".join([*lines, *hold_lines])

    common.emit(args, {**result.as_dict(), **held}, text)
    return 0


def cmd_addendum(args: argparse.Namespace) -> int:
    body = common.read_text_arg(args.text, args.text_file)
    with common.unlocked(args) as vault:
        a = decisions.add_addendum(vault, args.id, body)
    common.emit(args, a.as_dict(), f"Addendum {a.addendum_id} added to decision {args.id}.")
    return 0


def cmd_discard(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        decisions.discard_draft(vault, args.id)
    common.emit(args, {"discarded": args.id}, f"Draft decision {args.id} discarded.")
    return 0


_SETTING_FLAGS = {
    "duty_to_warn": "duty_to_warn",
    "elder_abuse_age": "elder_abuse_reporting_age",
    "elder_abuse_scope": "elder_abuse_scope",
    "age_of_consent": "age_of_consent_for_treatment",
    "jurisdiction_name": "name",
}


def _jurisdiction_label(j: Jurisdiction, state: str) -> str:
    """As decisions record it: the license state where the settings carry no name of their own
    (it said "US federal baseline" to a New York practice whose decisions recorded New York)."""
    label = minor_consent_presets.jurisdiction_label(j)
    return state_privilege.recorded_name(j, state) if label == j.name else label


def cmd_settings(args: argparse.Namespace) -> int:
    changes = {key: getattr(args, flag) for flag, key in _SETTING_FLAGS.items() if getattr(args, flag) is not None}
    with common.unlocked(args) as vault:
        if args.minor_consent_rule:
            decisions.apply_minor_consent_preset(vault, args.minor_consent_rule)
        j = decisions.update_jurisdiction(vault, **changes) if changes else decisions.jurisdiction(vault)
        state = practice.load(vault).license_state
        # The age of consent changed: forms whose signer it now refuses on their signing day are said (kept).
        stale = care_confidentiality.practice_signers_no_longer_valid(vault) \
            if args.minor_consent_rule or "age_of_consent_for_treatment" in changes else []
        tag = common.practice_locale(vault)
    data = {key: getattr(j, key) for key in (*_SETTING_FLAGS.values(), "minor_consent_source")}
    # A preset's statement in today's words, also where an earlier version saved other words for it.
    stated = minor_consent_presets.preset_of_source(j.minor_consent_source)
    source = stated.statement() if stated is not None else \
        j.minor_consent_source or "set by hand, or the federal baseline (no minor consents alone)"
    common.emit(args, data, lambda: "\n".join([
        f"Jurisdiction: {_jurisdiction_label(j, state)}",
        f"Duty to warn: {j.duty_to_warn}",
        f"Elder-abuse reporting: from age {j.elder_abuse_reporting_age}; {j.elder_abuse_scope}",
        f"Age of consent for treatment: {j.age_of_consent_for_treatment} ({source})",
        *(["  It applies to minors who consent to their own care, chart by chart: record who consented with "
           "'client update CLIENT --care-consented-by client|guardian' (45 CFR 164.502(g)(3)(i))."]
          if j.age_of_consent_for_treatment < j.age_of_majority else []),
        *part2_rule_lines(j),
        *minor_consent_proposal(j, state),
        *duty_to_protect_proposal(j, state),
        "These are yours to set for your state; the app gives no legal advice.",
        *([stale_words(stale, tag).rstrip("\n")] if stale else []),
    ]))
    return 0


def _add_step_args(p: argparse.ArgumentParser, *, adding: bool) -> None:
    p.add_argument("--psychotherapy", action="store_true",
                   help="unlock psychotherapy notes (when the disclosure draws on them)")
    p.add_argument("--file", metavar="JSON", help="steps as a JSON object (as in 'decision show --json'); - for stdin")
    p.add_argument("--session", help="the session the event came up in")
    p.add_argument("--date", help="date of the event" + (" (default today)" if adding else ""))
    g = p.add_argument_group("D: duty")
    g.add_argument("--confidential", choices=["yes", "no"], help="is the information confidential?")
    g.add_argument("--duty-notes", help="notes on the duty of confidentiality")
    g = p.add_argument_group("E: exception")
    g.add_argument("--exception", help="which exception applies")
    g.add_argument("--exception-type", choices=EXCEPTION_KINDS, help="does the exception require or permit disclosure?")
    g.add_argument("--exception-setting", help="the jurisdiction setting that makes it so")
    g = p.add_argument_group("A: ask")
    g.add_argument("--consult", action="append", metavar="DATE|WHO|ADVICE", help="a consultation (repeatable)")
    g = p.add_argument_group("L: law")
    g.add_argument("--statute", help="statute or rule relied on")
    g = p.add_argument_group("reasoning and risk")
    g.add_argument("--reasoning", help="clinical reasoning (prefer --reasoning-file)")
    g.add_argument("--reasoning-file", metavar="FILE", help="clinical reasoning from FILE (- for stdin)")
    g.add_argument("--risk", metavar="plan=yes,intent=no,...", help=f"risk factors: {', '.join(RISK_FACTORS)}")
    g.add_argument("--threat", help="the threat in a few words")
    g.add_argument("--person-at-risk", help="who is at risk (the identifiable victim, the child, the client)")
    g.add_argument("--risk-notes", help="anything else weighed about the risk")
    g = p.add_argument_group("decision and disclosure")
    g.add_argument("--outcome", choices=OUTCOMES, help="what you decided")
    g.add_argument("--what", help="exactly what was disclosed (the minimum necessary)")
    g.add_argument("--info-kind", choices=INFO_KINDS, help="where the disclosed information comes from")
    g.add_argument("--items", metavar="ID,ID", help="the notes (or sessions, for billing) the disclosure draws on")
    g.add_argument("--records-from", metavar="DATE", help="the first day of records disclosed")
    g.add_argument("--records-to", metavar="DATE", help="the last day of records disclosed")
    g.add_argument("--minimum-necessary", action="store_true", help="confirm only the minimum necessary goes out")
    g.add_argument("--reviewed-others", action="store_true",
                   help="you reviewed the couple, family or group notes drawn on for what other people said")
    g.add_argument("--recipient", help="who receives it (person or agency)")
    g.add_argument("--recipient-address", help="the recipient's address")
    g.add_argument("--method", choices=METHODS, metavar="METHOD", help="how it is disclosed: %(choices)s")
    g.add_argument("--disclosed-on", metavar="DATE", help="the day it is disclosed")
    g.add_argument("--reference", help="report or hotline reference")
    g.add_argument("--judge", help="the judge who signed the court order")
    g.add_argument("--court", help="the court that issued the order")
    g.add_argument("--case-number", help="the case number on the order")
    g.add_argument("--order-date", metavar="DATE", help="the date on the order")
    g.add_argument("--order-attachment", metavar="ATTACHMENT_ID", help="the attached copy of the signed order")
    g.add_argument("--order-covers", metavar="KINDS", help="what the order requires: progress,psychotherapy,billing")
    g.add_argument("--basis", help="legal basis, for the 'other' trigger (e.g. health_oversight)")
    g.add_argument("--evidence", metavar="JSON", help="evidence for --basis, as a JSON object")
    g = p.add_argument_group("the client")
    g.add_argument("--informed", choices=["yes", "no"], help="was the client informed?")
    g.add_argument("--informed-on", metavar="DATE", help="the day the client was informed")
    g.add_argument("--informed-how", help="how the client was informed, e.g. in session")
    g.add_argument("--not-informed-reason", choices=NOT_INFORMED_REASONS, metavar="REASON",
                   help="why the client was not informed: %(choices)s")
    g.add_argument("--not-informed-why", help="the reason in your words")
    g = p.add_argument_group("follow-up")
    g.add_argument("--follow-up", action="append", metavar="STEP", help="a follow-up step (repeatable)")
    g.add_argument("--replace-follow-up", action="store_true", help="replace the listed steps instead of adding")


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("decision", parents=[common_parent],
                       help="confidentiality decisions (DEAL: duty, exception, ask, law)")
    dsub = p.add_subparsers(dest="action", required=True, metavar="ACTION")

    q = dsub.add_parser("guide", parents=[common_parent], help="the prompts and plain explanations for a trigger")
    q.add_argument("trigger", choices=TRIGGERS, metavar="TRIGGER", help="what happened: %(choices)s")
    q.add_argument("--client", help="client id or chart number (adapts the prompts to a minor)")
    q.set_defaults(handler=cmd_guide)

    q = dsub.add_parser("settings", parents=[common_parent],
                        help="the jurisdiction settings the prompts use (show, or change with flags)")
    q.add_argument("--duty-to-warn", choices=["mandatory", "permissive", "none"],
                   help="your state's duty to warn of a threat")
    q.add_argument("--elder-abuse-age", type=int, metavar="AGE", help="elder-abuse reporting age")
    q.add_argument("--elder-abuse-scope", metavar="TEXT", help="what the elder-abuse reporting duty covers")
    q.add_argument("--age-of-consent", type=int, metavar="AGE",
                   help="age of consent for treatment (1-30, not above the age of majority)")
    q.add_argument("--jurisdiction-name", metavar="TEXT", help="e.g. 'California' (not the retention policy's name)")
    q.add_argument("--minor-consent-rule", metavar="STATE", choices=sorted(minor_consent_presets.MINOR_CONSENT_PRESETS),
                   help="apply a state's minors' consent rule (its age, section and conditions): %(choices)s")
    q.set_defaults(handler=cmd_settings)

    q = dsub.add_parser("add", parents=[common_parent], help="start a decision record for a client")
    q.add_argument("client", help="client id or chart number")
    q.add_argument("--trigger", required=True, choices=TRIGGERS, metavar="TRIGGER",
                   help="what happened: %(choices)s")
    q.add_argument("--no-suggestions", action="store_true", help="do not prefill the exception and follow-ups")
    _add_step_args(q, adding=True)
    q.set_defaults(handler=cmd_add)

    q = dsub.add_parser("edit", parents=[common_parent], help="change steps of a draft decision")
    q.add_argument("id", help="decision id")
    _add_step_args(q, adding=False)
    q.set_defaults(handler=cmd_edit)

    q = dsub.add_parser("show", parents=[common_parent], help="show a decision with its addenda (logged)")
    q.add_argument("id", help="decision id")
    q.set_defaults(handler=cmd_show)

    q = dsub.add_parser("list", parents=[common_parent], help="list decisions for a chart or the whole vault")
    q.add_argument("--client", help="client id or chart number")
    q.add_argument("--trigger", choices=TRIGGERS, metavar="TRIGGER",
                   help="only decisions about this kind of event: %(choices)s")
    q.add_argument("--unsigned", action="store_true", help="only drafts")
    q.set_defaults(handler=cmd_list)

    q = dsub.add_parser("check", parents=[common_parent], help="what is missing, and the disclosure gate's verdict")
    q.add_argument("id", help="decision id")
    q.add_argument("--psychotherapy", action="store_true", help="unlock psychotherapy notes (when they are disclosed)")
    q.set_defaults(handler=cmd_check)

    q = dsub.add_parser("sign", parents=[common_parent],
                        help="sign and lock; a decision to disclose records the disclosure through the gate")
    q.add_argument("id", help="decision id")
    q.add_argument("--psychotherapy", action="store_true", help="unlock psychotherapy notes (when they are disclosed)")
    q.add_argument("--place-hold", action="store_true", help=subpoena_hold.PLACE_HOLD_HELP)
    q.set_defaults(handler=cmd_sign)

    q = dsub.add_parser("addendum", parents=[common_parent], help="add later facts to a signed decision")
    q.add_argument("id", help="decision id")
    q.add_argument("--text", help="the addendum (prefer --text-file: command lines stay in shell history)")
    q.add_argument("--text-file", metavar="FILE", help="the addendum from FILE (- for stdin)")
    q.set_defaults(handler=cmd_addendum)

    q = dsub.add_parser("discard", parents=[common_parent], help="delete a draft started by mistake")
    q.add_argument("id", help="decision id")
    q.set_defaults(handler=cmd_discard)


__all__ = ["register"]
