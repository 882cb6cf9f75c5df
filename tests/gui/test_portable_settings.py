"""A portable copy keeps its settings in vault-app-data/settings.ini beside it (issue 22):
gui/prefs.py asks services/paths.py where, and nothing goes to the platform's settings store."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from vault_app.gui import prefs
from vault_app.services import paths

pytestmark = pytest.mark.gui


def test_portable_settings_are_written_beside_the_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"
    (stick / "app").mkdir(parents=True)
    (stick / paths.PORTABLE_MARKER).touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(stick / "app" / "vault-app"))
    prefs.put("theme", "dark")
    prefs.settings().sync()
    ini = stick / paths.PORTABLE_DATA / "settings.ini"
    assert ini.exists()
    assert "theme=dark" in ini.read_text(encoding="utf-8")
    assert prefs.get("theme") == "dark"


def test_installed_settings_stay_where_qt_keeps_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "installed" / "vault-app"))
    assert paths.settings_file() is None
    assert Path(prefs.settings().fileName()).name != "settings.ini"
