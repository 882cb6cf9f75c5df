"""A restore of a backup made before Replace every key, killed (SIGKILL, as a power cut) while it
puts the restored files in place: the next open finds the old vault or the restored one whole, and
either way the key in use is the one the replacement made and the old key stays retired (the
restored header, carrying them, is written in the work folder before any file moves, and moved
last). A real CLI process for the restore that is killed (tests/core/test_kill_restore.py's
Place, its shared keyring file); the rest in this process."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF
from tests.core.older_header import backed_up_place
from vault_app.crypto import signing
from vault_app.services import signing_keys
from vault_app.storage import header as header_io

pytestmark = pytest.mark.slow

# The kill point, and whether the next open finishes the restore ("new") or finds the old vault.
POINTS = {"restore:journal-flushed": "old", "restore:moved:ledger.db": "new", "restore:moved:vault.header": "new"}


def _keys(folder: Path) -> tuple[str, list[str]]:
    header = header_io.read(folder)
    return (signing.fingerprint(header_io.unb64(header.signing_public_key)),
            [k.fingerprint for k in signing_keys.retired(header)])


@pytest.mark.parametrize("point", sorted(POINTS))
def test_killed_mid_restore_the_key_in_use_stays_the_replacements(
        point: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    place = backed_up_place(tmp_path, capsys, monkeypatch)
    v = str(place.vault)
    old_fp = _keys(place.vault)[0]
    rekeyed = place.check("rekey", "--vault", v, *FAST_KDF)
    assert rekeyed.code == 0, rekeyed.err
    new_fp = _keys(place.vault)[0]
    assert new_fp != old_fp

    killed = place.restore(crash_at=point)
    assert killed.code == -signal.SIGKILL, killed.err[-2000:]
    opened = place.names()  # the next open: rolls the restore forward, or finds the old vault
    assert opened.code == 0, opened.err
    assert ("completed" in opened.err) is (POINTS[point] == "new"), opened.err
    assert _keys(place.vault) == (new_fp, [old_fp])
    assert place.check("audit", "verify", "--vault", v).code == 0
