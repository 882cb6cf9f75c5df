"""An id of the previous system met again: the same person (or note), or another one?

SimplePractice ids are unique within one practice's account, not across accounts: a second
export (another practice, a test account) can reuse "100001" for someone else. The import map
ties an id to the chart first imported under it, so an id alone must never file a record: a
contact whose name or birth date disagrees with that chart is a conflict, listed and not filed;
a note whose id was imported before counts as "already imported" only when its original is the
same file and it was filed into this same chart.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from vault_app.domain.clinical import ClientSummary
from vault_app.domain.errors import Problem
from vault_app.services.importers.plan import reason
from vault_app.storage.import_destroyed import Destroyed


def _name(text: str) -> str:
    return " ".join(text.split()).casefold()


def identity_agrees(person: ClientSummary, name: str, date_of_birth: date | None) -> bool:
    """The chart first imported under the id is this contact: same name (as legal or preferred
    name), and no two birth dates that differ. A chart renamed since reads as a conflict: listed,
    never filed wrongly."""
    if _name(name) not in (_name(person.legal_name), _name(person.preferred_name)):
        return False
    return person.date_of_birth is None or date_of_birth is None or person.date_of_birth == date_of_birth


def contact_taken_reason(chart_number: str) -> Problem:
    return reason("import.contact_id_taken",
                  f"This contact's SimplePractice id was imported before for a different person (chart "
                  f"{chart_number}: another name or birth date): not imported, and none of its files are. If this "
                  "export comes from another SimplePractice account, import it into a vault of its own or add "
                  "its records by hand.", chart_number=chart_number)


def row_id_taken_reason(chart_number: str) -> Problem:
    """A client list's row whose id was imported before for someone else (a colleague's list
    numbering its clients 1, 2, 3... as the first list did): listed, never counted as imported."""
    return reason("import.row_id_taken",
                  f"This row's id was imported before for a different person (chart {chart_number}: another name "
                  "or birth date): not imported. If this list comes from another practice or system, rename its "
                  "ID column in the file and import it again: its rows are then told apart by name and birth "
                  "date. Or add this client by hand.", chart_number=chart_number)


def contact_conflict_file_reason() -> Problem:
    return reason("import.contact_id_conflict",
                  "Not imported: this file belongs to a contact whose SimplePractice id the vault already holds "
                  "for a different person (see that contact's line).")


def note_taken_reason() -> Problem:
    return reason("import.note_id_taken",
                  "Not imported: a different note with this SimplePractice id is already in the vault (another "
                  "file, or another chart). Compare them and add this one by hand if it belongs here.")


def destroyed_reason(gone: Destroyed) -> Problem:
    """A record whose chart, imported before, was destroyed since: an import never brings it back
    (the destruction kept a keyed fingerprint of its source id: storage/import_destroyed.py)."""
    return reason("import.chart_destroyed",
                  f"Not imported: the chart this record was imported into before was destroyed on "
                  f"{gone.destroyed_on} (certificate {gone.certificate_id}). An import does not bring back a "
                  "destroyed chart; if this person is a client again, add them by hand.",
                  date=gone.destroyed_on, certificate=gone.certificate_id)


def destroyed_file_reason() -> Problem:
    return reason("import.chart_destroyed_file",
                  "Not imported: this file belongs to a contact whose chart was destroyed (see that contact's line).")


def assigned_before_reason(chart_number: str) -> Problem:
    """A file that needed a hand (two clients of one name) and was filed by hand on an earlier run."""
    return reason("import.assigned_before",
                  f"Imported before into chart {chart_number}, where it was filed by hand: nothing more to do.",
                  chart_number=chart_number)


def same_note(key: str, digest: str, client_id: str | None, digests: Mapping[str, str],
              mapped: Mapping[str, tuple[str, str]]) -> bool:
    """A note key imported before is the same note: same original file, same chart. A key with no
    recorded digest (nothing to compare) counts as the same note, as before."""
    known = digests.get(key)
    if known and known != digest:
        return False
    target = mapped.get(key)
    return target is None or client_id is None or target[1] == client_id


__all__ = ["assigned_before_reason", "contact_conflict_file_reason",
           "contact_taken_reason", "destroyed_file_reason", "destroyed_reason",
           "identity_agrees", "note_taken_reason", "row_id_taken_reason", "same_note"]
