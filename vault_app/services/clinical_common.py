"""Helpers the clinical services share: clock, author, lookups that raise NotFound, audit."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from vault_app.crypto import keys, signing
from vault_app.domain import minor_consent_presets
from vault_app.domain.clinical import looks_like_id
from vault_app.domain.clinical_notes import Signature, content_hash, signature_message
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.services import practice
from vault_app.services.vault import Vault
from vault_app.storage import clinical_clients, settings_store

SETTINGS_KEY = "clinical_settings"
DEFAULT_UNSIGNED_FLAG_DAYS = 3


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def today() -> date:
    return date.today()


def local_now() -> datetime:
    """The local wall-clock time, naive, as appointments are kept (a day and a start time)."""
    return datetime.now()


def author(vault: Vault) -> str:
    return practice.load(vault).performer


def age_of_majority(vault: Vault) -> int:
    return practice.load(vault).jurisdiction.age_of_majority


def majority_and_consent(vault: Vault) -> tuple[int, int]:
    """The practice's age of majority and age of consent for treatment (a minor's own consent)."""
    j = practice.load(vault).jurisdiction
    return j.age_of_majority, j.age_of_consent_for_treatment


def minor_consent_rule(vault: Vault) -> tuple[int, int, str]:
    """majority_and_consent and the section the age of consent comes from ("" when set by hand)."""
    j = practice.load(vault).jurisdiction
    return j.age_of_majority, j.age_of_consent_for_treatment, minor_consent_presets.rule_citation(j)


def require_client(vault: Vault, client_id: str) -> str:
    """The chart's kind (individual/couple/family); NotFound for an unknown id."""
    kind = clinical_clients.kind_of(vault.records, client_id) if isinstance(client_id, str) else None
    if kind is None:
        raise NotFound("No client or case with that id.", hint="List them with 'vault-app client list'.",
                       code="client.not_found")
    return kind


def resolve_client_id(vault: Vault, ref: str) -> str:
    """Accept a client id or a chart number (what a user types at the command line)."""
    ref = (ref or "").strip()
    if looks_like_id(ref) and clinical_clients.kind_of(vault.records, ref):
        return ref
    found = clinical_clients.id_by_chart_number(vault.records, ref)
    if found is not None:
        return found
    # Typed in lower case ('demo-00002' for DEMO-00002; found at the command line): taken
    # when it names one chart only.
    alike = clinical_clients.ids_by_chart_number_any_case(vault.records, ref)
    if len(alike) == 1:
        return alike[0]
    if alike:
        raise InvalidInput("More than one chart number matches that one but for upper and lower case.",
                           hint="Type the chart number exactly as 'vault-app client list' shows it.")
    raise NotFound("No client or case with that id or chart number.",
                   hint="'vault-app client list' shows every chart number.")


def audit(vault: Vault, event: str, /, **ids: Any) -> None:
    """A ledger event about the record: ids and metadata only, never text or names."""
    vault.ledger.append(event, ids)


def load_settings(vault: Vault) -> dict[str, Any]:
    return settings_store.read(vault.records, SETTINGS_KEY) or {}


def save_setting(vault: Vault, key: str, value: Any) -> None:
    settings = load_settings(vault)
    settings[key] = value
    settings_store.write(vault.records, SETTINGS_KEY, settings)


def unsigned_flag_days(vault: Vault) -> int:
    return int(load_settings(vault).get("unsigned_flag_days", DEFAULT_UNSIGNED_FLAG_DAYS))


def set_unsigned_flag_days(vault: Vault, days: int) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 365:
        raise InvalidInput("The unsigned-note limit must be between 1 and 365 days.",
                           code="settings.unsigned_days_range", field="unsigned_flag_days")
    save_setting(vault, "unsigned_flag_days", days)
    audit(vault, "settings.clinical_updated", unsigned_flag_days=days)


def make_signature(vault: Vault, kind: str, note_id: str, content: dict[str, Any], signed_by: str) -> Signature:
    digest = content_hash(content)
    sig = vault.sign(signature_message(kind, note_id, digest))
    return Signature(now_iso(), signed_by, digest, sig.hex())


def ledger_records_content(vault: Vault, payload: dict[str, Any], content: dict[str, Any]) -> bool:
    """Whether a ledger entry (note.signed, decision.signed) recorded exactly this content.
    Entries since format 2 hold a keyed `content_mac`; older ones a bare `content_hash`.
    A psychotherapy note's (mac_key "psychotherapy", format 3) is checked with that
    compartment unlocked: its key comes from the psychotherapy wrapping key."""
    digest = content_hash(content)
    if "content_mac" in payload:
        mac = vault.content_mac(digest, psychotherapy=payload.get("mac_key") == "psychotherapy")
        return keys.macs_equal(bytes.fromhex(mac), bytes.fromhex(str(payload["content_mac"])))
    return payload.get("content_hash") == digest


def signature_valid(
    vault: Vault, kind: str, note_id: str, content: dict[str, Any], sig: Signature | None
) -> bool | None:
    """None for an unsigned note; False if the text no longer matches what was signed."""
    if sig is None:
        return None
    digest = content_hash(content)
    if digest != sig.content_hash:
        return False
    try:
        raw = bytes.fromhex(sig.signature_hex)
    except ValueError:
        return False
    # A note signed before a full key replacement was signed with the key it retired (services/signing_keys.py).
    message = signature_message(kind, note_id, digest)
    return any(signing.verify(key, message, raw) for key in vault.known_public_keys)
