"""--recovery-key-out (init, rekey) where the file cannot be written. Found: `init
--recovery-key-out nodir/kit.txt` made the vault, then failed on the file ("I/O error
... (ENOENT)") before the recovery key was printed: the only way back in was shown
nowhere. A rekey would have replaced the old key by one nobody saw."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF, cli, cli_process, init_vault
from vault_app.domain.errors import DiskFull, ExitCode
from vault_app.services import vault_folder


@pytest.mark.parametrize("where", ["missing folder", "a folder", "below a file"])
def test_init_refuses_an_impossible_kit_file_before_anything(where: str, tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text("x")
    kit = {"missing folder": tmp_path / "nodir" / "kit.txt", "a folder": tmp_path,
           "below a file": tmp_path / "plain.txt" / "kit.txt"}[where]
    result = cli_process("init", "--vault", str(tmp_path / "v"), "--no-keyring", *FAST_KDF,
                         "--recovery-key-out", str(kit))
    assert result.code == ExitCode.USAGE, result.err
    assert "Emergency Kit" in result.err or "names a folder" in result.err
    assert not (tmp_path / "v").exists()  # nothing was done


def test_rekey_refuses_an_impossible_kit_file_before_anything(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    header = (folder / "vault.header").read_bytes()
    result = cli_process("rekey", "--vault", str(folder), "--recovery-key-out", str(tmp_path / "nodir" / "kit.txt"))
    assert result.code == ExitCode.USAGE and "nothing was done" in result.err, result.err
    assert (folder / "vault.header").read_bytes() == header


def test_a_kit_file_that_fails_after_the_vault_was_made_still_shows_the_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(path: Path, recovery_key: str) -> None:
        raise DiskFull("The disk is full while saving the Emergency Kit.")

    monkeypatch.setattr(vault_folder, "save_recovery_key_text", disk_full)
    result = cli(capsys, monkeypatch, "init", "--vault", str(tmp_path / "v"), "--no-keyring", *FAST_KDF,
                 "--recovery-key-out", str(tmp_path / "kit.txt"), "--json")
    assert result.code == ExitCode.ENVIRONMENT
    key = result.json()["recovery_key"]
    assert len(key.split("-")) == 14
    assert "write it down now" in result.err
