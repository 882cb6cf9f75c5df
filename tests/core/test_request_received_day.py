"""A request's received day that cannot be is a slip of the year, refused with what to check:
before the client was born, or longer ago than a request is kept on file (the longer of six
years, 45 CFR 164.530(j)(2), and the practice's retention years). Found in round 46:
`request add --received-on 1900-01-01` was recorded, "due January 31, 1900", and stood overdue
from the day it was typed. The domain's table both sides, then a real vault and the real CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import InvalidInput
from vault_app.domain.request_received_day import check_received_on, earliest_received
from vault_app.services import clients, request_refused, requests, retention
from vault_app.services.vault import Vault

TODAY = date(2026, 12, 7)
BORN = date(1990, 5, 1)

# received, born, the practice's retention years, the refusal's code ("" : recorded)
CASES = (
    (TODAY, BORN, 7, ""),
    (date(2019, 12, 7), BORN, 7, ""),  # seven years ago to the day: within a 7-year retention
    (date(2019, 12, 6), BORN, 7, "request.received_too_long_ago"),
    (date(2020, 12, 7), BORN, 1, ""),  # six years ago: the law's floor, whatever the practice keeps
    (date(2020, 12, 6), BORN, 1, "request.received_too_long_ago"),
    (date(2001, 1, 1), BORN, 30, ""),  # a practice that keeps charts 30 years
    (date(1900, 1, 1), None, 7, "request.received_too_long_ago"),  # no date of birth on file
    (date(1900, 1, 1), BORN, 200, "request.received_before_birth"),
    (date(2015, 6, 1), date(2015, 6, 2), 30, "request.received_before_birth"),
    (date(2015, 6, 2), date(2015, 6, 2), 30, ""),  # a parent's request on the day of birth
)


@pytest.mark.parametrize(("received", "born", "years", "code"), CASES)
def test_the_received_day_both_sides(received: date, born: date | None, years: int, code: str) -> None:
    if not code:
        check_received_on(received, today=TODAY, born=born, retention_years=years)
        return
    with pytest.raises(InvalidInput) as refused:
        check_received_on(received, today=TODAY, born=born, retention_years=years)
    assert refused.value.code == code and refused.value.field == "request_received_on"
    assert "check the year of the day it was received" in refused.value.message


def test_the_words_say_the_day_and_what_to_check() -> None:
    with pytest.raises(InvalidInput) as refused:
        check_received_on(date(1900, 1, 1), today=TODAY, born=None, retention_years=7)
    assert refused.value.message == (
        "The request is dated 01/01/1900, longer ago than any request is kept on file (from 12/07/2019; 45 CFR "
        "164.530(j)(2) and the practice's retention period): check the year of the day it was received.")
    with pytest.raises(InvalidInput) as refused:
        check_received_on(date(1980, 1, 1), today=TODAY, born=BORN, retention_years=100)
    assert refused.value.message.startswith("The request is dated 01/01/1980, before the client was born (05/01/1990)")
    assert earliest_received(date(2028, 2, 29), 6) == date(2022, 2, 28)


def test_nothing_is_recorded_and_the_command_line_says_why(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    with pytest.raises(InvalidInput):
        requests.add_request(vault, chart.client_id, kind="access", received_on="1900-01-01")
    with pytest.raises(InvalidInput) as refused:  # the representative rules' refused request too
        request_refused.add_refused_request(vault, chart.client_id, received_on="1950-01-01", kind="access",
                                            requester_name="Pat Parent", requester_claim="parent")
    assert refused.value.code == "request.received_before_birth"
    # Within the practice's retention years it is recorded (a chart kept 7 years, a request of 6½ years ago).
    kept = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(6 * 365 + 180))
    assert requests.list_requests(vault, client_id=chart.client_id) == [kept]
    retention.set_policy(vault, adult_years=6)
    with pytest.raises(InvalidInput):
        requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(6 * 365 + 180))
    assert clients.get_client(vault, chart.client_id).date_of_birth is not None
    folder = str(vault.folder)
    vault.lock()
    got = cli(capsys, monkeypatch, "request", "add", "--client", chart.client_id, "--kind", "access",
              "--received-on", "1900-01-01", "--vault", folder)
    assert got.code != 0, got.out
    assert "before the client was born" in got.err and "check the year" in got.err, got.err
    assert "1900" not in got.out and "due" not in got.out
    got = cli(capsys, monkeypatch, "request", "list", "--client", chart.client_id, "--json", "--vault", folder)
    assert got.code == 0, got.err
    assert len(json.loads(got.out)) == 1, got.out
