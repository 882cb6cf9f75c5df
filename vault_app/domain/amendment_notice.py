"""Who must hear of an accepted amendment (45 CFR 164.526(c)(3)), and psychotherapy notes in a request.

(c)(3): the practice makes reasonable efforts to inform, and give the amendment to,
(i) the persons the client names as having received the information and needing it,
and (ii) persons it knows have the information and may have relied on it. The second
list comes from the ledger: every delivered disclosure that carried an amended note.

Psychotherapy notes are not part of the designated record set (164.501), so a request
to amend one may be denied on 164.526(a)(2)(ii); it is recorded and answered in
writing like any other request, never refused at the door.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault_app.domain.disclosure import DisclosureRecord

CITATION = "45 CFR 164.526(c)(3)"
PSYCHOTHERAPY_GROUND = "not_in_record_set"  # 164.526(a)(2)(ii)


@dataclass(frozen=True)
class ToInform:
    recipient: str
    address: str
    disclosure_ids: tuple[str, ...]
    first_day: date
    named_by_client: bool = False
    informed_on: date | None = None


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def recipients_to_inform(records: list[DisclosureRecord], note_ids: tuple[str, ...]) -> list[ToInform]:
    """Recipients of delivered disclosures that carried any of the amended notes, one line per recipient."""
    wanted = set(note_ids)
    grouped: dict[str, list[DisclosureRecord]] = {}
    for r in records:
        if r.delivered and wanted & set(r.item_ids) and not r.hidden_from_client:
            grouped.setdefault(_norm(r.recipient.name), []).append(r)
    out = [ToInform(g[0].recipient.name, g[0].recipient.address, tuple(x.disclosure_id for x in g),
                    min(x.day for x in g)) for g in grouped.values()]
    return sorted(out, key=lambda t: (t.first_day, _norm(t.recipient)))


def psychotherapy_refusal(count: int) -> str:
    return (f"{count} of the notes named are psychotherapy notes, which are not part of the designated record set "
            "(45 CFR 164.501): answer in writing with a denial on 'not_in_record_set' (45 CFR 164.526(a)(2)(ii)); "
            "if the client also asked about progress notes, record that as its own request.")


__all__ = ["CITATION", "PSYCHOTHERAPY_GROUND", "ToInform", "psychotherapy_refusal", "recipients_to_inform"]
