"""The export folder "unplugged" during an import (round 30's walk: renamed, moved, its drive
pulled), and an import cut short by a kill.

A real SimplePractice export in tmp_path imported into a real vault; the unplug is a rename of
the export's folder at a chosen point (the import's own progress call, on its thread). What
came in stays whole; the import stops at once and says why, at the top, instead of listing
every file after it as "could no longer be read"; running it again (folder back) continues.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scripts.make_simplepractice_export import FakeExport, make_export
from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli, cli_process, init_vault
from vault_app.cli import import_commands
from vault_app.services import import_marks
from vault_app.services.beside_job import SerialWorker
from vault_app.services.import_beside import ImportJob
from vault_app.services.importers.plan import ImportReport
from vault_app.services.importers.simplepractice import (
    SOURCE,
    import_simplepractice,
    import_simplepractice_beside,
)
from vault_app.services.vault import Vault, open_vault
from vault_app.storage import blob_intents, blob_store, clinical_attachments, imports


@pytest.fixture
def export(tmp_path: Path) -> FakeExport:
    return make_export(tmp_path / "SimplePractice Export", clients=4, notes_per_client=3)


def _unplug_at(root: Path, at: int) -> tuple[Path, Callable[[float, str], None]]:
    """A progress call that renames the export's folder when chart `at` begins."""
    moved = root.with_name(root.name + " (moved)")

    def progress(_fraction: float, text: str) -> None:
        if text.startswith(f"Chart {at} of ") and root.exists():
            root.rename(moved)

    return moved, progress


def _charts_in(vault: Vault) -> int:
    return len(imports.mapped_clients(vault.records, SOURCE))


def test_the_folder_gone_mid_import_stops_it_says_so_and_a_rerun_continues(psy_vault: Vault,
                                                                          export: FakeExport) -> None:
    moved, progress = _unplug_at(export.root, at=3)
    report = import_simplepractice(psy_vault, export.root, progress=progress)
    assert report.source_gone and report.charts_created == 2
    # Said once (the report's head), not as a line per file after the unplug.
    assert not [i for i in report.skipped if getattr(i.reason, "code", "") == "import.file_gone"]
    assert _charts_in(psy_vault) == 2
    # The end's sweep ran: nothing sealed for the third chart is left, nothing marked under way.
    assert set(blob_store.stored_ids(psy_vault.folder)) == clinical_attachments.blob_ids(psy_vault.records)
    assert blob_intents.leftover(psy_vault.records) == []
    assert import_marks.under_way(psy_vault) is None
    moved.rename(export.root)  # put back: the same import continues
    again = import_simplepractice(psy_vault, export.root)
    assert not again.source_gone and again.charts_created == len(export.clients) - 2
    assert _charts_in(psy_vault) == len(export.clients)


def test_one_unreadable_file_is_one_line_and_the_import_goes_on(psy_vault: Vault, export: FakeExport) -> None:
    """Not the folder: one file gone after the plan is that file's line, as before."""
    victim = export.clients[2].notes[0].path

    def progress(_fraction: float, text: str) -> None:
        if text.startswith("Chart 1 of ") and victim.exists():
            victim.unlink()

    report = import_simplepractice(psy_vault, export.root, progress=progress)
    assert not report.source_gone and report.charts_created == len(export.clients)
    gone = [i for i in report.skipped if getattr(i.reason, "code", "") == "import.file_gone"]
    assert len(gone) == 1 and gone[0].path.endswith(victim.name)


def test_the_folder_gone_before_the_job_reads_it_again_is_a_report_not_an_error(
        psy_vault: Vault, export: FakeExport) -> None:
    """F1: renamed right after Import (the job plans the folder again first): no error for
    the generic apology, a report saying the folder can no longer be read."""
    moved = export.root.with_name("elsewhere")
    worker = SerialWorker(psy_vault)
    ended: list[tuple[ImportReport, BaseException | None]] = []
    try:
        def work(on_vault: Any, cancelled: Callable[[], bool], progress: Any, report: ImportReport) -> ImportReport:
            def then_unplug(fn: Any) -> Any:
                got = on_vault(fn)
                if export.root.exists():  # after the job's one read of the vault, before the folder
                    export.root.rename(moved)
                return got

            return import_simplepractice_beside(then_unplug, export.root, progress=progress, cancelled=cancelled,
                                                report=report)

        job = ImportJob(work, worker.submit, SOURCE, on_end=lambda r, e: ended.append((r, e)),
                        source_folder=export.root)
        job.start()
        assert job.wait(60)
        report, error = ended[0]
        assert error is None and report.source_gone and report.charts_created == 0
        assert worker.call(_charts_in) == 0
    finally:
        worker.close()


def test_a_kill_mid_import_leaves_a_mark_the_next_unlock_takes_once(tmp_path: Path, export: FakeExport) -> None:
    """F4: a real process killed mid-import (fault injection's SIGKILL after a chart is sealed)."""
    folder = tmp_path / "vault"
    made = init_vault(folder)  # the vault is not the point; the killed import is
    assert made.code == 0, made.err
    killed = cli_process("import", "simplepractice", str(export.root), "--vault", str(folder),
                         extra_env={"VAULT_APP_TEST_CRASH_AT": "import_chart_sealed"})
    assert killed.code != 0
    with open_vault(folder, PASSPHRASE) as vault:
        assert import_marks.take_cut_short(vault) == SOURCE
        assert import_marks.take_cut_short(vault) is None  # said once
        import_simplepractice(vault, export.root)  # runs again, to its end: no mark left
        assert import_marks.under_way(vault) is None and _charts_in(vault) == len(export.clients)


def test_the_command_line_stops_at_the_unplug_says_it_first_and_fails(
        tmp_path: Path, export: FakeExport, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """F2 on the command line: exit non-zero, the stop said at the top, no line per file."""
    folder = tmp_path / "vault"
    assert cli(capsys, monkeypatch, "init", "--vault", str(folder), "--no-keyring", *FAST_KDF).code == 0
    moved, unplug = _unplug_at(export.root, at=2)
    printing = import_commands._progress

    def progress(args: Any) -> Callable[[float, str], None]:
        said = printing(args)

        def both(fraction: float, text: str) -> None:
            said(fraction, text)
            unplug(fraction, text)

        return both

    monkeypatch.setattr(import_commands, "_progress", progress)
    run = cli(capsys, monkeypatch, "import", "simplepractice", str(export.root), "--vault", str(folder))
    assert run.code != 0
    first = run.out.splitlines()[0]
    assert "can no longer be read" in first and "run the same import again" in run.out
    assert "could no longer be read" not in run.out
    assert "charts created 1," in run.out
    moved.rename(export.root)
    monkeypatch.setattr(import_commands, "_progress", printing)
    again = cli(capsys, monkeypatch, "import", "simplepractice", str(export.root), "--vault", str(folder))
    assert again.code == 0, again.err
    assert again.out.startswith("Import from simplepractice finished.")
