"""The section of the law each legal basis of a disclosure rests on, as the chart's Disclosures
tab names it beside the ledger's summary (found by a walker: "required by law (child abuse
report)" named no section while "to prevent or lessen a serious and imminent threat (164.512(j))"
did). The summaries are signed history (disclosure_basis.SUMMARIES, never reworded): the section
is said beside them, from the bases' own citations (disclosure_basis.SPECS) and, for a disclosure
required by law, the paragraph of its kind of duty.
"""

from __future__ import annotations

import re

from vault_app.domain.disclosure_basis import SPECS, read_summary

# A disclosure required by law, by the duty it met (disclosure_basis.LAW_KINDS): 164.512(a) in
# general; a report of child abuse or neglect to an authority the law names, 164.512(b)(1)(ii); of
# the abuse of an adult, 164.512(c); a duty to warn or protect, 164.512(a) with (j).
LAW_KIND_CITATIONS: dict[str, str] = {
    "child_abuse_report": "45 CFR 164.512(b)(1)(ii)",
    "elder_abuse_report": "45 CFR 164.512(c)",
    "duty_to_warn": "45 CFR 164.512(a), (j)",
    "other_statute": "45 CFR 164.512(a)",
}

# A section already named in a summary ("(164.512(j))", "(164.508(a)(2)(i)(B))").
_SECTION = re.compile(r"\b16[0-4]\.\d{3}\b")


def basis_citation(kind: str, summary: str) -> str:
    """The citation to say beside a stored summary of a basis of `kind`: "" when the summary names
    a section already, or the basis is not one this version knows."""
    if _SECTION.search(summary) or kind not in SPECS:
        return ""
    if kind == "required_by_law":
        found = read_summary(kind, summary)
        law = found[1].get("law", "").replace(" ", "_") if found is not None else ""
        return LAW_KIND_CITATIONS.get(law, SPECS[kind].citation)
    return SPECS[kind].citation


__all__ = ["LAW_KIND_CITATIONS", "basis_citation"]
