"""Who a granted access request answers when the parent who made it no longer may receive it:
the client came of age since (domain/who_acts.CLIENT_HOLDS_THE_RIGHT), so the client holds the
right themself and the copy is theirs (45 CFR 164.502(g)(2)-(3)). Found by a walker: `request
grant` on a parent's request on the client's 18th birthday said "Granted" and nothing of who was
given it; the GUI's copy said only where the files were. Said by the CLI's grant and the copy's
window (gui/access_copy_dialog.py, in the screen's language)."""

from __future__ import annotations

from datetime import date

from vault_app.domain import who_acts
from vault_app.services import access_recipient, requests
from vault_app.services.vault import Vault

CLIENT_NOW_ADULT = ("The client is now an adult: the copy is for the client, not the parent who asked "
                    "(45 CFR 164.502(g)).")


def client_now_adult(vault: Vault, request_id: str, on: date | None = None) -> bool:
    """True when `request_id` is an access request made by a recorded representative whom the rules
    no longer let receive its copy on `on` (default today) because the client came of age."""
    q = requests.get_request(vault, request_id)
    if q.kind != "access":
        return False
    day = on or date.today()
    made_by = access_recipient.requester_as_of(vault, q, day)
    if made_by is None:
        return False
    _guardian, facts, rep = made_by
    found = who_acts.representative_refusal(facts, rep, "receive_copy", day)
    return found is not None and found.code in who_acts.CLIENT_HOLDS_THE_RIGHT


__all__ = ["CLIENT_NOW_ADULT", "client_now_adult"]
