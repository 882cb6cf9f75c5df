"""Two refusals written by services rather than by the gate named their days in ISO to every
practice (found grepping for dates a user reads): an export carrying measures from before an
ended restriction (services/restriction_riders) and an amendment's recipient recorded as
informed twice (services/amendment_notices). Both now write the practice's days.

Every day is after the 12th of its month: the US and UK forms differ from each other and from ISO."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.errors import RefusedByPolicy
from vault_app.services import (
    amendment_notices,
    clients,
    export,
    measures,
    notes,
    practice,
    request_amendments,
    requests,
    restrictions,
)
from vault_app.services.vault import Vault

PRACTICES = (("en_US", "%m/%d/%Y"), ("en_GB", "%d/%m/%Y"))
ASKED, AGREED, ENDED = date(2025, 1, 14), date(2025, 1, 15), date(2025, 2, 17)
MEASURED = date(2025, 2, 13)
NOTE_DAY, ON = date(2025, 3, 13), date(2025, 4, 15)


@pytest.mark.parametrize(("locale", "pattern"), PRACTICES, ids=[p[0] for p in PRACTICES])
def test_a_rider_refusal_names_the_restrictions_days_as_the_practice_writes_them(
        vault: Vault, tmp_path: Path, locale: str, pattern: str) -> None:
    fx.set_practice(vault)
    practice.update(vault, locale=locale)
    client = clients.create_client(vault, "Rafe Underhill")
    note = notes.create_progress_note(vault, client.client_id, template="soap", note_date=NOTE_DAY,
                                      sections={"subjective": "Steadier.", "plan": "Weekly."})
    notes.sign_note(vault, note.note_id)
    measures.record_measure(vault, client.client_id, "gad7", [1] * 7, taken_on=MEASURED)
    r = restrictions.request_restriction(vault, client.client_id, kind="other", description="not to Dr. Rivera",
                                         requested_on=ASKED, kinds=("progress",), recipient="Dr. Rivera")
    restrictions.decide(vault, r.restriction_id, agree=True, decided_on=AGREED)
    restrictions.terminate(vault, r.restriction_id, by="practice", on=ENDED)
    request = fx.request(client.client_id, basis="treatment", evidence=dict(fx.TREATMENT),
                         date_from=ASKED, date_to=ON, fields=("measures",), on=ON)
    with pytest.raises(RefusedByPolicy) as refused:
        export.export(vault, request, out=tmp_path / "x.pdf", password=fx.PASSWORD)
    words = refused.value.message + " " + refused.value.hint
    assert f"asked for on {ASKED:{pattern}}, which you ended on {ENDED:{pattern}}" in words, words
    assert f"from before {ENDED:{pattern}}." in words and f"Choose dates from {ENDED:{pattern}} on" in words, words
    assert ASKED.isoformat() not in words and ENDED.isoformat() not in words


@pytest.mark.parametrize(("locale", "pattern"), PRACTICES, ids=[p[0] for p in PRACTICES])
def test_informing_a_recipient_twice_names_the_first_day_as_the_practice_writes_it(
        vault: Vault, tmp_path: Path, locale: str, pattern: str) -> None:
    chart = fx.make_chart(vault, n=1)
    practice.update(vault, locale=locale)
    auth = fx.add_auth(vault, chart.client_id)
    export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[0],), authorization_id=auth.id),
                  out=tmp_path / "x.pdf", password=fx.PASSWORD)
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=date.today(),
                             note_ids=(chart.progress[0],))
    request_amendments.accept_amendment(vault, q.id, text="Corrected: the date of the incident was March 3.")
    informed = date(2025, 3, 14)
    amendment_notices.record_informed(vault, q.id, recipient=fx.RECIPIENT.name, informed_on=informed,
                                      client_agreed=True)
    with pytest.raises(RefusedByPolicy) as refused:
        amendment_notices.record_informed(vault, q.id, recipient=fx.RECIPIENT.name, informed_on=informed,
                                          client_agreed=True)
    assert refused.value.message.endswith(f"already recorded as informed on {informed:{pattern}}."), \
        refused.value.message
