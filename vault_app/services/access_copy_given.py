"""Which parts of an access request's copy were given already, read from the ledger.

Found in the real app: one request took three tries and four disclosures. The billing PDF was
made and logged, the progress notes refused (an unsigned draft); on the next try the billing
copy, still in the folder, was refused as "a copy made earlier", and a new folder made both
again. A part is given once: a second try makes only the parts not yet given. Given, that is, to
the same recipient and holding every item the try's part would carry (found by a reader: a retry
for the client's representative, or over wider dates, counted the client's own part as given).

What was given is the ledger's: each part is one "disclosure" entry on the basis "client's
access request {id}" (services/export.py logs it before its file is written; a killed export
is settled by reconcile_pending, delivered only when its file is there whole). No second
record is kept beside it, so none can disagree with it: a kill between the file and a record
of it cannot leave a part recorded but missing, nor present but unrecorded.

The unsigned drafts a part left out (164.524 covers the record as attested; a draft is not
yet part of it) ride with the part's evidence (`drafts_left_out`: ids, never text).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.domain.authorization import InfoKind
from vault_app.domain.disclosure_basis import LegalBasis
from vault_app.domain.request_given import COVERED, not_covered

if TYPE_CHECKING:
    from vault_app.domain.requests import ClientRequest
    from vault_app.services.vault import Vault

ACCESS_PARTS: tuple[InfoKind, ...] = ("progress", "billing")
DRAFTS_KEY = "drafts_left_out"  # the evidence's key: the drafts' ids, comma-separated


@dataclass(frozen=True)
class GivenPart:
    """One part of the copy, given: its kind, the day, the disclosure that logged it, the file it
    was written to (its name; "" unknown), how many items it held, whether the outcome measures
    rode with it, the ids of the unsigned drafts it left out, the guardian id of the representative
    who received it ("" the client) and their name ("" the client), and the ids of the items it held."""

    kind: InfoKind
    on: date
    disclosure_id: str
    file: str = ""
    items: int = 0
    measures: bool = False
    drafts_left_out: tuple[str, ...] = ()
    to: str = ""
    recipient: str = ""
    held: tuple[str, ...] = ()


def basis(request_id: str, guardian_id: str = "", drafts_left_out: tuple[str, ...] = ()) -> LegalBasis:
    """The basis every part of the copy of `request_id` is logged on (its summary names the request)."""
    evidence = {"request_id": request_id, "guardian_id": guardian_id}
    if drafts_left_out:
        evidence[DRAFTS_KEY] = ",".join(drafts_left_out)
    return LegalBasis("client_access", evidence)


def earlier_parts(vault: Vault, q: ClientRequest) -> list[GivenPart]:
    """Every part of `q`'s copy given (delivered), in the ledger's order, whoever received it. A
    part whose file could not be written (logged "not delivered") was not given: it is made again."""
    from vault_app.services import clients, export
    from vault_app.storage import disclosure_records as records

    summary = basis(q.id).summary()
    # By name alone: the ledger's label adds the authority in English, and a screen says it in its own.
    names = {g.guardian_id: g.name for g in clients.get_client(vault, q.client_id).guardians}
    found: list[GivenPart] = []
    for rec in export.disclosures(vault, q.client_id):
        kind = rec.kind
        if (rec.basis_kind != "client_access" or rec.basis_summary != summary or not rec.delivered
                or rec.manual or kind not in ACCESS_PARTS):
            continue
        row = records.get_delivery(vault.records, rec.disclosure_id)
        drafts: tuple[str, ...] = ()
        if rec.evidence_id:
            kept = records.get_evidence(vault.records, rec.evidence_id)
            ids = str(kept[2].get(DRAFTS_KEY, "")) if kept else ""
            drafts = tuple(i for i in ids.split(",") if i)
        to = str(rec.extra.get("guardian_id") or "")
        found.append(GivenPart(kind, rec.day, rec.disclosure_id, Path(row.out_path).name if row else "",
                               len(rec.item_ids), bool(rec.extra.get("measure_ids")), drafts, to,
                               (names.get(to) or rec.recipient.name) if to else "", rec.item_ids))
    return found


def given_parts(vault: Vault, q: ClientRequest, *, to: str | None = None,
                items: Mapping[InfoKind, Collection[str]] | None = None, measures: bool = False,
                ) -> dict[InfoKind, GivenPart]:
    """The parts of `q`'s copy given, the first of each kind; with `to` (the guardian id of who
    receives this try's copy, "" the client) and `items` (the ids each kind's part would carry),
    only those that answer this try (domain/request_given.not_covered): the same recipient, and
    every item in them (and the outcome measures, when `measures` asks them with the notes)."""
    found: dict[InfoKind, GivenPart] = {}
    for part in earlier_parts(vault, q):
        if part.kind in found:
            continue
        if to is not None and _why(part, to, items or {}, measures) != COVERED:
            continue
        found[part.kind] = part
    return found


def given_elsewhere(vault: Vault, q: ClientRequest, to: str, items: Mapping[InfoKind, Collection[str]],
                    kinds: Collection[InfoKind], measures: bool = False) -> dict[InfoKind, tuple[GivenPart, str]]:
    """Of `kinds` (the parts this try gives, none answered by an earlier part): the last part given
    earlier of each, and why it does not answer this try (another recipient, other dates), for the
    result to say this part is given again."""
    out: dict[InfoKind, tuple[GivenPart, str]] = {}
    for part in earlier_parts(vault, q):
        if part.kind in kinds:
            out[part.kind] = (part, _why(part, to, items, measures))
    return out


def _why(part: GivenPart, to: str, items: Mapping[InfoKind, Collection[str]], measures: bool) -> str:
    return not_covered(part.to, (*part.held, *part.drafts_left_out), to, items.get(part.kind, ()),
                       earlier_measures=part.measures, measures=measures and part.kind == "progress")


def given_list(vault: Vault, request_id: str) -> tuple[GivenPart, ...]:
    """The parts given of a request, in the ledger's order (for the request's window)."""
    from vault_app.services import requests

    q = requests.get_request(vault, request_id)
    if q.kind != "access":
        return ()
    # Every part given, to whom (45 CFR 164.524(c)(3)(ii)): a retry for another recipient or other
    # dates gives its parts again, and the request's window says each.
    return tuple(earlier_parts(vault, q))


__all__ = ["ACCESS_PARTS", "DRAFTS_KEY", "GivenPart", "basis", "earlier_parts", "given_elsewhere", "given_list",
           "given_parts"]
