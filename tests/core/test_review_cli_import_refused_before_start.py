"""Review of the merged round (h-review-merged): `vault-app import` refused before its first chart
(the file missing, no column for the name) said STOPPED_ON_ERROR ("The import stopped before its
end ... The charts that came in are whole ... the same command again imports the rest"), words
for an import that began: nothing began, and the same command again is refused again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli_in_process, init_vault
from vault_app.cli.import_commands import STOPPED_ON_ERROR


@pytest.mark.parametrize("which", ["missing", "no_name_column"])
def test_an_import_refused_before_it_began_does_not_say_it_stopped(tmp_path: Path, which: str) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    csv = tmp_path / "clients.csv"
    if which == "no_name_column":
        csv.write_text("nothing,useful\n1,2\n")
    refused = cli_in_process("import", "csv", str(csv), "--vault", str(folder))
    assert refused.code != 0
    assert "error:" in refused.err
    assert STOPPED_ON_ERROR not in refused.err, refused.err
