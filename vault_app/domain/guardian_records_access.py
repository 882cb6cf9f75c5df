"""The basis on which a representative recorded as not allowed to sign (a custody order limits their
authority) may still have the client's records: chosen from the bases the sources name, each with its
citation, or "other" in the therapist's words. Stored as a code and a text (migration 0121); the text
says which order, section or statute ("custody order of 03/02/2026, section 4").

What the sources here say (REGULATIONS.md, "Minors, couples, families"; seed 002): a parent acts as a
minor's personal representative within the authority the law and any court order give them (45 CFR
164.502(g)(1), (g)(3)); "Custody orders decide which parent may authorize; keep a copy"; custody
agreements "may specify which parent can authorize treatment or access records"; "states differ". So
the order, another court order, or the state's law may give a parent the records though they may not
sign; which one, and its words, only the therapist reads. The sources give no state's statute: the
state-law choice asks the therapist to name it.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain.errors import InvalidInput


@dataclass(frozen=True)
class RecordsBasis:
    code: str
    words: str  # how the choice reads (a screen says its own, by the code)
    citation: str
    detail: str  # what the text beside it should say
    text_required: bool = False


BASES: tuple[RecordsBasis, ...] = (
    RecordsBasis("custody_order", "The custody order or parenting plan gives them the records",
                 "45 CFR 164.502(g)(1), (g)(3); the custody order (REGULATIONS.md: custody orders decide which "
                 "parent may authorize; seed 002: they may specify which parent may access records)",
                 "its date and section, e.g. order of 03/02/2026, section 4"),
    RecordsBasis("court_order", "Another court order gives them the records",
                 "45 CFR 164.502(g)(1), (g)(3); the court's order", "which order, its date and section"),
    RecordsBasis("state_law", "The state's law gives a parent the records, though they may not sign",
                 "45 CFR 164.502(g)(1), (g)(3); the state's law (REGULATIONS.md: states differ)",
                 "the statute, e.g. the state's law on a non-custodial parent's access to a child's records",
                 text_required=True),
    RecordsBasis("other", "Another basis", "45 CFR 164.502(g)(1), (g)(3)", "the basis, in your words",
                 text_required=True),
)
BY_CODE: dict[str, RecordsBasis] = {b.code: b for b in BASES}
CODES: tuple[str, ...] = tuple(BY_CODE)


def checked_basis(code: str | None, text: str) -> tuple[str, str]:
    """(code, text) as kept: none ("", ""); a text alone is "other" (as a version before the codes kept
    it, and `--records-access TEXT` alone); a choice whose text says which it is needs that text."""
    code, text = (code or "").strip(), text.strip()
    if not code:
        return ("other", text) if text else ("", "")
    found = BY_CODE.get(code)
    if found is None:
        raise InvalidInput("Unknown basis for having the records.", hint="Bases: " + ", ".join(CODES) + ".",
                           code="guardian.records_basis_unknown", field="records_access_code")
    if found.text_required and not text:
        raise InvalidInput(
            f"Say the basis on which they may have the records ({found.detail}).",
            hint="It is kept with the person, so that anyone reading the chart knows why they receive the "
                 "client's records though they may not sign (45 CFR 164.502(g)(1), (g)(3)).",
            code="guardian.records_basis_needs_words", field="records_access_basis", params={"basis": code})
    return code, text


def basis_line(code: str, text: str) -> str:
    """The basis as the command line says it: the choice's words, then what the therapist wrote."""
    found = BY_CODE.get(code)
    if found is None:
        return text
    if code == "other":
        return text
    return f"{found.words.lower()}{': ' + text if text else ''} ({found.citation.split(';')[0]})"


__all__ = ["BASES", "BY_CODE", "CODES", "RecordsBasis", "basis_line", "checked_basis"]
