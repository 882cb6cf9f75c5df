"""A refusal that begins with a file's name keeps the name as it is on the disk. Found walking the
real app (wtwo, forty-fifth round): an older vault.header put back alone was said "Vault.header, el
archivo que guarda las claves…" (and "Vault.header, the file…" in English), a file that is not
there. Real vaults (tests/core/test_older_header_alone_advice.py makes them), the window's words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.test_older_header_alone_advice import _older_header_back
from vault_app.domain.errors import LedgerRollback
from vault_app.gui import i18n
from vault_app.gui.sentence_words import capitalised
from vault_app.gui.unlock_refused import explain
from vault_app.services.vault import open_vault


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install("en")


@pytest.mark.parametrize("language", ["en", "es"], indirect=True)
def test_an_older_header_is_named_as_its_file(  # type: ignore[no-untyped-def]
        language: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = _older_header_back(capsys, monkeypatch, tmp_path, ("rekey",), newer_kept=False)
    with pytest.raises(LedgerRollback) as refused:
        open_vault(folder, PASSPHRASE)
    said, _way = explain(refused.value)
    assert "Vault.header" not in said, said
    assert " vault.header, " in said, said


@pytest.mark.parametrize(("words", "shown"), [
    ("records.db is older than the audit ledger.", "records.db is older than the audit ledger."),
    ("vault.header, the file that holds the keys.", "vault.header, the file that holds the keys."),
    ("the backup was not made.", "The backup was not made."),
    ("e.g. this one.", "E.g. this one."),
])
def test_a_sentence_gets_its_capital_unless_it_starts_with_a_file(words: str, shown: str) -> None:
    assert capitalised(words) == shown
