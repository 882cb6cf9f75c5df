"""Changing the record after the fact through the real widgets: addenda and amendments to
psychotherapy notes, a single session's details, guardians and the treatment plan."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import psychotherapy_notes as psy

pytestmark = pytest.mark.gui


def _open_psychotherapy(app: AppController, qtbot) -> object:
    window = app.main_window
    assert window is not None
    tab = window.chart.psychotherapy
    window.chart.tabs.setCurrentWidget(tab)
    tab.passphrase.setText(PASSPHRASE)
    tab.unlock()
    wait_ops(qtbot)
    assert app.psychotherapy_open
    return tab


def test_amend_a_signed_psychotherapy_note(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot)
    tab = _open_psychotherapy(unlocked_app, qtbot)
    tab.new_note()
    assert not tab.amend_button.isEnabled(), "a draft is edited directly, not amended"
    qtbot.keyClicks(tab.editor, "Transference themes around the father")
    qtbot.waitUntil(lambda: tab.autosave is not None and tab.autosave.draft.note_id is not None, timeout=5000)
    note_id = tab.autosave.draft.note_id
    tab.sign()
    wait_ops(qtbot)
    assert tab.editor.isReadOnly() and tab.amend_button.isEnabled()

    dialog = tab.amend()
    assert dialog is not None
    dialog.change.setCurrentIndex(dialog.change.findData("amendment"))
    dialog.text.setPlainText("It was the stepfather, not the father.")
    dialog.save()  # an amendment without a reason is refused and nothing is added
    wait_ops(qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    assert psy.psychotherapy_note_history(vault, note_id).amendments == ()
    assert dialog.isVisible() and "reason" in dialog.message.text().lower()
    dialog.reason.setText("wrong relative named")
    dialog.save()
    wait_ops(qtbot)
    assert not dialog.isVisible()

    history = psy.psychotherapy_note_history(vault, note_id)
    assert [a.kind for a in history.amendments] == ["amendment"]
    assert history.note.body == "Transference themes around the father", "the signed note never changes"
    assert history.signature_valid
    # The note is shown again with its history under it.
    assert tab.history.isVisible()
    assert "stepfather" in tab.history.toPlainText() and "wrong relative named" in tab.history.toPlainText()
    assert tab.editor.toPlainText() == "Transference themes around the father"
    entries = [e for e in vault.ledger.entries() if e.kind == "note.amended"]
    assert entries and entries[-1].payload["kind"] == "psychotherapy"
    assert entries[-1].payload["client_id"] == client_id

    # Locking the compartment blanks the history and closes an open amendment dialog.
    dialog = tab.amend()
    assert dialog is not None
    dialog.text.setPlainText("half-typed psychotherapy text")
    unlocked_app.lock_psychotherapy()
    wait_ops(qtbot)
    assert not dialog.isVisible() and dialog.text.toPlainText() == ""
    assert tab.history.toPlainText() == "" and not tab.amend_button.isEnabled()
