"""What an operation changed, so that each screen can decide for itself to refresh.

The vault collects changes as it writes: every write that matters to a screen already
leaves a ledger entry, so the ledger's append reports each entry here and the kind of
entry says which kind of record moved (`record_event`). Writes that are deliberately not
logged (draft autosaves, held text) call `ChangeLog.record` themselves. The operation
runner takes the collected `Changes` after each operation and broadcasts them (the GUI's
`AppController.changed`); no screen connects to another screen to stay current.

Collecting at the ledger instead of having every service return a value means a new
service cannot forget to announce its changes: if it logs, it is announced.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """Kinds of record a screen may show."""

    CLIENTS = "clients"
    GUARDIANS = "guardians"
    SESSIONS = "sessions"
    NOTES = "notes"
    PSYCHOTHERAPY_NOTES = "psychotherapy_notes"
    PLANS = "plans"
    ATTACHMENTS = "attachments"
    AUTHORIZATIONS = "authorizations"
    DISCLOSURES = "disclosures"
    REQUESTS = "requests"
    RESTRICTIONS = "restrictions"
    DECISIONS = "decisions"
    AMENDMENTS = "amendments"
    HOLDS = "holds"
    RETENTION = "retention"
    ACCOUNTING = "accounting"
    BACKUPS = "backups"
    SETTINGS = "settings"
    DESTRUCTION = "destruction"
    MEASURES = "measures"
    APPOINTMENTS = "appointments"
    BILLING = "billing"
    VAULT = "vault"
    # Reads that are logged (a chart opened, a note viewed): only the History tab cares.
    VIEWS = "views"


# Ledger event prefix (the part before the first dot) -> kind. Whole event names first.
_EVENT_KINDS: Mapping[str, Kind] = {
    "chart.opened": Kind.VIEWS,
    "note.viewed": Kind.VIEWS,
    "note.original_viewed": Kind.VIEWS,  # an imported psychotherapy note's original PDF shown
    "attachment.viewed": Kind.VIEWS,
    "decision.viewed": Kind.VIEWS,
    "search.psychotherapy": Kind.VIEWS,
    "note.printed": Kind.VIEWS,
    "key.revealed": Kind.VIEWS,
    "audit.verified": Kind.VIEWS,
    "kit.checked": Kind.VIEWS,  # a check of the Emergency Kit (services/kit_check.py): no record changed
    "backup.folder_lost_seen": Kind.VIEWS,  # "I have read this" under a lost backup folder: nothing written
    # The compartment opening or closing changes no record: the screens follow
    # AppController.psychotherapy_changed for it, and the History tab shows the entry.
    "psychotherapy.unlocked": Kind.VIEWS,
    "psychotherapy.locked": Kind.VIEWS,
    "psychotherapy.unlock_refused": Kind.VIEWS,  # a wrong passphrase typed for the notes: nothing changed
    "passphrase.reask_refused": Kind.VIEWS,  # a wrong passphrase typed to confirm a change: nothing changed
    "ledger.sealing_started": Kind.VIEWS,  # bookkeeping of the audit (services/ledger_seals.py), no record
    "chart.exported": Kind.DISCLOSURES,
    "export.created": Kind.DISCLOSURES,
    "certificate.exported": Kind.DESTRUCTION,
    "case.created": Kind.CLIENTS,
    "client": Kind.CLIENTS,
    "guardian": Kind.GUARDIANS,
    "session": Kind.SESSIONS,
    "note": Kind.NOTES,
    "plan": Kind.PLANS,
    "attachment": Kind.ATTACHMENTS,
    "authorization": Kind.AUTHORIZATIONS,
    "disclosure": Kind.DISCLOSURES,
    "request": Kind.REQUESTS,
    "restriction": Kind.RESTRICTIONS,
    "decision": Kind.DECISIONS,
    "amendment": Kind.AMENDMENTS,
    "hold": Kind.HOLDS,
    "retention": Kind.RETENTION,
    "compliance": Kind.RETENTION,
    "accounting": Kind.ACCOUNTING,
    "backup": Kind.BACKUPS,
    "settings": Kind.SETTINGS,
    "practice": Kind.SETTINGS,
    "passphrase": Kind.SETTINGS,
    "destruction": Kind.DESTRUCTION,
    "measure": Kind.MEASURES,
    "snippet": Kind.SETTINGS,  # the therapist's own text snippets (services/faster_notes.py)
    "appointment": Kind.APPOINTMENTS,
    "payment": Kind.BILLING,
    "fee": Kind.BILLING,
    "billing": Kind.BILLING,
    "import": Kind.CLIENTS,
}


def kind_of_event(event: str, payload: Mapping[str, Any] | None = None) -> Kind:
    """The kind of record a ledger event changed (VAULT for anything unknown, which every
    vault-wide screen treats as "refresh")."""
    if event.startswith("note.") and (payload or {}).get("kind") == "psychotherapy" and _EVENT_KINDS.get(
            event) is not Kind.VIEWS:
        return Kind.PSYCHOTHERAPY_NOTES
    found = _EVENT_KINDS.get(event) or _EVENT_KINDS.get(event.split(".", 1)[0])
    return found or Kind.VAULT


@dataclass(frozen=True)
class Changes:
    """Which kinds of record changed, and for which charts. `clients` empty with
    `vault_wide` False means the changes name no chart (settings, backups)."""

    kinds: frozenset[Kind] = frozenset()
    clients: frozenset[str] = frozenset()
    vault_wide: bool = False

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.clients | other.clients, self.vault_wide or other.vault_wide)

    def touches(self, *kinds: Kind) -> bool:
        """Any of `kinds` changed (a VAULT change touches everything)."""
        return Kind.VAULT in self.kinds or any(k in self.kinds for k in kinds)

    def touches_client(self, client_id: str | None, *kinds: Kind) -> bool:
        """Any of `kinds` changed for this chart (or vault-wide)."""
        if not self.touches(*kinds):
            return False
        return self.vault_wide or client_id is None or client_id in self.clients or not self.clients

    def only_views(self) -> bool:
        return self.kinds <= {Kind.VIEWS}

    @classmethod
    def of(cls, *kinds: Kind, clients: Iterable[str] = (), vault_wide: bool = False) -> Changes:
        return cls(frozenset(kinds), frozenset(clients), vault_wide)


class ChangeLog:
    """Collects what the operations on one vault changed until someone takes it.

    Written from the worker thread and taken on it too (after each operation), but a
    lock costs nothing here and keeps a stray caller from tearing a set mid-update."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kinds: set[Kind] = set()
        self._clients: set[str] = set()
        self._vault_wide = False

    def record(self, kind: Kind, client_id: str | None = None) -> None:
        with self._lock:
            self._kinds.add(kind)
            if client_id:
                self._clients.add(client_id)
            elif kind not in (Kind.VIEWS, Kind.SETTINGS, Kind.BACKUPS):
                self._vault_wide = True

    def record_event(self, event: str, payload: Mapping[str, Any]) -> None:
        """The ledger's observer: each appended entry is a change."""
        client = payload.get("client_id")
        self.record(kind_of_event(event, payload), client if isinstance(client, str) else None)

    def take(self) -> Changes:
        with self._lock:
            taken = Changes(frozenset(self._kinds), frozenset(self._clients), self._vault_wide)
            self._kinds.clear()
            self._clients.clear()
            self._vault_wide = False
        return taken


__all__ = ["ChangeLog", "Changes", "Kind", "kind_of_event"]
