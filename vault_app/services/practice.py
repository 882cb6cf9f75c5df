"""Read and save the practice profile (kept encrypted in records.db's meta table)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from vault_app.domain.errors import InvalidInput
from vault_app.domain.practice import Jurisdiction, PracticeProfile
from vault_app.services.vault import Vault
from vault_app.storage import settings_store

_KEY = "practice_profile"


def load(vault: Vault) -> PracticeProfile:
    stored = settings_store.read(vault.records, _KEY)
    return PracticeProfile() if not stored else PracticeProfile.from_dict(stored)


def save(vault: Vault, profile: PracticeProfile) -> None:
    j = profile.jurisdiction
    if not (0 < j.retention_adult_years <= 100 and 0 <= j.retention_minor_years_after_majority <= 100):
        raise InvalidInput("Retention years must be between 1 and 100.")
    if not (10 <= j.age_of_majority <= 30 and 0 < j.age_of_consent_for_treatment <= 30):
        raise InvalidInput("Ages must be realistic (majority between 10 and 30).")
    if j.duty_to_warn not in ("mandatory", "permissive", "none"):
        raise InvalidInput("Duty to warn must be mandatory, permissive or none.")
    settings_store.write(vault.records, _KEY, profile.as_dict())
    vault.ledger.append("practice.updated", {})


def update(vault: Vault, **changes: Any) -> PracticeProfile:
    """Change profile fields; jurisdiction fields may be passed as `jurisdiction={...}`."""
    current = load(vault)
    jur_changes = changes.pop("jurisdiction", None) or {}
    try:
        jurisdiction = replace(current.jurisdiction, **jur_changes)
        profile = replace(current, jurisdiction=jurisdiction, **changes)
    except TypeError as exc:
        raise InvalidInput(f"Unknown practice setting: {exc}") from None
    save(vault, profile)
    return profile


__all__ = ["Jurisdiction", "PracticeProfile", "load", "save", "update"]
