"""A confidentiality decision's disclosure made now is judged on the vault's last record's day too, as any
disclosure made now (found by a walker: request_for recorded it as manual, which the clock-behind rule
takes as dated by the therapist, so with the clock set back an authorization the record shows expired
counted again there). One dated by the therapist (the day it was made, given) is judged on that day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain import disclosure_clock
from vault_app.domain.decisions import Decision, DisclosureDetails
from vault_app.services import decision_disclosure


def _decision(on: date | None) -> Decision:
    return Decision("d1", "c1", "child_abuse", fx.today(), outcome="disclose", disclosure=DisclosureDetails(
        info_kind="progress", recipient="County Child Protective Services", method="phone", on=on,
        minimum_necessary=True))


def test_a_decisions_disclosure_made_now_is_judged_on_the_records_day() -> None:
    """No day given: made today by this computer's clock, which may be behind the vault's record."""
    request = decision_disclosure.request_for(_decision(None), fx.today())
    assert request.manual and request.on == fx.today()  # recorded as made outside the app, as before
    recorded = fx.today() + timedelta(days=20)
    assert disclosure_clock.judged_again_on(request.on, recorded,
                                            manual=disclosure_clock.on_its_own_day(request)) == recorded


def test_one_dated_by_the_therapist_is_judged_on_its_day() -> None:
    request = decision_disclosure.request_for(_decision(fx.days_ago(1)), fx.today())
    assert request.on == fx.days_ago(1)
    assert disclosure_clock.judged_again_on(request.on, fx.today() + timedelta(days=20),
                                            manual=disclosure_clock.on_its_own_day(request)) is None


# (recorded by hand, made now, judged again on the record's day): 45 CFR 164.508(b)(2), domain/disclosure_clock.py
ROWS = [(False, False, True), (True, False, False), (True, True, True), (False, True, True)]


@pytest.mark.parametrize(("manual", "made_now", "again"), ROWS)
def test_the_rule(manual: bool, made_now: bool, again: bool) -> None:
    request = replace(fx.request("c1", manual=manual), made_now=made_now)
    recorded = request.on + timedelta(days=3)
    assert (disclosure_clock.judged_again_on(request.on, recorded,
                                             manual=disclosure_clock.on_its_own_day(request)) == recorded) is again
