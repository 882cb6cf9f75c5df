"""The copy's window when the chart holds nothing of what the copy was to hold. Found in the
real app in Spanish: a new client asked for her records before any note was written, and
"Make the copy and grant" said "Not made: progress notes: Disclosure refused: Nothing is
selected: pick progress notes by id or by a date range" although the dates were filled in; the
request stayed open with no way on. Now it says the chart holds none, and offers what the rule
allows (45 CFR 164.524): close the request as answered, extend it once, deny it with grounds.
A real vault, real widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui import i18n
from vault_app.gui.access_copy_dialog import AccessCopyDialog
from vault_app.gui.controller import AppController
from vault_app.gui.request_denial_dialog import DenialDialog
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import clients, requests

pytestmark = pytest.mark.gui

SAID = {"en": ("No progress notes: the chart holds none.", "Nothing to copy: the request stays open."),
        "es": ("No hay notas de evolución: el expediente no tiene ninguna.",
               "No hay nada que copiar: la solicitud sigue abierta.")}


def _tried(app: AppController, qtbot, tmp_path: Path) -> tuple[RequestDetailDialog, AccessCopyDialog, str]:  # type: ignore[no-untyped-def]
    vault = app.vault
    assert vault is not None
    fx.set_practice(vault)
    client_id = clients.create_client(vault, "Ana Nueva", date_of_birth="1990-05-01").client_id
    asked = requests.add_request(vault, client_id, kind="access", received_on=date.today().isoformat(),
                                 description="a copy of the whole chart")
    detail = RequestDetailDialog(app, asked.id)
    qtbot.addWidget(detail)
    wait_ops(qtbot)
    copy = detail.grant()
    assert isinstance(copy, AccessCopyDialog)
    wait_ops(qtbot)
    copy.password.setText(fx.PASSWORD)
    copy.password_again.setText(fx.PASSWORD)
    folder = tmp_path / "copies"
    folder.mkdir(exist_ok=True)
    copy.folder.setText(str(folder))
    copy.make_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(copy.outcome.text()), timeout=10_000)
    return detail, copy, asked.id


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install("en")


def test_nothing_held_is_said_and_the_request_can_be_closed_as_answered(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                                       tmp_path: Path, language: str) -> None:
    detail, copy, rid = _tried(unlocked_app, qtbot, tmp_path)
    none_held, nothing = SAID[language]
    said = copy.outcome.text() + "\n" + copy.ways_label.text()
    assert none_held in said and nothing in said, said
    assert "id" not in said.split() and "164.524" in said
    assert not copy.message.text()
    assert copy.isVisible() and copy.ways_box.isVisible()
    assert copy.close_nothing_button.isVisible() and copy.extend_way_button.isVisible()
    assert copy.deny_way_button.isVisible()
    assert list((tmp_path / "copies").iterdir()) == []
    copy.close_nothing_button.click()
    box = next(b for b in copy.findChildren(QMessageBox) if b.isVisible())
    box.buttons()[0].click()  # Close as answered
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not copy.isVisible(), timeout=10_000)
    vault = unlocked_app.vault
    assert vault is not None
    closed = requests.get_request(vault, rid)
    assert closed.status == "granted" and closed.granted.startswith("nothing to copy")
    qtbot.waitUntil(lambda: not detail.copy_label.isHidden(), timeout=10_000)  # the request's window says so
    assert not detail.grant_button.isEnabled()
    # What was given, in the screen's language (it showed the core's English on a Spanish screen)
    given = {"en": "nothing to copy: the chart holds no", "es": "nada que copiar: el expediente no tiene"}[language]
    qtbot.waitUntil(lambda: given in detail.summary.text(), timeout=10_000)
    detail.close()
    wait_ops(qtbot)


def test_deny_from_the_copy_s_window_asks_the_request_s_ground(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    detail, copy, _rid = _tried(unlocked_app, qtbot, tmp_path)
    asked: list[str] = []

    def answer() -> None:  # the denial's window (ground, part denied, rest released) is modal: read, then cancelled
        modal = QApplication.activeModalWidget()
        if isinstance(modal, DenialDialog):
            asked.append(modal.ground.accessibleName())
            modal.reject()
        else:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    copy.deny_way_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked == ["Ground for the denial"]
    assert not copy.isVisible()
    detail.close()
    wait_ops(qtbot)
