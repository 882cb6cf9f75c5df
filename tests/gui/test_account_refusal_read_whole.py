"""The account window's refusal is read whole, without scrolling. Found by the Spanish walker on
a 1366x768 laptop at 150 % (wday4 #3): a superbill refused for the practice's missing NPI, tax ID
and address sat in the three-line message box beside Close with a scroll bar of its own; its end,
where to fill them in ("Rellénelos en Bóveda > Ajustes… > Usted y su consulta…"), needed
scrolling. The box grows to the refusal's lines (what scrolls above gives the room); the fields
and buttons stay where they were. Real dialog, real vault, English and Spanish."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui import i18n, screen_fit
from vault_app.gui.account_dialog import AccountDialog
from vault_app.gui.controller import AppController
from vault_app.services import billing, sessions

pytestmark = pytest.mark.gui

LAPTOP_150 = QRect(0, 0, 910, 512)  # 1366x768 at 150 %


@pytest.fixture
def laptop_150(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: LAPTOP_150)


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    yield request.param
    i18n.install("en")


def _places(dialog: AccountDialog) -> dict[str, tuple[QPoint, int, int]]:
    widgets: dict[str, QWidget] = {"path": dialog.path, "password": dialog.password, "issue": dialog.issue_button,
                                   "close": dialog.close_button, "kind": dialog.kind}
    return {name: (w.mapTo(dialog, QPoint(0, 0)), w.width(), w.height()) for name, w in widgets.items()}


def test_the_superbill_refusal_for_the_practices_details_is_read_whole(  # type: ignore[no-untyped-def]
        laptop_150: None, unlocked_app: AppController, qtbot, language: str, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Mateo Ruiz Castillo")  # no NPI, tax ID nor address set
    billing.set_scheduled_fee(vault, "90837", "180.00")
    sessions.add_session(vault, client_id, date=(date.today() - timedelta(days=3)).isoformat(), duration_minutes=55)
    assert i18n.install(language) == language
    dialog = AccountDialog(unlocked_app, client_id, chart_number="C00002", parent=unlocked_app.main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    qtbot.wait(50)
    assert dialog.kind.currentData() == "superbill"
    dialog.path.setText(str(tmp_path / "superbill-mateo.pdf"))
    dialog.password.setText("a long enough password 7")
    dialog.body_area.ensureWidgetVisible(dialog.password)
    qtbot.wait(20)
    before = _places(dialog)
    dialog.issue_button.click()
    wait_ops(qtbot)
    qtbot.wait(50)  # the layout's next passes
    said = dialog.message.text()
    assert ("Settings" in said) if language == "en" else ("Ajustes" in said), said  # the refusal, with its hint
    whole = dialog.message.heightForWidth(dialog.message.width())
    assert whole <= dialog.message_area.viewport().height(), (whole, dialog.message_area.viewport().height())
    assert not dialog.message_area.verticalScrollBar().isVisible()
    room = screen_fit.inner_room(LAPTOP_150).size()
    assert dialog.height() <= room.height(), (dialog.size(), room)
    assert _places(dialog) == before  # nothing moved under the mouse
    dialog.close()
    wait_ops(qtbot)
