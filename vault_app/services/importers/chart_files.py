"""A chart's files read again and its documents sealed into the blob store, on the caller's
thread (services/importers/apply.py tells the whole import): the slow part of a chart, done
before its transaction. A file that cannot be read because the source folder itself is gone
stops the import there (`SourceGone`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from vault_app.crypto import keys
from vault_app.domain.clinical import new_id
from vault_app.services import attachment_blobs
from vault_app.services.fault_injection import crash_point
from vault_app.services.importers.on_vault import OnVault
from vault_app.services.importers.plan import ImportReport, Issue, PlannedChart, PlannedItem, reason
from vault_app.storage import blob_store

PSYCHOTHERAPY_LOCKED = reason("import.psychotherapy_locked",
                              "The psychotherapy notes are locked: unlock them and run the import again to bring in "
                              "psychotherapy notes.")


@dataclass(frozen=True)
class LoadedItem:
    item: PlannedItem
    data: bytes
    text: str


# Reads an item's bytes and text again at apply time: (data, text) or a reason to skip it.
Loader = Callable[[PlannedItem], "tuple[bytes, str] | str"]


@dataclass
class Sealed:
    """A chart's documents, sealed into the blob store before its transaction."""

    client_id: str
    new_key: bytes | None  # a new chart's key, inserted with the chart; None: the chart's own
    # The generation of the chart key they were sealed under (a new chart's: 0): what the
    # rows record, even when Replace every key gave the chart a newer key before they are written.
    generation: int = 0
    blobs: dict[int, str] = field(default_factory=dict)  # index in the loaded items -> blob id


class SourceGone(Exception):
    """The source folder itself can no longer be read: the import stops between charts."""


def source_gone(folder: Path) -> bool:
    """Whether `folder` (an import's source) itself is gone or unreadable, rather than one file
    in it: a file that cannot be read in a folder that still can is that file's own line."""
    try:
        with os.scandir(folder) as entries:
            next(entries, None)
    except OSError:
        return True
    return False


def load_chart(chart: PlannedChart, load: Loader, psychotherapy_open: bool, report: ImportReport,
                stop: Callable[[], bool], root: Path) -> list[LoadedItem] | None:
    """The chart's files read again (on the caller's thread); None when stopped meanwhile.
    SourceGone when a file cannot be read because the folder `root` is gone."""
    loaded: list[LoadedItem] = []
    for item in chart.items:
        if stop():
            return None
        if item.item_kind == "psychotherapy_note" and not psychotherapy_open:
            # Locked after the dry run: the plan had them, the compartment is closed now.
            report.skipped.append(Issue(item.path, PSYCHOTHERAPY_LOCKED))
            continue
        try:
            got = load(item)
        except OSError:
            if source_gone(root):
                raise SourceGone from None
            raise
        if isinstance(got, str) and source_gone(root):
            raise SourceGone
        if isinstance(got, str):
            report.skipped.append(Issue(item.path, got))
            continue
        loaded.append(LoadedItem(item, got[0], got[1]))
    return loaded


def seal(on_vault: OnVault, folder: Path, chart: PlannedChart, loaded: list[LoadedItem],
          stop: Callable[[], bool]) -> Sealed | None:
    """Seal the chart's documents into the blob store under its key (a new chart's is made
    here and inserted with the chart); None when stopped meanwhile."""
    existing = chart.existing_client_id
    if existing is None:
        sealed = Sealed(new_id(), keys.random_key())
        key = sealed.new_key
    else:
        current = on_vault(lambda v: attachment_blobs.chart_key(v, existing))
        sealed = Sealed(existing, None, current.generation)
        key = current.key
    assert key is not None
    for index, entry in enumerate(loaded):
        if entry.item.item_kind == "psychotherapy_note":
            continue  # kept inside psychotherapy.db, never in the blob store
        if stop():
            return None
        blob_id = blob_store.new_blob_id()
        blob_store.write(folder, blob_id, sealed.client_id, key, [entry.data])
        sealed.blobs[index] = blob_id
    crash_point("import_chart_sealed")
    return sealed
