"""A restore killed once its files were in place, never said (services/restore_unsaid.py), is said
by the first command that opens the vault with the passphrase, whichever it is (cli/common.open_told),
on stderr so that its output stays a script's; with --json as one JSON notice carrying what
`unlock-check --json` carries. Said once: the mark is taken as the app's unlock takes it, so neither
`unlock-check` nor the app's unlock says it again. Found: only the app's unlock and `unlock-check`
said it; `client list`, `backup auto` and the rest said nothing, and took nothing. A real CLI process
for the restore that is killed (tests/core/test_kill_restore.py's Place); the rest in this process."""

from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest

from tests.core.test_kill_restore_unsaid import _place
from vault_app.storage.layout import RESTORE_UNSAID_NAME

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
def test_the_first_command_says_a_restore_never_said_once(
        as_json: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    place = _place(tmp_path, capsys, monkeypatch)
    v = str(place.vault)
    killed = place.restore(crash_at="restore:in-place")
    assert killed.code == -signal.SIGKILL, killed.err[-2000:]
    assert (place.vault / RESTORE_UNSAID_NAME).exists()
    (safety,) = place.safety_copies()

    first = place.check("client", "list", "--vault", v, *(["--json"] if as_json else []))
    assert first.code == 0, first.err
    if as_json:
        names = [c["legal_name"] for c in json.loads(first.out)]  # stdout: the command's own JSON, whole
        (notice,) = [json.loads(line) for line in first.err.splitlines() if line.strip()]
        assert notice["notice"] == "restore-unsaid"
        said = notice["restore_unsaid"]
        assert said["safety_copy"] == str(safety) and said["backup_created"] and said["restored_at"]
        assert "this vault was replaced by the backup made" in notice["message"]
    else:
        assert "Before Backup" in first.out and "RESTORED" not in first.out, first.out
        names = ["Before Backup"]
        assert "RESTORED: on " in first.err and "this vault was replaced by the backup made" in first.err, first.err
        assert str(safety) in first.err and "This is said once." in first.err
    assert names == ["Before Backup"]  # the backup's charts: "Typed Since" is in the safety copy only
    assert not (place.vault / RESTORE_UNSAID_NAME).exists()  # taken, as the app's unlock takes it

    again = place.check("client", "list", "--vault", v)
    assert again.code == 0 and "RESTORED" not in again.err, again.err
    checked = place.check("unlock-check", "--vault", v, "--json")
    assert checked.code == 0 and "restore_unsaid" not in checked.json(), checked.out  # said once, wherever first
