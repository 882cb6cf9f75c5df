"""What the copy of the rest of an access request denied in part left out as denied (45 CFR
164.524(d)(1)) is recorded as data and the command line said it; the request's window said only
"The rest was given on <day>: copy of the progress notes", and the copy's own window said nothing
of it either. Both now say "Left out as denied: N items" with what they are (kind and day, never a
note's text), and the chart's History says the count. Real vault, real copy, real widgets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.access_copy_rest_items import ID_ROLE
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.history_words import describe_event
from vault_app.gui.request_given_words import left_out_words
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import access_copy, requests
from vault_app.services.access_copy import RestItem

pytestmark = pytest.mark.gui

DENIED = "the note naming the client's brother"


def _partly_denied(app: AppController) -> tuple[fx.Chart, str]:
    vault = app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=3)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], denied=DENIED, granted="the other notes")
    return chart, q.id


def test_the_request_window_says_what_the_rest_left_out(unlocked_app: AppController, qtbot: Any,
                                                        tmp_path: Path) -> None:
    chart, rid = _partly_denied(unlocked_app)
    vault = unlocked_app.vault
    assert vault is not None
    out = tmp_path / "copy"
    out.mkdir()
    access_copy.grant_with_copy(vault, rid, folder=out, password=fx.PASSWORD,
                                leave_out=(chart.progress[1], chart.progress[2]), denied_left_out=True)
    detail = RequestDetailDialog(unlocked_app, rid)
    qtbot.addWidget(detail)
    detail.show()
    said = (f"Left out as denied: 2 items (progress note of {show_date(chart.note_days[1])}; "
            f"progress note of {show_date(chart.note_days[2])}).")
    qtbot.waitUntil(lambda: said in detail.summary.text(), timeout=10_000)
    assert said in detail.grant_button.toolTip()
    for marker in chart.progress_markers:  # what they are, never their text
        assert marker not in detail.summary.text()
    detail.close()
    wait_ops(qtbot)


def test_the_copys_window_says_what_it_left_out(unlocked_app: AppController, qtbot: Any, tmp_path: Path) -> None:
    chart, rid = _partly_denied(unlocked_app)
    detail = RequestDetailDialog(unlocked_app, rid)
    qtbot.addWidget(detail)
    detail.show()
    qtbot.waitUntil(lambda: detail.client_id is not None, timeout=10_000)
    copy = detail.grant()
    copy.password.setText(fx.PASSWORD)  # type: ignore[attr-defined]
    copy.password_again.setText(fx.PASSWORD)  # type: ignore[attr-defined]
    (tmp_path / "copy").mkdir()
    copy.folder.setText(str(tmp_path / "copy"))  # type: ignore[attr-defined]
    rest = copy.rest_items  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: rest.isVisible() and rest.list.count() > 0, timeout=10_000)
    denied_row = next(rest.list.item(i) for i in range(rest.list.count())
                      if rest.list.item(i).data(ID_ROLE) == chart.progress[1])
    denied_row.setCheckState(Qt.CheckState.Unchecked)
    rest.confirm.setChecked(True)
    copy.make_button.click()  # type: ignore[attr-defined]
    wait_ops(qtbot)
    said = f"Left out as denied: 1 item (progress note of {show_date(chart.note_days[1])})."
    qtbot.waitUntil(lambda: said in copy.outcome.text(), timeout=20_000)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: said in detail.summary.text(), timeout=10_000)
    copy.close()
    detail.close()
    wait_ops(qtbot)


@pytest.mark.parametrize(("items", "gone", "said"), [
    ((), 0, ""),
    ((("progress", "2026-10-12"),), 0, "Left out as denied: 1 item (progress note of {0})."),
    ((("progress", "2026-10-12"), ("billing", "2026-11-02")), 0,
     "Left out as denied: 2 items (progress note of {0}; billing of the session of {1})."),
    ((("progress", "2026-10-12"),), 1, "Left out as denied: 2 items (progress note of {0}; 1 no longer in the chart)."),
    ((), 2, "Left out as denied: 2 items (2 no longer in the chart)."),
], ids=["none", "one", "two kinds", "one gone", "all gone"])
def test_left_out_words(qapp: Any, items: tuple[tuple[str, str], ...], gone: int, said: str) -> None:
    from datetime import date

    rest = tuple(RestItem(kind, f"id{n}", date.fromisoformat(day)) for n, (kind, day) in enumerate(items))  # type: ignore[arg-type]
    assert left_out_words(rest, gone) == said.format(*(show_date(i.day) for i in rest))


@pytest.mark.parametrize(("payload", "said"), [
    ({"given_on": "2026-12-05"}, "Rest of a partly denied request given"),
    ({"given_on": "2026-12-05", "left_out": 2}, "Rest of a partly denied request given (2 left out as denied)"),
    ({"given_on": "2026-12-05", "left_out": 0}, "Rest of a partly denied request given"),
], ids=["before the count", "two left out", "none left out"])
def test_the_history_says_the_rest_given_and_how_many_left_out(qapp: Any, payload: dict[str, object],
                                                               said: str) -> None:
    assert describe_event("request.rest_given", payload) == said


def test_the_ledger_counts_what_the_rest_left_out(unlocked_app: AppController, tmp_path: Path) -> None:
    chart, rid = _partly_denied(unlocked_app)
    vault = unlocked_app.vault
    assert vault is not None
    out = tmp_path / "copy"
    out.mkdir()
    access_copy.grant_with_copy(vault, rid, folder=out, password=fx.PASSWORD,
                                leave_out=(chart.progress[0],), denied_left_out=True)
    entry = vault.ledger.entries(("request.rest_given",))[-1]
    assert entry.payload["left_out"] == 1
    assert chart.progress[0] not in str(entry.payload)  # a count, not which


def test_the_charts_request_list_says_the_rest_given_and_the_count(unlocked_app: AppController, qtbot: Any,
                                                                   tmp_path: Path) -> None:
    """The chart's Requests tab said only "partially granted", given or not."""
    chart, rid = _partly_denied(unlocked_app)
    vault, window = unlocked_app.vault, unlocked_app.main_window
    assert vault is not None and window is not None
    tab = window.chart.requests
    tab.load(chart.client_id)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=10_000)
    assert tab.tree.topLevelItem(0).text(3) == "partially granted"
    out = tmp_path / "copy"
    out.mkdir()
    access_copy.grant_with_copy(vault, rid, folder=out, password=fx.PASSWORD,
                                leave_out=(chart.progress[0], chart.progress[1]), denied_left_out=True)
    tab.load(chart.client_id)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItem(0).text(3) != "partially granted", timeout=10_000)
    assert tab.tree.topLevelItem(0).text(3) == "partially granted; rest given, 2 left out as denied"
