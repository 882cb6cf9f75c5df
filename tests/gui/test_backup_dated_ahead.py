"""Today's backup card and the Backups window when the newest checked backup is dated after today
(this computer's clock is behind: services/clock_behind.py says so on the status bar). Found by a
walker: "Last verified backup: -9469 days ago" on Today, "Last checked backup: %n days old." in the
window (Qt does not fill %n for a count below zero)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.services import backup

pytestmark = pytest.mark.gui


def _clock_at(moment: datetime) -> type[datetime]:
    class _Clock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> _Clock:  # type: ignore[override]
            return cls.fromtimestamp(moment.timestamp(), tz=UTC)

    return _Clock


def _backed_up_ahead(app: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = app.vault
    assert vault is not None
    monkeypatch.setattr(backup, "datetime", _clock_at(datetime.now(UTC) + timedelta(days=30)))
    backup.create_backup(vault, tmp_path / "usb", verify=True)
    monkeypatch.undo()


def test_today_and_the_backups_window_say_a_backup_dated_after_today(
        unlocked_app: AppController, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _backed_up_ahead(unlocked_app, tmp_path, monkeypatch)
    window = unlocked_app.main_window
    assert window is not None
    window.show_dashboard()
    wait_ops(qtbot)
    assert window.dashboard.cards["backup"].value.text() == "dated after today"
    dialog = window.open_backups()
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    said = dialog.summary.text()
    assert "Last checked backup: dated after today (check this computer's clock)." in said
    assert "%n" not in said and "-" not in said.split("Last checked backup:")[1][:3]


def test_and_in_spanish(unlocked_app: AppController, qtbot: object, tmp_path: Path,
                        monkeypatch: pytest.MonkeyPatch, spanish: None) -> None:
    _backed_up_ahead(unlocked_app, tmp_path, monkeypatch)
    window = unlocked_app.main_window
    assert window is not None
    window.show_dashboard()
    wait_ops(qtbot)
    assert window.dashboard.cards["backup"].value.text() == "con fecha posterior a hoy"
    dialog = window.open_backups()
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    assert ("Última copia comprobada: con fecha posterior a hoy (revise el reloj de esta computadora)."
            in dialog.summary.text())
