"""An appointment marked attended as an intake is coded 90791, by the same rule as
`session add --service-type intake` (domain/codes.py default_cpt), not 90837 from its minutes
(found by a NY walker: the GUI had no way to say an intake, 90791 was typed by hand). Table-driven
both sides: an intake and an ordinary session, an individual and a couple's chart."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from vault_app.domain import codes
from vault_app.domain.errors import InvalidInput
from vault_app.services import appointments, clients, sessions
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("service_type", "minutes", "expected"), [
    ("intake", 60, "90791"),
    ("intake", 45, "90791"),
    ("psychotherapy", 60, "90837"),
    ("psychotherapy", 45, "90834"),
])
def test_attended_as_intake_is_coded_as_the_cli_codes_it(vault: Vault, service_type: str, minutes: int,
                                                         expected: str) -> None:
    client_id = clients.create_client(vault, "Grace Greene", chart_number="GG-1").client_id
    day = date.today() - timedelta(days=1)
    (appt,) = appointments.schedule(vault, client_id, date=day, start="10:00", duration_minutes=minutes)
    done = appointments.attend(vault, appt.appointment_id, service_type=service_type)
    session = sessions.get_session(vault, done.session_id)
    assert session.cpt_code == expected and session.service_type == service_type
    suggestion = codes.default_cpt(minutes, "individual", service_type=service_type)
    assert suggestion is not None and suggestion.code == expected  # the CLI's rule, the same answer


def test_an_unknown_service_type_is_refused_before_anything_is_recorded(vault: Vault) -> None:
    client_id = clients.create_client(vault, "Ivo Kowalski", chart_number="IK-1").client_id
    (appt,) = appointments.schedule(vault, client_id, date=date.today() - timedelta(days=1), start="09:00")
    with pytest.raises(InvalidInput):
        appointments.attend(vault, appt.appointment_id, service_type="consultation")
    assert sessions.list_sessions(vault, client_id) == []
    assert appointments.get(vault, appt.appointment_id).status == "scheduled"
