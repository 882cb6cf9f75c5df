"""New request's "Made by" on a couple's or family's chart: each adult member (seed 002: "In couples
therapy, both partners generally have a right to access the joint treatment record"). Found by a walker:
Made by offered only the client (the case) and a representative not recorded, so the copy went to the
case's name. Chosen, the request is recorded as that member's (services/request_member.py) and the
access copy goes to them. Split from gui/new_request_dialog.py by what it holds."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.widgets import MASK
from vault_app.services import clients, practice, request_member, requests

if TYPE_CHECKING:
    from vault_app.domain.requests import ClientRequest
    from vault_app.services.vault import Vault

PREFIX = "member:"
_WORDS = QT_TRANSLATE_NOOP("NewRequestDialog", "{name} ({chart}), a member of the couple or family")


def adult_members(vault: Vault, client_id: str, on: str) -> list[tuple[str, str, str]]:
    """(client id, name, chart number) of each adult member on the day received; [] for a chart of one."""
    chart = clients.get_client(vault, client_id)
    if not chart.is_case:
        return []
    majority, day = practice.load(vault).jurisdiction.age_of_majority, date.fromisoformat(on)
    found = [clients.get_client(vault, m) for m in chart.member_ids]
    return [(m.client_id, m.legal_name, m.chart_number) for m in found if not m.is_minor(day, majority)]


def is_member(made_by: str) -> bool:
    return made_by.startswith(PREFIX)


def show(combo: QComboBox, members: list[tuple[str, str, str]], privacy: bool) -> None:
    """Each member listed after "The client" (the case), their name masked in privacy mode."""
    for at, (member_id, name, chart) in enumerate(members, start=1):
        words = QCoreApplication.translate("NewRequestDialog", _WORDS)
        combo.insertItem(at, words.format(name=MASK if privacy else name, chart=chart), PREFIX + member_id)


def record(vault: Vault, client_id: str, made_by: str, **fields: Any) -> ClientRequest:
    """The request recorded as the member's when a member made it, else as requests.add_request records it."""
    if is_member(made_by):
        for key in ("by_representative", "guardian_id", "requester_name", "requester_claim"):
            fields.pop(key, None)
        return request_member.add_member_request(vault, client_id, made_by[len(PREFIX):], **fields)
    return requests.add_request(vault, client_id, **fields)


__all__ = ["PREFIX", "adult_members", "is_member", "record", "show"]
