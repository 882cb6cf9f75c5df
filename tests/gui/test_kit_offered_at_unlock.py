"""A vault whose Emergency Kit was never kept (the first run left before its kit page: a crash, a
power cut, "Leave anyway") is offered a new kit at the next unlock, not only told so on the status
line (walk-first round 31: after the unlock only a status-bar line said there was no kit). The
offer opens Replace every key, which ends with a new kit; a vault whose kit was kept is asked
nothing. Real vault files, real unlock, real dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.conftest import reopen
from tests.gui.conftest import _teardown, make_locked_vault, unlock, wait_ops
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui.controller import AppController
from vault_app.services import kit_kept

pytestmark = pytest.mark.gui


def _offer() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "kitOfferBox" and widget.isVisible():
            return widget
    return None


@pytest.fixture
def app_without_kit(qtbot, app_folder: Path, locked_vault_template: Path) -> Iterator[AppController]:
    from vault_app.gui.launcher import start

    make_locked_vault(app_folder, locked_vault_template)
    vault = reopen(app_folder)
    kit_kept.not_kept_yet(vault)  # as the first run leaves it until its kit is checked
    vault.lock()
    controller = start(app_folder, kdf_params=OWASP_FLOOR)
    yield controller
    _teardown(controller, qtbot)


def test_a_vault_without_its_kit_offers_a_new_one_at_unlock(app_without_kit: AppController, qtbot) -> None:
    window = unlock(app_without_kit, qtbot)
    qtbot.waitUntil(lambda: _offer() is not None, timeout=20_000)
    box = _offer()
    assert box is not None
    assert "Emergency Kit" in box.text() and "cannot be opened" in box.text()
    accept = box.defaultButton()
    assert accept is not None and "kit" in accept.text().replace("&", "").lower()
    accept.click()
    qtbot.waitUntil(lambda: any(isinstance(w, QDialog) and w.objectName() == "rekeyDialog" and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.objectName() == "rekeyDialog":
            w.reject()
    wait_ops(qtbot)
    assert window.isVisible()


def test_a_vault_with_its_kit_kept_asks_nothing(locked_app: AppController, qtbot) -> None:
    window = unlock(locked_app, qtbot)
    qtbot.waitUntil(lambda: "Unlocked" in window.status_label.text(), timeout=20_000)
    assert _offer() is None
