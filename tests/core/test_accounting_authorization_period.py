"""The accounting of disclosures says the authorization's period a disclosure relied on (the
dates its ledger entry carries in extra.authorization_period), in the practice's dates, in the
printed table and the signed data; a disclosure under an authorization without dates reads as
before. Real vault in tmp_path, real export, the real PDF read back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.core import disclosure_fixtures as fx
from vault_app.services import accounting, export
from vault_app.services.vault import Vault


def _us(d: date) -> str:
    """A day as an English page sent out writes it (ISO 8601: document_dates.sent_day)."""
    return d.isoformat()


def _disclose(vault: Vault, tmp_path: Path, chart: fx.Chart, note_id: str, name: str, **period: date) -> None:
    # Each to its own recipient: two to the same one for the same purpose are one summarized line.
    to = fx.Recipient(f"Dr. {name.title()}", "1 Elm St")
    auth = fx.add_auth(vault, chart.client_id, recipient_name=to.name, recipient_address=to.address, **period)
    export.export(vault, fx.request(chart.client_id, note_ids=(note_id,), authorization_id=auth.id, recipient=to),
                  out=tmp_path / f"{name}.pdf", password=fx.PASSWORD)


def test_the_accounting_names_the_period_each_disclosure_relied_on(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=3)  # notes 90, 60 and 30 days ago
    start, end = fx.days_ago(75), fx.days_ago(30)
    _disclose(vault, tmp_path, chart, chart.progress[1], "between", notes_from=start, notes_to=end)
    _disclose(vault, tmp_path, chart, chart.progress[2], "open", notes_from=start)
    out = tmp_path / "accounting.pdf"
    report = accounting.produce(vault, chart.client_id, out=out, password=fx.PASSWORD)
    assert len(report.accounting.excluded) == 2  # under the client's authorization: listed apart

    text = " ".join(fx.pdf_text(out))
    assert f"Authorization's period: information dated from {_us(start)} to {_us(end)}" in text
    assert f"Authorization's period: information dated from {_us(start)} on" in text
    # A page sent out writes its days one way for every reader (ISO 8601, document_dates.sent_day),
    # the authorization's period too: not the practice's month-first or day-first form.
    assert f"{start.month:02}/{start.day:02}/{start.year}" not in text

    data = accounting.verify_embedded(out, fx.PASSWORD, vault.public_key)
    periods = sorted((e["authorization_period"]["from"], e["authorization_period"]["to"] or "")
                     for e in data["excluded"])
    assert periods == [(start.isoformat(), ""), (start.isoformat(), end.isoformat())]


def test_a_disclosure_without_a_period_says_none(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    _disclose(vault, tmp_path, chart, chart.progress[0], "plain")
    out = tmp_path / "accounting.pdf"
    accounting.produce(vault, chart.client_id, out=out, password=fx.PASSWORD)
    text = " ".join(fx.pdf_text(out))
    assert "under the client's authorization" in text and "Authorization's period" not in text
    data = accounting.verify_embedded(out, fx.PASSWORD, vault.public_key)
    assert all("authorization_period" not in e for e in data["excluded"])


def test_what_an_entry_carries_is_read_strictly() -> None:
    assert accounting.relied_period({"authorization_period": {"from": "2026-01-01", "to": None}}) == (
        date(2026, 1, 1), None)
    assert accounting.relied_period({"authorization_period": {"from": None, "to": "2026-03-31"}}) == (
        None, date(2026, 3, 31))
    assert accounting.relied_period({}) is None
    assert accounting.relied_period({"authorization_period": {"from": None, "to": None}}) is None
    assert accounting.relied_period({"authorization_period": {"from": "2026-13-45", "to": None}}) is None
    assert accounting.relied_period({"authorization_period": "2026"}) is None


def test_two_authorizations_to_the_same_recipient_are_two_lines_each_with_its_period(
        vault: Vault, tmp_path: Path) -> None:
    # Merged as repeats (same recipient, same purpose), the line printed the first authorization's
    # period only; 164.528(b)(3) summarizes repeats "pursuant to a single authorization" alone.
    chart = fx.make_chart(vault, n=3)
    to = fx.Recipient("Dr. Same", "1 Elm St")
    periods = ((fx.days_ago(95), fx.days_ago(55)), (fx.days_ago(65), fx.days_ago(25)))
    for i, (start, end) in enumerate(periods):
        auth = fx.add_auth(vault, chart.client_id, recipient_name=to.name, recipient_address=to.address,
                           notes_from=start, notes_to=end)
        export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[i + 1],), authorization_id=auth.id,
                                        recipient=to), out=tmp_path / f"same{i}.pdf", password=fx.PASSWORD)
    out = tmp_path / "accounting.pdf"
    report = accounting.produce(vault, chart.client_id, out=out, password=fx.PASSWORD)
    assert [line.count for line in report.accounting.excluded] == [1, 1]
    text = " ".join(fx.pdf_text(out))
    for start, end in periods:
        assert f"Authorization's period: information dated from {_us(start)} to {_us(end)}" in text
    assert "the first of" not in text


def test_repeats_under_one_authorization_are_one_line_with_first_day_number_and_last_day(
        vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=3)
    to = fx.Recipient("Dr. Same", "1 Elm St")
    auth = fx.add_auth(vault, chart.client_id, recipient_name=to.name, recipient_address=to.address)
    for i in (1, 2):
        export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[i],), authorization_id=auth.id,
                                        recipient=to, on=fx.days_ago(10 - i * 3)),
                      out=tmp_path / f"same{i}.pdf", password=fx.PASSWORD)
    out = tmp_path / "accounting.pdf"
    report = accounting.produce(vault, chart.client_id, out=out, password=fx.PASSWORD)
    (line,) = report.accounting.excluded
    assert (line.count, line.first.day, line.last_day) == (2, fx.days_ago(7), fx.days_ago(4))
    text = " ".join(fx.pdf_text(out))
    assert f"{_us(fx.days_ago(7))} (the first of 2 disclosures; the last on {_us(fx.days_ago(4))}" in text
    assert "164.528(b)(3)" in text
    data = accounting.verify_embedded(out, fx.PASSWORD, vault.public_key)
    (entry,) = data["excluded"]
    assert (entry["date"], entry["count"], entry["last_date"]) == (
        fx.days_ago(7).isoformat(), 2, fx.days_ago(4).isoformat())
