"""What others ask of the backup on lock without importing it: the destruction stops it,
the window hears that it waits for a backup folder or that it was not made.

services/backup_beside.py imports services/backup.py, which imports the restore, which
imports the destruction (a restore re-applies destructions): the destruction importing
backup_beside would close that circle. So the runner of backups on lock installs itself
here when it is created (backup_beside.runner()), and the destruction calls it through
this module. A process that never made a runner (the command line) has no backup on lock
to stop, and nothing is installed.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import stat
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from vault_app.domain.errors import EnvironmentProblem, VaultError
from vault_app.services.backup_kinds import SETTINGS_KEY
from vault_app.services.backup_workdirs import partial_path
from vault_app.storage import backup_folder_lock
from vault_app.storage import header as header_io
from vault_app.storage.files import atomic_write, read_small_regular
from vault_app.storage.layout import BACKUP_FAILED_NAME

if TYPE_CHECKING:
    from vault_app.services.vault import Vault

log = logging.getLogger(__name__)


class BesideBackups(Protocol):
    def before_destruction(self, vault: Vault, wait_seconds: float) -> None: ...
    def wait_files_copied(self, folder: Path, timeout: float) -> bool: ...
    def wait_ended_of(self, folder: Path, timeout: float) -> bool: ...


# How long a destruction waits for a backup on lock to stop (its copy of the files cannot be
# cut short: about 2 s at the benchmark's size, 8 s at four times that).
DESTRUCTION_WAIT_SECONDS = 300.0

_installed: BesideBackups | None = None


def install(runner: BesideBackups) -> None:
    global _installed
    _installed = runner


def before_destruction(vault: Vault, wait_seconds: float = DESTRUCTION_WAIT_SECONDS) -> None:
    """Stop a backup on lock still being built from this vault's files and wait for it;
    register a finished one waiting for this vault (backup_beside.BackupRunner.before_destruction)."""
    if _installed is not None:
        _installed.before_destruction(vault, wait_seconds)


def files_copied(folder: Path, wait_seconds: float) -> bool:
    """Whether no backup on lock of the vault in `folder` is still copying the files its
    snapshot pinned, after waiting up to `wait_seconds` for it (the re-sealing, before it
    claims a document: services/blob_reseal.py). True at once where none was ever made."""
    return _installed is None or _installed.wait_files_copied(folder, wait_seconds)


def backup_ended(folder: Path, wait_seconds: float) -> bool:
    """Whether no backup of the vault in `folder` (on lock, or Back up now's) is being made in
    this process, after waiting up to `wait_seconds` for it to end (Replace every key:
    services/vault_rekey_runners.py). True at once where none was ever made."""
    return _installed is None or _installed.wait_ended_of(folder, wait_seconds)


def tell_when_waiting_for_folder(notice: Callable[[Path], None] | None) -> None:
    """`notice(folder)` hears, from the thread that waits, that a backup, rotation or purge
    waits for another process writing into its backup folder (storage/backup_folder_lock.py):
    the window says so instead of a bar that does not move."""
    backup_folder_lock.set_waiting_notice(notice)


_failure_notice: Callable[[], None] | None = None


def tell_when_failed(notice: Callable[[], None] | None) -> None:
    """`notice()` hears, on the thread where it happened, that failed() recorded a backup's failure:
    the window open meanwhile says it now (found: Back up now pressed, the vault locked and unlocked,
    then the backup failed: kept for the unlock after this one, and the open window said nothing)."""
    global _failure_notice
    _failure_notice = notice


def waiting_text(folder: Path) -> str:
    """What the command line prints when such a wait begins."""
    return backup_folder_lock.waiting_text(folder)


# Why the last automatic backup of this process was not made (its error's sentence: a
# VaultError's message names no record) and when, for the status line after the next unlock,
# said until a backup is made (services/reminders.py). Found in the real app: after a crash
# with the psychotherapy notes open, every backup on lock failed and only the log said so.
# With it the error's kind (UNEXPECTED_KIND for a bug), by which the window says it in its own
# words (gui/status_words.py).
_last_failure: tuple[str, datetime, str] | None = None
UNEXPECTED_KIND = "unexpected"
# Said after "The automatic backup at the last lock was not made: " (reminders.FAILED_BACKUP_TEXT).
OUTDATED = ("it held a chart or notes that were destroyed after it was made (in another window or by another "
            "program), so it was removed.")
# A terminal's Replace every key (`vault-app rekey`) while the window was locked: the header no
# longer opens with the master key the job holds, so the job can neither register it nor keep it.
REKEYED = "the vault's keys were replaced after it was made (by another program), so it was removed."
# A terminal's `vault-app backup restore --overwrite` while the window was locked: the vault
# backed up is no longer the one in the folder, and the backup restored from is kept.
RESTORED_OVER = ("the vault was restored from another backup after it was made (by another program), so it was "
                 "removed; the backup restored from is kept.")
OUTDATED_HINT = "The next lock backs up the vault as it is now; or make one now: Vault > Backups… > Back up now."
UNEXPECTED = "It failed unexpectedly; make one now: Vault > Backups… > Back up now."


# The last failure, kept in the header's settings (non-sensitive: the error's sentence names a
# folder at most, never a record) so that a start after it still says it: found in the real app,
# a backup refused at Quit was only logged, and the next start said "Backup checked." and the
# dashboard "Last verified backup: today". Cleared at the next backup of this vault's own history.
KEPT_KEY = "backup_last_failure"
_last_params: dict[str, str] = {}
_last_seq: int | None = None  # the ledger's head when it failed, where known


# The failure of a backup on lock kept beside the vault (`folder`/vault.backup-failed) when it
# happens: the header is sealed with the vault's keys (vault_session._save_header), which a
# locked vault no longer holds, so a failure after the lock (the backup built beside it) or at
# it reached the header only at the next unlock of the same run, and a quit from the lock
# screen lost it. Its code, time and backup folder only, and the vault's id (never a sentence);
# moved into the header by the next unlock (`move_into_header`, an after-unlock hook), read by
# `kept` until then, removed by `keep` (the header has it then) and `forget_kept`.
BESIDE_NAME = BACKUP_FAILED_NAME
# What the next start says of a kept code (the window says a code in its own words). Not named
# *_CODE: tests/gui/test_refusal_words.py reads the values of such tables as codes.
_SAID_BY_CODE_OF = {UNEXPECTED_KIND: UNEXPECTED, "backup-outdated": f"{OUTDATED} {OUTDATED_HINT}",
                 "backup-rekeyed": f"{REKEYED} {OUTDATED_HINT}",
                 "backup-restored-over": f"{RESTORED_OVER} {OUTDATED_HINT}",
                 "backup.target_missing": "The backup folder {folder} is not there. If it is on an external drive, "
                                          "connect the drive. Nothing was written.",
                 "backup.drive_not_connected": "The backup drive of {folder} is not connected (its folder is "
                                               "empty). Nothing was written.",
                 "backup.drive_swapped": "The drive at {folder} is not the drive this vault's backups were made on "
                                         "(another drive, or the backup drive reformatted). Nothing was written.",
                 "backup.folder_gone": "The backup folder {folder} went away while the backup was being written; "
                                       "nothing of the vault changed. Connect its drive (or put the folder back), "
                                       "then back up again.",
                 # services/backup_disk_full.py's words, kept with their amounts (found by a walker).
                 "backup.drive_full": "The drive of the backup folder {folder} is full ({free} free; a backup of this "
                                      "vault needs up to about {needed}): the backup was not made.",
                 "backup.vault_disk_full": "The disk that holds the vault is full ({free} free; a backup of this vault "
                                           "needs up to about {needed}): the backup was not made.",
                 "backup.shared_disk_full": "The disk that holds both the vault and the backup folder {folder} is full "
                                            "({free} free; a backup of this vault needs up to about {needed}): the "
                                            "backup was not made."}
_SAID_OTHERWISE = "It failed ({code}); make one now: Vault > Backups… > Back up now."


# What of a failure's params is kept beside the locked vault: the folder, the disk-full amounts, the moment.
_AMOUNT = re.compile(r"^\d{1,7}(\.\d)? (KiB|MiB)$")
# Kept among a failure's params when it was the backup at Quit (gui/beside_jobs.backup_then_lock),
# not at a lock: the next start says "at Quit" (found in the real app: it said "at the last lock").
AT_QUIT = ("moment", "quit")
# Or Back up now's, failing after a lock closed its window (services/backup_now.finish): said after the next unlock.
ASKED = ("moment", "back_up_now")
_KEPT_PARAMS = ("folder", "free", "needed", AT_QUIT[0])


def failed(exc: BaseException, folder: Path | None = None, *, seq: int | None = None, at_quit: bool = False,
           asked: bool = False) -> None:
    """The automatic backup was not made; `folder`: the vault's, where it is kept at once (a
    locked vault: see BESIDE_NAME); `seq`: the ledger's head then, when the caller has it open
    (else the header's anchor when `folder` is given); `at_quit`: the backup at Quit."""
    global _last_failure, _last_params, _last_seq
    _last_seq = seq
    if isinstance(exc, VaultError):
        # Its code where it has one (the window's words for it: gui/status_words.py), else its kind.
        text, kind = " ".join(t for t in (exc.message, exc.hint) if t), exc.code or exc.kind
        _last_params = {k: str(v) for k, v in exc.params.items()}
    else:
        text, kind, _last_params = UNEXPECTED, UNEXPECTED_KIND, {}
    if at_quit or asked:
        _last_params[AT_QUIT[0]] = AT_QUIT[1] if at_quit else ASKED[1]
    _last_failure = (text, datetime.now(UTC).replace(microsecond=0), kind)  # as a backup's `created` is written
    if folder is not None:
        _keep_beside(folder, kind, _last_failure[1])
    notice = _failure_notice
    if notice is not None:
        try:
            notice()
        except Exception as exc:  # the failure is kept all the same; the next unlock says it
            log.warning("Telling the window of a backup's failure failed: %s", type(exc).__name__)


def _keep_beside(folder: Path, kind: str, when: datetime) -> None:
    try:
        global _last_seq
        header = header_io.read(folder)
        if _last_seq is None:
            _last_seq = header.ledger_anchor.seq
        data = {"code": kind, "at": when.isoformat(), "vault_id": header.vault_id, "seq": _last_seq}
        for key in _KEPT_PARAMS:
            if key in _last_params:
                data[key] = _last_params[key]
        atomic_write(folder / BESIDE_NAME, json.dumps(data).encode(), what="keeping the backup's failure")
    except (VaultError, OSError) as exc:  # the log has it; the next unlock of this run still says it
        log.warning("Keeping the backup's failure beside the vault failed: %s", type(exc).__name__)


# A code as failed() writes one (an error's code or kind): anything else in the file beside the
# vault (plain text anyone could replace) is not said, least of all a sentence of its own.
_CODE = re.compile(r"^[a-z][a-z0-9_.-]{0,63}$")


def _kept_beside(vault: Vault, found: object = None) -> tuple[tuple[str, datetime, str], dict[str, str]] | None:
    found = _beside_data(vault.folder) if found is None else found
    if not isinstance(found, dict) or found.get("vault_id") != vault.vault_id:
        return None  # none, unreadable, or another vault's (one restored into this folder since)
    try:
        code, when = str(found["code"]), datetime.fromisoformat(str(found["at"]))
    except (ValueError, KeyError):
        return None
    if not _CODE.match(code) or when.tzinfo is None:
        return None  # not written by failed(); a time without its zone cannot be ordered with the header's
    params = {key: str(found[key]) for key in _KEPT_PARAMS if isinstance(found.get(key), str)}
    for key in ("free", "needed"):  # plain text anyone could replace: only an amount, as _mib writes one
        if key in params and not _AMOUNT.match(params[key]):
            del params[key]
    if "folder" in params and not _a_backup_folder_of(vault, params["folder"]):
        # Anyone can replace the file: a folder that is not this vault's backup folder is not
        # copied into the sealed header nor said; the failure still is, without it.
        del params["folder"]
    text = _SAID_BY_CODE_OF.get(code, _SAID_OTHERWISE)
    try:
        text = " ".join(text.format(code=code, **{"folder": "", **params}).split())  # no gap where none is named
    except (KeyError, IndexError, ValueError):
        text = _SAID_OTHERWISE.format(code=code)
    return (text, when, code), params


def _a_backup_folder_of(vault: Vault, said: str) -> bool:
    """Whether `said` names the vault's configured backup folder or one its backups were made in
    (read from the header and the ledger: backup_registry would close an import circle here)."""
    def same(path: str) -> Path | None:
        with contextlib.suppress(OSError, RuntimeError, ValueError):
            return Path(path).expanduser().resolve()
        return None

    wanted = same(said)
    if wanted is None:
        return False
    conf = vault.header.settings.get(SETTINGS_KEY)
    target = conf.get("target") if isinstance(conf, dict) else None
    if isinstance(target, str) and target and same(target) == wanted:
        return True
    # Here, not at the top: every command imports this module (cli/main.py) and few come here;
    # the register's fold brings the backup archive and key modules (~10 ms of CPU a process).
    from vault_app.services.backup_registry_fold import REGISTER_KINDS, fold_register

    try:
        made = fold_register(vault.ledger.entries(kinds=REGISTER_KINDS)).values()
    except (VaultError, OSError):
        return False
    # A backup file's own folder; a snapshot's (REPO/snapshots/NAME) repository (backup_registry.folder_of).
    folders = {b.file.parent.parent if b.file.parent.name == "snapshots" else b.file.parent for b in made}
    return any(same(str(folder)) == wanted for folder in folders)


def _forget_beside(folder: Path) -> None:
    with contextlib.suppress(OSError):
        (folder / BESIDE_NAME).unlink()


def made() -> None:
    global _last_failure
    _last_failure = None  # a backup on lock was made since


def last_failure() -> tuple[str, datetime, str] | None:
    """Why the last automatic backup was not made, when, and its error's code (or kind); None
    when none failed or one was made since."""
    return _last_failure


def last_params() -> dict[str, str]:
    """The last failure's params (a folder's path), for the window's words."""
    return dict(_last_params)


def keep(vault: Vault) -> None:
    """The last failure written into `vault`'s header (an open vault), for the next start."""
    if _last_failure is None or not vault.is_open:
        return
    text, when, kind = _last_failure
    # The ledger's head then: a backup registered after it (its backup.created entry later) is one
    # made since, whatever the clock says (both times are kept to the second).
    kept: dict[str, object] = {"text": text, "at": when.isoformat(), "code": kind, "params": dict(_last_params)}
    if _last_seq is not None:
        kept["seq"] = _last_seq
    if vault.header.settings.get(KEPT_KEY) != kept:
        vault.update_settings(**{KEPT_KEY: kept})
    _forget_beside(vault.folder)  # the header holds it now


def kept(vault: Vault) -> tuple[tuple[str, datetime, str], dict[str, str]] | None:
    """The failure an earlier run kept in `vault`'s header, or beside the vault while it was
    locked (the newer of the two), and its params; None if none."""
    beside = _kept_beside(vault)
    in_header = _kept_in_header(vault)
    if beside is None or (in_header is not None and in_header[0][1] >= beside[0][1]):
        return in_header
    return beside


def _kept_in_header(vault: Vault) -> tuple[tuple[str, datetime, str], dict[str, str]] | None:
    found = vault.header.settings.get(KEPT_KEY)
    if not isinstance(found, dict):
        return None
    try:
        when = datetime.fromisoformat(str(found["at"]))
        params = found.get("params") or {}
        return ((str(found["text"]), when, str(found["code"])),
                {str(k): str(v) for k, v in params.items()} if isinstance(params, dict) else {})
    except (KeyError, ValueError):
        return None


def kept_seq(vault: Vault) -> int | None:
    """The ledger's head when the kept failure happened (header, else beside the vault), if recorded."""
    seq = _seq_of(vault.header.settings.get(KEPT_KEY))
    if seq is None:
        beside = _beside_data(vault.folder)
        # Only of a failure kept() would say: another vault's file, or garbage, names no place in this ledger.
        seq = _seq_of(beside) if beside is not None and _kept_beside(vault, beside) is not None else None
    return seq


def _seq_of(found: object) -> int | None:
    if isinstance(found, dict) and type(found.get("seq")) is int and found["seq"] >= 0:
        return int(found["seq"])
    return None


_BESIDE_MOST = 4096  # failed() writes about 200 bytes; more is not ours


def _beside_bytes(folder: Path) -> bytes | None:
    """The file beside the vault's bytes: None when there is none, or it is not a plain file of
    at most _BESIDE_MOST bytes (plain text anyone could replace: a link is not followed, a pipe
    not waited on, a huge file not read)."""
    return _beside_read(folder)[0]


def _beside_read(folder: Path) -> tuple[bytes | None, os.stat_result | None]:
    """`_beside_bytes`, and the file's fstat when it is a regular file (read or too big to be):
    what a removal of it compares the file it takes away with."""
    return read_small_regular(folder / BESIDE_NAME, _BESIDE_MOST)


def _parsed(raw: bytes | None) -> object:
    try:
        return None if raw is None else json.loads(raw)
    except (ValueError, RecursionError):  # garbage, or "[[[[..." nested past the recursion limit
        return None


def _beside_data(folder: Path) -> object:
    return _parsed(_beside_bytes(folder))


def move_into_header(vault: Vault) -> None:
    """After-unlock hook: the failure kept beside the locked vault, moved into its header (sealed,
    its older copies refused at the unlock), then the file removed, in that order: killed between,
    the next unlock finds the same failure in both and only removes the file (said once, kept()
    takes the newer of the two). The header keeps the newer failure: a file beside older than the
    header's one is only removed. A regular file that is not one failed() writes for this vault
    (garbage, huge, another vault's, a code or time failed() never writes) is removed
    (`drop_unusable`: it was read at every status line for ever); a link, a pipe or a folder by
    that name is left as found (not ours to remove). None of it ever breaks an unlock. Removed
    only if it still holds the bytes moved: the window's job, its vault locked
    there, may have written a newer failure meanwhile (a window of a few instructions remains
    between that comparison and the removal; that failure is then in this process's log only).
    A failure from before a backup made since (an older copy put back) is moved all the same:
    reminders.failed_backup_news forgets it by its ledger position, as it forgets the header's."""
    raw, info = _beside_read(vault.folder)
    found = _parsed(raw)
    beside = _kept_beside(vault, found)
    if raw is None or beside is None:
        if info is not None:
            drop_unusable(vault.folder, info)
        return
    in_header = _kept_in_header(vault)
    # (A header's time without a zone, never written so, would not compare: the file's replaces it.)
    if in_header is None or in_header[0][1].tzinfo is None or in_header[0][1] < beside[0][1]:
        (text, when, code), params = beside
        kept: dict[str, object] = {"text": text, "at": when.isoformat(), "code": code, "params": params}
        seq = _seq_of(found)
        if seq is not None:
            kept["seq"] = seq
        try:
            vault.update_settings(**{KEPT_KEY: kept})
        except (EnvironmentProblem, OSError) as exc:  # a full disk: still said from beside, moved later
            log.warning("Moving the backup's failure into the vault header failed: %s", type(exc).__name__)
            return
    _forget_beside_if_unchanged(vault.folder, raw)


def drop_unusable(folder: Path, judged: os.stat_result) -> bool:
    """Remove `folder`/vault.backup-failed, judged unusable (the regular file `judged` is its
    fstat), and say so in the log, never what it held. Renamed aside first (a rename never
    follows a link), then removed only if what was renamed is that same regular file, unchanged
    (device, inode, size, time); anything else renamed meanwhile (the window's job writing a
    newer failure, a link put in its place) is put back by a link, which never replaces a newer
    one. Killed between the rename and the removal, the aside name is a dead process's partial
    file, which the next open removes (backup_workdirs.sweep_stale)."""
    aside = partial_path(folder / BESIDE_NAME, "purge")
    try:
        os.rename(folder / BESIDE_NAME, aside)
    except OSError as exc:
        log.warning("Removing an unusable vault.backup-failed beside the vault failed: %s", type(exc).__name__)
        return False
    try:
        now = os.lstat(aside)
        same = (stat.S_ISREG(now.st_mode) and (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns)
                == (judged.st_dev, judged.st_ino, judged.st_size, judged.st_mtime_ns))
        if same:
            _drop(aside)
            log.warning("Removed vault.backup-failed beside the vault: it was not a backup failure this app "
                        "keeps for this vault (unreadable, malformed, too big or another vault's).")
            return True
        _put_back(aside, folder / BESIDE_NAME)
    except OSError as exc:
        log.warning("Removing an unusable vault.backup-failed beside the vault failed: %s", type(exc).__name__)
    return False


def _put_back(aside: Path, path: Path) -> None:
    """`aside` back under `path`, never over a file written there since (a link does not replace)."""
    try:
        os.link(aside, path, follow_symlinks=False)
    except NotImplementedError:  # Windows: no link of a link itself; a rename (a newer file is rarer still)
        if not os.path.lexists(path):
            os.rename(aside, path)
        return
    os.unlink(aside)


def _drop(aside: Path) -> None:
    # Apart so a test can kill the process between the rename and this (its kill test).
    os.unlink(aside)


def _forget_beside_if_unchanged(folder: Path, raw: bytes) -> None:
    if _beside_bytes(folder) == raw:
        _forget_beside(folder)


def forget_kept(vault: Vault) -> None:
    """A backup of this vault's own history was made since the kept failure: it is not said again."""
    if vault.is_open and vault.header.settings.get(KEPT_KEY) is not None:
        vault.update_settings(**{KEPT_KEY: None})
    _forget_beside(vault.folder)


def take_last_failure() -> str | None:
    """`last_failure`'s sentence, forgotten (a test's clean start)."""
    global _last_failure, _last_params
    said, _last_failure, _last_params = _last_failure, None, {}
    return said[0] if said else None
