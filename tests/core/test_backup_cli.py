"""vault-app backup create / verify / list / restore / settings / auto, with --json."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli, cli_in_process, cli_process

NEW = "a fresh passphrase 42"


@pytest.fixture
def setup(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    vault = tmp_path / "vault"
    kit = tmp_path / "kit.txt"
    monkeypatch.setenv("VAULT_APP_DIR", str(vault))
    made = cli(capsys, monkeypatch, "init", "--no-keyring", "--recovery-key-out", str(kit), *FAST_KDF)
    assert made.code == 0, made.err
    return {"vault": vault, "kit": kit, "usb": tmp_path / "usb", "root": tmp_path}


def test_settings_create_list_verify(
    setup: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = setup["usb"]
    missing = cli(capsys, monkeypatch, "backup", "create")
    assert missing.code == 2 and "No backup folder" in missing.err

    # Single files into the folder: what this test follows (a new vault's default is snapshots:
    # test_backup_default_kind_cli.py).
    conf = cli(capsys, monkeypatch, "backup", "settings", "--target", str(usb), "--keep-daily", "3", "--kind", "file",
               "--json")
    assert conf.code == 0 and conf.json()["settings"]["keep_daily"] == 3
    assert any("same disk" in w for w in conf.json()["warnings"])

    made = cli(capsys, monkeypatch, "backup", "create", "--verify", "--json")
    assert made.code == 0, made.err
    info = made.json()
    assert info["verified"] and Path(info["path"]).parent == usb.resolve()

    listed = cli(capsys, monkeypatch, "backup", "list", "--json").json()
    assert [b["state"] for b in listed["backups"]] == ["verified"]
    assert listed["status"]["reminder_due"] is False

    text = cli(capsys, monkeypatch, "backup", "list")
    assert "verified" in text.out and info["path"] in text.out

    verified = cli(capsys, monkeypatch, "backup", "verify", info["path"], "--json")
    assert verified.code == 0 and verified.json()["sha256"] == info["sha256"]
    by_kit = cli(capsys, monkeypatch, "backup", "verify", info["path"], "--recovery-key-file", str(setup["kit"]))
    assert by_kit.code == 0 and "Backup OK" in by_kit.out
    wrong = cli(capsys, monkeypatch, "backup", "verify", info["path"], passphrase="wrong passphrase!")
    assert wrong.code == 3 and "does not open this backup" in wrong.err


def test_restore_refuses_then_overwrites_with_a_safety_copy(
    setup: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    info = cli(capsys, monkeypatch, "backup", "create", "--to", str(setup["usb"]), "--json").json()
    refused = cli(capsys, monkeypatch, "backup", "restore", info["path"], "--to", str(setup["vault"]))
    assert refused.code == 6 and "--overwrite" in refused.err
    done = cli(capsys, monkeypatch, "backup", "restore", info["path"], "--to", str(setup["vault"]), "--overwrite",
               "--json")
    assert done.code == 0, done.err
    report = done.json()
    assert report["safety_copy"] and Path(report["safety_copy"]).is_dir()
    assert cli(capsys, monkeypatch, "unlock-check").code == 0


def test_restore_on_a_new_machine_with_the_emergency_kit(setup: dict[str, Path]) -> None:
    """The restore as a separate process, with no passphrase in the environment: kit + new
    passphrase files (the backup before it and the checks after it in this process)."""
    root = setup["root"]
    made = cli_in_process("backup", "create", "--to", str(setup["usb"]), "--json", "--vault", str(setup["vault"]))
    assert made.code == 0, made.err
    path = made.json()["path"]
    new_file = root / "new.txt"
    new_file.write_text(NEW + "\n")
    restored = cli_process(
        "backup", "restore", path, "--to", str(root / "laptop2"), "--recovery-key-file", str(setup["kit"]),
        "--new-passphrase-file", str(new_file), "--vault", str(root / "laptop2"), passphrase=None,
    )
    assert restored.code == 0, restored.err
    assert "new passphrase is set" in restored.out
    check = cli_in_process("unlock-check", "--vault", str(root / "laptop2"), passphrase=NEW)
    assert check.code == 0, check.err
    assert cli_in_process("unlock-check", "--vault", str(root / "laptop2"), passphrase=PASSPHRASE).code == 3


def test_damaged_backup_exit_code_and_auto(
    setup: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    info = cli(capsys, monkeypatch, "backup", "create", "--to", str(setup["usb"]), "--json").json()
    Path(info["path"]).write_bytes(Path(info["path"]).read_bytes()[:-10])
    bad = cli(capsys, monkeypatch, "backup", "verify", info["path"], "--json")
    assert bad.code == 4
    assert '"error": "corrupt"' in bad.err and "Traceback" not in bad.err
    nothing = cli(capsys, monkeypatch, "backup", "auto", "--json")
    assert nothing.code == 0 and nothing.json() == {"backup": None}
    cli(capsys, monkeypatch, "backup", "settings", "--target", str(setup["usb"]))
    auto = cli(capsys, monkeypatch, "backup", "auto")
    assert auto.code == 0 and "No backup needed" in auto.out  # nothing changed since the last backup
    bad_setting = cli(capsys, monkeypatch, "backup", "settings", "--keep-daily", "-3")
    assert bad_setting.code == 2
