"""The check for Qt's system libraries runs ldd once, then trusts a stamp of what its
answer depends on until that changes (issue 13, item 4: start-up without a process spawn)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from vault_app import platform_libs

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the ldd check is Linux-only")


def test_stamp_written_after_a_clean_check_and_rechecked_when_the_linker_setup_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plugin = platform_libs._plugin("xcb")
    if plugin is None:
        pytest.skip("this PySide6 has no xcb plugin")
    stamp = platform_libs._checked_stamp()
    assert not stamp.exists()  # a private HOME per test (tests/conftest.py)

    assert platform_libs.missing_libraries("xcb") == []
    first = stamp.read_text(encoding="utf-8")
    assert first == platform_libs._fingerprint(plugin) and str(plugin) in first

    # What ldd depends on changed: the stamp no longer matches, ldd runs again and re-stamps.
    monkeypatch.setenv("LD_LIBRARY_PATH", "/nonexistent-lib-dir")
    assert platform_libs._fingerprint(plugin) != first
    assert platform_libs.missing_libraries("xcb") == []
    assert stamp.read_text(encoding="utf-8") == platform_libs._fingerprint(plugin) != first


def test_missing_libraries_are_named_and_never_stamped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    plugin = platform_libs._plugin("xcb")
    if plugin is None:
        pytest.skip("this PySide6 has no xcb plugin")
    # The libraries are installed here; an ldd first on PATH reports one missing, as ldd
    # does on a machine without libxcb-cursor0.
    fake = tmp_path / "ldd"
    fake.write_text("#!/bin/sh\necho '\tlibxcb-cursor.so.0 => not found'\n", encoding="utf-8")
    fake.chmod(0o700)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    assert platform_libs.missing_libraries("xcb") == ["libxcb-cursor.so.0"]
    assert not platform_libs._checked_stamp().exists()
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    message = platform_libs.explain_missing()
    assert message is not None and "sudo apt-get install libxcb-cursor0" in message
