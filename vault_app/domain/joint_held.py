"""Held in confidence: a case chart's note that one member told under the confidentiality
agreement stays out of a release of the joint (couple or family) record.

Data and a pure rule; storage/joint_held.py keeps the marks, the gate asks `left_out`.

Which release may carry a held note (the choice, from the seeds): seed 002 says clinicians
"should not include information in the joint record that was shared in individual sessions
under a confidentiality agreement without the disclosing party's consent". So the only
release that carries it is one that the disclosing member authorized alone (a release of
their own information). A joint release signed by every adult is not that member's consent
to tell the others what they said in confidence, and a release under any other basis (a
court order, the case's access request) has no authorizer at all: both leave it out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from vault_app.domain.disclosure import DisclosureRequest, GateContext, ItemFacts
from vault_app.domain.errors import Problem, said
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text

HELD_CITATION = (
    "REGULATIONS.md, Minors, couples, families: in couples and family work individual disclosures held under a "
    "confidentiality agreement stay out of the joint record; without the disclosing member's consent they are "
    "not released with it."
)


@dataclass(frozen=True)
class HeldMark:
    """One progress note of a case chart held in confidence for one member (no note text)."""

    note_id: str
    case_id: str
    member_id: str
    held_at: str
    held_by: str

    def as_dict(self) -> dict[str, Any]:
        return {"note_id": self.note_id, "case_id": self.case_id, "member_id": self.member_id,
                "held_at": self.held_at, "held_by": self.held_by}


def may_carry(member_id: str, authorized_by: Iterable[str]) -> bool:
    """A release may carry a note held for `member_id` only when that member alone authorized it."""
    return frozenset(authorized_by) == frozenset({member_id})


def offered(held: Mapping[str, str], adult_members: Iterable[str]) -> tuple[str, ...]:
    """The held notes (`held`: note id -> member) that some release of the joint record may
    carry, so that the export wizard may offer them; the gate decides the release itself.

    A release of the joint record by authorization rests on every adult member's authorization
    (the joint rule, domain/disclosure_gate_authorization.check_joint): its authorizers are the adult
    members, so a held note may go only when its member is the one adult (`may_carry`). With
    no adult member it rests on one authorization, which may be that member's own."""
    adults = frozenset(adult_members)
    return tuple(i for i, member in held.items() if not adults or may_carry(member, adults))


def left_out(held: Mapping[str, str], item_ids: Iterable[str], authorized_by: Iterable[str]) -> tuple[str, ...]:
    """The selected items a release may not carry: each held note (`held`: note id -> member)
    whose member did not authorize the release alone. In the order given."""
    signers = frozenset(authorized_by)
    return tuple(i for i in item_ids if i in held and not may_carry(held[i], signers))


def authorized_by(request: DisclosureRequest, context: GateContext, auth_ids: Iterable[str] = ()) -> set[str]:
    """The members whose authorization a release relies on (none unless its basis is one):
    those who signed `auth_ids` (the joint rule's authorizations), else the one named."""
    if request.basis.kind != "authorization":
        return set()
    ids = frozenset(auth_ids)
    if ids:
        return {a.signer_client_id for a in context.joint_authorizations if a.id in ids and a.signer_client_id}
    auth = context.authorization
    return {auth.signer_client_id} if auth is not None and auth.signer_client_id else set()


def confidence_warning(held: Mapping[str, str], item_ids: Iterable[str], authorized_by: Iterable[str]) -> Problem:
    """What an allowed release of a joint record says about confidences (HELD_CITATION).

    A release that carries held notes it may carry (their member alone authorized it, and
    nothing else held goes without that member) is that member's own: it says so. "Leave out
    anything a member shared in confidence" read there as if the release were wrong. Any other
    release of a joint record keeps the general reminder: the app knows only the notes marked."""
    signers = frozenset(authorized_by)
    ids = tuple(item_ids)
    carried = [i for i in ids if i in held and may_carry(held[i], signers)]
    if carried and not left_out(held, ids, signers):
        n = len(carried)
        what = "1 note" if n == 1 else f"{n} notes"
        # Not by member id: the authorization checked just above names who signed it.
        return said("joint.confidence.own.one" if n == 1 else "joint.confidence.own",
                    f"This release carries {what} held in confidence for the member who alone authorized it: "
                    "it is that member's own release of what they told in confidence.", count=n)
    return said("joint.confidence", "This is a joint (couple or family) record: leave out anything a member shared "
                "in confidence under the case's confidentiality agreement.")


def held_refusals(
    items: tuple[ItemFacts, ...], held: Mapping[str, str], authorized_by: Iterable[str], *, manual: bool,
    locale: str = DEFAULT_LOCALE, member_names: Iterable[tuple[str, str, str]] = (),
) -> list[Problem]:
    """A refusal naming the held notes selected (by day) and whose they are, or none. The English
    (kept by a disclosure recorded by hand in the ledger, which outlives a destroyed chart) names
    the member's chart number, never the name; the name is in the params a screen says
    (`member_names`: id, chart number, name; domain/errors.py). It said "member ids: ed0d2ea02f957eaf".
    A manual record of what was already said is never blocked (as with drafts)."""
    out = set(left_out(held, (i.id for i in items), authorized_by))
    chosen = sorted((i for i in items if i.id in out), key=lambda i: (i.day, i.id))
    if manual or not chosen:
        return []
    n = len(chosen)
    days = ", ".join(dict.fromkeys(date_text(i.day, locale) for i in chosen))
    known = {m: (chart, name) for m, chart, name in member_names}
    members = list(dict.fromkeys(held[i.id] for i in chosen))
    charts = ", ".join(known.get(m, (m, ""))[0] or m for m in members)
    names = ", ".join(_member(m, known) for m in members)
    which = f"chart {charts}" if len(members) == 1 else f"charts {charts}"
    if n == 1:
        text = (f"1 selected note ({days}) is held in confidence for one member ({which}): what a "
                "member told under the confidentiality agreement stays out of a release of the joint record, "
                "unless that member alone authorizes it. Leave it out.")
    else:
        text = (f"{n} selected notes ({days}) are held in confidence for a member ({which}): what a "
                "member told under the confidentiality agreement stays out of a release of the joint record, "
                "unless that member alone authorizes it. Leave them out.")
    return [said("joint.held.one" if n == 1 else "joint.held", text, count=n, days=days, names=names)]


def _member(member_id: str, known: Mapping[str, tuple[str, str]]) -> str:
    """A member as a screen names them: "Dana Kim (C00002)"; the id where the chart is not known."""
    chart, name = known.get(member_id, ("", ""))
    if name and chart:
        return f"{name} ({chart})"
    return name or chart or member_id


__all__ = ["HELD_CITATION", "HeldMark", "authorized_by", "confidence_warning", "held_refusals", "left_out",
           "may_carry", "offered"]
