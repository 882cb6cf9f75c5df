"""After the copy is given for an access request, the request's window says what was given
and where the files are. Found in the real app: the copy's window closed on success with
the file names on it, and the request's window said only "Status: granted", so nothing on
screen told the therapist what to hand over or where it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from tests.gui.test_access_copy import _open_request
from vault_app.gui.access_copy_dialog import AccessCopyDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui


def test_the_request_window_says_what_was_given_and_where(unlocked_app: AppController, qtbot,
                                                         tmp_path: Path) -> None:
    detail, _rid, _chart = _open_request(unlocked_app, qtbot)
    copy = detail.grant()
    assert isinstance(copy, AccessCopyDialog)
    copy.password.setText(fx.PASSWORD)
    copy.password_again.setText(fx.PASSWORD)
    copy.folder.setText(str(tmp_path))
    copy.make_button.click()
    wait_ops(qtbot)
    assert not copy.isVisible(), copy.message.text() + copy.outcome.text()
    files = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert len(files) == 2
    qtbot.waitUntil(lambda: "granted" in detail.summary.text(), timeout=10_000)
    assert "copy of the progress notes and billing information" in detail.summary.text()
    where = detail.copy_label
    assert where.isVisible()
    assert str(tmp_path) in where.text() and all(name in where.text() for name in files)
    detail.close()
    wait_ops(qtbot)


def test_a_request_made_by_a_representative_says_so(unlocked_app: AppController, qtbot) -> None:
    from datetime import date

    from vault_app.gui.requests_dialog import RequestDetailDialog
    from vault_app.services import requests

    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=date.today().isoformat(),
                                 description="copy of the notes, asked by the mother", by_representative=True)
    detail = RequestDetailDialog(unlocked_app, asked.id)
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: "Access request" in detail.summary.text(), timeout=10_000)
    assert "Made by a personal representative." in detail.summary.text()
    detail.close()
    wait_ops(qtbot)


def test_the_request_window_s_buttons_have_alt_letters(unlocked_app: AppController, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from vault_app.gui.widgets import mnemonic_of

    detail, _rid, _chart = _open_request(unlocked_app, qtbot)
    buttons = [detail.extend_button, detail.grant_button, detail.deny_button, detail.withdraw_button]
    letters = [mnemonic_of(b.text()) for b in buttons]
    assert all(letters) and len(set(letters)) == len(letters), [b.text() for b in buttons]
    assert detail.grant_button.text().replace("&", "") == "Granted: provide the copy…"
    detail.activateWindow()
    qtbot.waitUntil(detail.isActiveWindow)
    qtbot.keyClick(detail, Qt.Key(ord(letters[3].upper())), Qt.KeyboardModifier.AltModifier)  # Withdrawn
    qtbot.waitUntil(lambda: any(b.isVisible() for b in detail.findChildren(QMessageBox)), timeout=10_000)
    for box in detail.findChildren(QMessageBox):
        box.reject()
    detail.close()
    wait_ops(qtbot)
