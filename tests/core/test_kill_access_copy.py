"""An access copy killed (SIGKILL, a real process) between a part's ledger entry and its file,
and between its file and its delivery's record: the next try, after the unlock settles what the
kill left, makes only what was not given and grants the request. No part is recorded as given
without its file, and none is in the folder unrecorded and then refused forever (found in the
real app: "a copy made earlier is in this folder already" kept the request open)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core import disclosure_fixtures as fx
from vault_app.services import access_copy, export, requests
from vault_app.services.access_copy_given import basis, given_parts
from vault_app.services.fault_injection import CRASH_ENV
from vault_app.services.vault import Vault

GRANT = """
import os, sys
from pathlib import Path
from vault_app.services import access_copy
from vault_app.services.vault import open_vault
vault = open_vault(Path(sys.argv[1]), os.environ["VAULT_APP_PASSPHRASE"])
access_copy.grant_with_copy(vault, sys.argv[2], folder=Path(sys.argv[3]), password=sys.argv[4])
"""


@pytest.mark.parametrize(("point", "progress_given"), [
    ("export_logged", False),  # logged, no file: settled as not delivered, made again
    ("export_written", True),  # the file is whole: delivered, never made again
])
def test_a_copy_killed_mid_part_is_finished_by_the_next_try(vault: Vault, vault_dir: Path, tmp_path: Path,
                                                            point: str, progress_given: bool) -> None:
    chart = fx.make_chart(vault, n=2)
    rid = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3)).id
    vault.lock()
    folder = tmp_path / "copies"
    folder.mkdir()
    env = dict(os.environ, VAULT_APP_PASSPHRASE=PASSPHRASE, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               **{CRASH_ENV: point})
    done = subprocess.run([sys.executable, "-c", GRANT, str(vault_dir), rid, str(folder), fx.PASSWORD], env=env,
                          capture_output=True, timeout=300, check=False)
    assert done.returncode == -9, done.stderr.decode()[-800:]
    files = sorted(p.name for p in folder.glob("*.pdf"))
    assert len(files) == (1 if progress_given else 0)
    with reopen(vault_dir) as again:  # the unlock settles what the kill left
        q = requests.get_request(again, rid)
        assert q.status == "open"
        given = given_parts(again, q)
        assert set(given) == ({"progress"} if progress_given else set())
        for part in given.values():  # recorded as given only with its file there
            assert (folder / part.file).is_file()
        result = access_copy.grant_with_copy(again, rid, folder=folder, password=fx.PASSWORD)
        assert result.granted, result.summary()
        assert [w for w, _p in result.made] == (["billing information"] if progress_given
                                                 else ["progress notes", "billing information"])
        assert [k for k, _d, _f in result.already] == (["progress"] if progress_given else [])
        summary = basis(rid).summary()
        logged = [(r.kind, r.delivered) for r in export.disclosures(again, chart.client_id)
                  if r.basis_summary == summary]
        # Each part delivered once; the killed one, if it never reached its file, said not delivered.
        assert [k for k, delivered in logged if delivered] == ["progress", "billing"]
        assert logged[0] == ("progress", progress_given)
        assert requests.get_request(again, rid).status == "granted"
        assert len(list(folder.glob("*.pdf"))) == 2 and not list(folder.glob(".*tmp*"))
