"""The e-mail address of a client's details took anything ("jane@", "jane at example"): a
practical rule (domain/email_address.py), table-driven, and the service refusing a new or
changed address that cannot be one while one already on file is left alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from vault_app.domain.email_address import check_email, email_problem
from vault_app.domain.errors import InvalidInput
from vault_app.services import clients
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients

ACCEPTED = [
    "",  # optional
    "   ",
    "jane@example.com",
    "  jane@example.com  ",  # spaces around are trimmed, not refused
    "Jane.Doe+therapy@mail.example.co.uk",
    "o'brien@example.ie",
    "j_doe-1@sub-domain.example.org",
    "verity.pebblemoor@example.invalid",  # the demo's addresses
    "josé@bücher.de",  # international names
    "x@y.io",
]
REFUSED = [
    ("jane@", "nothing after the @"),
    ("jane at example", "no spaces"),
    ("janeexample.com", "needs an @"),
    ("@example.com", "nothing before the @"),
    ("jane@@example.com", "one @ only"),
    ("jane@example@com", "one @ only"),
    ("jane@example", "needs a dot"),
    ("jane@example.", "two dots together, or a dot at its start or end"),
    ("jane@.example.com", "two dots together, or a dot at its start or end"),
    ("jane@example..com", "two dots together"),
    ("jane@example.c", "ends in letters"),
    ("jane@example.123", "ends in letters"),
    ("jane@-example.com", "hyphen"),
    ("jane@exam_ple.com", "cannot have"),
    (".jane@example.com", "dot at the start or end of its name"),
    ("jane.@example.com", "dot at the start or end of its name"),
    ("ja..ne@example.com", "two dots together"),
    ("ja(ne)@example.com", "before the @ that an address cannot have"),
    ("jane@exa mple.com", "no spaces"),
    ("a" * 65 + "@example.com", "too long"),
    ("jane@" + "a" * 64 + ".com", "longer than 63"),
    ("j@" + ".".join(["abcdefghi"] * 26) + ".com", "too long"),
]


@pytest.mark.parametrize("typed", ACCEPTED)
def test_an_address_that_can_be_one_is_taken(typed: str) -> None:
    assert email_problem(typed) is None
    assert check_email(typed) == typed.strip()


@pytest.mark.parametrize(("typed", "said"), REFUSED)
def test_an_address_that_cannot_be_one_says_why(typed: str, said: str) -> None:
    problem = email_problem(typed)
    assert problem is not None and said in problem, problem
    with pytest.raises(InvalidInput) as refused:
        check_email(typed)
    assert said in refused.value.message


def test_the_service_refuses_a_new_or_changed_address_and_keeps_one_on_file(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match="nothing after the @"):
        clients.create_client(vault, "Jane Mailless", contact={"email": "jane@"})
    client = clients.create_client(vault, "Jane Mailwell", contact={"email": "jane@example.com"})
    with pytest.raises(InvalidInput, match="no spaces"):
        clients.update_client(vault, client.client_id, contact={"email": "jane at example"})
    assert clients.get_client(vault, client.client_id).contact.email == "jane@example.com"  # nothing written
    # An address stored before the check (or by an import) does not hold up another change.
    with vault.records.transaction():
        old = clients.get_client(vault, client.client_id)
        clinical_clients.update(vault.records, replace(old, contact=replace(old.contact, email="jane at example")))
    updated = clients.update_client(vault, client.client_id, contact={"email": "jane at example", "phone": "555-0100"})
    assert (updated.contact.email, updated.contact.phone) == ("jane at example", "555-0100")
    fixed = clients.update_client(vault, client.client_id, contact={"email": " jane@example.com "})
    assert fixed.contact.email == "jane@example.com"
