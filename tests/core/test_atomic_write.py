"""storage/files.atomic_write: a crash leaves the old or the new file, and a failure before the
rename leaves neither a partial file nor its temporary."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from vault_app.storage.files import atomic_write


def test_replaces_the_file_whole_and_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")
    atomic_write(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_the_hook_runs_on_the_flushed_temporary_before_the_rename(tmp_path: Path) -> None:
    target = tmp_path / "marker"
    tmp = tmp_path / ".tmp-marker-1-ab"
    seen: list[tuple[bytes, bool]] = []
    atomic_write(target, b"whole", tmp=tmp, before_replace=lambda: seen.append((tmp.read_bytes(), target.exists())))
    assert seen == [(b"whole", False)]
    assert target.read_bytes() == b"whole" and not tmp.exists()


class _Stopped(Exception):
    pass


def test_an_exception_before_the_rename_keeps_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "marker"
    target.write_bytes(b"old")

    def stop() -> None:
        raise _Stopped

    with pytest.raises(_Stopped):
        atomic_write(target, b"new", tmp=tmp_path / ".tmp-x", before_replace=stop)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["marker"]
