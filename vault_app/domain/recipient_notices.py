"""Which notice a disclosed record carries, by who receives it: the client or a third party.

A redisclosure warning ("use it only for the purpose stated, do not redisclose it") is for a
recipient the record was disclosed to. The client's own copy, made on their right of access
(45 CFR 164.524), is theirs: HIPAA puts no limit on what an individual does with their own
records, so their copy says it is theirs instead (found by two walkers: the client's own copy
told the client not to redisclose it).

The 42 CFR Part 2 notice (42 CFR 2.32) goes with a Part 2 record disclosed to another: it binds
its recipient's further use and disclosure. A patient's access to their own Part 2 record
(42 CFR 2.23) needs no consent and carries no such notice, so a Part 2 client's own copy does
not carry it (it told the patient they may not use their own record). It stays on every
Part 2 disclosure to a third party, whatever the basis (2.32 names the consent's; the others
are held to no looser wording).

The client's superbill and statement (services/superbill_pdf.py) are the same kind of page:
given to the client for their own use, they already carry no warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Receiver = Literal["client", "representative", "third_party"]

OWN_COPY_COVER = (
    "This is your own health information, a copy you asked for (your right of access, 45 CFR 164.524). "
    "It is yours: keep it somewhere safe, and share it with whom you choose. "
    "If you received it in error, notify the sender and destroy it."
)
# The copy a personal representative receives on the client's access request (45 CFR 164.502(g)): the
# client's information, not "your own" (found by a walker: a mother's copy of her daughter's record was
# told it was her own health information). The representative stands in the client's place for that
# right, so no redisclosure warning.
REPRESENTATIVE_COVER = (
    "This is the client's health information, a copy you asked for as their personal representative (45 CFR "
    "164.502(g), 164.524). Keep it somewhere safe. If you received it in error, notify the sender and destroy it."
)
THIRD_PARTY_COVER = (
    "This document contains confidential health information. Use it only for the purpose stated above and do not "
    "redisclose it except as the law permits. If you received it in error, notify the sender and destroy it."
)


@dataclass(frozen=True)
class NoticeRule:
    cover: str
    redisclosure_warning: bool
    part2_notice_if_part2: bool
    citation: str


@dataclass(frozen=True)
class Notices:
    cover: str
    redisclosure_warning: bool
    part2_notice: bool
    citation: str


# The ledger's bases (domain/disclosure_basis.BasisKind) whose recipient is the client.
_CLIENT_BASES = frozenset({"client_access"})
NOTICE_RULES: dict[Receiver, NoticeRule] = {
    "client": NoticeRule(OWN_COPY_COVER, redisclosure_warning=False, part2_notice_if_part2=False,
                         citation="45 CFR 164.524; 42 CFR 2.23"),
    "representative": NoticeRule(REPRESENTATIVE_COVER, redisclosure_warning=False, part2_notice_if_part2=False,
                                 citation="45 CFR 164.502(g), 164.524; 42 CFR 2.23"),
    "third_party": NoticeRule(THIRD_PARTY_COVER, redisclosure_warning=True, part2_notice_if_part2=True,
                              citation="45 CFR 164.502(a); 42 CFR 2.32"),
}


def receiver_of(basis_kind: str) -> Receiver:
    """The client for their own access; anyone else (an unknown basis too: the stricter wording)
    is a third party."""
    return "client" if basis_kind in _CLIENT_BASES else "third_party"


def notices_for(basis_kind: str, *, part2: bool, receiver: Receiver | None = None) -> Notices:
    """`receiver`: who receives the copy, where the basis alone does not say it (the client's access
    request: the client, their representative, or a person the client's written direction names)."""
    rule = NOTICE_RULES[receiver or receiver_of(basis_kind)]
    return Notices(rule.cover, rule.redisclosure_warning, part2 and rule.part2_notice_if_part2, rule.citation)


__all__ = ["NOTICE_RULES", "OWN_COPY_COVER", "REPRESENTATIVE_COVER", "THIRD_PARTY_COVER",
           "NoticeRule", "Notices", "Receiver", "notices_for",
           "receiver_of"]
