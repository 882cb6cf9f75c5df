"""Record an authorization without its scan (found by a walker, shots 30 and 35): the refusal
"Attach a scan…" grew the message line and pushed "Attach the signed scan…" out of view, and
its red words stayed after the scan was attached. Now the button is scrolled into view, and the
words go once their cause is gone (a refusal about another field stays)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def _in_view(dialog, widget) -> bool:  # type: ignore[no-untyped-def]
    area = dialog.scroll_area
    top_left = widget.mapTo(area.viewport(), widget.rect().topLeft())
    bottom = top_left.y() + widget.height()
    return top_left.y() >= 0 and bottom <= area.viewport().height()


def test_the_scan_refusal_keeps_attach_in_view_and_goes_once_attached(unlocked_app: AppController, qtbot,
                                                                       tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot)
    assert client_id
    dialog = window.chart.authorizations.add()
    dialog.resize(760, 560)
    fill_authorization(dialog)
    dialog.scroll_area.verticalScrollBar().setValue(0)  # the therapist is at the top of the form
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "Attach" in dialog.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: _in_view(dialog, dialog.scan_button), timeout=10_000)
    dialog.set_scan(signed_scan(tmp_path))
    assert dialog.message.text() == ""


def test_a_refusal_about_another_field_stays_when_the_scan_is_attached(unlocked_app: AppController, qtbot,
                                                                         tmp_path: Path) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    dialog = window.chart.authorizations.add()
    fill_authorization(dialog, purpose="")
    dialog.save()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10_000)
    said = dialog.message.text()
    dialog.set_scan(signed_scan(tmp_path))
    assert dialog.message.text() == said
