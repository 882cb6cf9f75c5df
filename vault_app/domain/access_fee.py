"""What may be charged for the client's copy under their right of access (45 CFR 164.524(c)(4)).

A fee is the practice's choice; if it charges, the rule allows only a reasonable, cost-based fee
for (i) labor for copying, (ii) supplies for the paper copy or the electronic media, (iii)
postage when the client asked to have it mailed, and (iv) a summary or explanation the client
agreed to in advance, with its fee (164.524(c)(2)(iii)). Nothing else: not searching for or
retrieving the records, not verifying who asks, not keeping systems (HHS guidance on access
fees). Found by a walker: nothing in the app or its docs said so. The app records no fee; it
says the rule where the copy is made.
"""

from __future__ import annotations

from dataclasses import dataclass

CITATION = "45 CFR 164.524(c)(4)"


@dataclass(frozen=True)
class FeeItem:
    allowed: bool
    citation: str
    needs_agreement: bool = False  # allowed only if the client agreed to it and its fee in advance


# What a fee for the client's copy may be made of, and what it may not.
FEE_ITEMS: dict[str, FeeItem] = {
    "copying_labor": FeeItem(True, "45 CFR 164.524(c)(4)(i)"),
    "supplies": FeeItem(True, "45 CFR 164.524(c)(4)(ii)"),
    "postage": FeeItem(True, "45 CFR 164.524(c)(4)(iii)"),
    "summary": FeeItem(True, "45 CFR 164.524(c)(4)(iv), (c)(2)(iii)", needs_agreement=True),
    "search_and_retrieval": FeeItem(False, CITATION),
    "verification": FeeItem(False, CITATION),
    "systems_upkeep": FeeItem(False, CITATION),
}

FEE_SENTENCE = ("A fee for this copy, if you charge one, may cover only the labor of copying, supplies, postage and a "
                f"summary the client agreed to ({CITATION}).")


def fee_item_allowed(item: str, *, client_agreed: bool = False) -> bool:
    """Whether `item` may be part of the fee for the client's copy (an unknown item may not)."""
    found = FEE_ITEMS.get(item)
    if found is None or not found.allowed:
        return False
    return client_agreed or not found.needs_agreement


__all__ = ["CITATION", "FEE_ITEMS", "FEE_SENTENCE", "FeeItem", "fee_item_allowed"]
