"""What the unlock window says of an older vault.header put back alone (records.db and ledger.db
newer and whole), and of an older ledger.db: a clinician's words, the numbers in a detail at the end,
and what to do first before any restore (walker wround2 #2: "ledger.db ends at entry 41, but
vault.header last recorded entry 46"; the only advice was to restore the latest backup). Real
vaults (tests/core/test_older_header_alone_advice.py makes them), the window's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_older_header_alone_advice import KEPT, _older_header_back
from vault_app.crypto.kdf import OWASP_FLOOR as FAST
from vault_app.domain.errors import LedgerRollback
from vault_app.gui.unlock_refused import explain
from vault_app.services.vault import open_vault


@pytest.mark.parametrize("newer_kept", [True, False], ids=["newer-kept-beside", "none-beside"])
def test_the_unlock_window_says_only_the_header_is_old_and_what_first(
        qapp: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        newer_kept: bool) -> None:
    folder = _older_header_back(capsys, monkeypatch, tmp_path, ("rekey",), newer_kept=newer_kept)
    with pytest.raises(LedgerRollback) as refused:
        open_vault(folder, PASSPHRASE)
    said, way = explain(refused.value)
    assert "the file that holds the vault's keys, is an older copy" in said, said
    assert "Only this one file is old" in said and "newer and whole" in said, said
    assert said.index("rolled back") > said.index("older copy"), said  # in the detail only
    if newer_kept:
        assert f"rename {KEPT} to vault.header" in said and "Do not restore a backup for this" in said, said
    else:
        assert "newer copy of vault.header" in said and "Only if you have none, restore" in said, said
        assert "replaces the newer records too" in said, said
    # The Restore button not put forward over the newer records, with a newer header beside or not (round 45:
    # the retyped passphrase and Enter opened the restore, tests/gui/test_unlock_older_file_enter.py).
    assert way == ""


def _ledger_older(tmp_path: Path) -> LedgerRollback:
    """A real ledger.db put back older than the header's anchor (the refusal of the unlock's check)."""
    import shutil

    from vault_app.services import clients
    from vault_app.services.vault import create_vault
    from vault_app.storage.layout import COMPARTMENT_FILES

    folder = tmp_path / "v"
    vault = create_vault(folder, PASSPHRASE, params=FAST, use_device_secret=False).vault
    vault.lock()
    shutil.copy2(folder / COMPARTMENT_FILES["ledger"], tmp_path / "older-ledger.db")
    vault = open_vault(folder, PASSPHRASE)
    for n in range(3):
        clients.create_client(vault, f"Later Client {n}")
    vault.lock()
    shutil.copy2(tmp_path / "older-ledger.db", folder / COMPARTMENT_FILES["ledger"])
    with pytest.raises(LedgerRollback) as refused:
        open_vault(folder, PASSPHRASE)
    return refused.value


def test_an_older_ledger_is_said_in_a_clinicians_words(qapp: object, tmp_path: Path) -> None:
    """Put back alone (records.db newer): only it is old, and what a restore would replace (round 45:
    it advised only a restore, which replaces the newer records.db too)."""
    exc = _ledger_older(tmp_path)
    said, way = explain(exc)
    assert "ledger.db, the vault's audit record, is an older copy than the files beside it" in said, said
    assert "(in detail: it was rolled back to entry" in said and "truncated" not in said, said
    assert said.index("in detail") > said.index("older copy"), said
    assert "Only this one file is old" in said and "replaces records.db and the psychotherapy notes too" in said
    assert said.count("older than the others") == 1 and way == "", said  # a restore replaces the newer records


def test_an_older_ledger_is_said_in_spanish(qapp: object, tmp_path: Path, spanish: None) -> None:
    exc = _ledger_older(tmp_path)
    said, _way = explain(exc)
    assert "es una copia más antigua que los archivos que están a su lado" in said, said
    assert "Solo este archivo es antiguo" in said and "Only this one" not in said, said
    # A file's name is not capitalised as a sentence's first word (seen in the real app: "Ledger.db, el …").
    assert "El archivo ledger.db, el registro de auditoría" in said and "Ledger.db" not in said, said


def test_an_older_header_is_said_in_spanish_with_its_name_as_written(
        qapp: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        spanish: None) -> None:
    folder = _older_header_back(capsys, monkeypatch, tmp_path, ("rekey",), newer_kept=False)
    with pytest.raises(LedgerRollback) as refused:
        open_vault(folder, PASSPHRASE)
    said, _way = explain(refused.value)
    assert "El archivo vault.header, que guarda las claves" in said and "Vault.header" not in said, said


def test_a_newer_ledger_kept_beside_is_the_way_not_a_restore(
        qapp: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from tests.core.test_older_ledger_alone_advice import KEPT as LEDGER_KEPT
    from tests.core.test_older_ledger_alone_advice import _older_ledger_back

    folder = _older_ledger_back(capsys, monkeypatch, tmp_path, kept="newer")
    with pytest.raises(LedgerRollback) as refused:
        open_vault(folder, PASSPHRASE)
    said, way = explain(refused.value)
    assert f"rename {LEDGER_KEPT} to ledger.db" in said and "Do not restore a backup for this" in said, said
    assert way == ""  # the Restore button not put forward over the newer records.db
