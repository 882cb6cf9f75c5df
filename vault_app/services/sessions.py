"""Sessions: date, times, modality, CPT code (defaulted from duration), ICD-10 codes, billing."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time
from typing import Any

from vault_app.domain import codes, wall_clock
from vault_app.domain.billing import fee_on_corrected_code
from vault_app.domain.clinical import (
    BILLING_STATUSES,
    MODALITIES,
    SERVICE_TYPES,
    SETTINGS,
    Session,
    choice,
    clean_text,
    new_id,
    parse_time,
    require_date,
)
from vault_app.domain.cpt_on_length import CodeOnLength, billed, code_on_length, individual_psychotherapy
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.same_day_sessions import SameDaySession, duplicate_days
from vault_app.domain.session_length import session_duration, stop_following
from vault_app.services import older_copy_destroyed, practice_zone
from vault_app.services.clinical_common import audit, now_iso, require_client
from vault_app.services.vault import Vault
from vault_app.storage import billing as billing_store
from vault_app.storage import clinical_clients, clinical_sessions

_UPDATABLE = {
    "date", "start_time", "end_time", "duration_minutes", "modality", "setting", "platform", "service_type",
    "cpt_code", "addon_codes", "icd10_codes", "location", "billing_status",
}
_DEFAULT_MODALITY = {"individual": "individual", "couple": "couple", "family": "family"}


def _codes(cpt: str | None, addons: list[str] | tuple[str, ...] | None, icd: list[str] | tuple[str, ...]) -> Any:
    return (
        codes.check_cpt(cpt) if cpt else "",
        tuple(codes.check_cpt(c, field="addon_codes") for c in (addons or ())),
        codes.check_icd10_list(list(icd or ())),
    )


def _check(session: Session) -> Session:
    choice(session.modality, MODALITIES, "modality", field="modality")
    choice(session.setting, SETTINGS, "setting (in_person or telehealth)", field="setting")
    choice(session.service_type, SERVICE_TYPES, "service type", field="service_type")
    choice(session.billing_status, BILLING_STATUSES, "billing status", field="billing_status")
    if session.setting == "in_person" and session.platform:
        raise InvalidInput("A video platform only applies to telehealth sessions.", code="session.platform_in_person",
                           field="platform")
    clean_text(session.platform, "platform", max_len=200, field="platform")
    clean_text(session.location, "location", max_len=500, field="location")
    return session


def add_session(
    vault: Vault,
    client_id: str,
    *,
    date: date | str,
    start_time: time | str | None = None,
    end_time: time | str | None = None,
    duration_minutes: int | None = None,
    modality: str | None = None,
    setting: str = "in_person",
    platform: str = "",
    service_type: str = "psychotherapy",
    cpt_code: str | None = None,
    addon_codes: list[str] | tuple[str, ...] | None = None,
    icd10_codes: list[str] | tuple[str, ...] = (),
    location: str = "",
    billing_status: str = "unbilled",
    patient_present: bool = True,
    draft_only: bool = False,
) -> Session:
    """Add a session. Without a CPT code the usual code for the duration and modality is used.
    `draft_only`: recorded for a progress note still being written, no visit (last visit,
    agenda, account) until that note is signed (services/note_lifecycle.sign)."""
    kind = require_client(vault, client_id)
    # Nothing added to a chart an older copy put back still holds after its destruction (found by a walker).
    older_copy_destroyed.refuse_destroyed_there(vault, client_id)
    day = require_date(date, "session date", field="session_date")
    start = parse_time(start_time, "start time", field="start_time")
    end = parse_time(end_time, "stop time", field="end_time")
    duration = session_duration(start, end, duration_minutes, _elapsed(vault, day, start, end))
    mode = modality or _DEFAULT_MODALITY[kind]
    choice(mode, MODALITIES, "modality", field="modality")
    choice(service_type, SERVICE_TYPES, "service type", field="service_type")
    cpt, addons, icd = _codes(cpt_code, addon_codes, icd10_codes)
    if not cpt:
        suggestion = codes.default_cpt(duration, mode, service_type=service_type, patient_present=patient_present)
        if suggestion is not None:
            cpt = suggestion.code
            if addon_codes is None:
                addons = suggestion.addons
    stamp = now_iso()
    session = _check(
        Session(
            session_id=new_id(), client_id=client_id, date=day, start_time=start, end_time=end,
            duration_minutes=duration, modality=mode,  # type: ignore[arg-type]
            setting=setting,  # type: ignore[arg-type]
            platform=platform.strip(), service_type=service_type,  # type: ignore[arg-type]
            cpt_code=cpt, addon_codes=tuple(addons), icd10_codes=icd, location=location.strip(),
            billing_status=billing_status,  # type: ignore[arg-type]
            created_at=stamp, updated_at=stamp,
        )
    )
    with vault.records.transaction():
        clinical_sessions.insert(vault.records, session)
        if draft_only:
            clinical_sessions.mark_draft_only(vault.records, session.session_id)
        clinical_clients.refresh_last_contact(vault.records, client_id)
    audit(vault, "session.created", client_id=client_id, session_id=session.session_id,
          **({"draft_only": True} if draft_only else {}))
    return session


def get_session(vault: Vault, session_id: str) -> Session:
    found = clinical_sessions.get(vault.records, session_id) if isinstance(session_id, str) else None
    if found is None:
        raise NotFound("No session with that id.", code="session.id_not_found")
    return found


def draft_only(vault: Vault, session_id: str) -> bool:
    """Recorded for a progress note still unsigned: no visit yet (add_session's `draft_only`)."""
    return clinical_sessions.is_draft_only(vault.records, session_id)


def list_sessions(vault: Vault, client_id: str) -> list[Session]:
    require_client(vault, client_id)
    older_copy_destroyed.refuse_destroyed_there(vault, client_id)
    return clinical_sessions.list_for_client(vault.records, client_id)


def same_day(vault: Vault, client_id: str, day: date | str) -> list[SameDaySession]:
    """The chart's sessions on `day` (earliest start first), each with the note documenting it:
    what a new note for that day attaches to instead of billing the visit again."""
    require_client(vault, client_id)
    wanted = require_date(day, "session date")
    found = [s for s in clinical_sessions.list_for_client(vault.records, client_id) if s.date == wanted]
    found.sort(key=lambda s: (s.start_time is None, s.start_time or time(0), s.created_at))
    drafts = clinical_sessions.draft_only_ids(vault.records, client_id) if found else set()
    return [SameDaySession(s.session_id, s.start_time, s.duration_minutes, s.cpt_code,
                           clinical_sessions.has_note(vault.records, s.session_id), s.session_id in drafts)
            for s in found]


def duplicate_session_days(vault: Vault, client_id: str, first: date | None = None,
                           last: date | None = None) -> list[tuple[date, int]]:
    """Days with two or more sessions in the chart (between `first` and `last` when given):
    billed twice unless the therapist meant two visits. Read only; the data is never changed."""
    days = [s.date for s in list_sessions(vault, client_id)
            if (first is None or s.date >= first) and (last is None or s.date <= last)]
    return duplicate_days(days)


def _elapsed(vault: Vault, day: date, start: time | None, end: time | None) -> tuple[int, ...]:
    """The lengths the session may really have had from start to end that day on the practice's
    clock (none without both, or without a zone): a session across a change of the clocks keeps
    its real stop time."""
    if start is None or end is None:
        return ()
    zone = practice_zone.zone(vault)
    if start is None or end is None or zone is None:
        return ()
    return wall_clock.elapsed_readings(day, start, end, zone)


@dataclass(frozen=True)
class Corrected:
    """A session corrected, and what became of its CPT code if its length moved
    (domain/cpt_on_length.py): followed, or kept and the time rule's code to be said."""
    session: Session
    code: CodeOnLength


def update_session(vault: Vault, session_id: str, **changes: Any) -> Session:
    """Correct a session's details as given; billing status may change at any time. The code is
    not moved with the length here (a progress note's session sends its own code): a correction
    of the session itself goes through services/session_correction.py, which moves it."""
    return correct(vault, session_id, changes, listed_on_issued=None).session


def correct(vault: Vault, session_id: str, changes: dict[str, Any], *, listed_on_issued: bool | None) -> Corrected:
    """`listed_on_issued`: an issued superbill or statement lists the session (services/billing
    knows); None: its code is not moved with its length (update_session)."""
    current = get_session(vault, session_id)
    older_copy_destroyed.refuse_destroyed_there(vault, current.client_id)
    unknown = set(changes) - _UPDATABLE
    if unknown:
        raise InvalidInput(
            "Unknown session field.", hint="Fields you can change: " + ", ".join(sorted(_UPDATABLE)) + "."
        )
    values = dict(changes)
    if "date" in values:
        values["date"] = require_date(values["date"], "session date", field="session_date")
    for key, what in (("start_time", "start time"), ("end_time", "stop time")):
        if key in values:
            values[key] = parse_time(values[key], what, field=key)
    start = values.get("start_time", current.start_time)
    kept_length: int | None = None  # the length a followed stop was worked out from: not the clock's numbers
    if "end_time" not in values and current.end_time is not None and {"start_time", "duration_minutes"} & set(values):
        length = values.get("duration_minutes", current.duration_minutes)
        if isinstance(length, int) and not isinstance(length, bool) and 1 <= length <= 600:
            # On the practice's clock, as _elapsed judges it: the real end across a change of the clocks.
            values["end_time"] = stop_following(start, length, values.get("date", current.date),
                                                practice_zone.zone(vault))  # else session_duration says what is wrong
            kept_length = length if values["end_time"] is not None else None
    end = values.get("end_time", current.end_time)
    if {"start_time", "end_time", "duration_minutes"} & set(values):
        given = values.get("duration_minutes", kept_length)
        values["duration_minutes"] = session_duration(start, end, given if given is not None else (
            None if start is not None and end is not None else current.duration_minutes),
            _elapsed(vault, values.get("date", current.date), start, end))
    code = CodeOnLength("none")
    length = values.get("duration_minutes", current.duration_minutes)
    if listed_on_issued is not None and "cpt_code" not in values and length != current.duration_minutes:
        code = code_on_length(current.cpt_code, current.duration_minutes, length, individual=individual_psychotherapy(
            values.get("modality", current.modality), values.get("service_type", current.service_type)),
            is_billed=billed(values.get("billing_status", current.billing_status), listed_on_issued))
        if code.outcome == "follows":
            values["cpt_code"] = code.proposed
    cpt, addons, icd = _codes(
        values.get("cpt_code", current.cpt_code),
        values.get("addon_codes", current.addon_codes),
        values.get("icd10_codes", current.icd10_codes),
    )
    values.update(cpt_code=cpt, addon_codes=tuple(addons), icd10_codes=icd)
    updated = _check(replace(current, **values, updated_at=now_iso()))
    fee = _fee_on_code(vault, current, updated)
    with vault.records.transaction():
        clinical_sessions.update(vault.records, updated)
        clinical_clients.refresh_last_contact(vault.records, updated.client_id)
        if fee[0] == "set" and fee[1] is not None:
            billing_store.set_session_fee(vault.records, session_id, updated.client_id, fee[1], "schedule",
                                          updated.updated_at)
        elif fee[0] == "clear":
            billing_store.clear_session_fee(vault.records, session_id)
    # The fields changed: a code the time rule moved with the length is one (the chart's history says it).
    fields = sorted(set(changes) | ({"cpt_code"} if code.outcome == "follows" else set()))
    audit(vault, "session.updated", client_id=updated.client_id, session_id=session_id, fields=fields)
    if fee[0] != "keep":
        audit(vault, "fee.session_set", client_id=updated.client_id, session_id=session_id, fee_cents=fee[1],
              source="schedule" if fee[0] == "set" else "none", reason="code_corrected")
    return Corrected(updated, code)


def _fee_on_code(vault: Vault, before: Session, after: Session) -> tuple[str, int | None]:
    """What the fee kept on the session becomes with its corrected code (domain/billing.py):
    the schedule's for the new code where it was the schedule's for the old one."""
    if after.cpt_code == before.cpt_code:
        return ("keep", None)
    scheduled = billing_store.schedule(vault.records).get(after.cpt_code) if after.cpt_code else None
    return fee_on_corrected_code(billing_store.session_fee(vault.records, before.session_id), scheduled)


def delete_session(vault: Vault, session_id: str) -> None:
    """Only a session entered by mistake, with no progress note, can be removed."""
    session = get_session(vault, session_id)
    older_copy_destroyed.refuse_destroyed_there(vault, session.client_id)
    if clinical_sessions.has_note(vault.records, session_id):
        raise RefusedByPolicy(
            "This session has a progress note and is part of the record.",
            hint="Correct its details instead, or amend the note.", code="session.has_note",
        )
    with vault.records.transaction():
        clinical_sessions.delete(vault.records, session_id)
        clinical_clients.refresh_last_contact(vault.records, session.client_id)
    audit(vault, "session.deleted", client_id=session.client_id, session_id=session_id)


def suggest_cpt(
    duration_minutes: int, modality: str, service_type: str = "psychotherapy"
) -> codes.CptSuggestion | None:
    return codes.default_cpt(duration_minutes, modality, service_type=service_type)


def followed_cpt(code: str, *, before: tuple[int, str], after: tuple[int, str]) -> str | None:
    """The default code to propose when a session's length or modality changed (domain/codes.py)."""
    return codes.followed_default(code, before=before, after=after)


__all__ = ["Corrected", "add_session", "correct", "delete_session", "draft_only", "duplicate_session_days",
           "followed_cpt", "get_session", "list_sessions", "same_day", "suggest_cpt", "update_session"]
