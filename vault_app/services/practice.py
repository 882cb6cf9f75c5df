"""Read and save the practice profile (kept encrypted in records.db's meta table)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from vault_app.domain.errors import InvalidInput
from vault_app.domain.practice import Jurisdiction, PracticeProfile
from vault_app.services.vault import Vault

_KEY = "practice_profile"


def load(vault: Vault) -> PracticeProfile:
    row = vault.records.query_one("SELECT value FROM meta WHERE key = ?", (_KEY,))
    if not row:
        return PracticeProfile()
    return PracticeProfile.from_dict(json.loads(row[0]))


def save(vault: Vault, profile: PracticeProfile) -> None:
    j = profile.jurisdiction
    if not (0 < j.retention_adult_years <= 100 and 0 <= j.retention_minor_years_after_majority <= 100):
        raise InvalidInput("Retention years must be between 1 and 100.")
    if not (10 <= j.age_of_majority <= 30 and 0 < j.age_of_consent_for_treatment <= 30):
        raise InvalidInput("Ages must be realistic (majority between 10 and 30).")
    if j.duty_to_warn not in ("mandatory", "permissive", "none"):
        raise InvalidInput("Duty to warn must be mandatory, permissive or none.")
    with vault.records.transaction():
        vault.records.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (_KEY, json.dumps(profile.as_dict(), sort_keys=True)),
        )
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
