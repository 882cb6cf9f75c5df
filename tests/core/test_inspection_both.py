"""An access request asking to inspect the record AND for copies (45 CFR 164.524(a)(1): "to inspect
and obtain a copy"; (c)(2)(i), (c)(3)(i)): the inspection is recorded and the request stays open, the
copy still owed by its due date; the copy then grants it, the inspection still said. Found: the
inspection of such a request was refused ("The client asked for copies")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.access_inspection import granted_with_inspection, inspection_arranged, inspection_closes
from vault_app.domain.requests import ClientRequest
from vault_app.services import access_copy, request_inspection, request_owed, requests, today
from vault_app.services.vault import Vault

WORDS = "inspection of the record on 12/04/2026 at the office"
BASE = ClientRequest("R-1", "C-1", "access", date(2026, 12, 1), asked="both")
# (citation, request, closes on inspection, the inspection it holds, what its grant of a copy says)
ROWS = [
    ("45 CFR 164.524(a)(1)", BASE, False, "", "copy of the progress notes"),
    ("45 CFR 164.524(a)(1)", replace(BASE, granted=WORDS), False, WORDS, f"{WORDS}; copy of the progress notes"),
    ("45 CFR 164.524(c)(3)(i)", replace(BASE, asked="inspect"), True, "", "copy of the progress notes"),
    ("45 CFR 164.524(c)(3)(i)", replace(BASE, asked=""), True, "", "copy of the progress notes"),
    ("45 CFR 164.524(c)(2)(i)", replace(BASE, asked="copies", granted="the notes"), True, "",
     "copy of the progress notes"),
]


@pytest.mark.parametrize(("citation", "asked", "closes", "arranged", "granted"), ROWS,
                         ids=[f"{r[0]} {r[1].asked or 'unasked'} {i}" for i, r in enumerate(ROWS)])
def test_what_an_inspection_does(citation: str, asked: ClientRequest, closes: bool, arranged: str,
                                 granted: str) -> None:
    assert inspection_closes(asked) is closes
    assert inspection_arranged(asked) == arranged
    assert granted_with_inspection(asked, "copy of the progress notes") == granted


def test_the_inspection_leaves_the_copy_owed_until_it_is_given(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    asked = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(2), asked="both")
    q = request_inspection.grant_by_inspection(vault, asked.id, inspect_on=fx.today(), place="the office, room 2")
    assert q.status == "open" and not q.closed and inspection_arranged(q).endswith("the office, room 2")
    assert requests.get_request(vault, asked.id).status == "open"
    logged = [e.payload for e in vault.ledger.entries() if e.kind == "request.inspection_arranged"]
    assert logged[-1]["copy_owed"] is True and "room 2" not in str(logged)  # the place stays in the record
    # Still the practice's to act on: the open list and what is owed count it.
    assert asked.id in {r.request.id for r in today.open_requests(vault)}
    assert [x.id for x in request_owed.owing(vault, requests.list_requests(vault))] == [asked.id]
    given = access_copy.grant_with_copy(vault, asked.id, folder=tmp_path, password=fx.PASSWORD, kinds=("progress",))
    assert given.granted
    done = requests.get_request(vault, asked.id)
    assert done.status == "granted" and done.granted.startswith("inspection of the record on")
    assert "room 2" in done.granted and "progress" in done.granted
    assert asked.id not in {r.request.id for r in today.open_requests(vault)}


def test_the_command_line_records_the_inspection_of_both(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=1)
    rid = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(2), asked="both").id
    folder = vault.folder
    vault.lock()
    v = ("--vault", str(folder))
    done = cli(capsys, monkeypatch, "request", "inspect", rid, "--on", fx.today().isoformat(), "--place", "the office",
               *v)
    assert done.code == 0, done.err
    assert "the copy is still owed" in done.out and f"request copy {rid}" in done.out
    assert cli(capsys, monkeypatch, "request", "show", rid, "--json", *v).json()["status"] == "open"
