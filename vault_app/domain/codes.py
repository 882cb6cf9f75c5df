"""CPT and ICD-10-CM code formats, and the usual psychotherapy CPT code for a session.

Only the *format* is checked (the code sets are licensed and change yearly); the
defaults follow the CMS time rules for psychotherapy codes and the AMA CPT descriptors
(90832/90834/90837 individual psychotherapy by time; 90846 family psychotherapy without the
patient present, 90847 with the patient present; 90853 group).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vault_app.domain.errors import InvalidInput

_CPT = re.compile(r"^\d{4}[0-9FT]$")
_ICD10 = re.compile(r"^([A-Z])(\d)([0-9A-Z])(?:\.?([0-9A-Z]{1,4}))?$")

DESCRIPTIONS: dict[str, str] = {
    "90791": "Psychiatric diagnostic evaluation",
    "90832": "Psychotherapy, 30 minutes (16-37)",
    "90834": "Psychotherapy, 45 minutes (38-52)",
    "90837": "Psychotherapy, 60 minutes (53 or more)",
    "90839": "Psychotherapy for crisis, first 60 minutes (30-74)",
    "90840": "Psychotherapy for crisis, each additional 30 minutes (add-on)",
    "90846": "Family psychotherapy without the patient, 50 minutes",
    "90847": "Family / couple psychotherapy with the patient, 50 minutes",
    "90853": "Group psychotherapy",
    "90785": "Interactive complexity (add-on)",
    "99354": "Prolonged service, first hour beyond the usual time (add-on)",
    "99417": "Prolonged office visit, each additional 15 minutes (add-on)",
}


def check_cpt(code: str, *, field: str = "cpt_code") -> str:
    value = (code or "").strip().upper()
    if not _CPT.match(value):
        raise InvalidInput(
            "That is not a valid CPT code format.", hint="CPT codes are 5 characters, e.g. 90834 (or 4 digits + F/T).",
            code="cpt.invalid", field=field,
        )
    return value


def check_icd10(code: str) -> str:
    """Normalize an ICD-10-CM code to its dotted form (F411 -> F41.1)."""
    value = (code or "").strip().upper()
    match = _ICD10.match(value)
    if not match:
        raise InvalidInput(
            "That is not a valid ICD-10 code format.",
            hint="ICD-10-CM codes look like F41.1, F32.A or Z63.0: a letter, two characters, an optional dot part.",
            code="icd10.invalid", field="icd10_codes",
        )
    letter, d1, c3, rest = match.groups()
    return f"{letter}{d1}{c3}" + (f".{rest}" if rest else "")


def check_icd10_list(codes: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(check_icd10(c) for c in codes))


@dataclass(frozen=True)
class CptSuggestion:
    code: str
    addons: tuple[str, ...] = ()
    reason: str = ""


def default_cpt(
    duration_minutes: int,
    modality: str,
    *,
    service_type: str = "psychotherapy",
    patient_present: bool = True,
) -> CptSuggestion | None:
    """The usual code for a session, or None when no time-based code applies (< 16 min)."""
    if service_type == "intake":
        return CptSuggestion("90791", reason="diagnostic evaluation (intake)")
    if service_type == "crisis" and duration_minutes >= 30:
        extra = 0 if duration_minutes < 75 else 1 + (duration_minutes - 75) // 30
        return CptSuggestion("90839", ("90840",) * extra, reason="psychotherapy for crisis")
    if modality == "group":
        return CptSuggestion("90853", reason="group psychotherapy")
    if modality in ("couple", "family") and duration_minutes >= 26:
        if patient_present:
            return CptSuggestion("90847", reason="family/couple psychotherapy with the patient")
        return CptSuggestion("90846", reason="family psychotherapy without the patient")
    if duration_minutes >= 53:
        return CptSuggestion("90837", reason="53 minutes or more")
    if duration_minutes >= 38:
        return CptSuggestion("90834", reason="38 to 52 minutes")
    if duration_minutes >= 16:
        return CptSuggestion("90832", reason="16 to 37 minutes")
    return None


def followed_default(code: str, *, before: tuple[int, str], after: tuple[int, str],
                     service_type: str = "psychotherapy") -> str | None:
    """The code a session proposes when its length or modality changes, (minutes, modality)
    `before` -> `after`: the new default when `code` is the default for what it was before (the
    app chose it, or the therapist took the default), "" when no time-based code applies any
    more; None when `code` is another one (the therapist chose it: it stays). Found: a note
    whose modality became Family kept 90837, the individual code (AMA CPT: 90847 is family
    psychotherapy with the patient present)."""
    if before == after:
        return None
    was = default_cpt(*before, service_type=service_type)
    if code.strip().upper() != (was.code if was else ""):
        return None
    now = default_cpt(*after, service_type=service_type)
    return now.code if now else ""
