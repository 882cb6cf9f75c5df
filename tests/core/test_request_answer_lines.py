"""The line each answer to a request prints names the chart by its number, as `request list` and
`request add` do: never the client's internal id, which a therapist never sees (found by a walker:
"Extended: R-… amendment client c3cefa008eb98e57 …", the same for accept, grant, deny and withdraw)."""

from __future__ import annotations

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode
from vault_app.services import clients, requests
from vault_app.services.vault import Vault

ANSWERS = (
    ("amendment", ("request", "extend", "{id}", "--notice-on", "{today}", "--reason", "the notes are archived")),
    ("amendment", ("amendment", "accept", "{id}", "--text", "The date of the diagnosis is 11/20/2026.")),
    ("amendment", ("request", "withdraw", "{id}")),
    ("access", ("request", "grant", "{id}")),
    ("access", ("request", "deny", "{id}", "--ground", "psychotherapy_notes", "--denied", "psychotherapy notes")),
)


@pytest.mark.parametrize(("kind", "argv"), ANSWERS, ids=[" ".join(a[1][:2]) for a in ANSWERS])
def test_the_answers_line_names_the_chart(vault: Vault, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch, kind: str, argv: tuple[str, ...]) -> None:
    chart = fx.make_chart(vault, n=1)
    number = clients.get_client(vault, chart.client_id).chart_number
    q = requests.add_request(vault, chart.client_id, kind=kind, received_on=fx.days_ago(1),
                             note_ids=list(chart.progress) if kind == "amendment" else [])
    folder = str(vault.folder)
    vault.lock()
    done = cli(capsys, monkeypatch, *(a.format(id=q.id, today=fx.today().isoformat()) for a in argv),
               "--vault", folder)
    assert done.code == ExitCode.OK, done.err
    first = done.out.splitlines()[0]
    assert f"chart {number}" in first, first
    assert chart.client_id not in done.out
