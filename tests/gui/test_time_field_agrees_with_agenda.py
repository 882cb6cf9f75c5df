"""A time field writes a time as the rest of the app does (dates.show_time, the agenda, the
PDFs): one form per locale. Found on Spanish screens of an es_US practice: "9:00 A.M." in the
appointment's time fields under an agenda saying "4:00 p.m." (Qt's "AP" is AM/PM upper-cased;
"Ap" is the locale's own, as CLDR and Babel write it)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtCore import QTime

from vault_app.gui import dates
from vault_app.gui.time_field import TimeField


@pytest.fixture
def practice_reset() -> Iterator[None]:
    yield
    dates.set_practice_locale(None)


@pytest.mark.parametrize(("locale", "afternoon"), (
    ("es_US", "4:05 p.m."), ("en_US", "4:05 PM"), ("es_MX", "4:05 p.m."), ("en_AU", "4:05 pm"), ("en_GB", "16:05"),
))
def test_the_time_field_reads_as_the_agenda_does(qtbot: object, practice_reset: None, locale: str,
                                                  afternoon: str) -> None:
    dates.set_practice_locale(locale)
    field = TimeField(QTime(16, 5), "Start")
    qtbot.addWidget(field)  # type: ignore[attr-defined]
    field.setTime(QTime(16, 5))
    assert dates.show_time(time(16, 5)) == afternoon
    assert " ".join(field.text().replace("\xa0", " ").split()) == afternoon


@pytest.mark.parametrize("typed", ("2:30 pm", "2:30 PM", "2:30 p.m.", "14:30"))
def test_a_spanish_us_field_takes_an_afternoon_typed_either_way(qtbot: object, practice_reset: None,
                                                                 typed: str) -> None:
    dates.set_practice_locale("es_US")
    field = TimeField(QTime(9, 0), "Start")
    qtbot.addWidget(field)  # type: ignore[attr-defined]
    field.show()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, typed)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: field.time() == QTime(14, 30))  # type: ignore[attr-defined]
    assert field.text() == "2:30 p.m."
