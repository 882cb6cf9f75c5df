"""A vault a copy replaced (`backup restore --replaces-original`), older than the copy's backups in the folder
they share, refuses disclosures in words that send her to the copy, not to a restore over this vault or
another backup folder to keep it (work on a vault nobody should work in; cli/unlock_check_replaced.py says the
same). Round 45: the refusal's hint said "Restore the newest backup over this vault first (… --overwrite)".
Real vaults made, backed up and restored by the real command line (in process), real SQLCipher files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import older_copy_refusal
from vault_app.services.vault import open_vault


def test_the_replaced_vault_refuses_a_disclosure_and_names_the_copy(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    original, copy, backups = tmp_path / "vault", tmp_path / "new-laptop", tmp_path / "backups"
    assert cli(capsys, monkeypatch, "init", "--vault", str(original), "--no-keyring", *FAST_KDF).code == 0
    assert cli(capsys, monkeypatch, "backup", "settings", "--vault", str(original), "--target", str(backups)).code == 0
    assert cli(capsys, monkeypatch, "backup", "create", "--vault", str(original)).code == 0
    made = sorted([*backups.glob("*.vaultbackup"), *backups.glob("snapshots/*.vrs")])[-1]
    assert cli(capsys, monkeypatch, "backup", "restore", str(made), "--vault", str(original), "--to", str(copy),
               "--replaces-original").code == 0
    assert cli(capsys, monkeypatch, "client", "add", "Typed In The Copy", "--vault", str(copy)).code == 0
    assert cli(capsys, monkeypatch, "backup", "create", "--vault", str(copy)).code == 0
    with open_vault(original, PASSPHRASE) as vault, pytest.raises(RefusedByPolicy) as refused:
        older_copy_refusal.refuse_while_older(vault)
    err = refused.value
    assert err.code == "disclosure.older_copy.replaced", (err.code, err.hint)
    assert err.params["copy"] == str(copy.resolve()), err.params
    assert "work in that copy" in err.hint, err.hint
    assert "--overwrite" not in err.hint and "choose another backup folder" not in err.hint, err.hint
