"""The search list says when more notes match than it lists (found in the real app: "50
matching note(s)" for a word in hundreds of notes, read as "these are all")."""

from __future__ import annotations

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.search_dialog import SHOWN, SearchDialog
from vault_app.services import notes
from vault_app.services.vault import Vault


def _search(app: AppController, qtbot, words: str) -> SearchDialog:
    window = app.main_window
    assert window is not None
    dialog = window.open_search()
    assert isinstance(dialog, SearchDialog)
    dialog.query.setText(words)
    dialog.search()
    wait_ops(qtbot)
    return dialog


def test_more_matches_than_listed_are_said(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Mo Manynotes")

    def write(v: Vault) -> None:
        for i in range(SHOWN + 3):
            notes.create_progress_note(v, client_id, sections={"subjective": f"Talked about the okapi, visit {i}."})
        notes.create_progress_note(v, client_id, sections={"subjective": "The narwhal came up once."})

    elsewhere(unlocked_app, qtbot, write)
    dialog = _search(unlocked_app, qtbot, "okapi")
    assert dialog.notes.topLevelItemCount() == SHOWN
    assert dialog.status.text() == f"{SHOWN} matching notes listed; more match: add words to narrow the search."
    dialog.query.setText("narwhal")
    dialog.search()
    wait_ops(qtbot)
    assert dialog.notes.topLevelItemCount() == 1
    assert dialog.status.text() == "1 matching note"


def test_a_query_with_no_word_leaves_no_earlier_results(unlocked_app: AppController, qtbot) -> None:
    """Found in the real app: '"' said "Type at least one word to search for." above the hits
    of the search before, as if they answered it (and Enter opened one)."""
    client_id = add_client(unlocked_app, qtbot, "Qu Otemark")
    elsewhere(unlocked_app, qtbot, lambda v: notes.create_progress_note(
        v, client_id, sections={"subjective": "The capybara dream again."}))
    dialog = _search(unlocked_app, qtbot, "capybara")
    assert dialog.notes.topLevelItemCount() == 1
    for no_word in ('"', "^", "***"):
        dialog.query.setText(no_word)
        dialog.search()
        wait_ops(qtbot)
        assert dialog.status.text() == "Type at least one word to search for.", no_word
        assert dialog.notes.topLevelItemCount() == 0, no_word
