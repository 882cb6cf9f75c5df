"""The copy of the rest of an access request denied in part, in its window: the items it would
carry listed with a tick each (arrows and Space), and nothing made until the therapist ticks "I
have left out what was denied". Found in the real app: part denied (the note naming the client's
brother), the copy of the rest made with the window's defaults held every note, the denied one
too (45 CFR 164.524(d)(1)). And a ground that does not fit who asked is not offered; a refusal
names a ground in words, never by its code."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.requests import ACCESS_DENIAL_GROUNDS, mismatched_grounds
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import form_letters, mnemonic_of
from vault_app.services import practice, requests

pytestmark = pytest.mark.gui

DENIED = "the 10/12 note naming the client's brother"


def test_the_denied_note_is_left_out_by_keyboard_and_the_copy_waits_for_the_word(
        unlocked_app: AppController, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.access_copy_dialog import AccessCopyDialog
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, practice_name="Oakes Therapy", phone="555-0100", clinician_name="Dr. Maren Oakes")
    chart = fx.make_chart(vault, n=3)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], denied=DENIED, granted="the other notes")
    detail = RequestDetailDialog(unlocked_app, q.id)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.client_id is not None, timeout=10_000)
    copy = detail.grant()
    assert isinstance(copy, AccessCopyDialog)
    qtbot.waitUntil(copy.rest_items.isVisible, timeout=10_000)
    assert DENIED in copy.rest_items.confirm.text()
    # Its Alt letter is one no other field of the window has (found on the real app: Alt+O went
    # to Confirm password too).
    letters = [letter for _w, letter in form_letters(copy) if letter]
    assert mnemonic_of(copy.rest_items.confirm.text()) and len(letters) == len(set(letters)), letters
    rows = copy.rest_items.list
    assert rows.count() == 6  # three notes, three sessions' billing
    assert rows.item(1).text().startswith("Progress note, ")
    out = tmp_path / "copy"
    out.mkdir()
    copy.password.setText(fx.PASSWORD)
    copy.password_again.setText(fx.PASSWORD)
    copy.folder.setText(str(out))
    copy.make_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "leave out what was denied" in copy.message.text(), timeout=10_000)
    assert list(out.iterdir()) == []  # nothing made without the word
    # The keyboard: to the second note, Space unticks it.
    rows.setFocus()
    rows.setCurrentRow(0)
    qtbot.keyClick(rows, Qt.Key.Key_Down)
    qtbot.keyClick(rows, Qt.Key.Key_Space)
    assert rows.item(1).checkState() == Qt.CheckState.Unchecked
    assert copy.rest_items.left_out() == (chart.progress[1],)
    copy.billing.setChecked(False)  # a kind hidden and shown again keeps what was unticked
    copy.billing.setChecked(True)
    assert copy.rest_items.left_out() == (chart.progress[1],)
    copy.rest_items.confirm.setChecked(True)
    copy.make_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not copy.isVisible(), timeout=10_000)
    (pdf,) = out.glob("*-progress.pdf")
    text = " ".join(fx.pdf_text(pdf))
    assert chart.progress_markers[1] not in text and chart.progress_markers[2] in text
    given = requests.get_request(vault, q.id).given
    assert given is not None and given.left_out == (chart.progress[1],)
    detail.close()
    wait_ops(qtbot)


def test_a_ground_for_a_representative_is_not_offered_for_the_clients_own_request() -> None:
    from vault_app.gui.refusal_words import SAYS, refusal_text
    from vault_app.gui.requests_dialog import denial_choices

    assert "representative_harm" not in [code for code, _label in denial_choices("access", False)]
    assert "representative_harm" in [code for code, _label in denial_choices("access", True)]
    ground = ACCESS_DENIAL_GROUNDS["representative_harm"]
    refused = RefusedByPolicy(" ".join(mismatched_grounds([ground], False)),
                              code="request.ground_only_for_representative",
                              params={"ground": ground.code, "citation": ground.citation})
    assert "representative_harm" not in refusal_text(refused)
    # The screen's words (said in Spanish) do not show the code either.
    assert "{ground}" not in SAYS["request.ground_only_for_representative"]
