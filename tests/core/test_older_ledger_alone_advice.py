"""An older ledger.db put back alone (vault.header and records.db newer and whole): the refusal says that
only the ledger is old and what to do first, before any restore (a restore replaces the newer records.db
too): the newer ledger.db kept beside (`ledger.db.replaced-*`) named when there is one, put back in its
place. Round 45: the only advice was "Restore from your latest verified backup". Real vaults made and
worked in by the real command line (in process), real SQLCipher files; the advice followed opens the vault
with the work done after the copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core.cli_helpers import FAST_KDF, cli
from tests.core.destruction_helpers import seed_chart
from vault_app.domain.errors import LedgerRollback
from vault_app.services.vault import Vault, open_vault

KEPT = "ledger.db.replaced-20261207T101500Z"


def _older_ledger_back(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *,
                       with_records: bool = False, kept: str = "") -> Path:
    """A vault whose ledger.db (and records.db when `with_records`) was copied aside, a client added
    since, the copy put back. `kept`: "newer" keeps the vault's newer ledger.db beside as KEPT, "older"
    the older one (as the app keeps a file another program put in place of its own)."""
    folder = tmp_path / "vault"
    assert cli(capsys, monkeypatch, "init", "--vault", str(folder), "--no-keyring", *FAST_KDF).code == 0
    assert cli(capsys, monkeypatch, "client", "add", "Before Copy", "--vault", str(folder)).code == 0
    aside = tmp_path / "aside"
    aside.mkdir()
    names = ["ledger.db", *(["records.db"] if with_records else [])]
    for name in names:
        shutil.copy2(folder / name, aside / name)
    typed = cli(capsys, monkeypatch, "client", "add", "Typed Since", "--vault", str(folder))
    assert typed.code == 0, typed.err
    if kept:
        shutil.copy2(folder / "ledger.db" if kept == "newer" else aside / "ledger.db", folder / KEPT)
    for name in names:
        shutil.copy2(aside / name, folder / name)
    return folder


def test_an_older_ledger_alone_says_only_it_is_old_and_what_a_restore_would_replace(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = _older_ledger_back(capsys, monkeypatch, tmp_path)
    with pytest.raises(LedgerRollback) as refused:
        open_vault(folder, PASSPHRASE)
    assert refused.value.code == "ledger.rolled_back_alone", refused.value.message
    hint = refused.value.hint
    assert "Only this one file is old" in hint and "newer and whole" in hint, hint
    assert "put it in the vault folder in place of this one" in hint, hint
    assert "Only if you have none, restore" in hint, hint
    assert "replaces records.db and the psychotherapy notes too" in hint, hint
    # The command line says the same (what a therapist at a terminal reads).
    checked = cli(capsys, monkeypatch, "unlock-check", "--vault", str(folder))
    assert checked.code != 0 and "Only this one file is old" in checked.err, checked.err
    assert "Restore from your latest verified backup and run" not in checked.err, checked.err


def test_a_newer_ledger_kept_beside_is_named_and_putting_it_back_opens_the_vault_whole(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = _older_ledger_back(capsys, monkeypatch, tmp_path, kept="newer")
    with pytest.raises(LedgerRollback) as refused:
        open_vault(folder, PASSPHRASE)
    assert refused.value.code == "ledger.rolled_back_alone.newer_beside", refused.value.message
    assert refused.value.params["kept"] == KEPT
    assert f"rename {KEPT} to ledger.db" in refused.value.hint and "Do not restore" in refused.value.hint
    # The advice followed: the newer ledger in its place, the vault opens with what was typed since.
    (folder / "ledger.db").unlink()
    (folder / KEPT).rename(folder / "ledger.db")
    listed = cli(capsys, monkeypatch, "client", "list", "--vault", str(folder))
    assert listed.code == 0 and "Typed Since" in listed.out, listed.err


def test_an_older_ledger_kept_beside_is_not_named(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A file kept beside that lacks the entries the header and records.db saw is no way back."""
    folder = _older_ledger_back(capsys, monkeypatch, tmp_path, kept="older")
    with pytest.raises(LedgerRollback) as refused:
        open_vault(folder, PASSPHRASE)
    assert refused.value.code == "ledger.rolled_back_alone", refused.value.params


def test_ledger_and_records_put_back_together_keep_the_restore_advice(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """records.db as old as the ledger: not "only this one file is old" (the refused side)."""
    folder = _older_ledger_back(capsys, monkeypatch, tmp_path, with_records=True)
    with pytest.raises(LedgerRollback) as refused:
        open_vault(folder, PASSPHRASE)
    assert refused.value.code == "ledger.rolled_back", refused.value.message
    assert "Only this one file is old" not in refused.value.hint


def test_psychotherapy_notes_written_since_are_no_other_refusal(psy_vault: Vault, vault_dir: Path,
                                                                tmp_path: Path) -> None:
    """Unlocked with the psychotherapy notes (as the app's unlock may): psychotherapy.db, written after the
    copy, is checked before the chain; it said "ledger.db was rolled back: psychotherapy.db has seen ledger
    entry …" and "Restore from your latest verified backup"."""
    seed_chart(psy_vault, "A")
    psy_vault.lock()
    shutil.copy2(vault_dir / "ledger.db", tmp_path / "older-ledger.db")
    with reopen(vault_dir, psychotherapy=True) as again:
        seed_chart(again, "B")
    shutil.copy2(tmp_path / "older-ledger.db", vault_dir / "ledger.db")
    for with_psychotherapy in (True, False):
        with pytest.raises(LedgerRollback) as refused:
            open_vault(vault_dir, PASSPHRASE, with_psychotherapy=with_psychotherapy)
        assert refused.value.code == "ledger.rolled_back_alone", (with_psychotherapy, refused.value.message)
