"""`backup list` for a newest checked backup dated after now (made in a zone ahead, or this
computer's clock set back since). Found by a walker: "Last verified backup: -0.0 days old"; the
Today card says "dated after today" (tests/gui/test_backup_dated_ahead.py). Never a negative age."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_in_process
from vault_app.services import backup
from vault_app.services.vault import Vault


def _clock_at(moment: datetime) -> type[datetime]:
    class _Clock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> _Clock:  # type: ignore[override]
            return cls.fromtimestamp(moment.timestamp(), tz=UTC)

    return _Clock


@pytest.mark.parametrize("ahead", [timedelta(minutes=50), timedelta(days=30)])
def test_a_backup_dated_after_now_is_said_so_not_a_negative_age(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ahead: timedelta) -> None:
    monkeypatch.setattr(backup, "datetime", _clock_at(datetime.now(UTC) + ahead))
    backup.create_backup(vault, tmp_path / "usb", verify=True)
    monkeypatch.undo()
    folder = vault.folder
    vault.lock()
    done = cli_in_process("backup", "--vault", str(folder), "list")
    assert done.code == 0, done.err
    line = next(line for line in done.out.splitlines() if line.startswith("Last verified backup:"))
    assert line == "Last verified backup: dated after now (check this computer's clock)"
