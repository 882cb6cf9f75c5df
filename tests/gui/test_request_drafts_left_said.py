"""The request window says the unsigned drafts its access copy left out, by day. Found by a
walker: the copy window said "Left out as unsigned drafts: 1" and closed on success; the request
window said what was given and nothing of the draft, so once it is signed nothing tells the
therapist the client has not had it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.test_access_copy_retry import _chart_with_draft
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.requests_dialog import RequestDetailDialog
from vault_app.services import access_copy

pytestmark = pytest.mark.gui


def test_the_request_window_says_the_drafts_left_out(unlocked_app: AppController, qtbot, tmp_path: Path) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    _chart, draft, rid = _chart_with_draft(vault)
    access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD, leave_drafts=(draft,))
    detail = RequestDetailDialog(unlocked_app, rid)
    qtbot.addWidget(detail)
    qtbot.waitUntil(lambda: "granted" in detail.summary.text(), timeout=10_000)
    said = detail.summary.text()
    assert f"Left out as unsigned drafts: 1 note ({show_date(fx.days_ago(2))})." in said, said
    assert "DRAFTMARKER" not in said
    detail.close()
    wait_ops(qtbot)
