"""What the home screen ("Today") shows, read in one call, and the list of open requests.

The screen's reads live here rather than in the GUI so that a screen only lays out what a
service returns, and so that the CLI could print the same day (issue 16: one service
function per read). Ids, dates and counts only: the screen words and dates them itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vault_app.domain.requests import ClientRequest
from vault_app.domain.state_deadlines import Deadline
from vault_app.services import (
    backup,
    backup_changed,
    backup_last_verified,
    backup_registry,
    clients_page,
    coming_of_age,
    reminders,
    request_due,
    request_grounds_fit,
    request_owed,
    request_review_needed,
    requests,
    retention,
    retention_due,
    unsigned_notes,
)
from vault_app.services import dashboard as dash
from vault_app.services.coming_of_age import ComingOfAgeItem
from vault_app.services.dashboard import AuthorizationItem, ComplianceItem, RequestItem
from vault_app.services.unsigned_notes import UnsignedNotes
from vault_app.services.vault import Vault

if TYPE_CHECKING:
    from vault_app.services.backup_registry_fold import RegisteredBackup


@dataclass(frozen=True)
class BackupState:
    """The last verified backup: its age in whole days (None: never), the reminder the
    practice's settings call for, and the checked copy's file name."""

    age_days: int | None
    reminder: str | None
    checked_copy: str | None
    # A verified backup newer than every reachable one, its file not reachable now (a drive not
    # connected, a folder renamed or unmounted): its age in whole days, and its folder.
    away_age_days: int | None = None
    away_folder: str | None = None
    # That backup's folder is here and another copy of this vault's rotation deleted it: the
    # Backups window's sentence (backup_changed.explain_missing), not "connect its drive".
    away_removed: str | None = None
    # The automatic backup at the last lock, or at Quit, not made since the last backup of this
    # vault (services/reminders.py): the card does not say the backups are fine after it.
    failure: reminders.News | None = None
    # The checked copy's kind ("snapshot": one of the backup folder's dated backups; "file": a
    # single-file backup, the settings' own or one saved elsewhere) and its folder: a therapist
    # reads "Last verified backup" as the series the settings name, so the card says which.
    checked_kind: str | None = None
    checked_folder: str | None = None
    # That backup's folder is here and its file is not (deleted or moved, no note of another copy's
    # rotation): the Backups window lists it "missing"; the card says so, not "connect its drive"
    # (found by a walker with the folder there).
    away_gone: bool = False
    # This vault is a copy made by hand of the default vault, sharing its backup folder: its
    # automatic backups are off (services/vault_copy_home.py), and the backups above are that
    # vault's, not this copy's; the original's folder (found by a walker: "today" on such a copy).
    copy_of: str | None = None
    # When the checked copy was made (a stored moment, UTC): the card names it by its time, its
    # file name ("snap-2026-12-06T071356Z.vrs") only on hover (found by a walker).
    checked_made: str | None = None
    # The file name of the newest verified backup not reachable now: the card names it (found by a
    # walker: "Its file is no longer in F" after a sentence about another file of F read as that one).
    away_name: str | None = None
    # Replaced by a copy restored with --replaces-original: (that copy's folder, when); the card
    # says to work in that copy, not "Make a backup now" (found by a walker, round 44).
    replaced_by: tuple[str, str] | None = None


@dataclass(frozen=True)
class LedgerState:
    entries: int  # the head's sequence number
    anchor: int  # the last checkpoint's sequence number, verified on unlock


@dataclass(frozen=True)
class Today:
    requests_overdue: list[RequestItem]
    requests_due_soon: list[RequestItem]
    authorizations_expiring: list[AuthorizationItem]
    unsigned: UnsignedNotes  # the worklist's section reads the same (services/unsigned_notes.py)
    eligible: int  # charts past their retention period under no legal hold, requested ones included
    backup: BackupState
    ledger: LedgerState
    # client id -> chart number: the screen names charts by number, never by name.
    charts: dict[str, str] = field(default_factory=dict)
    # Compliance records kept after a destruction, past their date (the Destructions dialog destroys them).
    compliance_due: list[ComplianceItem] = field(default_factory=list)
    # Clients coming of age within 30 days, or of age lately with a parent's form in force.
    coming_of_age: list[ComingOfAgeItem] = field(default_factory=list)
    held_past: int = 0  # charts past their retention period that a legal hold keeps
    # Open access requests whose requester may no longer receive the copy (services/request_review_needed),
    # due soon or not: work to do before the plainly due ones, which leave them out (each counted once).
    requests_needing_review: list[RequestItem] = field(default_factory=list)

    def chart_of(self, client_id: str) -> str:
        return self.charts.get(client_id, "?")


def backup_state(vault: Vault) -> BackupState:
    status = backup.status(vault)
    # Said as the Backups window and `backup list` say it (services/backup_last_verified.py).
    said = backup_last_verified.from_status(status)
    age = said.reachable_age_days
    last = status["last_verified_backup"]
    away = said.age_days if said.where in ("away", "gone") else None
    kind = folder = None
    away_entry = status["last_verified_unreachable"]
    replaced = _replaced_by(vault)
    # The register read once for both backups named here (backup_registry.find reads it each
    # time); reversed, so a path registered twice gives the first, as find does.
    by_path = {b.path: b for b in reversed(backup_registry.registered(vault))} if last or away_entry else {}
    if last:
        # Imported here: the chunk store (ctypes) stays out of the unlock's peak memory (as backup_registry does).
        from vault_app.storage.chunk_store import is_snapshot_path

        found = _registered_at(by_path, last)
        kind = "snapshot" if is_snapshot_path(Path(str(last["path"]))) else "file"
        folder = str(backup_registry.backup_folder(found)) if found is not None else str(Path(last["path"]).parent)
    return BackupState(None if age is None else int(age), backup.reminder_text(vault),
                       Path(last["path"]).name if last else None,
                       None if away is None else int(away), status["unreachable_backup_folder"],
                       _removed(vault, _registered_at(by_path, away_entry)),
                       # A vault a copy replaced makes no backup: no failed one said on its card (round 45).
                       None if replaced else (reminders.failed_backup_news(vault)
                                              or reminders.destruction_not_backed_up_news(vault)),
                       kind, folder,
                       away_gone=said.where == "gone", copy_of=_copy_of(vault),
                       checked_made=str(last.get("created") or "") or None if last else None,
                       away_name=Path(str(away_entry["path"])).name if away_entry else None,
                       replaced_by=replaced)


def _replaced_by(vault: Vault) -> tuple[str, str] | None:
    from vault_app.services import restore_beside_record

    return restore_beside_record.replaced_news(vault)


def _copy_of(vault: Vault) -> str | None:
    from vault_app.services import vault_copy_home

    home = vault_copy_home.original_sharing_backups(vault)
    return None if home is None else str(home)


def _registered_at(by_path: dict[str, RegisteredBackup], entry: dict[str, object] | None) -> RegisteredBackup | None:
    """The registered backup a status entry names (as backup_registry.find matches its path)."""
    return None if entry is None else by_path.get(str(Path(str(entry["path"])).expanduser().resolve()))


def _removed(vault: Vault, found: RegisteredBackup | None) -> str | None:
    """What the Backups window says of the newest verified backup not found, when another copy's
    rotation deleted it (one piece for both: backup_changed.explain_missing)."""
    said = backup_changed.explain_missing(vault, found) if found is not None else None
    return said[1] if said is not None else None


def ledger_state(vault: Vault) -> LedgerState:
    return LedgerState(vault.ledger.head().seq, vault.header.ledger_anchor.seq)


def today(vault: Vault) -> Today:
    """Everything the home screen shows. A request both due and an open accounting
    request is counted once. A fixed number of reads whatever the vault's size (issue 21):
    the chart numbers of the charts the cards name, not of every chart
    (tests/gui/test_dashboard_reads.py), and the charts past retention as one index range
    count over their stored dates (services/retention_due.py)."""
    summary = dash.summary(vault)
    pending = summary.requests_overdue + summary.requests_due_soon + summary.accounting_requests_open
    review = summary.requests_needing_review
    to_review = {r.request_id for r in review}
    unique = [r for r in {r.request_id: r for r in pending}.values() if r.request_id not in to_review]
    unsigned = unsigned_notes.owed(vault)
    coming = coming_of_age.items(vault)
    eligible, held_past = retention_due.due_counts(vault.records, retention.today())
    named = ([r.client_id for r in unique + review] + [a.client_id for a in summary.authorizations_expiring]
             + [n.client_id for n in unsigned.notes] + [c.client_id for c in coming])
    return Today(
        requests_overdue=[r for r in unique if r.days_left < 0],
        requests_due_soon=[r for r in unique if r.days_left >= 0],
        authorizations_expiring=summary.authorizations_expiring,
        unsigned=unsigned,
        eligible=eligible,
        backup=backup_state(vault),
        ledger=ledger_state(vault),
        charts=clients_page.chart_numbers(vault, named),
        compliance_due=summary.compliance_due,
        coming_of_age=coming,
        held_past=held_past,
        requests_needing_review=review,
    )


@dataclass(frozen=True)
class OpenRequest:
    request: ClientRequest
    chart_number: str
    # The earlier of HIPAA's and the license state's date (services/request_due); the list shows it
    deadline: Deadline | None = None
    owed: str = ""  # decided, still owing a copy: domain/request_owing (RELEASED, REST)
    review: str = ""  # why it needs review, its requester's standing changed since (request_review_needed)


def open_requests(vault: Vault) -> list[OpenRequest]:
    """Every open request in the practice with its chart number, soonest due first; and an access
    request denied in part whose rest is still to give (164.524(d)(1)): it left the list at its
    denial, the copy of the rest still owed (found in the real app); and one whose denial a review
    reversed, until the copy of what was released is given (164.524(d)(4), domain/request_owing)."""
    every = requests.list_requests(vault)
    owed = request_owed.owed_by_id(vault, every)
    open_now = [q for q in every if not q.closed or q.id in owed]
    numbers = clients_page.chart_numbers(vault, [q.client_id for q in open_now])
    state = request_due.license_state(vault)
    review = request_review_needed.review_by_id(vault, open_now)
    found = [OpenRequest(q, numbers.get(q.client_id, ""), request_due.deadline(q, state), owed.get(q.id, ""),
                         review.get(q.id, "")) for q in open_now]
    return sorted(found, key=lambda r: r.deadline.day if r.deadline else r.request.due_on)


@dataclass(frozen=True)
class RequestDetail:
    request: ClientRequest
    letters: list[dict[str, object]]
    deadline: Deadline | None = None  # the earlier of HIPAA's and the license state's date
    # The grounds a denial may name today: who asked, and a state's own for a parent's request about a minor.
    grounds: tuple[str, ...] = ()
    # What its decision still owes (domain/request_owing): "rest", "released" (a review reversed the denial), "".
    owed: str = ""
    review: str = ""  # why it needs review, its requester's standing changed since (request_review_needed)


def request_detail(vault: Vault, request_id: str) -> RequestDetail:
    """One request and the letters sent for it (the request dialog's read)."""
    q = requests.get_request(vault, request_id)
    grounds = request_grounds_fit.offered_codes(vault, q) if q.kind in ("access", "amendment") else ()
    return RequestDetail(q, requests.letters(vault, request_id), request_due.deadline_of(vault, q), grounds,
                         request_owed.copy_owed_by(vault, q), request_review_needed.review_of(vault, q))


__all__ = ["BackupState", "LedgerState", "OpenRequest", "RequestDetail", "Today", "backup_state", "ledger_state",
           "open_requests", "request_detail", "today"]
