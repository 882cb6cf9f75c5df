"""A member of a couple or family asks for the joint record: the copy goes to that member by name.

Seed 002 (l. 97): "In couples therapy, both partners generally have a right to access the joint treatment
record." Found by walker wfamily: on a couple's chart, `export --basis client_access --request R --recipient
"Alex Taylor"` (a member) was refused "the recipient given is neither" and only the case's own name
("Taylor couple") was taken. Both sides, table-driven: a member by name (any case, accents and spacing aside)
is taken; someone who is not a member is refused as before; what a member told in confidence stays out.
"""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.disclosure import DisclosureRequest, Recipient, Selection
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.services import clients, export, notes, requests, sessions
from vault_app.services.vault import Vault


def _couple(vault: Vault) -> tuple[str, str]:
    alex = clients.create_client(vault, "Alex Taylor", date_of_birth="1988-02-02")
    jordan = clients.create_client(vault, "Jordán Taylor", date_of_birth="1990-06-06", preferred_name="Jo")
    case = clients.create_case(vault, "Taylor couple", [alex.client_id, jordan.client_id])
    day = fx.days_ago(10)
    s = sessions.add_session(vault, case.case_id, date=day, duration_minutes=53, modality="couple")
    note = notes.create_progress_note(vault, case.case_id, session_id=s.session_id, note_date=day,
                                      text="Joint session: communication exercise.")
    notes.sign_note(vault, note.note_id)
    return case.case_id, alex.client_id


ROWS = (
    ("Alex Taylor", True),
    ("alex  TAYLOR", True),
    ("Jordan Taylor", True),  # accents aside
    ("Jo", True),  # the name the member goes by
    ("Taylor couple", True),  # the case's own name, as before
    ("Random Journalist", False),
    ("Taylor", False),  # a family name alone names nobody
)


@pytest.mark.parametrize(("typed", "allowed"), ROWS, ids=[r[0] for r in ROWS])
def test_a_member_of_the_case_receives_the_joint_record_by_name(vault: Vault, typed: str, allowed: bool) -> None:
    case_id, _alex = _couple(vault)
    q = requests.add_request(vault, case_id, kind="access", received_on=fx.today())
    asked = DisclosureRequest(
        client_id=case_id, kind="progress", selection=Selection(date_from=fx.days_ago(365), date_to=fx.today()),
        recipient=Recipient(typed), purpose="at the request of the individual",
        basis=LegalBasis("client_access", {"request_id": q.id}), on=fx.today())
    verdict = export.check(vault, asked)
    assert verdict.allowed is allowed, verdict.message
    if not allowed:
        assert verdict.reasons[0].code == "access.recipient_not_requester"
