"""How each notice of closure goes: by mail, to the safe address the client asked for, or not by mail.

Found by a walker: the closure letters were made and addressed to every client's home alike, though a
client may have asked to be reached only some other way or at another place. 45 CFR 164.522(b)(1)(i):
a covered health care provider "must permit individuals to request and must accommodate reasonable
requests by individuals to receive communications of protected health information from the covered
health care provider by alternative means or at alternative locations". A personal representative acts
as the client (164.502(g)(1)), so a request on the chart holds for a letter to them too.

The chart holds the request in the client's words (Client details, Confidential communications), a
safe address ("where mail may be sent safely, if not the home address"), and the ways the client said
are OK to use (voicemail, text, email, mail) and prefers. The app cannot read the request's words, so:

- a request and a safe address: the letter is addressed to the safe address (the chart says mail may
  go there, whatever boxes are ticked), and the therapist told;
- a request and no safe address: never the home address: the letter is made without an address, and
  listed "not by mail: use <what they asked>";
- ways recorded (a box ticked or a way preferred) without mail: to the safe address where there is one
  (told), else not by mail either, "use <those ways>";
- nothing asked, or mail among the ways: by mail, to a representative's own address, or the client's
  safe address where there is one, else the home address.

Pure functions; tests/core/test_closure_notice_delivery_rules.py reads the table.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain.clinical import ContactPreferences

CITATION = "45 CFR 164.522(b)(1)(i)"
BY_MAIL, TO_SAFE_ADDRESS, NOT_BY_MAIL = "mail", "safe_address", "not_by_mail"
HOWS = (BY_MAIL, TO_SAFE_ADDRESS, NOT_BY_MAIL)

# The other ways a client may have said are OK, in the order they are said: the preferred one first.
_WAYS = (("phone", None), ("text", "text_ok"), ("email", "email_ok"), ("voicemail", "voicemail_ok"))


@dataclass(frozen=True)
class Delivery:
    how: str  # BY_MAIL, TO_SAFE_ADDRESS, NOT_BY_MAIL
    address: str  # the address lines the letter carries; "" when it goes not by mail
    asked: str = ""  # the client's request in their words ("" when none)
    ways: tuple[str, ...] = ()  # the other ways they said are OK: "phone", "text", "email", "voicemail"

    @property
    def told(self) -> bool:
        """The therapist is told of this letter, by client, before any is written."""
        return self.how != BY_MAIL


def _ways(contact: ContactPreferences) -> tuple[str, ...]:
    ticked = [way for way, flag in _WAYS if flag is not None and getattr(contact, flag)]
    preferred = contact.preferred_method.strip()
    if preferred and preferred != "mail":
        ticked = [preferred, *(w for w in ticked if w != preferred)]
    return tuple(ticked)


def mail_refused(contact: ContactPreferences) -> bool:
    """Ways were recorded (a box ticked, a way preferred) and mail is not among them."""
    recorded = (contact.voicemail_ok or contact.text_ok or contact.email_ok or contact.mail_ok
                or bool(contact.preferred_method.strip()))
    return recorded and not (contact.mail_ok or contact.preferred_method.strip() == "mail")


def delivery(contact: ContactPreferences, own_address: str | None = None) -> Delivery:
    """How the letter about the client with `contact` goes; `own_address` is a representative's own
    address (None: the letter is to the client, or their estate, at the chart's)."""
    asked = contact.confidential_request.strip()
    safe = contact.safe_address.strip()
    if (asked or mail_refused(contact)) and not safe:
        return Delivery(NOT_BY_MAIL, "", asked, _ways(contact))
    if asked or mail_refused(contact):
        return Delivery(TO_SAFE_ADDRESS, safe, asked)
    address = own_address if own_address is not None else (safe or contact.address)
    return Delivery(BY_MAIL, address.strip())


__all__ = ["BY_MAIL", "CITATION", "HOWS", "NOT_BY_MAIL", "TO_SAFE_ADDRESS", "Delivery", "delivery", "mail_refused"]
