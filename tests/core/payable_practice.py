"""The practice details a superbill needs (domain/superbill_provider): set, where a test's
practice has not set its own, so its superbill is one a health plan can pay from."""

from __future__ import annotations

from vault_app.services import practice
from vault_app.services.vault import Vault

# The clinician's name first: an NPI is refused without the name it belongs to (check_clinician).
PAYABLE = {"clinician_name": "Dr. Maren Oakes", "npi": "1234567893",
           "tax_id": "12-3456789", "address": "12 Elm St, Springfield"}


def payable(vault: Vault) -> None:
    profile = practice.load(vault)
    missing = {name: value for name, value in PAYABLE.items() if not getattr(profile, name)}
    if missing:
        practice.update(vault, **missing)


# The same on the command line: `vault-app practice update` with these.
PAYABLE_ARGS = ("--clinician-name", PAYABLE["clinician_name"], "--npi", PAYABLE["npi"], "--tax-id", PAYABLE["tax_id"],
                "--address", PAYABLE["address"])


# The diagnosis a superbill line carries (domain/superbill_diagnosis): without one it is refused.
DIAGNOSIS = "F43.23"


def diagnosed(vault: Vault, client_id: str) -> None:
    """The chart's treatment plan given a diagnosis (no start date: in force for every visit),
    where a test's own sessions record none."""
    from vault_app.services import plans

    plans.update_plan(vault, client_id, diagnosis_codes=[DIAGNOSIS])
