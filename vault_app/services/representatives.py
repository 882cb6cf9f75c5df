"""Ask the personal-representative rules (domain/representatives.py) about a recorded guardian.

The service gathers the facts (the client's age on the day, the practice's age of
majority and age of consent, the guardian's recorded court order and any
164.502(g)(5) election) and raises the rule's refusal with its citation.
"""

from __future__ import annotations

from datetime import date

from vault_app.domain.clinical import Guardian
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.representatives import RepAction, RepFacts, RepRefusal, refusal
from vault_app.services import clients, practice
from vault_app.services.vault import Vault


def facts_for(vault: Vault, guardian: Guardian, action: RepAction, on: date) -> RepFacts:
    client = clients.get_client(vault, guardian.client_id)
    j = practice.load(vault).jurisdiction
    return RepFacts(
        authority=guardian.authority, client_age=client.age(on), age_of_majority=j.age_of_majority,
        age_of_consent=j.age_of_consent_for_treatment, action=action,
        majority_order=guardian.majority_order_attachment_id is not None,
        declined=guardian.declined_on is not None and guardian.declined_on <= on,
    )


def refusal_for(vault: Vault, guardian: Guardian, action: RepAction, on: date) -> RepRefusal | None:
    return refusal(facts_for(vault, guardian, action, on))


def require_may_act(vault: Vault, guardian: Guardian, action: RepAction, on: date) -> None:
    found = refusal_for(vault, guardian, action, on)
    if found is not None:
        raise RefusedByPolicy(found.message, hint=found.hint)


__all__ = ["facts_for", "refusal_for", "require_may_act"]
