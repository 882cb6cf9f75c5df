"""Records > Charts eligible for destruction. Found in the real app: its dates alone were ISO
(2020-06-20 beside 06/20/2013 everywhere else), and the list only named charts: Enter closed
it, and the therapist had to find each chart again by its number."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_deadline
from vault_app.gui.eligible_charts import EligibleDialog
from vault_app.services import clients, holds, sessions

pytestmark = pytest.mark.gui


def test_the_list_dates_as_the_app_does_and_enter_opens_the_chart(unlocked_app: AppController, qtbot) -> None:
    made: dict[str, str] = {}

    def two_old_charts(v: object) -> None:
        for key, name, seen in (("held", "Aldous Heldover", date(2010, 3, 1)),
                                ("free", "Bertha Pastdue", date(2012, 6, 20))):
            made[key] = clients.create_client(v, name, date_of_birth="1950-01-01").client_id
            sessions.add_session(v, made[key], date=seen, duration_minutes=50)
        holds.place(v, made["held"], "subpoena", "Case 3")

    elsewhere(unlocked_app, qtbot, two_old_charts)
    window = window_of(unlocked_app)
    dialog = window.open_eligible()
    assert isinstance(dialog, EligibleDialog)
    wait_ops(qtbot)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    by_id = {str(r.data(0, Qt.ItemDataRole.UserRole)): r for r in rows if r is not None}
    assert by_id[made["held"]].text(1) == show_deadline(date(2017, 3, 1))
    assert by_id[made["free"]].text(1) == show_deadline(date(2019, 6, 20))
    assert by_id[made["held"]].text(3) == "legal hold" and by_id[made["free"]].text(3) == ""
    # Found on the real app: the note counted the held chart as past its period with no word that it
    # may not be destroyed; a held chart is never eligible (REGULATIONS.md, Retention).
    assert "under a legal hold" in dialog.note.text() and "not eligible" in dialog.note.text()

    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tree)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)
    current = dialog.tree.currentItem()
    assert current is not None
    wanted = str(current.data(0, Qt.ItemDataRole.UserRole))
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: window.chart.client_id == wanted)
    assert clients.get_client(unlocked_app.vault, wanted).chart_number in window.chart.header.text()


def test_the_rule_is_said_in_spanish(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest,
                                     qtbot) -> None:
    """Found on the real app in Spanish: the Rule column said "3 years after reaching age 18"."""
    from vault_app.gui import i18n

    monkeypatch.setenv("VAULT_APP_LANGUAGE", "es")
    try:
        _rules_in_spanish(request.getfixturevalue("unlocked_app"), qtbot)
    finally:
        i18n.install("en")


def _rules_in_spanish(unlocked_app: AppController, qtbot) -> None:
    def two_charts(v: object) -> None:
        adult = clients.create_client(v, "Adam Pastdue", date_of_birth="1950-01-01").client_id
        sessions.add_session(v, adult, date=date(2012, 6, 20), duration_minutes=50)
        minor = clients.create_client(v, "Mina Minor", date_of_birth="2000-06-01").client_id
        sessions.add_session(v, minor, date=date(2012, 1, 10), duration_minutes=50)

    elsewhere(unlocked_app, qtbot, two_charts)
    dialog = window_of(unlocked_app).open_eligible()
    assert isinstance(dialog, EligibleDialog)
    wait_ops(qtbot)
    items = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    rules = sorted(item.text(2) for item in items if item is not None)
    assert rules == ["3 años después de cumplir 18 años", "7 años después del último contacto"]


def test_a_lone_held_chart_is_not_offered_for_destruction(unlocked_app: AppController, qtbot) -> None:
    """One chart past its period, under a legal hold: the note said "Clients > Destroy chart…
    destroys it. One of them is under a legal hold: it ... cannot be destroyed" of that one chart."""
    def one_held_chart(v: object) -> None:
        held = clients.create_client(v, "Aldous Heldover", date_of_birth="1950-01-01").client_id
        sessions.add_session(v, held, date=date(2010, 3, 1), duration_minutes=50)
        holds.place(v, held, "subpoena", "Case 3")

    elsewhere(unlocked_app, qtbot, one_held_chart)
    dialog = window_of(unlocked_app).open_eligible()
    assert isinstance(dialog, EligibleDialog)
    wait_ops(qtbot)
    assert dialog.tree.topLevelItemCount() == 1
    note = dialog.note.text()
    assert "under a legal hold" in note and "not eligible" in note
    assert "destroys it" not in note and "One of them" not in note


def test_upcoming_charts_are_listed_with_the_day_each_becomes_eligible(unlocked_app: AppController, qtbot) -> None:
    """Found by a walker: only charts already due were shown, without the days the others become
    eligible (the command line has `retention eligible --all`)."""
    made: dict[str, str] = {}
    recent = date(date.today().year - 1, 3, 1)

    def old_and_recent(v: object) -> None:
        for key, name, seen in (("old", "Olga Pastdue", date(2012, 6, 20)), ("recent", "Rita Recent", recent)):
            made[key] = clients.create_client(v, name, date_of_birth="1950-01-01").client_id
            sessions.add_session(v, made[key], date=seen, duration_minutes=50)

    elsewhere(unlocked_app, qtbot, old_and_recent)
    dialog = window_of(unlocked_app).open_eligible()
    assert isinstance(dialog, EligibleDialog)
    wait_ops(qtbot)

    def listed() -> dict[str, list[str]]:
        rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
        return {str(r.data(0, Qt.ItemDataRole.UserRole)): [r.text(c) for c in range(5)] for r in rows if r}

    assert set(listed()) == {made["old"]}, "only the charts already due, by default"
    dialog.upcoming.setChecked(True)
    wait_ops(qtbot)
    rows = listed()
    assert set(rows) == {made["old"], made["recent"]}
    assert rows[made["recent"]][1] == show_deadline(date(recent.year + 7, 3, 1))
    assert rows[made["recent"]][4] == "not yet" and rows[made["old"]][4] == "eligible"
    assert "Not yet past the retention period: 1, listed with the day each becomes eligible." in dialog.note.text()
    dialog.upcoming.setChecked(False)
    wait_ops(qtbot)
    assert set(listed()) == {made["old"]}
    dialog.close()


def test_a_deceased_clients_chart_says_hipaas_fifty_years(unlocked_app: AppController, qtbot) -> None:
    """As `retention eligible` says it: the 50 years after the death (45 CFR 164.502(f)) are how long HIPAA protects
    the records, not a time to keep them (found by the date of death's author: the list said nothing of them)."""
    made: dict[str, str] = {}

    def charts(v: object) -> None:
        for key, name in (("dead", "Aldous Lategone"), ("alive", "Bertha Stillhere")):
            made[key] = clients.create_client(v, name, date_of_birth="1950-01-01").client_id
            sessions.add_session(v, made[key], date=date(2011, 2, 3), duration_minutes=50)
        clients.update_client(v, made["dead"], died_on="2011-02-10")

    elsewhere(unlocked_app, qtbot, charts)
    dialog = window_of(unlocked_app).open_eligible()
    assert isinstance(dialog, EligibleDialog)
    wait_ops(qtbot)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    by_id = {str(r.data(0, Qt.ItemDataRole.UserRole)): r for r in rows if r is not None}
    assert "died on 02/10/2011: HIPAA protects until 02/10/2061" in by_id[made["dead"]].text(2)
    assert "HIPAA" not in by_id[made["alive"]].text(2)
    said = dialog.note.text()
    assert "not a time they must be kept" in said and "the retention period decides" in said, said
    dialog.reject()
