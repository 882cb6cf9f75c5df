"""The chart's Measures tab and the entry dialog on the real app: the live score and band,
the item-9 flag before and after saving, the decision workflow offered, the trend chart
painted, and refreshes that come only from change notices (Kind.MEASURES for its chart)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.measures.chart import BAND_COLOURS
from vault_app.gui.chart_binding import chart_headers
from vault_app.gui.controller import AppController
from vault_app.gui.measure_dialog import MeasureDialog
from vault_app.services import clients, measures, sessions

pytestmark = pytest.mark.gui


def _open_tab(app: AppController, qtbot: object) -> tuple[object, str]:
    window = app.main_window
    assert window is not None
    cid = add_client(app, qtbot, "Morgan Measureperson")
    tab = window.chart.measures
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    return tab, cid


def test_enter_a_phq9_with_item9_and_see_it_charted(unlocked_app: AppController, qtbot) -> None:
    tab, cid = _open_tab(unlocked_app, qtbot)
    assert not tab.empty.isHidden() and tab.table.topLevelItemCount() == 0
    vault = unlocked_app.vault
    assert vault is not None
    session = sessions.add_session(vault, cid, date="2026-03-02", duration_minutes=50)
    dialog = tab.enter_measure()
    assert isinstance(dialog, MeasureDialog)
    wait_ops(qtbot)
    # Whose chart: the number in the title, the name and number in the first line.
    assert dialog.property("client_id") == cid and dialog.windowTitle().startswith("Enter a measure · ")
    assert "Morgan Measureperson" in chart_headers(dialog)[0].text()
    assert "Morgan" not in dialog.windowTitle()
    assert dialog.session_box.count() == 2
    assert dialog.when.isEnabled()
    dialog.session_box.setCurrentIndex(dialog.session_box.findData(session.session_id))
    assert not dialog.when.isEnabled()  # the session's date is the measure's
    assert len(dialog.answer_boxes) == 9
    for box, value in zip(dialog.answer_boxes[:4], [2, 2, 1, 1], strict=True):
        box.setCurrentIndex(box.findData(value))
    assert dialog.score_label.text() == "4 of 9 answered: so far 6 (every item is needed for a score)"
    assert dialog.risk_label.isHidden()
    dialog.set_answers([2, 2, 1, 1, 1, 1, 1, 1, 0])
    assert dialog.score_label.text() == "Total 10 of 27: moderate"
    dialog.answer_boxes[8].setCurrentIndex(dialog.answer_boxes[8].findData(1))
    assert dialog.score_label.text() == "Total 11 of 27: moderate"
    assert not dialog.risk_label.isHidden() and "item 9" in dialog.risk_label.text()

    loads = tab.loads
    dialog.save_button.click()
    wait_ops(qtbot)
    # The flag keeps the dialog open on what happened and what to do next.
    assert dialog.isVisible() and not dialog.after.isHidden()
    assert "draft progress note was started" in dialog.after_text.text()
    assert "safety plan" in dialog.after_text.text()
    # The tab heard the change notice and reloaded itself; nothing connected it to the dialog.
    assert tab.loads == loads + 1
    assert tab.table.topLevelItemCount() == 1
    row = tab.table.topLevelItem(0)
    assert [row.text(i) for i in range(6)] == ["03/02/2026", "PHQ-9", "11", "moderate", "first result", "yes"]
    assert not tab.risk_note.isHidden() and tab.empty.isHidden()
    assert tab.chart.trend is not None and [p.total for p in tab.chart.trend.points] == [11]

    decision = dialog.open_decision()
    assert decision is not None
    assert decision.trigger_page.buttons["self_harm"].isChecked()
    wait_ops(qtbot)
    decision.close()
    wait_ops(qtbot)


def test_incomplete_answers_are_explained_in_the_dialog(unlocked_app: AppController, qtbot) -> None:
    tab, _cid = _open_tab(unlocked_app, qtbot)
    dialog = tab.enter_measure()
    assert dialog is not None
    dialog.instrument_box.setCurrentIndex(dialog.instrument_box.findData("gad7"))
    assert len(dialog.answer_boxes) == 7
    dialog.answer_boxes[0].setCurrentIndex(2)
    dialog.save_button.click()
    wait_ops(qtbot)
    assert dialog.isVisible() and "needs an answer to each of its 7 items (1 given)" in dialog.message.text()
    assert dialog.answer_boxes[0].currentData() == 1  # nothing typed is lost
    assert tab.table.topLevelItemCount() == 0
    dialog.reject()


def test_refreshes_come_from_change_notices_for_its_chart_only(unlocked_app: AppController, qtbot) -> None:
    tab, cid = _open_tab(unlocked_app, qtbot)
    other = []
    unlocked_app.op(None, lambda v: other.append(clients.create_client(v, "Other Person").client_id)).run()
    wait_ops(qtbot)
    loads = tab.loads
    # Another chart's measure: a notice for another client, so no reload.
    unlocked_app.op(None, lambda v: measures.record_measure(v, other[0], "gad7", [1] * 7,
                                                            taken_on="2026-01-01")).run()
    wait_ops(qtbot)
    assert tab.loads == loads and tab.table.topLevelItemCount() == 0
    # This chart's measures, entered by some other part of the app: the tab follows.
    for day, answers in (("2026-01-05", [3, 3, 3, 2, 2, 2, 2, 2, 0]), ("2026-02-05", [1, 1, 1, 1, 1, 1, 0, 0, 0])):
        unlocked_app.op(None, lambda v, d=day, a=answers: measures.record_measure(v, cid, "phq9", a,
                                                                                 taken_on=d)).run()
        wait_ops(qtbot)
    assert tab.loads == loads + 2
    assert [tab.table.topLevelItem(i).text(4) for i in range(2)] == ["improved", "first result"]
    # Shown on another tab, a notice only marks it stale; showing it again reloads.
    window = unlocked_app.main_window
    assert window is not None
    window.chart.tabs.setCurrentWidget(window.chart.overview)
    unlocked_app.op(None, lambda v: measures.record_measure(v, cid, "gad7", [2] * 7, taken_on="2026-02-06")).run()
    wait_ops(qtbot)
    assert tab.loads == loads + 2
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    assert tab.loads == loads + 3 and tab.table.topLevelItemCount() == 3
    assert [tab.instrument_box.itemText(i) for i in range(tab.instrument_box.count())] == ["PHQ-9", "GAD-7"]

    # The chart is painted: bands shaded in their colours, the scores drawn.
    tab.instrument_box.setCurrentIndex(tab.instrument_box.findData("phq9"))
    tab.chart.resize(700, 320)
    image = tab.chart.grab().toImage()
    layout = tab.chart.current_layout()
    assert layout is not None
    minimal = layout.bands[0]
    inside = image.pixelColor(int(minimal.x + 5), int(minimal.y + minimal.h - 3))
    expected = QColor(*BAND_COLOURS[0])
    assert abs(inside.green() - expected.green()) < 40 and inside.green() > inside.red()
    dot = layout.dots[0]
    assert image.pixelColor(int(dot.x), int(dot.y)).blue() > image.pixelColor(int(dot.x), int(dot.y)).red()


def test_export_wizard_adds_the_measures_when_asked(unlocked_app: AppController, qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QWizard

    from tests.core import disclosure_fixtures as fx
    from vault_app.services import notes

    window = unlocked_app.main_window
    vault = unlocked_app.vault
    assert window is not None and vault is not None
    cid = add_client(unlocked_app, qtbot, "Wren Wizardperson")
    s = sessions.add_session(vault, cid, date="2026-02-02", duration_minutes=50)
    note = notes.create_progress_note(vault, cid, sections={"subjective": "Better."}, session_id=s.session_id)
    notes.sign_note(vault, note.note_id)
    measures.record_measure(vault, cid, "gad7", [2] * 7, session_id=s.session_id)
    auth = fx.add_auth(vault, cid, signer_name="Wren Wizardperson")
    wizard = window.chart.start_export()
    wait_ops(qtbot)
    what = wizard.what_page
    assert not what.with_measures.isHidden()
    what.kind.setCurrentIndex(what.kind.findData("billing"))
    wait_ops(qtbot)
    assert what.with_measures.isHidden()
    what.kind.setCurrentIndex(what.kind.findData("progress"))
    wait_ops(qtbot)
    what.check_all()
    assert wizard.build_request().selection.fields == ()
    what.with_measures.setChecked(True)
    assert wizard.build_request().selection.fields == ("measures",)
    what.recipient.setText(fx.RECIPIENT.name)
    what.purpose.setText(fx.PURPOSE)
    wizard.next()
    basis = wizard.basis_page
    basis.form.basis.setCurrentIndex(basis.form.basis.findData("authorization"))
    basis.form.authorization.setCurrentIndex(basis.form.authorization.findData(auth.id))
    basis.check()
    wait_ops(qtbot)
    assert basis.verdict is not None and basis.verdict.allowed, basis.verdict_text.text()
    wizard.next()
    save = wizard.save_page
    out = tmp_path / "with-measures.pdf"
    save.path.setText(str(out))
    save.password.setText(fx.PASSWORD)
    save.confirm.setText(fx.PASSWORD)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.receipt_page)
    assert "with 1 outcome measure result" in wizard.receipt_page.text.text()
    assert any("Outcome measures: GAD-7" in page for page in fx.pdf_text(out))
    wizard.accept()
    wait_ops(qtbot)


def test_a_risk_flag_with_no_session_points_at_no_session_note(unlocked_app: AppController, qtbot) -> None:
    """Found on the real app (seventeenth round): a PHQ-9 entered with no session, item 9 above
    zero, showed "Check the risk assessment and safety plan in that session's note", for a
    session and a note that do not exist (the entry itself said no note was changed)."""
    tab, cid = _open_tab(unlocked_app, qtbot)
    unlocked_app.op(None, lambda v: measures.record_measure(v, cid, "phq9", [1, 1, 1, 1, 1, 1, 0, 0, 1],
                                                            taken_on="2026-02-05")).run()
    wait_ops(qtbot)
    assert not tab.risk_note.isHidden()
    text = tab.risk_note.text()
    assert "02/05/2026" in text and "No session is linked" in text and "that session's note" not in text
    vault = unlocked_app.vault
    assert vault is not None
    session = sessions.add_session(vault, cid, date="2026-03-02", duration_minutes=50)
    unlocked_app.op(None, lambda v: measures.record_measure(v, cid, "phq9", [1, 1, 1, 1, 1, 1, 0, 0, 2],
                                                            session_id=session.session_id)).run()
    wait_ops(qtbot)
    assert "03/02/2026" in tab.risk_note.text() and "that session's note" in tab.risk_note.text()
