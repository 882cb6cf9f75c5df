"""Records > Complaints…: a complaint received and its disposition recorded in the app (found by a
walker, W9; 45 CFR 164.530(d)(2), (j)). Real vault, real widgets, real key presses."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import complaints

pytestmark = pytest.mark.gui


def _press(qtbot, button, before):  # type: ignore[no-untyped-def]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() not in (None, before), timeout=10_000)
    return QApplication.activeModalWidget()


def test_a_complaint_and_its_disposition_are_recorded(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None and unlocked_app.vault is not None
    [action] = [a for a in window.findChildren(type(window.menuBar().actions()[0]))
                if a.text().replace("&", "") == "Complaints…"]
    action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=10_000)
    listing = QApplication.activeModalWidget()
    assert listing is not None and listing.objectName() == "complaintsDialog"
    wait_ops(qtbot)
    assert not listing.dispose_button.isEnabled()  # type: ignore[attr-defined]
    form = _press(qtbot, listing.add_button, listing)  # type: ignore[attr-defined]
    qtbot.keyClicks(form.text, "The denial letter went to my home address.")  # type: ignore[attr-defined]
    qtbot.keyClick(form.record_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]  # no one named: said
    wait_ops(qtbot)
    assert form.isVisible() and form.message.text()  # type: ignore[attr-defined]
    qtbot.keyClicks(form.who, "The client")  # type: ignore[attr-defined]
    qtbot.keyClick(form.record_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)
    [made] = complaints.list_complaints(unlocked_app.vault)
    assert made.complainant == "The client" and made.open and made.received_on == date.today()
    tree = listing.tree  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10_000)
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    disposing = _press(qtbot, listing.dispose_button, listing)  # type: ignore[attr-defined]
    qtbot.keyClicks(disposing.text, "Apologized; mail now goes only to the PO box.")  # type: ignore[attr-defined]
    qtbot.keyClick(disposing.record_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not disposing.isVisible(), timeout=10_000)
    [done] = complaints.list_complaints(unlocked_app.vault)
    assert done.disposition == "Apologized; mail now goes only to the PO box." and not done.open
    qtbot.waitUntil(lambda: "Apologized" in tree.topLevelItem(0).text(2), timeout=10_000)
    assert not listing.dispose_button.isEnabled()  # type: ignore[attr-defined]
    listing.reject()
    wait_ops(qtbot)


def _open_complaints(app: AppController, qtbot):  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    [action] = [a for a in window.findChildren(type(window.menuBar().actions()[0]))
                if a.text().replace("&", "") == "Complaints…"]
    action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=10_000)
    listing = QApplication.activeModalWidget()
    wait_ops(qtbot)
    return listing


def test_a_complaint_past_its_six_years_is_destroyed_and_a_recent_one_refused(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    """45 CFR 164.530(j)(2): after six years a complaint may be destroyed, never before (found: none
    ever could be). Destroy… asks first; a complaint not due is refused in words, nothing destroyed."""
    from datetime import timedelta

    from PySide6.QtWidgets import QMessageBox

    from tests.core.disclosure_fixtures import today

    def yes() -> str:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=10_000)
        box = QApplication.activeModalWidget()
        words = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        return words

    vault = unlocked_app.vault
    assert vault is not None
    old = complaints.add_complaint(vault, received_on=today() - timedelta(days=366 * 8), complainant="Rosalind H.",
                                   about="mail sent home")
    complaints.record_disposition(vault, old.complaint_id, disposition="Apologized.",
                                  on=today() - timedelta(days=366 * 7))
    recent = complaints.add_complaint(vault, received_on=today() - timedelta(days=20), complainant="Mo T.",
                                      about="a voicemail")
    complaints.record_disposition(vault, recent.complaint_id, disposition="Explained.", on=today())
    listing = _open_complaints(unlocked_app, qtbot)
    tree = listing.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2, timeout=10_000)
    assert listing.destroy_button.isEnabled()
    rows = {tree.topLevelItem(i).text(1): tree.topLevelItem(i) for i in range(2)}
    assert "may be destroyed" in rows["Rosalind H."].text(3) and "may be destroyed" not in rows["Mo T."].text(3)
    tree.setCurrentItem(rows["Mo T."])
    listing.destroy_chosen()  # refused before any question: "kept until" six years from now is none to ask
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)
    assert "cannot be destroyed before that day" in listing.said.text(), listing.said.text()
    assert len(complaints.list_complaints(vault)) == 2
    tree.setCurrentItem(rows["Rosalind H."])
    listing.destroy_chosen()
    assert "destroyed for good" in yes()
    wait_ops(qtbot)
    assert [c.complaint_id for c in complaints.list_complaints(vault)] == [recent.complaint_id]
    assert "was destroyed" in listing.said.text(), listing.said.text()
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=10_000)
    assert not listing.destroy_button.isEnabled()
    listing.reject()
    wait_ops(qtbot)


def test_the_eligible_list_says_the_complaints_past_their_six_years(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from tests.core.disclosure_fixtures import today
    from vault_app.gui.eligible_charts import EligibleDialog

    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    old = complaints.add_complaint(vault, received_on=today() - timedelta(days=366 * 8), complainant="the client",
                                   about="mail sent home")
    complaints.record_disposition(vault, old.complaint_id, disposition="Apologized.",
                                  on=today() - timedelta(days=366 * 7))
    listed = EligibleDialog(unlocked_app, parent=window)
    listed.show()
    wait_ops(qtbot)
    assert "Complaints past their six years (45 CFR 164.530(j)(2)): 1. Records > Complaints… destroys them." \
        in listed.note.text(), listed.note.text()
    listed.close()
