"""What an access request asks for (to inspect, for copies, or both) sets which state deadline it is
held to (domain/state_deadlines.ASKED_FORMS), both sides, through the domain table, a real vault and
the real CLI. Found by a walker, a New York psychologist: a written request for COPIES was held to
N.Y. Public Health Law 18(2)(a)'s 10 days to INSPECT, the form never asked which, and Extend stayed
greyed. Copies are due "within a reasonable time" (18(2)(d)): HIPAA's 30 days stand for them,
with HIPAA's one extension (45 CFR 164.524(b)(2))."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.errors import InvalidInput
from vault_app.domain.state_deadlines import deadline_for, extension_refusal
from vault_app.services import practice, request_due, requests
from vault_app.services.vault import Vault

RECEIVED = date(2026, 12, 1)  # a Tuesday
FEDERAL = RECEIVED + timedelta(days=30)

# state, asked, the day, who sets it, the citation, the untimed rules said beside it
CASES = (
    ("NY", "inspect", date(2026, 12, 11), "state", "N.Y. Public Health Law 18(2)(a)", ()),
    ("NY", "copies", FEDERAL, "federal", "45 CFR 164.524(b)(2)", ("N.Y. Public Health Law 18(2)(d)",)),
    ("NY", "both", date(2026, 12, 11), "state", "N.Y. Public Health Law 18(2)(a)",
     ("N.Y. Public Health Law 18(2)(d)",)),
    ("NY", "", date(2026, 12, 11), "state", "N.Y. Public Health Law 18(2)(a)", ("N.Y. Public Health Law 18(2)(d)",)),
    ("CA", "inspect", date(2026, 12, 8), "state", "Cal. Health & Safety Code 123110(a)", ()),
    ("CA", "copies", date(2026, 12, 16), "state", "Cal. Health & Safety Code 123110(b)", ()),
    ("CA", "both", date(2026, 12, 8), "state", "Cal. Health & Safety Code 123110(a)", ()),
    ("TX", "copies", FEDERAL, "federal", "45 CFR 164.524(b)(2)", ()),
    ("TX", "inspect", FEDERAL, "federal", "45 CFR 164.524(b)(2)", ()),
)


@pytest.mark.parametrize(("state", "asked", "day", "set_by", "citation", "untimed"), CASES)
def test_the_deadline_follows_what_was_asked(state: str, asked: str, day: date, set_by: str, citation: str,
                                             untimed: tuple[str, ...]) -> None:
    d = deadline_for("access", RECEIVED, FEDERAL, state, asked)
    assert (d.day, d.set_by, d.citation) == (day, set_by, citation)
    assert tuple(r.citation for r in d.untimed) == untimed
    assert d.asked == asked


@pytest.mark.parametrize(("state", "asked", "refused"), (
    ("NY", "copies", False), ("NY", "inspect", True), ("NY", "both", True), ("NY", "", True),
    ("CA", "copies", True), ("TX", "inspect", False),
))
def test_hipaas_extension_passes_a_state_deadline_only_where_one_binds(state: str, asked: str,
                                                                      refused: bool) -> None:
    refusal = extension_refusal(state, "access", RECEIVED, FEDERAL + timedelta(days=30), asked=asked)
    assert (refusal is not None) is refused


def test_an_unknown_form_is_an_error() -> None:
    with pytest.raises(ValueError):
        deadline_for("access", RECEIVED, FEDERAL, "NY", "photocopy")


def _new_york(vault: Vault) -> str:
    chart = fx.make_chart(vault, n=1)
    practice.set_clinician(vault, name="Jordan Lee", license_state="NY", license_number="PSY 1")
    return chart.client_id


def test_a_new_york_request_for_copies_is_due_on_hipaas_date_and_may_be_extended(vault: Vault) -> None:
    client_id = _new_york(vault)
    received = fx.days_ago(2)
    q = requests.add_request(vault, client_id, kind="access", received_on=received, asked="copies")
    stored = requests.get_request(vault, q.id)
    assert stored.asked == "copies"
    d = request_due.deadline_of(vault, stored)
    assert (d.day, d.set_by) == (received + timedelta(days=30), "federal")
    q2, _letter = requests.extend_request(vault, q.id, notice_on=fx.today(), reason="records archived")
    assert q2.due_on == received + timedelta(days=60)


def test_a_new_york_request_to_inspect_keeps_its_ten_days(vault: Vault) -> None:
    client_id = _new_york(vault)
    received = fx.days_ago(2)
    q = requests.add_request(vault, client_id, kind="access", received_on=received, asked="inspect")
    d = request_due.deadline_of(vault, requests.get_request(vault, q.id))
    assert (d.day, d.set_by) == (received + timedelta(days=10), "state")


def test_only_an_access_request_says_what_it_asks(vault: Vault) -> None:
    client_id = _new_york(vault)
    with pytest.raises(InvalidInput) as caught:
        requests.add_request(vault, client_id, kind="amendment", received_on=fx.days_ago(1), asked="copies")
    assert caught.value.code == "request.asked_not_access"
    with pytest.raises(InvalidInput):
        requests.add_request(vault, client_id, kind="access", received_on=fx.days_ago(1), asked="photocopy")


def test_request_add_asked_on_the_command_line(vault: Vault, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    client_id = _new_york(vault)
    received = fx.days_ago(2)
    folder = str(vault.folder)
    vault.lock()
    seen = []
    for asked in ("copies", "inspect"):
        got = cli(capsys, monkeypatch, "request", "add", "--client", client_id, "--kind", "access", "--received-on",
                  received.isoformat(), "--asked", asked, "--json", "--vault", folder)
        assert got.code == 0, got.err
        d = json.loads(got.out)
        seen.append((d["asked"], d["due_on"], d["due_set_by"]))
    assert seen == [("copies", (received + timedelta(days=30)).isoformat(), "federal"),
                    ("inspect", (received + timedelta(days=10)).isoformat(), "state")]
    got = cli(capsys, monkeypatch, "request", "add", "--client", client_id, "--kind", "amendment", "--received-on",
              received.isoformat(), "--asked", "copies", "--vault", folder)
    assert got.code != 0 and "inspect or for copies" in got.err
