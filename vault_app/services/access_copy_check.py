"""What the copy of an access request will be, checked before its password is asked.

Split from services/access_copy.py (over 500 lines), which re-exports these names: the request,
who receives the copy (45 CFR 164.502(g)), what it holds, the unsigned drafts, the rest of a request
denied in part and the folder are each refused here, nothing written or logged, before the copy's
password is asked (the command line) or checked (grant_with_copy). Found in review: a recipient the
rules refuse was reported only after the therapist had typed the copy's password twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.domain.access_copy_parts import CITATION, PARTS, labels, left_out
from vault_app.domain.access_copy_rest import left_out_of_rest
from vault_app.domain.authorization import InfoKind
from vault_app.domain.disclosure import DisclosureRequest, ItemFacts, Recipient, Selection
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.locale_format import date_text
from vault_app.domain.request_owing import RELEASED
from vault_app.services.access_copy_given import GivenPart, basis, given_elsewhere, given_parts
from vault_app.services.access_recipient import requester_no_longer
from vault_app.services.request_owed import copy_owed_by

if TYPE_CHECKING:
    from vault_app.domain.clinical import Guardian
    from vault_app.domain.requests import ClientRequest
    from vault_app.services.vault import Vault

# What the client's right of access covers here: psychotherapy notes are excepted
# (45 CFR 164.524(a)(1)(i)); the gate refuses them on this basis anyway.
ACCESS_KINDS: tuple[InfoKind, ...] = ("progress", "billing")
PURPOSE = "at the request of the individual (45 CFR 164.524)"
EARLIEST = date(1900, 1, 1)

CLIENT = "client"  # `to`: the client themself


@dataclass(frozen=True)
class Checked:
    """What the copy will be, every refusal knowable without its password given first (check_copy)."""

    q: ClientRequest
    rest: bool
    chosen: list[InfoKind]
    measures: bool
    otherwise: tuple[str, ...]
    day: date
    guardian_id: str | None
    facts: dict[InfoKind, tuple[ItemFacts, ...]]
    before: dict[InfoKind, GivenPart]
    elsewhere: dict[InfoKind, tuple[GivenPart, str]]
    drafted: tuple[str, ...]
    carried: dict[InfoKind, tuple[str, ...]]
    left: tuple[str, ...]
    chart_number: str
    guardian: Guardian | None
    addressed: Recipient


def unrecorded_requester(q: ClientRequest) -> RefusedByPolicy | None:
    """A request made by one not recorded in the chart (its requester's name kept, no guardian):
    the copy answers it only once they are recorded as the client's personal representative, with
    the documentation of their authority (45 CFR 164.502(g), 164.514(h)), and is sent to them. A
    copy "to the client" closed it as granted while the one who asked got nothing (found on Xvfb:
    the window offered the client first for a parent's request about an adult). None: it may go to
    the client."""
    if not q.requester_name or q.guardian_id:
        return None
    return RefusedByPolicy(
        f"{q.label} was made by someone not recorded in the chart as the client's personal representative: a copy "
        "to the client does not answer it (45 CFR 164.502(g), 164.514(h)).",
        hint="Record them with the documentation of their authority ('vault-app client update CLIENT --guardian "
             "NAME') and send the copy to "
             "them (--to-guardian ID), or deny the request on not_representative.",
        code="access_copy.requester_not_recorded", field="recipient", params={"id": q.id})


def check_copy(
    vault: Vault,
    request_id: str,
    *,
    folder: Path,
    kinds: tuple[InfoKind, ...] = ACCESS_KINDS,
    date_from: date | None = None,
    date_to: date | None = None,
    on: date | None = None,
    to: str | None = None,
    measures: bool = False,
    given_otherwise: tuple[str, ...] = (),
    leave_out: tuple[str, ...] = (),
    denied_left_out: bool = False,
    leave_drafts: tuple[str, ...] = (),
) -> None:
    """Every refusal grant_with_copy would give before the copy's password is asked: the request,
    who receives it (45 CFR 164.502(g)), what it holds, the drafts, the folder. The command line
    asks it before the password prompt, the copy's window before the password is checked (found in
    review: a recipient the rules refuse was reported only after the password was typed twice)."""
    checked(vault, request_id, folder=folder, kinds=kinds, date_from=date_from, date_to=date_to, on=on, to=to,
           measures=measures, given_otherwise=given_otherwise, leave_out=leave_out, denied_left_out=denied_left_out,
           leave_drafts=leave_drafts)


def checked(
    vault: Vault, request_id: str, *, folder: Path, kinds: tuple[InfoKind, ...], date_from: date | None,
    date_to: date | None, on: date | None, to: str | None, measures: bool, given_otherwise: tuple[str, ...],
    leave_out: tuple[str, ...], denied_left_out: bool, leave_drafts: tuple[str, ...],
) -> Checked:
    from vault_app.services import clients, practice, representatives, requests
    from vault_app.services.export_delivery import reconcile_pending

    # A try killed mid-export is settled first, so that what was given is what the ledger says.
    reconcile_pending(vault)
    q = requests.get_request(vault, request_id)
    # Denied in part (partially_granted): the rest is still given (164.524(d)(1)), under the request
    # as decided; the copy is logged like any other and the decision stays as recorded.
    # Reversed on review (164.524(d)(4)): the copy of what the reviewer released, given the same way;
    # reversed whole, nothing stays denied, so nothing is left out (domain/request_owing).
    released = copy_owed_by(vault, q) == RELEASED
    whole = released and q.status == "granted"
    rest = q.kind == "access" and (q.status == "partially_granted" or released)
    if not rest:
        q.check_open()
    if q.kind != "access":
        raise InvalidInput("Only an access request is granted with a copy of the record.",
                           code="access_copy.not_access")
    requests.check_rest_to_give(vault, q)  # given once: refused before anything is written or logged
    day = on or date.today()
    guardian_id = q.guardian_id if to is None else (None if to == CLIENT else to)
    # Who receives it, asked before what it holds: refused, nothing is written or logged.
    if guardian_id is None and (refused := unrecorded_requester(q)) is not None:
        raise refused
    # Made by a representative who may no longer receive it: not answered by the client's copy (needs review).
    if guardian_id is None and (changed := requester_no_longer(vault, q, day)) is not None:
        raise changed
    guardian = representatives.require_copy_recipient(vault, q.client_id, guardian_id, day)
    chosen = [k for k in kinds if k in ACCESS_KINDS]
    if not chosen:
        raise InvalidInput("Choose what the copy holds: progress notes, billing information or both.",
                           code="access_copy.nothing_chosen", field="copy_kinds")
    measures = measures and "progress" in chosen  # they ride with the progress notes' PDF
    otherwise = tuple(p for p in given_otherwise if p in PARTS)
    if rest:
        # What the denial's letter said is given anyway, this copy must hold (or it was given
        # another way): refused before anything is written, the rest not recorded as given.
        left = left_out(q.granted, (*chosen, *(("measures",) if measures else ())), otherwise)
        if left:
            raise RefusedByPolicy(
                f"This copy leaves out what the denial's letter says the client is given: {labels(left)} "
                f"({CITATION}).",
                hint="Add it to the copy, or give it another way (printed) and say so (--given-otherwise "
                     "treatment_plan); then make the copy.",
                code="access_copy.letter_part_left_out", field="copy_kinds",
                params={"parts": labels(left), "codes": ",".join(left)})
    facts = {kind: held_items(vault, q.client_id, kind, date_from, date_to, day) for kind in chosen}
    # An earlier part answers this copy only for the same recipient and every item it would carry.
    wanted = wanted_items(facts, (*leave_drafts, *(leave_out if rest else ())))
    before = given_parts(vault, q, to=guardian_id or "", items=wanted, measures=measures)
    elsewhere = given_elsewhere(vault, q, guardian_id or "", wanted, [k for k in chosen if k not in before], measures)
    # An unsigned draft is said before anything is written, with the choice to leave it out
    # (found in the real app: the billing copy was made and logged, then the notes refused).
    drafts = tuple(i.id for kind in chosen if kind not in before for i in facts[kind] if not i.signed)
    unchosen = [d for d in drafts if d not in leave_drafts]
    if unchosen:
        days = ", ".join(date_text(i.day, practice.printing_locale(vault)) for kind in chosen
                         for i in facts[kind] if i.id in unchosen)
        raise RefusedByPolicy(
            # One sentence for one and many: the screen's words (gui/refusal_words_legal.py) say the same.
            f"Unsigned drafts in this copy ({len(unchosen)}: {days}): sign them first, or leave them out of the copy.",
            hint=f"Nothing was written. Leave the drafts out (--leave-drafts {' --leave-drafts '.join(unchosen)}), "
                 "or sign them and make the copy.",
            code="access_copy.unsigned_drafts", field="leave_drafts",
            params={"count": str(len(unchosen)), "days": days})
    drafted = tuple(d for d in drafts if d in leave_drafts)
    carried = {kind: tuple(i.id for i in facts[kind] if i.id not in drafted) for kind in chosen}
    if whole and leave_out:
        raise InvalidInput("The reviewer reversed the whole denial: the copy leaves nothing out.",
                           code="access_copy.leave_out_reversed", field="leave_out")
    if whole:
        left = ()
    elif rest:
        left = left_out_of_rest(confirmed=denied_left_out, leave_out=leave_out,
                                items=[i for kind in chosen for i in carried[kind]])
    elif leave_out:
        raise InvalidInput("Only the copy of the rest of a request denied in part leaves items out.",
                           code="access_copy.leave_out_not_rest", field="leave_out")
    else:
        left = ()
    if not folder.is_dir():
        raise InvalidInput("Choose an existing folder for the copy.", code="access_copy.no_folder", field="folder")
    client = clients.get_client(vault, q.client_id)
    addressed = Recipient(guardian.name, guardian.address) if guardian else Recipient(client.legal_name)
    return Checked(q, rest, chosen, measures, otherwise, day, guardian_id, facts, before, elsewhere, drafted,
                    carried, left, client.chart_number, guardian, addressed)


def wanted_items(facts: dict[InfoKind, tuple[ItemFacts, ...]],
                 skipped: tuple[str, ...]) -> dict[InfoKind, tuple[str, ...]]:
    """The ids each kind's part would carry: what the chart holds in the dates, but what is left out."""
    return {kind: tuple(i.id for i in items if i.id not in skipped) for kind, items in facts.items()}


def held(vault: Vault, client_id: str, kind: InfoKind, date_from: date | None, date_to: date | None,
         day: date) -> int:
    """How many items of `kind` the chart holds in the dates (None: since the first, until `day`),
    as the copy's export would select them."""
    return len(held_items(vault, client_id, kind, date_from, date_to, day))


def held_items(vault: Vault, client_id: str, kind: InfoKind, date_from: date | None, date_to: date | None,
               day: date) -> tuple[ItemFacts, ...]:
    """The items of `kind` the chart holds in the dates, oldest first, as the copy's export would
    select them."""
    from vault_app.services.disclosure_gate import resolve_items

    probe = DisclosureRequest(client_id=client_id, kind=kind,
                              selection=Selection(date_from=date_from or EARLIEST, date_to=date_to or day),
                              recipient=Recipient("-"), purpose=PURPOSE, basis=basis(""), on=day)
    return resolve_items(vault, probe)


__all__ = ["ACCESS_KINDS", "CLIENT", "EARLIEST", "PURPOSE", "Checked", "check_copy", "checked", "held", "held_items",
           "unrecorded_requester", "wanted_items"]
