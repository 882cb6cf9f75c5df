"""Which repeated disclosures the accounting may give as one line (45 CFR 164.528(b)(3)).

164.528(b)(3): for "multiple disclosures of protected health information to the same person or
entity for a single purpose under 164.502(a)(2)(ii) or 164.512, or pursuant to a single
authorization under 164.508", the accounting may give the first disclosure in full, the number
of disclosures, and the date of the last one. Anything else is listed one line per disclosure:

- another recipient (name or address), another purpose, another legal basis;
- under an authorization: another authorization (each has its own period, recipient and
  expiry: merged, the line printed the first one's period only, for disclosures made under
  another), or one whose exclusion fell (made after a revocation or expiration, or recorded
  though the gate refused it): not "pursuant to" an authorization at all;
- an accountable basis outside 164.512 (a defense in the client's lawsuit, 164.508(a)(2)(i)(C)),
  and a manual record the gate objected to: possibly impermissible, each stands alone.

Listing one line too many is harmless; merging two the rule does not let merge hides from the
client a disclosure's own date and basis.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from vault_app.domain.accounting_reliance import AUTHORIZATION_BASES, GATE_CONCERNS, authorization_ids
from vault_app.domain.disclosure import DisclosureRecord

CITATION = "45 CFR 164.528(b)(3)"

# The bases under 164.512 (or 164.502(a)(2)(ii)) whose repeats may be summarized, with the section.
SECTION_164_512: dict[str, str] = {
    "court_order": "164.512(e)",
    "subpoena": "164.512(e)",
    "required_by_law": "164.512(a)",
    "health_oversight": "164.512(d)",
    "coroner": "164.512(g)",
    "serious_threat": "164.512(j)",
}

MergeKey = tuple[str, str, str, str, tuple[str, ...]]


def normalized(text: str) -> str:
    """`text` as compared: case and runs of spaces do not tell two recipients or purposes apart."""
    return " ".join(text.casefold().split())


def merge_key(record: DisclosureRecord) -> MergeKey | None:
    """What a repeat must share with `record` to be summarized with it; None: it stands alone."""
    if record.manual and record.extra.get(GATE_CONCERNS):
        return None
    kind = record.basis_kind
    if kind in AUTHORIZATION_BASES:
        authorizations = tuple(sorted(authorization_ids(record)))
        # An exclusion that fell (accountable now): the disclosure was not pursuant to the authorization.
        if record.accountable or not authorizations:
            return None
    elif record.accountable and kind not in SECTION_164_512:
        return None
    else:
        authorizations = ()
    return (normalized(record.recipient.name), normalized(record.recipient.address), normalized(record.purpose), kind,
            authorizations)


@dataclass(frozen=True)
class MergedLine:
    """One line of the accounting: the first disclosure in full, how many, the last one's day."""

    first: DisclosureRecord
    count: int
    last_day: date

    @property
    def summarized(self) -> bool:
        return self.count > 1

    @property
    def first_day(self) -> date:
        return self.first.day


def merge(records: Iterable[DisclosureRecord]) -> tuple[MergedLine, ...]:
    """The records as accounting lines in order of their first disclosure; repeats summarized."""
    ordered = sorted(records, key=lambda r: (r.day, r.seq))
    groups: dict[MergeKey, list[DisclosureRecord]] = {}
    alone: list[list[DisclosureRecord]] = []
    for r in ordered:
        key = merge_key(r)
        if key is None:
            alone.append([r])
        else:
            groups.setdefault(key, []).append(r)
    lines = [MergedLine(g[0], len(g), g[-1].day) for g in (*groups.values(), *alone)]
    return tuple(sorted(lines, key=lambda line: (line.first.day, line.first.seq)))


__all__ = ["CITATION", "SECTION_164_512", "MergeKey", "MergedLine", "merge", "merge_key", "normalized"]
