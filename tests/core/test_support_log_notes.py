"""support_log.note(): a fact of the run (which screen-lock signals the desktop app hears)
known before the log opens (the desktop app opens it two seconds in) is written right after the
start line; once, and again only when it changed. Real files in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault_app import support_log


def _text(root: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in root.rglob("support.log*"))


def test_a_note_before_the_log_opens_is_written_after_its_start(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    support_log.stop()
    support_log.note("test-fact", "test fact: before the log")
    assert support_log.start("desktop")
    try:
        support_log.note("test-fact", "test fact: before the log")  # the same again: not written twice
        support_log.note("test-fact", "test fact: changed")
    finally:
        support_log.stop()
        support_log._noted.pop("test-fact", None)  # no fact of this test in the next log opened here
    text = _text(tmp_path / "state")
    start = text.index("run=desktop")
    assert text.index("test fact: before the log") > start
    assert text.count("test fact: before the log") == 1
    assert text.index("test fact: changed") > text.index("test fact: before the log")


def test_no_note_is_written_when_none_was_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    support_log.stop()
    assert support_log.start("cli:test")
    support_log.stop()
    assert "test fact" not in _text(tmp_path / "state")
