"""One denial on several grounds in the request's window (found by a walker, W4): "Deny, with
grounds…" took one ground, then greyed, so a denial of the psychotherapy notes (not reviewable,
164.524(a)(1)(i)) and of one progress note on endangerment (reviewable, 164.524(a)(3)(i)) could
not be written in the app, and the letter lost the reviewable basis and the client's review right
(164.524(d)(2)). The CLI takes --ground twice; the window now ticks the other grounds in a list,
each said reviewable or not. Real vault, real widgets, real key presses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_ops
from tests.gui.test_request_partial_denial import _deny_window, _detail
from vault_app.gui.controller import AppController
from vault_app.services import requests

pytestmark = pytest.mark.gui


def _row_of(listing, code: str) -> int:  # type: ignore[no-untyped-def]
    for row in range(listing.count()):
        if listing.item(row).data(Qt.ItemDataRole.UserRole) == code:
            return row
    raise AssertionError(f"{code} not offered")


def test_one_denial_carries_an_unreviewable_and_a_reviewable_ground(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    detail, rid = _detail(unlocked_app, qtbot)
    window = _deny_window(detail, qtbot)
    combo = window.ground  # type: ignore[attr-defined]
    combo.setFocus()
    for _ in range(window.codes.index("psychotherapy_notes") + 1):  # type: ignore[attr-defined]
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert window.codes[combo.currentIndex()] == "psychotherapy_notes"  # type: ignore[attr-defined]
    others = window.more  # type: ignore[attr-defined]
    row = _row_of(others, "endangerment")
    assert "may ask for a review" in others.item(row).text()
    assert others.item(_row_of(others, "psychotherapy_notes")).isHidden()  # chosen above: not again
    others.setFocus()
    qtbot.keyClick(others, Qt.Key.Key_Home)
    while others.currentRow() != row:
        qtbot.keyClick(others, Qt.Key.Key_Down)
    qtbot.keyClick(others, Qt.Key.Key_Space)
    assert others.item(row).checkState() == Qt.CheckState.Checked
    qtbot.keyClicks(window.denied, "the psychotherapy notes and the progress note of 09/19/2026")  # type: ignore[attr-defined]
    qtbot.keyClicks(window.granted, "the other progress notes")  # type: ignore[attr-defined]
    window.record_button.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(window.record_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    decided = requests.get_request(unlocked_app.vault, rid)  # type: ignore[arg-type]
    assert decided.grounds == ("psychotherapy_notes", "endangerment")
    assert decided.status == "partially_granted"
    qtbot.waitUntil(lambda: "partially granted" in detail.summary.text(), timeout=10_000)
    letter = detail.letters.toPlainText()
    assert "164.524(a)(1)" in letter and "164.524(a)(3)" in letter  # both bases
    assert "review" in letter.casefold()
    detail.close()
    wait_ops(qtbot)


def test_the_whole_ground_stands_alone(unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.request_denial_dialog import DenialDialog
    from vault_app.gui.request_grounds import denial_choices

    dialog = DenialDialog(denial_choices("access"), "not_representative")
    qtbot.addWidget(dialog)
    others = dialog.more
    assert not any(others.item(r).flags() & Qt.ItemFlag.ItemIsEnabled for r in range(others.count()))
