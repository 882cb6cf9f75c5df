"""`vault-app request show` says the unsigned drafts an access copy left out, by day (found by a
walker: the copy said it once, then nothing on the request did)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from tests.core.test_access_copy_retry import _chart_with_draft
from vault_app.domain.locale_format import date_text
from vault_app.services import access_copy, notes
from vault_app.services.request_drafts_left import drafts_left_out_days
from vault_app.services.vault import Vault


def test_request_show_says_the_drafts_left_out(vault: Vault, vault_dir: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    _chart, draft, rid = _chart_with_draft(vault)
    access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD, leave_drafts=(draft,))
    vault.lock()
    v = ["--vault", str(vault_dir)]
    shown = cli(capsys, monkeypatch, "request", "show", *v, rid).out
    day = date_text(fx.days_ago(2), "en-US")
    assert f"Left out as unsigned drafts: 1 note ({day})" in shown, shown
    assert "DRAFTMARKER" not in shown
    data = cli(capsys, monkeypatch, "request", "show", *v, rid, "--json").json()
    assert data["drafts_left_out"] == {"days": [fx.days_ago(2).isoformat()], "gone": 0}


def test_a_request_that_left_no_draft_out_says_nothing_of_drafts(vault: Vault, tmp_path: Path) -> None:
    chart, draft, rid = _chart_with_draft(vault)
    notes.sign_note(vault, draft)
    access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD)
    from vault_app.services import requests

    assert drafts_left_out_days(vault, requests.get_request(vault, rid)) == ((), 0)
    assert chart.client_id
