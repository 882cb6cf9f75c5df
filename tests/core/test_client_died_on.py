"""A client's date of death on the chart (records migration 0115; found by a walker: there was no way to
record that a client died, and the chart kept counting the age). Set and corrected by the service and by
`client update --died-on`, kept in the ledger, never in the future nor before birth."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import Result, cli
from vault_app.domain.errors import InvalidInput
from vault_app.services import clients
from vault_app.services.vault import Vault


def test_the_date_of_death_is_kept_and_the_ledger_says_when_it_was_recorded(vault: Vault) -> None:
    client = clients.create_client(vault, "Walter Ames", date_of_birth="1950-03-02")
    day = fx.days_ago(7)
    updated = clients.update_client(vault, client.client_id, died_on=day.isoformat())
    assert updated.died_on == day and clients.get_client(vault, client.client_id).died_on == day
    [entry] = vault.ledger.entries(kinds=("client.death_recorded",))
    assert entry.payload["client_id"] == client.client_id and entry.payload["died_on"] == day.isoformat()


def test_a_mistaken_date_of_death_is_corrected_and_removed_each_in_the_ledger(vault: Vault) -> None:
    client = clients.create_client(vault, "Walter Ames", date_of_birth="1950-03-02")
    clients.update_client(vault, client.client_id, died_on=fx.days_ago(7))
    clients.update_client(vault, client.client_id, died_on=fx.days_ago(9))
    assert clients.get_client(vault, client.client_id).died_on == fx.days_ago(9)
    clients.update_client(vault, client.client_id, died_on=None)
    assert clients.get_client(vault, client.client_id).died_on is None
    said = [e.payload["died_on"] for e in vault.ledger.entries(kinds=("client.death_recorded",))]
    assert said == [fx.days_ago(7).isoformat(), fx.days_ago(9).isoformat(), None]


# Tomorrow is worked out during the run (tests/one_day.py): a parameter is computed at import, and a run
# that crossed midnight refused "tomorrow" that had become today (ci109).
@pytest.mark.parametrize(("died_on", "code"), (
    (lambda: fx.today() + timedelta(days=1), "date.future"),
    (lambda: date(1950, 3, 1), "client.death_before_birth"),
))
def test_a_date_of_death_in_the_future_or_before_birth_is_refused_and_nothing_changes(
        vault: Vault, died_on: Callable[[], date], code: str) -> None:
    client = clients.create_client(vault, "Walter Ames", date_of_birth="1950-03-02")
    with pytest.raises(InvalidInput) as caught:
        clients.update_client(vault, client.client_id, died_on=died_on().isoformat())
    assert caught.value.code == code and caught.value.field == "died_on"
    assert clients.get_client(vault, client.client_id).died_on is None
    assert not vault.ledger.entries(kinds=("client.death_recorded",))


def test_the_command_line_records_shows_and_clears_the_date_of_death(
        vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = str(vault.folder)
    vault.lock()

    def run(*args: str) -> Result:
        return cli(capsys, monkeypatch, "client", *args, "--vault", folder)

    assert run("add", "Walter Ames", "--dob", "1950-03-02", "--chart-number", "C-1").code == 0
    day = fx.days_ago(3)
    up = run("update", "C-1", "--died-on", day.isoformat())
    assert up.code == 0, up.err
    shown = run("show", "C-1").out
    assert "died on" in shown and ", age" not in shown
    assert "50 years after the death (45 CFR 164.502(f)" in shown and "retention period still applies" in shown
    bad = run("update", "C-1", "--died-on", "1949-01-01")
    assert bad.code != 0 and "before" in bad.err and "Traceback" not in bad.err
    assert run("update", "C-1", "--died-on", "").code == 0
    assert "died on" not in run("show", "C-1").out
