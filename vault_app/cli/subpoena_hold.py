"""The legal hold offered after a subpoena or a court order (`export --basis subpoena|court_order`,
`decision sign` of a subpoena or court-order decision): docs/retention.md says to place one when a
subpoena arrives or litigation is pending, which a court order means (services/holds.HOLD_AFTER).
Placed only with --place-hold; without it the command prints the one line that places it, details
prefilled."""

from __future__ import annotations

from datetime import date
from typing import Any

from vault_app.domain.errors import InvalidInput
from vault_app.services import holds, retention
from vault_app.services.vault import Vault

PLACE_HOLD_HELP = ("place a legal hold on the chart: after a subpoena reason 'subpoena', details 'subpoena "
                   "received DATE'; after a court order reason 'litigation', details 'court order DATE' "
                   "(a subpoena or a court order only)")
_WHAT = {"subpoena": "A subpoena", "court_order": "A court order"}


def refuse_unless_subpoena(place: bool, is_subpoena: bool, where: str) -> None:
    """--place-hold belongs to a subpoena or a court order: refused before anything is done for any other."""
    if place and not is_subpoena:
        raise InvalidInput(f"--place-hold places the legal hold of a subpoena or a court order: {where}.",
                           hint="For any other reason use 'vault-app hold add'.")


def after_subpoena(vault: Vault, client_id: str, received_on: date, *, place: bool,
                   basis: str = "subpoena") -> tuple[dict[str, Any], list[str]]:
    """(what the JSON output adds, the lines the text output adds); `basis`: subpoena or court_order."""
    if basis not in holds.HOLD_AFTER:
        return {}, []
    chart = retention.resolve_chart(vault, client_id)[1]
    reason = holds.HOLD_AFTER[basis][0]
    if place:
        hold = holds.place_after(vault, client_id, basis, received_on)
        return {"hold": hold.as_dict()}, [
            f"Placed a legal hold ({reason}) on chart {chart}: {hold.details}. The chart cannot be destroyed "
            "until the hold is released."]
    if not holds.hold_offered(vault, client_id, basis):
        return {}, []
    details = holds.hold_details(vault, basis, received_on)
    return {"hold_offered": {"reason": reason, "details": details}}, [
        f"{_WHAT[basis]} is a reason to keep the chart (docs/retention.md). To place a legal hold: "
        f"vault-app hold add --client {chart} --reason {reason} --details \"{details}\""]


__all__ = ["PLACE_HOLD_HELP", "after_subpoena", "refuse_unless_subpoena"]
