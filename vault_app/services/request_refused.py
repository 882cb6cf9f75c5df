"""A request for a client's records recorded as made by one the representative rules refuse on the
day received, and answered refused in the same step (domain/refused_requester.py): the mother of a
15-year-old who consented to her own care, a parent after the client's 18th birthday. add_request
refuses such a request at entry, so nothing said she asked; the therapist must be able to document
the request and its answer in writing with its basis (45 CFR 164.530(j), 164.502(g), 164.524(a)(1)).

The request goes on file already denied on "not_representative", nothing released, with the
rule's words and citation as its explanation and the requester's letter kept with it; it is never
open, so it cannot be granted nor answered by a copy.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import date

from vault_app.domain import letters as letter_rules
from vault_app.domain import who_acts
from vault_app.domain.clinical import require_date
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.letters import Letter
from vault_app.domain.refused_requester import (
    RefusedAnswer,
    answer,
    explanation,
    legal_citation,
    reply_to,
    right_of,
)
from vault_app.domain.representatives import RepRefusal
from vault_app.domain.requests import ClientRequest
from vault_app.services import clients, practice, representatives, request_records, request_requester
from vault_app.services.clinical_common import now_iso, require_client, today
from vault_app.services.request_received import received_day
from vault_app.services.vault import Vault
from vault_app.storage import disclosure_requests as store


def refusal_on(vault: Vault, client_id: str, received: date, *, guardian_id: str | None = None,
               claim: str = "") -> RepRefusal | None:
    """Why the representative (recorded: `guardian_id`; else one not recorded claiming `claim`) may not
    request the client's records on `received`, by the rules add_request applies; None: they may."""
    if guardian_id is None:
        return request_requester.unrecorded_refusal(vault, client_id, claim, received)
    rep = next((g for g in clients.get_client(vault, client_id).guardians if g.guardian_id == guardian_id), None)
    if rep is None:
        raise NotFound("No personal representative with that id for this client.", code="representative.not_found")
    facts = representatives.client_facts(vault, client_id, received)
    client = clients.get_client(vault, client_id)
    return who_acts.representative_refusal(
        facts, representatives.rep_for(rep, client.date_of_birth, facts.age_of_majority, received),
        "request_records", received)


def refused_answer(vault: Vault, client_id: str, received: date, *, guardian_id: str | None = None,
                   claim: str = "") -> RefusedAnswer | None:
    """The answer a refused requester's request is recorded with; None: the rules do not refuse them
    (record it with add_request) or refuse them for a reason that is no answer to it."""
    return answer(refusal_on(vault, client_id, received, guardian_id=guardian_id, claim=claim))


def add_refused_request(
    vault: Vault,
    client_id: str,
    *,
    received_on: date | str,
    kind: str = "access",
    guardian_id: str | None = None,
    requester_name: str = "",
    requester_claim: str = "",
    description: str = "",
    decided_on: date | str | None = None,
) -> tuple[ClientRequest, Letter]:
    """A request (access, amendment or accounting: domain/refused_requester.RIGHTS) made by a
    representative the rules refuse on the day received, recorded as theirs and denied on the rule.
    Refused when the rules let them make it: that request is recorded open with add_request and
    answered on its merits."""
    require_client(vault, client_id)
    if right_of(kind) is None:
        raise InvalidInput("Only an access, amendment or accounting request is recorded as refused by the "
                           "representative rules.", code="request.refused_kind", field="kind")
    # Not before the client was born, nor longer ago than a request is kept: a slip of the year.
    received = received_day(vault, client_id, received_on)
    claim = requester_claim.strip()
    name = requester_name.strip()
    if guardian_id is None:  # an executor for a living client: the claim is questioned first, as at entry
        request_requester.check_executor_claim(vault, client_id, claim, received)
    refusal = refusal_on(vault, client_id, received, guardian_id=guardian_id, claim=claim)
    ended = refusal is not None and refusal.code == "authority_ended_at_death"  # any claim but the estate's
    if guardian_id is None and claim not in ("", "parent", "executor") and not ended:
        raise InvalidInput("Only a parent's request, or a recorded representative's, is recorded as refused by the "
                           "representative rules.", code="request.refused_claim", field="claim")
    found = answer(refusal)
    if found is None or refusal is None:
        raise RefusedByPolicy(
            "The rules let this person request the client's records on that day: record the request as made "
            "(it stays open) and answer it on its merits.",
            code="request.refused_not_refused", field="made_by")
    day = require_date(decided_on or today(), "decision date", field="decided_on")
    q = ClientRequest(
        id="R-" + secrets.token_hex(4), client_id=client_id, kind=kind, received_on=received,
        description=description.strip(), by_representative=True, guardian_id=guardian_id,
        requester_name="" if guardian_id else name, requester_claim="" if guardian_id else claim,
    )
    q.check_decision_date(day, practice.printing_locale(vault))
    # The rule's own words and citation, as the refusal at entry said them: the record's basis (the
    # command line's); its code, for a screen to say the rule in its language.
    q = replace(q, status="denied", decided_on=day, grounds=(found.ground,),
                explanation=explanation(refusal), refused_rule=found.rule)
    to = reply_to(q, representatives.guardian_of(vault, client_id, guardian_id).name if guardian_id else "")
    # In the default language, never the client's (services/requests.deny: it would say something of a
    # person the reply must neither confirm nor deny is a client).
    letter = letter_rules.not_representative_reply(practice.load(vault), q, to, day,
                                                   basis=(found.basis, legal_citation(found.citation)))
    with vault.records.transaction():
        store.insert(vault.records, q, now_iso())
        store.insert_letter(vault.records, letter_id="L-" + secrets.token_hex(4), request_id=q.id,
                            client_id=q.client_id, kind=letter.kind, letter_date=letter.day, body=letter.text(),
                            now=now_iso(), language=letter.language)
    request_records.log(vault, "request.received", q, received_on=received.isoformat(), due_on=q.due_on.isoformat())
    # The rule's code, never its words (they hold the client's age).
    request_records.log(vault, "request.denied", q, decided_on=day.isoformat(), grounds=list(q.grounds),
                        refused_by_rule=found.rule, late=day > q.due_on, days_late=max(0, (day - q.due_on).days))
    return q, letter


__all__ = ["add_refused_request", "refusal_on", "refused_answer"]
