"""What an import will do (the dry run) and what it did (the report).

A plan lists, per chart, the items that will be created; then what is ambiguous (needs
the therapist to say which chart) and what is skipped, each with its reason. The plan
holds file paths relative to the source folder and no note text: it is what the review
screen and `--dry-run --json` show.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from vault_app.domain.clinical import ClientSummary
from vault_app.domain.errors import Problem, VaultError
from vault_app.services.client_duplicates import born_alike, by_name, first_match, name_key

ItemKind = Literal["progress_note", "psychotherapy_note", "document"]


def reason(code: str, text: str, **params: str | int) -> Problem:
    """A reason of the dry run or the report, or a line of the progress: its English (what the
    command line and --json say) with the code and params a screen says it by (gui/import_words.py).
    Not domain/errors.said, whose every call in the core the gate's words take for their own."""
    return Problem(text, code=code, params=params)


def refused(code: str, head: str, exc: VaultError) -> Problem:
    """`head` and a refusal of the core (a chart's name too long...): the refusal's own code,
    field and params go along as `refusal`, `field` and the rest, so a screen says it by its code."""
    return reason(code, f"{head}: {exc.message}", **{**exc.params, "refusal": exc.code, "field": exc.field})


@dataclass(frozen=True)
class PlannedItem:
    path: str  # relative to the source folder, "/"-separated
    item_kind: ItemKind
    source_key: str  # the previous system's id, or "sha256:<hex>" for a file
    title: str  # "Progress Note", "Questionnaire - PHQ-9", "Invoice" ...
    sha256: str
    size: int
    attachment_kind: str = ""  # for documents (and the original of a progress note)
    note_date: date | None = None
    signed_by: str = ""
    signed_on: str = ""  # as printed by the previous system
    signed_at: str = ""  # ISO 8601 with its UTC offset, when it could be read
    author: str = ""
    text_layer: bool = True  # False: a scan; kept as an attachment only
    damaged: bool = False  # its PDF could not be read (kept as it came: text_cut.py)
    # A readable copy of a psychotherapy note that came in damaged: the draft it fills
    # (services/importers/damaged_again.py), instead of a note of its own.
    fills_note_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["note_date"] = self.note_date.isoformat() if self.note_date else None
        return data


@dataclass
class PlannedChart:
    source_key: str  # the previous system's client id
    name: str
    date_of_birth: date | None
    email: str = ""
    phone: str = ""
    address: str = ""
    existing_client_id: str | None = None  # imported before: only new items are added
    last_service: date | None = None
    items: list[PlannedItem] = field(default_factory=list)
    # The file's own last-name column, where it has one: what a new chart is listed under (sort_as).
    surname: str = ""

    def count(self, kind: str) -> int:
        return sum(1 for i in self.items if i.item_kind == kind)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source_key": self.source_key, "name": self.name,
            "date_of_birth": self.date_of_birth.isoformat() if self.date_of_birth else None,
            "existing_client_id": self.existing_client_id,
            "last_service": self.last_service.isoformat() if self.last_service else None,
            "new_chart": self.existing_client_id is None,
            "progress_notes": self.count("progress_note"),
            "psychotherapy_notes": self.count("psychotherapy_note"),
            "documents": self.count("document"),
            "items": [i.as_dict() for i in self.items],
        }


@dataclass(frozen=True)
class Issue:
    """A file the import will not bring in as it stands: skipped, or ambiguous (which chart?)."""

    path: str
    reason: str
    candidates: tuple[str, ...] = ()  # for an ambiguous file: the charts (source keys) it could belong to

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "reason": self.reason, "candidates": list(self.candidates)}


@dataclass
class ImportPlan:
    source: str  # "simplepractice", "csv", "pdf-folder"
    root: Path
    charts: list[PlannedChart] = field(default_factory=list)
    ambiguous: list[Issue] = field(default_factory=list)
    skipped: list[Issue] = field(default_factory=list)
    notices: list[Issue] = field(default_factory=list)  # imported, but with something to know
    already_imported: int = 0  # items found in the import map: a re-run adds nothing for them

    def note_second_charts(self, people: list[ClientSummary]) -> None:
        """A new chart for someone the vault has a chart for already (typed in by hand before
        the import, or imported from another system): said in the dry run, since the import
        would split that person's records over two charts."""
        known = by_name(people)
        new_ones: dict[tuple[str, ...], list[PlannedChart]] = {}
        for chart in self.charts:
            if chart.existing_client_id is not None:
                continue
            there = first_match(chart.name, chart.date_of_birth, known)
            if there is not None:
                self.notices.append(Issue(chart.name, reason(
                    "import.second_chart",
                    f"A chart with this name and birth date already exists ({there.chart_number}, {there.status}). "
                    "The import makes a separate chart: if this is the same person, their records will be split "
                    "over two charts.", chart_number=there.chart_number, status=there.status)))
                continue
            # The same person twice in this import (entered twice in the old system, once without
            # accents or as "Last, First"): the second is said, else the notes split unseen.
            earlier = next((c for c in new_ones.get(name_key(chart.name), ())
                            if born_alike(chart.date_of_birth, c.date_of_birth)), None)
            if earlier is not None:
                self.notices.append(Issue(chart.name, reason(
                    "import.same_person_in_import",
                    f"This import also makes a chart for {earlier.name}, with the same name and birth date: if this "
                    "is the same person (entered twice in the previous system), their records will be split over "
                    "two charts. Merge them in the previous system and export again, or leave one out.",
                    other=earlier.name)))
            new_ones.setdefault(name_key(chart.name), []).append(chart)

    @property
    def new_charts(self) -> int:
        return sum(1 for c in self.charts if c.existing_client_id is None)

    def total(self, kind: str) -> int:
        return sum(c.count(kind) for c in self.charts)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "folder": str(self.root),
            "will_create": {
                "charts": self.new_charts,
                "progress_notes": self.total("progress_note"),
                "psychotherapy_notes": self.total("psychotherapy_note"),
                "documents": self.total("document"),
            },
            "already_imported": self.already_imported,
            "charts": [c.as_dict() for c in self.charts],
            "ambiguous": [i.as_dict() for i in self.ambiguous],
            "skipped": [i.as_dict() for i in self.skipped],
            "notices": [i.as_dict() for i in self.notices],
        }


@dataclass
class ImportReport:
    source: str
    charts_created: int = 0
    charts_updated: int = 0
    progress_notes: int = 0
    psychotherapy_notes: int = 0
    documents: int = 0
    cancelled: bool = False
    interrupted: bool = False  # stopped by the vault's lock (or quit), not by Cancel
    # Stopped because the source folder itself could no longer be read (renamed, moved, its
    # drive unplugged): not one damaged file but all the rest, said once at the top.
    source_gone: bool = False
    skipped: list[Issue] = field(default_factory=list)
    ambiguous: list[Issue] = field(default_factory=list)
    notices: list[Issue] = field(default_factory=list)
    client_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "charts_created": self.charts_created, "charts_updated": self.charts_updated,
            "progress_notes": self.progress_notes, "psychotherapy_notes": self.psychotherapy_notes,
            "documents": self.documents, "cancelled": self.cancelled, "interrupted": self.interrupted,
            "source_gone": self.source_gone,
            "client_ids": self.client_ids,
            "skipped": [i.as_dict() for i in self.skipped], "ambiguous": [i.as_dict() for i in self.ambiguous],
            "notices": [i.as_dict() for i in self.notices],
        }


class ImportStopped(VaultError):
    """The vault is locking (or the app quitting) while an import runs beside: it stops
    between charts; what it imported is whole, and running it again continues."""

    kind = "import-stopped"

    def __init__(self) -> None:
        # The code: a screen says it in its own language (gui/refusal_words_import.py), the
        # after-unlock notice (gui/import_running.py) too.
        super().__init__("The import stopped because the vault locked.",
                         hint="Unlock and run the same import again: it continues where it stopped.",
                         code="import.stopped")


PLAINTEXT_REMINDER = (
    "The source folder still holds your records in plain text. Once you have checked the import, "
    "delete it and empty the trash; on an SSD or a synced folder deleted files can linger, so "
    "prefer keeping such exports only on an encrypted disk (FileVault, BitLocker, LUKS) and "
    "remove the copy in your downloads folder and any cloud sync too."
)

__all__ = ["PLAINTEXT_REMINDER", "ImportPlan", "ImportReport", "ImportStopped", "Issue", "PlannedChart", "PlannedItem",
           "reason", "refused"]
