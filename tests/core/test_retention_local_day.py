"""A chart's retention period ends on the practice's own calendar day, not on UTC's. Found
reading the destruction's checks: "today" was the UTC date, so in the US evening (already
tomorrow in UTC) a chart still to be kept until tomorrow was listed as eligible and its
destruction on the "retention" basis allowed, a day early; east of UTC, the other way round.
The session dates it is compared with are the therapist's local days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from vault_app.domain.errors import RefusedByPolicy
from vault_app.domain.retention import add_years
from vault_app.services import clients, destruction_plan, retention, retention_due, sessions
from vault_app.services.vault import Vault


def _seen_years_ago(vault: Vault, name: str, ends: date) -> str:
    """An adult chart whose 7-year period (the default policy) ends on `ends`."""
    client = clients.create_client(vault, name, date_of_birth="1960-01-01")
    sessions.add_session(vault, client.client_id, date=add_years(ends, -7), duration_minutes=50)
    return client.client_id


def test_eligible_from_the_local_day_the_period_ends(psy_vault: Vault, day_apart_from_utc: None) -> None:
    local_today = date.today()
    ended = _seen_years_ago(psy_vault, "Endedtoday Localday", local_today)
    kept = _seen_years_ago(psy_vault, "Endstomorrow Localday", local_today + timedelta(days=1))
    assert retention.today() == local_today
    listed = {e.status.client_id for e in retention.eligible(psy_vault)}
    assert ended in listed and kept not in listed
    assert retention_due.eligible_count(psy_vault.records, retention.today()) == 1

    # The destruction's own check: the chart kept until tomorrow is refused on "retention".
    number = clients.get_client(psy_vault, kept).chart_number
    with pytest.raises(RefusedByPolicy, match="must be kept until"):
        destruction_plan.plan(psy_vault, kept, basis="retention", confirm=number)
    number = clients.get_client(psy_vault, ended).chart_number
    destruction_plan.plan(psy_vault, ended, basis="retention", confirm=number)  # changes nothing
