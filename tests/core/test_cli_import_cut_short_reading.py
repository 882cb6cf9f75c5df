"""An import killed while it reads the export again, before its first chart (the wizard at
"Starting…" on a large export): the next unlock says it was cut short, as after a kill at a later
chart (walk-move finding 13: it said nothing). A refusal while reading is no cut-short import."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.make_simplepractice_export import make_export
from tests.core.cli_helpers import FAST_KDF, cli, cli_process
from tests.core.test_cli_import_cut_short import CUT_SHORT, Cli


@pytest.fixture
def here(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return lambda *args: cli(capsys, monkeypatch, *args)


def test_a_kill_while_the_export_is_read_again_is_said_at_the_next_unlock(tmp_path: Path, here: Cli) -> None:
    folder = tmp_path / "v"
    assert here("init", "--vault", str(folder), "--no-keyring", *FAST_KDF).code == 0
    export = make_export(tmp_path / "export", clients=2, notes_per_client=1)
    vault = ("--vault", str(folder))
    killed = cli_process("import", "simplepractice", str(export.root), *vault, "--quiet",
                         extra_env={"VAULT_APP_TEST_CRASH_AT": "import_read_again"})
    assert killed.code != 0
    told = here("client", "list", *vault)
    assert told.code == 0, told.err
    assert told.err.count(CUT_SHORT) == 1, told.err


def test_a_refusal_while_reading_leaves_no_cut_short_notice(tmp_path: Path, here: Cli) -> None:
    folder = tmp_path / "v"
    assert here("init", "--vault", str(folder), "--no-keyring", *FAST_KDF).code == 0
    (tmp_path / "not an export").mkdir()
    refused = here("import", "simplepractice", str(tmp_path / "not an export"), "--vault", str(folder))
    assert refused.code != 0 and "does not look like a SimplePractice export" in refused.err
    after = here("client", "list", "--vault", str(folder))
    assert after.code == 0 and CUT_SHORT not in after.err, after.err
