"""Record a request asks whether the client asked to inspect, for copies, or both, and the due
date's words follow what was asked. Found by a New York psychologist walker (shot 63): a written
request for copies was held to N.Y. Public Health Law 18(2)(a)'s 10 days to inspect, the form never
asked which, and Extend stayed greyed. Real vault, real widgets, es.ts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.new_request_dialog import NewRequestDialog
from vault_app.gui.request_due_words import long_words, no_extension_words, state_extension_words
from vault_app.services import practice, request_due, requests

pytestmark = pytest.mark.gui


def _recorded(app: AppController, qtbot, asked: str) -> tuple[NewRequestDialog, str]:  # type: ignore[no-untyped-def]
    vault = app.vault
    assert vault is not None
    practice.update(vault, license_state="NY", clinician_name="Dr. Ana Torres", license_number="PSY 12345")
    chart = fx.make_chart(vault, n=1)
    dialog = NewRequestDialog(app, chart.client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    dialog.kind.setCurrentIndex(dialog.kind.findData("amendment"))
    assert not dialog.asked.isVisible()  # said of an access request only
    dialog.kind.setCurrentIndex(dialog.kind.findData("access"))
    assert dialog.asked.isVisible() and dialog.asked.currentData() == ""
    dialog.received.setDate(fx.days_ago(2))
    dialog.description.setText("Written request for a copy of her whole record")
    dialog.asked.setCurrentIndex(dialog.asked.findData(asked))
    dialog.save()
    qtbot.waitUntil(lambda: bool(requests.list_requests(vault, client_id=chart.client_id)))
    return dialog, chart.client_id


@pytest.mark.parametrize(("asked", "days", "said", "extends"), (
    ("copies", 30, "The client asked for copies of the record.", True),
    ("inspect", 10, "The client asked to inspect the record.", False),
))
def test_what_was_asked_is_kept_and_sets_the_due_date(unlocked_app: AppController, qtbot, asked: str, days: int,
                                                      said: str, extends: bool) -> None:
    _dialog, client_id = _recorded(unlocked_app, qtbot, asked)
    vault = unlocked_app.vault
    assert vault is not None
    (q,) = requests.list_requests(vault, client_id=client_id)
    assert q.asked == asked
    d = request_due.deadline_of(vault, q)
    assert d.day == fx.days_ago(2) + timedelta(days=days)
    lines = long_words(d)
    assert lines[0] == said
    assert not any("does not say whether" in line for line in lines)
    assert (no_extension_words(q, d) == "") is extends
    if asked == "copies":
        assert any("copies within a reasonable time (N.Y. Public Health Law 18(2)(d))" in line for line in lines)


def test_the_choice_in_spanish(unlocked_app: AppController, qtbot, spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    chart = fx.make_chart(vault, n=1)
    dialog = NewRequestDialog(unlocked_app, chart.client_id)
    qtbot.addWidget(dialog)
    wait_ops(qtbot)
    texts = [dialog.asked.itemText(i) for i in range(dialog.asked.count())]
    assert texts[2] == "Copias del expediente" and dialog.asked_label.text().replace("&", "") == "Pidió:"


def test_the_requests_tab_says_new_yorks_copies_may_be_extended(qapp) -> None:  # type: ignore[no-untyped-def]
    assert "a request for copies alone may be" in state_extension_words("NY")
    assert "copies alone" not in state_extension_words("CA")  # California's copies have 15 days, no extension
    assert state_extension_words("TX") == ""
