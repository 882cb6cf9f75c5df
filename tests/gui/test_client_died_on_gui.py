"""A client's date of death in Client details, and the chart saying "died on …" instead of a growing age
(found by a walker: "Discharged" was all the form offered; the Overview kept counting "age 76"). Real
widgets, a real vault; Spanish too."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.services import clients

pytestmark = pytest.mark.gui


def _details(app: AppController, qtbot, client_id: str) -> ClientDetailsDialog:  # type: ignore[no-untyped-def]
    assert app.vault is not None
    dialog = ClientDetailsDialog(app, clients.get_client(app.vault, client_id), parent=app.main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    return dialog


def test_client_details_record_the_date_of_death_and_the_chart_says_it(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    walter = clients.create_client(vault, "Walter Ames", date_of_birth="1950-03-02").client_id
    dialog = _details(unlocked_app, qtbot, walter)
    day = fx.days_ago(12)
    dialog.died_on.set_day(day)
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert clients.get_client(vault, walter).died_on == day
    window = unlocked_app.main_window
    assert window is not None
    window.open_chart(walter)
    wait_ops(qtbot)
    overview = window.chart.overview
    qtbot.waitUntil(lambda: "died on" in overview.fields["dob"].text())
    assert "age" not in overview.fields["dob"].text()
    assert f"died on {show_date(day)}" in window.chart.subheader.text()


def test_a_date_of_death_before_birth_is_refused_at_the_field_and_nothing_saved(unlocked_app: AppController,
                                                                                 qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    walter = clients.create_client(vault, "Walter Ames", date_of_birth="1950-03-02").client_id
    dialog = _details(unlocked_app, qtbot, walter)
    dialog.died_on.set_day(fx.days_ago(365 * 80))
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "before the date of birth" in dialog.message.text())
    assert dialog.isVisible() and clients.get_client(vault, walter).died_on is None


def test_the_spanish_chart_says_fallecio(unlocked_app: AppController, qtbot, spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    walter = clients.create_client(vault, "Walter Ames", date_of_birth="1950-03-02").client_id
    clients.update_client(vault, walter, died_on=fx.days_ago(12))
    window = unlocked_app.main_window
    assert window is not None
    window.open_chart(walter)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: "falleció el" in window.chart.overview.fields["dob"].text())
    assert "falleció el" in window.chart.subheader.text()


def test_the_overview_says_hipaa_protects_the_record_fifty_years_after_the_death(unlocked_app: AppController,
                                                                                  qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    walter = clients.create_client(vault, "Walter Ames", date_of_birth="1950-03-02").client_id
    day = fx.days_ago(12)
    clients.update_client(vault, walter, status="discharged", discharged_on=day, died_on=day)
    window = unlocked_app.main_window
    assert window is not None
    window.open_chart(walter)
    wait_ops(qtbot)
    status = window.chart.overview.fields["status"]
    until = show_date(day.replace(year=day.year + 50))
    qtbot.waitUntil(lambda: "records kept until" in status.text())  # the state's retention, as before
    assert f"HIPAA protects a deceased client's records until {until}, 50 years after the death" in status.text()


def test_the_history_says_the_day_recorded_and_a_mistaken_one_taken_back(qapp) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.history_words import describe_event

    said = describe_event("client.death_recorded", {"client_id": "c1", "died_on": "2026-11-20"})
    assert said == f"Death recorded (died on {show_date(date(2026, 11, 20))})"
    assert describe_event("client.death_recorded", {"client_id": "c1", "died_on": None}) == \
        "Death recorded (date taken back)"


def test_the_overview_says_a_health_care_agents_authority_ended_at_the_death(unlocked_app: AppController,
                                                                             qtbot) -> None:
    from vault_app.services import guardians

    vault = unlocked_app.vault
    assert vault is not None
    walter = clients.create_client(vault, "Walter Ames", date_of_birth="1950-03-02").client_id
    guardians.add_guardian(vault, walter, "Ruth Ames", authority="health_care_agent", relationship="daughter")
    guardians.add_guardian(vault, walter, "Sam Ames", authority="personal_representative",
                           relationship="executor of the estate")
    day = fx.days_ago(12)
    clients.update_client(vault, walter, died_on=day)
    window = unlocked_app.main_window
    assert window is not None
    window.open_chart(walter)
    wait_ops(qtbot)
    shown = window.chart.overview.fields["guardians"]
    qtbot.waitUntil(lambda: "Ruth Ames" in shown.text())
    ruth, sam = sorted(shown.text().splitlines())
    assert f"authority ended at the client's death on {show_date(day)} (45 CFR 164.502(g)(4))" in ruth
    assert "ended" not in sam and "may no longer" not in sam
