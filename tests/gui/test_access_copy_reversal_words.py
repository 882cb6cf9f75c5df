"""The copy's window after a review reversed the access denial says what the reviewer's decision
asks (45 CFR 164.524(d)(4), (c)(1)), not a first grant's words. Found: after a full reversal it said
the request "closes as granted once every copy is written" (the review had granted it) and that the
treatment plan not in the copy could be "denied in writing" (the reviewer had released it). A first
grant keeps its words. Real vault, real widgets."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.test_request_copy_owed_said import reversed_request
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.services import requests

pytestmark = pytest.mark.gui

# (the review's decision, or "" for a first grant; words the window says; words it must not say)
ROWS = [
    ("reversed", "The reviewer reversed the denial (45 CFR 164.524(d)(4))", "deny them in writing"),
    ("partly_reversed", "The reviewer reversed the denial in part", "deny them in writing"),
    ("", "give it, or deny them in writing", "reviewer"),
]


@pytest.mark.parametrize(("decision", "says", "never"), ROWS, ids=[r[0] or "first grant" for r in ROWS])
def test_the_copy_window_says_what_fits(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                        decision: str, says: str, never: str) -> None:
    from vault_app.gui.access_copy_dialog import AccessCopyDialog

    vault = unlocked_app.vault
    assert vault is not None
    if decision:
        _chart, rid = reversed_request(vault, decision)
    else:
        chart = fx.make_chart(vault, n=1)
        rid = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(2)).id
    dialog = AccessCopyDialog(unlocked_app, rid)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: says in dialog.intro.text() + " " + dialog.not_held_label.text(), timeout=10_000)
    said = dialog.intro.text() + " " + dialog.not_held_label.text()
    assert never not in said, said
    if decision:
        assert "closes as granted" not in said and "Where the reviewer released them" in said
    dialog.close()
    wait_ops(qtbot)
