"""Who must hear of an accepted amendment (45 CFR 164.526(c)(3)), and psychotherapy notes in a request.

(c)(3): the practice makes reasonable efforts to inform, and give the amendment to,
(i) the persons the client names as having received the information and needing it,
and (ii) persons it knows have the information and may have relied on it. The second
list comes from the ledger: every delivered disclosure that carried an amended note, but the
client's own access copy (the client has the acceptance letter, 164.526(c)(2); listed, the item
stayed open forever: found by a walker). A copy sent to a third party at the client's direction
(164.524(c)(3)(ii)) went to someone else and is listed.

(c)(2): the practice obtains the client's identification of, and AGREEMENT to notify, those
persons: no notice is recorded without it (notice_refusal). An agreed restriction on a recipient
(164.522(a)(1)(iii)) still binds the notes it covered, and the amendment carries them: a notice to
a restricted recipient is refused until the client ends the restriction (164.522(a)(2)(i)).

Psychotherapy notes are not part of the designated record set (164.501), so a request
to amend one may be denied on 164.526(a)(2)(ii); it is recorded and answered in
writing like any other request, never refused at the door.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault_app.domain.disclosure import DisclosureRecord
from vault_app.domain.errors import Problem, said
from vault_app.domain.restrictions import RestrictedItem, Restriction, bound_items, names_recipient

CITATION = "45 CFR 164.526(c)(3)"
AGREEMENT_CITATION = "45 CFR 164.526(c)(2)"
PSYCHOTHERAPY_GROUND = "not_in_record_set"  # 164.526(a)(2)(ii)


@dataclass(frozen=True)
class ToInform:
    recipient: str
    address: str
    disclosure_ids: tuple[str, ...]
    first_day: date
    named_by_client: bool = False
    informed_on: date | None = None
    restricted: bool = False  # an agreed restriction binds the amended notes for this recipient


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def to_the_client(record: DisclosureRecord) -> bool:
    """The client's own access copy (not one sent to a third party at their direction)."""
    return record.basis_kind == "client_access" and not record.extra.get("directed_by_client")


def restricted_for(recipient: str, notes: tuple[RestrictedItem, ...], restrictions: tuple[Restriction, ...],
                   on: date) -> bool:
    """Whether an agreed restriction still binds any of the amended `notes` for `recipient` on
    `on` (one the practice ended binds what was written before its end, 164.522(a)(2)(iii)(B)),
    the names compared as the export gate compares them (named_party.same_party)."""
    for r in restrictions:
        if r.kind != "other" or not names_recipient(r.recipient, recipient):
            continue
        bound = bound_items(r, notes, on)
        if bound is not None and any(r.covers(i.kind) for i in bound):
            return True
    return False


# The codes a notice is refused by (one each; gui/refusal_words_notices says them).
_NOTICE_CODE = {"restricted": "amendment_notice.restricted", "agreement": "amendment_notice.needs_agreement"}


def notice_refusal(*, client_agreed: bool, restricted: bool) -> Problem | None:
    """Why a notice of the amendment may not be recorded, or None. The recipient's name stays out
    of the words (they can reach a log or a refusal's params)."""
    if restricted:
        return said(_NOTICE_CODE["restricted"],
                    "The client restricted what goes to this recipient, and the restriction covers the amended "
                    "notes (45 CFR 164.522(a)(1)(iii)): do not send them the amendment unless the client ends "
                    "that restriction (45 CFR 164.522(a)(2)(i)).")
    if not client_agreed:
        return said(_NOTICE_CODE["agreement"],
                    "Ask the client first: the amendment goes only to those the client agrees to have informed "
                    "(45 CFR 164.526(c)(2)).")
    return None


def recipients_to_inform(records: list[DisclosureRecord], note_ids: tuple[str, ...]) -> list[ToInform]:
    """Recipients of delivered disclosures that carried any of the amended notes, one line per recipient."""
    wanted = set(note_ids)
    grouped: dict[str, list[DisclosureRecord]] = {}
    for r in records:
        if r.delivered and wanted & set(r.item_ids) and not r.hidden_from_client and not to_the_client(r):
            grouped.setdefault(_norm(r.recipient.name), []).append(r)
    out = [ToInform(g[0].recipient.name, g[0].recipient.address, tuple(x.disclosure_id for x in g),
                    min(x.day for x in g)) for g in grouped.values()]
    return sorted(out, key=lambda t: (t.first_day, _norm(t.recipient)))


def psychotherapy_refusal(count: int) -> str:
    return (f"{count} of the notes named are psychotherapy notes, which are not part of the designated record set "
            "(45 CFR 164.501): answer in writing with a denial on 'not_in_record_set' (45 CFR 164.526(a)(2)(ii)); "
            "if the client also asked about progress notes, record that as its own request.")


__all__ = ["AGREEMENT_CITATION", "CITATION", "PSYCHOTHERAPY_GROUND", "ToInform", "notice_refusal",
           "psychotherapy_refusal", "recipients_to_inform", "restricted_for", "to_the_client"]
