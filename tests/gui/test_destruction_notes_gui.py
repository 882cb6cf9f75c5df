"""Destroying selected psychotherapy notes in the app. Found in the real app: only
`vault-app destroy --notes` could; the app's wizard destroyed whole charts only."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import clients, notes, psychotherapy_notes
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui



def _to_the_notes_page(wizard: Any, qtbot: Any) -> Any:
    """Past the first page and the basis page (a documented reason, the notes unlocked)."""
    wizard.next()
    basis = wizard.basis_page
    basis.override.setChecked(True)
    basis.reason.setText("Notes written in the wrong chart")
    basis.passphrase.setText(PASSPHRASE)
    basis.unlock_button.click()
    wait_ops(qtbot)
    wizard.next()
    return wizard.notes_page

def test_two_of_three_psychotherapy_notes_destroyed_the_chart_stays(unlocked_app: AppController, qtbot) -> None:
    window = window_of(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Selma Keepschart")
    made: list[str] = []

    def write(v: Vault) -> None:
        v.unlock_psychotherapy(PASSPHRASE)
        notes.create_progress_note(v, client_id, sections={"subjective": "progress stays"})
        made.extend(psychotherapy_notes.create_psychotherapy_note(v, client_id, f"process note {i}").note.note_id
                    for i in range(3))

    elsewhere(unlocked_app, qtbot, write)
    elsewhere(unlocked_app, qtbot, lambda v: v.lock_psychotherapy())  # the wizard's basis page unlocks them
    number = clients.get_client(unlocked_app.vault, client_id).chart_number
    window.open_chart(client_id)
    wait_ops(qtbot)
    tab = window.chart.psychotherapy
    tab.destroy_button.click()
    wizard = window.findChild(QWizard, "destructionWizard")
    assert wizard is not None and wizard.windowTitle().startswith("Destroy psychotherapy notes")
    wait_ops(qtbot)
    page = _to_the_notes_page(wizard, qtbot)
    assert wizard.currentPage() is page
    wait_ops(qtbot)
    assert page.list.topLevelItemCount() == 3 and not page.isComplete()
    doomed = []
    for i in (0, 2):
        item = page.list.topLevelItem(i)
        item.setCheckState(0, Qt.CheckState.Checked)
        doomed.append(str(item.data(0, Qt.ItemDataRole.UserRole)))
    assert page.isComplete() and sorted(page.chosen()) == sorted(doomed)
    wizard.next()
    confirm = wizard.confirm_page
    assert "2 psychotherapy notes of chart" in confirm.text.text() and "the rest of the chart stays" in \
        confirm.text.text()
    confirm.confirm.setText(number)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.certificate_page)
    cert = confirm.certificate
    assert cert is not None and sorted(cert["records"]["note_ids"]) == sorted(doomed)
    assert "2 psychotherapy notes" in wizard.certificate_page.text.text()
    assert window.status_label.text() == f"Chart {number}: 2 psychotherapy notes destroyed and verified."
    # The chart stays open, with its progress note and the third psychotherapy note.
    assert window.chart.client_id == client_id
    left = psychotherapy_notes.list_psychotherapy_notes(unlocked_app.vault, client_id)
    assert [n.note_id for n in left] == [m for m in made if m not in doomed]
    assert len(notes.list_notes(unlocked_app.vault, client_id)) == 1
    wizard.accept()
    wait_ops(qtbot)
    assert tab.list.topLevelItemCount() == 1


def test_the_notes_lock_blanks_the_list(unlocked_app: AppController, qtbot) -> None:
    """The list shows psychotherapy notes' previews: their 2-minute lock must take them off the
    screen, as it does on the Psychotherapy tab, and nothing can go on while they are locked."""
    window = window_of(unlocked_app)
    client_id = add_client(unlocked_app, qtbot, "Lena Lockedmidway")

    def write(v: Vault) -> None:
        v.unlock_psychotherapy(PASSPHRASE)
        psychotherapy_notes.create_psychotherapy_note(v, client_id, "the lighthouse again")
        v.lock_psychotherapy()

    elsewhere(unlocked_app, qtbot, write)
    window.open_chart(client_id)
    wait_ops(qtbot)
    wizard = window.chart.start_destruction(notes=True)
    assert wizard is not None
    wait_ops(qtbot)
    page = _to_the_notes_page(wizard, qtbot)
    wait_ops(qtbot)
    page.list.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    assert page.isComplete() and "lighthouse" in page.list.topLevelItem(0).text(2)

    unlocked_app.lock_psychotherapy()  # as the 2-minute lock does
    wait_ops(qtbot)
    assert page.list.topLevelItemCount() == 0 and not page.isComplete()
    assert page.note.text() == "The psychotherapy notes locked: go Back to unlock them."
    wizard.reject()
    wait_ops(qtbot)
