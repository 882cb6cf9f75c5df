"""Read and save the practice profile (kept encrypted in records.db's meta table)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from vault_app.domain.errors import InvalidInput
from vault_app.domain.names import check_name
from vault_app.domain.practice import Jurisdiction, PracticeProfile
from vault_app.services.vault import Vault
from vault_app.storage import settings_store

_KEY = "practice_profile"
# The one-line names printed on letters, certificates and disclosure PDFs.
_NAME_FIELDS = {"clinician_name": "clinician's name", "credentials": "credentials",
                "practice_name": "practice name", "privacy_contact": "privacy contact"}


def load(vault: Vault) -> PracticeProfile:
    stored = settings_store.read(vault.records, _KEY)
    return PracticeProfile() if not stored else PracticeProfile.from_dict(stored)


def save(vault: Vault, profile: PracticeProfile) -> PracticeProfile:
    """Check and store the profile; returns it as stored (names trimmed)."""
    names: dict[str, Any] = {f: check_name(getattr(profile, f), what) for f, what in _NAME_FIELDS.items()}
    profile = replace(profile, **names)
    j = profile.jurisdiction
    if not (0 < j.retention_adult_years <= 100 and 0 <= j.retention_minor_years_after_majority <= 100):
        raise InvalidInput("Retention years must be between 1 and 100.")
    if not (10 <= j.age_of_majority <= 30 and 0 < j.age_of_consent_for_treatment <= 30):
        raise InvalidInput("Ages must be realistic (majority between 10 and 30).")
    if j.duty_to_warn not in ("mandatory", "permissive", "none"):
        raise InvalidInput("Duty to warn must be mandatory, permissive or none.")
    settings_store.write(vault.records, _KEY, profile.as_dict())
    vault.ledger.append("practice.updated", {})
    return profile


def update(vault: Vault, **changes: Any) -> PracticeProfile:
    """Change profile fields; jurisdiction fields may be passed as `jurisdiction={...}`."""
    current = load(vault)
    jur_changes = changes.pop("jurisdiction", None) or {}
    try:
        jurisdiction = replace(current.jurisdiction, **jur_changes)
        profile = replace(current, jurisdiction=jurisdiction, **changes)
    except TypeError as exc:
        raise InvalidInput(f"Unknown practice setting: {exc}") from None
    return save(vault, profile)


__all__ = ["Jurisdiction", "PracticeProfile", "load", "save", "update"]
