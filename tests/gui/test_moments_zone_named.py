"""Every moment on screen says whose clock it is on when the practice's and this computer's differ.

Found (round 44): a therapist in Madrid, practice in Los Angeles, read a History entry at
"12/07/2026 9:15 AM" and, in the note window, "Signed 12/07/2026 12:15 AM PST" of the same
moment; the Backups list, the status bar and the Today screen said the computer's time with no
zone either. Now the History tab reads the ledger on the practice's clock, its zone named (as the
note window does: gui/practice_clock.moment_shown); the backups' moments stay on this computer's
clock (their single-file names are this computer's day; `backup list` says the same) with this
computer's zone named (practice_clock.moment_here). With the two clocks the same (Europe/Paris
for a computer in Madrid) or no practice zone, nothing is named and nothing changed.

The computer's zone is set here (TZ, with the C library's), the practice's in the vault."""

from __future__ import annotations

import time as clock
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import PASSPHRASE
from tests.gui.conftest import _teardown, unlock, wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_workflows import _open
from tests.local_clock import us_clock
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.gui import practice_clock
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController
from vault_app.gui.status_words import news_words
from vault_app.services import backup, practice, reminders
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui

MADRID, LOS_ANGELES = ZoneInfo("Europe/Madrid"), ZoneInfo("America/Los_Angeles")
STAMP = "2026-12-07T08:15:00+00:00"  # 9:15 AM in Madrid, 12:15 AM in Los Angeles


@pytest.fixture
def in_madrid(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Madrid")
    clock.tzset()
    yield
    practice_clock.set_zone("")
    monkeypatch.undo()
    clock.tzset()


@pytest.fixture(params=["America/Los_Angeles", "Europe/Paris", ""])
def madrid_app(request: pytest.FixtureRequest, in_madrid: None, tmp_path: Path, qtbot) -> Iterator[AppController]:  # type: ignore[no-untyped-def]
    """A vault opened in Madrid; its practice in Los Angeles, in Paris (Madrid's clock all year) or
    on this computer's clock."""
    folder = tmp_path / "vault"
    vault = create_vault(folder, PASSPHRASE, params=OWASP_FLOOR).vault
    practice.update(vault, locale="en_US", time_zone=request.param)
    vault.lock()
    from vault_app.gui.launcher import start

    controller = start(folder, kdf_params=OWASP_FLOOR)
    unlock(controller, qtbot)
    wait_ops(qtbot)
    assert practice_clock.name() == request.param  # read at the unlock
    yield controller
    _teardown(controller, qtbot)


def _elsewhere() -> bool:
    return practice_clock.name() == "America/Los_Angeles"


@pytest.mark.parametrize(("practice_zone", "here", "there"), [
    ("America/Los_Angeles", "12/07/2026 9:15 AM CET", "12/07/2026 12:15 AM PST"),
    ("Europe/Paris", "12/07/2026 9:15 AM", "12/07/2026 9:15 AM"),  # the same clock: nothing named
    ("", "12/07/2026 9:15 AM", "12/07/2026 9:15 AM"),  # no practice zone: as ever
])
def test_one_helper_says_whose_clock(in_madrid: None, qtbot, practice_zone: str, here: str, there: str) -> None:  # type: ignore[no-untyped-def]
    practice_clock.set_zone(practice_zone)
    assert practice_clock.moment_here(STAMP) == here
    assert practice_clock.moment_shown(STAMP) == there
    assert practice_clock.moment_here("not a moment") == "not a moment"  # an old record's free text, as is


def test_history_reads_the_ledger_on_the_practice_s_clock(madrid_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = madrid_app.main_window
    assert window is not None
    client_id = add_client(madrid_app, qtbot, "Clock Reader")
    vault = madrid_app.vault
    assert vault is not None
    entry = vault.ledger.append("note.viewed", {"client_id": client_id, "note_id": "n1"})
    tab = window.chart.history
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    shown = {tab.tree.topLevelItem(i).text(0): tab.tree.topLevelItem(i).text(1)
             for i in range(tab.tree.topLevelItemCount())}
    # The note window's clock (moment_shown): Los Angeles' with PST; else Madrid's, nothing named.
    expected = us_clock(entry.time, LOS_ANGELES, named=True) if _elsewhere() else us_clock(entry.time, MADRID)
    assert shown[str(entry.seq)] == expected


def test_backups_stay_on_this_computer_s_clock_its_zone_named(
        madrid_app: AppController, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made: list[str] = []
    madrid_app.op(None, lambda v: made.append(backup.create_backup(v, tmp_path / "backups").created)).run()
    wait_ops(qtbot, timeout=60_000)
    window = madrid_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    (created,) = made
    expected = us_clock(created, MADRID, named=_elsewhere())
    assert dialog.tree.topLevelItem(0).text(0) == expected
    assert f"Last backup: {expected}." in dialog.summary.text()
    dialog.close()


@pytest.mark.parametrize("practice_zone", ["America/Los_Angeles", "Europe/Paris", ""])
def test_the_status_bar_s_lost_folder_names_this_computer_s_zone(in_madrid: None, qtbot, practice_zone: str) -> None:  # type: ignore[no-untyped-def]
    practice_clock.set_zone(practice_zone)
    news = reminders.News(reminders.BACKUP_FOLDER_LOST, "lost", "/media/usb/backups",
                          params=(("count", "1"), ("when", "12/07/2026 9:15 AM"), ("at", STAMP)))
    said = news_words(news)
    named = practice_zone == "America/Los_Angeles"
    assert f"(found on {us_clock(STAMP, MADRID, named=named)})" in said
    assert ("CET" in said) is named


@pytest.mark.parametrize("practice_zone", ["America/Los_Angeles", ""])
def test_a_certificate_shown_names_the_clock_it_is_printed_on(in_madrid: None, qtbot, practice_zone: str) -> None:  # type: ignore[no-untyped-def]
    """The certificate page says its completion on this computer's clock with the zone always named,
    as the PDF printed here does; the signed certificate keeps UTC (a guard: it named it already)."""
    from vault_app.gui.destruction_texts import certificate_text

    practice_clock.set_zone(practice_zone)
    shown = certificate_text({"certificate_id": "C-1", "completed_at": STAMP, "records": {"chart_number": "7"}})
    assert "Completed 12/07/2026 9:15 AM CET." in shown


def test_the_status_bar_s_backup_checked_names_this_computer_s_zone(
        madrid_app: AppController, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The status bar after a restart: "Backup checked on 12/07/2026 9:15 AM CET." where the practice's
    clock is another; as before with the same clock (tests/gui/test_backup_checked_only_when_reachable.py)."""
    from tests.gui.test_backup_checked_only_when_reachable import _backed_up, _restarted

    _backed_up(madrid_app, qtbot, tmp_path / "usb-drive")
    vault = madrid_app.vault
    assert vault is not None
    checked = backup.status(vault)["last_verified_backup"]["verified_at"]
    assert _restarted(madrid_app, qtbot) == f"Backup checked on {us_clock(checked, MADRID, named=_elsewhere())}."


@pytest.mark.parametrize(("practice_zone", "shown"), [
    ("America/Los_Angeles", "01/10/2025 12:15 AM PST"),  # the note window's "Saved" clock, named
    ("Europe/Paris", "01/10/2025 9:15 AM"),  # the same clock: as before
    ("", "01/10/2025 9:15 AM"),
])
def test_a_restored_note_s_last_save_is_on_the_note_window_s_clock(  # type: ignore[no-untyped-def]
        in_madrid: None, qtbot, practice_zone: str, shown: str) -> None:
    """After a crash, "The note is as it was last saved at …" under the note window's session (held.saved_until)."""
    from vault_app.gui.held import saved_until

    practice_clock.set_zone(practice_zone)
    said = saved_until("2025-01-10T08:15:00+00:00")
    assert said.startswith(f"The note is as it was last saved at {shown};"), said
