"""Confidentiality decisions (the DEAL workflow): draft, check, sign, add addenda.

Stable entry points: guide, start, update, get, view, list_decisions, readiness,
sign, add_addendum, discard_draft, verify_signature.

A decision is drafted step by step, then signed: signing checks the sign rules
(reasoning, exception, whether the client was told), asks the disclosure gate
when the decision discloses, records the one disclosure through the disclosure
service, and then signs the record with the vault's key. A signed decision is
immutable (the service refuses, an SQL trigger refuses below it); later facts go
into addenda. Creation, signing, addenda and the disclosure are ledger events,
with ids only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any

from vault_app.domain import duty_to_protect, minor_consent_presets, state_privilege
from vault_app.domain.clinical import new_id
from vault_app.domain.decision_guide import follow_ups_for
from vault_app.domain.decision_input import apply_changes, opt_date, text
from vault_app.domain.decision_prompts import TriggerGuide, guide_for
from vault_app.domain.decision_rules import (
    NATIONAL_SECURITY_SILENCE,
    check_client_informed,
    check_outcome,
    sign_problems,
    sign_warnings,
)
from vault_app.domain.decisions import (
    MAX_TEXT,
    TRIGGERS,
    ClientInformed,
    Decision,
    DecisionAddendum,
    DecisionSummary,
    ExceptionStep,
    LawStep,
)
from vault_app.domain.disclosure import DisclosureRefused, Verdict
from vault_app.domain.errors import CompartmentLocked, InvalidInput, NotFound, Problem, RefusedByPolicy
from vault_app.domain.plurals import noun
from vault_app.domain.practice import Jurisdiction
from vault_app.services import clients, decision_disclosure, practice
from vault_app.services.clinical_common import audit, author, make_signature, now_iso, signature_valid, today
from vault_app.services.vault import Vault
from vault_app.storage import clinical_sessions
from vault_app.storage import decision_store as store

SIGNATURE_KIND = "decision"  # signed as "note-signature-v1|decision|<id>|<sha256>", like notes
JURISDICTION_FIELDS = (
    "name", "duty_to_warn", "elder_abuse_reporting_age", "elder_abuse_scope", "age_of_consent_for_treatment",
    "minor_consent_source",
)


def _jurisdiction(vault: Vault) -> dict[str, Any]:
    """The settings a decision records, named by the license state where the therapist gave them no
    name of their own (domain/state_privilege.recorded_name says why it is read, not stored)."""
    profile = practice.load(vault)
    j = profile.jurisdiction
    return asdict(replace(j, name=state_privilege.recorded_name(j, profile.license_state)))


@dataclass(frozen=True)
class Readiness:
    """What signing would do now: what is missing, what is advised, what the gate says."""

    problems: tuple[str, ...]
    warnings: tuple[str, ...]
    verdict: Verdict | None
    discloses: bool = False

    @property
    def can_sign(self) -> bool:
        # A refused subpoena is the expected answer: the decision not to disclose is signed.
        return not self.problems and (not self.discloses or (self.verdict is not None and self.verdict.allowed))

    def as_dict(self) -> dict[str, Any]:
        return {
            "can_sign": self.can_sign,
            "discloses": self.discloses,
            "problems": list(self.problems),
            "warnings": list(self.warnings),
            "verdict": self.verdict.as_dict() if self.verdict else None,
        }


@dataclass(frozen=True)
class DecisionView:
    decision: Decision
    addenda: tuple[DecisionAddendum, ...]
    signature_valid: bool | None
    guide: TriggerGuide

    def as_dict(self) -> dict[str, Any]:
        return {
            "decision": self.decision.as_dict(),
            "addenda": [a.as_dict() for a in self.addenda],
            "signature_valid": self.signature_valid,
            "must_not_tell_client": self.guide.must_not_tell_client,
        }


@dataclass(frozen=True)
class SignResult:
    decision: Decision
    verdict: Verdict | None
    disclosure_id: str | None
    warnings: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "decision_id": self.decision.decision_id,
            "signed_at": self.decision.signature.signed_at if self.decision.signature else None,
            "content_hash": self.decision.signature.content_hash if self.decision.signature else None,
            "outcome": self.decision.outcome,
            "disclosure_id": self.disclosure_id,
            "verdict": self.verdict.as_dict() if self.verdict else None,
            "warnings": list(self.warnings),
        }


# --- prompts -----------------------------------------------------------------------------
def guide(vault: Vault, trigger: str, client_id: str | None = None) -> TriggerGuide:
    """The prompts for a trigger under this vault's jurisdiction settings and license state (and the
    client's age)."""
    age = None
    if client_id:
        age = clients.get_client(vault, client_id).age(today())
    profile = practice.load(vault)
    return guide_for(trigger, profile.jurisdiction, age, profile.license_state)


def jurisdiction(vault: Vault) -> Jurisdiction:
    return practice.load(vault).jurisdiction


def update_jurisdiction(vault: Vault, **changes: Any) -> Jurisdiction:
    """Change the settings the workflow uses (duty to warn, elder-abuse age and scope, age of consent)."""
    unknown = sorted(set(changes) - set(JURISDICTION_FIELDS))
    if unknown:
        raise InvalidInput(f"Unknown {noun(len(unknown), 'setting')}: {', '.join(unknown)}. "
                           f"Known: {', '.join(JURISDICTION_FIELDS)}.")
    # The values are judged where every way of saving them is (domain/practice.py's table).
    return practice.update(vault, jurisdiction=changes).jurisdiction


def apply_minor_consent_preset(vault: Vault, state: str) -> Jurisdiction:
    """The license state's minors' consent rule (domain/minor_consent_presets), as the therapist
    accepted it where it was proposed: its age, and its section and conditions as the source."""
    return update_jurisdiction(vault, **minor_consent_presets.changes_for(minor_consent_presets.find(state)))


def apply_duty_to_protect(vault: Vault, state: str) -> Jurisdiction:
    """The license state's duty to warn or protect (domain/duty_to_protect), as the therapist accepted it
    where it was proposed (the first-run wizard, Settings)."""
    found = duty_to_protect.rule_for(state)
    if found is None:
        raise InvalidInput(f"The app knows no duty to warn or protect for {state or 'no state'}.")
    return update_jurisdiction(vault, **duty_to_protect.changes_for(found))


# --- drafting ----------------------------------------------------------------------------
def _check_session(vault: Vault, client_id: str, session_id: str | None) -> None:
    if session_id is None:
        return
    session = clinical_sessions.get(vault.records, session_id)
    if session is None or session.client_id != client_id:
        raise NotFound("No session with that id in this chart.", hint="List them with 'vault-app session list'.",
                       code="session.not_found")


def _suggested(g: TriggerGuide, jurisdiction: dict[str, Any], outcome: str | None) -> dict[str, Any]:
    # The steps for the outcome given with the start (none yet: those of every outcome)
    values: dict[str, Any] = {
        "law": LawStep("", jurisdiction),
        "follow_up": follow_ups_for(g, outcome or (g.default_outcome if g.never_discloses else None)),
    }
    if g.exception_name:
        values["exception"] = ExceptionStep(g.exception_name, g.exception_kind, g.jurisdiction_setting)
    if g.never_discloses:
        values["outcome"] = g.default_outcome
    if g.must_not_tell_client:
        values["client_informed"] = ClientInformed(False, None, "", "national_security", NATIONAL_SECURITY_SILENCE)
    return values


def start(
    vault: Vault,
    client_id: str,
    trigger: str,
    *,
    session_id: str | None = None,
    occurred_on: date | str | None = None,
    suggestions: bool = True,
    changes: Mapping[str, Any] | None = None,
) -> Decision:
    """A new draft. With suggestions, the exception, follow-ups (and for a subpoena the
    'seek order' response, for national security the client's silence) are prefilled
    from the prompts; the therapist confirms or edits them before signing."""
    if trigger not in TRIGGERS:
        raise InvalidInput(f"Unknown trigger. Choose one of: {', '.join(TRIGGERS)}.")
    clients.get_client(vault, client_id)
    session_id = text(session_id, "the session", max_len=64) or None
    _check_session(vault, client_id, session_id)
    g = guide(vault, trigger, client_id)
    jurisdiction = _jurisdiction(vault)
    now = now_iso()
    decision = Decision(
        decision_id=new_id(),
        client_id=client_id,
        trigger=trigger,  # type: ignore[arg-type]
        occurred_on=opt_date(occurred_on, "the date of the event") or today(),
        session_id=session_id,
        law=LawStep("", jurisdiction),
        author=author(vault),
        created_at=now,
        updated_at=now,
    )
    if suggestions:
        decision = replace(decision, **_suggested(g, jurisdiction, (changes or {}).get("outcome")))
    if changes:
        decision = apply_changes(decision, changes, jurisdiction)
    _check_draft(vault, decision, g)
    with vault.records.transaction():
        store.insert(vault.records, decision)
    audit(vault, "decision.created", decision_id=decision.decision_id, client_id=client_id,
           session_id=session_id, trigger=trigger)
    return decision


def _check_draft(vault: Vault, decision: Decision, g: TriggerGuide) -> None:
    check_outcome(decision, g)
    check_client_informed(decision, g)
    _check_session(vault, decision.client_id, decision.session_id)


def _draft(vault: Vault, decision_id: str) -> Decision:
    decision = _get(vault, decision_id)
    if decision.signed:
        raise RefusedByPolicy(
            "This confidentiality decision is signed and can no longer change.",
            hint="Add an addendum with 'vault-app decision addendum'.", code="decision.signed",
        )
    return decision


def update(vault: Vault, decision_id: str, changes: Mapping[str, Any]) -> Decision:
    """Change steps of a draft. Each key is a whole step (see domain.decisions.EDITABLE)."""
    decision = _draft(vault, decision_id)
    if decision.disclosure_id and ("disclosure" in changes or "outcome" in changes):
        raise RefusedByPolicy(
            "The disclosure of this decision is already recorded in the ledger; it can no longer change.",
            hint="Sign the decision, then add an addendum.", code="decision.disclosure_recorded",
        )
    updated = replace(apply_changes(decision, changes, _jurisdiction(vault)), updated_at=now_iso())
    _check_draft(vault, updated, guide(vault, updated.trigger, updated.client_id))
    with vault.records.transaction():
        if not store.update_draft(vault.records, updated):
            raise RefusedByPolicy("This confidentiality decision was signed meanwhile and can no longer change.",
                                  code="decision.signed_meanwhile")
    return updated


def discard_draft(vault: Vault, decision_id: str) -> None:
    """Delete a draft started by mistake. Never a signed one, never one whose disclosure is recorded."""
    decision = _draft(vault, decision_id)
    if decision.disclosure_id:
        raise RefusedByPolicy("Its disclosure is already recorded; sign the decision instead of discarding it.",
                              code="decision.discard_disclosed")
    with vault.records.transaction():
        if not store.delete_draft(vault.records, decision_id):
            raise RefusedByPolicy("This confidentiality decision can no longer be discarded.",
                                  code="decision.not_discardable")
    audit(vault, "decision.discarded", decision_id=decision_id, client_id=decision.client_id)


# --- reading -----------------------------------------------------------------------------
def _get(vault: Vault, decision_id: str) -> Decision:
    found = store.get(vault.records, decision_id) if isinstance(decision_id, str) else None
    if found is None:
        raise NotFound("No confidentiality decision with that id.", hint="List them with 'vault-app decision list'.",
                       code="decision.not_found")
    return found


def get(vault: Vault, decision_id: str) -> Decision:
    """The decision, without an audit event (for screens refreshing what is already open)."""
    return _get(vault, decision_id)


def view(vault: Vault, decision_id: str) -> DecisionView:
    """The decision as a user opens it: with addenda and the signature check; logged."""
    decision = _get(vault, decision_id)
    addenda = tuple(store.addenda(vault.records, decision_id))
    audit(vault, "decision.viewed", decision_id=decision_id, client_id=decision.client_id)
    return DecisionView(decision, addenda, verify_signature(vault, decision), guide_for(decision.trigger))


def list_decisions(
    vault: Vault,
    *,
    client_id: str | None = None,
    trigger: str | None = None,
    unsigned_only: bool = False,
    limit: int | None = None,
) -> list[DecisionSummary]:
    """Decisions newest first, for one chart or across the vault (ids, dates and choices only)."""
    if client_id:
        clients.get_client(vault, client_id)
    if trigger and trigger not in TRIGGERS:
        raise InvalidInput(f"Unknown trigger. Choose one of: {', '.join(TRIGGERS)}.")
    return store.summaries(vault.records, client_id=client_id, trigger=trigger, unsigned_only=unsigned_only,
                           limit=limit)


def verify_signature(vault: Vault, decision: Decision) -> bool | None:
    """None when unsigned; False when the stored record no longer matches what was signed."""
    return signature_valid(vault, SIGNATURE_KIND, decision.decision_id, decision.canonical_content(),
                           decision.signature)


# --- signing -----------------------------------------------------------------------------
def readiness(vault: Vault, decision_id: str) -> Readiness:
    """What is missing before signing, what is advised, and the gate's verdict (nothing is written)."""
    decision = _get(vault, decision_id)
    return _readiness(vault, decision)


def _readiness(vault: Vault, decision: Decision) -> Readiness:
    # The practice's settings and license state, as the wizard's steps: a state's duty discharged by telling two
    # is said before signing (the federal-baseline guide never said it to a California practice).
    g = guide(vault, decision.trigger, decision.client_id)
    day = today()
    problems = sign_problems(decision, day, g)
    verdict = None
    if decision_disclosure.leads_to_disclosure(decision) and (not problems or decision.trigger == "subpoena"):
        try:
            verdict = decision_disclosure.verdict_for(vault, decision, day)
        except CompartmentLocked:
            problems.append(Problem("the psychotherapy notes unlocked, to check a disclosure that draws on them",
                                    code="decision.needs.psychotherapy_unlocked"))
    return Readiness(tuple(problems), tuple(sign_warnings(decision, g)), verdict, decision.outcome == "disclose")


GATE_REFUSED = "The disclosure gate refused this disclosure: "


def sign(vault: Vault, decision_id: str) -> SignResult:
    """Check, disclose through the gate (when deciding to disclose), then sign and lock."""
    decision = _draft(vault, decision_id)
    ready = _readiness(vault, decision)
    if ready.problems:
        raise InvalidInput(
            "This decision cannot be signed yet. Still needed: " + "; ".join(ready.problems) + ".",
            hint="Complete these steps, then sign.", code="decision.not_ready", parts=ready.problems,
        )
    verdict = ready.verdict
    if decision.outcome == "disclose":
        if verdict is None:
            raise RefusedByPolicy(GATE_REFUSED + "The disclosure was not checked.",
                                  code="decision.disclosure_not_checked")
        if not verdict.allowed:
            # The verdict travels with the error: a screen says its reasons in its own language.
            raise DisclosureRefused(verdict, lead=GATE_REFUSED, code="decision.disclosure_refused")
        if not decision.disclosure_id:
            decision = replace(decision, disclosure_id=_disclose_once(vault, decision))
    signature = make_signature(vault, SIGNATURE_KIND, decision.decision_id, decision.canonical_content(),
                               author(vault))
    digest = signature.content_hash
    with vault.records.transaction():
        if decision.disclosure_id:
            store.set_disclosure(vault.records, decision.decision_id, decision.disclosure_id, decision.updated_at)
        if not store.sign(vault.records, decision.decision_id, signature):
            raise RefusedByPolicy("This confidentiality decision is already signed.", code="decision.already_signed")
    audit(vault, "decision.signed", decision_id=decision.decision_id, client_id=decision.client_id,
           outcome=decision.outcome, disclosure_id=decision.disclosure_id,
           content_mac=vault.content_mac(digest))
    signed = replace(decision, signature=signature)
    return SignResult(signed, verdict, decision.disclosure_id, ready.warnings)


def _disclose_once(vault: Vault, decision: Decision) -> str:
    """Log the decision's disclosure, or find the one an interrupted signing already logged.

    The ledger seq before the attempt is kept on the draft first, so a retry looks only at
    the entries written since, instead of scanning every disclosure ever made."""
    day = today()
    since = store.disclosing_from(vault.records, decision.decision_id)
    if since is not None:
        linked = store.linked_disclosures(vault.records, decision.client_id)
        found = decision_disclosure.recorded_since(vault, decision, day, since, linked)
        if found:
            return found
    with vault.records.transaction():
        store.mark_disclosing(vault.records, decision.decision_id, vault.ledger.head().seq + 1)
    return decision_disclosure.disclose(vault, decision, day)


def add_addendum(vault: Vault, decision_id: str, text_value: str) -> DecisionAddendum:
    """Later facts (the agency's answer, the court's ruling) added to a signed decision."""
    body = text(text_value, "the addendum", max_len=MAX_TEXT)
    if not body:
        raise InvalidInput("The addendum is empty.", code="decision.addendum_empty", field="addendum")
    decision = _get(vault, decision_id)
    if not decision.signed:
        raise InvalidInput(
            "This decision is not signed yet.", hint="Edit the draft directly; add addenda after signing.",
            code="decision.not_signed_yet",
        )
    addendum = DecisionAddendum(new_id(), decision_id, decision.client_id, author(vault), now_iso(), body)
    with vault.records.transaction():
        store.insert_addendum(vault.records, addendum)
    audit(vault, "decision.addendum", decision_id=decision_id, client_id=decision.client_id,
           addendum_id=addendum.addendum_id)
    return addendum


__all__ = [
    "DecisionView",
    "Readiness",
    "SignResult",
    "add_addendum",
    "discard_draft",
    "get",
    "guide",
    "jurisdiction",
    "list_decisions",
    "readiness",
    "sign",
    "start",
    "update",
    "update_jurisdiction",
    "verify_signature",
    "view",
]
