"""The gate, table-driven: every basis x compartment x state, with the expected verdict and message.

Pure domain: `decide(request, context)` does no I/O, so the table runs in milliseconds.
The service-level tests (test_export_*) check that the export path really asks it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pytest

from tests.core.disclosure_fixtures import TREATMENT
from vault_app.domain.authorization import INFO_KINDS, Authorization, RequiredStatements, Revocation, Signer
from vault_app.domain.disclosure import (
    AccessRequestFacts,
    DisclosureRequest,
    GateContext,
    ItemFacts,
    Recipient,
    Selection,
)
from vault_app.domain.disclosure_basis import SPECS, LegalBasis
from vault_app.domain.disclosure_gate import decide
from vault_app.domain.errors import RefusedByPolicy

TODAY = date(2024, 3, 15)
CLIENT = "c0ffee0000000001"
RECIPIENT = Recipient("Dr. Rivera, Psychiatry Associates", "12 Elm St, Springfield")
PURPOSE = "continuity of care"


def auth(**changes: Any) -> Authorization:
    base = Authorization(
        id="A1",
        client_id=CLIENT,
        description="Progress notes from January to March 2024 for coordination of care",
        covers=frozenset({"progress"}),
        discloser="Jordan Lee, LCSW",
        recipient_name=RECIPIENT.name,
        recipient_address=RECIPIENT.address,
        purposes=(PURPOSE,),
        signed_on=date(2024, 1, 2),
        signer=Signer("The client"),
        statements=RequiredStatements("In writing to the practice address", "Treatment is not conditioned", True),
        expires_on=date(2024, 12, 31),
        scan_attachment_id="scan1",
        # The kinds the form ticked for its description (tests/core/test_disclosure_parts.py has the rule).
        described_parts=frozenset({"progress_notes", "measures", "attendance", "diagnosis"}),
    )
    return replace(base, **changes)


PSY_AUTH = auth(covers=frozenset({"psychotherapy"}), description="Psychotherapy notes of January 2024 sessions")
COMBINED = auth(covers=frozenset({"psychotherapy", "progress"}))
EXPIRED = auth(expires_on=date(2024, 1, 31))
REVOKED = auth(revocation=Revocation(date(2024, 2, 15)))
UP_TO = auth(notes_to=date(2024, 1, 31))
INCOMPLETE = auth(statements=RequiredStatements("In writing", "", True))
OTHER_CLIENT = auth(client_id="c0ffee0000000002")
EVENT = auth(expires_on=None, expiration_event="end of treatment", event_occurred_on=date(2024, 3, 1))
PART2_AUTH = auth(part2=True, patient_name_on_form=True)

COURT = {
    "judge": "Hon. A. Judge", "court": "Superior Court", "case_number": "24-CV-1", "order_date": "2024-03-01",
    "order_attachment_id": "order1", "covers": ["progress", "psychotherapy", "billing"],
}
LAW_CHILD = {"law_kind": "child_abuse_report", "agency": "County CPS hotline"}
LAW_WARN = {"law_kind": "duty_to_warn", "agency": "Police", "threat": "stated plan", "identifiable_person": "neighbour"}
THREAT = {"agency": "Police", "threat": "stated plan", "identifiable_person": "neighbour"}
TRAINING = {"trainee": "Sam Intern", "supervisor": "Jordan Lee, LCSW", "program": "practice internship",
            "own_practice": True}
# 45 CFR 164.501 "health care operations" (6)(iv); the successor named as the recipient.
SUCCESSOR = {"transfer": "closing of the practice on 2024-03-31; records to Dr. Rivera's practice",
             "covered_entity": True}
OVERSIGHT = {"agency": "State Board", "request_reference": "letter 2024-02-01"}
DEFENSE = {"proceeding": "Board complaint", "case_number": "B-77", "brought_by_client": True}
CORONER = {"office": "County ME", "official": "Dr. ME"}
ACCESS = {"request_id": "R1"}
GOOD_ACCESS = AccessRequestFacts("R1", CLIENT, "access", "open")

NOTE_DAYS = (date(2024, 1, 10), date(2024, 2, 20))


@dataclass(frozen=True)
class Case:
    name: str
    basis: str
    kind: str
    allowed: bool
    message: str = ""
    evidence: dict[str, Any] | None = None
    authorization: Authorization | None = None
    part2: bool = False
    access: AccessRequestFacts | None = GOOD_ACCESS
    manual: bool = False
    fields: tuple[str, ...] = ()
    account: bool = False  # a statement of the client's account (services/superbill.py)
    recipient: Recipient = RECIPIENT
    purpose: str = PURPOSE
    items: tuple[date, ...] = NOTE_DAYS


EVIDENCE = {
    "court_order": COURT, "subpoena": {"issuer": "Attorney X", "case_number": "24-CV-1"},
    "required_by_law": LAW_CHILD, "health_oversight": OVERSIGHT, "legal_defense": DEFENSE, "coroner": CORONER,
    "treatment": dict(TREATMENT), "payment": {}, "client_access": ACCESS, "authorization": {},
    "national_security": {"official": "Federal official", "authority": "50 U.S.C. 3001"},
    "serious_threat": THREAT, "training": TRAINING, "successor": SUCCESSOR,
}

P, Y, B = "progress", "psychotherapy", "billing"
NOT_COVER_PSY = "does not cover psychotherapy notes; they need an authorization for psychotherapy notes only"
SUBPOENA = "A subpoena alone is not a court order"

CASES: list[Case] = [
    # --- authorization: valid, per compartment ------------------------------------------
    Case("auth valid progress", "authorization", P, True, "Allowed: the client's written authorization",
         authorization=auth()),
    Case("auth progress-only used for psychotherapy", "authorization", Y, False, NOT_COVER_PSY, authorization=auth()),
    Case("auth progress-only used for billing", "authorization", B, False,
         "Authorization A1 does not cover billing information.", authorization=auth()),
    Case("auth psychotherapy-only valid", "authorization", Y, True, "Allowed", authorization=PSY_AUTH),
    Case("auth psychotherapy-only used for progress", "authorization", P, False,
         "Authorization A1 does not cover progress notes.", authorization=PSY_AUTH),
    Case("auth billing valid", "authorization", B, True, "Allowed",
         authorization=auth(covers=frozenset({"billing"}))),
    # --- authorization: states ---------------------------------------------------------
    *[Case(f"auth expired {k}", "authorization", k, False, "Authorization A1 has expired: its last day was 01/31/2024.",
           authorization=replace(EXPIRED, covers=frozenset({k}))) for k in INFO_KINDS],
    *[Case(f"auth revoked {k}", "authorization", k, False, "Authorization A1 was revoked on 02/15/2024",
           authorization=replace(REVOKED, covers=frozenset({k}))) for k in INFO_KINDS],
    *[Case(f"auth combined psychotherapy {k}", "authorization", k, False,
           "combines psychotherapy notes with other information, which 45 CFR 164.508(b)(3)(ii) forbids",
           authorization=COMBINED) for k in INFO_KINDS],
    *[Case(f"auth covers notes up to a date {k}", "authorization", k, False,
           "Authorization A1 covers only information dated up to 01/31/2024 (the description of the information "
           "it authorizes, 45 CFR 164.508(c)(1)(i)); 1 selected item is outside that period: 02/20/2024.",
           authorization=replace(UP_TO, covers=frozenset({k}))) for k in INFO_KINDS],
    Case("auth covers notes from a date", "authorization", P, False,
         "Authorization A1 covers only information dated from 02/01/2024 on (the description of the information it "
         "authorizes, 45 CFR 164.508(c)(1)(i)); 1 selected item is outside that period: 01/10/2024.",
         authorization=auth(notes_from=date(2024, 2, 1))),
    Case("auth wrong recipient", "authorization", P, False, "names a different recipient", authorization=auth(),
         recipient=Recipient("Some Insurer")),
    Case("auth wrong purpose", "authorization", P, False, "does not list this purpose", authorization=auth(),
         purpose="marketing"),
    Case("auth incomplete (missing conditioning statement)", "authorization", P, False,
         "the statement on conditioning treatment or payment on signing", authorization=INCOMPLETE),
    Case("auth of another client", "authorization", P, False, "belongs to a different client",
         authorization=OTHER_CLIENT),
    Case("auth expiration event occurred", "authorization", P, False,
         "expired on 03/01/2024 when its expiration event occurred", authorization=EVENT),
    Case("auth not on file", "authorization", P, False, "Authorization A1 is not on file.", authorization=None),
    Case("auth Part 2 without Part 2 consent", "authorization", P, False,
         "need a Part 2 consent (42 CFR 2.31); Authorization A1 is not one", authorization=auth(), part2=True),
    Case("auth Part 2 consent valid", "authorization", P, True, "Allowed", authorization=PART2_AUTH, part2=True),
    # --- court order ---------------------------------------------------------------------
    *[Case(f"court order valid {k}", "court_order", k, True, "Allowed: a court order") for k in INFO_KINDS],
    Case("court order not covering psychotherapy", "court_order", Y, False,
         "The court order does not require psychotherapy notes",
         evidence={**COURT, "covers": ["progress"]}),
    Case("court order without judge", "court_order", P, False, "needs: the judge's name",
         evidence={k: v for k, v in COURT.items() if k != "judge"}),
    Case("court order without attached order", "court_order", Y, False, "the attached copy of the signed order",
         evidence={k: v for k, v in COURT.items() if k != "order_attachment_id"}),
    Case("court order limited to records up to a date", "court_order", P, False,
         "The court order covers records up to 01/31/2024 only", evidence={**COURT, "records_to": "2024-01-31"}),
    Case("court order Part 2 without 2.64 findings", "court_order", P, False, "findings of 42 CFR 2.64",
         part2=True),
    Case("court order Part 2 with findings only", "court_order", P, False, "42 CFR 2.64(b)",
         evidence={**COURT, "part2_findings": True}, part2=True),
    Case("court order Part 2 with 2.64 findings", "court_order", P, True, "Allowed",
         evidence={**COURT, "part2_findings": True, "part2_notice_on": "2024-02-01",
                   "part2_limits": "progress notes of 2024 only, to the court, sealed"}, part2=True),
    # --- subpoena: always refused, with advice -------------------------------------------
    *[Case(f"subpoena without order {k}", "subpoena", k, False, SUBPOENA) for k in INFO_KINDS],
    Case("subpoena advice", "subpoena", Y, False, "Notify the client, consult counsel"),
    # --- required by law -----------------------------------------------------------------
    *[Case(f"child abuse report {k}", "required_by_law", k, True, "Allowed: a disclosure required by law")
      for k in INFO_KINDS],
    # A warning is 164.512(j), permissive: never "required by law" (a duty_to_warn law_kind is refused).
    *[Case(f"duty to warn as required by law {k}", "required_by_law", k, False,
           "permitted by 45 CFR 164.512(j), not required by law", evidence=LAW_WARN) for k in INFO_KINDS],
    *[Case(f"serious threat {k}", "serious_threat", k, True,
           "Allowed: a disclosure to prevent or lessen a serious and imminent threat (45 CFR 164.512(j)(1)(i))")
      for k in INFO_KINDS],
    Case("serious threat without the threat", "serious_threat", Y, False, "needs: the threat",
         evidence={k: v for k, v in THREAT.items() if k != "threat"}),
    Case("serious threat without a recipient able to act", "serious_threat", P, False,
         "needs: who receives it", evidence={k: v for k, v in THREAT.items() if k != "agency"}),
    Case("serious threat Part 2", "serious_threat", P, False, "protected by 42 CFR Part 2", part2=True),
    # --- supervised training in the practice (164.508(a)(2)(i)(B)) ------------------------------
    *[Case(f"training {k}", "training", k, True, "Allowed: supervised training in your own practice")
      for k in INFO_KINDS],
    Case("training outside the practice", "training", Y, False,
         "needs: confirmation that the training is your own practice's program",
         evidence={**TRAINING, "own_practice": False}),
    Case("training without the trainee", "training", Y, False, "needs: the trainee",
         evidence={k: v for k, v in TRAINING.items() if k != "trainee"}),
    # --- transfer of the practice to a successor (164.501 operations (6)(iv); 164.506(c)(1)) -------
    *[Case(f"successor {k}", "successor", k, True, "Allowed: transfer of the practice to a successor")
      for k in (P, B)],
    Case("successor psychotherapy", "successor", Y, False, "only for the purposes 45 CFR 164.508(a)(2) lists"),
    Case("successor not affirmed a covered entity", "successor", P, False,
         "needs: confirmation that the successor is a HIPAA covered entity",
         evidence={**SUCCESSOR, "covered_entity": False}),
    Case("successor without the transfer", "successor", P, False, "needs: the transfer",
         evidence={"covered_entity": True}),
    Case("successor Part 2 without consent", "successor", P, False, "protected by 42 CFR Part 2", part2=True),
    Case("child abuse report Part 2 records export", "required_by_law", P, False,
         "42 CFR 2.12(c)(6) allows the initial report", part2=True),
    Case("child abuse report Part 2 recorded by hand", "required_by_law", P, True, "Allowed", part2=True,
         manual=True),
    Case("duty to warn Part 2", "required_by_law", P, False, "protected by 42 CFR Part 2", evidence=LAW_WARN,
         part2=True),
    # --- health oversight -----------------------------------------------------------------
    Case("oversight progress", "health_oversight", P, True, "Allowed: health oversight"),
    Case("oversight billing", "health_oversight", B, True, "Allowed"),
    Case("oversight psychotherapy of the author", "health_oversight", Y, True, "Allowed",
         evidence={**OVERSIGHT, "of_originator": True}),
    Case("oversight psychotherapy not of the author", "health_oversight", Y, False,
         "only for oversight of their author"),
    Case("oversight Part 2", "health_oversight", P, True, "Allowed", part2=True),
    # --- defense in a legal action brought by the client ----------------------------------
    *[Case(f"legal defense {k}", "legal_defense", k, True, "Allowed: defense in a legal action") for k in INFO_KINDS],
    Case("legal defense not brought by client", "legal_defense", Y, False,
         "confirmation that the client brought the action", evidence={**DEFENSE, "brought_by_client": False}),
    Case("legal defense Part 2 without consent", "legal_defense", P, False, "protected by 42 CFR Part 2",
         part2=True),
    # --- coroner ---------------------------------------------------------------------------
    *[Case(f"coroner {k}", "coroner", k, True, "Allowed: a coroner or medical examiner") for k in INFO_KINDS],
    Case("coroner Part 2", "coroner", P, True, "Allowed", part2=True),
    # --- treatment (progress notes only) ----------------------------------------------------
    Case("treatment progress", "treatment", P, True, "Allowed: treatment by another provider"),
    Case("treatment psychotherapy", "treatment", Y, False, "cannot be shared for treatment by another provider"),
    Case("treatment billing", "treatment", B, False, "Billing data goes out for payment, not for treatment"),
    Case("treatment Part 2 without consent", "treatment", P, False, "needs a Part 2 consent (42 CFR 2.31)",
         part2=True),
    # --- payment (billing fields only) -----------------------------------------------------
    Case("payment billing", "payment", B, True, "Allowed: payment"),
    Case("payment billing limited fields", "payment", B, True, "Allowed", fields=("date_of_service", "cpt_code")),
    Case("payment billing with a non-billing field", "payment", B, False, "not: note_text",
         fields=("cpt_code", "note_text")),
    Case("payment progress", "payment", P, False, "For payment only billing fields go out"),
    Case("payment psychotherapy", "payment", Y, False, "psychotherapy notes alone (45 CFR 164.508(a)(2))"),
    Case("payment Part 2 without consent", "payment", B, False, "protected by 42 CFR Part 2", part2=True),
    # --- the client's own access request ---------------------------------------------------
    Case("client access progress", "client_access", P, True, "Allowed: the client's own access request"),
    Case("client access billing", "client_access", B, True, "Allowed"),
    Case("client access psychotherapy", "client_access", Y, False,
         "excepted from the client's right of access (45 CFR 164.524(a)(1)(i))"),
    Case("client access denied request", "client_access", P, False, "Access request R1 is denied",
         access=AccessRequestFacts("R1", CLIENT, "access", "denied")),
    Case("client access request of another client", "client_access", P, False, "belongs to a different client",
         access=AccessRequestFacts("R1", "c0ffee0000000002", "access", "open")),
    Case("client access request missing", "client_access", P, False, "not on file", access=None),
    Case("client access Part 2", "client_access", P, True, "Allowed", part2=True),
    # --- national security (164.512(k)(2)): allowed, never shown to the client ------------------
    *[Case(f"national security {k}", "national_security", k, True,
           "Allowed: national security or intelligence activities") for k in (P, B)],
    Case("national security psychotherapy", "national_security", Y, False,
         "only for the purposes 45 CFR 164.508(a)(2) lists"),
    Case("national security without the official", "national_security", P, False,
         "needs: the authorized federal official", evidence={"authority": "50 U.S.C. 3001"}),
    # --- the request itself ----------------------------------------------------------------
    Case("nothing selected", "court_order", P, False, "Nothing is selected", items=()),
    Case("nothing selected billing", "client_access", B, False, "Nothing is selected", items=()),
    # a statement of dates without a session states the account (balances, payments) to the client
    Case("statement of account without sessions", "client_access", B, True, "Allowed", items=(), account=True),
    Case("an account is billing only", "client_access", P, False, "Nothing is selected", items=(), account=True),
    Case("no purpose", "court_order", P, False, "No purpose is given.", purpose=" "),
]


def _request(case: Case) -> tuple[DisclosureRequest, GateContext]:
    basis = LegalBasis(
        case.basis,  # type: ignore[arg-type]
        case.evidence if case.evidence is not None else EVIDENCE[case.basis],
        authorization_id="A1" if case.basis == "authorization" else None,
    )
    request = DisclosureRequest(
        client_id=CLIENT,
        kind=case.kind,  # type: ignore[arg-type]
        selection=Selection(fields=case.fields, account=case.account),
        recipient=case.recipient,
        purpose=case.purpose,
        basis=basis,
        on=TODAY,
        manual=case.manual,
    )
    items = tuple(ItemFacts(f"n{i}", case.kind, d) for i, d in enumerate(case.items))  # type: ignore[arg-type]
    context = GateContext(items=items, client_part2=case.part2, authorization=case.authorization,
                          access_request=case.access)
    return request, context


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_gate_table(case: Case) -> None:
    verdict = decide(*_request(case))
    assert verdict.allowed is case.allowed, verdict.reasons
    assert case.message in verdict.message, verdict.message
    if case.allowed:
        assert verdict.item_ids == tuple(f"n{i}" for i in range(len(case.items)))
        verdict.raise_if_refused()
    else:
        assert verdict.item_ids == ()
        with pytest.raises(RefusedByPolicy) as err:
            verdict.raise_if_refused()
        assert case.message in err.value.message


def test_table_covers_every_basis_and_compartment() -> None:
    seen = {(c.basis, c.kind) for c in CASES}
    missing = {(b, k) for b in SPECS for k in INFO_KINDS} - seen
    assert not missing


def test_table_covers_every_state() -> None:
    names = " ".join(c.name for c in CASES)
    for state in ("valid", "expired", "revoked", "wrong", "combined psychotherapy", "subpoena without order",
                  "Part 2 without"):
        assert state in names, state


def test_refusal_messages_never_name_the_client_or_the_recipient() -> None:
    for case in CASES:
        verdict = decide(*_request(case))
        assert "Rivera" not in verdict.message
        assert "Some Insurer" not in verdict.message


def test_verdict_marks_accountable_disclosures_and_part2() -> None:
    court = decide(*_request(Case("c", "court_order", P, True)))
    assert court.accountable and not court.part2
    treat = decide(*_request(Case("t", "treatment", P, True)))
    assert not treat.accountable and treat.exclusion.startswith("for treatment")
    p2 = decide(*_request(Case("p", "authorization", P, True, authorization=PART2_AUTH, part2=True)))
    assert p2.part2 and not p2.accountable
    secret = decide(*_request(Case("n", "national_security", P, True)))
    assert secret.hidden_from_client and not secret.accountable and not court.hidden_from_client


def test_minor_signing_for_themself_is_warned() -> None:
    request, context = _request(Case("m", "authorization", P, True, authorization=auth()))
    verdict = decide(request, replace(context, client_is_minor=True))
    assert verdict.allowed
    assert any("minor" in w for w in verdict.warnings)


def test_duty_to_warn_where_no_statute_is_allowed_with_a_warning() -> None:
    request, context = _request(Case("w", "serious_threat", P, True, evidence=THREAT))
    verdict = decide(request, replace(context, duty_to_warn="none"))
    assert verdict.allowed
    assert any("164.512(j)" in w for w in verdict.warnings)


def test_revocation_does_not_undo_earlier_reliance() -> None:
    request, context = _request(Case("r", "authorization", P, True, authorization=REVOKED))
    before = decide(replace(request, on=date(2024, 2, 14)), context)
    on_the_day = decide(replace(request, on=date(2024, 2, 15)), context)
    assert before.allowed and not on_the_day.allowed


def test_expiry_date_is_inclusive() -> None:
    request, context = _request(Case("e", "authorization", P, True, authorization=EXPIRED,
                                     items=(date(2024, 1, 10),)))
    assert decide(replace(request, on=date(2024, 1, 31)), context).allowed
    assert not decide(replace(request, on=date(2024, 2, 1)), context).allowed


def test_joint_record_needs_every_adult_member() -> None:
    a_auth = auth(id="A1", signer_client_id="m-adult-1")
    b_auth = auth(id="A2", signer_client_id="m-adult-2")
    other_purpose = auth(id="A3", signer_client_id="m-adult-2", purposes=("marketing",))
    request, context = _request(Case("j", "authorization", P, True, authorization=a_auth))
    joint = replace(context, joint_adult_members=("m-adult-1", "m-adult-2"))
    both = decide(request, replace(joint, joint_authorizations=(a_auth, b_auth)))
    assert both.allowed and both.authorization_ids == ("A1", "A2")
    one = decide(request, replace(joint, joint_authorizations=(a_auth, other_purpose)))
    assert not one.allowed
    assert "needs a written authorization from each adult member" in one.message
    assert "1 of 2 adult members has not given one (chart m-adult-2)" in one.message
    revoked_b = replace(b_auth, revocation=Revocation(date(2024, 2, 1)))
    assert not decide(request, replace(joint, joint_authorizations=(a_auth, revoked_b))).allowed
    only_adult = replace(context, joint_adult_members=("m-adult-1",), joint_authorizations=(a_auth,))
    assert decide(request, only_adult).allowed  # a minor member's signature is not required
