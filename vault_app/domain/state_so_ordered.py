"""A subpoena a judge has signed ("so ordered"), said where the therapist chooses between the
court-order and the subpoena bases, for the states whose practice names one.

New York practice has subpoenas a judge signs ("so ordered"). One may be an order of the court,
but the state's privilege still protects what was said in therapy, and whether a so-ordered
subpoena overrides it is counsel's question, not the app's (walk-NY round 36: the basis list
offered "a court order" or "a subpoena with satisfactory assurances" and nothing else, and a New
York psychologist handed one had to pick alone). The app does not decide it: the court-order
basis still asks for the judge, the court and the signed copy (domain/disclosure_basis), and a
subpoena alone is still refused in New York (domain/state_privilege).

Like the privilege rules (domain/state_privilege.py), the words are drawn from the project's
brief and secondary summaries; the CPLR's own text was not read on this machine.
"""

from __future__ import annotations

from dataclasses import dataclass

from vault_app.domain.state_privilege import NOT_CHECKED

# The two bases the caution is said on: what a so-ordered subpoena could be taken for.
ON_BASES = ("court_order", "subpoena")


@dataclass(frozen=True)
class SoOrdered:
    state: str  # USPS code, as the license state is stored
    name: str
    citation: str
    verified: bool  # True only when the section's own text was read
    how_checked: str

    def sentence(self) -> str:
        """The caution in the command line's English, with its citation and how far it was checked."""
        return (f"{self.name}: a subpoena signed (\"so ordered\") by a judge may be an order of the court, but "
                f"{self.name}'s privilege for psychologists ({self.citation}) still protects what was said in "
                "psychotherapy: ask counsel before you treat it as a court order "
                f"({self.citation}; {NOT_CHECKED}).")


SO_ORDERED: dict[str, SoOrdered] = {
    "NY": SoOrdered("NY", "New York", "N.Y. CPLR 4507", False,
                    "the project's brief and secondary summaries of New York law; the CPLR's own text was not "
                    "read here"),
}


def so_ordered_for(state: str, basis: str) -> SoOrdered | None:
    """The caution to say on `basis` (a disclosure basis kind) for a practice licensed in `state`,
    or None (another basis, no state, or a state that names none)."""
    if basis not in ON_BASES:
        return None
    return SO_ORDERED.get(state.strip().upper())


__all__ = ["ON_BASES", "SO_ORDERED", "SoOrdered", "so_ordered_for"]
