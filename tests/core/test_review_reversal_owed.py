"""A review that reverses an access denial, whole or in part, owes the copy of what the reviewer
released (45 CFR 164.524(d)(4), (c)(1)); a denial in part owes its rest (164.524(d)(1)). Found by a
walker (W12): a reversal marked the request "granted" with nothing given, `request copy` refused it
as "already granted", and neither the dashboard's Requests due nor the worklist counted it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.request_given import Given
from vault_app.domain.request_owing import NOTHING, RELEASED, REST, copy_owed
from vault_app.domain.request_review import Review
from vault_app.domain.requests import ClientRequest
from vault_app.services import access_copy, dashboard, request_owed, request_reviews, requests, today, worklist
from vault_app.services.vault import Vault

D = date(2026, 10, 5)
PART = ClientRequest("R1", "c1", "access", date(2026, 10, 1), status="partially_granted", decided_on=D,
                     grounds=("endangerment",), granted="the other notes", denied="one note")
REVIEW = Review("V-1", "R1", "c1", date(2026, 10, 6), "Dr. Sam Reviewer", "PSY 1", True, date(2026, 10, 6),
                date(2026, 11, 5), decision="reversed", decided_on=date(2026, 10, 20))
GIVEN_BEFORE = Given(copied=("progress",), on=date(2026, 10, 10))
GIVEN_AFTER = Given(copied=("progress",), on=date(2026, 10, 20))
# (citation, request, review, what is owed)
OWED_ROWS = [
    ("45 CFR 164.524(d)(1)", PART, None, REST),
    ("45 CFR 164.524(d)(1)", replace(PART, given=GIVEN_BEFORE), None, NOTHING),
    ("45 CFR 164.524(d)(4)", replace(PART, status="granted"), REVIEW, RELEASED),
    ("45 CFR 164.524(d)(4)", replace(PART, given=GIVEN_BEFORE), replace(REVIEW, decision="partly_reversed"),
     RELEASED),
    ("45 CFR 164.524(d)(4)", replace(PART, status="granted", given=GIVEN_AFTER), REVIEW, NOTHING),
    ("45 CFR 164.524(d)(4)", replace(PART, status="denied", granted=""), replace(REVIEW, decision="upheld"),
     NOTHING),
    ("45 CFR 164.524(d)(4)", replace(PART, given=GIVEN_BEFORE), replace(REVIEW, decision="upheld"), NOTHING),
    ("45 CFR 164.524(d)(4)", replace(PART, status="granted"), replace(REVIEW, decision="", decided_on=None),
     NOTHING),
    ("45 CFR 164.524(b)(2)", replace(PART, status="open", decided_on=None), None, NOTHING),
    ("45 CFR 164.526", replace(PART, kind="amendment"), None, NOTHING),
]


@pytest.mark.parametrize(("citation", "asked", "review", "owed"), OWED_ROWS,
                         ids=[f"{r[0]} {r[3] or 'nothing'} {i}" for i, r in enumerate(OWED_ROWS)])
def test_what_a_decided_request_owes(citation: str, asked: ClientRequest, review: Review | None,
                                     owed: str) -> None:
    assert copy_owed(asked, review) == owed


def _reversed(vault: Vault, decision: str = "reversed") -> tuple[fx.Chart, str]:
    chart = fx.make_chart(vault, n=2)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(40))
    # Denied on time, reviewed later: the copy is owed past the request's 30 days (overdue, said so).
    requests.deny_request(vault, q.id, grounds=["endangerment"], decided_on=fx.days_ago(30),
                          granted="the other progress notes", denied="the progress note of the first session")
    request_reviews.request_review(vault, q.id, requested_on=fx.days_ago(9), reviewer_name="Dr. Sam Reviewer",
                                   reviewer_license="PSY 12345 CA", took_no_part=True, referred_on=fx.days_ago(9))
    request_reviews.decide_review(vault, q.id, decision=decision, decided_on=fx.days_ago(2))
    return chart, q.id


def _owed_ids(vault: Vault) -> tuple[set[str], set[str], set[str]]:
    d = dashboard.summary(vault)
    due = {r.request_id for r in d.requests_overdue + d.requests_due_soon}
    work = {i.item_id for i in worklist.build(vault).section("requests_due")}
    return due, work, {r.request.id for r in today.open_requests(vault)}


def test_a_reversal_owes_the_copy_until_it_is_given(vault: Vault, tmp_path: Path) -> None:
    chart, rid = _reversed(vault)
    assert request_owed.copy_owed_by(vault, requests.get_request(vault, rid)) == RELEASED
    assert all(rid in ids for ids in _owed_ids(vault)), "counted as owing: dashboard, worklist, open list"
    out = tmp_path / "copy"
    out.mkdir()
    result = access_copy.grant_with_copy(vault, rid, folder=out, password=fx.PASSWORD, kinds=("progress",))
    assert result.granted and result.left_out == ()
    text = " ".join(fx.pdf_text(next(out.glob("*-progress.pdf"))))
    assert chart.progress_markers[0] in text and chart.progress_markers[1] in text  # all of it: reversed whole
    q = requests.get_request(vault, rid)
    assert q.given is not None and q.given.on == fx.today()
    assert request_owed.copy_owed_by(vault, q) == NOTHING
    assert not any(rid in ids for ids in _owed_ids(vault))
    again = tmp_path / "again"
    again.mkdir()
    with pytest.raises(RefusedByPolicy, match="already granted"):
        access_copy.grant_with_copy(vault, rid, folder=again, password=fx.PASSWORD, kinds=("progress",))


def test_a_partial_reversal_gives_what_was_released_leaving_out_what_stays_denied(vault: Vault,
                                                                                    tmp_path: Path) -> None:
    chart, rid = _reversed(vault, "partly_reversed")
    assert all(rid in ids for ids in _owed_ids(vault))
    result = access_copy.grant_with_copy(vault, rid, folder=tmp_path, password=fx.PASSWORD, kinds=("progress",),
                                         leave_out=(chart.progress[0],), denied_left_out=True)
    assert result.granted and result.left_out == (chart.progress[0],)
    assert not any(rid in ids for ids in _owed_ids(vault))


def test_a_denial_in_part_whose_rest_is_not_given_counts_as_due(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(27))  # due in 3 days
    requests.deny_request(vault, q.id, grounds=["harm_to_other_person"], granted="the other notes", denied="one")
    due, work, listed = _owed_ids(vault)
    assert q.id in due and q.id in work and q.id in listed


def test_the_command_line_copy_after_a_reversal(vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _chart, rid = _reversed(vault)
    vault.lock()
    secret = tmp_path / "pdf-password"
    secret.write_text(fx.PASSWORD)
    out = tmp_path / "copy"
    out.mkdir()
    made = cli(capsys, monkeypatch, "request", "copy", "--vault", str(vault_dir), rid, "--folder", str(out),
               "--kinds", "progress", "--pdf-password-file", str(secret))
    assert "already granted" not in made.err
    assert made.code == 0, made.err
