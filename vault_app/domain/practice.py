"""The practice profile and jurisdiction settings: who the therapist is, which rules apply.

Defaults are a neutral US-federal baseline. The app gives no legal advice: every
jurisdiction value is editable and shown to the user where it is used.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

DutyToWarn = Literal["mandatory", "permissive", "none"]


@dataclass(frozen=True)
class Jurisdiction:
    name: str = "US federal baseline (edit for your state)"
    retention_adult_years: int = 7
    retention_minor_years_after_majority: int = 3
    # Where the retention years come from: statute, profession, date checked (a preset's statement).
    retention_source: str = "APA Record Keeping Guidelines (no statute chosen)"
    age_of_majority: int = 18
    age_of_consent_for_treatment: int = 18
    duty_to_warn: DutyToWarn = "permissive"
    elder_abuse_reporting_age: int = 65
    elder_abuse_scope: str = "abuse, neglect or exploitation of an elder or dependent adult"


@dataclass(frozen=True)
class PracticeProfile:
    clinician_name: str = ""
    credentials: str = ""
    practice_name: str = ""
    address: str = ""
    phone: str = ""
    privacy_contact: str = "Privacy Officer"
    jurisdiction: Jurisdiction = field(default_factory=Jurisdiction)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PracticeProfile:
        jur_data = data.get("jurisdiction") or {}
        known_j = {f.name for f in fields(Jurisdiction)}
        jurisdiction = Jurisdiction(**{k: v for k, v in jur_data.items() if k in known_j})
        known = {f.name for f in fields(cls)} - {"jurisdiction"}
        return cls(jurisdiction=jurisdiction, **{k: v for k, v in data.items() if k in known})

    @property
    def performer(self) -> str:
        """How the therapist is named on certificates and letters."""
        name = self.clinician_name or "the vault owner"
        return f"{name}, {self.credentials}" if self.credentials else name
