"""A request made by one adult member of a couple's or family's chart (seed 002: "In couples therapy,
both partners generally have a right to access the joint treatment record"). Found by a walker: the
joint chart's access request could not say which partner asked, and the copy went to the case's name.
The request records the member; the access copy then goes to that member (services/access_recipient).
A minor member's request is made by their parent or guardian, on the minor's own chart or as their
representative, not as a member."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from vault_app.domain.errors import InvalidInput
from vault_app.domain.requests import ClientRequest
from vault_app.services import clients, practice, request_records, requests
from vault_app.services.clinical_common import resolve_client_id
from vault_app.services.vault import Vault


def checked_member(vault: Vault, case_id: str, member: str, on: date) -> str:
    """The client id of `member` (an id or chart number), an adult member of the case chart on `on`."""
    chart = clients.get_client(vault, case_id)
    if not chart.is_case:
        raise InvalidInput("Only a couple's or family's chart has members to make a request.",
                           code="request.member_not_case", field="member")
    member_id = resolve_client_id(vault, member)
    if member_id not in chart.member_ids:
        raise InvalidInput("That client is not a member of this couple or family.",
                           code="request.member_not_member", field="member")
    majority = practice.load(vault).jurisdiction.age_of_majority
    if clients.get_client(vault, member_id).is_minor(on, majority):
        raise InvalidInput("A minor member's request is made by their parent or guardian, not as a member of the "
                           "joint record.", code="request.member_minor", field="member")
    return member_id


def add_member_request(vault: Vault, case_id: str, member: str, **fields: Any) -> ClientRequest:
    """Record a request the member made (requests.add_request's fields; no representative)."""
    q = requests.new_request(vault, case_id, **fields)
    q = replace(q, member_id=checked_member(vault, case_id, member, q.received_on))
    request_records.record(vault, q)
    return q


__all__ = ["add_member_request", "checked_member"]
