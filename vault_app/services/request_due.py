"""A request's due date as screens and the CLI show it: the earlier of HIPAA's and the practice's
license state's (domain/state_deadlines), naming the rule that sets it. The stored due date and
every refusal keyed to it (an extension's notice, a decision's lateness) stay HIPAA's: the state
date is the one to act by. One thing is enforced: an extension past a state deadline that allows
none is refused (services/requests.extend_request, domain/state_deadlines.extension_refusal)."""

from __future__ import annotations

from vault_app.domain.requests import ClientRequest
from vault_app.domain.state_deadlines import Deadline, deadline_for
from vault_app.services import practice
from vault_app.services.vault import Vault


def license_state(vault: Vault) -> str:
    """The practice's license state (Settings > About you and the practice), "" when not set."""
    return practice.load(vault).license_state


def deadline(q: ClientRequest, state: str) -> Deadline:
    return deadline_for(q.kind, q.received_on, q.due_on, state, q.asked)


def deadline_of(vault: Vault, q: ClientRequest) -> Deadline:
    return deadline(q, license_state(vault))


def due_data(d: Deadline) -> dict[str, object]:
    """The due date's fields for JSON output: the date, who sets it, and the federal one beside it."""
    return {"due_on": d.day.isoformat(), "due_set_by": d.set_by, "due_citation": d.citation,
            "federal_due_on": d.federal_day.isoformat(), "state_rule_known": d.state_known,
            "license_state": d.state, "asked": d.asked,
            # The state's deadlines with no number of days (New York's copies): said beside the date.
            "state_untimed": [{"what": r.what, "citation": r.citation} for r in d.untimed]}


__all__ = ["deadline", "deadline_of", "due_data", "license_state"]
