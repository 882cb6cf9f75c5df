"""The Settings dialog's one action: save the lock times and the practice profile together.

The profile is checked and written first, so a refused field (a bad NPI, an unknown
license state) leaves the lock times and the retention policy as they were too: one save,
all or nothing that the user can see. The CLI sets the profile alone (`vault-app practice update`).
"""

from __future__ import annotations

from typing import Any

from vault_app.domain import duty_to_protect, minor_consent_presets
from vault_app.domain.errors import InvalidInput
from vault_app.domain.practice import PracticeProfile
from vault_app.domain.retention import RetentionPolicy, preset
from vault_app.services import practice
from vault_app.services import retention as retention_service
from vault_app.services.vault import Vault


def save_settings(vault: Vault, *, auto_lock_minutes: int, psychotherapy_lock_minutes: int,
                  profile: dict[str, str], retention: dict[str, Any] | None = None,
                  minor_consent_state: str = "", duty_to_protect_state: str = "") -> PracticeProfile:
    """`retention`: what services.retention.set_policy is to be given (a preset key or the
    numbers), None when the policy did not change: checked before anything is written.
    `minor_consent_state`: the license state whose minors' consent rule the therapist accepted
    (proposed on the page, domain/minor_consent_presets), "" for none; `duty_to_protect_state` the same for
    its duty to warn or protect (domain/duty_to_protect)."""
    if retention is not None:
        _check_retention(retention)
    if minor_consent_state:
        minor_consent_presets.find(minor_consent_state)  # an unknown one refused before anything is written
    duty = duty_to_protect.rule_for(duty_to_protect_state) if duty_to_protect_state else None
    if duty_to_protect_state and duty is None:
        raise InvalidInput(f"The app knows no duty to warn or protect for {duty_to_protect_state}.")
    saved = practice.update(vault, **profile)
    vault.update_settings(auto_lock_minutes=auto_lock_minutes, psychotherapy_lock_minutes=psychotherapy_lock_minutes)
    if retention is not None:
        retention_service.set_policy(vault, **retention)
        saved = practice.load(vault)
    if minor_consent_state:
        saved = practice.update(vault, jurisdiction=minor_consent_presets.changes_for(
            minor_consent_presets.find(minor_consent_state)))
    if duty is not None:
        saved = practice.update(vault, jurisdiction=duty_to_protect.changes_for(duty))
    return saved


def _check_retention(retention: dict[str, Any]) -> None:
    key = retention.get("preset_key")
    if key:
        preset(str(key))  # an unknown one is refused with the list of keys
        return
    RetentionPolicy(int(retention["adult_years"]), int(retention["minor_years_after_majority"]),
                    int(retention["age_of_majority"])).validated()


__all__ = ["save_settings"]
