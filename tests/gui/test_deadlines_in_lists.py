"""Deadlines said as deadlines on every screen that shows one: the month in words, and the weekday
where the day is a Saturday, a Sunday or a federal holiday (gui/dates.show_deadline, show_due). The
request window's "Due ..." line had no weekday; the Worklist's due column, the destruction wizard's
"kept until" and the Backups list's "kept until" said short dates ("01/03/2027"), which an es_US
practice's reader takes for March 1. Real vault, real widgets, real backup files; English and Spanish."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.worklist import WorkItem
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date, show_deadline, show_due, show_weekday
from vault_app.gui.request_detail_words import escape
from vault_app.services import backup, clients, notes, practice, requests
from vault_app.services.vault import Vault, open_vault

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


@pytest.mark.parametrize(("lang", "section", "on", "said"), [
    ("en", "requests_due", "2027-01-03", "Sun January 3, 2027"),  # a Sunday: its weekday
    ("en", "requests_due", "2026-12-14", "December 14, 2026"),
    ("en", "requests_due", "2026-11-26", "Thu November 26, 2026"),  # Thanksgiving Day
    ("en", "authorizations_expiring", "2027-01-05", "January 5, 2027"),
    ("en", "measures_due", "2027-01-05", "January 5, 2027"),
    ("en", "unsigned_notes", "2026-12-01", "12/01/2026"),  # not a deadline: the practice's date
    ("es", "requests_due", "2027-01-03", "dom 3 de enero de 2027"),
    ("es", "authorizations_expiring", "2027-01-05", "5 de enero de 2027"),
])
def test_the_worklist_says_its_due_dates_as_deadlines(lang: str, section: str, on: str, said: str,
                                                      qapp: object, request: pytest.FixtureRequest) -> None:
    if lang == "es":
        request.getfixturevalue("spanish")
    from vault_app.gui.worklist import describe

    assert describe(WorkItem(section, "request", "r1", "c1", "1001", on, 3))[2] == said


def test_the_request_window_says_the_due_day_with_its_weekday_and_what_to_do(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.due_advice_words import act_by_words
    from vault_app.gui.requests_dialog import RequestDetailDialog

    vault = unlocked_app.vault
    assert vault is not None
    practice.update(vault, license_state="")
    chart = fx.make_chart(vault, n=1)
    # Received in the last week, due 30 days on, a Sunday
    received = next(d for d in (fx.today() - timedelta(days=n) for n in range(7))
                    if (d + timedelta(days=30)).weekday() == 6)
    due = received + timedelta(days=30)
    rid = requests.add_request(vault, chart.client_id, kind="access", received_on=received).id
    detail = RequestDetailDialog(unlocked_app, rid)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: "Due" in detail.summary.text(), timeout=10_000)
    assert show_due(due) == f"{show_weekday(due)} {show_deadline(due)}"
    assert f"Due <b>{show_due(due)}</b>." in detail.summary.text()
    assert act_by_words(due).startswith("A Saturday or Sunday")
    assert f"<br>{escape(act_by_words(due))}<br>" in detail.summary.text()
    assert detail.plain_summary.endswith(f"due {show_due(due)}")
    detail.close()
    wait_ops(qtbot)


def test_the_destruction_wizard_says_until_when_the_chart_is_kept(
        unlocked_app: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_app.main_window
    assert window is not None
    client_id = add_client(unlocked_app, qtbot, "Kept Until")
    assert unlocked_app.vault is not None
    notes.create_progress_note(unlocked_app.vault, client_id, sections={"subjective": "seen today"})
    wizard = window.chart.start_destruction()
    wait_ops(qtbot)
    facts = wizard.eligibility_page.facts
    assert facts is not None and facts["eligible_on"]
    until = facts["eligible_on"]
    assert show_deadline(until) != show_date(until)
    assert f"must be kept until {show_deadline(until)}." in wizard.eligibility_page.text.text()
    wizard.next()
    basis = wizard.basis_page
    assert basis.retention.text() == f"The retention period has ended (not before {show_deadline(until)})"
    assert f"must be kept until {show_deadline(until)} under" in basis.early_note.text()
    wizard.reject()
    wait_ops(qtbot)


def test_the_backups_list_says_until_when_a_left_behind_backup_is_kept(
        vault: Vault, vault_dir: Path, tmp_path: Path, qapp: object,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from vault_app.gui.backups_list import fill_rows

    usb = tmp_path / "usb"
    backup.configure(vault, target=str(usb), kind="file")
    first = Path(backup.create_backup(vault, usb, verify=True).path)
    clients.create_client(vault, "The Mistake")
    left = Path(backup.create_backup(vault, usb, rotate_old=False).path)
    vault.lock()
    done = cli(capsys, monkeypatch, "backup", "restore", str(first), "--to", str(vault_dir), "--overwrite")
    assert done.code == 0, done.err
    restored = open_vault(vault_dir, PASSPHRASE)
    try:
        rows = backup.list_backups(restored)
    finally:
        restored.lock()
    (kept,) = [b for b in rows if b["path"] == str(left)]
    tree = QTreeWidget()
    tree.setColumnCount(6)
    fill_rows(tree, rows)
    (item,) = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).text(1) == left.name]
    # The column says it short (it ran past the list's edge); the whole kind is its tooltip and screen-reader text.
    assert item.text(4) == "single file, before the restore"
    whole = item.data(4, Qt.ItemDataRole.AccessibleTextRole)
    assert whole.endswith(f"kept until {show_deadline(kept['kept_until'])}")
    assert show_date(kept["kept_until"]) not in whole
