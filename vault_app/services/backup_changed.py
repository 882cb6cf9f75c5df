"""What happened to a registered backup whose file is no longer the one this vault made.

Found with real processes: a vault folder copied by hand (`cp -a`), a chart destroyed in the
copy. The copy's ledger holds the original's registered backups up to the copy, so its
destruction purged them (each single file rewritten, each snapshot's manifest replaced),
and the original, whose ledger knows no such purge, listed every one as "failed" without
saying why. A copy made outside the app is beyond its reach; what the original can do is
say what the file on disk shows, read the cheap way (a file's table of contents, one or two
chunks; a snapshot's manifest) and without a word of its content:

- it opens with this vault's keys and names this vault: only this vault or a copy of it can
  have written it, and this vault's ledger has no record of that, so another copy of this
  vault changed it ("changed"): a purge when the check record a destruction's purge leaves
  says so; rewritten when it still ends its ledger where the registered backup did; else
  another backup of this vault put in its place (by a copy, or by hand). The file's
  modification time says when it was written;
- it names another vault: another vault's backup now lies at that path;
- it names this vault but opens with none of its keys: rewritten by a copy that replaced
  every key (a snapshot's manifest, which has no checksum of its own: or damaged).

A purge's record is authenticated, so that verdict needs only the table of contents. The
others need to know the file is intact: a single file damaged past its table of contents
(truncated) would open and pass for another copy's, and a damaged key block could name any
vault. So a single file gets them only with its whole-file checksum checked, which reads it
whole: `backup list` and the Backups screen do it for a row already failed (its size is not
the registered one, or its last check failed; found: the screen said "failed" where `backup list
--check` said "changed"); `--check` hashes every file of the registered size too. A snapshot's
manifest is authenticated whole by its AES-GCM. Anything else (unreadable, damaged) stays a
plain "failed".
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vault_app.domain.errors import VaultCorrupt, VaultError, VaultTampered
from vault_app.domain.locale_format import DEFAULT_LOCALE, date_text, moment_text, on_the_clock
from vault_app.services import backup_archive, backup_checked, backup_keys, backup_registry
from vault_app.services.backup_registry import PURGED, RegisteredBackup
from vault_app.services.ledger import LedgerEntry
from vault_app.services.practice import printing_locale
from vault_app.services.vault import Vault
from vault_app.storage import backup_format

CHANGED = "changed"  # the state `backup list` and the Backups screen show for another copy's change


def _when(vault: Vault, stamp: datetime | str) -> str:
    """A moment as the practice reads it, its zone named (it was UTC: the next day's date
    for an evening's change in the US)."""
    try:
        return moment_text(stamp, printing_locale(vault), zone=True)
    except (TypeError, ValueError):
        return str(stamp)  # a table of contents written by something else: as it says


def _written(vault: Vault, path: Path) -> str:
    return _when(vault, datetime.fromtimestamp(path.stat().st_mtime, UTC))


def _differs(b: RegisteredBackup, check_hash: bool) -> bool:
    """Whether the file at the registered path is not the one registered (a recorded failed
    check of the very file registered is the verify's word, not a change). A file of the
    same size is hashed only when asked (`backup list --check`): the Backups screen lists at
    every visit; a snapshot's manifest is small enough to hash always."""
    if b.file.stat().st_size != b.bytes:
        return True
    if not (check_hash or b.file.name.endswith(".vrs")):
        return False
    return backup_archive.file_hash(b.file) != b.sha256


def _read(vault: Vault, path: Path, whole: bool) -> tuple[str, dict[str, Any]]:
    """('opens', table of contents), ('another vault', {}) or ('other keys', {}); VaultError
    when too damaged to say. `whole`: a single file's whole-file checksum is checked first."""
    if path.name.endswith(".vrs"):
        from vault_app.services.backup_repo_read import open_snapshot, read_manifest_file
        from vault_app.storage.snapshot_manifest import read_slots

        raw = read_manifest_file(path)
        if read_slots(raw).vault_id.hex() != vault.vault_id:
            return "another vault", {}
        try:
            return "opens", open_snapshot(raw, backup_keys.vault_source(vault))[2]
        except VaultTampered:
            return "other keys", {}
    if whole:
        backup_format.check_trailer(path)
    slots = backup_format.read_slots(path)
    if slots.vault_id.hex() != vault.vault_id:
        return "another vault", {}
    try:
        content_key = backup_keys.content_key(slots, backup_keys.master_from_vault(slots, vault))
    except VaultTampered:
        return "other keys", {}
    return "opens", backup_archive.read_manifest(path, slots, content_key)


def _purged(toc: dict[str, Any]) -> bool:
    """Whether the check record says a destruction's purge rewrote it (a file: rewritten_by_purge;
    a snapshot: purged). A backup made without a check record does not say."""
    record = toc.get(backup_checked.KEY)
    return isinstance(record, dict) and (backup_checked.REWRITTEN_BY_PURGE in record or "purged" in record)


def explain(vault: Vault, b: RegisteredBackup, *, check_hash: bool = False) -> tuple[str, str] | None:
    """(state, sentence) for a registered backup listed as failed whose file changed, or None
    when nothing more can be said honestly."""
    snapshot = b.file.name.endswith(".vrs")
    try:
        if not _differs(b, check_hash):
            return None
        written = _written(vault, b.file)
        found, toc = _read(vault, b.file, whole=check_hash)
    except (VaultError, OSError):
        return None
    when = f"on {written} (its file's time)"
    if found == "opens" and older_than_purge(b, toc):
        return "failed", before_purge(vault, b)
    if found == "opens" and toc.get("created") == b.created:
        later = later_purges(vault, b, sha256=backup_archive.file_hash(b.file) if snapshot else "", toc=toc)
        if later:
            return "failed", between_purges(vault, b, later)
    if found == "opens" and _purged(toc) and toc.get("created") == b.created:
        # Authenticated under this vault's keys, and only a purge writes that record.
        return CHANGED, (f"changed by another copy of this vault: a destruction made there purged this backup {when}. "
                         "This vault's ledger has no record of that purge; the backup still opens with this vault's "
                         "keys.")
    if not (snapshot or check_hash):
        # A single file whose checksum was not read: damage past its table of contents (a
        # truncation) would pass for anything below. `backup list --check` reads it whole.
        return None
    if found == "another vault":
        # A snapshot's key block is read in the clear: damage there could name another vault too.
        return "failed", (f"its file now names another vault {when}: another vault's snapshot, or damaged." if snapshot
                          else f"its file now holds another vault's backup, written {when}.")
    if found == "other keys":
        # A snapshot's manifest has no checksum of its own to tell damage from other keys.
        maybe = "damaged, or " if snapshot else ""
        return "failed", (f"its file was changed {when} and no longer opens with this vault's keys: {maybe}"
                          "rewritten by a copy of this vault that replaced every key.")
    if toc.get("created") == b.created and _same_point(vault, toc, b):
        return CHANGED, (f"changed by another copy of this vault {when}. This vault's ledger has no record of it; the "
                         "backup still opens with this vault's keys.")
    made = _when(vault, str(toc.get("created")))
    return CHANGED, (f"replaced {when} by another backup of this vault, made {made}: by another copy of "
                     "this vault, or by hand. This vault's ledger has no record of it.")


REMOVED = "removed"  # the state of a registered backup another copy's rotation deleted


def explain_missing(vault: Vault, b: RegisteredBackup) -> tuple[str, str] | None:
    """(state, sentence) for a registered backup (a snapshot or a single file) listed as missing
    that the rotation of another copy of this vault deleted (its folder says so:
    backup_rotation_removed; this ledger has no record of rotating it, or it would not be
    listed), or None."""
    from vault_app.services import backup_rotation_removed

    try:
        if not b.file.parent.is_dir():
            return None  # its drive is not here: nothing on it can say anything
        when = backup_rotation_removed.removed_by(b.file, vault, b.sha256)
    except OSError:
        return None
    if when is None:
        return None
    if _before_restore(vault, when):
        return ROTATED, (f"removed by this vault's rotation on {_when(vault, when)}, before it was restored: after the "
                         "backup it was restored from was made, so that backup does not record it.")
    return REMOVED, (f"removed by another copy of this vault on {_when(vault, when)}: its rotation deleted it. This "
                     "vault's ledger has no record of it.")


def explain_not_found(b: RegisteredBackup) -> tuple[str, str]:
    """(state, sentence) for a registered backup missing with nothing on its drive to say why:
    where it was looked for, and what that may mean (found by a walker: a drive mounted at another
    path on a new computer listed its backups "missing" with no word of where or why)."""
    try:
        away = not b.file.parent.is_dir()
    except OSError:
        away = True
    if away:
        return "missing", (f"not found at {b.path}: its folder is not there. Its drive may be unplugged, or mounted "
                           "at another place on this computer.")
    return "missing", f"not found at {b.path}: its folder is there, the file is not. It was moved or deleted."


ROTATED = "rotated"  # the state of a registered backup this vault's own rotation removed


def _before_restore(vault: Vault, when: str) -> bool:
    """Whether a removal noted at `when` fell between the making of a backup this vault was restored
    from and that restore: the rotation that ran with (or after) that backup, on the computer it came
    from, is this vault's own past, which the backup could not record (found by a walker on a new
    laptop: the lock's rotation removed the day's earlier snapshot right after the one restored from
    recorded itself, and the restored vault said "removed by another copy of this vault"). A removal
    after the restore, or before the backup (whose ledger would then hold it), stays unexplained.
    The note is to the second, as a backup's making is."""
    try:
        removed = datetime.fromisoformat(when)
    except ValueError:
        return False
    for entry in vault.ledger.entries(kinds=(backup_registry.RESTORED,)):
        made = entry.payload.get("backup_created")
        try:
            if isinstance(made, str) and (datetime.fromisoformat(made).replace(microsecond=0) <= removed
                                          <= datetime.fromisoformat(entry.time)):
                return True
        except (TypeError, ValueError):
            continue  # a moment this version cannot read (or one without its zone): says nothing
    return False


def explain_rotated(vault: Vault, b: RegisteredBackup) -> tuple[str, str]:
    """(state, sentence) for a registered backup this vault's rotation removed: when, and what a
    file at its path now is (found by a walker: said removed "by another copy of this vault",
    and a snapshot put back by hand listed "verified" while its check said "damaged ... check
    the disk"). A file of its size (a snapshot: its manifest's very bytes) is taken as it, put back."""
    said = f"removed by this vault's rotation on {_when(vault, str(b.removed_at or b.rotating_at))}"
    try:
        if not b.file.is_file():
            return ROTATED, f"{said}."
        written = f"on {_written(vault, b.file)} (its file's time)"
        snapshot = b.file.name.endswith(".vrs")
        same = b.file.stat().st_size == b.bytes and (not snapshot or backup_archive.file_hash(b.file) == b.sha256)
    except OSError:
        return ROTATED, f"{said}."
    if not same:
        return ROTATED, f"{said}; another file was put at its path {written}."
    if snapshot:
        # The sweep after the rotation removed the chunks only this manifest named.
        return ROTATED, (f"a snapshot this vault's rotation removed on {_when(vault, str(b.removed_at))} was put back "
                         f"{written}: the parts of the backup folder only it named were removed with it, so it "
                         "cannot be restored. Delete it; the other snapshots are not affected.")
    # A single file holds all it needs; but no destruction since its removal has purged it.
    return ROTATED, (f"a backup this vault's rotation removed on {_when(vault, str(b.removed_at))} was put back "
                     f"{written}: this vault no longer keeps it, so no destruction made since has purged it. "
                     "Delete it.")


def older_than_purge(b: RegisteredBackup, toc: dict[str, Any]) -> bool:
    """Whether the file is this very backup as it was before this vault's destruction purged it
    (its authenticated table of contents: made when the registered one was, no purge's record),
    put back: it still holds what was destroyed (found: said as another copy's change, which
    the ledger "has no record of", when the ledger recorded the purge)."""
    return bool(b.purged_at) and not _purged(toc) and toc.get("created") == b.created


def before_purge(vault: Vault, b: RegisteredBackup) -> str:
    when = f"on {_written(vault, b.file)} (its file's time)"
    return (f"an older copy of this backup, from before a destruction purged it on {_when(vault, str(b.purged_at))}, "
            f"was put back {when}: it still holds what was destroyed. Delete it and make a new backup; a restore "
            "of it into this vault re-applies the destruction, a restore anywhere else would not.")


def later_purges(vault: Vault, b: RegisteredBackup, *, sha256: str = "",
                 toc: dict[str, Any] | None = None) -> list[str]:
    """The times of this vault's purges of `b` after the one that wrote the file now at its path,
    when that was an earlier purge (its copy from between two purges, put back), else []. The file
    is known by its hash (`sha256`: a snapshot's manifest, a single file read whole), or by the
    ledger head its authenticated table of contents (`toc`) ends at, which a single file's purge
    recorded (found: such a copy kept the first purge's record, and was said as another copy of
    this vault's purge that the ledger "has no record of", when the ledger recorded both)."""
    head = toc.get("ledger_head") if toc is not None else None
    return purges_after(vault.ledger.entries(kinds=(PURGED,)), b.backup_id, sha256=sha256, head=head)


def purges_after(entries: list[LedgerEntry], backup_id: int, *, sha256: str = "", head: Any = None) -> list[str]:
    """later_purges over ledger entries (a restore reads them from the copies of the vault it
    knows, the same entry perhaps from two of them: each counts once)."""
    unique = {(e.seq, e.mac_hex): e for e in entries if e.kind == PURGED and e.payload.get("backup_id") == backup_id}
    purges = sorted(unique.values(), key=lambda e: e.seq)
    for i, entry in enumerate(purges[:-1]):
        if (sha256 and entry.payload.get("sha256") == sha256) or (
                isinstance(head, dict) and entry.payload.get("ledger_head") == head):
            return [later.time for later in purges[i + 1:]]
    return []


def between_purges(vault: Vault, b: RegisteredBackup, later: list[str]) -> str:
    when = f"on {_written(vault, b.file)} (its file's time)"
    days = ", ".join(_when(vault, t) for t in later)
    what = ("the chart that later destruction destroyed" if len(later) == 1
            else "the charts those later destructions destroyed")
    if b.file.name.endswith(".vrs"):
        # The later purge's sweep removed the chunks only this manifest still names: the ones
        # that held the chart, so it holds nothing of it, and no longer restores.
        return (f"an older copy of this snapshot, from between two destructions' purges (a later one purged it "
                f"again on {days}), was put back {when}: that purge removed the parts of the backup folder it "
                f"names that held {what}, so it cannot be restored. Delete it; the other snapshots are not affected.")
    return (f"an older copy of this backup, from between two destructions' purges (a later one purged it again "
            f"on {days}), was put back {when}: it still holds {what}. Delete it and make a new backup; a restore of "
            "it into this vault re-applies the destruction, a restore anywhere else would not.")


def snapshot_between_purges(vault: Vault, path: Path, refused: VaultError) -> VaultError:
    """A snapshot that failed its check for want of parts of the backup folder: when its manifest
    is one an earlier purge wrote, put back, that is why, and the refusal says so (found: said as a
    damaged backup folder, "check the disk or drive")."""
    return snapshot_between_purges_in(vault.ledger.entries(kinds=backup_registry.REGISTER_KINDS), path, refused,
                                      printing_locale(vault))


def snapshot_between_purges_in(entries: list[LedgerEntry], path: Path, refused: VaultError,
                               tag: str = DEFAULT_LOCALE) -> VaultError:
    """snapshot_between_purges over ledger entries: a restore, with or without an open vault,
    reads the register from the copies of the vault it knows (found: `backup restore` said
    "The backup repository is damaged" where `backup verify` said what it is). `tag`: the
    practice's locale, for the day said."""
    if refused.code != "backup.repository_damaged":
        return refused
    wanted = str(path.expanduser().resolve())
    b = next((b for b in backup_registry.fold_register(entries).values() if b.path == wanted), None)
    if b is None:
        return refused
    if b.removed_at:
        # Rotated out, then put back by hand: the sweep after the rotation took the chunks only
        # it named (found: said "damaged ... check the disk or drive" of a sound folder).
        return snapshot_rotated(path, b.removed_at, tag)
    try:
        later = purges_after(entries, b.backup_id, sha256=backup_archive.file_hash(path))
    except OSError:
        return refused
    if not later:
        return refused
    return VaultCorrupt(
        f"The snapshot {path.name} is an older copy, from between two destructions' purges, put back: the later "
        "purge removed the parts of the backup folder it names that held what that destruction destroyed, so it "
        "cannot be restored.", hint="Delete it; the other snapshots are not affected.",
        code="backup.snapshot_between_purges", params={"file": path.name})


def snapshot_rotated(path: Path, removed_at: str, tag: str = DEFAULT_LOCALE) -> VaultError:
    """The refusal of a snapshot this vault's rotation removed on `removed_at`, put back by hand."""
    try:
        day = date_text(on_the_clock(removed_at).date(), tag)
    except (TypeError, ValueError):
        day = removed_at[:10]
    return VaultCorrupt(
        f"The snapshot {path.name} was removed by this vault's rotation on {day}, then put back: "
        "the parts of the backup folder only it named were removed with it, so it cannot be restored.",
        hint="Delete it; the other snapshots are not affected.", code="backup.snapshot_rotated",
        params={"file": path.name})


def rotated_by_note(path: Path, vault_id: str, refused: VaultError) -> VaultError:
    """A snapshot refused for parts of the backup folder it names that are gone, which no copy of
    the vault a restore can read registers: rotated out when the folder's note of removals names
    this very file (backup_rotation_removed.names_this_file)."""
    if refused.code != "backup.repository_damaged":
        return refused
    from vault_app.services import backup_rotation_removed

    try:
        when = backup_rotation_removed.names_this_file(path, vault_id, backup_archive.file_hash(path))
    except OSError:
        return refused
    return snapshot_rotated(path, when) if when else refused


def _same_point(vault: Vault, toc: dict[str, Any], b: RegisteredBackup) -> bool:
    """Whether the file ends its ledger where the registered backup did (the same backup,
    rewritten), not at another point of the history (another backup put in its place)."""
    head = toc.get("ledger_head")
    entry = vault.ledger.get(b.ledger_seq)
    return (isinstance(head, dict) and entry is not None and head.get("seq") == b.ledger_seq
            and head.get("mac") == entry.mac_hex)


__all__ = ["CHANGED", "REMOVED", "ROTATED", "before_purge", "between_purges", "explain", "explain_missing",
           "explain_not_found", "explain_rotated", "later_purges",
           "older_than_purge", "purges_after", "rotated_by_note", "snapshot_between_purges",
           "snapshot_between_purges_in", "snapshot_rotated"]
