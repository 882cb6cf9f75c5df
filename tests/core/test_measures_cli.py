"""`vault-app measure` on a real vault: add (with the item-9 flag), correct, list, show, trend,
--json, and exit codes for bad input.

The commands run in process (tests/core/cli_helpers.cli: the same `run` the console script
calls), except what is about the process itself: one `measure add` and one bad `measure add`
run as real processes through the entry point, so the command's module loads in a fresh
interpreter, its output reaches stdout and its exit code and sentence reach the caller without
a traceback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF, cli, cli_process

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def in_process(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    def run(vault_dir: Path, *args: str) -> tuple[int, str, str]:
        r = cli(capsys, monkeypatch, *args, "--vault", str(vault_dir))
        return r.code, r.out, r.err

    return run


def _process(vault_dir: Path, *args: str) -> tuple[int, str, str]:
    r = cli_process(*args, "--vault", str(vault_dir))
    return r.code, r.out, r.err


def test_measure_commands_end_to_end(tmp_path: Path, in_process: Run) -> None:
    _run = in_process
    folder = tmp_path / "v"
    assert _run(folder, "init", "--no-keyring", *FAST_KDF)[0] == 0
    code, out, _ = _run(folder, "client", "add", "Rowan Fieldtest", "--chart-number", "RF-1", "--json")
    assert code == 0
    code, out, _ = _run(folder, "session", "add", "RF-1", "--date", "2026-01-12", "--duration", "50", "--json")
    assert code == 0, out
    session_id = json.loads(out)["session_id"]

    code, out, err = _process(folder, "measure", "add", "--client", "RF-1", "--instrument", "phq9",
                              "--answers", "2,2,2,2,1,1,1,0,1", "--session", session_id, "--json")
    assert code == 0, err
    added = json.loads(out)
    assert (added["total"], added["band"], added["taken_on"]) == (12, "moderate", "2026-01-12")
    assert added["risk_flag"]["note_outcome"] == "draft_started" and added["risk_flag"]["decision_trigger"]

    code, out, err = _run(folder, "measure", "add", "--client", "RF-1", "--instrument", "gad7",
                          "--answers", "3333333", "--date", "2026-01-20")
    assert code == 0, err
    assert "total 21 of 21 (severe)" in out and "RISK" not in out
    gad_id = out.split("id ", 1)[1].split(",")[0]
    code, out, err = _run(folder, "measure", "correct", gad_id, "--answers", "1,1,1,1,1,1,1", "--reason", "typo",
                          "--json")
    assert code == 0, err
    assert json.loads(out)["replaces"] == gad_id

    code, out, _ = _run(folder, "measure", "list", "--client", "RF-1", "--json")
    assert [(m["instrument"], m["total"]) for m in json.loads(out)] == [("phq9", 12), ("gad7", 7)]
    code, out, _ = _run(folder, "measure", "list", "--client", "RF-1", "--all")
    assert "(corrected by " in out and len(out.splitlines()) == 3
    code, out, _ = _run(folder, "measure", "show", added["measure_id"])
    assert code == 0
    assert " 9. Thoughts that you would be better off dead" in out and ": 1 (Several days)" in out
    assert "RISK FLAG" in out and "Kroenke" in out
    code, out, _ = _run(folder, "measure", "trend", "--client", "RF-1", "--instrument", "phq9", "--json")
    [trend] = json.loads(out)
    assert trend["reliable_change"] == 5 and [p["total"] for p in trend["points"]] == [12]

    # Bad input: clear messages, documented exit codes, nothing half-written.
    code, _, err = _process(folder, "measure", "add", "--client", "RF-1", "--instrument", "phq9",
                            "--answers", "1,1,1")
    assert code == 2 and "needs an answer to each of its 9 items (3 given)" in err and "Traceback" not in err
    code, _, err = _run(folder, "measure", "add", "--client", "RF-1", "--instrument", "phq9",
                        "--answers", "1,1,x,1,1,1,1,1,1")
    assert code == 2 and "'x' is not an answer" in err
    code, _, err = _run(folder, "measure", "add", "--client", "RF-1", "--instrument", "bdi", "--answers", "1")
    assert code == 8 and "No measure called 'bdi'" in err
    code, _, err = _run(folder, "measure", "show", "0123456789abcdef")
    assert code == 8
    code, out, _ = _run(folder, "measure", "list", "--client", "RF-1", "--json")
    assert len(json.loads(out)) == 2
    code, out, _ = _run(folder, "audit", "verify")
    assert code == 0
