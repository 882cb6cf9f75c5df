"""Every red or amber line is said to a screen reader as it comes, not only a form's problem line
and the export's verdict (gui/announce.py): the backups' reminder, a date's problem under its
field, a measure's risk flag, a settings warning, a line that turns red when there is a problem
were seen, never heard. announcer().said carries what the screen reader was told."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.date_forms import form_with_a_date
from tests.gui.test_measure_words import _risky_phq9
from vault_app.gui.announce import SAID_STYLES, announcer
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import aloud_label, wrapped_label

pytestmark = pytest.mark.gui


def _listening() -> list[str]:
    heard: list[str] = []
    announcer().said.connect(heard.append)
    return heard


def _said(text: str) -> str:
    return " ".join(text.split())


def test_the_backups_reminder_is_said(unlocked_app: AppController, qtbot) -> None:
    """A red line of a window (made by widgets.wrapped_label in the refusal's style)."""
    window = unlocked_app.main_window
    assert window is not None
    heard = _listening()
    dialog = window.open_backups()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(dialog.reminder.text()), timeout=10_000)
    qtbot.waitUntil(lambda: _said(dialog.reminder.text()) in heard, timeout=10_000)
    dialog.reject()
    wait_ops(qtbot)


def test_a_date_s_problem_is_said_each_time_it_comes(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A field's problem, said under it (gui/field_problem.py): the date field's, as the time's,
    the number's, the e-mail's and the signer's are."""
    from vault_app.gui import dates

    dates.set_practice_locale("en_US")
    try:
        _dialog, field, _after, _saved = form_with_a_date(qtbot, "Date of birth", QDate(2026, 12, 4))
        heard = _listening()
        for _twice in range(2):  # the same mistake after it was put right: said again
            field.setFocus()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
            field.setSelectedSection(field.sectionAt(0))
            QTest.keyClicks(field, "04/31/2001")
            QTest.keyClick(field, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: "does not exist: 04/31/2001" in field.problem(), timeout=10_000)
            qtbot.waitUntil(lambda n=_twice: sum(1 for h in heard if "does not exist: 04/31/2001" in h) == n + 1,
                            timeout=10_000)
            field.setSelectedSection(field.sectionAt(0))
            QTest.keyClicks(field, QDate(2001, 4, 30).toString(field.displayFormat()))
            assert field.date().toPython() == date(2001, 4, 30) and field.problem() == ""
        assert sum(1 for h in heard if "does not exist: 04/31/2001" in h) == 2, heard
    finally:
        dates.set_practice_locale(None)


def test_a_measure_s_risk_flag_is_said(unlocked_app: AppController, qtbot) -> None:
    dialog = _risky_phq9(unlocked_app, qtbot)
    heard = _listening()
    dialog.set_answers([0] * 9)
    dialog.set_answers([0, 0, 0, 0, 0, 0, 0, 0, 1])
    qtbot.waitUntil(lambda: dialog.risk_label.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: _said(dialog.risk_label.text()) in heard, timeout=10_000)
    dialog.reject()
    wait_ops(qtbot)


@pytest.mark.parametrize("style", sorted(SAID_STYLES))
def test_a_red_or_amber_line_is_said_and_a_calm_one_is_not(style: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The settings' warnings (amber), the wizards' and the destruction's problem lines (red):
    every line widgets.wrapped_label makes in those styles."""
    host = QWidget()
    qtbot.addWidget(host)
    said, calm = wrapped_label("", style), wrapped_label("", "calmNote")
    layout = QVBoxLayout(host)
    layout.addWidget(said)
    layout.addWidget(calm)
    host.show()
    qtbot.waitExposed(host)
    heard = _listening()
    calm.setText("Nothing to do.")
    said.setText("The folder is not writable.")
    qtbot.waitUntil(lambda: "The folder is not writable." in heard, timeout=10_000)
    assert "Nothing to do." not in heard


def test_a_line_turning_red_is_said_then_and_not_while_calm(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A result line in the calm style that turns red for a problem (the backups' check, the
    psychotherapy tab's words kept in memory, a decision not ready to sign)."""
    host = QWidget()
    qtbot.addWidget(host)
    line = aloud_label("", "calmNote", styles=SAID_STYLES)
    QVBoxLayout(host).addWidget(line)
    host.show()
    qtbot.waitExposed(host)
    heard = _listening()
    line.setText("The backup is intact.")
    qtbot.wait(30)
    assert heard == []
    line.setObjectName("verdictRefused")
    line.setText("The backup still holds a destroyed chart.")
    qtbot.waitUntil(lambda: heard == ["The backup still holds a destroyed chart."], timeout=10_000)
