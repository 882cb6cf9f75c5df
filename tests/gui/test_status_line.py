"""Passing sentences in the status bar give way when what they said no longer holds (found in
the real app: "No authorization is on file to revoke" stayed up after one was recorded), and
after a while; the lasting line (Unlocked, the backup reminder) stays. Real window, real vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.main_window import MainWindow
from vault_app.gui.status_line import PASSING_MS
from vault_app.services import authorizations
from vault_app.services.changes import Changes, Kind

pytestmark = pytest.mark.gui

NONE_ON_FILE = "No authorization is on file to revoke."


def _window(app: AppController) -> MainWindow:
    window = app.main_window
    assert window is not None
    return window


def _lasting(window: MainWindow, qtbot) -> str:
    """The lasting line once the unlock's work is done (its reminder)."""
    wait_ops(qtbot)
    assert window.status_line.saying() is None
    return window.status_label.text()


def _said_none_on_file(app: AppController, qtbot, name: str) -> tuple[MainWindow, str, str]:
    window = _window(app)
    lasting = _lasting(window, qtbot)
    client_id = add_client(app, qtbot, name=name)
    tab = window.chart.authorizations
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    assert tab.revoke() is None
    assert window.status_label.text() == NONE_ON_FILE
    return window, lasting, client_id


def test_recording_an_authorization_takes_none_on_file_away(unlocked_app: AppController, qtbot,
                                                            tmp_path: Path) -> None:
    window, lasting, client_id = _said_none_on_file(unlocked_app, qtbot, "Stella Stale")
    assert lasting and lasting != NONE_ON_FILE
    dialog = window.chart.authorizations.add()
    assert dialog is not None
    scan = signed_scan(tmp_path)
    fill_authorization(dialog, scan)
    dialog.save()
    wait_ops(qtbot)
    assert dialog.message.text() == "", dialog.message.text()
    vault = unlocked_app.vault
    assert vault is not None
    assert len(authorizations.list_authorizations(vault, client_id)) == 1
    assert window.status_label.text() == lasting  # the reminder again, not the stale sentence
    assert window.status_line.saying() is None and not window.status_line.timer.isActive()


def test_a_logged_read_does_not_take_it_away(unlocked_app: AppController, qtbot) -> None:
    window, _lasting_line, _client = _said_none_on_file(unlocked_app, qtbot, "Otto Order")
    window.status_line.passing("Draft discarded.")
    unlocked_app.changed.emit(Changes.of(Kind.VIEWS))  # a logged read (the chart viewed) changes nothing said
    assert window.status_label.text() == "Draft discarded."


def test_a_passing_sentence_gives_way_after_a_while(unlocked_app: AppController, qtbot) -> None:
    window, lasting, _client = _said_none_on_file(unlocked_app, qtbot, "Tess Timeout")
    timer = window.status_line.timer
    assert timer.isActive() and timer.isSingleShot() and timer.interval() == PASSING_MS
    timer.timeout.emit()  # the interval is Qt's to keep; what it does is what is asserted here
    assert window.status_label.text() == lasting


def test_another_chart_takes_the_sentence_away(unlocked_app: AppController, qtbot) -> None:
    window, lasting, _client = _said_none_on_file(unlocked_app, qtbot, "Cora Chartone")
    other = add_client(unlocked_app, qtbot, name="Carl Charttwo")
    window.open_chart(other)
    wait_ops(qtbot)
    assert window.status_label.text() == lasting


def test_the_lasting_line_is_kept_through_notices_and_time(unlocked_app: AppController, qtbot) -> None:
    window = _window(unlocked_app)
    vault = unlocked_app.vault
    assert vault is not None
    window.status_line.lasting("Unlocked. Last backup: 9 days ago. Back up soon.")
    client_id = add_client(unlocked_app, qtbot, name="Rena Remind")
    fx.add_auth(vault, client_id)
    unlocked_app.changed.emit(Changes.of(Kind.AUTHORIZATIONS, clients=[client_id]))
    wait_ops(qtbot)
    assert window.status_label.text() == "Unlocked. Last backup: 9 days ago. Back up soon."
    assert not window.status_line.timer.isActive()

