"""Save a letter as PDF starts in the folder the last letter or copy was saved in (thirtieth
round's walk of the real app: it started in HOME each time, the copy just made elsewhere).
Real vault, real letter, real PDF written; the folder is remembered in memory only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.request_letter_save import LetterSaveDialog
from vault_app.services import requests

pytestmark = pytest.mark.gui


def _dialog(app: AppController, qtbot: Any, rid: str) -> LetterSaveDialog:
    vault = app.vault
    assert vault is not None
    letters = [(str(k["letter_id"]), str(k["kind"])) for k in requests.letters(vault, rid)]
    dialog = LetterSaveDialog(app, rid, letters)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_next_letter_starts_where_the_last_was_saved(unlocked_app: AppController, qtbot: Any,
                                                          tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], denied="the notes naming the brother",
                          granted="the other notes")
    chosen = tmp_path / "for the client"
    chosen.mkdir()
    first = _dialog(unlocked_app, qtbot, q.id)
    assert chosen not in Path(first.path.text()).parents
    first.path.setText(str(chosen / "denial.pdf"))
    first.password.setText(fx.PASSWORD)
    first.password_again.setText(fx.PASSWORD)
    first.save()
    qtbot.waitUntil(lambda: first.saved is not None, timeout=20_000)
    assert (chosen / "denial.pdf").is_file()
    first.close()
    second = _dialog(unlocked_app, qtbot, q.id)
    wait_ops(qtbot)
    assert Path(second.path.text()).parent == chosen, second.path.text()
    second.close()
    # A folder since removed is not offered: the home folder again.
    (chosen / "denial.pdf").unlink()
    chosen.rmdir()
    third = _dialog(unlocked_app, qtbot, q.id)
    assert Path(third.path.text()).parent == Path.home(), third.path.text()
    third.close()
