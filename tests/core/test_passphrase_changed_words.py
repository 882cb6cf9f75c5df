"""A passphrase changed at a terminal (`passphrase change`, `rekey` with a new one) is recorded in
the vault header (a day, no secret), and the refusal of the old passphrase says when it changed.
Found: the old passphrase was met with "That passphrase is not right." and nothing else.
The commands run through the CLI's own `run` in this process (cli_helpers.cli), each with only
the passphrases it is given in its environment; as processes each cost a Python start (~0.35
CPU-s)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, Result, cli
from vault_app.domain.errors import ExitCode
from vault_app.services.vault_master_key import PASSPHRASE_CHANGED_SETTING
from vault_app.storage import header as header_io

NEW = "a brand new passphrase 42 for the kit"
Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """A command in this process with VAULT_APP_PASSPHRASE `passphrase` and, only when given,
    VAULT_APP_NEW_PASSPHRASE `new`, as a process started with that environment would have them."""
    def command(*args: str, passphrase: str = PASSPHRASE, new: str | None = None) -> Result:
        if new is None:
            monkeypatch.delenv("VAULT_APP_NEW_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("VAULT_APP_NEW_PASSPHRASE", new)
        return cli(capsys, monkeypatch, *args, passphrase=passphrase)

    return command


def _init(run: Run, folder: Path) -> None:
    made = run("init", "--vault", str(folder), "--no-keyring", *FAST_KDF)
    assert made.code == 0, made.err


def test_a_passphrase_change_is_recorded_and_said_to_the_old_one(tmp_path: Path, run: Run) -> None:
    folder = tmp_path / "v"
    _init(run, folder)
    assert PASSPHRASE_CHANGED_SETTING not in header_io.read(folder).settings
    never_changed = run("unlock-check", "--vault", str(folder), passphrase="not the passphrase at all")
    assert never_changed.code == ExitCode.WRONG_SECRET and "was changed" not in never_changed.err

    changed = run("passphrase", "change", "--vault", str(folder), *FAST_KDF, new=NEW)
    assert changed.code == 0, changed.err
    stamp = header_io.read(folder).settings[PASSPHRASE_CHANGED_SETTING]
    assert datetime.fromisoformat(stamp).astimezone().date() == date.today()

    old = run("unlock-check", "--vault", str(folder))
    assert old.code == ExitCode.WRONG_SECRET
    assert "That passphrase does not unlock this vault. The passphrase has been changed: use the newest one." in old.err
    assert str(date.today()) not in old.err  # not when: whoever holds an old passphrase learns no day
    assert run("unlock-check", "--vault", str(folder), passphrase=NEW).code == 0


def test_a_rekey_with_a_new_passphrase_is_recorded(tmp_path: Path, run: Run) -> None:
    folder = tmp_path / "v"
    _init(run, folder)
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW + "\n", encoding="utf-8")
    done = run("rekey", "--vault", str(folder), "--new-passphrase-file", str(new_file),
               "--recovery-key-out", str(tmp_path / "kit.txt"))
    assert done.code == 0, done.err
    assert PASSPHRASE_CHANGED_SETTING in header_io.read(folder).settings
    old = run("unlock-check", "--vault", str(folder))
    assert "The passphrase has been changed: use the newest one." in old.err


def test_a_rekey_keeping_the_passphrase_records_no_change(tmp_path: Path, run: Run) -> None:
    folder = tmp_path / "v"
    _init(run, folder)
    done = run("rekey", "--vault", str(folder), "--recovery-key-out", str(tmp_path / "kit.txt"))
    assert done.code == 0, done.err
    assert PASSPHRASE_CHANGED_SETTING not in header_io.read(folder).settings


def test_a_moment_out_of_range_in_the_header_is_no_moment(tmp_path: Path, run: Run) -> None:
    """The header is read before any key proves it: a `passphrase_changed_at` edited (or damaged)
    to a moment that no local clock can show made the refusal of a wrong passphrase an internal
    error (OverflowError in astimezone) instead of "That passphrase does not unlock this vault"."""
    folder = tmp_path / "v"
    _init(run, folder)
    for moment in ("9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00"):
        header = header_io.read(folder)
        header_io.write(folder, header.with_changes(settings={**header.settings, PASSPHRASE_CHANGED_SETTING: moment}))
        refused = run("unlock-check", "--vault", str(folder), passphrase="not the passphrase at all")
        assert refused.code == ExitCode.WRONG_SECRET, refused.err
        assert "That passphrase does not unlock this vault." in refused.err
        assert "was changed" not in refused.err
