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
# What an authorization can lack (164.508(c); 42 CFR 2.31), in the order they are said.
MISSING_ELEMENTS: dict[str, str] = {
    "description": "a specific description of the information to be disclosed",
    "covers": "which kind of information it covers (progress notes, psychotherapy notes, billing)",
    "discloser": "who may make the disclosure",
    "recipient": "the recipient's name",
    "purpose": "the purpose of the disclosure",
    "expiration": "an expiration date or event",
    "signed_on": "the date of signature",
    "signer_name": "the signer's name",
    "signer_authority": "a description of the personal representative's authority",
    "statement_revoke": "the statement of the right to revoke in writing and how",
    "statement_conditioning": "the statement on conditioning treatment or payment on signing",
    "statement_redisclosure": "the statement that the recipient may redisclose the information",
    "part2_patient_name": "the patient's name on the Part 2 consent (42 CFR 2.31(a)(1))",
    "notes_range": "a date range whose start is before its end",
}
# A refusal names the first element lacking, and says how many more there are.
_MISSING_CODE: dict[str, str] = {"one": "authorization.missing_elements", "more": "authorization.missing_elements.more",
                                 "scan": "authorization.missing_elements.and_scan"}
# The field of the authorization form each lacking element is about (a refusal names the first).
ELEMENT_FIELD: dict[str, str] = {
    "description": "auth_description", "covers": "covers", "discloser": "discloser", "recipient": "recipient_name",
    "purpose": "purpose", "expiration": "expiration", "signed_on": "signed_on", "signer_name": "signer_name",
    "signer_authority": "signer_authority", "statement_revoke": "statement_revoke",
    "statement_conditioning": "statement_conditioning", "statement_redisclosure": "statement_redisclosure",
    "part2_patient_name": "part2_patient_name", "notes_range": "notes_range",
}
SignerRole = Literal["client", "personal_representative"]
AuthState = Literal["valid", "expired", "revoked", "incomplete", "not_yet_effective"]
# How close an expiration date is "expiring": the dashboard's tile and the chart's list say the
# same authorizations are (expires_within).
EXPIRING_SOON_DAYS = 30


# The words `--describes` takes for the same notes (domain/disclosure_parts.PARTS), taken here too:
# the two flags of one command wanted different words for progress notes (a walker).
KIND_ALIASES: dict[str, InfoKind] = {"progress_notes": "progress", "psychotherapy_notes": "psychotherapy"}


def parse_kinds(values: Any) -> frozenset[InfoKind]:
    kinds: set[InfoKind] = set()
    for value in values:
        kind = KIND_ALIASES.get(value, value)
        if kind not in INFO_KINDS:
            raise InvalidInput(f"Unknown kind of information '{value}'. Choose progress, psychotherapy or billing.")
        kinds.add(kind)
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
    # The kinds of information its description names (domain/disclosure_parts.PARTS), ticked by the
    # therapist beside the client's words; empty for one recorded before they were asked.
    described_parts: frozenset[str] = frozenset()
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
        return [MISSING_ELEMENTS[key] for key in self.missing_keys()]

    def missing_keys(self) -> list[str]:
        """missing_elements as keys of MISSING_ELEMENTS (and of the form's fields, ELEMENT_FIELD)."""
        lacks = {
            "description": len(self.description.strip()) < 10,
            "covers": not self.covers,
            "discloser": not self.discloser.strip(),
            "recipient": not self.recipient_name.strip(),
            "purpose": not [p for p in self.purposes if p.strip()],
            "expiration": self.expires_on is None and not self.expiration_event.strip(),
            "signed_on": self.signed_on is None,
            "signer_name": not self.signer.name.strip(),
            "signer_authority": self.signer.role == "personal_representative" and not self.signer.authority.strip(),
            "statement_revoke": not self.statements.right_to_revoke.strip(),
            "statement_conditioning": not self.statements.conditioning.strip(),
            "statement_redisclosure": not self.statements.redisclosure,
            "part2_patient_name": self.part2 and not self.patient_name_on_form,
            "notes_range": bool(self.notes_from and self.notes_to and self.notes_from > self.notes_to),
        }
        return [key for key in MISSING_ELEMENTS if lacks[key]]

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
            # The expiration date is its last day (valid through it): "expired on 03/01/2027" was read as
            # not valid on 03/01, the day the chart's tab had called "today is its last day" (a walker).
            return AuthStatus("expired",
                              f"{self.label} has expired: its last day was {date_text(self.expires_on, locale)}.")
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
            code="authorization.psychotherapy_combined", field="covers",
        )
    missing = auth.missing_keys()
    if missing:
        also = f" It also needs {auth.missing_copy}." if auth.missing_copy else ""
        raise InvalidInput(
            "The authorization lacks required elements (45 CFR 164.508(c)): "
            + "; ".join(MISSING_ELEMENTS[key] for key in missing) + "." + also,
            hint="An authorization missing a core element or statement is not valid; get a complete, signed form.",
            # The first named, the rest counted (the scan it also lacks among them, or said alone).
            code=_MISSING_CODE["more" if len(missing) > 1 else "scan" if auth.missing_copy else "one"],
            field=ELEMENT_FIELD[missing[0]], params={"more": len(missing) - 1 + bool(auth.missing_copy)},
        )
    if auth.missing_copy:
        raise InvalidInput(
            f"Attach {auth.missing_copy}.",
            hint="A PDF, PNG or JPEG of the form as signed. If you asked the client to sign it, give them a copy "
                 "(45 CFR 164.508(c)(4)).",
            code="authorization.scan_missing", field="scan",
        )
    if auth.revocation is not None and auth.signed_on and auth.revocation.received_on < auth.signed_on:
        raise InvalidInput("The revocation date is before the authorization was signed.",
                           code="authorization.revoked_before_signed", field="revocation_received_on")


def check_revocation(auth: Authorization, revocation: Revocation, locale: str = DEFAULT_LOCALE) -> None:
    if auth.revocation is not None:
        on = date_text(auth.revocation.received_on, locale)
        raise RefusedByPolicy(f"{auth.label} was already revoked on {on}.", code="authorization.already_revoked",
                              params={"id": auth.id, "day": on})
    if not revocation.in_writing:
        raise RefusedByPolicy(
            "A revocation takes effect when it is received in writing (45 CFR 164.508(b)(5)).",
            hint="Ask the client for a signed written revocation and record the date you receive it.",
            code="authorization.revocation_not_in_writing",
        )
    if auth.signed_on and revocation.received_on < auth.signed_on:
        # What to give, not only what is wrong (found in the real app)
        signed = date_text(auth.signed_on, locale)
        raise InvalidInput("The revocation date is before the authorization was signed.",
                           hint=f"Give the day the written revocation arrived: {signed} or later.",
                           code="authorization.revoked_before_signed", field="revocation_received_on",
                           params={"signed": signed})


__all__ = [
    "APP_EVENTS",
    "APP_EVENT_CITATION",
    "ELEMENT_FIELD",
    "EXPIRING_SOON_DAYS",
    "INFO_KINDS",
    "INFO_LABELS",
    "KIND_ALIASES",
    "MISSING_ELEMENTS",
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
