"""Read and save the practice profile (kept encrypted in records.db's meta table)."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from vault_app.domain import locale_format, wall_clock
from vault_app.domain.errors import InvalidInput
from vault_app.domain.names import check_name
from vault_app.domain.practice import (
    RETENTION_POLICY_FIELDS,
    Jurisdiction,
    PracticeProfile,
    check_clinician,
    check_jurisdiction,
    check_tax_id,
    normalize_npi,
)
from vault_app.services.vault import Vault
from vault_app.storage import settings_store

_KEY = settings_store.PRACTICE_PROFILE
# The one-line names printed on letters, certificates and disclosure PDFs (the license number
# and phone too: found, `practice update --phone` saved an escape sequence and a text-direction
# override that letters print).
_NAME_FIELDS = {"clinician_name": "clinician's name", "credentials": "credentials",
                "practice_name": "practice name", "privacy_contact": "privacy contact",
                "license_number": "license number", "phone": "phone"}


def _address(text: str) -> str:
    """The address may have several lines (letters print each); each is judged as a name."""
    return "\n".join(check_name(line, "address") for line in text.splitlines()).strip()


def load(vault: Vault) -> PracticeProfile:
    stored = settings_store.read(vault.records, _KEY)
    return PracticeProfile() if not stored else PracticeProfile.from_dict(stored)


def _clean(profile: PracticeProfile) -> PracticeProfile:
    """The clinician's identifiers as stored: NPI without spaces, state in capitals."""
    return replace(profile, npi=normalize_npi(profile.npi), license_state=profile.license_state.strip().upper(),
                   clinician_name=profile.clinician_name.strip(), license_number=profile.license_number.strip())


def save(vault: Vault, profile: PracticeProfile) -> PracticeProfile:
    """Check and store the profile; returns it as stored (names trimmed, identifiers cleaned)."""
    stored = load(vault)
    names: dict[str, Any] = {f: check_name(getattr(profile, f), what) for f, what in _NAME_FIELDS.items()}
    locale = (locale_format.normalize if profile.locale == stored.locale else locale_format.checked)(profile.locale)
    # The Tax ID judged only when it changed, as the jurisdiction's settings are (check_jurisdiction).
    tax_id = check_tax_id(profile.tax_id) if profile.tax_id != stored.tax_id else profile.tax_id
    zone = wall_clock.check_zone_name(profile.time_zone) if profile.time_zone != stored.time_zone else profile.time_zone
    profile = _clean(replace(profile, **names, address=_address(profile.address), locale=locale, tax_id=tax_id,
                             time_zone=zone))
    if profile.npi or profile.license_state:
        check_clinician(name=profile.clinician_name or profile.practice_name, npi=profile.npi,
                        license_state=profile.license_state, license_number=profile.license_number)
    j = profile.jurisdiction
    changed = [f.name for f in fields(Jurisdiction) if getattr(j, f.name) != getattr(stored.jurisdiction, f.name)]
    profile = replace(profile, jurisdiction=check_jurisdiction(j, changed))
    settings_store.write(vault.records, _KEY, profile.as_dict())
    vault.ledger.append("practice.updated", {})
    return profile


def _changed(current: PracticeProfile, changes: dict[str, Any]) -> PracticeProfile:
    jur_changes = dict(changes.pop("jurisdiction", None) or {})
    # An age of consent set by hand is no longer the state's rule it was accepted from: its
    # statement would cite a section for an age the section does not give.
    if "minor_consent_source" not in jur_changes and jur_changes.get(
            "age_of_consent_for_treatment", current.jurisdiction.age_of_consent_for_treatment) \
            != current.jurisdiction.age_of_consent_for_treatment:
        jur_changes["minor_consent_source"] = ""
    try:
        return replace(current, jurisdiction=replace(current.jurisdiction, **jur_changes), **changes)
    except TypeError as exc:
        raise InvalidInput(f"Unknown practice setting: {exc}") from None


def update(vault: Vault, **changes: Any) -> PracticeProfile:
    """Change profile fields; jurisdiction fields may be passed as `jurisdiction={...}`. The
    retention policy's numbers are not changed here but by services/retention.set_policy, which
    names the policy custom and records the change in the ledger (found: `practice update
    --retention-adult-years 3` left a preset's name, statute and no ledger entry of it)."""
    current = load(vault)
    profile = _changed(current, changes)
    if any(getattr(profile.jurisdiction, f) != getattr(current.jurisdiction, f) for f in RETENTION_POLICY_FIELDS):
        raise InvalidInput(
            "The retention policy's name, its years and the age of majority are set as the retention "
            "policy, which names the policy custom and records the change in the ledger.",
            hint="Use 'vault-app retention set' (--adult-years, --minor-years, --age-of-majority).")
    return save(vault, profile)


def update_retention(vault: Vault, **jurisdiction: Any) -> PracticeProfile:
    """Only for services/retention.set_policy, which records the change in the ledger."""
    return save(vault, _changed(load(vault), {"jurisdiction": jurisdiction}))


def set_clinician(vault: Vault, *, name: str, credentials: str = "", license_number: str = "",
                  license_state: str = "", npi: str = "") -> PracticeProfile:
    """Set-up's "About you" page and Settings: who the therapist is. The name is required."""
    npi, state = normalize_npi(npi), license_state.strip().upper()
    check_clinician(name=name, npi=npi, license_state=state, license_number=license_number)
    return update(vault, clinician_name=name.strip(), credentials=credentials.strip(),
                  license_number=license_number.strip(), license_state=state, npi=npi)


__all__ = ["Jurisdiction", "PracticeProfile", "load", "save", "set_clinician", "update", "update_retention"]


def printing_locale(vault: Vault) -> str:
    """The locale every printed page of this practice uses (dates, times, paper)."""
    return locale_format.normalize(load(vault).locale)
