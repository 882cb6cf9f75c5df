"""A complaint received by the practice, and its disposition, as data and pure rules.

45 CFR 164.530(d)(1): the practice provides a process for individuals to complain about its
policies and procedures or its compliance with them; (d)(2): it documents all complaints received
and their disposition, if any; (j)(1)(iv), (j)(2): kept six years from their creation or the date
last in effect. Every letter the app writes tells the client they may complain to the practice
(domain/letters), but nothing kept a complaint (found by a walker, W9).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault_app.domain.compliance import keep_until
from vault_app.domain.errors import InvalidInput, RefusedByPolicy
from vault_app.domain.locale_format import DEFAULT_LOCALE, deadline_text

CITATION = "45 CFR 164.530(d)(2), (j)"
# What keeps a complaint and lets it go: documentation is kept "for six years from the date of its
# creation or the date when it last was in effect, whichever is later"; after that it may be destroyed.
RETENTION_CITATION = "45 CFR 164.530(j)(2)"
MAX_TEXT = 20_000


@dataclass(frozen=True)
class Complaint:
    complaint_id: str
    received_on: date
    complainant: str  # who complained, as they gave their name (a client, a relative, anyone)
    about: str  # what the complaint is about
    disposition: str = ""  # what the practice did about it; "" while open
    disposed_on: date | None = None

    @property
    def open(self) -> bool:
        return self.disposed_on is None

    @property
    def kept_until(self) -> date:
        """Six years from the complaint, or from its disposition once decided (164.530(j)(2))."""
        return keep_until(self.received_on, self.disposed_on)


def _fits(text: str) -> str:
    if len(text) > MAX_TEXT or "\x00" in text:
        raise InvalidInput(f"This text is too long (at most {MAX_TEXT:,} characters) or holds a NUL character.",
                           code="complaint.text_too_long", params={"max": MAX_TEXT})
    return text


def new_complaint(complaint_id: str, *, received_on: date, complainant: str, about: str, today: date) -> Complaint:
    if received_on > today:
        raise InvalidInput("A complaint cannot be received in the future.", code="complaint.received_future",
                           field="complaint_received_on")
    if not complainant.strip():
        raise InvalidInput("Say who complained.", code="complaint.text_missing", field="complainant")
    if not about.strip():
        raise InvalidInput("Say what the complaint is about.", code="complaint.text_missing", field="complaint_about")
    return Complaint(complaint_id, received_on, _fits(complainant.strip()), _fits(about.strip()))


def disposed(complaint: Complaint, *, disposition: str, on: date, today: date) -> Complaint:
    """The complaint with its disposition (once: a disposition is documentation, not overwritten)."""
    if not complaint.open:
        raise RefusedByPolicy("This complaint's disposition is already recorded.", code="complaint.already_disposed",
                              params={"id": complaint.complaint_id})
    if on > today:
        raise InvalidInput("A disposition cannot be dated in the future.", code="complaint.disposed_future",
                           field="complaint_disposed_on")
    if on < complaint.received_on:
        raise InvalidInput("The disposition is dated before the complaint was received.",
                           code="complaint.disposed_before_received", field="complaint_disposed_on")
    if not disposition.strip():
        raise InvalidInput("Say what was done about it.", code="complaint.text_missing",
                           field="complaint_disposition")
    return Complaint(complaint.complaint_id, complaint.received_on, complaint.complainant, complaint.about,
                     _fits(disposition.strip()), on)


def destroy_refusal(complaint: Complaint, today: date, locale: str = DEFAULT_LOCALE) -> RefusedByPolicy | None:
    """Why `complaint` may not be destroyed on `today`, or None when it may (45 CFR 164.530(j)(2)).

    An open complaint (no disposition recorded) is still in effect: its six years have not begun to
    run out, whatever the day it was received. A disposed one is kept six years from the later of
    the day it was received and the day of its disposition (Complaint.kept_until), and may go on that
    day or after. `locale`: how the refusal writes the day."""
    if complaint.open:
        return RefusedByPolicy(
            "This complaint has no disposition recorded: it is kept while it is open. Record its disposition "
            f"first; it is then kept six years from that day ({RETENTION_CITATION}).",
            code="complaint.destroy_open", params={"id": complaint.complaint_id})
    if today < complaint.kept_until:
        until = deadline_text(complaint.kept_until, locale)
        return RefusedByPolicy(
            f"This complaint is kept until {until}: {RETENTION_CITATION} keeps a complaint and its disposition six "
            "years from the later of the day it was received and the day of its disposition. It cannot be "
            "destroyed before that day.",
            code="complaint.destroy_too_early", params={"id": complaint.complaint_id, "day": until})
    return None


def due_for_destruction(complaints: list[Complaint], today: date) -> list[Complaint]:
    """The complaints that may be destroyed on `today` (destroy_refusal says why the others may not)."""
    return [c for c in complaints if destroy_refusal(c, today) is None]


__all__ = ["CITATION", "MAX_TEXT", "RETENTION_CITATION", "Complaint", "destroy_refusal", "disposed",
           "due_for_destruction", "new_complaint"]
