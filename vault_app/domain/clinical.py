"""The chart: clients, joint cases, guardians, sessions, treatment plans, attachments.

Notes live in `domain/clinical_notes.py`; scanned documents and where an imported note came from in
`domain/clinical_documents.py`. Everything here is pure data plus the
rules that need no I/O (validation, the derived minor flag). Dates are local
calendar dates; `*_at` timestamps are UTC ISO strings written by the services.
Error messages never quote what the user typed: it may be a name or note text.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time
from typing import Any, Literal, get_args

from vault_app.domain.errors import InvalidInput
from vault_app.domain.names import check_name

ClientStatus = Literal["active", "inactive", "discharged"]
ClientKind = Literal["individual", "couple", "family"]
# Who consented to a minor's care (45 CFR 164.502(g)(3)(i)): "client", the minor under the state's rule;
# "guardian", a parent or guardian; "" not recorded.
CareConsentedBy = Literal["", "client", "guardian"]
GuardianAuthority = Literal[
    "parent", "legal_guardian", "personal_representative", "health_care_agent", "other"
]
Modality = Literal["individual", "couple", "family", "group"]
Setting = Literal["in_person", "telehealth"]
ServiceType = Literal["psychotherapy", "intake", "crisis"]
BillingStatus = Literal["unbilled", "billed", "paid", "denied", "no_charge", "self_pay"]
GoalStatus = Literal["active", "met", "revised", "discontinued"]

CLIENT_STATUSES: tuple[str, ...] = get_args(ClientStatus)
CLIENT_KINDS: tuple[str, ...] = get_args(ClientKind)
GUARDIAN_AUTHORITIES: tuple[str, ...] = get_args(GuardianAuthority)
CASE_KINDS: tuple[str, ...] = ("couple", "family")
MODALITIES: tuple[str, ...] = get_args(Modality)
SETTINGS: tuple[str, ...] = get_args(Setting)
SERVICE_TYPES: tuple[str, ...] = get_args(ServiceType)
BILLING_STATUSES: tuple[str, ...] = get_args(BillingStatus)
GOAL_STATUSES: tuple[str, ...] = get_args(GoalStatus)

MAX_NAME_LEN = 200
MAX_SHORT_TEXT = 2_000
_CHART_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
_ID = re.compile(r"^[0-9a-f]{16}$")
EARLIEST_DATE = date(1900, 1, 1)


def new_id() -> str:
    """Random ids, never reused: a restored backup cannot make an old id point at a new chart."""
    return secrets.token_hex(8)


def looks_like_id(value: str) -> bool:
    return bool(_ID.match(value))


# --- validation helpers (messages name the field, never its value) -------------------
# `field` (optional) is the input a form shows the value in: the refusal carries it with a code
# (domain/errors.py), so the GUI says it in the therapist's language and focuses that input.
def choice(value: str, allowed: tuple[str, ...], what: str, *, field: str = "") -> str:
    if value not in allowed:
        raise InvalidInput(f"Unknown {what}.", hint="Choose one of: " + ", ".join(allowed) + ".",
                           code="choice.unknown", field=field)
    return value


def parse_date(value: date | str | None, what: str, *, allow_future: bool = True, field: str = "") -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        try:
            value = date.fromisoformat(str(value).strip())
        except ValueError:
            raise InvalidInput(
                f"The {what} is not a valid date.", hint="Use the form YYYY-MM-DD, e.g. 2024-03-31.",
                code="date.invalid", field=field,
            ) from None
    if value < EARLIEST_DATE or value.year > 2200:
        raise InvalidInput(f"The {what} is outside the range this app accepts (1900 to 2200).",
                           code="date.out_of_range", field=field)
    if not allow_future and value > date.today():
        # What to do, not only what is wrong (a request's received day, found in the real app)
        raise InvalidInput(f"The {what} is in the future.", hint="Give the day it happened: today or earlier.",
                           code="date.future", field=field)
    return value


def require_date(value: date | str | None, what: str, *, allow_future: bool = True, field: str = "") -> date:
    parsed = parse_date(value, what, allow_future=allow_future, field=field)
    if parsed is None:
        raise InvalidInput(f"The {what} is required.", code="date.required", field=field)
    return parsed


def parse_time(value: time | str | None, what: str, *, field: str = "") -> time | None:
    if value is None or value == "":
        return None
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    try:
        parsed = time.fromisoformat(str(value).strip())
    except ValueError:
        raise InvalidInput(f"The {what} is not a valid time.", hint="Use 24-hour HH:MM, e.g. 14:30.",
                           code="time.invalid", field=field) from None
    return parsed.replace(second=0, microsecond=0, tzinfo=None)


def clean_text(value: str | None, what: str, *, required: bool = False, max_len: int = MAX_SHORT_TEXT,
               field: str = "") -> str:
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(f"The {what} must not be empty.", code="text.required", field=field)
    if len(text) > max_len:
        raise InvalidInput(f"The {what} is too long (at most {max_len} characters).", code="text.too_long",
                           field=field, params={"max": max_len})
    if "\x00" in text:
        raise InvalidInput(f"The {what} contains a NUL character.", code="text.nul", field=field)
    return text


def check_chart_number(value: str) -> str:
    value = (value or "").strip()
    if not _CHART_NUMBER.match(value):
        raise InvalidInput(
            "The chart number is not valid.",
            hint="Use 1 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.",
            code="client.chart_number.invalid", field="chart_number",
        )
    return value


def age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


# --- clients -------------------------------------------------------------------------
# Each contact preference's field, as a form keys it ("contact_notes": a form has other notes too).
_CONTACT_FIELD = {"phone": "phone", "email": "email", "address": "address", "safe_address": "safe_address",
                  "preferred_method": "preferred_method", "notes": "contact_notes",
                  "confidential_request": "confidential_request"}


@dataclass(frozen=True)
class ContactPreferences:
    phone: str = ""
    email: str = ""
    address: str = ""
    safe_address: str = ""  # where mail may be sent safely, if not the home address
    voicemail_ok: bool = False  # ask first; the safe default is "no"
    text_ok: bool = False
    email_ok: bool = False
    mail_ok: bool = False
    preferred_method: str = ""
    notes: str = ""
    # 45 CFR 164.522(b): a reasonable request to be contacted by other means or at another place,
    # which the practice must accommodate (the client need not say why).
    confidential_request: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ContactPreferences:
        data = data or {}
        known = set(cls.__dataclass_fields__)
        unknown = set(data) - known
        if unknown:
            raise InvalidInput("Unknown contact preference field.", hint="Known: " + ", ".join(sorted(known)) + ".")
        return cls(**data)

    def validated(self) -> ContactPreferences:
        for name in ("phone", "email", "address", "safe_address", "preferred_method", "notes",
                     "confidential_request"):
            clean_text(getattr(self, name), name.replace("_", " "), field=_CONTACT_FIELD[name])
        # One line each, like a name: a line break in a phone let it forge the next line of
        # whatever shows it (the chart's contact, a printout); the address keeps its lines.
        for name in ("phone", "preferred_method"):
            check_name(getattr(self, name), name.replace("_", " "), field=_CONTACT_FIELD[name])
        for name in ("voicemail_ok", "text_ok", "email_ok", "mail_ok"):
            if not isinstance(getattr(self, name), bool):
                raise InvalidInput(f"The contact preference {name} must be true or false.")
        return self


@dataclass(frozen=True)
class InformedConsent:
    """When the limits of confidentiality were discussed and the consent form signed."""

    limits_discussed_on: date | None = None
    consent_signed_on: date | None = None
    consent_attachment_id: str | None = None
    notes: str = ""

    @property
    def complete(self) -> bool:
        return self.limits_discussed_on is not None and self.consent_signed_on is not None


@dataclass(frozen=True)
class Guardian:
    """A parent, guardian or other personal representative and what they may decide."""

    guardian_id: str
    client_id: str
    name: str
    relationship: str
    authority: GuardianAuthority
    may_authorize: bool  # may sign authorizations / consents for the client
    custody_order_attachment_id: str | None = None
    phone: str = ""
    address: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    notes: str = ""
    created_at: str = ""
    # A court order that keeps the authority past the age of majority (164.502(g)(2)).
    majority_order_attachment_id: str | None = None
    # 164.502(g)(5): the therapist elected not to treat this person as the representative.
    declined_on: date | None = None
    declined_reason: str = ""
    # One who may not sign (a custody order limits their authority) may still have the client's records
    # where the order or the state's law says so: the basis as the therapist recorded it ("" : none).
    records_access_basis: str = ""
    # Which basis it is (domain/guardian_records_access.CODES; "" : none): the basis above says which order
    # or statute.
    records_access_code: str = ""

    @property
    def has_records_basis(self) -> bool:
        """A basis is recorded on which they have the client's records though they may not sign."""
        return bool(self.records_access_code or self.records_access_basis.strip())

    def active_on(self, on: date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_until is None or on <= self.valid_until
        )


@dataclass(frozen=True)
class Client:
    client_id: str
    chart_number: str
    legal_name: str
    preferred_name: str = ""
    date_of_birth: date | None = None
    status: ClientStatus = "active"
    discharged_on: date | None = None
    last_contact: date | None = None
    contact: ContactPreferences = field(default_factory=ContactPreferences)
    consent: InformedConsent = field(default_factory=InformedConsent)
    part2: bool = False  # 42 CFR Part 2 substance-use treatment records
    created_at: str = ""
    updated_at: str = ""
    guardians: tuple[Guardian, ...] = ()
    kind: ClientKind = "individual"
    member_ids: tuple[str, ...] = ()  # for a joint case: the member clients
    care_consented_by: CareConsentedBy = ""  # a minor's care: who consented (representatives.CARE_CONSENT)
    # A parent's agreement to a confidential relationship between the therapist and the minor
    # (45 CFR 164.502(g)(3)(i)(C), records migration 0108): its day, and the guardian id who agreed.
    confidentiality_agreed_on: date | None = None
    confidentiality_agreed_by: str = ""
    # What the client list files the chart under ("" : the legal name's last word; domain/sort_as.py).
    sort_as: str = ""
    # The day the client died (records migration 0115); None: none recorded. After it the executor or
    # administrator acts for the client (45 CFR 164.502(g)(4), domain/decedent.py).
    died_on: date | None = None
    # The language the client's letters are written in (domain/letter_language; records migration 0120).
    letters_in: str = "en"

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.legal_name

    @property
    def is_case(self) -> bool:
        return self.kind != "individual"

    def age(self, on: date) -> int | None:
        return age_on(self.date_of_birth, on) if self.date_of_birth else None

    def is_minor(self, on: date, age_of_majority: int = 18) -> bool:
        age = self.age(on)
        return age is not None and age < age_of_majority

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ClientSummary:
    """One line of the client list: no contact details, no notes."""

    client_id: str
    chart_number: str
    legal_name: str
    preferred_name: str
    date_of_birth: date | None
    status: ClientStatus
    last_contact: date | None
    part2: bool
    minor: bool
    kind: ClientKind = "individual"
    sort_as: str = ""  # Client.sort_as

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.legal_name

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class JointCase:
    """A couple or family treated as one unit: joint sessions and notes belong to the case.

    A case is stored as a chart of its own (a client row of kind couple/family),
    so its sessions, notes, plan and attachments carry the case's id in
    `client_id`, and retention, disclosure and destruction treat it like any chart.
    """

    case_id: str
    chart_number: str
    name: str
    kind: ClientKind
    member_ids: tuple[str, ...]
    status: ClientStatus = "active"
    created_at: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- sessions -----------------------------------------------------------------------
@dataclass(frozen=True)
class Session:
    session_id: str
    client_id: str  # the client, or the joint case (a couple/family chart)
    date: date
    start_time: time | None
    end_time: time | None
    duration_minutes: int
    modality: Modality
    setting: Setting = "in_person"
    platform: str = ""
    service_type: ServiceType = "psychotherapy"
    cpt_code: str = ""
    addon_codes: tuple[str, ...] = ()
    icd10_codes: tuple[str, ...] = ()
    location: str = ""
    billing_status: BillingStatus = "unbilled"
    created_at: str = ""
    updated_at: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- treatment plans -------------------------------------------------------------------
@dataclass(frozen=True)
class Goal:
    goal_id: str
    plan_id: str
    client_id: str
    position: int
    description: str
    objectives: tuple[str, ...] = ()
    target_date: date | None = None
    status: GoalStatus = "active"


@dataclass(frozen=True)
class TreatmentPlan:
    """One per client (or joint case); progress notes refer to its goals by id."""

    plan_id: str
    client_id: str
    problems: str = ""
    diagnosis_codes: tuple[str, ...] = ()
    modality_frequency: str = ""
    start_date: date | None = None
    review_date: date | None = None
    goals: tuple[Goal, ...] = ()
    updated_at: str = ""

    def goal(self, goal_id: str) -> Goal | None:
        return next((g for g in self.goals if g.goal_id == goal_id), None)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
