"""The PDF password typed twice (forms.PasswordPair), as the letter window and the access-copy
window ask it: two passwords that differ are said in the screen's language and nothing is
written; the same two go on. Real vault, real widgets, each window in English and Spanish."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.access_copy_dialog import AccessCopyDialog
from vault_app.gui.controller import AppController
from vault_app.gui.request_letter_save import LetterSaveDialog
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import requests

pytestmark = pytest.mark.gui

DIFFER = {"en": "The two passwords differ.", "es": "Las dos contraseñas no coinciden."}


def test_the_letter_window_says_when_the_passwords_differ(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                                         language: str) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], denied="the notes naming the brother")
    letters = [(str(k["letter_id"]), str(k["kind"])) for k in requests.letters(vault, q.id)]
    dialog = LetterSaveDialog(unlocked_app, q.id, letters)
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "letter.pdf"
    dialog.path.setText(str(out))
    dialog.password.setText(fx.PASSWORD)
    dialog.password_again.setText(fx.PASSWORD + "x")
    dialog.save_button.click()
    wait_ops(qtbot)
    assert dialog.message.text() == DIFFER[language]
    assert not out.exists() and dialog.saved is None
    dialog.password_again.setText(fx.PASSWORD)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.saved == out, timeout=20_000)
    # Saved: both fields emptied, as before
    assert dialog.password.text() == dialog.password_again.text() == ""
    dialog.close()


def test_the_copy_window_says_when_the_passwords_differ(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                                       language: str) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    wait_ops(qtbot)
    copy = detail.grant()
    assert isinstance(copy, AccessCopyDialog)
    wait_ops(qtbot)
    folder = tmp_path / "copies"
    folder.mkdir()
    copy.folder.setText(str(folder))
    copy.password.setText(fx.PASSWORD)
    copy.password_again.setText("something else")
    copy.make_button.click()
    wait_ops(qtbot)
    assert copy.message.text() == DIFFER[language]
    assert list(folder.iterdir()) == []
    assert requests.get_request(vault, q.id).status == "open"
    copy.close()
    detail.close()
