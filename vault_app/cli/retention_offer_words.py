"""The retention rule in force and, when it is not the license state's, the state's preset offered
with the exact command (domain/retention_presets.state_offer: the rule the first-run wizard
applies by default). Offered, not applied, as `practice update` offers the minors' consent rule:
a preset can shorten the adults' years, and that is the therapist's choice to make."""

from __future__ import annotations

from vault_app.domain.retention import RetentionPolicy
from vault_app.domain.retention_presets import PRESET_AGE_OF_MAJORITY, has_preset, policy_title, state_offer
from vault_app.services import retention
from vault_app.services.vault import Vault


def retention_offer(vault: Vault, state: str, credentials: str) -> list[str]:
    """What `practice update` says of retention: the rule in force, then the state's preset to
    apply (or, for a state without one, that the APA guideline is not its law)."""
    pol: RetentionPolicy = retention.policy(vault)
    lines = [f"Retention rule in force: {policy_title(pol.name)}: {pol.describe()}."]
    offered = state_offer(state, credentials, pol.name, (pol.adult_years, pol.minor_years_after_majority,
                                                         pol.age_of_majority))
    code = state.strip().upper()
    if offered:
        lines.append(f"Your license state ({code}) has a retention rule the app can apply "
                     "(the first-run wizard applies it by default):")
        for p in offered:
            lines.append(f"  {p.name} ({p.key}): adults {p.adult_years} years after the last contact; minors the "
                         f"later of that and {p.minor_years_after_majority} years after age "
                         f"{PRESET_AGE_OF_MAJORITY}. {p.statement()}")
        keys = " or ".join(p.key for p in offered)
        lines.append(f"  To use it: vault-app retention set --preset {keys}"
                     + (" (the one for your license)" if len(offered) > 1 else ""))
    elif code and not has_preset(code):
        notice = retention.policy_warning(vault)
        if notice:
            lines.append(notice)
    return lines


__all__ = ["retention_offer"]
