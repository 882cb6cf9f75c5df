"""A wrapped label's claimed height follows its width both ways: claimed while narrow (many
lines), it stayed that tall once its row was wider, because Qt's heightForWidth counts the
minimum already claimed. Found in the real app: a reopened signed note's two-line
"Signed ... · signature verified" held a row six lines tall above the template."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHBoxLayout, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.wrapped_label import WrappedLabel

pytestmark = pytest.mark.gui

TEXT = "Signed 12/04/2026 3:07 AM · signature verified"


def test_the_claim_shrinks_when_the_label_is_wider(qtbot) -> None:
    host = QWidget()
    QHBoxLayout(host).addWidget(label := WrappedLabel(TEXT))
    qtbot.addWidget(host)
    host.resize(90, 300)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: label.minimumHeight() >= 3 * label.fontMetrics().height())
    host.resize(900, 300)
    one_line = label.fontMetrics().lineSpacing() + 2 * label.margin() + 4
    qtbot.waitUntil(lambda: 0 < label.minimumHeight() <= one_line)


def test_a_reopened_signed_note_has_no_gap_above_its_template(unlocked_app: AppController, qtbot) -> None:
    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot, "Gia Gapless")
    editor = window.chart.new_note()
    assert editor is not None
    wait_ops(qtbot)
    editor.section_edits["subjective"].setPlainText("First visit.")
    editor.flush()
    wait_ops(qtbot)
    editor.sign_now()
    wait_ops(qtbot)
    note_id = editor.autosave.draft.note_id
    editor.close()
    wait_ops(qtbot)
    reopened = window.chart.open_note(note_id)
    assert reopened is not None
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: reopened.signed)
    label = reopened.signature_label
    fresh = WrappedLabel(label.text())
    fresh.setFont(label.font())
    qtbot.waitUntil(lambda: label.minimumHeight() == fresh.heightForWidth(label.width()))
    reopened.close()
    wait_ops(qtbot)
