"""`vault-app dashboard` says what the desktop's Today says of clients coming of age (services/coming_of_age):
one who turns 18 within 30 days, and one who turned 18 lately while a form their parent signed is still in
force (ask them to sign their own, 45 CFR 164.502(g); 164.508(b)(5)); and names charts by their number, never
the client's internal id. Found by a walker: on 12/06/2026, with clients turning 18 the day before and the
week after, the command said nothing of them, and its request lines read "client c3cefa008eb98e57"."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.services import clients, guardians, requests
from vault_app.services.vault import Vault


def _years_ago(day: object, years: int) -> object:
    return day.replace(year=day.year - years)  # type: ignore[attr-defined]


def test_the_dashboard_says_who_comes_of_age(vault: Vault, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    fx.set_practice(vault)
    soon_day = fx.today() + timedelta(days=6)
    lately_day = fx.today() - timedelta(days=3)
    if (soon_day.month, soon_day.day) == (2, 29) or (lately_day.month, lately_day.day) == (2, 29):
        pytest.skip("a 29 February birthday is another test's")
    soon = clients.create_client(vault, "Dee Soon", date_of_birth=_years_ago(soon_day, 18))
    lately = clients.create_client(vault, "Ben Lately", date_of_birth=_years_ago(lately_day, 18))
    mother = guardians.add_guardian(vault, lately.client_id, "Pat Lately", authority="parent")
    fx.add_auth(vault, lately.client_id, signed_on=fx.days_ago(10), guardian_id=mother.guardian_id)
    q = requests.add_request(vault, soon.client_id, kind="access", received_on=fx.days_ago(25))
    folder = str(vault.folder)
    vault.lock()
    board = cli(capsys, monkeypatch, "dashboard", "--vault", folder)
    assert board.code == 0, board.err
    assert "Coming of age:" in board.out
    assert f"chart {soon.chart_number}: turns 18 on {soon_day:%B} {soon_day.day}, {soon_day.year}" in board.out
    assert (f"chart {lately.chart_number}: turned 18 on {lately_day:%B} {lately_day.day}, {lately_day.year}; "
            "forms the parent signed still in force: 1") in board.out
    assert f"{q.id} access chart {soon.chart_number}" in board.out
    assert soon.client_id not in board.out and lately.client_id not in board.out
    as_json = cli(capsys, monkeypatch, "dashboard", "--vault", folder, "--json").json()
    assert {(c["chart_number"], c["came"], c["parent_forms"]) for c in as_json["coming_of_age"]} == {
        (soon.chart_number, False, 0), (lately.chart_number, True, 1)}
