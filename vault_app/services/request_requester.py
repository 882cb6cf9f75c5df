"""Who made a client's request, checked when it is recorded (45 CFR 164.502(g)): a representative not
recorded in the chart is held to the rule a recorded one is (domain/representatives.py), never a
second rule. A recorded one is checked by services/representatives.require_may_act."""

from __future__ import annotations

from datetime import date

from vault_app.domain import decedent
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.representatives import RepFacts, RepRefusal
from vault_app.domain.representatives import refusal as representative_rule
from vault_app.services import clients, practice, representatives
from vault_app.services.vault import Vault


def check_executor_claim(vault: Vault, client_id: str, claim: str, received: date) -> None:
    if decedent.executor_claim_questioned(claim, clients.get_client(vault, client_id).died_on, received):
        # An executor acts for a deceased client's estate (164.502(g)(4)): for a living one the claim is asked
        # about, not recorded as if it held (found by a walker: accepted without a word).
        raise RefusedByPolicy(decedent.EXECUTOR_CLIENT_LIVING_MESSAGE, hint=decedent.EXECUTOR_CLIENT_LIVING_HINT,
                              code="request.executor_client_living", field="requester_claim")


def check_unrecorded(vault: Vault, client_id: str, claim: str, received: date) -> None:
    check_executor_claim(vault, client_id, claim, received)
    found = unrecorded_refusal(vault, client_id, claim, received)
    if found is not None:
        j = practice.load(vault).jurisdiction
        age = clients.get_client(vault, client_id).age(received)
        raise representatives.policy_refusal(found, age, j.age_of_majority, j.age_of_consent_for_treatment)


def unrecorded_refusal(vault: Vault, client_id: str, claim: str, received: date) -> RepRefusal | None:
    """A request made by a representative not recorded in the chart (no name, or a name and the authority
    they claim) for a minor: checked by the rule a recorded parent is (domain/representatives.refusal), for
    a minor's representative is a parent, guardian or person in loco parentis (164.502(g)(3)). Found by a
    walker: `request add --by-representative` was recorded for a 15-year-old whose chart says she consented
    to her own care, and the whole chart then went to her mother (Cal. HSC 123115(a)(1); 164.502(g)(3)(i))."""
    client = clients.get_client(vault, client_id)
    j = practice.load(vault).jurisdiction
    age = client.age(received)
    if claim != "executor" and decedent.dead_on(client.died_on, received):
        # After the recorded death only the estate's executor or administrator acts for the client (164.502(g)(4)):
        # a parent, guardian or agent not recorded is refused as a recorded one is (found by the date of death's
        # author: a typed-in parent's request after the death was recorded).
        return representative_rule(RepFacts(
            authority="parent" if claim in ("", "parent") else "other", client_age=age,
            age_of_majority=j.age_of_majority, age_of_consent=j.age_of_consent_for_treatment,
            action="request_records", died_on=client.died_on, on=received))
    if claim not in ("", "parent"):  # an adult's agent, an executor: their own rules (claimed_authority)
        return None
    if age is None or age >= j.age_of_majority or client.is_case:
        return None
    # A parent's confidentiality agreement (164.502(g)(3)(i)(C)) counts from its day to the request's
    # receipt, as for a recorded parent (who_acts.confidential_care_on): a typed-in parent was recorded.
    agreed = client.confidentiality_agreed_on
    return representative_rule(RepFacts(
        authority="parent", client_age=age, age_of_majority=j.age_of_majority,
        age_of_consent=j.age_of_consent_for_treatment, action="request_records",
        care_consented_by=client.care_consented_by, confidential_care=agreed is not None and agreed <= received))


__all__ = ["check_executor_claim", "check_unrecorded", "unrecorded_refusal"]
