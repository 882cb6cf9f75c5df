"""Extend refused for want of the practice's phone offers the way there: the refusal's "Open the
practice details…" opens Settings at Phone over the request, and once they are saved the extension
is asked again by itself, the reason as typed.

Found by the day's walker (round 45): the refusal said the practice had no phone and offered no way
there; the therapist closed the request to find Settings, then opened it and pressed Extend again.
Real vault, real Settings saved through its own button, the real question and refusal box."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox, QPushButton

from tests.gui.conftest import wait_ops
from tests.gui.test_extension_reason_kept import _answering, _detail, _refusals
from vault_app.gui.controller import AppController
from vault_app.gui.settings_dialog import SettingsDialog
from vault_app.services import practice, requests

pytestmark = pytest.mark.gui


def _way(box: QMessageBox) -> QPushButton:
    (way,) = [b for b in box.findChildren(QPushButton) if "practice" in b.text().replace("&", "")]
    return way


def _settings_saved_with_phone(detail: object, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog), timeout=10_000)
    settings = QApplication.activeModalWidget()
    assert isinstance(settings, SettingsDialog) and settings.parentWidget() is detail
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is settings.profile["phone"], timeout=10_000)
    qtbot.keyClicks(settings.profile["phone"], "555-0100")
    settings.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    wait_ops(qtbot)


def test_the_refusal_opens_the_practice_details_and_the_extension_goes_on(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    detail, rid = _detail(unlocked_app, qtbot, phone="")
    vault = unlocked_app.vault
    assert vault is not None
    detail.extend()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(_refusals(detail)), timeout=10_000)
    (box,) = _refusals(detail)
    assert "how to reach the practice" in box.text()
    way = _way(box)
    assert box.defaultButton() is way
    seen: list[str] = []
    _answering(lambda q: (q.setTextValue("records are in off-site storage"), q.accept()), seen)
    way.click()
    _settings_saved_with_phone(detail, qtbot)
    assert practice.load(vault).phone == "555-0100"
    # Asked again by itself once saved: no second press of Extend.
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
    wait_ops(qtbot)
    extension = requests.get_request(vault, rid).extension
    assert extension is not None
    detail.close()
    wait_ops(qtbot)


def test_a_reason_refused_for_the_phone_is_offered_again_once_it_is_set(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The phone gone between the check and the extension (another window): the reason typed is
    kept, and offered again once the practice details are saved."""
    detail, rid = _detail(unlocked_app, qtbot, phone="555-0199")
    vault = unlocked_app.vault
    assert vault is not None
    seen: list[str] = []

    def typed_as_the_phone_goes(question: QInputDialog) -> None:
        practice.update(vault, phone="")
        question.setTextValue("records are in off-site storage")
        question.accept()

    stop = _answering(typed_as_the_phone_goes, seen)
    detail.extend()
    qtbot.waitUntil(lambda: bool(_refusals(detail)), timeout=10_000)
    stop.append(True)
    (box,) = _refusals(detail)
    assert requests.get_request(vault, rid).extension is None
    _answering(lambda q: (seen.append(q.textValue()), q.accept()), [])
    _way(box).click()
    _settings_saved_with_phone(detail, qtbot)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert seen[1] == "records are in off-site storage", "the reason typed had to be typed again"
    wait_ops(qtbot)
    assert requests.get_request(vault, rid).extension is not None
    detail.close()
    wait_ops(qtbot)
