"""Authorizations (45 CFR 164.508) and Part 2 consents (42 CFR 2.31) as plain data + rules.

An authorization is the client's signed permission to disclose named information
to a named recipient for named purposes until a date or an event. The record here
mirrors the signed form (whose scan is attached): the app checks that every core
element and required statement is present, and that a psychotherapy-notes
authorization covers psychotherapy notes and nothing else (164.508(b)(3)(ii)).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text

InfoKind = Literal["progress", "psychotherapy", "billing"]
INFO_KINDS: tuple[InfoKind, ...] = ("progress", "psychotherapy", "billing")
INFO_LABELS: dict[str, str] = {
    "progress": "progress notes",
    "psychotherapy": "psychotherapy notes",
    "billing": "billing information",
}
# The practice documents and keeps the signed authorization (164.508(b)(6), 164.530(j)).
SCAN_MISSING = ("a scan of the signed form, which the practice must keep "
                "(45 CFR 164.508(b)(6) and 164.530(j))")
SignerRole = Literal["client", "personal_representative"]
AuthState = Literal["valid", "expired", "revoked", "incomplete", "not_yet_effective"]


def parse_kinds(values: Any) -> frozenset[InfoKind]:
    kinds: set[InfoKind] = set()
    for value in values:
        if value not in INFO_KINDS:
            raise InvalidInput(f"Unknown kind of information '{value}'. Choose progress, psychotherapy or billing.")
        kinds.add(value)
    return frozenset(kinds)


@dataclass(frozen=True)
class Signer:
    name: str
    role: SignerRole = "client"
    # 164.508(c)(1)(vi): a representative's signature needs a description of their authority.
    authority: str = ""
    authority_attachment_id: str | None = None


@dataclass(frozen=True)
class RequiredStatements:
    """164.508(c)(2): the statements the signed form must contain."""

    right_to_revoke: str = ""  # how to revoke in writing (or a pointer to the privacy notice)
    conditioning: str = ""  # whether treatment/payment may be conditioned on signing
    redisclosure: bool = False  # the information may be redisclosed by the recipient


@dataclass(frozen=True)
class Revocation:
    received_on: date
    in_writing: bool = True
    attachment_id: str | None = None


@dataclass(frozen=True)
class AuthStatus:
    state: AuthState
    message: str

    @property
    def usable(self) -> bool:
        return self.state == "valid"


@dataclass(frozen=True)
class Authorization:
    id: str
    client_id: str
    description: str
    covers: frozenset[InfoKind]
    discloser: str
    recipient_name: str
    recipient_address: str
    purposes: tuple[str, ...]
    signed_on: date | None
    signer: Signer
    statements: RequiredStatements
    expires_on: date | None = None
    expiration_event: str = ""
    event_occurred_on: date | None = None
    notes_from: date | None = None
    notes_to: date | None = None
    part2: bool = False  # the form is also a 42 CFR 2.31 consent
    patient_name_on_form: bool = False  # 2.31(a)(1): the consent names the patient
    scan_attachment_id: str | None = None
    revocation: Revocation | None = None
    created_at: str = ""
    # For a joint (couple/family) record: the member who signed (or for whom a representative signed).
    signer_client_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    # --- rules ------------------------------------------------------------------
    @property
    def label(self) -> str:
        return f"Authorization {self.id}"

    @property
    def is_psychotherapy(self) -> bool:
        return "psychotherapy" in self.covers

    @property
    def combines_psychotherapy(self) -> bool:
        """164.508(b)(3)(ii): a psychotherapy-notes authorization may cover nothing else."""
        return self.is_psychotherapy and len(self.covers) > 1

    def missing_elements(self) -> list[str]:
        """Every core element or required statement the form lacks (164.508(c); for a Part 2
        consent 42 CFR 2.31), in plain words. The scan is not among them: see missing_copy."""
        missing: list[str] = []
        if len(self.description.strip()) < 10:
            missing.append("a specific description of the information to be disclosed")
        if not self.covers:
            missing.append("which kind of information it covers (progress notes, psychotherapy notes, billing)")
        if not self.discloser.strip():
            missing.append("who may make the disclosure")
        if not self.recipient_name.strip():
            missing.append("the recipient's name")
        if not [p for p in self.purposes if p.strip()]:
            missing.append("the purpose of the disclosure")
        if self.expires_on is None and not self.expiration_event.strip():
            missing.append("an expiration date or event")
        if self.signed_on is None:
            missing.append("the date of signature")
        if not self.signer.name.strip():
            missing.append("the signer's name")
        if self.signer.role == "personal_representative" and not self.signer.authority.strip():
            missing.append("a description of the personal representative's authority")
        if not self.statements.right_to_revoke.strip():
            missing.append("the statement of the right to revoke in writing and how")
        if not self.statements.conditioning.strip():
            missing.append("the statement on conditioning treatment or payment on signing")
        if not self.statements.redisclosure:
            missing.append("the statement that the recipient may redisclose the information")
        if self.part2 and not self.patient_name_on_form:
            missing.append("the patient's name on the Part 2 consent (42 CFR 2.31(a)(1))")
        if self.notes_from and self.notes_to and self.notes_from > self.notes_to:
            missing.append("a date range whose start is before its end")
        return missing

    @property
    def missing_copy(self) -> str:
        """The signed form itself. 164.508(c) lists what the form must say, not that it is
        scanned: keeping the signed authorization is 164.508(b)(6) with 164.530(j)."""
        return "" if self.scan_attachment_id else SCAN_MISSING

    def missing(self) -> list[str]:
        return self.missing_elements() + ([self.missing_copy] if self.missing_copy else [])

    def status_on(self, day: date, locale: str = DEFAULT_LOCALE) -> AuthStatus:
        """The state that matters for a disclosure on `day`, with the reason in plain words and
        its dates in the practice's format (`locale`): the export wizard showed "expired on
        2026-12-03" to a practice that writes 03/12/2026."""
        if self.revocation is not None and self.revocation.received_on <= day:
            return AuthStatus(
                "revoked",
                f"{self.label} was revoked on {date_text(self.revocation.received_on, locale)} "
                "(disclosures made before then in reliance on it stay valid).",
            )
        if self.expires_on is not None and day > self.expires_on:
            return AuthStatus("expired", f"{self.label} expired on {date_text(self.expires_on, locale)}.")
        if self.event_occurred_on is not None and day >= self.event_occurred_on:
            return AuthStatus(
                "expired",
                f"{self.label} expired on {date_text(self.event_occurred_on, locale)} "
                f"when its expiration event occurred ({self.expiration_event or 'event'}).",
            )
        missing = self.missing()
        if missing:
            return AuthStatus("incomplete", f"{self.label} is not valid: it lacks " + "; ".join(missing) + ".")
        if self.signed_on is not None and self.signed_on > day:
            signed = date_text(self.signed_on, locale)
            return AuthStatus("not_yet_effective", f"{self.label} is signed {signed}, a later date.")
        return AuthStatus("valid", f"{self.label} is valid.")

    def expires_within(self, today: date, days: int) -> bool:
        if self.revocation is not None or self.expires_on is None:
            return False
        return today <= self.expires_on <= today + timedelta(days=days)

    def matches_recipient(self, name: str) -> bool:
        return _norm(name) == _norm(self.recipient_name)

    def matches_purpose(self, purpose: str) -> bool:
        return any(_norm(purpose) == _norm(p) for p in self.purposes)

    def permits(self, kind: str, recipient: str, purpose: str, day: date) -> bool:
        """Valid on the day and covering this kind, recipient and purpose (no date-range check)."""
        return (
            not self.combines_psychotherapy and self.status_on(day).usable and kind in self.covers
            and self.matches_recipient(recipient) and self.matches_purpose(purpose)
        )


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


# 164.508(c)(1)(v): an authorization may expire on "an expiration event that relates to the
# individual or the purpose". These wordings name an event the app itself records (the client's
# discharge), so the authorization expires on the recorded date without a second step. Only the
# event itself matches: "30 days after discharge" is a different moment and stays manual.
APP_EVENTS: dict[str, frozenset[str]] = {
    "discharge": frozenset({
        "discharge", "client discharge", "the client's discharge", "discharge from treatment",
        "discharge from therapy", "end of treatment", "the end of treatment", "end of therapy",
        "termination of treatment", "termination of therapy", "treatment ends", "therapy ends",
        "end of services", "termination of services", "completion of treatment", "conclusion of treatment",
    }),
}
APP_EVENT_CITATION = "45 CFR 164.508(c)(1)(v)"
_EVENT_LEADS = ("at ", "upon ", "on ", "until ", "at the ", "upon the ", "on the ", "until the ")


def recorded_event(expiration_event: str) -> str | None:
    """The app event an authorization's expiration event names, or None when the therapist records it."""
    text = _norm(expiration_event).strip(" .;")
    for lead in sorted(_EVENT_LEADS, key=len, reverse=True):
        if text.startswith(lead):
            text = text[len(lead):]
            break
    return next((event for event, wordings in APP_EVENTS.items() if text in wordings), None)


def check_new(auth: Authorization) -> None:
    """What `auth add` enforces before anything is stored."""
    if auth.combines_psychotherapy:
        others = ", ".join(INFO_LABELS[k] for k in sorted(auth.covers - {"psychotherapy"}))
        raise RefusedByPolicy(
            "A psychotherapy-notes authorization may not be combined with any other authorization "
            f"(45 CFR 164.508(b)(3)(ii)); this one also covers {others}.",
            hint="Record two separate authorizations: one for psychotherapy notes only, one for the rest.",
        )
    missing = auth.missing_elements()
    if missing:
        also = f" It also needs {auth.missing_copy}." if auth.missing_copy else ""
        raise InvalidInput(
            "The authorization lacks required elements (45 CFR 164.508(c)): " + "; ".join(missing) + "." + also,
            hint="An authorization missing a core element or statement is not valid; get a complete, signed form.",
        )
    if auth.missing_copy:
        raise InvalidInput(
            f"Attach {auth.missing_copy}.",
            hint="A PDF, PNG or JPEG of the form as signed. If you asked the client to sign it, give them a copy "
                 "(45 CFR 164.508(c)(4)).",
        )
    if auth.revocation is not None and auth.signed_on and auth.revocation.received_on < auth.signed_on:
        raise InvalidInput("The revocation date is before the authorization was signed.")


def check_revocation(auth: Authorization, revocation: Revocation, locale: str = DEFAULT_LOCALE) -> None:
    if auth.revocation is not None:
        raise RefusedByPolicy(f"{auth.label} was already revoked on {date_text(auth.revocation.received_on, locale)}.")
    if not revocation.in_writing:
        raise RefusedByPolicy(
            "A revocation takes effect when it is received in writing (45 CFR 164.508(b)(5)).",
            hint="Ask the client for a signed written revocation and record the date you receive it.",
        )
    if auth.signed_on and revocation.received_on < auth.signed_on:
        # What to give, not only what is wrong (found in the real app)
        raise InvalidInput("The revocation date is before the authorization was signed.",
                           hint=f"Give the day the written revocation arrived: {date_text(auth.signed_on, locale)} "
                                "or later.")


__all__ = [
    "APP_EVENTS",
    "APP_EVENT_CITATION",
    "INFO_KINDS",
    "INFO_LABELS",
    "SCAN_MISSING",
    "AuthState",
    "AuthStatus",
    "Authorization",
    "InfoKind",
    "RequiredStatements",
    "Revocation",
    "Signer",
    "check_new",
    "check_revocation",
    "parse_kinds",
    "recorded_event",
]
