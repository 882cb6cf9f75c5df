"""A request whose access denial a review reversed says the copy is owed, with its due date, until
it is given (45 CFR 164.524(d)(4): the practice carries out the reviewer's determination by giving
access, (c)(1)). Found: `request list`, the Requests window and the chart's Requests tab said
"granted" while the copy was still owed. The rule: domain/request_owing.status_said."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.request_owing import COPY_OWED, NOTHING, RELEASED, REST, status_said
from vault_app.services import access_copy, request_reviews, requests
from vault_app.services.vault import Vault

# (citation, status kept, what is owed, the status said)
SAID_ROWS = [
    ("45 CFR 164.524(d)(4)", "granted", RELEASED, COPY_OWED),
    ("45 CFR 164.524(d)(4)", "partially_granted", RELEASED, COPY_OWED),
    ("45 CFR 164.524(d)(1)", "partially_granted", REST, "partially_granted"),
    ("45 CFR 164.524(c)(1)", "granted", NOTHING, "granted"),
    ("45 CFR 164.524(d)(4)", "denied", NOTHING, "denied"),
    ("45 CFR 164.524(b)(2)", "open", NOTHING, "open"),
]


@pytest.mark.parametrize(("citation", "status", "owed", "said"), SAID_ROWS,
                         ids=[f"{r[0]} {r[1]} {r[2] or 'nothing'}" for r in SAID_ROWS])
def test_the_status_said(citation: str, status: str, owed: str, said: str) -> None:
    assert status_said(status, owed) == said


def reversed_request(vault: Vault, decision: str = "reversed") -> tuple[fx.Chart, str]:
    """An access request denied in part, the denial reversed on review two days ago, no copy given."""
    chart = fx.make_chart(vault, n=2)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(40))
    requests.deny_request(vault, q.id, grounds=["endangerment"], decided_on=fx.days_ago(30),
                          granted="the other progress notes", denied="the progress note of the first session")
    request_reviews.request_review(vault, q.id, requested_on=fx.days_ago(9), reviewer_name="Dr. Sam Reviewer",
                                   reviewer_license="PSY 12345 CA", took_no_part=True, referred_on=fx.days_ago(9))
    request_reviews.decide_review(vault, q.id, decision=decision, decided_on=fx.days_ago(2))
    return chart, q.id


def test_the_list_says_the_copy_owed_until_it_is_given(vault: Vault, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _chart, rid = reversed_request(vault)
    folder = vault.folder
    vault.lock()
    v = ("--vault", str(folder))
    listed = cli(capsys, monkeypatch, "request", "list", *v)
    assert listed.code == 0, listed.err
    (line,) = [x for x in listed.out.splitlines() if x.startswith(rid)]
    assert "copy owed after review, overdue" in line and not line.endswith("granted"), line
    data = cli(capsys, monkeypatch, "request", "list", "--json", *v).json()
    assert [d["copy_owed"] for d in data] == ["released"] and data[0]["status"] == "granted"
    still_open = cli(capsys, monkeypatch, "request", "list", "--open", "--json", *v).json()
    assert [d["request_id"] for d in still_open] == [rid], "owing the copy, it is still the practice's to act on"
    shown = cli(capsys, monkeypatch, "request", "show", rid, *v)
    assert "copy owed" in shown.out.splitlines()[0]

    from tests.conftest import reopen

    vault = reopen(folder)
    try:
        out = tmp_path / "copy"
        out.mkdir()
        assert access_copy.grant_with_copy(vault, rid, folder=out, password=fx.PASSWORD, kinds=("progress",)).granted
    finally:
        vault.lock()
    given = cli(capsys, monkeypatch, "request", "list", *v)
    (line,) = [x for x in given.out.splitlines() if x.startswith(rid)]
    assert line.endswith("granted") and "copy owed" not in line, line
    assert cli(capsys, monkeypatch, "request", "list", "--open", "--json", *v).json() == []
