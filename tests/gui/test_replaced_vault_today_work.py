"""Today in a vault a copy replaced (`backup restore --replaces-original`) invites no work here: the Unsigned
notes and Worklist cards say the work belongs in the copy that replaced it, and no card offers a link to a
note, a request or a worklist section. Found (round 45): the status line said "work in that copy" while the
Unsigned notes card said "open one:" with a link to each draft, and the Worklist card a link to each section.
A real vault with real drafts and a late request, its real ledger told as the restore tells it, the real main
window's Today page; English and Spanish."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import notes, requests, restore_beside_record
from vault_app.services.restore_other_vault import vault_id_in

pytestmark = pytest.mark.gui


def _links(card) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text() for b in card.link_buttons()]


def _today_with_work(app: AppController, qtbot) -> object:  # type: ignore[no-untyped-def]
    window = app.main_window
    vault = app.vault
    assert window is not None and vault is not None
    client_id = add_client(app, qtbot, "Draft Owingperson")
    notes.create_progress_note(vault, client_id, template="free", sections={"text": "A draft to sign."})
    requests.add_request(vault, client_id, kind="access", received_on=(date.today() - timedelta(days=40)).isoformat())
    window.show_dashboard()
    wait_ops(qtbot)
    wait_ops(qtbot)
    board = window.dashboard
    assert _links(board.cards["unsigned"]) and _links(board.cards["worklist"])  # in use: a way to each
    return board


def _replace(app: AppController, qtbot, board, copy: Path) -> None:  # type: ignore[no-untyped-def]
    vault = app.vault
    assert vault is not None
    assert restore_beside_record.record_replaced(vault.folder, copy, vault_id_in(vault.folder), b"",
                                                 None, vault) is None  # type: ignore[arg-type]
    board.refresh()
    wait_ops(qtbot)
    wait_ops(qtbot)


def test_unsigned_notes_and_worklist_say_the_work_is_in_the_copy(unlocked_app: AppController, qtbot,
                                                                 tmp_path: Path) -> None:
    board = _today_with_work(unlocked_app, qtbot)
    copy = tmp_path / "new-laptop"
    _replace(unlocked_app, qtbot, board, copy)
    unsigned, worklist = board.cards["unsigned"], board.cards["worklist"]
    assert unsigned.value.text() == "1"  # the count is still the fact it is
    assert "open one" not in unsigned.detail.text()
    assert "in the copy that replaced this vault" in unsigned.detail.text(), unsigned.detail.text()
    assert str(copy.resolve()) in unsigned.detail.text()
    assert "open a section" not in worklist.detail.text()
    assert "in the copy that replaced this vault" in worklist.detail.text(), worklist.detail.text()
    # No card offers a way into work here.
    assert {name: _links(card) for name, card in board.cards.items() if _links(card)} == {}


def test_in_spanish(unlocked_app: AppController, qtbot, tmp_path: Path, spanish: None) -> None:
    board = _today_with_work(unlocked_app, qtbot)
    _replace(unlocked_app, qtbot, board, tmp_path / "new-laptop")
    said = board.cards["unsigned"].detail.text()
    assert said.startswith("Fírmelas en la copia que sustituyó a esta bóveda"), said
    said = board.cards["worklist"].detail.text()
    assert said.startswith("Haga este trabajo en la copia que sustituyó a esta bóveda"), said
