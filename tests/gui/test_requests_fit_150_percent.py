"""The request's window, the copy's window and the confidentiality decision on a 1366x768
laptop at 150 % (910x512 logical pixels). Found on Xvfb in Spanish: the decision opened from
the note 959 pixels high, the request 780 and "Provide the copy" ~780, their Close and "Make
the copy and grant" below the screen's edge. Each now opens within the screen's room and can
be made that small: what is taller scrolls inside it (as test_dialogs_fit_150_percent)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QWidget

from tests.core import disclosure_fixtures as fx
from tests.gui import test_dialogs_fit_150_percent as fit
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import requests

pytestmark = pytest.mark.gui

# The screen and the languages of the other dialogs' fit tests
laptop_150 = fit.laptop_150
_assert_fits = fit._assert_fits


def _shown(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    dialog.show()
    wait_ops(qtbot)
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # the layout's next pass


def test_the_request_and_its_copy_fit_a_laptop_at_150_percent(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                                language: str, laptop_150: None) -> None:
    from vault_app.gui.access_copy_dialog import AccessCopyDialog
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=date.today().isoformat(),
                                 description="a copy of the whole chart by e-mail")
    detail = RequestDetailDialog(unlocked_app, asked.id)
    qtbot.addWidget(detail)
    _shown(qtbot, detail)
    _assert_fits(detail, "request")
    copy = detail.grant()
    assert isinstance(copy, AccessCopyDialog)
    _shown(qtbot, copy)
    _assert_fits(copy, "copy")
    # A refusal's lines under the fields, as on the walk: still within the screen
    copy.outcome.setText("\n".join(["Not made: progress notes: nothing in that range."] * 4))
    qtbot.wait(20)
    _assert_fits(copy, "copy with its outcome")
    copy.reject()
    detail.close()
    wait_ops(qtbot)


def test_the_decision_fits_a_laptop_at_150_percent(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                   language: str, laptop_150: None) -> None:
    from vault_app.gui.decision_dialog import DecisionDialog

    client_id = add_client(unlocked_app, qtbot, "Maximiliana Evangelina Sparrowstone")
    dialog = DecisionDialog(unlocked_app, client_id)
    qtbot.addWidget(dialog)
    _shown(qtbot, dialog)
    _assert_fits(dialog, "decision")
    # Every step, a court order's (the most fields) among them
    dialog.outcome_page.adapt(dialog.guide_for("court_order"))
    for page in dialog.pages():
        least = page.minimumSizeHint().expandedTo(page.layout().totalMinimumSize())
        assert least.height() <= 512 - 200, (type(page).__name__, least)  # the wizard's title and buttons
    qtbot.wait(20)
    _assert_fits(dialog, "decision, court order")
    dialog.hide()
    wait_ops(qtbot)


def test_with_nothing_to_copy_its_ways_are_in_view_at_150_percent(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                                    language: str, laptop_150: None,
                                                                    tmp_path) -> None:
    """Found on Xvfb in Spanish: the lines saying what the rule allows filled the short window and
    the buttons that do it were below its edge, the scroll bar at the top."""
    from vault_app.gui.access_copy_dialog import AccessCopyDialog
    from vault_app.services import clients

    vault = unlocked_app.vault
    assert vault is not None
    fx.set_practice(vault)
    client_id = clients.create_client(vault, "Ana Nueva", date_of_birth="1990-05-01").client_id
    asked = requests.add_request(vault, client_id, kind="access", received_on=date.today().isoformat())
    copy = AccessCopyDialog(unlocked_app, asked.id)
    qtbot.addWidget(copy)
    _shown(qtbot, copy)
    copy.password.setText(fx.PASSWORD)
    copy.password_again.setText(fx.PASSWORD)
    copy.folder.setText(str(tmp_path))
    copy.resize(copy.width(), fit._least(copy).height())  # as short as it goes: the lines fill it
    copy.make_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: copy.close_nothing_button.isVisible(), timeout=10_000)
    _assert_fits(copy, "copy, nothing to copy")
    viewport = copy.body_area.viewport()

    def in_view() -> bool:
        button = copy.close_nothing_button
        top_left = button.mapTo(viewport, button.rect().topLeft())
        bottom_right = button.mapTo(viewport, button.rect().bottomRight())
        return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)

    qtbot.waitUntil(in_view, timeout=10_000)
    copy.reject()
    wait_ops(qtbot)
