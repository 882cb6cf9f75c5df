"""An older vault.header put back alone (records.db and ledger.db intact and newer): the refusal says
that only the header is old and what to do first, before any restore (a restore replaces the newer
records and ledger too): the newer header kept beside (`vault.header.replaced-*`) named when there is
one, put back in its place. Walker wround2 #2: the only advice was "Restore from your latest verified
backup". Real vaults, a real Replace every key and passphrase change by the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import FAST_KDF, cli
from tests.core.older_header import copied_aside, put_back
from vault_app.domain.errors import LedgerRollback
from vault_app.services.vault import open_vault
from vault_app.storage.layout import HEADER_NAME

NEW = "a different passphrase for the test 4417"
KEPT = "vault.header.replaced-20261207T101500Z"


def _older_header_back(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                       change: tuple[str, ...], *, newer_kept: bool, after: str = PASSPHRASE) -> Path:
    folder = tmp_path / "vault"
    assert cli(capsys, monkeypatch, "init", "--vault", str(folder), "--no-keyring", *FAST_KDF).code == 0
    assert cli(capsys, monkeypatch, "client", "add", "Before Change", "--vault", str(folder)).code == 0
    older = copied_aside(folder, tmp_path / "older.header")
    done = cli(capsys, monkeypatch, *change, "--vault", str(folder), *FAST_KDF)
    assert done.code == 0, done.err
    typed = cli(capsys, monkeypatch, "client", "add", "Typed Since", "--vault", str(folder), passphrase=after)
    assert typed.code == 0, typed.err
    if newer_kept:
        shutil.copy2(folder / HEADER_NAME, folder / KEPT)
    put_back(older, folder)
    return folder


@pytest.mark.parametrize("newer_kept", [True, False], ids=["newer-kept-beside", "none-beside"])
def test_an_older_header_before_new_keys_says_only_it_is_old_and_what_first(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, newer_kept: bool) -> None:
    folder = _older_header_back(capsys, monkeypatch, tmp_path, ("rekey",), newer_kept=newer_kept)
    with pytest.raises(LedgerRollback) as refused:
        open_vault(folder, PASSPHRASE)
    hint = refused.value.hint
    assert "Only this one file is old" in hint and "newer and whole" in hint, hint
    assert "replaces the newer records too" in hint or "replace the newer records too" in hint, hint
    if newer_kept:
        assert refused.value.code == "ledger.header_before_new_keys.newer_beside"
        assert refused.value.params["kept"] == KEPT
        assert f"rename {KEPT} to vault.header" in hint, hint
        # The advice followed: the newer header in its place, the vault opens with what was typed since.
        (folder / HEADER_NAME).unlink()
        (folder / KEPT).rename(folder / HEADER_NAME)
        listed = cli(capsys, monkeypatch, "client", "list", "--vault", str(folder))
        assert listed.code == 0 and "Typed Since" in listed.out, listed.err
    else:
        assert refused.value.code == "ledger.header_before_new_keys"
        assert "put it in the vault folder in place of this one" in hint, hint


def test_an_older_header_of_the_same_keys_names_the_newer_one_kept_beside(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Put back after a passphrase change (the same keys, an older generation): check_header's refusal."""
    monkeypatch.setenv("VAULT_APP_NEW_PASSPHRASE", NEW)
    folder = _older_header_back(capsys, monkeypatch, tmp_path, ("passphrase", "change"), newer_kept=True, after=NEW)
    with pytest.raises(LedgerRollback) as refused:
        open_vault(folder, PASSPHRASE)
    assert refused.value.code == "ledger.header_rolled_back.newer_beside", refused.value.message
    assert f"rename {KEPT} to vault.header" in refused.value.hint
