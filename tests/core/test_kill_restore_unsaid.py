"""A restore killed (SIGKILL, as `kill -9` half a second after "Yes" on "Replace this vault?")
once its files were in place, or while it moved them in: the next unlock that tells the
therapist (`unlock-check`, the app's) says the vault was replaced by the backup of that date and
where the vault as it was is kept, once. A restore killed before its files moved in, or one
whose summary was shown, is not said again (services/restore_unsaid.py). Found by a walker: the
next unlock said only "Unlocked.". A real CLI process for the restore that is killed
(tests/core/test_kill_restore.py's Place); the rest in this process."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.core.older_header import backed_up_place
from tests.core.test_kill_restore import Place
from vault_app.storage.layout import RESTORE_UNSAID_NAME

pytestmark = pytest.mark.slow

# The kill point, and whether the restore went through (its files in place, or rolled forward at the next open).
POINTS = {"restore:journal-flushed": False, "restore:moved:vault.header": True, "restore:in-place": True}


def _place(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Place:
    place = backed_up_place(tmp_path, capsys, monkeypatch)
    v = str(place.vault)
    assert place.check("client", "add", "Typed Since", "--vault", v).code == 0
    return place


@pytest.mark.parametrize("point", sorted(POINTS))
def test_a_restore_killed_once_through_is_said_at_the_next_unlock_once(
        point: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    place = _place(tmp_path, capsys, monkeypatch)
    killed = place.restore(crash_at=point)
    assert killed.code == -signal.SIGKILL, killed.err[-2000:]
    first = place.check("unlock-check", "--vault", str(place.vault))
    assert first.code == 0, first.err
    if POINTS[point]:
        (safety,) = place.safety_copies()
        assert "RESTORED:" in first.out, first.out
        assert "this vault was replaced by the backup made" in first.out
        assert str(safety) in first.out.replace("\n", " ")
        assert "Anything written after" in first.out
    else:
        assert "RESTORED:" not in first.out, first.out  # the old vault is there: nothing was restored
    assert not (place.vault / RESTORE_UNSAID_NAME).exists()
    again = place.check("unlock-check", "--vault", str(place.vault))
    assert again.code == 0 and "RESTORED:" not in again.out, again.out  # said once


def test_a_restore_that_said_its_summary_is_not_said_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    place = _place(tmp_path, capsys, monkeypatch)
    done = place.restore()
    assert done.code == 0, done.err
    assert "safety copy" in done.out
    after = place.check("unlock-check", "--vault", str(place.vault))
    assert after.code == 0 and "RESTORED:" not in after.out, after.out
