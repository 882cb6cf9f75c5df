"""Read and save the practice profile (kept encrypted in records.db's meta table)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from vault_app.domain import locale_format
from vault_app.domain.errors import InvalidInput
from vault_app.domain.names import check_name
from vault_app.domain.practice import Jurisdiction, PracticeProfile, check_clinician, normalize_npi
from vault_app.services.vault import Vault
from vault_app.storage import settings_store

_KEY = settings_store.PRACTICE_PROFILE
# The one-line names printed on letters, certificates and disclosure PDFs.
_NAME_FIELDS = {"clinician_name": "clinician's name", "credentials": "credentials",
                "practice_name": "practice name", "privacy_contact": "privacy contact"}


def load(vault: Vault) -> PracticeProfile:
    stored = settings_store.read(vault.records, _KEY)
    return PracticeProfile() if not stored else PracticeProfile.from_dict(stored)


def _clean(profile: PracticeProfile) -> PracticeProfile:
    """The clinician's identifiers as stored: NPI without spaces, state in capitals."""
    return replace(profile, npi=normalize_npi(profile.npi), license_state=profile.license_state.strip().upper(),
                   clinician_name=profile.clinician_name.strip(), license_number=profile.license_number.strip())


def save(vault: Vault, profile: PracticeProfile) -> PracticeProfile:
    """Check and store the profile; returns it as stored (names trimmed, identifiers cleaned)."""
    names: dict[str, Any] = {f: check_name(getattr(profile, f), what) for f, what in _NAME_FIELDS.items()}
    profile = _clean(replace(profile, **names, locale=locale_format.normalize(profile.locale)))
    if profile.npi or profile.license_state:
        check_clinician(name=profile.clinician_name or profile.practice_name, npi=profile.npi,
                        license_state=profile.license_state, license_number=profile.license_number)
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


def set_clinician(vault: Vault, *, name: str, credentials: str = "", license_number: str = "",
                  license_state: str = "", npi: str = "") -> PracticeProfile:
    """Set-up's "About you" page and Settings: who the therapist is. The name is required."""
    npi, state = normalize_npi(npi), license_state.strip().upper()
    check_clinician(name=name, npi=npi, license_state=state, license_number=license_number)
    return update(vault, clinician_name=name.strip(), credentials=credentials.strip(),
                  license_number=license_number.strip(), license_state=state, npi=npi)


__all__ = ["Jurisdiction", "PracticeProfile", "load", "save", "set_clinician", "update"]


def printing_locale(vault: Vault) -> str:
    """The locale every printed page of this practice uses (dates, times, paper)."""
    return locale_format.normalize(load(vault).locale)
