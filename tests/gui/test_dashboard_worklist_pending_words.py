"""The Today page's Worklist card counts paperwork (unsigned notes, requests, reviews), not money.
Found in the real app (round 45's walker, shot 141): with nothing on the worklist it said "Nothing
is owed." while two clients owed money; the Spanish read "No hay nada pendiente", which is right.
English says "pending" too, in both of the card's states."""

from __future__ import annotations

import pytest

from tests.gui.conftest import wait_ops
from vault_app.domain.worklist import SECTIONS, WorkItem
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.dashboard import DashboardPage

pytestmark = pytest.mark.gui


def _one(section: str) -> list[WorkItem]:
    return [WorkItem(section, "note", "n1", "c1", "DEMO-00001", "2026-01-05", 3)]


@pytest.mark.parametrize(("language", "nothing", "some"), [
    ("en", "Nothing is pending.", "Everything pending, oldest first; open a section:"),
    ("es", "No hay nada pendiente.", "Todo lo pendiente, lo más antiguo primero; abra una sección:"),
])
def test_the_worklist_card_says_pending_not_owed(unlocked_app: AppController, qtbot, language: str,  # type: ignore[no-untyped-def]
                                                 nothing: str, some: str) -> None:
    assert i18n.install(language) == language
    try:
        page = DashboardPage(unlocked_app)
        qtbot.addWidget(page)
        wait_ops(qtbot)
        card = page.cards["worklist"]
        page._show_worklist({})
        assert card.detail.text() == nothing
        key = SECTIONS[0][0]
        page._show_worklist({key: _one(key)})
        assert card.detail.text() == some
        assert "owed" not in card.detail.text()
    finally:
        i18n.install("en")
