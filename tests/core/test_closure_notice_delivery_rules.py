"""How each notice of closure goes (domain/closure_notice_delivery.py), table-driven: the client's
confidential-communications request (45 CFR 164.522(b)(1)(i)) and the ways they said are OK to use
decide whether the letter is mailed, to which address, or not mailed at all; the allowed side (mail
to the home or the representative's address) and the refused side (never the home address of a
client who asked otherwise)."""

from __future__ import annotations

import pytest

from vault_app.domain import closure_notice_delivery as rules
from vault_app.domain.clinical import ContactPreferences

HOME, SAFE, PARENT = "1 Home St\nSpringfield", "PO Box 9\nSpringfield", "9 Elm St\nSpringfield"

# (case, contact, the addressee's own address (None: the client's), how, address, asked, ways)
CASES = [
    ("nothing asked: home", ContactPreferences(address=HOME), None, rules.BY_MAIL, HOME, "", ()),
    ("a safe address, nothing asked", ContactPreferences(address=HOME, safe_address=SAFE), None, rules.BY_MAIL,
     SAFE, "", ()),
    ("mail ticked", ContactPreferences(address=HOME, mail_ok=True, email_ok=True), None, rules.BY_MAIL, HOME, "",
     ()),
    ("mail preferred", ContactPreferences(address=HOME, preferred_method="mail"), None, rules.BY_MAIL, HOME, "", ()),
    ("a parent's own address", ContactPreferences(address=HOME), PARENT, rules.BY_MAIL, PARENT, "", ()),
    ("asked, a safe address", ContactPreferences(address=HOME, safe_address=SAFE,
                                                 confidential_request="mail only to PO Box 9"), None,
     rules.TO_SAFE_ADDRESS, SAFE, "mail only to PO Box 9", ()),
    ("asked, a parent, a safe address", ContactPreferences(address=HOME, safe_address=SAFE,
                                                           confidential_request="PO Box only"), PARENT,
     rules.TO_SAFE_ADDRESS, SAFE, "PO Box only", ()),
    ("asked, no safe address", ContactPreferences(address=HOME, email_ok=True,
                                                  confidential_request="email only, never mail"), None,
     rules.NOT_BY_MAIL, "", "email only, never mail", ("email",)),
    ("asked, a parent, no safe address", ContactPreferences(confidential_request="cell phone only"), PARENT,
     rules.NOT_BY_MAIL, "", "cell phone only", ()),
    ("mail not ticked, email is", ContactPreferences(address=HOME, email_ok=True, text_ok=True), None,
     rules.NOT_BY_MAIL, "", "", ("text", "email")),
    ("phone preferred, mail not ticked", ContactPreferences(address=HOME, preferred_method="phone",
                                                            voicemail_ok=True), None,
     rules.NOT_BY_MAIL, "", "", ("phone", "voicemail")),
    ("asked, a safe address, mail not ticked", ContactPreferences(address=HOME, safe_address=SAFE, email_ok=True,
                                                                  confidential_request="mail only to PO Box 9"),
     None, rules.TO_SAFE_ADDRESS, SAFE, "mail only to PO Box 9", ()),
    ("mail not ticked, a safe address", ContactPreferences(address=HOME, safe_address=SAFE, voicemail_ok=True), None,
     rules.TO_SAFE_ADDRESS, SAFE, "", ()),
    ("mail not ticked, a parent", ContactPreferences(voicemail_ok=True), PARENT, rules.NOT_BY_MAIL, "", "",
     ("voicemail",)),
]


@pytest.mark.parametrize(("case", "contact", "own", "how", "address", "asked", "ways"), CASES,
                         ids=[c[0] for c in CASES])
def test_how_the_letter_goes(case: str, contact: ContactPreferences, own: str | None, how: str, address: str,
                             asked: str, ways: tuple[str, ...]) -> None:
    got = rules.delivery(contact, own)
    assert (got.how, got.address, got.asked, got.ways) == (how, address, asked, ways), case
    assert got.told == (how != rules.BY_MAIL), "the therapist is told of every letter that goes otherwise"
    if how != rules.BY_MAIL:
        assert HOME not in got.address, "never the home address of a client who asked otherwise"


def test_the_rule_names_its_citation() -> None:
    assert rules.CITATION == "45 CFR 164.522(b)(1)(i)"
