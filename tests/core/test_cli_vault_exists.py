"""`init` (or `demo`) in a folder that holds a vault already: refused with what to do. Found: the
refusal ("A vault already exists in …; refusing to overwrite it.") had no hint at all."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.cli_helpers import FAST_KDF, cli_process, init_vault
from vault_app.domain.errors import ExitCode


def _files(folder: Path) -> list[tuple[str, int, int]]:
    return sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir())


def test_init_on_a_vault_says_what_to_do_and_touches_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    before = _files(folder)
    again = init_vault(folder)
    assert again.code == ExitCode.ENVIRONMENT
    first, _, hint = again.err.partition("\n")
    assert first == f"error: A vault already exists in {folder}; refusing to overwrite it."
    assert "Nothing in it was changed" in hint and "--vault" in hint and "choose an empty folder" in hint
    as_json = cli_process("demo", "--vault", str(folder), "--no-keyring", *FAST_KDF, "--json")
    assert as_json.code == ExitCode.ENVIRONMENT
    assert "choose an empty folder" in json.loads(as_json.err)["hint"]
    assert _files(folder) == before
