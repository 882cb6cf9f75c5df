"""What of the practice a superbill must print for a health plan to reimburse from it, as data
and a pure function.

A superbill is the client's claim to their plan for out-of-network services; the plan reads it
as it reads the claim form, CMS-1500 (02/12) (NUCC 1500 Claim Form Reference Instruction Manual):
item 24J / 33a the rendering and billing provider's NPI (45 CFR 162.410: a covered provider uses
its NPI on every standard transaction), item 25 the Federal Tax I.D. Number (an EIN or SSN;
domain/practice.TAX_ID_CITATION), item 33 the billing provider's name, address and phone. Without
the NPI or the Tax ID a plan cannot identify who is paid, and returns the claim; without the
address it cannot send the check. Found: a superbill was issued with none of the three, without
a word, and the client's plan could not use it. Refused (not warned): a PDF the payer cannot use
is a disclosure of the client's diagnoses to no purpose. A statement (the client's own bill)
needs none of them.
"""

from __future__ import annotations

from collections.abc import Mapping

from vault_app.domain.practice import PracticeProfile

SUPERBILL_PROVIDER_CITATION = ("CMS-1500 (02/12) items 24J/33a (NPI), 25 (Federal Tax I.D. Number), 33 (billing "
                               "provider's address); NUCC 1500 Claim Form Reference Instruction Manual; "
                               "45 CFR 162.410")
# Profile field -> its name in the refusal (the CLI's and an English screen's words).
SUPERBILL_PROVIDER_FIELDS: Mapping[str, str] = {"npi": "NPI", "tax_id": "Tax ID", "address": "address"}


def missing_for_superbill(profile: PracticeProfile) -> tuple[str, ...]:
    """The profile fields a superbill needs and the practice has not set, in the form's order."""
    return tuple(name for name in SUPERBILL_PROVIDER_FIELDS if not str(getattr(profile, name)).strip())


def missing_words(missing: tuple[str, ...]) -> str:
    names = [SUPERBILL_PROVIDER_FIELDS[name] for name in missing]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


__all__ = ["SUPERBILL_PROVIDER_CITATION", "SUPERBILL_PROVIDER_FIELDS", "missing_for_superbill", "missing_words"]
