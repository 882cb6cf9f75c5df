"""A passphrase changed at a terminal (`passphrase change`, `rekey` with a new one) is recorded in
the vault header (a day, no secret), and the refusal of the old passphrase says when it changed.
Found: the old passphrase was met with "That passphrase is not right." and nothing else."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli_process, init_vault
from vault_app.domain.errors import ExitCode
from vault_app.services.vault_master_key import PASSPHRASE_CHANGED_SETTING
from vault_app.storage import header as header_io

NEW = "a brand new passphrase 42 for the kit"


def test_a_passphrase_change_is_recorded_and_said_to_the_old_one(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    assert PASSPHRASE_CHANGED_SETTING not in header_io.read(folder).settings
    never_changed = cli_process("unlock-check", "--vault", str(folder), passphrase="not the passphrase at all")
    assert never_changed.code == ExitCode.WRONG_SECRET and "was changed" not in never_changed.err

    changed = cli_process("passphrase", "change", "--vault", str(folder), *FAST_KDF,
                          extra_env={"VAULT_APP_NEW_PASSPHRASE": NEW})
    assert changed.code == 0, changed.err
    stamp = header_io.read(folder).settings[PASSPHRASE_CHANGED_SETTING]
    assert datetime.fromisoformat(stamp).astimezone().date() == date.today()

    old = cli_process("unlock-check", "--vault", str(folder))
    assert old.code == ExitCode.WRONG_SECRET
    assert f"That passphrase does not unlock this vault. The passphrase was changed on {date.today()}." in old.err
    assert cli_process("unlock-check", "--vault", str(folder), passphrase=NEW).code == 0


def test_a_rekey_with_a_new_passphrase_is_recorded(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "vault_app", "rekey", "--vault", str(folder),
                           "--new-passphrase-file", str(new_file), "--recovery-key-out", str(tmp_path / "kit.txt")],
                          env=_env(), capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert PASSPHRASE_CHANGED_SETTING in header_io.read(folder).settings
    old = cli_process("unlock-check", "--vault", str(folder))
    assert f"The passphrase was changed on {date.today()}." in old.err


def test_a_rekey_keeping_the_passphrase_records_no_change(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    done = subprocess.run([sys.executable, "-m", "vault_app", "rekey", "--vault", str(folder),
                           "--recovery-key-out", str(tmp_path / "kit.txt")],
                          env=_env(), capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert PASSPHRASE_CHANGED_SETTING not in header_io.read(folder).settings


def _env() -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if k != "VAULT_APP_NEW_PASSPHRASE"}
    env["VAULT_APP_PASSPHRASE"] = PASSPHRASE
    return env


def test_a_moment_out_of_range_in_the_header_is_no_moment(tmp_path: Path) -> None:
    """The header is read before any key proves it: a `passphrase_changed_at` edited (or damaged)
    to a moment that no local clock can show made the refusal of a wrong passphrase an internal
    error (OverflowError in astimezone) instead of "That passphrase does not unlock this vault"."""
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    for moment in ("9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00"):
        header = header_io.read(folder)
        header_io.write(folder, header.with_changes(settings={**header.settings, PASSPHRASE_CHANGED_SETTING: moment}))
        refused = cli_process("unlock-check", "--vault", str(folder), passphrase="not the passphrase at all")
        assert refused.code == ExitCode.WRONG_SECRET, refused.err
        assert "That passphrase does not unlock this vault." in refused.err
        assert "was changed" not in refused.err
