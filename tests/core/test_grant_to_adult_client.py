"""A parent's access request granted on or after the client's 18th birthday: the copy is the
client's (domain/who_acts.CLIENT_HOLDS_THE_RIGHT), and the grant says so. Found by a walker:
`request grant` on the 18th birthday printed "Granted: …" and nothing of who receives it
(45 CFR 164.502(g)). Real vault; the command line in process."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode
from vault_app.services import guardians, requests
from vault_app.services.grant_receiver import CLIENT_NOW_ADULT, client_now_adult
from vault_app.services.vault import Vault


def _eighteen_today() -> date:
    """Born 18 years ago today (the day moved off 02/29, as born_years_ago does)."""
    day = fx.today()
    if (day.month, day.day) == (2, 29):
        day = fx.days_ago(1)
    return day.replace(year=day.year - 18)


def _parents_request(vault: Vault, *, adult: bool) -> str:
    born = _eighteen_today() if adult else fx.born_years_ago(16)
    chart = fx.make_chart(vault, n=1, date_of_birth=born)
    father = guardians.add_guardian(vault, chart.client_id, "Tom Lopez", authority="parent", relationship="father")
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3),
                             guardian_id=father.guardian_id)
    return q.id


@pytest.mark.parametrize("adult", [True, False])
def test_the_service_tells_when_the_client_now_holds_the_right(vault: Vault, adult: bool) -> None:
    rid = _parents_request(vault, adult=adult)
    assert client_now_adult(vault, rid) is adult
    assert client_now_adult(vault, rid, on=fx.days_ago(1)) is False  # the day before: still a minor


def test_the_clients_own_request_says_nothing_of_a_parent(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=_eighteen_today())
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(3))
    assert client_now_adult(vault, q.id) is False


@pytest.mark.parametrize("adult", [True, False])
def test_request_grant_says_who_receives_it(vault: Vault, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch, adult: bool) -> None:
    rid = _parents_request(vault, adult=adult)
    folder = str(vault.folder)
    vault.lock()
    done = cli(capsys, monkeypatch, "request", "grant", rid, "--vault", folder)
    assert done.code == ExitCode.OK, done.err
    assert (CLIENT_NOW_ADULT in done.out) is adult, done.out


def test_request_grant_json_names_the_client_as_receiver(vault: Vault, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    rid = _parents_request(vault, adult=True)
    folder = str(vault.folder)
    vault.lock()
    done = cli(capsys, monkeypatch, "request", "grant", rid, "--vault", folder, "--json")
    assert done.code == ExitCode.OK, done.err
    assert done.json()["receiver_note"] == CLIENT_NOW_ADULT


def test_request_copy_says_who_receives_it(vault: Vault, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    rid = _parents_request(vault, adult=True)
    folder = str(vault.folder)
    vault.lock()
    done = cli(capsys, monkeypatch, "request", "copy", rid, "--folder", str(tmp_path), "--to-guardian", "client",
               "--vault", folder, env={"VAULT_APP_PDF_PASSWORD": fx.PASSWORD})
    assert done.code == ExitCode.OK, done.err + done.out
    assert CLIENT_NOW_ADULT in done.out
