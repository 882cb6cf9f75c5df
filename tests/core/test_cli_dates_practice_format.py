"""The days and times the CLI's lists and views print are in the practice's format, for a US
and a UK practice; --json keeps ISO. Found: `client list`, `note list`, `session list`, `auth
list`, `restriction list` and the others printed ISO days (2025-03-17) and 24-hour times beside
`note show` and `backup list`, which already wrote the practice's format.

Every day below is after the 12th of its month, so the US (month first) and UK (day first)
forms differ from each other and from ISO: a line in the wrong format cannot pass."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.core import disclosure_fixtures as fx
from vault_app.cli.main import run
from vault_app.services import (
    accounting,
    appointments,
    billing,
    clients,
    decisions,
    guardians,
    measures,
    notes,
    plans,
    practice,
    requests,
    restrictions,
    sessions,
)
from vault_app.services.vault import Vault

BORN = date(1979, 6, 14)
SESSION = date(2025, 3, 17)  # also the note's day and the chart's last contact
SIGNED, EXPIRES = date(2025, 3, 13), date(2026, 3, 14)
ASKED = date(2025, 3, 18)
APPOINTMENT = date(2025, 3, 19)
GUARDIAN_FROM = date(2025, 3, 20)
RECEIVED = date(2025, 3, 21)
TAKEN = date(2025, 3, 24)
OCCURRED = date(2025, 3, 25)
PAID = date(2025, 3, 26)
PLAN_START, PLAN_REVIEW = date(2025, 3, 27), date(2025, 9, 28)
SUSPENDED_FROM, SUSPENDED_UNTIL = date(2025, 3, 28), date(2025, 4, 29)

Day = Callable[[date], str]
Clock = Callable[[int, int], str]


def _us_clock(hour: int, minute: int) -> str:
    return f"{hour % 12 or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def _uk_clock(hour: int, minute: int) -> str:
    return f"{hour:02d}:{minute:02d}"


# The practice's locale, its day and its clock, written with strftime, not with the code under test.
PRACTICES: tuple[tuple[str, str, Clock], ...] = (("en_US", "%m/%d/%Y", _us_clock), ("en_GB", "%d/%m/%Y", _uk_clock))

# (the command, after `--vault`; "{chart}" and "{auth}" filled in) -> what it must print; the
# ISO form of every day named must not be printed.
CASES: tuple[tuple[tuple[str, ...], Callable[[Day, Clock], list[str]], tuple[date, ...]], ...] = (
    (("client", "list"), lambda d, t: [f"last session {d(SESSION)}"], (SESSION,)),
    (("client", "show", "{chart}"),
     lambda d, t: [f"born {d(BORN)}, last session {d(SESSION)}", f" {d(SESSION)} 50 min"], (BORN, SESSION)),
    (("note", "list", "{chart}"), lambda d, t: [f" {d(SESSION)} progress "], (SESSION,)),
    (("session", "list", "{chart}"), lambda d, t: [f" {d(SESSION)} {t(14, 5):>8}  50 min"], (SESSION,)),
    (("auth", "list"), lambda d, t: [f"expires {d(EXPIRES)}"], (EXPIRES,)),
    (("auth", "show", "{auth}"), lambda d, t: [f"signed {d(SIGNED)} by", f"expires {d(EXPIRES)}"], (SIGNED, EXPIRES)),
    (("restriction", "list", "{chart}"), lambda d, t: [f"asked {d(ASKED)}: not to my plan"], (ASKED,)),
    (("appt", "list", "--client", "{chart}"), lambda d, t: [f" {d(APPOINTMENT)} {t(16, 0)}-{t(16, 53)} "],
     (APPOINTMENT,)),
    (("appt", "list", "--week", APPOINTMENT.isoformat()), lambda d, t: [f"{d(APPOINTMENT)} {t(16, 0):>8}  53 min"],
     (APPOINTMENT,)),
    (("guardian", "list", "{chart}"), lambda d, t: [f"Authority from {d(GUARDIAN_FROM)}, with no end date"],
     (GUARDIAN_FROM,)),
    (("request", "list"), lambda d, t: [f" received {d(RECEIVED)} due "], (RECEIVED,)),
    (("measure", "list", "--client", "{chart}"), lambda d, t: [f"  {d(TAKEN)}  PHQ-9"], (TAKEN,)),
    (("measure", "trend", "--client", "{chart}"), lambda d, t: [f"  {d(TAKEN)}   5  "], (TAKEN,)),
    (("decision", "list"), lambda d, t: [f"  {d(OCCURRED)}  "], (OCCURRED,)),
    (("payment", "list", "{chart}"), lambda d, t: [f"{d(PAID)} payment", f"{d(SESSION)} session"], (PAID, SESSION)),
    (("plan", "show", "{chart}"), lambda d, t: [f"start {d(PLAN_START)}, review {d(PLAN_REVIEW)}"],
     (PLAN_START, PLAN_REVIEW)),
    (("accounting-suspension", "list", "--client", "{chart}"),
     lambda d, t: [f"  {d(SUSPENDED_FROM)} to {d(SUSPENDED_UNTIL)}"], (SUSPENDED_FROM, SUSPENDED_UNTIL)),
    (("retention", "eligible", "--all"), lambda d, t: [f" {d(SESSION)} "], (SESSION,)),
)


def _chart(vault: Vault, locale: str) -> tuple[str, str]:
    """A chart with one of everything the lists show, each dated on its own day."""
    practice.update(vault, locale=locale)
    client = clients.create_client(vault, "Ottilie Brackenfield", chart_number="OB-1", date_of_birth=BORN)
    cid = client.client_id
    billing.set_scheduled_fee(vault, "90834", "150.00")
    session = sessions.add_session(vault, cid, date=SESSION, start_time=time(14, 5), duration_minutes=50,
                                   cpt_code="90834", billing_status="self_pay")
    notes.create_progress_note(vault, cid, template="free", text="Slept better.", session_id=session.session_id,
                               note_date=SESSION)
    auth = fx.add_auth(vault, cid, signed_on=SIGNED, expires_on=EXPIRES, signer_name=client.legal_name)
    restrictions.request_restriction(vault, cid, kind="health_plan_self_pay", description="not to my plan",
                                     requested_on=ASKED)
    appointments.schedule(vault, cid, date=APPOINTMENT, start="16:00")
    guardians.add_guardian(vault, cid, "Wendell Brackenfield", authority="personal_representative",
                         valid_from=GUARDIAN_FROM)
    requests.add_request(vault, cid, kind="access", received_on=RECEIVED)
    measures.record_measure(vault, cid, "phq9", [1, 1, 1, 1, 1, 0, 0, 0, 0], taken_on=TAKEN)
    decisions.start(vault, cid, "subpoena", occurred_on=OCCURRED)
    billing.record_payment(vault, cid, paid_on=PAID, amount="150", method="check")
    plans.update_plan(vault, cid, start_date=PLAN_START, review_date=PLAN_REVIEW)
    accounting.add_suspension(vault, cid, agency="State board", starts_on=SUSPENDED_FROM, ends_on=SUSPENDED_UNTIL)
    return client.chart_number, auth.id


def _cli(vault_dir: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> str:
    capsys.readouterr()
    code = run([*argv, "--vault", str(vault_dir)])
    captured = capsys.readouterr()
    assert code == 0, (argv, captured.err)
    return captured.out


@pytest.mark.parametrize(("locale", "day_pattern", "clock"), PRACTICES, ids=[p[0] for p in PRACTICES])
def test_lists_and_views_print_the_practices_days_and_times(
    vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    locale: str, day_pattern: str, clock: Clock,
) -> None:
    chart, auth_id = _chart(vault, locale)
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)

    def day(value: date) -> str:
        return value.strftime(day_pattern)

    for command, expected, days in CASES:
        argv = tuple(a.format(chart=chart, auth=auth_id) for a in command)
        out = _cli(vault_dir, capsys, argv)
        for text in expected(day, clock):
            assert text in out, (argv, text, out)
        for iso in days:
            assert iso.isoformat() not in out, (argv, iso, out)


def test_json_keeps_iso_days_and_times(vault: Vault, vault_dir: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Scripts read --json: its days stay ISO whatever the practice's format (en_GB here)."""
    chart, auth_id = _chart(vault, "en_GB")
    vault.lock()
    monkeypatch.setenv("VAULT_APP_PASSPHRASE", PASSPHRASE)

    def data(*argv: str) -> Any:
        return json.loads(_cli(vault_dir, capsys, (*argv, "--json")))

    (listed,) = data("client", "list")
    assert listed["last_contact"] == SESSION.isoformat() and listed["date_of_birth"] == BORN.isoformat()
    (session,) = data("session", "list", chart)
    assert (session["date"], session["start_time"]) == (SESSION.isoformat(), "14:05:00")
    (note,) = data("note", "list", chart)
    assert note["note_date"] == SESSION.isoformat()
    (auth,) = data("auth", "list")
    assert (auth["authorization_id"], auth["expires_on"]) == (auth_id, EXPIRES.isoformat())
    (restriction,) = data("restriction", "list", chart)
    assert restriction["requested_on"] == ASKED.isoformat()
    (appointment,) = data("appt", "list", "--client", chart)
    assert (appointment["date"], appointment["start_time"]) == (APPOINTMENT.isoformat(), "16:00:00")
    (request,) = data("request", "list")
    assert request["received_on"] == RECEIVED.isoformat()
