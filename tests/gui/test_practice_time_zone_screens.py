"""The practice's time zone on screen: a new note's session day, the agenda's today and its
calm line, Settings' row. The computer's zone is set here (TZ, with the C library's clock), the
practice's in the vault; their calendar days always differ (Etc/GMT+12 and Pacific/Kiritimati are
26 hours apart), so the day a screen shows says whose clock it read, whatever time the run is.

Found (a walker): a therapist in Madrid writing at 01:00 about a Los Angeles session of 4 PM the
day before had Madrid's day as the new note's session date (the superbill's date of service)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.computer_zone import computer_in
from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, unlock, wait_ops
from tests.gui.test_chart import add_client
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import practice_clock
from vault_app.gui.controller import AppController
from vault_app.services import practice
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui

PRACTICE, COMPUTER = "Pacific/Kiritimati", "Etc/GMT+12"


def _day_in(name: str) -> date:
    return datetime.now(UTC).astimezone(ZoneInfo(name)).date()


@pytest.fixture
def far_away(tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppController]:
    with computer_in(COMPUTER, monkeypatch):
        folder = tmp_path / "vault"
        vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault
        practice.update(vault, locale="en_US", time_zone=PRACTICE)
        vault.lock()
        from vault_app.gui.launcher import start

        controller = start(folder, kdf_params=OWASP_FLOOR)
        unlock(controller, qtbot)
        wait_ops(qtbot)
        yield controller
        _teardown(controller, qtbot)
        practice_clock.set_zone("")


def test_a_new_note_s_session_day_is_the_practice_s(far_away: AppController, qtbot) -> None:
    window = far_away.main_window
    assert window is not None and practice_clock.name() == PRACTICE  # read at the unlock
    add_client(far_away, qtbot, "Teuea Toatu")
    window.chart.new_note()
    editor = window.chart.editors[-1]
    qtbot.waitUntil(editor.isActiveWindow)
    shown = editor.session_date.date()
    assert date(shown.year(), shown.month(), shown.day()) == _day_in(PRACTICE)
    assert _day_in(PRACTICE) != _day_in(COMPUTER)
    editor.close()


def test_the_agenda_says_whose_clock_once_and_settings_sets_it_back(far_away: AppController, qtbot) -> None:
    from vault_app.gui.settings_dialog import SettingsDialog

    window = far_away.main_window
    assert window is not None
    window.menu_actions["agenda"].trigger()
    wait_ops(qtbot)
    agenda = window.agenda
    assert agenda.day == _day_in(PRACTICE)
    qtbot.waitUntil(agenda.zone_note.isVisible)
    assert agenda.zone_note.text() == (f"Times are the practice's ({PRACTICE}); this computer is in {COMPUTER}.")

    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    assert dialog.zone_box.chosen() == PRACTICE and dialog.zone_box.itemText(0) == "This computer's time zone"
    dialog.zone_box.setCurrentIndex(0)
    assert dialog.typed()  # Escape would ask first
    dialog.save()
    wait_ops(qtbot)
    vault = far_away.vault
    assert vault is not None
    assert practice.load(vault).time_zone == "" and practice_clock.name() == ""
    agenda.go_today()
    wait_ops(qtbot)
    assert agenda.day == _day_in(COMPUTER) and not agenda.zone_note.isVisible()


def test_the_zone_list_offers_a_us_practice_s_zones_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Found walking in Spanish: the list began at Africa/Abidjan, some 140 places before
    America/Los_Angeles; a US practice's zones now come right after this computer's."""
    from vault_app.gui.practice_zone_box import US_FIRST, ZoneBox, zone_names

    box = ZoneBox()
    qtbot.addWidget(box)
    names = zone_names()
    box.fill(names, "America/Los_Angeles")
    assert box.itemText(0) == "This computer's time zone"
    assert [box.itemData(i) for i in range(1, 1 + len(US_FIRST))] == list(US_FIRST)
    assert box.chosen() == "America/Los_Angeles" and box.currentIndex() == 1 + US_FIRST.index("America/Los_Angeles")
    assert "Africa/Abidjan" in [box.itemData(i) for i in range(box.count())]  # every place still follows
    box.fill(names, "Europe/Madrid")
    assert box.chosen() == "Europe/Madrid"
