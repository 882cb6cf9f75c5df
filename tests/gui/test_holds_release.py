"""Releasing legal holds in the app. Found in the real app: a hold already released could be
"released" again (the question was asked and answered, then refused with the hold's id and a
raw UTC stamp), and the dates placed and released were UTC's day, tomorrow's in a US evening."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QTreeWidgetItem

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.holds_dialog import HoldsDialog
from vault_app.services import holds

pytestmark = pytest.mark.gui


def _row(dialog: HoldsDialog, hold_id: str) -> QTreeWidgetItem:
    for i in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(i)
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == hold_id:
            return item
    raise AssertionError(f"hold {hold_id} not listed")


def test_only_an_active_hold_can_be_released(unlocked_app: AppController, qtbot) -> None:
    client_id = add_client(unlocked_app, qtbot, "Hollis Released")
    made: dict[str, str] = {}

    def two_holds(v: object) -> None:
        made["ended"] = holds.place(v, client_id, "subpoena", "Case 1").hold_id
        holds.release(v, made["ended"], "Withdrawn")
        made["active"] = holds.place(v, client_id, "audit", "Board audit").hold_id

    elsewhere(unlocked_app, qtbot, two_holds)
    dialog = window_of(unlocked_app).open_holds()
    assert isinstance(dialog, HoldsDialog)
    wait_ops(qtbot)
    assert dialog.tree.topLevelItemCount() == 2
    assert not dialog.release_button.isEnabled(), "nothing chosen yet"
    dialog.tree.setCurrentItem(_row(dialog, made["ended"]))
    assert not dialog.release_button.isEnabled(), "already released"
    dialog.tree.setCurrentItem(_row(dialog, made["active"]))
    assert dialog.release_button.isEnabled()
    dialog.reject()


def test_hold_dates_are_the_practice_days(unlocked_app: AppController, qtbot, day_apart_from_utc: None) -> None:
    client_id = add_client(unlocked_app, qtbot, "Hollis Localday")
    made: dict[str, str] = {}

    def placed_and_released(v: object) -> None:
        made["id"] = holds.place(v, client_id, "litigation", "Case 2").hold_id
        holds.release(v, made["id"])

    elsewhere(unlocked_app, qtbot, placed_and_released)
    dialog = window_of(unlocked_app).open_holds()
    assert isinstance(dialog, HoldsDialog)
    wait_ops(qtbot)
    row = _row(dialog, made["id"])
    today = show_date(date.today())
    assert (row.text(3), row.text(4)) == (today, today)
    dialog.reject()


def _asked_to_release(app: AppController, qtbot, name: str, reason: str,
                      details: str) -> tuple[HoldsDialog, str, QTreeWidgetItem, QInputDialog]:
    """A hold placed on a new chart (as the command line would), the Legal holds window opened,
    its row chosen and Release pressed: the window, the hold's id, its row and the question."""
    client_id = add_client(app, qtbot, name)
    made: dict[str, str] = {}
    elsewhere(app, qtbot, lambda v: made.update(id=holds.place(v, client_id, reason, details).hold_id))
    dialog = window_of(app).open_holds()
    assert isinstance(dialog, HoldsDialog)
    wait_ops(qtbot)
    row = _row(dialog, made["id"])
    dialog.tree.setCurrentItem(row)
    dialog.release_button.click()
    question = dialog.question
    assert question is not None and question.isVisible()
    return dialog, made["id"], row, question


def test_release_names_the_hold_fits_its_title_and_the_note_is_listed(unlocked_app: AppController, qtbot) -> None:
    """Found walking the real app: the list showed "subpoena" in lower case and never the release
    note, and the release box was narrower than its title ("Release h…")."""
    dialog, hold_id, row, question = _asked_to_release(unlocked_app, qtbot, "Hollis Noted", "subpoena", "Case 3")
    assert row.text(1) == "Subpoena"
    title = question.windowTitle()
    assert title == "Release legal hold" and question.okButtonText() == "Release"
    assert question.width() > question.fontMetrics().horizontalAdvance(title) + 150
    assert "subpoena hold on chart" in question.labelText() and show_date(date.today()) in question.labelText()
    question.setTextValue("Subpoena withdrawn")
    question.accept()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: _row(dialog, hold_id).text(5) == "Subpoena withdrawn", timeout=10_000)
    assert _row(dialog, hold_id).text(4) == show_date(date.today())
    dialog.reject()


def test_a_hold_released_elsewhere_while_asking_is_said_in_spanish(unlocked_app: AppController, qtbot,
                                                                     spanish: None) -> None:
    """The release question was open when another window (or the command line) released the
    same hold: the refusal says so in the screen's language, by its code, and nothing changes."""
    dialog, hold_id, row, question = _asked_to_release(unlocked_app, qtbot, "Hollis Twice", "audit", "Board")
    assert row.text(1) == "Auditoría"
    assert question.labelText().startswith("¿Levantar la retención por auditoría del expediente ")
    elsewhere(unlocked_app, qtbot, lambda v: holds.release(v, hold_id, "Closed by the board"))
    question.accept()
    wait_ops(qtbot)
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
    said = f"Esta retención ya se levantó el {show_date(date.today())}."
    assert boxes and boxes[-1].text() == said  # type: ignore[attr-defined]
    for box in boxes:
        box.close()
    dialog.reject()


def test_the_holds_dialog_speaks_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    """Found in the real app: Retenciones legales offered and listed its reasons in English
    ("Subpoena", "Litigation"); each is said in Spanish, and stored by its key."""
    from vault_app.domain.retention import HOLD_REASONS
    from vault_app.gui.hold_words import REASONS

    assert set(REASONS) == set(HOLD_REASONS)
    dialog, _hold_id, row, question = _asked_to_release(unlocked_app, qtbot, "Hollis Espanol", "litigation",
                                                         "Causa 7")
    assert dialog.windowTitle() == "Retenciones legales"
    offered = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
    assert offered == ["Citación judicial", "Litigio", "Queja", "Auditoría", "Investigación", "Otro motivo"]
    assert [dialog.reason.itemData(i) for i in range(dialog.reason.count())] == list(HOLD_REASONS)
    assert (row.text(1), row.text(2)) == ("Litigio", "Causa 7")
    assert question.labelText().startswith(f"¿Levantar la retención por litigio del expediente {row.text(0)}")
    question.reject()
    assert holds.list_holds(unlocked_app.vault)[0].reason == "litigation"  # type: ignore[arg-type]
    dialog.reject()
