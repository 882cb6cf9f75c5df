"""SIGKILL a child that discards imported psychotherapy drafts keeping their original PDFs, at
random moments, many times. The keep is two writes (the original copied into a row of its
own, the draft and its provenance deleted) and must be both or neither: after every kill and
the next unlock, each draft is either still there with its original or gone with exactly one
kept copy of the very same bytes; never lost, never twice. The compartments pass their checks,
the ledger verifies, and every discard it logs names a kept original that is there. Every
fourth child kills itself at the one moment between the two writes (a crash point), where a
random kill seldom lands.
"""

from __future__ import annotations

import os
import random
import signal
import time
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.kill_helpers import Landed, Pace, fork_child, read_all, read_line, report, unstamp
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.clinical_documents import NoteProvenance
from vault_app.services import clients, notes
from vault_app.services import psychotherapy_notes as psy
from vault_app.services import psychotherapy_originals as originals
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import Vault, create_vault, open_vault

CYCLES = int(os.environ.get("VAULT_KILL_CYCLES_ORIGINAL_KEEP", "12"))
SEED = int(os.environ.get("VAULT_KILL_SEED", "20240611"))
DRAFTS = 40
# Large enough that copying one inside SQLCipher is most of a discard's time: kills land there.
ORIGINAL_BYTES = 1 << 20


def _original(i: int) -> bytes:
    return b"%PDF-1.4\n" + random.Random(i).randbytes(ORIGINAL_BYTES)


def _import_drafts(vault: Vault, client_id: str) -> list[str]:
    made = []
    for i in range(DRAFTS):
        provenance = NoteProvenance(note_id="", client_id=client_id, note_kind="psychotherapy",
                                    source_system="SimplePractice", source_id=str(880000 + i),
                                    source_title="Psychotherapy Note", signed_by="", signed_on="",
                                    original_sha256="0" * 64)
        with vault.psychotherapy.transaction():
            note = psy.import_psychotherapy_note(vault, client_id, "[damaged]", note_date=date(2024, 4, 4),
                                                 author_name="", provenance=provenance,
                                                 original_name=f"Psychotherapy Note {i}.pdf", original=_original(i),
                                                 original_unreadable=True)
        made.append(note.note_id)
    return made


def _child(folder: Path, drafts: list[str], out_fd: int, crash: bool) -> None:
    """Never returns: discards each draft still there, keeping its original, until killed
    (`crash`: by itself, once the first original is copied and its draft not yet deleted)."""
    if crash:
        os.environ[CRASH_ENV] = originals.KEPT_CRASH_POINT  # in this forked child only
    try:
        vault = open_vault(folder, PASSPHRASE)
        vault.unlock_psychotherapy(PASSPHRASE)
        left = [d for d in drafts if vault.psychotherapy.scalar(
            "SELECT count(*) FROM psychotherapy_notes WHERE note_id = ?", (d,))]
        for note_id in left:
            report(out_fd, f"discarding {note_id}")
            notes.discard(vault, note_id, "psychotherapy", original=originals.KEEP)
            report(out_fd, f"kept {note_id}")
        report(out_fd, "done")
        while True:
            time.sleep(1)
    except BaseException as exc:  # a real failure: tell the parent, which fails the test
        report(out_fd, f"error {type(exc).__name__}: {exc}")
    finally:
        os._exit(0)


def _check(folder: Path, drafts: list[str], reported_kept: set[str], cycle: int) -> int:
    """The invariant after a kill; how many drafts are still there."""
    with open_vault(folder, PASSPHRASE) as again:
        again.unlock_psychotherapy(PASSPHRASE)
        problems = again.check_integrity()
        assert all(found == [] for found in problems.values()), (cycle, problems)
        verified = again.ledger.verify_full(again.header.ledger_anchor)
        assert verified.ok, (cycle, verified.problems)
        db = again.psychotherapy
        left = 0
        for i, note_id in enumerate(drafts):
            draft = int(db.scalar("SELECT count(*) FROM psychotherapy_notes WHERE note_id = ?", (note_id,)))
            with_original = int(db.scalar("SELECT count(*) FROM psychotherapy_provenance WHERE note_id = ?",
                                          (note_id,)))
            kept = [bytes(r["original_data"]) for r in db.query(
                "SELECT original_data FROM psychotherapy_kept_originals WHERE discarded_note_id = ?", (note_id,))]
            if draft:
                assert with_original == 1 and kept == [], (cycle, note_id, with_original, len(kept))
                assert note_id not in reported_kept, (cycle, note_id)
                left += 1
            else:
                assert with_original == 0 and kept == [_original(i)], (cycle, note_id, len(kept))
        kept_ids = {str(r["original_id"]) for r in db.query("SELECT original_id FROM psychotherapy_kept_originals")}
        logged = [e.payload for e in again.ledger.entries(kinds=("note.draft_discarded",))]
        assert all(p["original"] == "kept" and p["kept_original_id"] in kept_ids for p in logged), cycle
    return left


def _still_a_draft(folder: Path, note_id: str) -> bool:
    with open_vault(folder, PASSPHRASE) as again:
        again.unlock_psychotherapy(PASSPHRASE)
        return bool(again.psychotherapy.scalar("SELECT count(*) FROM psychotherapy_notes WHERE note_id = ?",
                                               (note_id,)))


@pytest.mark.slow
def test_sigkill_while_keeping_originals_loses_none_and_keeps_none_twice(tmp_path: Path,
                                                                        kdf_params: KdfParams) -> None:
    folder = tmp_path / "vault"
    made = create_vault(folder, PASSPHRASE, params=kdf_params, use_device_secret=False)
    vault = made.vault
    vault.unlock_psychotherapy(PASSPHRASE)
    client_id = clients.create_client(vault, "Oona Keepsake-Vries", date_of_birth="1981-02-03").client_id
    drafts = _import_drafts(vault, client_id)
    vault.lock()

    rng = random.Random(SEED)
    reported_kept: set[str] = set()
    crashed_in: list[str] = []
    # Until this run's pace is known, a short window: a discard takes milliseconds on a fast machine,
    # and a long one would let the first child discard every draft.
    landed, pace = Landed(), Pace(fallback=0.02)
    left = DRAFTS
    for cycle in range(CYCLES):
        read_fd, write_fd = os.pipe()
        forked_at = time.monotonic()
        crash = cycle % 4 == 3
        child = fork_child(_child, (folder, drafts, write_fd, crash))
        os.close(write_fd)
        first = b""
        if crash:
            child.join()  # killed by itself, between the copy and the draft's deletion
            killed_at = time.monotonic()
        elif cycle % 2 == 0:  # every other kill after a finished keep; the rest land anywhere
            while b" kept " not in b" " + first:
                line = read_line(read_fd, child.pid)
                assert line, (cycle, first)
                first += line
        if not crash:
            time.sleep(rng.uniform(0.0, pace.window(rounds=1.5, unlock=cycle % 2 == 1)))
            os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
            killed_at = time.monotonic()
            child.join()
        stamped = unstamp(read_all(read_fd, first))
        os.close(read_fd)
        lines = [text for _at, text in stamped]
        assert child.exitcode == -signal.SIGKILL, (cycle, child.exitcode, lines[-1:])
        assert not [line for line in lines if line.startswith(("error", "done"))], (cycle, lines[-3:])
        reported_kept |= {line.split()[1] for line in lines if line.startswith("kept ")}
        if crash:
            (at,) = [line.split()[1] for line in lines if line.startswith("discarding ")]
            assert not [line for line in lines if line.startswith("kept ")], (cycle, lines)
            crashed_in.append(at)
        else:
            landed.add(lines[-1].split()[0] if lines else "unlock")
        pace.observe(forked_at, [at for at, text in stamped if text.startswith("discarding ")], killed_at)
        now_left = _check(folder, drafts, reported_kept, cycle)
        assert not crash or _still_a_draft(folder, crashed_in[-1]), (cycle, "the kill after the copy lost the draft")
        assert now_left <= left, cycle
        left = now_left
    assert left < DRAFTS and len(reported_kept) >= CYCLES // 4 and len(crashed_in) == CYCLES // 4
    landed.assert_every(("discarding",), CYCLES // 4)  # killed inside a keep, not only between two
