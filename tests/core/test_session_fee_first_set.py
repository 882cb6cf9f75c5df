"""A session's own code follows the add-on codes' rule: attended with no fee for its code, it
takes the first fee later set for it; attended with one, it keeps it (past sessions are never
repriced); "No charge" stays $0. Found this round: a therapist who recorded the first week's
sessions and then filled in the fee schedule saw every one at $0.00 (the demo vault showed it),
since a change of the schedule kept "what the schedule charged" on past sessions, 0 for a code
with no fee. Table-driven rules, a real vault attended through the agenda, the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.cli_helpers import cli, init_vault
from tests.core.disclosure_fixtures import PASSWORD, pdf_text
from tests.core.payable_practice import diagnosed, payable
from vault_app.domain.billing import fee_to_keep, session_charge, session_priced
from vault_app.domain.errors import InvalidInput
from vault_app.services import appointments, billing, clients, superbill
from vault_app.services.vault import Vault


@pytest.mark.parametrize(("kept_on_session", "scheduled_before", "written"), [
    (None, None, None),  # no fee anywhere: nothing written, the first fee set prices it
    (None, 18000, 18000),  # the schedule's until now: kept, a change does not reprice it
    (None, 0, 0),  # a fee of $0.00 set in the schedule is a fee: kept as one
    (15000, 18000, None),  # its own fee (at attendance, or edited): it keeps that
    (15000, None, None),
    (0, 18000, None),  # an own fee of 0 stays 0
])
def test_what_a_past_session_keeps_when_the_schedule_changes(kept_on_session: int | None,
                                                             scheduled_before: int | None,
                                                             written: int | None) -> None:
    assert fee_to_keep(kept_on_session, scheduled_before) == written


@pytest.mark.parametrize(("fee_on_session", "scheduled", "status", "charged", "priced"), [
    (None, None, "unbilled", 0, False),  # no fee set: counted 0 and said so ("no fee set")
    (None, 18000, "unbilled", 18000, True),  # the fee set later: it takes it
    (15000, 20000, "unbilled", 15000, True),  # kept at attendance: a later fee does not change it
    (0, 18000, "unbilled", 0, True),  # kept (or edited) at 0: a fee, said as $0.00
    (None, None, "no_charge", 0, True),  # "No charge" is a price: nothing, never "no fee set"
    (None, 18000, "no_charge", 0, True),
    (15000, 18000, "no_charge", 0, True),
])
def test_a_sessions_own_charge_and_whether_it_has_a_fee(fee_on_session: int | None, scheduled: int | None,
                                                       status: str, charged: int, priced: bool) -> None:
    assert session_charge(fee_on_session, scheduled, status) == charged
    assert session_priced(fee_on_session, scheduled, status) is priced


def _attend(vault: Vault, client_id: str, day: str) -> str:
    appt = appointments.schedule(vault, client_id, date=day, start="10:00", duration_minutes=53)[0]
    return appointments.attend(vault, appt.appointment_id).session_id


def _sessions(vault: Vault, client_id: str) -> list[tuple[int, bool]]:
    return [(c.cents, c.priced) for c in billing.account(vault, client_id).charges if c.kind == "session"]


def test_attended_with_no_fee_takes_the_fee_set_later(vault: Vault) -> None:
    client_id = clients.create_client(vault, "Noa Feeless", chart_number="NF-1").client_id
    payable(vault)
    first = _attend(vault, client_id, "2026-03-02")
    second = _attend(vault, client_id, "2026-03-09")
    assert billing.session_fee(vault, first) == (None, "none")
    assert _sessions(vault, client_id) == [(0, False), (0, False)]
    billing.set_scheduled_fee(vault, "90837", "180.00")
    assert _sessions(vault, client_id) == [(18000, True), (18000, True)]
    assert billing.account(vault, client_id).balance_cents == 36000
    # from then on they had a fee: a later change keeps it, a removal too
    billing.set_scheduled_fee(vault, "90837", "200.00")
    billing.remove_scheduled_fee(vault, "90837")
    assert _sessions(vault, client_id) == [(18000, True), (18000, True)]
    assert billing.session_fee(vault, second) == (18000, "schedule")


def test_attended_with_a_fee_keeps_it_when_the_schedule_changes(vault: Vault) -> None:
    client_id = clients.create_client(vault, "Ira Kept", chart_number="IK-1").client_id
    payable(vault)
    billing.set_scheduled_fee(vault, "90837", "180.00")
    attended = _attend(vault, client_id, "2026-03-02")
    assert billing.session_fee(vault, attended) == (18000, "schedule")
    billing.set_scheduled_fee(vault, "90837", "200.00")
    assert _sessions(vault, client_id) == [(18000, True)]
    billing.remove_scheduled_fee(vault, "90837")
    assert _sessions(vault, client_id) == [(18000, True)]
    # one edited by hand stays what was set
    billing.set_session_fee(vault, attended, "90.00")
    billing.set_scheduled_fee(vault, "90837", "220.00")
    assert _sessions(vault, client_id) == [(9000, True)]


def test_a_no_charge_session_stays_at_nothing_when_its_fee_is_set(vault: Vault) -> None:
    from vault_app.services import sessions

    client_id = clients.create_client(vault, "Lev Gratis", chart_number="LG-1").client_id
    payable(vault)
    session_id = _attend(vault, client_id, "2026-03-02")
    sessions.update_session(vault, session_id, billing_status="no_charge")
    assert _sessions(vault, client_id) == [(0, True)]
    billing.set_scheduled_fee(vault, "90837", "180.00")
    assert _sessions(vault, client_id) == [(0, True)]
    assert billing.account(vault, client_id).balance_cents == 0


def test_a_superbill_says_no_fee_set_for_a_session_with_none(vault: Vault, tmp_path: Path) -> None:
    """As for an add-on code with none: "no fee set" on its line of a statement, said at the issue;
    $0.00 read as a free session. A superbill with it is refused (domain/superbill_fees)."""
    client_id = clients.create_client(vault, "Noa Feeless", chart_number="NF-1", date_of_birth="1990-01-01").client_id
    payable(vault)
    diagnosed(vault, client_id)
    _attend(vault, client_id, "2026-03-02")
    with pytest.raises(InvalidInput) as err:
        superbill.issue(vault, client_id, first="2026-03-01", last="2026-03-31", out=tmp_path / "sb.pdf",
                        password=PASSWORD)
    assert err.value.code == "superbill.unpriced" and err.value.params == {"codes": "90837"}
    issued = superbill.issue(vault, client_id, kind="statement", first="2026-03-01", last="2026-03-31",
                             out=tmp_path / "st.pdf", password=PASSWORD)
    assert issued.unpriced == ("90837",)
    assert " 90837 " in (text := " ".join(pdf_text(tmp_path / "st.pdf"))) and "no fee set" in text
    billing.set_scheduled_fee(vault, "90837", "180.00")
    issued = superbill.issue(vault, client_id, first="2026-03-01", last="2026-03-31", out=tmp_path / "sb2.pdf",
                             password=PASSWORD)
    assert issued.unpriced == () and issued.charged_cents == 18000


def test_payment_list_says_no_fee_set_then_charges_the_fee_set_later(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = str(tmp_path / "v")
    assert init_vault(Path(folder)).code == 0
    assert cli(capsys, monkeypatch, "client", "add", "--vault", folder, "--chart-number", "FW-1",
               "Fern Firstweek").code == 0
    for day in ("2026-03-02", "2026-03-09"):
        added = cli(capsys, monkeypatch, "session", "add", "--vault", folder, "FW-1", "--date", day,
                    "--duration", "53")
        assert added.code == 0, added.err
    listed = cli(capsys, monkeypatch, "payment", "list", "--vault", folder, "FW-1")
    assert listed.code == 0, listed.err
    out = [" ".join(line.split()) for line in listed.out.splitlines()]
    assert out == ["03/02/2026 session 90837 no fee set", "03/09/2026 session 90837 no fee set", "Balance: $0.00"]
    assert "warning: No fee is set for code 90837" in listed.err
    assert cli(capsys, monkeypatch, "fee", "schedule", "--vault", folder, "90837", "180").code == 0
    assert cli(capsys, monkeypatch, "fee", "schedule", "--vault", folder, "90837", "200").code == 0
    listed = cli(capsys, monkeypatch, "payment", "list", "--vault", folder, "FW-1")
    out = [" ".join(line.split()) for line in listed.out.splitlines()]
    assert out == ["03/02/2026 session 90837 $180.00", "03/09/2026 session 90837 $180.00", "Balance: $360.00"]
    assert "warning" not in listed.err

