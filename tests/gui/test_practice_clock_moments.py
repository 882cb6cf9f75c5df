"""A note's signed and saved times on the clock of the session above them (found by a walker in
Madrid, practice in Los Angeles: "Signed 12/07/2026 8:59 AM · signature verified" under a session
of "12/06/2026 11:00 PM", signed six minutes after it, read as the next morning, with nothing
saying which clock was which). Where the practice's clock shows another time than this
computer's, the moment is on the practice's clock with its zone named; else as every moment is
shown. The computer's clock is set here (TZ, with the C library's)."""

from __future__ import annotations

import time as clock
from collections.abc import Iterator
from datetime import date, time

import pytest

from vault_app.domain.clinical_notes import ProgressNote, Signature
from vault_app.gui import practice_clock
from vault_app.gui.autosave import saved_words
from vault_app.gui.note_signing import signature_line

pytestmark = pytest.mark.gui

SIGNED = "2026-12-07T07:59:00+00:00"  # 11:59 PM on 12/06 in Los Angeles, 8:59 AM on 12/07 in Madrid


@pytest.fixture
def in_madrid(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Madrid")
    clock.tzset()
    yield
    practice_clock.set_zone("")
    monkeypatch.undo()
    clock.tzset()


@pytest.mark.parametrize(("practice", "shown"), [
    ("America/Los_Angeles", "12/06/2026 11:59 PM PST"),  # another clock: the practice's, named
    ("Europe/Paris", "12/07/2026 8:59 AM"),  # the same time as Madrid's: as ever, no zone
    ("", "12/07/2026 8:59 AM"),  # no practice zone: this computer's
])
def test_a_signed_moment_reads_on_the_sessions_clock(in_madrid: None, qtbot, practice: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    practice_clock.set_zone(practice)
    assert practice_clock.moment_shown(SIGNED) == shown
    note = ProgressNote("n1", "c1", None, date(2026, 12, 6), "SOAP", {"subjective": "x"},
                        signature=Signature(SIGNED, "Jordan Lee", "00" * 32, "00" * 64))
    assert signature_line(note, True) == f"Signed {shown} · signature verified"


def test_saved_names_the_practices_zone_when_given(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert saved_words(time(23, 59), "PST") == "Saved 11:59 PM PST"
    assert saved_words(time(8, 59)) == "Saved 8:59 AM"


def test_elsewhere_now_only_where_the_clocks_differ(in_madrid: None, qtbot) -> None:  # type: ignore[no-untyped-def]
    practice_clock.set_zone("Europe/Paris")
    assert practice_clock.elsewhere_now() is None
    practice_clock.set_zone("Asia/Tokyo")  # never Madrid's time, summer or winter
    there = practice_clock.elsewhere_now()
    assert there is not None and there.utcoffset() is not None and there.utcoffset().total_seconds() == 9 * 3600
