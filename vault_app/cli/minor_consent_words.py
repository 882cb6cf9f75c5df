"""The license state's minors' consent rule (domain/minor_consent_presets) and duty to protect
(domain/duty_to_protect) as `decision settings` and `practice update` propose them:
one wording for both commands, without loading either."""

from __future__ import annotations

from vault_app.domain import duty_to_protect, minor_consent_presets, minor_consent_sud
from vault_app.domain.practice import Jurisdiction


def minor_consent_proposal(j: Jurisdiction, state: str) -> list[str]:
    """The license state's minors' consent rule, when the app knows one not in force: said with
    its section and conditions, and how to accept it (never applied without the flag)."""
    found = minor_consent_presets.proposal(j, state)
    if found is None:
        return []
    return [f"Your license state ({found.state}) has a minors' consent rule the app can apply "
            f"(now: age of consent {j.age_of_consent_for_treatment}):",
            f"  {found.statement()}",
            f"  To use it: vault-app decision settings --minor-consent-rule {found.state}"]


def duty_to_protect_proposal(j: Jurisdiction, state: str) -> list[str]:
    """The license state's duty to warn or protect (domain/duty_to_protect), when the app knows one
    not in force: offered beside the minors' rule, applied with the flag (the decision guide
    follows the stricter rule meanwhile)."""
    found = duty_to_protect.proposal(j, state)
    if found is None:
        return []
    return [f"Your license state ({found.state}) has a duty to warn or protect the app can apply "
            f"(now: duty to warn {j.duty_to_warn}):",
            f"  {duty_to_protect.statement(found)}",
            f"  To use it: vault-app decision settings --duty-to-warn {found.kind}"]


def part2_rule_lines(j: Jurisdiction) -> list[str]:
    """Who signs a minor's Part 2 consent, where the state's substance-use rule goes with the minors' rule
    applied (domain/minor_consent_sud): said, so that the age of consent is not taken for it."""
    found = minor_consent_sud.part2_rule(j)
    if found is None:
        return []
    age = f"from {found.age}" if found.age is not None else "no age; who signs follows the chart's record of who " \
        "consented to the treatment ('client update CLIENT --care-consented-by client|guardian')"
    checked = f"text checked on {found.checked_on}" if found.verified else \
        f"not checked against the statute's own text ({found.how_checked})"
    return [f"  Part 2 consents (substance-use treatment, 42 CFR 2.14): {found.citation}: {age}. {found.conditions} "
            f"The {checked}."]


__all__ = ["duty_to_protect_proposal", "minor_consent_proposal", "part2_rule_lines"]
