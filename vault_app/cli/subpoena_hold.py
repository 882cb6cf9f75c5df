"""The legal hold offered after a subpoena (`export --basis subpoena`, `decision sign` of a subpoena
decision): docs/retention.md says to place one when a subpoena arrives. Placed only with
--place-hold; without it the command prints the one line that places it, details prefilled."""

from __future__ import annotations

from datetime import date
from typing import Any

from vault_app.domain.errors import InvalidInput
from vault_app.services import holds, retention
from vault_app.services.vault import Vault

PLACE_HOLD_HELP = ("place a legal hold on the chart, reason 'subpoena', details 'subpoena received DATE' "
                   "(a subpoena only)")


def refuse_unless_subpoena(place: bool, is_subpoena: bool, where: str) -> None:
    """--place-hold belongs to a subpoena: refused before anything is done for any other."""
    if place and not is_subpoena:
        raise InvalidInput(f"--place-hold places a subpoena's legal hold: {where}.",
                           hint="For any other reason use 'vault-app hold add'.")


def after_subpoena(vault: Vault, client_id: str, received_on: date, *, place: bool) -> tuple[dict[str, Any], list[str]]:
    """(what the JSON output adds, the lines the text output adds)."""
    chart = retention.resolve_chart(vault, client_id)[1]
    if place:
        hold = holds.place_for_subpoena(vault, client_id, received_on)
        return {"hold": hold.as_dict()}, [
            f"Placed a legal hold (subpoena) on chart {chart}: {hold.details}. The chart cannot be destroyed "
            "until the hold is released."]
    if not holds.subpoena_hold_offered(vault, client_id):
        return {}, []
    details = holds.subpoena_details(vault, received_on)
    return {"hold_offered": {"reason": "subpoena", "details": details}}, [
        "A subpoena is a reason to keep the chart (docs/retention.md). To place a legal hold: "
        f"vault-app hold add --client {chart} --reason subpoena --details \"{details}\""]


__all__ = ["PLACE_HOLD_HELP", "after_subpoena", "refuse_unless_subpoena"]
