"""`vault-app session update`: the command line corrects a session as the desktop app's
Correct session details… does (found: there was no such command), through the same
service: the same rules (a stop recorded before follows a corrected start or length,
domain/session_length.stop_following), the same messages, the same ledger entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli, init_vault
from vault_app.domain.errors import ExitCode
from vault_app.services import sessions
from vault_app.services.vault import open_vault


@pytest.fixture
def chart(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
          tmp_path: Path) -> tuple[list[str], str]:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    v = ["--vault", str(folder)]
    added = cli(capsys, monkeypatch, "client", "add", "Cli Corrected", *v, "--json")
    assert added.code == 0, added.err
    return v, str(added.json()["client"]["chart_number"])


def _session(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, v: list[str], chart: str,
             *extra: str) -> str:
    added = cli(capsys, monkeypatch, "session", "add", chart, "--date", "2024-03-12", *extra, *v, "--json")
    assert added.code == 0, added.err
    return str(added.json()["session_id"])


@pytest.mark.parametrize(("options", "said"), [
    (["--start", "10:00", "--end", "09:30"], "The session's stop time must be after its start time."),
    (["--start", "25:99"], "The start time is not a valid time."),
    (["--date", "2024-02-30"], "The session date is not a valid date."),
    (["--duration", "0"], "The session duration must be between 1 and 600 minutes."),
    (["--setting", "in_person", "--platform", "Zoom"], "A video platform only applies to telehealth sessions."),
    (["--cpt", "123"], "CPT"),
    ([], "Nothing to change."),
])
def test_refused_with_the_apps_message_and_nothing_saved(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, chart: tuple[list[str], str],
    options: list[str], said: str,
) -> None:
    v, number = chart
    session_id = _session(capsys, monkeypatch, v, number, "--duration", "53")
    before = cli(capsys, monkeypatch, "session", "list", number, *v, "--json").json()
    refused = cli(capsys, monkeypatch, "session", "update", session_id, *options, *v)
    assert refused.code == ExitCode.USAGE and said in refused.err
    assert "Traceback" not in refused.err
    assert cli(capsys, monkeypatch, "session", "list", number, *v, "--json").json() == before


def test_a_correction_follows_the_apps_rules_and_is_logged_as_the_app_logs_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, chart: tuple[list[str], str],
) -> None:
    v, number = chart
    # Recorded from the agenda: start and stop. A corrected start moves the stop with it.
    session_id = _session(capsys, monkeypatch, v, number, "--start", "09:00", "--end", "09:53")
    moved = cli(capsys, monkeypatch, "session", "update", session_id, "--start", "10:00", "--date", "2024-03-13",
                "--billing-status", "billed", *v)
    assert moved.code == 0, moved.err
    assert f"Session {session_id} corrected (billing_status, date, start_time): 03/13/2024 10:00 AM 53 min" in moved.out
    (row,) = cli(capsys, monkeypatch, "session", "list", number, *v, "--json").json()
    assert (row["date"], row["start_time"], row["end_time"], row["duration_minutes"], row["billing_status"]) == (
        "2024-03-13", "10:00:00", "10:53:00", 53, "billed")
    longer = cli(capsys, monkeypatch, "session", "update", session_id, "--duration", "38", "--icd10", "f41.1",
                 "--json", *v)
    assert longer.code == 0, longer.err
    assert (longer.json()["end_time"], longer.json()["icd10_codes"]) == ("10:38:00", ["F41.1"])
    cleared = cli(capsys, monkeypatch, "session", "update", session_id, "--start", "", "--end", "", *v, "--json")
    assert cleared.code == 0 and cleared.json()["start_time"] is None and cleared.json()["duration_minutes"] == 38

    missing = cli(capsys, monkeypatch, "session", "update", "0123456789abcdef", "--duration", "30", *v)
    assert missing.code == ExitCode.NOT_FOUND and "No session with that id." in missing.err

    with open_vault(Path(v[1]), PASSPHRASE) as vault:
        logged = [e.payload for e in vault.ledger.entries() if e.kind == "session.updated"]
        assert [p["fields"] for p in logged] == [["billing_status", "date", "start_time"],
                                                 ["duration_minutes", "icd10_codes"], ["end_time", "start_time"]]
        assert all(p["session_id"] == session_id for p in logged)
        assert sessions.get_session(vault, session_id).end_time is None
