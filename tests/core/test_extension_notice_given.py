"""An extension is recorded by the written notice that gives it (45 CFR 164.524(b)(2),
164.526(b)(2), 164.528(c)(1)): a notice dated after today is not yet given. Found by a walker
(round 46, finding 10): `request extend --notice-on 2028-04-09` on 03/10/2028 recorded the
request as extended by a notice nobody had sent. The rule is table-tested on both sides, then
said by the real CLI on a real vault, the request left as it was."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.deadlines import check_notice_given, extend
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import requests
from vault_app.services.vault import Vault

TODAY = date(2028, 3, 10)


@pytest.mark.parametrize(
    ("kind", "notice", "refused_with"),
    [
        # allowed: given today, or given earlier and recorded now
        ("access", TODAY, None),
        ("access", TODAY - timedelta(days=1), None),
        ("amendment", TODAY - timedelta(days=5), None),
        ("accounting", TODAY, None),
        # refused: dated after today, by a day or by weeks (the walker's 04/09/2028)
        ("access", TODAY + timedelta(days=1), "45 CFR 164.524(b)(2)"),
        ("access", date(2028, 4, 9), "45 CFR 164.524(b)(2)"),
        ("amendment", TODAY + timedelta(days=1), "45 CFR 164.526(b)(2)"),
        ("accounting", TODAY + timedelta(days=3), "45 CFR 164.528(c)(1)"),
    ],
)
def test_a_notice_is_given_by_today(kind: str, notice: date, refused_with: str | None) -> None:
    if refused_with is None:
        check_notice_given(kind, notice, today=TODAY)
        ext = extend(kind, date(2028, 3, 1), notice_on=notice, reason="records off site", today=TODAY)
        assert ext.notice_on == notice
        return
    with pytest.raises(RefusedByPolicy) as refused:
        check_notice_given(kind, notice, today=TODAY)
    assert refused.value.code == "request.notice_after_today"
    assert refused.value.params["citation"] == refused_with
    assert refused_with in str(refused.value)
    assert f"{notice:%m/%d/%Y}" in str(refused.value) and "03/10/2028" in str(refused.value)
    with pytest.raises(RefusedByPolicy) as by_extend:
        extend(kind, date(2028, 3, 1), notice_on=notice, reason="records off site", today=TODAY)
    assert by_extend.value.code == "request.notice_after_today"


def test_the_cli_refuses_a_notice_dated_after_today(vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(5))
    folder = vault.folder
    vault.lock()
    later = fx.today() + timedelta(days=7)  # inside the first 30 days, not yet come
    refused = cli(capsys, monkeypatch, "request", "extend", "--vault", str(folder), asked.id, "--notice-on",
                  later.isoformat(), "--reason", "records off site")
    assert refused.code == 6, refused.err
    assert "after today" in refused.err and "45 CFR 164.524(b)(2)" in refused.err, refused.err
    listed = cli(capsys, monkeypatch, "request", "list", "--vault", str(folder), "--json")
    assert listed.code == 0, listed.err
    (row,) = [r for r in listed.json() if r["request_id"] == asked.id]
    assert row["status"] == "open" and row["extended"] is False, row
    done = cli(capsys, monkeypatch, "request", "extend", "--vault", str(folder), asked.id, "--notice-on",
               fx.today().isoformat(), "--reason", "records off site")
    assert done.code == 0, done.err  # given today: recorded, as before
