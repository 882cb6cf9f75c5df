"""A client's phone and preferred way of contact are one line each: a pasted "555-0100\\nCall
after 9" printed as two lines of the chart's contact, and a line break let one field forge the
next line of what shows it (the same reason names refuse them, domain/names.py). The address
keeps its lines. Real vault, real SQLCipher file."""

from __future__ import annotations

import pytest

from vault_app.domain.clinical import ContactPreferences
from vault_app.domain.errors import InvalidInput
from vault_app.services import clients
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("field", "value", "kind"), [
    ("phone", "555-0100\n<b>1234</b>", "line break"),
    ("phone", "555\r0100", "line break"),
    ("phone", "555\x1b[2J-0100", "control character"),
    ("phone", "555\u202e0010-555", "text-direction"),
    ("preferred_method", "phone\nthen e-mail", "line break"),
])
def test_a_line_break_or_control_in_a_one_line_contact_field_is_refused(
        vault: Vault, field: str, value: str, kind: str) -> None:
    before = [c.client_id for c in clients.list_clients(vault)]
    with pytest.raises(InvalidInput) as refused:
        clients.create_client(vault, "Ada Contactline", date_of_birth="1980-02-03",
                              contact=ContactPreferences(**{field: value}))
    assert kind in str(refused.value) and refused.value.field == field
    assert value not in str(refused.value)  # the message names the kind, never the text
    assert [c.client_id for c in clients.list_clients(vault)] == before  # nothing half-made


def test_the_address_keeps_its_lines_and_a_plain_phone_is_kept(vault: Vault) -> None:
    made = clients.create_client(vault, "Ada Contactline", date_of_birth="1980-02-03", contact=ContactPreferences(
        phone=" 555-0100 ext. 2 ", address="1 Main St\nSpringfield, IL 62701", preferred_method="text"))
    kept = clients.get_client(vault, made.client_id).contact
    assert (kept.phone.strip(), kept.address, kept.preferred_method) == (
        "555-0100 ext. 2", "1 Main St\nSpringfield, IL 62701", "text")


def test_a_guardian_s_phone_is_one_line_too(vault: Vault) -> None:
    from vault_app.services import guardians

    client = clients.create_client(vault, "Ada Contactline", date_of_birth="2015-02-03")
    with pytest.raises(InvalidInput) as refused:
        guardians.add_guardian(vault, client.client_id, "Pat Contactline", authority="parent",
                               phone="555-0100\n<b>1234</b>")
    assert "line break" in str(refused.value) and refused.value.field == "guardian_phone"
    assert clients.get_client(vault, client.client_id).guardians == ()
    kept = guardians.add_guardian(vault, client.client_id, "Pat Contactline", authority="parent",
                                  phone=" 555-0100 ", address="1 Main St\nSpringfield")
    assert (kept.phone, kept.address) == ("555-0100", "1 Main St\nSpringfield")
