"""The two dates a retiring therapist reads for one chart say what each is (found by a walker closing her
practice, wclose F6): `client list` said "last contact 01/22/2024" (the last session) and `retention
eligible` "last contact 02/12/2024" (the discharge, which retention counts from). Now the first says "last
session" and the second "counted from 02/12/2024 (discharge)". No rule changes: retention still runs from
the latest of the sessions, the notes and the discharge. The words' rule: domain/retention_from."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.retention_from import DISCHARGE, NOTE, SESSION, counted_from
from vault_app.services import clients, sessions
from vault_app.services.vault import Vault

D1, D2, D3 = date(2024, 1, 22), date(2024, 2, 12), date(2024, 3, 1)
# (discharged on, last session, last note, which date retention counts from)
ROWS = [
    (D2, D1, None, DISCHARGE),
    (D1, D1, None, DISCHARGE),  # discharged the day of the last session: the discharge, as its dialog says
    (None, D1, None, SESSION),
    (D1, D2, None, SESSION),
    (D2, D1, D3, NOTE),  # a late note after the discharge
    (None, None, None, ""),
]


@pytest.mark.parametrize(("discharged", "session", "note", "said"), ROWS)
def test_which_date_retention_counts_from(discharged: date | None, session: date | None, note: date | None,
                                          said: str) -> None:
    assert counted_from(discharged, session, note) == said


def test_the_lists_say_what_each_date_is(vault: Vault, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    made = clients.create_client(vault, "Harold Finch", chart_number="HF-1")
    session_day, discharged = fx.days_ago(40), fx.days_ago(20)
    sessions.add_session(vault, made.client_id, date=session_day.isoformat(), duration_minutes=45)
    clients.update_client(vault, made.client_id, status="discharged", discharged_on=discharged.isoformat())
    folder = vault.folder
    vault.lock()
    v = ("--vault", str(folder))
    listed = cli(capsys, monkeypatch, "client", "list", *v)
    (line,) = [x for x in listed.out.splitlines() if x.startswith("HF-1")]
    assert "last session " in line and "last contact" not in line, line
    shown = cli(capsys, monkeypatch, "client", "show", "HF-1", *v)
    assert "last session " in shown.out and "last contact" not in shown.out, shown.out
    eligible = cli(capsys, monkeypatch, "retention", "eligible", "--all", *v)
    assert eligible.code == 0, eligible.err
    header, *rows = eligible.out.splitlines()
    assert "counted from" in header and "last contact" not in header, header
    (row,) = [x for x in rows if x.startswith("HF-1")]
    assert "(discharge)" in row, row
    data = cli(capsys, monkeypatch, "retention", "eligible", "--all", "--json", *v).json()
    assert [d["counted_from"] for d in data] == [DISCHARGE]
    assert data[0]["last_contact"] == discharged.isoformat(), "the rule unchanged: from the discharge"
