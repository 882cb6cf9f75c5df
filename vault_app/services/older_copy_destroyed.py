"""Charts the newer backup says were destroyed, back in an older copy of the vault: named, and
refused (opened, exported, disclosed) in this copy.

Found by a walker: `destroy DEMO-00004`, then the whole vault folder copied before it put back
(the backup folder current). The older-copy message (services/older_copy_refusal.py) said
"reading and writing notes stays allowed"; the destroyed chart was in the client list and opened.

The lineage check has found the folder's newest backup (backup_superseded.Superseded.newest). Its
header and ledger parts are read (single file: the stream decrypted up to the ledger, the other
parts read past, never written; snapshot: those two parts' chunks) into a private work folder
(SQLCipher ciphertext and the vault header, plain as in the vault folder), with this vault's master
key. Its destruction entries (decision or certificate, of a whole chart) name the charts destroyed
there; those this copy still holds are the ones brought back.

Refusing, not destroying again here: the newer backup is read at every unlock of the older copy,
and a destruction cannot be undone; a refusal keeps the chart shut until the newest backup is
restored over this copy (the restore re-applies every destruction it reads), or until the
therapist destroys it again here herself. What was found is written into this copy's ledger
(KNOWN), so the refusal outlives the lineage check: a copy kept as the vault (another backup folder
chosen for it) still does not open a chart destroyed in the other.

When the newest backup cannot be read with this vault's keys (its keys replaced since, damaged),
nothing is found: the older-copy refusals (disclosures) hold in any case.
"""

from __future__ import annotations

import weakref
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from vault_app.domain.errors import RefusedByPolicy
from vault_app.services.older_copy_known import KNOWN, KNOWN_NOTES, known, known_notes

if TYPE_CHECKING:
    from pathlib import Path

    from vault_app.services.backup_superseded import DestroyedThere, NotesDestroyedThere, Superseded
    from vault_app.services.vault import Vault

DESTROYED_THERE = "chart.destroyed_in_newer_copy"  # the refusal's code (gui/refusal_words_chart.py)
NOTE_DESTROYED_THERE = "psychotherapy_note.destroyed_in_newer_copy"  # a note's (gui/refusal_words_chart.py)
_STARTED, _COMPLETED = "destruction.started", "destruction.completed"  # destruction_state (not imported: weight)
# Sessions (by their records compartment) whose newest backup was read already: the command line
# reads it once per command that opens a chart, the app once after its unlock.
_CHECKED: weakref.WeakSet[object] = weakref.WeakSet()


def read(vault: Vault, found: Superseded) -> tuple[DestroyedThere, ...]:
    """The charts the newest backup's ledger says were destroyed that this copy still holds."""
    return _read(vault, found)[0]


def _read(vault: Vault, found: Superseded) -> tuple[tuple[DestroyedThere, ...], tuple[NotesDestroyedThere, ...]]:
    """The charts, and the psychotherapy notes of charts kept, the newest backup's ledger says were
    destroyed that this copy still holds."""
    from pathlib import Path

    from vault_app.domain.errors import VaultError
    from vault_app.services import clients_page

    # Here, not at the top: opening any chart imports this module (refuse_destroyed_there), and the
    # backup stack behind backup_superseded is read only after an unlock (test_unlock_memory_imports).
    from vault_app.services.backup_superseded import DestroyedThere, NotesDestroyedThere

    newest = Path(found.newest) if found.newest else None
    if newest is None or not newest.exists():
        return (), ()
    try:
        entries = _destruction_entries(vault, newest)
    except (VaultError, OSError, KeyError, ValueError):
        return (), ()  # another key, damaged: the disclosure refusal holds anyway
    first: dict[str, str] = {}
    notes: dict[str, tuple[str, str, list[str]]] = {}  # destruction -> (client, when, note ids)
    for kind, payload, time in entries:
        client = payload.get("client_id")
        if kind not in (_STARTED, _COMPLETED) or not isinstance(client, str):
            continue
        scope, ids = _scope_and_notes(payload)
        when = str(payload.get("started_at") or time)
        if scope != "psychotherapy_notes":
            first.setdefault(client, when)
            continue
        # A destruction of selected psychotherapy notes (the chart kept): its notes, by the decision
        # ("started") or the certificate ("completed", carried by a restore without its start).
        key = str(payload.get("destruction_id") or (payload.get("certificate") or {}).get("destruction_id")
                  or payload.get("certificate_id") or when)
        have = notes.setdefault(key, (client, when, []))
        have[2].extend(n for n in ids if n not in have[2])
    numbers = clients_page.chart_numbers(vault, {*first, *(c for c, _w, _i in notes.values())})
    charts = tuple(DestroyedThere(c, numbers[c], first[c]) for c in first if c in numbers)
    # Destroyed here too (this copy was made after that destruction): nothing of them is back.
    here = {n for _k, p, _t in _own_entries(vault) for n in _scope_and_notes(p)[1]}
    kept: list[NotesDestroyedThere] = []
    for client, when, ids in notes.values():
        back = tuple(n for n in ids if n not in here)
        here.update(back)  # its start and its certificate name the same notes: named once
        if back and client in numbers and client not in first:
            kept.append(NotesDestroyedThere(client, numbers[client], back, when))
    return charts, tuple(kept)


def _scope_and_notes(payload: dict[str, Any]) -> tuple[str, list[str]]:
    """A destruction entry's scope ("chart", "psychotherapy_notes") and the notes it names (those
    of a kept original PDF by their discarded draft's id, as destruction_steps.Target reads them)."""
    certificate = payload.get("certificate")
    records = certificate.get("records") if isinstance(certificate, dict) else None
    records = records if isinstance(records, dict) else {}
    scope = str(payload.get("scope") or records.get("scope") or "chart")
    ids = [*(payload.get("note_ids") or records.get("note_ids") or ()),
           *(k.get("discarded_note_id") for k in payload.get("kept_originals") or () if isinstance(k, dict))]
    return scope, [str(n) for n in ids if n]


def _own_entries(vault: Vault) -> list[tuple[str, dict[str, Any], str]]:
    return [(e.kind, e.payload, e.time) for e in vault.ledger.entries(kinds=(_STARTED, _COMPLETED))]


def _destruction_entries(vault: Vault, newest: Path) -> list[tuple[str, dict[str, Any], str]]:
    from vault_app.services import backup_keys
    from vault_app.services.backup_workdirs import private_tempdir
    from vault_app.services.ledger import Ledger
    from vault_app.storage import header as header_io
    from vault_app.storage.compartment import COMPARTMENT_FILES, Compartment

    with private_tempdir(vault.folder, "newer-ledger") as work:
        snapshot = newest.parent.name == "snapshots"  # as backup_superseded tells them apart
        master = _snapshot_parts(vault, newest, work) if snapshot else _file_parts(vault, newest, work)
        header = header_io.read(work)
        keys = backup_keys.unwrap_header(header, master)
        comp = Compartment.open("ledger", work / COMPARTMENT_FILES["ledger"], keys["ledger"])
        try:
            # The container's authentication (under this vault's master key) vouches for these.
            ledger = Ledger(comp, keys["ledger_mac"])
            return [(e.kind, e.payload, e.time) for e in ledger.entries(kinds=(_STARTED, _COMPLETED))]
        finally:
            comp.close()


def _file_parts(vault: Vault, path: Path, work: Path) -> bytes:
    """The header and ledger parts of a single file written into `work`; the master key."""
    from vault_app.services import backup_archive, backup_keys
    from vault_app.storage import backup_format
    from vault_app.storage.compartment import COMPARTMENT_FILES

    wanted = (backup_archive.HEADER_PART, COMPARTMENT_FILES["ledger"])
    slots = backup_format.read_slots(path)
    master = backup_keys.master_from_vault(slots, vault)
    chunks = backup_format.iter_plaintext(path, backup_keys.content_key(slots, master))
    try:
        reader = backup_format.PlainReader(chunks)
        manifest = backup_archive._read_manifest(reader, slots)
        for part in manifest["parts"]:
            if part["name"] in wanted:
                backup_archive._write_part(reader, work / part["name"], part["size"], part["sha256"])
            else:
                for _block in reader.read_blocks(part["size"]):
                    pass  # read past: records and notes are not written anywhere
            if all((work / name).exists() for name in wanted):
                break
    finally:
        chunks.close()
    return master


def _snapshot_parts(vault: Vault, path: Path, work: Path) -> bytes:
    from vault_app.services import backup_archive, backup_keys
    from vault_app.services.backup_repo_read import _write_part, open_snapshot, read_manifest_file, repository_of
    from vault_app.storage.chunk_store import ChunkKeys
    from vault_app.storage.compartment import COMPARTMENT_FILES

    wanted = (backup_archive.HEADER_PART, COMPARTMENT_FILES["ledger"])
    slots, master, body = open_snapshot(read_manifest_file(path), backup_keys.vault_source(vault))
    repo = repository_of(path)
    ck = ChunkKeys(master, slots.vault_id)
    for part in body["parts"]:
        if part["name"] in wanted:
            _write_part(repo, ck, part, work / part["name"])
    return master


def with_destroyed(vault: Vault, found: Superseded) -> Superseded:
    """`found` with the charts destroyed there that this copy holds, written into its ledger
    (refused from now on, whether the copy is kept or not)."""
    charts, notes = _read(vault, found)
    found = replace(found, destroyed_there=charts, notes_destroyed_there=notes)
    remember(vault, found)
    return found


def remember(vault: Vault, found: Superseded) -> None:
    """Write into this copy's ledger each chart destroyed there not written yet."""
    _CHECKED.add(vault.records)
    have = {str(e.payload.get("client_id")) for e in vault.ledger.entries(kinds=(KNOWN,))}
    for d in found.destroyed_there:
        if d.client_id not in have:
            vault.ledger.append(KNOWN, {"client_id": d.client_id, "destroyed_at": d.destroyed_at,
                                        "backup": found.newest})
    noted = set(known_notes(vault))
    for n in found.notes_destroyed_there:
        new = [i for i in n.note_ids if i not in noted]
        if new:
            vault.ledger.append(KNOWN_NOTES, {"client_id": n.client_id, "note_ids": new,
                                              "destroyed_at": n.destroyed_at, "backup": found.newest})


def shown_day(vault: Vault, when: str) -> str:
    """The day of a destruction (a UTC moment) on this computer's calendar, in the practice's
    format: the refusal said "2026-12-06" where the older-copy message beside it said 12/06/2026."""
    from vault_app.domain import locale_format
    from vault_app.services.practice import printing_locale

    try:
        return locale_format.date_text(locale_format.on_the_clock(when), printing_locale(vault))
    except ValueError:
        return when[:10]


def checked(vault: Vault) -> None:
    """The unlock's older-copy check found nothing newer: the first chart opened in this session
    need not read the backup folder again (refuse_destroyed_there)."""
    _CHECKED.add(vault.records)


def _read_once(vault: Vault) -> None:
    """The newest backup read once per session (what it says written into this copy's ledger)."""
    if vault.records not in _CHECKED:
        from vault_app.services import backup_superseded

        found = backup_superseded.superseded(vault)
        if found is not None:
            with_destroyed(vault, found)
        _CHECKED.add(vault.records)


def _chart_and_day(vault: Vault, client_id: str, when: str) -> tuple[str, str]:
    """The chart's number and the destruction's day as a refusal says them."""
    from vault_app.services import clients_page

    return clients_page.chart_numbers(vault, [client_id]).get(client_id, ""), shown_day(vault, when)


def refuse_destroyed_there(vault: Vault, client_id: str) -> None:
    """Refuse a chart a newer copy of this vault destroyed (opening, exporting, disclosing it)."""
    _read_once(vault)
    when = known(vault).get(client_id)
    if when is None:
        return
    number, day = _chart_and_day(vault, client_id, when)
    raise RefusedByPolicy(
        f"Chart {number} was destroyed in a newer copy of this vault (on {day}): this vault is an older copy "
        "that still holds it. Nothing of it is opened or disclosed here.",
        hint="Restore the newest backup over this vault (it destroys the chart again here); or, if this copy is the "
             "vault you keep, destroy the chart again here.",
        code="chart.destroyed_in_newer_copy", params={"chart": number, "day": day},  # DESTROYED_THERE
    )


def notes_destroyed_there(vault: Vault) -> dict[str, str]:
    """{note id: when destroyed there} of the psychotherapy notes a newer copy destroyed (the chart
    kept) that this copy still holds: left out of its lists, searches and exports."""
    _read_once(vault)
    return known_notes(vault)


def refuse_note_destroyed_there(vault: Vault, note_id: str, client_id: str) -> None:
    """Refuse a psychotherapy note a newer copy of this vault destroyed (opening, changing it)."""
    when = notes_destroyed_there(vault).get(note_id)
    if when is None:
        return
    number, day = _chart_and_day(vault, client_id, when)
    raise RefusedByPolicy(
        f"This psychotherapy note of chart {number} was destroyed in a newer copy of this vault (on {day}): this "
        "vault is an older copy that still holds it. Nothing of it is opened or disclosed here.",
        hint="Restore the newest backup over this vault (it destroys the note again here); or, if this copy is the "
             "vault you keep, destroy the note again here.",
        code="psychotherapy_note.destroyed_in_newer_copy", params={"chart": number, "day": day},  # NOTE_DESTROYED_THERE
    )


__all__ = [
    "DESTROYED_THERE",
    "KNOWN",
    "KNOWN_NOTES",
    "NOTE_DESTROYED_THERE",
    "checked",
    "known",
    "known_notes",
    "notes_destroyed_there",
    "read",
    "refuse_destroyed_there",
    "refuse_note_destroyed_there",
    "remember",
    "shown_day",
    "with_destroyed",
]
