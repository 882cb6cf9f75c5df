"""Clients, joint cases, consent records, and opening a chart (their guardians and
personal representatives: services/guardians.py).

Stable entry points (other features call these): create_client, get_client,
find_client, list_clients, update_client, record_consent, discharge,
create_case, get_case, cases_for_client, open_chart, read_chart, is_minor, client_ids.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from vault_app.domain import appointments as appointment_rules
from vault_app.domain.appointments import Appointment
from vault_app.domain.authorization import Authorization
from vault_app.domain.clinical import (
    CASE_KINDS,
    CLIENT_STATUSES,
    MAX_NAME_LEN,
    Client,
    ClientSummary,
    ContactPreferences,
    InformedConsent,
    JointCase,
    check_chart_number,
    choice,
    clean_text,
    new_id,
    parse_date,
)
from vault_app.domain.clinical_notes import Chart
from vault_app.domain.decedent import check_died_on
from vault_app.domain.email_address import check_email
from vault_app.domain.errors import InvalidInput, NotFound, RefusedByPolicy
from vault_app.domain.letter_language import checked_letters_in
from vault_app.domain.names import check_name
from vault_app.domain.sort_as import MAX_SORT_AS_LEN, proposed, two_surnames_for
from vault_app.services import clients_page, older_copy_destroyed
from vault_app.services.client_discharge import cancel_after_discharge, end_at_discharge, to_cancel_at_discharge
from vault_app.services.clinical_common import (
    age_of_majority,
    audit,
    now_iso,
    require_client,
    resolve_client_id,
    today,
    unsigned_flag_days,
)
from vault_app.services.vault import Vault
from vault_app.storage import (
    clinical_attachments,
    clinical_clients,
    clinical_notes,
    clinical_plans,
    clinical_psychotherapy,
    clinical_sessions,
    destruction_delete,
)

CHART_PREFIX = "C"
CASE_PREFIX = "J"
_UPDATABLE = {
    "legal_name", "preferred_name", "date_of_birth", "chart_number", "status", "discharged_on", "contact", "part2",
    "care_consented_by", "sort_as", "died_on", "letters_in",
}
# Who consented to a minor's care (domain.clinical.CareConsentedBy): what `--care-consented-by` takes.
CARE_CONSENT_CHOICES = ("", "client", "guardian")


def _contact(value: ContactPreferences | dict[str, Any] | None, on_file: str = "") -> ContactPreferences:
    """Checked contact preferences. The e-mail address is checked when it is new or changed
    (`on_file`: the one stored): one kept from before the check, or brought by an import,
    does not hold up a change of the phone or a discharge."""
    if value is None:
        return ContactPreferences()
    if isinstance(value, ContactPreferences):
        contact = value.validated()
    elif isinstance(value, dict):
        contact = ContactPreferences.from_dict(value).validated()
    else:
        raise InvalidInput("Contact preferences must be given as fields.")
    if contact.email.strip() != on_file.strip():
        contact = replace(contact, email=check_email(contact.email))
    return contact


# services/destruction.STARTED, named here because destruction imports this module.
_DESTRUCTION_STARTED = "destruction.started"


def retired_chart_numbers(vault: Vault) -> frozenset[str]:
    """Numbers of charts that were destroyed. Never given out again: certificates, letters and
    disclosure records kept after a destruction name the chart by its number."""
    return frozenset(str(e.payload["chart_number"]) for e in vault.ledger.entries(kinds=(_DESTRUCTION_STARTED,))
                     if e.payload.get("chart_number"))


def _chart_number(vault: Vault, value: str | None, prefix: str, *, except_id: str = "") -> str:
    retired = retired_chart_numbers(vault)
    if value is None or not str(value).strip():
        return clinical_clients.next_chart_number(vault.records, prefix, retired)
    number = check_chart_number(value)
    if clinical_clients.chart_number_taken(vault.records, number, except_id=except_id):
        raise InvalidInput("That chart number is already in use.", hint="Choose another chart number.",
                           code="client.chart_number.taken", field="chart_number")
    if number in retired:
        raise InvalidInput("That chart number belonged to a destroyed chart; chart numbers are never reused.",
                           hint="Choose another chart number.", code="client.chart_number.retired",
                           field="chart_number")
    return number


def _check_client(client: Client) -> Client:
    check_name(client.legal_name, "legal name", required=True, max_len=MAX_NAME_LEN, field="legal_name")
    check_name(client.preferred_name, "preferred name", max_len=MAX_NAME_LEN, field="preferred_name")
    check_name(client.sort_as, "name to sort by", max_len=MAX_SORT_AS_LEN, field="sort_as")
    choice(client.status, CLIENT_STATUSES, "client status", field="status")
    if not isinstance(client.part2, bool):
        raise InvalidInput("The Part 2 flag must be true or false.")
    if client.care_consented_by not in CARE_CONSENT_CHOICES:
        raise InvalidInput("Who consented to the minor's care is 'client', 'guardian' or '' (not recorded).",
                           field="care_consented_by")
    if client.date_of_birth and client.date_of_birth > today():
        raise InvalidInput("The date of birth is in the future.", hint="Give the day it happened: today or earlier.",
                           code="date.future", field="date_of_birth")
    check_died_on(client.died_on, client.date_of_birth)
    if client.discharged_on and client.status != "discharged":
        raise InvalidInput("A discharge date needs the status 'discharged'.", code="client.discharge_needs_status",
                           field="discharged_on")
    return replace(client, legal_name=client.legal_name.strip(), preferred_name=client.preferred_name.strip(),
                   sort_as=" ".join((client.sort_as or "").split()))


def create_client(
    vault: Vault,
    legal_name: str,
    *,
    chart_number: str | None = None,
    preferred_name: str = "",
    date_of_birth: date | str | None = None,
    contact: ContactPreferences | dict[str, Any] | None = None,
    part2: bool = False,
    status: str = "active",
    sort_as: str | None = None,
    letters_in: str = "en",
) -> Client:
    """A new chart; `sort_as` None: as the practice's names propose, "": by the legal name's last word."""
    stamp = now_iso()
    sort_as = proposed_sort_as(vault, legal_name or "", letters_in) if sort_as is None else sort_as
    client = _check_client(
        Client(
            client_id=new_id(),
            chart_number=_chart_number(vault, chart_number, CHART_PREFIX),
            legal_name=legal_name or "",
            preferred_name=preferred_name or "",
            date_of_birth=parse_date(date_of_birth, "date of birth", allow_future=False, field="date_of_birth"),
            status=status,  # type: ignore[arg-type]
            contact=_contact(contact),
            part2=part2,
            created_at=stamp,
            updated_at=stamp,
            sort_as=sort_as,
            letters_in=checked_letters_in(letters_in),
        )
    )
    with vault.records.transaction():
        clinical_clients.insert(vault.records, client)
    # The letter language's code, never its name (domain/letter_language).
    audit(vault, "client.created", client_id=client.client_id, letters_in=client.letters_in)
    return client


def proposed_sort_as(vault: Vault, legal_name: str, letters_in: str = "en") -> str:
    """What a new chart of this name, its letters in `letters_in`, is listed under in this practice
    ("" : its last word)."""
    from vault_app.services.practice import printing_locale  # Lazy: the practice's settings, read on creating

    return proposed(legal_name, two_surnames=two_surnames_for(printing_locale(vault), letters_in))


def get_client(vault: Vault, client_id: str) -> Client:
    """The full client record, without an audit event (use open_chart for a user viewing it)."""
    client = clinical_clients.get(vault.records, client_id) if isinstance(client_id, str) else None
    if client is None:
        raise NotFound("No client or case with that id.", hint="List them with 'vault-app client list'.",
                       code="client.not_found")
    return client


def find_client(vault: Vault, id_or_chart_number: str) -> Client:
    return get_client(vault, resolve_client_id(vault, id_or_chart_number))


def list_clients(vault: Vault, *, status: str | None = None, kind: str | None = None) -> list[ClientSummary]:
    if status is not None:
        choice(status, CLIENT_STATUSES, "client status")
    return clinical_clients.list_summaries(
        vault.records, today=today(), age_of_majority=age_of_majority(vault), status=status, kind=kind
    )


def find_clients(vault: Vault, status: str = "all", query: str = "") -> list[ClientSummary]:
    """The client list's one read: a status ("all" for every one) and words that must all
    appear in the legal or preferred name or the chart number, in any case."""
    rows = list_clients(vault, status=None if status == "all" else status)
    words = query.casefold().split()
    if not words:
        return rows
    return [r for r in rows
            if all(w in f"{r.legal_name} {r.preferred_name} {r.chart_number}".casefold() for w in words)]


def client_ids(vault: Vault) -> list[str]:
    """Every chart id (clients and joint cases), for whole-vault jobs."""
    return clinical_clients.all_ids(vault.records)


def is_minor(vault: Vault, client: Client, on: date | None = None) -> bool:
    return client.is_minor(on or today(), age_of_majority(vault))


@dataclass(frozen=True)
class ClientUpdated:
    """What an update did: the client as saved, and the appointments its discharge cancelled (as
    saved, oldest first): the therapist is told their days and times, never re-read for them."""

    client: Client
    cancelled: tuple[Appointment, ...] = ()
    # Authorizations whose signer the chart as saved no longer lets stand (services/care_confidentiality):
    # filled by a caller that changed who consented to the care, or the confidentiality agreement.
    stale_signers: tuple[Authorization, ...] = ()
    # Still booked after a date of death this update recorded: said, never cancelled silently (the therapist
    # cancels them; a date of death typed wrong must not empty the agenda).
    after_death: tuple[Appointment, ...] = ()


def update_client(vault: Vault, client_id: str, **changes: Any) -> Client:
    return update_client_reporting(vault, client_id, **changes).client


def update_client_reporting(vault: Vault, client_id: str, **changes: Any) -> ClientUpdated:
    """`update_client`, and what a discharge among the changes cancelled."""
    current = get_client(vault, client_id)
    unknown = set(changes) - _UPDATABLE
    if unknown:
        raise InvalidInput(
            "Unknown client field.", hint="Fields you can change: " + ", ".join(sorted(_UPDATABLE)) + "."
        )
    values = dict(changes)
    if "date_of_birth" in values:
        values["date_of_birth"] = parse_date(values["date_of_birth"], "date of birth", allow_future=False,
                                             field="date_of_birth")
    if "discharged_on" in values:
        values["discharged_on"] = parse_date(values["discharged_on"], "discharge date", allow_future=False,
                                             field="discharged_on")
    if "died_on" in values:  # "" or None: a date recorded by mistake taken back
        values["died_on"] = parse_date(values["died_on"], "date of death", allow_future=False, field="died_on")
    if "contact" in values:
        values["contact"] = _contact(values["contact"], current.contact.email)
    if "letters_in" in values:
        values["letters_in"] = checked_letters_in(values["letters_in"])
    if "chart_number" in values:
        values["chart_number"] = _chart_number(
            vault, values["chart_number"], CHART_PREFIX, except_id=client_id
        ) if values["chart_number"] != current.chart_number else current.chart_number
    if values.get("status") == "discharged" and "discharged_on" not in values and not current.discharged_on:
        values["discharged_on"] = today()
    if "status" in values and values["status"] != "discharged" and "discharged_on" not in values:
        values["discharged_on"] = None
    updated = _check_client(replace(current, **values, updated_at=now_iso()))
    with vault.records.transaction():
        clinical_clients.update(vault.records, updated)
        ended = end_at_discharge(vault, updated) if updated.discharged_on != current.discharged_on else []
        cancelled = cancel_after_discharge(vault, updated) if updated.discharged_on != current.discharged_on else []
    audit(vault, "client.updated", client_id=client_id, fields=sorted(changes))
    if updated.letters_in != current.letters_in:  # its code only (domain/letter_language)
        audit(vault, "client.letters_language_set", client_id=client_id, letters_in=updated.letters_in)
    if updated.died_on != current.died_on:
        audit(vault, "client.death_recorded", client_id=client_id, died_on=updated.died_on and str(updated.died_on))
    if updated.care_consented_by != current.care_consented_by:
        # Who consented decides whether a parent may sign (164.502(g)(3)(i)): the ledger keeps each
        # change, the choice's key only (never a name).
        audit(vault, "client.care_consent_recorded", client_id=client_id, consented_by=updated.care_consented_by)
    for appt in cancelled:
        audit(vault, "appointment.status_changed", client_id=client_id, appointment_id=appt.appointment_id,
              status=appointment_rules.DISCHARGE_CANCELS, fee_cents=None, source="discharge")
    for authorization_id in ended:
        audit(vault, "authorization.event_occurred", authorization_id=authorization_id, client_id=client_id,
              occurred_on=str(updated.discharged_on), source="discharge")
    after_death = to_cancel_at_discharge(vault, client_id, updated.died_on) \
        if updated.died_on is not None and updated.died_on != current.died_on else []
    return ClientUpdated(get_client(vault, client_id), tuple(cancelled), after_death=tuple(after_death))


def discharge(vault: Vault, client_id: str, on: date | str | None = None) -> ClientUpdated:
    return update_client_reporting(vault, client_id, status="discharged", discharged_on=on or today())


def chart_attachment(vault: Vault, client_id: str, attachment_id: str | None) -> str | None:
    """`attachment_id` when it is an attachment of this chart (None stays None); NotFound otherwise."""
    if attachment_id is not None:
        found = clinical_attachments.get(vault.records, attachment_id)
        if found is None or found.client_id != client_id:
            raise NotFound("No attachment with that id in this chart.", code="attachment.not_found")
    return attachment_id


def record_consent(
    vault: Vault,
    client_id: str,
    *,
    limits_discussed_on: date | str | None,
    consent_signed_on: date | str | None = None,
    attachment_id: str | None = None,
    notes: str = "",
) -> Client:
    """The informed-consent record: when the limits of confidentiality were discussed."""
    current = get_client(vault, client_id)
    chart_attachment(vault, client_id, attachment_id)
    consent = InformedConsent(
        parse_date(limits_discussed_on, "date the limits of confidentiality were discussed", allow_future=False,
                   field="limits_discussed"),
        parse_date(consent_signed_on, "consent signature date", allow_future=False, field="consent_signed"),
        attachment_id,
        clean_text(notes, "consent notes", field="consent_notes"),
    )
    updated = replace(current, consent=consent, updated_at=now_iso())
    with vault.records.transaction():
        clinical_clients.update(vault.records, updated)
    audit(vault, "client.consent_recorded", client_id=client_id, attachment_id=attachment_id)
    return get_client(vault, client_id)


# --- joint cases ---------------------------------------------------------------------
# Who may be a member of a couple or family case: individual clients, of any status (a member
# discharged from individual therapy may still come to the couple's sessions). The GUI's
# choice of members offers what this says, and create_case refuses anything else.
CASE_MEMBER_KINDS: tuple[str, ...] = ("individual",)
CASE_CHOICES = 200  # members offered at once; more are reached by typing part of a name


def case_member_choices(vault: Vault, query: str = "") -> tuple[list[ClientSummary], bool]:
    """The clients that may be members of a joint case, matching `query` (words of a name or
    the chart number), in the client list's order; and whether more match than are given."""
    page = clients_page.client_page(vault, "all", query, limit=CASE_CHOICES)
    return [row for row in page.rows if row.kind in CASE_MEMBER_KINDS], page.more


def _case(client: Client) -> JointCase:
    return JointCase(
        client.client_id, client.chart_number, client.legal_name, client.kind, client.member_ids, client.status,
        client.created_at,
    )


def create_case(
    vault: Vault, name: str, member_ids: list[str] | tuple[str, ...], *, kind: str = "couple",
    chart_number: str | None = None,
) -> JointCase:
    """A couple or family case: a chart of its own, linking the member clients."""
    choice(kind, CASE_KINDS, "case kind")
    members = tuple(dict.fromkeys(member_ids))
    if len(members) < 2:
        raise InvalidInput("A joint case needs at least two different clients.", code="case.needs_two")
    for member in members:
        if require_client(vault, member) not in CASE_MEMBER_KINDS:
            raise InvalidInput("A joint case can only link individual clients.", code="case.individuals_only")
    stamp = now_iso()
    client = _check_client(
        Client(
            client_id=new_id(),
            chart_number=_chart_number(vault, chart_number, CASE_PREFIX),
            legal_name=name or "",
            kind=kind,  # type: ignore[arg-type]
            member_ids=members,
            created_at=stamp,
            updated_at=stamp,
        )
    )
    with vault.records.transaction():
        clinical_clients.insert(vault.records, client)
        clinical_clients.add_members(vault.records, client.client_id, members)
    audit(vault, "case.created", case_id=client.client_id, member_ids=list(members))
    return _case(client)


def get_case(vault: Vault, case_id: str) -> JointCase:
    client = get_client(vault, case_id)
    if not client.is_case:
        raise NotFound("That id is a client, not a joint case.")
    return _case(client)


def cases_for_client(vault: Vault, client_id: str) -> list[JointCase]:
    require_client(vault, client_id)
    return [get_case(vault, c) for c in clinical_clients.case_ids_for_member(vault.records, client_id)]


# --- the chart ---------------------------------------------------------------------
def open_chart(vault: Vault, client_id: str, *, include_psychotherapy: bool = False) -> Chart:
    """A user opens a chart: everything its screen shows, logged once as chart.opened.

    Psychotherapy notes are listed only when asked for explicitly; a locked
    compartment then raises CompartmentLocked rather than silently hiding them.
    """
    # An older copy of the vault put back still holds a chart a newer copy destroyed: shut
    # (read_chart refuses it).
    chart = read_chart(vault, client_id, include_psychotherapy=include_psychotherapy)
    audit(vault, "chart.opened", client_id=client_id, psychotherapy=include_psychotherapy)
    return chart


def read_chart(vault: Vault, client_id: str, *, include_psychotherapy: bool = False) -> Chart:
    """The same as open_chart without the audit entry: for a screen that refreshes a chart
    the user already opened (after an autosave, a dialog's change) or that reads it as part
    of another logged action. The ledger records what a user did, not what the code re-read."""
    if destruction_delete.chart_closed(vault.records, client_id):
        # Deleted in slices beside the worker (services/destruction_beside.py): never shown
        # half deleted; a screen showing it clears as it does once the chart is gone.
        raise NotFound("This chart is being destroyed.", hint="Nothing of it can be opened any more.",
                       code="client.being_destroyed")
    # Here too, not only in open_chart: the screens and checks that re-read a chart (older3).
    older_copy_destroyed.refuse_destroyed_there(vault, client_id)
    client = get_client(vault, client_id)
    db = vault.records
    psy = None
    if include_psychotherapy:
        gone = older_copy_destroyed.notes_destroyed_there(vault)  # destroyed in a newer copy: not listed
        psy = tuple(n for n in clinical_psychotherapy.list_for_client(vault.psychotherapy, client_id)
                    if n.note_id not in gone)
    notes = tuple(clinical_notes.list_for_client(db, client_id))
    overdue = tuple(clinical_notes.unsigned_ids_created_before(db, _cutoff(unsigned_flag_days(vault)), client_id))
    return Chart(
        client=client,
        sessions=tuple(clinical_sessions.list_for_client(db, client_id)),
        notes=notes,
        plan=clinical_plans.get_for_client(db, client_id),
        attachments=tuple(clinical_attachments.list_for_client(db, client_id)),
        cases=tuple(cases_for_client(vault, client_id)) if not client.is_case else (),
        psychotherapy_notes=psy,
        unsigned_overdue=overdue,
    )


def _cutoff(days: int) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="microseconds")


def ensure_not_case_member_conflict(vault: Vault, client_id: str) -> None:
    """Refuse operations that would orphan a joint case (used before removing a member)."""
    if clinical_clients.case_ids_for_member(vault.records, client_id):
        raise RefusedByPolicy(
            "This client is a member of a joint case.",
            hint="Handle the joint case first; its records belong to every member.", code="client.joint_case_member",
        )


__all__ = ["CARE_CONSENT_CHOICES", "CASE_MEMBER_KINDS", "ClientUpdated", "case_member_choices", "cases_for_client",
           "chart_attachment", "client_ids", "create_case", "create_client", "discharge", "find_client",
           "find_clients", "get_case", "get_client", "is_minor", "list_clients", "open_chart", "read_chart",
           "record_consent", "to_cancel_at_discharge", "update_client", "update_client_reporting"]
