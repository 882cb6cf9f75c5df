"""The license state's minors' consent rule as `decision settings` and `practice update` propose it
(domain/minor_consent_presets): one wording for both commands, without loading either."""

from __future__ import annotations

from vault_app.domain import minor_consent_presets
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


__all__ = ["minor_consent_proposal"]
