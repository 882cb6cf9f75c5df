"""The access copy asks where it goes before anything is written (a walker, round 46: "Make the
copy and grant" at 150 % wrote both PDFs into the home folder, the "Save in" field below the
window's fold; home may be synced to a cloud). The proposed folder (the last one used, else home)
is offered in the real folder chooser; Cancel makes nothing and grants nothing; a folder the
therapist typed or chose in the window is used as chosen. Real vault, real Qt chooser driven by
the keyboard (typed name and Enter, or Escape)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_access_copy import _open_request
from tests.gui.test_folder_dialog_typed import _type_then_enter
from vault_app.gui.access_copy_dialog import AccessCopyDialog
from vault_app.gui.controller import AppController
from vault_app.gui.output_folder import remember
from vault_app.services import requests

pytestmark = pytest.mark.gui


def _escape(opened: dict[str, str]) -> None:
    chooser = QApplication.activeModalWidget()
    if not isinstance(chooser, QFileDialog):
        QTimer.singleShot(10, lambda: _escape(opened))
        return
    opened["at"] = chooser.directory().absolutePath()
    opened["title"] = chooser.windowTitle()
    QTest.keyClick(chooser, Qt.Key.Key_Escape)


def _copy_window(app: AppController, qtbot) -> tuple[AccessCopyDialog, str]:
    remember(Path.home())  # the folder an earlier test of this process saved into is not this one's
    detail, rid, _chart = _open_request(app, qtbot)
    copy = detail.grant()  # type: ignore[attr-defined]
    assert isinstance(copy, AccessCopyDialog)
    copy.password.setText(fx.PASSWORD)
    copy.password_again.setText(fx.PASSWORD)
    return copy, rid


def _pdfs(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.pdf"))


@pytest.mark.parametrize("language", ["en", "es"])
def test_cancel_in_the_chooser_writes_nothing_and_grants_nothing(unlocked_app: AppController, qtbot,
                                                                 language: str, request: pytest.FixtureRequest) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    copy, rid = _copy_window(unlocked_app, qtbot)
    home = Path.home()
    assert copy.folder.text() == str(home)  # proposed: the folder last saved into
    opened: dict[str, str] = {}
    QTimer.singleShot(0, lambda: _escape(opened))
    copy.make_button.click()
    wait_ops(qtbot)
    assert opened.get("at") == str(home), "the folder chooser was not shown"
    assert opened["title"] == ("Save the copy in" if language == "en" else "Guardar la copia en")
    assert copy.isVisible()
    assert _pdfs(home) == []
    vault = unlocked_app.vault
    assert vault is not None
    assert requests.get_request(vault, rid).status == "open"
    said = copy.message.text()
    assert said == ("Nothing was made: choose where to save the copy." if language == "en"
                    else "No se hizo nada: elija dónde guardar la copia.")
    assert copy.passwords.text() == fx.PASSWORD  # what was typed is kept
    copy.close()
    wait_ops(qtbot)


def test_the_folder_chosen_in_the_chooser_gets_the_copy(unlocked_app: AppController, qtbot,
                                                        tmp_path: Path) -> None:
    copy, rid = _copy_window(unlocked_app, qtbot)
    chosen = tmp_path / "for the client"
    chosen.mkdir()
    seen: dict[str, object] = {}
    QTimer.singleShot(0, lambda: _type_then_enter(str(chosen), seen))
    copy.make_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not copy.isVisible(), timeout=30_000)
    assert len(_pdfs(chosen)) == 2
    assert _pdfs(Path.home()) == []
    vault = unlocked_app.vault
    assert vault is not None
    assert requests.get_request(vault, rid).status == "granted"


def test_a_folder_typed_in_the_window_is_not_asked_again(unlocked_app: AppController, qtbot,
                                                         tmp_path: Path) -> None:
    copy, _rid = _copy_window(unlocked_app, qtbot)
    copy.folder.setText(str(tmp_path))
    copy.make_button.click()  # no chooser: a modal one would hang here
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not copy.isVisible(), timeout=30_000)
    assert len(_pdfs(tmp_path)) == 2
