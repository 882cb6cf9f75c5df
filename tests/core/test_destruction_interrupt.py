"""Must show: a destruction killed at any step boundary leaves either the old state
or, after the next unlock, a completed destruction that `destruction verify`
confirms; never a half state that looks complete.

A child process runs the destruction with VAULT_APP_TEST_CRASH_AT naming a step;
the code SIGKILLs itself there, as a power cut would.
"""

from __future__ import annotations

import os
import shutil
import signal
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.backup_folder_files import backup_folder_names
from tests.conftest import PASSPHRASE, reopen
from tests.core.destruction_helpers import SeededChart, decrypted_hits, seed_chart, vault_keys
from tests.core.kill_helpers import fork_child
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain.errors import CompartmentLocked, EnvironmentProblem, NotFound
from vault_app.services import backup, backup_repo, clients, destruction, psychotherapy_notes, unlock_hooks
from vault_app.services import destruction_live as live_part
from vault_app.services.destruction_plan import plan
from vault_app.services.destruction_steps import CRASH_ENV
from vault_app.services.vault import Vault, create_vault, open_vault

CHART_POINTS = [
    "planned", "started",
    "deleted:records", "deleted:psychotherapy", "compacted:records", "compacted:psychotherapy",
    "staged:records", "rekeyed:records", "replaced:records",
    "staged:psychotherapy", "rekeyed:psychotherapy", "replaced:psychotherapy",
    "blobs_scrubbed", "purged", "verified", "completed",
]
BACKUP_POINTS = ["backup:deleted:records", "backup:rekeyed:psychotherapy", "purged"]
NOTE_POINTS = ["started", "deleted:psychotherapy", "staged:psychotherapy", "rekeyed:psychotherapy", "verified"]

@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, SeededChart, SeededChart]]:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    folder = tmp_path_factory.mktemp("template") / "vault"
    created = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR)
    vault = created.vault
    vault.unlock_psychotherapy(PASSPHRASE)
    target = seed_chart(vault, "K", psychotherapy=3)
    other = seed_chart(vault, "S")
    vault.lock()
    keyring.set_keyring(previous)
    yield folder, target, other


def _child(folder: Path, chart: str, point: str, notes: list[str]) -> None:
    """In the forked child: the destruction, until the code kills itself at `point`."""
    os.environ[CRASH_ENV] = point
    code = 0
    try:
        vault = open_vault(folder, PASSPHRASE, with_psychotherapy=True)
        destruction.destroy(vault, chart, basis="override", confirm=chart, note_ids=notes or None,
                            override_reason="fault-injection test of an interrupted destruction")
        vault.lock()
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        os._exit(code)


def _run_child(folder: Path, chart: str, point: str, notes: list[str]) -> int | None:
    """The child's exit code (-SIGKILL when the crash point killed it). Forked with everything
    imported, as the kill tests' children are (a new interpreter cost ~0.5 CPU-seconds of
    imports before its first step; docs/testing.md, fifth round); the test process holds no
    connection to the vault while it runs, and its keyring is the fail backend, as the child's."""
    child = fork_child(_child, (folder, chart, point, notes))
    child.join(120)
    if child.exitcode is None:
        child.kill()
        child.join()
        raise AssertionError(f"the destruction child at {point} neither finished nor crashed in 120 s")
    return child.exitcode


def _check(folder: Path, target: SeededChart, other: SeededChart, tmp: Path, notes: list[str],
           monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict[str, Any]]:
    # 1. As the crash left it (no resume hook): a certificate exists only if verification passed.
    with monkeypatch.context() as m:
        m.setattr(unlock_hooks, "AFTER_UNLOCK", [])
        # Verifying reads psychotherapy.db: its own key, so that compartment is unlocked.
        with reopen(folder, psychotherapy=True) as vault:
            listed = destruction.list_destructions(vault)
            if listed and listed[0]["state"] == "completed":
                assert destruction.verify_destruction(vault, listed[0]["certificate_id"])["ok"]
            else:
                assert all(d["state"].startswith("interrupted") for d in listed)
                with pytest.raises(NotFound):
                    destruction.completed_entry(vault, listed[0]["certificate_id"] if listed else "none")
    # 2. After a normal unlock (the hook finishes what was started).
    with reopen(folder, psychotherapy=True) as vault:
        listed = destruction.list_destructions(vault)
        assert vault.verify_ledger().ok
        assert clients.get_client(vault, other.client_id).legal_name == other.names[0]
        if not listed:
            assert clients.get_client(vault, target.client_id).legal_name == target.names[0]
            return "old state", {}
        [row] = listed
        assert row["state"] == "completed", row
        report = destruction.verify_destruction(vault, row["certificate_id"])
        assert report["ok"], report
        cert = destruction.completed_entry(vault, row["certificate_id"]).payload["certificate"]
        keys = vault_keys(vault)
        if notes:
            kept = target.psychotherapy_note_ids[-1]
            assert psychotherapy_notes.get_psychotherapy_note(vault, kept).body == target.psychotherapy_texts[-1]
    gone = target.needles() if not notes else {
        k: v for k, v in target.needles().items() if k.startswith(("psychotherapy0", "psychotherapy1"))}
    assert decrypted_hits(folder, keys, gone, tmp) == []
    return "completed", cert


@pytest.mark.slow
@pytest.mark.parametrize("point", CHART_POINTS)
def test_chart_destruction_killed_at(point: str, template: tuple[Path, SeededChart, SeededChart],
                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, target, other = template
    folder = tmp_path / "vault"
    shutil.copytree(source, folder)
    assert _run_child(folder, target.chart_number, point, []) == -signal.SIGKILL
    outcome, cert = _check(folder, target, other, tmp_path / "scan", [], monkeypatch)
    assert outcome == ("old state" if point == "planned" else "completed")
    if point not in ("planned", "verified", "completed"):
        assert cert["method"]["resumed_after_interruption"] is True
        # Strings can be taken again only while nothing had been deleted yet.
        assert cert["verification"]["content_search"]["complete"] is (point == "started")


@pytest.mark.slow
@pytest.mark.parametrize("point", NOTE_POINTS)
def test_note_destruction_killed_at(point: str, template: tuple[Path, SeededChart, SeededChart],
                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, target, other = template
    folder = tmp_path / "vault"
    shutil.copytree(source, folder)
    notes = target.psychotherapy_note_ids[:2]
    assert _run_child(folder, target.chart_number, point, notes) == -signal.SIGKILL
    assert _check(folder, target, other, tmp_path / "scan", notes, monkeypatch)[0] == "completed"


@pytest.mark.slow
@pytest.mark.parametrize("point", BACKUP_POINTS)
def test_destruction_with_a_backup_killed_at(point: str, template: tuple[Path, SeededChart, SeededChart],
                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, target, other = template
    folder = tmp_path / "vault"
    shutil.copytree(source, folder)
    with reopen(folder) as vault:
        made = backup.create_backup(vault, tmp_path / "usb")
    assert _run_child(folder, target.chart_number, point, []) == -signal.SIGKILL
    assert _check(folder, target, other, tmp_path / "scan", [], monkeypatch)[0] == "completed"
    usb = Path(made.path).parent
    names = backup_folder_names(usb)
    # The purged backup and the one the destruction made after it (destruction_new_backup); no stray work copy.
    assert Path(made.path).name in names and len(names) == 2, names
    assert all(n.startswith("vault-backup-") and n.endswith(".vaultbackup") for n in names), names
    with reopen(folder, psychotherapy=True) as vault:
        checked = destruction.verify_destruction(vault, destruction.list_destructions(vault)[0]["certificate_id"])[
            "backups"]
        purged = next(b for b in checked if b["path"] == made.path)
        assert all(b["ok"] and b["rows_remaining"] == 0 for b in checked), checked
        assert purged["ok"] and purged["rows_remaining"] == 0


SNAPSHOT_POINTS = ["backup:deleted:records", "backup:compacted:psychotherapy", "purged"]


@pytest.mark.slow
@pytest.mark.parametrize("point", SNAPSHOT_POINTS)
def test_destruction_with_a_snapshot_killed_at(point: str, template: tuple[Path, SeededChart, SeededChart],
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The snapshot's purge of its touched parts (snapshot_purge.purge_snapshot) killed
    between its steps: the old manifest stays whole until the rename, the next unlock's
    resume purges it again, and the purged snapshot verifies."""
    source, target, other = template
    folder = tmp_path / "vault"
    shutil.copytree(source, folder)
    with reopen(folder) as vault:
        made = backup_repo.create_incremental(vault, tmp_path / "repo", rotate_old=False)
    assert _run_child(folder, target.chart_number, point, []) == -signal.SIGKILL
    assert _check(folder, target, other, tmp_path / "scan", [], monkeypatch)[0] == "completed"
    with reopen(folder, psychotherapy=True) as vault:
        # The purged snapshot and the one the destruction made after it (destruction_new_backup).
        checked = destruction.verify_destruction(vault, destruction.list_destructions(vault)[0]["certificate_id"])[
            "backups"]
        assert len(checked) == 2 and all(b["ok"] and b["rows_remaining"] == 0 for b in checked), checked
        assert backup_repo.verify_snapshot(Path(made.path), vault=vault, full=True)["ok"]
    backup_repo.sweep_repository(tmp_path / "repo")
    assert not [p for p in (tmp_path / "repo").rglob(".*")], "work files left in the repository"


def test_an_unreached_crash_point_is_a_test_bug(template: tuple[Path, SeededChart, SeededChart],
                                                tmp_path: Path) -> None:
    """The fault injection is real: an unknown point lets the child finish normally."""
    source, target, _ = template
    folder = tmp_path / "vault"
    shutil.copytree(source, folder)
    assert _run_child(folder, target.chart_number, "no-such-step", []) == 0


def test_a_resume_that_fails_never_blocks_the_unlock(psy_vault: Vault, vault_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Started (the decision is on record) and then the process died: the next unlock
    finishes it; if finishing fails, the unlock still succeeds and says so in the ledger."""
    chart = seed_chart(psy_vault, "Z")
    payload, _ = plan(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    psy_vault.ledger.append(destruction.STARTED, payload)
    psy_vault.lock()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise EnvironmentProblem("The disk is full while saving.")

    with monkeypatch.context() as m:
        m.setattr(live_part, "erase", broken)  # the live part reads it there
        with reopen(vault_dir) as vault:
            assert [d["state"] for d in destruction.list_destructions(vault)] == [
                "interrupted (finishes at the next unlock)"]
            assert vault.ledger.entries(kinds=(destruction.RESUME_FAILED,))[0].payload["error"] == "environment"
    with reopen(vault_dir) as vault:  # psychotherapy locked: the hook opens it just to delete
        [row] = destruction.list_destructions(vault)
        assert row["state"] == "completed"
        # Checking it again reads psychotherapy.db: that needs its own unlock (the hook had
        # the passphrase of the unlock; the vault keeps no psychotherapy key after it).
        with pytest.raises(CompartmentLocked):
            destruction.verify_destruction(vault, row["certificate_id"])
        vault.unlock_psychotherapy(PASSPHRASE)
        assert destruction.verify_destruction(vault, row["certificate_id"])["ok"]
        with pytest.raises(NotFound):
            clients.get_client(vault, chart.client_id)
