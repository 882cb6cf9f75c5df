"""A couple's chart on a 1366x768 laptop at 150 % (910x512 logical pixels), in Spanish. Found on
Xvfb: the Sessions and notes tab's "Reservada en confidencia para…" beside Abrir and "Nueva nota
de evolución" made the chart wider than the window (a sideways scroll bar, the new-note button
cut off). Real vault, real widgets, the real es.ts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton, QWidget

from tests.gui.conftest import wait_ops
from tests.gui.test_change_notices import elsewhere, window_of
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.main_window import MainWindow
from vault_app.services import clients
from vault_app.services.vault import Vault

pytestmark = pytest.mark.gui

ROOM = (910, 512)


@pytest.fixture
def spanish() -> Iterator[str]:
    assert i18n.install("es") == "es"
    yield "es"
    i18n.install("en")


def couple(app: AppController, qtbot) -> str:  # type: ignore[no-untyped-def]
    made: dict[str, str] = {}

    def make(v: Vault) -> None:
        one = clients.create_client(v, "Briony Cobblevale", date_of_birth="1980-02-03").client_id
        two = clients.create_client(v, "Juniper Sparrowstone", date_of_birth="1981-04-05").client_id
        made["case"] = clients.create_case(v, "Cobblevale-Sparrowstone couple", [one, two]).case_id
    elsewhere(app, qtbot, make)
    return made["case"]


def laptop_window(app: AppController, qtbot, case_id: str) -> MainWindow:  # type: ignore[no-untyped-def]
    window = window_of(app)
    fresh = type(window)(app)  # built in the language; never closed (that means Quit)
    fresh.resize(*ROOM)
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.open_chart(case_id)
    wait_ops(qtbot)
    return fresh


def _whole_across(window: QWidget, widget: QWidget) -> bool:
    left = widget.mapTo(window, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= window.width()


def test_the_case_notes_tab_fits_a_laptop_at_150_percent(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                         spanish: str) -> None:
    case_id = couple(unlocked_app, qtbot)
    window = laptop_window(unlocked_app, qtbot, case_id)
    chart = window.chart
    chart.tabs.setCurrentWidget(chart.sessions)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: chart.sessions.held_button.isVisible())
    qtbot.wait(50)  # the layout's next pass
    assert window.width() == ROOM[0]
    assert chart.sessions.minimumSizeHint().width() <= chart.sessions.width()
    for button in chart.sessions.findChildren(QPushButton):
        if button.isVisible():
            assert _whole_across(window, button), button.text()
    window.hide()
    window.deleteLater()


@pytest.mark.parametrize("kind", ["couple", "family"])
def test_a_new_note_on_a_case_starts_as_its_kind(unlocked_app: AppController, qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Found on Xvfb: a couple's new note started "Individual", CPT 90837 (the code of one
    person's hour); the CPT is the services' suggestion for the case's modality (90847)."""
    from vault_app.services.sessions import suggest_cpt

    made: dict[str, str] = {}

    def make(v: Vault) -> None:
        one = clients.create_client(v, "Ada Lovelace", date_of_birth="1980-02-03").client_id
        two = clients.create_client(v, "Bruno Lovelace", date_of_birth="1981-04-05").client_id
        made["case"] = clients.create_case(v, "Lovelace", [one, two], kind=kind).case_id
        made["one"] = one
    elsewhere(unlocked_app, qtbot, make)
    window = window_of(unlocked_app)
    window.open_chart(made["case"])
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: window.chart.shown_client() is not None)
    editor = window.chart.new_note()
    assert editor is not None
    qtbot.addWidget(editor)
    expected = suggest_cpt(editor.duration.value(), kind)
    assert expected is not None
    assert (editor.modality.currentData(), editor.cpt.text()) == (kind, expected.code)
    assert not editor.cpt.isModified()  # still the suggestion: a length typed changes it
    editor.close()
    wait_ops(qtbot)
    # One person's chart: still individual
    window.open_chart(made["one"])
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: (c := window.chart.shown_client()) is not None and c.client_id == made["one"])
    single = window.chart.new_note()
    assert single is not None
    qtbot.addWidget(single)
    assert single.modality.currentData() == "individual"
    single.close()
    wait_ops(qtbot)


def test_the_case_overview_puts_its_members_in_the_value_column(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                                spanish: str) -> None:
    """Found on Xvfb in Spanish at 150 %: the member buttons sat under the labels ("Miembros:")
    rather than beside them, and cut "Briony Cobblevale (demo)" to "Briony Cobblevale (d…" even
    in a window with room for it."""
    made: dict[str, str] = {}

    def make(v: Vault) -> None:
        one = clients.create_client(v, "Briony Cobblevale (demo)", date_of_birth="1980-02-03").client_id
        two = clients.create_client(v, "Juniper Sparrowstone (demo)", date_of_birth="1981-04-05").client_id
        made["case"] = clients.create_case(v, "Cobblevale-Sparrowstone couple", [one, two]).case_id
    elsewhere(unlocked_app, qtbot, make)
    window = laptop_window(unlocked_app, qtbot, made["case"])
    overview = window.chart.overview
    window.chart.tabs.setCurrentWidget(overview)
    qtbot.waitUntil(lambda: len(overview.member_buttons) == 2)
    qtbot.wait(50)  # the layout's next pass
    value = overview.fields["members"]
    for button in overview.member_buttons:
        assert button.isVisible()
        assert button.mapTo(window, QPoint(0, 0)).x() >= value.mapTo(window, QPoint(0, 0)).x(), button.text()
        assert _whole_across(window, button), button.text()
        assert button.text().endswith(")")  # the chart number stays whole
    window.resize(1800, 900)
    qtbot.waitUntil(lambda: all("(demo)" in b.text() for b in overview.member_buttons))
    assert all(b.text().endswith(")") for b in overview.member_buttons)
    window.hide()
    window.deleteLater()
