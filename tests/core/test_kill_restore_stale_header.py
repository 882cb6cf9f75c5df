"""An older vault.header put back over a vault whose keys were all replaced since, then a backup
from before the replacement restored over it and killed (SIGKILL, as a power cut) while it puts
the restored files in place: the next open finds the restore undone or finished, and either way
the retired key is not the key in use (before: the header put back names it; after: the restored
header, decided and written in the work folder before any file moved, names a new key and lists
the old one as retired). A real CLI process for the restore that is killed (test_kill_restore's
Place, its shared keyring file); the rest in this process."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.core.cli_helpers import FAST_KDF
from tests.core.older_header import backed_up_place, copied_aside, put_back
from tests.core.test_kill_restore_signing_key import _keys

pytestmark = pytest.mark.slow

POINTS = {"restore:journal-flushed": "old", "restore:moved:ledger.db": "new", "restore:moved:vault.header": "new"}


@pytest.mark.parametrize("point", sorted(POINTS))
def test_killed_mid_restore_over_an_older_header_the_old_key_stays_retired(
        point: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    place = backed_up_place(tmp_path, capsys, monkeypatch)
    v = str(place.vault)
    old_fp = _keys(place.vault)[0]
    old_header = copied_aside(place.vault, place.root / "old.header")
    assert place.check("rekey", "--vault", v, *FAST_KDF).code == 0
    put_back(old_header, place.vault)  # put back alone

    killed = place.restore(crash_at=point)
    assert killed.code == -signal.SIGKILL, killed.err[-2000:]
    opened = place.names()  # the next open: rolls the restore forward, or finds the header put back
    if POINTS[point] == "old":
        assert _keys(place.vault)[0] == old_fp  # nothing moved: the header put back, as it was
        again = place.restore()  # the therapist restores again, to the end
        assert again.code == 0, again.err
    else:
        assert opened.code == 0 and "completed" in opened.err, opened.err
    in_use, retired = _keys(place.vault)
    assert in_use != old_fp and retired == [old_fp]
    assert place.check("audit", "verify", "--vault", v).code == 0
