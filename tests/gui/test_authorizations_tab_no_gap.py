"""The chart's Authorizations tab: its list right under its buttons. Found by the law walker (wlaw
#6, shot-3): a band of empty room, a third of the tab, between "Record an authorization…" and the
table. The list takes the tab's height; the lines around it only their own. A real vault, the real
main window, English and Spanish, at a laptop's and at a large screen's size."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.squeezed import in_window
from tests.gui.test_change_notices import window_of
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.services import clients

pytestmark = pytest.mark.gui


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    yield request.param
    i18n.install("en")


@pytest.mark.parametrize("size", [QSize(1200, 700), QSize(894, 466)])
def test_the_list_sits_right_under_the_buttons(unlocked_app: AppController, qtbot, language: str,  # type: ignore[no-untyped-def]
                                               size: QSize) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Mia Torres", date_of_birth="1990-04-05").client_id
    fx.add_auth(vault, client_id, recipient_name="Dr. Lee", described_parts=["summary"])
    assert i18n.install(language) == language
    window = window_of(unlocked_app)
    window.resize(size)
    unlocked_app.open_chart(client_id)
    wait_ops(qtbot)
    tab = window.chart.authorizations
    window.chart.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))  # its Describes said under the list
    qtbot.wait(50)  # the layout's next passes
    buttons: list[QWidget] = [tab.revoke_button]
    above = max(in_window(w, tab).bottom() for w in buttons)
    gap = in_window(tab.tree, tab).top() - above
    spacing = tab.layout().spacing() if tab.layout().spacing() >= 0 else 6
    assert gap <= 3 * spacing + 4, (gap, [(type(c).__name__, in_window(c, tab)) for c in tab.findChildren(QWidget)
                                         if c.isVisibleTo(tab) and c.parentWidget() is tab])
