"""The time fields write the half of the day as the agenda does (dates.show_time): found by a
walker, the Spanish (es_US) appointment form said "9:00 A.M." under an agenda saying
"4:00 p.m.". Typing keeps its meaning in every locale: an earlier try changed Qt's pattern
to "Ap" and "2:60 PM" typed in en_US turned a held 10:30 into 22:30 (reverted, 5e1dae7e).
Real widgets, real key events."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from vault_app.gui import dates, i18n
from vault_app.gui.time_field import TimeField

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _back_to_us() -> Iterator[None]:
    yield
    _FORMS.clear()
    i18n.install("en")
    dates.set_practice_locale(None)


_FORMS: list[QWidget] = []  # held to the end of the test: qtbot holds its widgets weakly


def _field(qtbot, locale: str, at: QTime) -> tuple[TimeField, QLineEdit]:  # type: ignore[no-untyped-def]
    i18n.install("es" if locale.startswith("es") else "en")
    dates.set_practice_locale(locale)
    form = QWidget()
    qtbot.addWidget(form)
    field = TimeField(at, "Start time")
    after = QLineEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(field)
    layout.addWidget(after)
    form.show()
    qtbot.waitExposed(form)
    _FORMS.append(form)
    return field, after


def _agenda(at: QTime) -> str:
    """The agenda's words for a time; its spaces as plain spaces (Qt keeps the locale's
    no-break space inside "p. m.", drawn the same)."""
    return dates.show_time(time(at.hour(), at.minute()))


def _shown(field: TimeField) -> str:
    return field.lineEdit().text().replace("\xa0", " ")


def _type(field: TimeField, qtbot, keys: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
    field.setCurrentSectionIndex(0)
    field.setSelectedSection(field.sectionAt(0))
    QTest.keyClicks(field, keys)


@pytest.mark.parametrize("locale", ["es_US", "es_MX", "es_419", "es_CO", "en_CA", "en_AU",
                                    "en_US", "es_ES", "en_GB", "es_AR", "de_DE"])
@pytest.mark.parametrize("at", [QTime(9, 0), QTime(16, 5), QTime(0, 30), QTime(12, 0)])
def test_a_time_field_writes_the_time_as_the_agenda_does(qtbot, locale: str, at: QTime) -> None:  # type: ignore[no-untyped-def]
    field, after = _field(qtbot, locale, at)
    assert _shown(field) == _agenda(at)  # "9:00 a.m." in es_US, not "9:00 A.M."
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
    after.setFocus()  # left: Qt redraws its text
    qtbot.waitUntil(lambda: QApplication.focusWidget() is after, timeout=10_000)
    assert _shown(field) == _agenda(at) and not field.half_typed()


ES_TYPED = [("930a", QTime(9, 30)), ("9:30 pm", QTime(21, 30)), ("21:30", QTime(21, 30)),
            ("9:30 p.m.", QTime(21, 30)), ("9:30 a. m.", QTime(9, 30)), ("9:30 P.M.", QTime(21, 30)),
            ("12:15 a.m.", QTime(0, 15)), ("2:30 PM", QTime(14, 30)), ("14:30", QTime(14, 30))]


@pytest.mark.parametrize("locale", ["es_US", "es_MX", "es_CO", "en_US", "en_CA"])
@pytest.mark.parametrize(("keys", "meant"), ES_TYPED)
def test_a_typed_time_means_what_it_says_and_reads_as_the_agenda(  # type: ignore[no-untyped-def]
        qtbot, locale: str, keys: str, meant: QTime) -> None:
    field, after = _field(qtbot, locale, QTime(10, 30))
    _type(field, qtbot, keys)
    assert field.time() == meant and field.hasAcceptableInput(), field.text()
    assert _shown(field) == _agenda(meant)
    QTest.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is after, timeout=10_000)
    assert field.time() == meant and not field.half_typed() and _shown(field) == _agenda(meant)


@pytest.mark.parametrize("locale", ["es_ES", "de_DE", "en_GB"])
@pytest.mark.parametrize(("keys", "meant"), [("21:30", QTime(21, 30)), ("930", QTime(9, 30))])
def test_a_24_hour_field_takes_the_time_typed(qtbot, locale: str, keys: str, meant: QTime) -> None:  # type: ignore[no-untyped-def]
    field, _after = _field(qtbot, locale, QTime(10, 30))
    _type(field, qtbot, keys)
    assert field.time() == meant and _shown(field) == _agenda(meant)


@pytest.mark.parametrize("locale", ["es_US", "es_CO", "en_US"])
def test_the_arrow_keys_step_each_part_and_it_reads_as_the_agenda(qtbot, locale: str) -> None:  # type: ignore[no-untyped-def]
    field, _after = _field(qtbot, locale, QTime(10, 30))
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)
    steps = [(0, QTime(11, 30)), (1, QTime(11, 31)), (2, QTime(23, 31))]
    for part, expected in steps:
        field.setCurrentSectionIndex(part)
        field.setSelectedSection(field.sectionAt(part))
        QTest.keyClick(field, Qt.Key.Key_Up)
        assert field.time() == expected, (part, field.text())
        assert _shown(field) == _agenda(expected)
    field.setCurrentSectionIndex(2)
    QTest.keyClick(field, Qt.Key.Key_Down)  # back to the morning
    assert field.time() == QTime(11, 31) and _shown(field) == _agenda(QTime(11, 31))


@pytest.mark.parametrize(("locale", "keys", "shown"), [
    ("en_US", "2:60 PM", "2:60 PM"), ("es_US", "2:60 p.m.", "2:60 p.m."), ("es_US", "2:60 PM", "2:60 p.m."),
    ("es_CO", "2:60 p. m.", "2:60 p. m."),
])
def test_a_minute_no_clock_has_keeps_the_held_time_and_is_shown_as_typed(  # type: ignore[no-untyped-def]
        qtbot, locale: str, keys: str, shown: str) -> None:
    """The case the "Ap" pattern broke: "2:60 PM" over a held 10:30 became 22:30."""
    field, after = _field(qtbot, locale, QTime(10, 30))
    _type(field, qtbot, keys)
    assert _shown(field) == shown and field.half_typed()
    assert field.problem().startswith("2:60")
    QTest.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is after, timeout=10_000)
    assert _shown(field) == shown and field.half_typed() and field.time() != QTime(22, 30)
    _type(field, qtbot, "2:45 p")  # typed again: that time, as the agenda writes it
    assert field.time() == QTime(14, 45) and not field.half_typed()
    assert _shown(field) == _agenda(QTime(14, 45)) and field.problem() == ""


@pytest.mark.parametrize(("locale", "midnight"), [("es_US", "12:00 a.m."), ("en_US", "12:00 AM"),
                                                  ("en_AU", "12:00 am")])
def test_an_hour_no_clock_has_is_shown_without_a_day_half_and_midnight_as_the_agenda(  # type: ignore[no-untyped-def]
        qtbot, locale: str, midnight: str) -> None:
    field, after = _field(qtbot, locale, QTime(10, 30))
    _type(field, qtbot, "24:00")
    assert _shown(field) == "24:00" and field.half_typed()  # not "24:00 a.m.", a half never typed
    QTest.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is after, timeout=10_000)
    assert _shown(field) == "24:00" and midnight == _agenda(QTime(0, 0))
    assert midnight in field.problem()  # the message names midnight as the field and agenda write it


def test_a_field_open_when_the_practice_becomes_spanish_writes_its_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    field, _after = _field(qtbot, "en_US", QTime(16, 5))
    assert _shown(field) == "4:05 PM"
    dates.set_practice_locale("es_US")  # Settings > Practice changed while the form is open
    qtbot.waitUntil(lambda: _shown(field) == "4:05 p.m.", timeout=10_000)
    assert field.time() == QTime(16, 5) and _shown(field) == _agenda(QTime(16, 5))
