"""An extension never promises a date past the license state's deadline when that deadline allows
none (domain/state_deadlines.extension_refusal), through a real vault and the real CLI, both
sides. Found by a walker, a New York psychologist: `request extend --letter-out` wrote "We will act
on your request no later than January 30, 2027" for a request N.Y. Public Health Law 18(2)(a) has
due on 12/11/2026, and the command's line called HIPAA's date the deadline "as if no state were set"."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import ExitCode, RefusedByPolicy
from vault_app.domain.requests import ways_when_nothing_held
from vault_app.services import practice, requests
from vault_app.services.vault import Vault


def _practice_in(vault: Vault, state: str) -> str:
    chart = fx.make_chart(vault, n=1)
    practice.set_clinician(vault, name="Jordan Lee", license_state=state, license_number="PSY 1")
    return chart.client_id


def test_a_new_york_extension_is_refused_and_nothing_is_kept(vault: Vault) -> None:
    client_id = _practice_in(vault, "NY")
    received = fx.days_ago(2)
    q = requests.add_request(vault, client_id, kind="access", received_on=received)
    ny_due = received + timedelta(days=10)
    with pytest.raises(RefusedByPolicy) as caught:
        requests.extend_request(vault, q.id, notice_on=fx.today(), reason="records archived")
    assert caught.value.code == "request.state_no_extension"
    assert "N.Y. Public Health Law 18(2)(a)" in caught.value.message
    assert f"{ny_due:%m/%d/%Y}" in caught.value.message
    # No extension stored, no notice letter kept to print and mail
    assert requests.get_request(vault, q.id).extension is None
    assert requests.letters(vault, q.id) == []
    # The window's "nothing held" ways do not offer it either; in Texas (no rule known) they do
    asked = requests.get_request(vault, q.id)
    assert "extend" not in [w.code for w in ways_when_nothing_held(asked, fx.today(), held_otherwise=False,
                                                                   state="NY")]
    assert "extend" in [w.code for w in ways_when_nothing_held(asked, fx.today(), held_otherwise=False,
                                                               state="TX")]


@pytest.mark.parametrize("state", ["TX", ""])
def test_where_no_state_rule_is_known_hipaas_extension_stands(vault: Vault, state: str) -> None:
    client_id = _practice_in(vault, state)
    received = fx.days_ago(2)
    q = requests.add_request(vault, client_id, kind="access", received_on=received)
    q2, _letter = requests.extend_request(vault, q.id, notice_on=fx.today(), reason="records archived")
    assert q2.due_on == received + timedelta(days=60)
    assert [k["kind"] for k in requests.letters(vault, q.id)] == ["extension-notice"]


def test_a_new_york_amendment_may_still_be_extended(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=1)
    practice.set_clinician(vault, name="Jordan Lee", license_state="NY", license_number="PSY 1")
    q = requests.add_request(vault, chart.client_id, kind="amendment", received_on=fx.days_ago(2),
                             note_ids=(chart.progress[0],))
    q2, _letter = requests.extend_request(vault, q.id, notice_on=fx.today(), reason="reviewing")
    assert q2.extension is not None


def test_the_cli_refuses_it_once_with_the_states_citation_and_writes_no_letter(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    client_id = _practice_in(vault, "NY")
    received = fx.days_ago(2)
    q = requests.add_request(vault, client_id, kind="access", received_on=received)
    folder = vault.folder
    vault.lock()
    letter = tmp_path / "notice.pdf"
    got = cli(capsys, monkeypatch, "request", "extend", q.id, "--reason", "records archived",
              "--notice-on", fx.today().isoformat(), "--letter-out", str(letter), "--vault", str(folder),
              env={"VAULT_APP_PDF_PASSWORD": fx.PASSWORD})
    assert got.code == ExitCode.REFUSED, (got.out, got.err)
    assert "N.Y. Public Health Law 18(2)(a)" in got.err and f"{received + timedelta(days=10):%m/%d/%Y}" in got.err
    assert not letter.exists()
