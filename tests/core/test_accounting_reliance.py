"""A disclosure "under an authorization" that relied on nothing is accounted for (45 CFR 164.528(a)(1)(iv),
164.508(b)(5)). Found by attack: a revocation recorded days after it arrived, and a phone disclosure recorded
although the gate refused the (expired) authorization, both stayed in "Not required in the accounting"."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.domain.accounting import build
from vault_app.domain.accounting_reliance import (
    EndedAuthorization,
    as_accounted,
    ended_basis_text,
    ended_before,
    ended_timing,
    lost_exclusion,
    timing,
)
from vault_app.domain.disclosure import DisclosureRecord, Recipient
from vault_app.services import accounting, authorizations, export, revocation_order
from vault_app.services.vault import Vault

DAY = date(2026, 3, 10)
EXCLUSION = "under the client's authorization (164.528(a)(1)(iv))"


def _record(**changes: Any) -> DisclosureRecord:
    values: dict[str, Any] = {
        "disclosure_id": "D-1", "client_id": "C", "day": DAY, "recipient": Recipient("Dr. Rivera"),
        "description": "1 progress note", "purpose": "care", "basis_kind": "authorization",
        "basis_summary": "authorization A-1", "authorization_id": "A-1", "accountable": False,
        "exclusion": EXCLUSION, "kind": "progress",
    }
    values.update(changes)
    return DisclosureRecord(**values)


# (what, the record's changes, revocations received: authorization id -> day, the rule that takes the exclusion)
CASES: list[tuple[str, dict[str, Any], dict[str, date], str | None]] = [
    ("never revoked", {}, {}, None),
    ("revoked the day after: relied on before", {}, {"A-1": DAY + timedelta(days=1)}, None),
    ("revocation received that day", {}, {"A-1": DAY}, "accounting.after_end"),
    ("revocation received days before, recorded later", {}, {"A-1": DAY - timedelta(days=3)},
     "accounting.after_end"),
    ("another authorization revoked", {}, {"A-2": DAY - timedelta(days=3)}, None),
    ("joint record: one member's authorization revoked before",
     {"extra": {"authorization_ids": ["A-1", "A-2"]}}, {"A-2": DAY - timedelta(days=1)}, "accounting.after_end"),
    ("manual, the gate allowed it", {"manual": True}, {}, None),
    ("manual, the gate refused the authorization",
     {"manual": True, "extra": {"gate_concerns": ["Authorization A-1 expired on 03/01/2026."]}}, {},
     "accounting.gate_refused"),
    ("treatment basis: not an authorization's exclusion",
     {"basis_kind": "treatment", "authorization_id": None, "manual": True,
      "extra": {"gate_concerns": ["x"]}}, {}, None),
    ("already accountable", {"accountable": True, "exclusion": ""}, {"A-1": DAY}, None),
]
# The same day, by what the therapist said of the letter and the disclosure (found by a walker: an
# export at 04:10 and a letter received at 04:15 lost the exclusion): (what, orders, the rule).
SAME_DAY: list[tuple[str, dict[tuple[str, str], Any], str | None]] = [
    ("the disclosure went out before the letter arrived", {("A-1", "D-1"): "disclosure_first"}, None),
    ("the letter arrived first", {("A-1", "D-1"): "letter_first"}, "accounting.after_end"),
    ("not said: listed, one too many is harmless", {}, "accounting.after_end"),
    ("said of another disclosure", {("A-1", "D-2"): "disclosure_first"}, "accounting.after_end"),
    ("said of another authorization's letter", {("A-2", "D-1"): "disclosure_first"}, "accounting.after_end"),
]
CASES += [(f"same day: {what}", {}, {"A-1": DAY}, code) for what, _orders, code in SAME_DAY]
ORDERS = {f"same day: {what}": orders for what, orders, _code in SAME_DAY}


@pytest.mark.parametrize(("what", "changes", "revoked", "code"), CASES, ids=[c[0] for c in CASES])
def test_the_authorization_exclusion_holds_only_while_it_was_relied_on(
        what: str, changes: dict[str, Any], revoked: dict[str, date], code: str | None) -> None:
    record = _record(**changes)
    orders = ORDERS.get(what, {})
    rule = lost_exclusion(record, revoked, orders)
    assert (rule.code if rule else None) == code, what
    accounted = as_accounted(record, revoked, orders)
    if code is None:
        assert accounted == record
    else:
        assert "164.528(a)(1)(iv)" in rule.citation  # type: ignore[union-attr]
        assert accounted.accountable and accounted.exclusion == ""
        acc = build([record], client_id="C", as_of=DAY + timedelta(days=5), ended_on=revoked, orders=orders)
        assert [line.first.disclosure_id for line in acc.lines] == ["D-1"] and acc.excluded == ()


# (what, the day it ended against the disclosure's, the order said, the timing, relied on, known after)
TIMING_CASES: list[tuple[str, int, str | None, str, bool, bool]] = [
    ("ended the day after", 1, None, "before_end", True, False),
    ("ended the day after, an order said anyway", 1, "letter_first", "before_end", True, False),
    ("same day, the disclosure first", 0, "disclosure_first", "same_day.disclosure_first", True, False),
    ("same day, the letter first", 0, "letter_first", "same_day.letter_first", False, True),
    ("same day, not said", 0, None, "same_day.unknown", False, False),
    ("ended the day before", -1, None, "after_end", False, True),
    ("ended the day before, 'disclosure first' said: the days decide", -1, "disclosure_first", "after_end",
     False, True),
]


@pytest.mark.parametrize(("what", "offset", "order", "code", "relied", "known_after"), TIMING_CASES,
                         ids=[c[0] for c in TIMING_CASES])
def test_a_disclosure_against_the_day_its_authorization_ended(
        what: str, offset: int, order: Any, code: str, relied: bool, known_after: bool) -> None:
    found = timing(DAY + timedelta(days=offset), DAY, order)
    assert (found.code, found.relied, found.known_after) == (code, relied, known_after), what
    assert found.citation.startswith("45 CFR 164.508(b)(5)")


def _ended(how: Any = "revoked") -> EndedAuthorization:
    return EndedAuthorization("A-1", DAY - timedelta(days=30), "Dr. Rivera", ("care",), DAY, how, "end of treatment")


@pytest.mark.parametrize(("what", "orders", "same_day", "said", "not_said"), [
    ("not said", {}, True, "revoked on 03/10/2026, the day of this disclosure", "before this disclosure"),
    ("the letter first", {("A-1", "D-1"): "letter_first"}, False, "revoked on 03/10/2026, before this disclosure",
     "the day of this disclosure"),
])
def test_the_accounting_says_a_same_day_revocation_as_it_is_known(
        what: str, orders: dict[tuple[str, str], Any], same_day: bool, said: str, not_said: str) -> None:
    record, e = _record(), _ended()
    assert ended_before(record, {"A-1": e}, orders) == e
    assert (ended_timing(record, e, orders).code == "same_day.unknown") == same_day
    text = ended_basis_text(e, same_day=same_day)
    assert said in text and not_said not in text, what


def test_a_disclosure_said_to_have_gone_out_before_the_letter_has_no_ended_basis() -> None:
    assert ended_before(_record(), {"A-1": _ended()}, {("A-1", "D-1"): "disclosure_first"}) is None
    # An expiration event has no letter: an order said is not one of its.
    assert ended_before(_record(), {"A-1": _ended("expired")}, {("A-1", "D-1"): "disclosure_first"}) is not None
    text = ended_basis_text(_ended("expired"), same_day=True)
    assert "expired on 03/10/2026, the day of this disclosure" in text and "before this" not in text


def test_a_revocation_recorded_late_puts_the_disclosures_made_meanwhile_in_the_accounting(
        vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=3)
    auth = fx.add_auth(vault, chart.client_id)
    done = export.export(vault, fx.request(chart.client_id, authorization_id=auth.id, note_ids=(chart.progress[2],)),
                         out=tmp_path / "a.pdf", password=fx.PASSWORD)
    before = accounting.build(vault, chart.client_id)
    assert before.lines == () and [x.first.disclosure_id for x in before.excluded] == [done.disclosure_id]
    # The written revocation arrived three days ago; the therapist records it only now.
    authorizations.revoke(vault, auth.id, received_on=fx.days_ago(3))
    after = accounting.build(vault, chart.client_id)
    assert [x.first.disclosure_id for x in after.lines] == [done.disclosure_id]
    assert after.excluded == ()
    assert [r.accountable for r in export.disclosures(vault, chart.client_id)] == [False], "the ledger is not rewritten"


def test_a_revocation_received_after_the_disclosure_leaves_it_excluded(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=3)
    auth = fx.add_auth(vault, chart.client_id)
    export.export(vault, fx.request(chart.client_id, authorization_id=auth.id, note_ids=(chart.progress[2],),
                                    on=fx.days_ago(2)), out=tmp_path / "a.pdf", password=fx.PASSWORD)
    authorizations.revoke(vault, auth.id, received_on=fx.days_ago(1))
    acc = accounting.build(vault, chart.client_id)
    assert acc.lines == () and len(acc.excluded) == 1, "a revocation does not undo what was done in reliance"


def test_a_phone_disclosure_under_an_expired_authorization_is_accounted_for(vault: Vault) -> None:
    chart = fx.make_chart(vault, n=3)
    auth = fx.add_auth(vault, chart.client_id, expires_on=fx.days_ago(20))
    record, verdict = export.record_manual(
        vault, fx.request(chart.client_id, authorization_id=auth.id, manual=True, note_ids=(chart.progress[2],)),
        description="read one progress note aloud")
    assert not verdict.allowed and "expired" in verdict.reasons[0]
    acc = accounting.build(vault, chart.client_id)
    assert [x.first.disclosure_id for x in acc.lines] == [record.disclosure_id]
    assert acc.excluded == ()


def test_recording_a_late_revocation_names_the_disclosures_made_meanwhile(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    chart = fx.make_chart(vault, n=3)
    auth = fx.add_auth(vault, chart.client_id)
    before = export.export(vault, fx.request(chart.client_id, authorization_id=auth.id, note_ids=(chart.progress[0],),
                                             on=fx.days_ago(6)), out=tmp_path / "a.pdf", password=fx.PASSWORD)
    after = export.export(vault, fx.request(chart.client_id, authorization_id=auth.id, note_ids=(chart.progress[2],),
                                            on=fx.days_ago(2)), out=tmp_path / "b.pdf", password=fx.PASSWORD)
    other = fx.add_auth(vault, chart.client_id)
    assert not revocation_order.disclosed_after_revocation(vault, auth), "not revoked: nothing to say"
    folder = str(vault.folder)
    vault.lock()
    done = cli(capsys, monkeypatch, "auth", "revoke", auth.id, "--received-on", fx.days_ago(4).isoformat(),
               "--vault", folder)
    assert done.code == 0, done.err
    assert f"1 disclosure under it was made after the revocation arrived ({after.disclosure_id} on " in done.out
    assert before.disclosure_id not in done.out and "45 CFR 164.402" in done.out
    quiet = cli(capsys, monkeypatch, "auth", "revoke", other.id, "--received-on", fx.today().isoformat(), "--json",
                "--vault", folder)
    assert quiet.code == 0, quiet.err
    assert quiet.json()["disclosed_after_revocation"] == []


@pytest.mark.parametrize("how", ["discharge", "event"])
def test_disclosures_after_an_expiration_event_recorded_late_are_accounted_for(
        vault: Vault, tmp_path: Path, how: str) -> None:
    """164.508(b)(2)(i): an authorization is not valid once its expiration event is known to have
    occurred; a discharge (or another event) entered later, with its own earlier date, shows that a
    disclosure made since relied on nothing."""
    from vault_app.services import clients

    chart = fx.make_chart(vault, n=3)
    auth = fx.add_auth(vault, chart.client_id, expires_on=None, expiration_event="end of treatment")
    before = export.export(vault, fx.request(chart.client_id, authorization_id=auth.id,
                                             note_ids=(chart.progress[0],), on=fx.days_ago(9)),
                           out=tmp_path / "a.pdf", password=fx.PASSWORD)
    after = export.export(vault, fx.request(chart.client_id, authorization_id=auth.id, note_ids=(chart.progress[2],),
                                            on=fx.days_ago(2)), out=tmp_path / "b.pdf", password=fx.PASSWORD)
    assert accounting.build(vault, chart.client_id).lines == ()
    if how == "discharge":
        clients.discharge(vault, chart.client_id, on=fx.days_ago(5))
    else:
        authorizations.record_expiration_event(vault, auth.id, occurred_on=fx.days_ago(5))
    assert authorizations.get_authorization(vault, auth.id).event_occurred_on == fx.days_ago(5)
    acc = accounting.build(vault, chart.client_id)
    assert [x.first.disclosure_id for x in acc.lines] == [after.disclosure_id]
    assert [x.first.disclosure_id for x in acc.excluded] == [before.disclosure_id], "made in reliance before"
