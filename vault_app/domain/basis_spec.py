"""What a legal basis declares: the kinds it carries, its citation, the accounting's rule for it
and the evidence it asks for (the table itself is domain/disclosure_basis.SPECS)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from vault_app.domain.authorization import InfoKind

BasisKind = Literal[
    "authorization",
    "court_order",
    "subpoena",
    "required_by_law",
    "health_oversight",
    "legal_defense",
    "coroner",
    "treatment",
    "payment",
    "client_access",
    "national_security",
    "serious_threat",
    "training",
    "successor",
]
FieldType = Literal["text", "date", "bool", "attachment", "kinds", "choice"]


@dataclass(frozen=True)
class EvidenceField:
    name: str
    label: str
    type: FieldType = "text"
    required: bool = True
    choices: tuple[str, ...] = ()
    # Asked only when the records are Part 2 records, and then required: a court order authorizes
    # their disclosure only with the findings, notice and limits of 42 CFR 2.64, which the gate
    # checks (domain/subpoena.part2_order_lacking); for other records the order needs none of them.
    part2_only: bool = False
    # A choice the therapist makes, never one a form makes for them: it opens on no choice (a list's
    # first item was taken as said; domain/treatment_recipient.py).
    unchosen: bool = False


@dataclass(frozen=True)
class Moved:
    """A choice a basis no longer carries for a new disclosure, and the basis that carries it now.
    It stays among the field's choices so that disclosures recorded with it stay readable (and the
    gate can refuse it with its advice); a form never offers it, nor the fields asked only for it."""

    kind: str
    field: str
    choice: str
    to: str
    only_for: tuple[str, ...] = ()  # the fields asked only for this choice


@dataclass(frozen=True)
class BasisSpec:
    kind: BasisKind
    title: str
    citation: str
    allows: frozenset[InfoKind]
    accountable: bool
    # Label used in the accounting for the disclosures the rule excludes from it.
    exclusion: str = ""
    minimum_necessary: bool = True
    fields: tuple[EvidenceField, ...] = ()
    # Never shown to the client, not even among the exclusions (164.528(a)(1)(vi); 164.512(k)).
    hidden_from_client: bool = False


__all__ = ["BasisKind", "BasisSpec", "EvidenceField", "FieldType", "Moved"]
