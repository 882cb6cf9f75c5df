"""After a scan is taken into the vault, the file it came from is still on the disk, unencrypted.
Found by a walker: attaching a signed authorization's scan left it there with no hint. Said
once, calmly, with where it is; nothing is deleted for her; another chart does not show it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_a_scan_attached_in_the_attachments_tab_says_where_the_original_is(
        unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    first = add_client(unlocked_app, qtbot, name="Orla Original")
    tab = window.chart.attachments
    assert not tab.original_note.isVisibleTo(tab), "nothing to say before a scan is attached"
    scan = signed_scan(tmp_path, "signed authorization.pdf")
    tab.attach(scan, "authorization")
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=10_000)
    assert tab.original_note.isVisibleTo(tab)
    said = tab.original_note.text()
    assert f"still at {scan}" in said and "encrypted copy" in said and "delete" in said
    assert scan.exists(), "nothing deleted for her"
    # Another chart: what was said of this one's file goes.
    add_client(unlocked_app, qtbot, name="Otto Other")
    wait_ops(qtbot)
    assert not tab.original_note.isVisibleTo(tab)
    assert window.chart.client_id != first


def test_an_authorization_recorded_with_its_scan_says_where_the_original_is(
        unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    tab = window.chart.authorizations
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    dialog = tab.add()
    fill_authorization(dialog)
    scan = signed_scan(tmp_path)
    dialog.set_scan(scan)
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert tab.original_note.isVisibleTo(tab) and f"still at {scan}" in tab.original_note.text()
    assert scan.exists()
