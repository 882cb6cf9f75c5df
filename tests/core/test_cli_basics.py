"""The CLI's contract: version, usage errors, non-interactive secrets, JSON, no tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli, cli_process, init_vault
from vault_app import __version__
from vault_app.domain.errors import ExitCode


def test_version() -> None:
    result = cli_process("--version")
    assert result.code == 0
    assert __version__ in result.out


def test_usage_error_exit_code() -> None:
    result = cli_process("no-such-command")
    assert result.code == ExitCode.USAGE
    assert "Traceback" not in result.err


def test_init_without_passphrase_when_not_interactive(tmp_path: Path) -> None:
    result = cli_process("init", "--vault", str(tmp_path / "v"), *FAST_KDF, passphrase=None, stdin="")
    assert result.code == ExitCode.USAGE
    assert "VAULT_APP_PASSPHRASE" in result.err
    assert not (tmp_path / "v").exists()


def test_init_refuses_kdf_below_floor(tmp_path: Path) -> None:
    result = cli_process("init", "--vault", str(tmp_path / "v"), "--kdf-memory-mib", "8", "--kdf-iterations", "2")
    assert result.code == ExitCode.USAGE
    assert "OWASP" in result.err


def test_init_prints_emergency_kit_and_info_json(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    result = cli(capsys, monkeypatch, "init", "--vault", str(folder), "--no-keyring", *FAST_KDF, "--json")
    assert result.code == 0
    data = result.json()
    assert len(data["recovery_key"].split("-")) == 14
    info = cli(capsys, monkeypatch, "info", "--vault", str(folder), "--json").json()
    assert info["kdf"] == {"algorithm": "argon2id", "memory_mib": 19, "iterations": 2, "parallelism": 1}
    assert data["recovery_key"] not in str(info)


def test_passphrase_file_and_change_and_recover(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    kit = tmp_path / "kit.txt"
    assert (
        cli(
            capsys,
            monkeypatch,
            "init",
            "--vault",
            str(folder),
            "--no-keyring",
            *FAST_KDF,
            "--recovery-key-out",
            str(kit),
        ).code
        == 0
    )
    pfile = tmp_path / "pass.txt"
    pfile.write_text(PASSPHRASE + "\n")
    monkeypatch.delenv("VAULT_APP_PASSPHRASE")
    assert (
        cli(
            capsys,
            monkeypatch,
            "unlock-check",
            "--vault",
            str(folder),
            "--passphrase-file",
            str(pfile),
            passphrase=None,
        ).code
        == 0
    )
    newfile = tmp_path / "new.txt"
    newfile.write_text("another good passphrase\n")
    result = cli(
        capsys, monkeypatch, "passphrase", "change", "--vault", str(folder), "--new-passphrase-file", str(newfile),
        "--kdf-memory-mib", "19", "--kdf-iterations", "2", "--kdf-parallelism", "1",  # the tests' floor
    )
    assert result.code == 0, result.err
    assert cli(capsys, monkeypatch, "unlock-check", "--vault", str(folder)).code == ExitCode.WRONG_SECRET
    assert (
        cli(capsys, monkeypatch, "unlock-check", "--vault", str(folder), passphrase="another good passphrase").code == 0
    )
    result = cli(
        capsys,
        monkeypatch,
        "recover",
        "--vault",
        str(folder),
        "--recovery-key-file",
        str(kit),
        "--no-keyring",
        "--kdf-memory-mib", "19", "--kdf-iterations", "2", "--kdf-parallelism", "1",
        passphrase=None,
        env={"VAULT_APP_NEW_PASSPHRASE": "third passphrase!"},
    )
    assert result.code == 0, result.err
    assert cli(capsys, monkeypatch, "unlock-check", "--vault", str(folder), passphrase="third passphrase!").code == 0


def test_wrong_recovery_key_exit_code(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    result = cli(
        capsys,
        monkeypatch,
        "recover",
        "--vault",
        str(folder),
        "--no-keyring",
        env={"VAULT_APP_RECOVERY_KEY": "AAAA-BBBB", "VAULT_APP_NEW_PASSPHRASE": "third passphrase!"},
    )
    assert result.code == ExitCode.WRONG_SECRET
    assert "Traceback" not in result.err


def test_errors_as_json(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    result = cli(capsys, monkeypatch, "unlock-check", "--vault", str(folder), "--json", passphrase="nope nope nope")
    assert result.code == ExitCode.WRONG_SECRET
    assert '"error": "wrong-passphrase"' in result.err


def test_real_entry_point_wrong_passphrase_has_no_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    result = cli_process("unlock-check", "--vault", str(folder), passphrase="wrong wrong wrong")
    assert result.code == ExitCode.WRONG_SECRET
    assert "Traceback" not in result.err and "hmac" not in result.err.lower()


def test_vault_dir_from_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "env-vault"
    monkeypatch.setenv("VAULT_APP_DIR", str(folder))
    assert cli(capsys, monkeypatch, "init", "--no-keyring", *FAST_KDF).code == 0
    assert (folder / "vault.header").exists()


def test_closed_pipe_is_not_an_internal_error(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE)
    proc = subprocess.Popen(
        [sys.executable, "-m", "vault_app", "info", "--vault", str(folder), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head -0`
    err = proc.stderr.read().decode()
    proc.stderr.close()
    proc.wait(timeout=60)
    assert "internal error" not in err and "Traceback" not in err
