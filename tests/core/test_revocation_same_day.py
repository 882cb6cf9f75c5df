"""A revocation received the day of a disclosure (found by a walker: an export at 04:10 and a
letter received at 04:15 were printed "it had been revoked on <day>, before this disclosure",
with a breach to assess). The day alone cannot tell which came first: the accounting lists such a
disclosure (one too many is harmless) and says it was the day of the revocation; the therapist
may say which came first, and one that went out before the letter was made in reliance on the
authorization (45 CFR 164.508(b)(5)(i)) and stays excluded."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.cli_helpers import cli
from vault_app.services import accounting, authorizations, export, revocation_order
from vault_app.services.vault import Vault

DAY = 2  # days ago: the export and the letter, the same day


def _same_day(vault: Vault, tmp_path: Path) -> tuple[str, str, str]:
    chart = fx.make_chart(vault, n=3)
    auth = fx.add_auth(vault, chart.client_id)
    sent = export.export(vault, fx.request(chart.client_id, authorization_id=auth.id, note_ids=(chart.progress[2],),
                                           on=fx.days_ago(DAY)), out=tmp_path / "a.pdf", password=fx.PASSWORD)
    return chart.client_id, auth.id, sent.disclosure_id


def _accounting(vault: Vault, client_id: str, tmp_path: Path,
                name: str) -> tuple[accounting.AccountingReport, str, dict]:
    out = tmp_path / name
    report = accounting.produce(vault, client_id, out=out, password=fx.PASSWORD)
    return report, " ".join(fx.pdf_text(out)), accounting.verify_embedded(out, fx.PASSWORD, vault.public_key)


def test_nothing_said_the_disclosure_is_listed_as_made_the_day_of_the_revocation(
        vault: Vault, tmp_path: Path) -> None:
    client_id, auth_id, sent = _same_day(vault, tmp_path)
    authorizations.revoke(vault, auth_id, received_on=fx.days_ago(DAY))
    report, text, data = _accounting(vault, client_id, tmp_path, "acc.pdf")
    assert [x.first.disclosure_id for x in report.accounting.lines] == [sent], "listed: one too many is harmless"
    day = fx.days_ago(DAY).isoformat()
    assert f"it was revoked on {day}, the day of this disclosure; which came first is not recorded" in text
    assert "before this disclosure" not in text
    assert data["entries"][0]["authorization_ended"]["same_day"] is True


def test_said_to_have_gone_out_before_the_letter_it_stays_excluded(vault: Vault, tmp_path: Path) -> None:
    client_id, auth_id, sent = _same_day(vault, tmp_path)
    auth = authorizations.revoke(vault, auth_id, received_on=fx.days_ago(DAY))
    asked = revocation_order.disclosed_after_revocation(vault, auth)
    assert [r.disclosure_id for r in asked.same_day] == [sent] and asked.after == ()
    left = revocation_order.record_letter_order(vault, auth_id, {sent: "disclosure_first"})
    assert not left, "made in reliance: nothing taken from the exclusion"
    report, text, _data = _accounting(vault, client_id, tmp_path, "acc.pdf")
    assert report.accounting.lines == () and [x.first.disclosure_id for x in report.accounting.excluded] == [sent]
    assert "revoked on" not in text and report.ended_bases == ()
    logged = [e.payload for e in vault.ledger.entries(kinds=(revocation_order.LETTER_ORDER,))]
    assert logged == [{"authorization_id": auth_id, "client_id": client_id,
                       "received_on": fx.days_ago(DAY).isoformat(), "orders": {sent: "disclosure_first"}}]
    # Said the other way later (a correction): the later word stands.
    later = revocation_order.record_letter_order(vault, auth_id, {sent: "letter_first"})
    assert [r.disclosure_id for r in later.after] == [sent] and later.same_day == ()
    _report, text, data = _accounting(vault, client_id, tmp_path, "acc2.pdf")
    assert f"it had been revoked on {fx.days_ago(DAY).isoformat()}, before this disclosure" in text
    assert "same_day" not in data["entries"][0]["authorization_ended"]


def test_an_order_is_said_only_of_a_disclosure_made_that_day(vault: Vault, tmp_path: Path) -> None:
    from vault_app.domain.errors import InvalidInput, RefusedByPolicy

    _client_id, auth_id, sent = _same_day(vault, tmp_path)
    with pytest.raises(RefusedByPolicy) as not_revoked:
        revocation_order.record_letter_order(vault, auth_id, {sent: "disclosure_first"})
    assert not_revoked.value.code == "revocation.not_recorded"
    authorizations.revoke(vault, auth_id, received_on=fx.days_ago(DAY + 1))
    with pytest.raises(InvalidInput) as other_day:
        revocation_order.record_letter_order(vault, auth_id, {sent: "disclosure_first"})
    assert other_day.value.code == "revocation.order_not_same_day"
    assert vault.ledger.entries(kinds=(revocation_order.LETTER_ORDER,)) == []


def test_the_command_line_asks_and_records_which_came_first(
        vault: Vault, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, auth_id, sent = _same_day(vault, tmp_path)
    other = fx.add_auth(vault, client_id)
    folder = str(vault.folder)
    vault.lock()
    day = fx.days_ago(DAY).isoformat()
    wrong = cli(capsys, monkeypatch, "auth", "revoke", other.id, "--received-on", day, "--before-letter", sent,
                "--vault", folder)
    assert wrong.code != 0 and f"Disclosure {sent} is not one under {other.id}" in wrong.err
    done = cli(capsys, monkeypatch, "auth", "revoke", auth_id, "--received-on", day, "--vault", folder)
    assert done.code == 0, done.err
    assert f"the day the revocation arrived ({sent})" in done.out and "Which came first is not recorded" in done.out
    assert f"vault-app auth same-day {auth_id} --before-letter {sent}" in done.out
    assert "164.402" not in done.out, "no breach suggested for what may have gone out first"
    said = cli(capsys, monkeypatch, "auth", "same-day", auth_id, "--before-letter", sent, "--json", "--vault", folder)
    assert said.code == 0, said.err
    assert said.json()["disclosed_after_revocation"] == [] and said.json()["same_day_order_not_recorded"] == []
    shown = cli(capsys, monkeypatch, "auth", "show", other.id, "--json", "--vault", folder)
    assert shown.json()["revoked_on"] is None, "the refused revoke recorded nothing"
