"""`vault-app info` runs without the unlock, so the practice's date format is not known: it wrote
"Created: 12/06/2026 12:56 PM UTC" (US order) while `client list` of the same es_US practice wrote
06/12/2026 (found by a walker). A day written before the unlock is ISO 8601: one way to read it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vault_app.cli.main import run
from vault_app.services import practice
from vault_app.services.vault import Vault


@pytest.mark.parametrize("locale", ["es_US", "en_US"])
def test_info_writes_the_vault_s_creation_in_iso(vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch, locale: str) -> None:
    practice.update(vault, locale=locale)
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    assert run(["info", "--vault", str(vault_dir)]) == 0
    out = capsys.readouterr().out
    created = next(line for line in out.splitlines() if line.startswith("Created:"))
    assert re.fullmatch(r"Created:\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2} \S+", created), created
    assert "/" not in created, created
