"""Whose dates a printed document writes (domain/document_dates): a US payer's pages in US dates
(MM/DD/YYYY, as the NUCC 1500 claim form manual asks) whatever the practice's locale, every other
reader's in the practice's on screen, and in ISO 8601 on an English page sent out. Found: an
es_US practice (CLDR: day first) printed its days day first
on a superbill a US health plan reads month first (04/05/2026, April 5, for a session on May 4).

Every day here is after the 12th of its month, so day-first and month-first differ and neither
can pass for the other; each side is checked on a locale where the two rules disagree."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.document_dates import (
    DATE_FORMS,
    US_PAYER_LOCALE,
    bill_audience,
    date_form,
    disclosure_audience,
    document_day,
    document_locale,
    letter_date_line,
    sent_day,
    sent_moment,
)
from vault_app.domain.locale_format import date_text
from vault_app.services import export, practice
from vault_app.services.vault import Vault

DAY = date(2025, 3, 17)
# Locales where the practice's dates are not the US's, and the US's own (where both agree).
DAY_FIRST = ("es_US", "en_GB", "es_MX", "de_DE")


@pytest.mark.parametrize("tag", (*DAY_FIRST, "en_US", "es_PR", None, ""))
def test_a_us_payer_reads_us_dates_whatever_the_practice(tag: str | None) -> None:
    assert document_locale("us_payer", tag) == US_PAYER_LOCALE
    assert date_text(DAY, document_locale("us_payer", tag)) == "03/17/2025"


@pytest.mark.parametrize("tag", DAY_FIRST)
@pytest.mark.parametrize("audience", ("client", "recipient"))
def test_the_client_and_other_recipients_read_the_practices_dates(audience: str, tag: str) -> None:
    locale = document_locale(audience, tag)  # type: ignore[arg-type]
    assert locale == tag
    assert date_text(DAY, locale) == date_text(DAY, tag) != "03/17/2025"


def test_an_unset_or_unknown_practice_locale_is_the_default() -> None:
    assert document_locale("client", None) == "en_US"
    assert document_locale("client", "es-US.UTF-8") == "es_US"


@pytest.mark.parametrize(("basis", "audience"), (
    ("payment", "us_payer"), ("client_access", "client"), ("treatment", "recipient"),
    ("authorization", "recipient"), ("court_order", "recipient"), ("required_by_law", "recipient"),
))
def test_a_disclosures_reader_follows_from_its_basis(basis: str, audience: str) -> None:
    assert disclosure_audience(basis) == audience


def test_a_superbill_is_for_the_payer_and_a_statement_for_the_client() -> None:
    assert bill_audience("superbill") == "us_payer"
    assert bill_audience("statement") == "client"


def _cover(vault: Vault, tmp_path: Path, name: str, **request: object) -> str:
    out = tmp_path / f"{name}.pdf"
    export.export(vault, fx.request(**request), out=out, password=fx.PASSWORD)  # type: ignore[arg-type]
    return " ".join(fx.pdf_text(out))


@pytest.mark.parametrize("tag", ("es_US", "en_US"))
def test_a_disclosure_to_a_payer_reads_us_dates_and_to_a_provider_iso_ones(
        vault: Vault, tmp_path: Path, tag: str) -> None:
    """The payer's cover keeps US dates (NUCC 1500); any other recipient's English cover writes
    ISO days, read one way only (found: an es_US practice's "Date 05/12/2026" read as May 12)."""
    chart = fx.make_chart(vault, n=1, date_of_birth=date(1979, 6, 14))
    practice.update(vault, locale=tag)
    payer = _cover(vault, tmp_path, "payer", client_id=chart.client_id, kind="billing",
                   note_ids=tuple(chart.sessions), basis="payment",
                   recipient=fx.Recipient("Acme Health Plan", "PO Box 1"), purpose="claim", on=DAY)
    assert "Date 03/17/2025" in payer and "born 06/14/1979" in payer, payer
    session = chart.note_days[0].strftime("%m/%d/%Y")
    assert f"1 session's billing data ({session})" in payer, payer

    auth = fx.add_auth(vault, chart.client_id)
    provider = _cover(vault, tmp_path, "provider", client_id=chart.client_id, note_ids=(chart.progress[0],),
                      authorization_id=auth.id)
    assert f"Date {fx.today().isoformat()}" in provider and "born 1979-06-14" in provider, provider
    assert f"1 progress note ({chart.note_days[0].isoformat()})" in provider, provider
    assert "14/06/1979" not in provider and "06/14/1979" not in provider, provider

# The client's own copy is the client's to read, in the practice's form (found by a walker: a
# New York practice's client was sent ISO days); every other reader's one way only.
@pytest.mark.parametrize(("audience", "tag", "written"), (
    ("recipient", "en_US", "2025-03-17"), ("recipient", "es_US", "2025-03-17"),
    ("client", "en_US", "03/17/2025"), ("client", "es_US", "17/03/2025"), ("client", None, "03/17/2025"),
    ("us_payer", "en_US", "03/17/2025"), ("us_payer", "es_US", "03/17/2025"),
))
@pytest.mark.parametrize("value", (DAY, "2025-03-17", "2025-03-17T22:05:00+00:00"))
def test_a_page_sent_out_writes_its_days_one_way_only(audience: str, tag: str | None, written: str,
                                                      value: object) -> None:
    assert sent_day(value, audience, tag) == written  # type: ignore[arg-type]


@pytest.mark.parametrize(("tag", "time"), (("en_US", "6:14 PM"), ("es_US", "6:14 p.m."), ("en_GB", "18:14")))
def test_a_moment_sent_out_has_an_iso_day_and_the_practices_time(
        monkeypatch: pytest.MonkeyPatch, tag: str, time: str) -> None:
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    import time as clock

    clock.tzset()
    try:
        said = sent_moment("2026-12-03T02:14:00+00:00", tag, utc=True)
    finally:
        monkeypatch.delenv("TZ")
        clock.tzset()
    assert said == f"2026-12-02 {time} PST (2026-12-03 02:14 UTC)"


# Which document writes which form (domain/document_dates.date_form), both sides: the client's
# own correspondence in the practice's form, a US payer's in US dates, any other reader's in ISO.
DOCUMENT_FORMS = (
    ("statement", "practice", "17/03/2025"),
    ("request_letter", "long", "March 17, 2025"),
    ("superbill", "us", "03/17/2025"),
    ("payment_disclosure", "us", "03/17/2025"),
    ("disclosure", "iso", "2025-03-17"),
    ("client_copy", "practice", "17/03/2025"),
    ("accounting", "iso", "2025-03-17"),
    ("certificate", "iso", "2025-03-17"),
    ("measures", "iso", "2025-03-17"),
)


@pytest.mark.parametrize(("document", "form", "es_us_day"), DOCUMENT_FORMS)
def test_each_document_writes_its_readers_form(document: str, form: str, es_us_day: str) -> None:
    assert date_form(document) == form
    assert document_day(document, DAY, "es_US") == es_us_day
    others = {text for _, _, text in DOCUMENT_FORMS} - {es_us_day}
    assert document_day(document, DAY, "es_US") not in others


def test_every_document_has_a_form_and_an_unknown_one_is_refused() -> None:
    assert {d for d, _, _ in DOCUMENT_FORMS} == set(DATE_FORMS)
    with pytest.raises(ValueError, match="no date form"):
        date_form("fax cover")


@pytest.mark.parametrize(("tag", "line"), (
    ("en_US", "March 17, 2025"), ("es_US", "March 17, 2025"), ("en_GB", "17 March 2025"),
    ("es_MX", "17 March 2025"), ("de_DE", "17 March 2025"), (None, "March 17, 2025"),
))
def test_an_english_letter_is_dated_in_english_in_the_practices_order(tag: str | None, line: str) -> None:
    assert letter_date_line(DAY, tag) == line


def test_sent_day_is_the_disclosures_form() -> None:
    assert sent_day(DAY) == document_day("disclosure", DAY, "es_US") == "2025-03-17"
    assert sent_day(DAY, "client", "es_US") == document_day("client_copy", DAY, "es_US") == "17/03/2025"
    assert sent_day(DAY, "us_payer") == document_day("payment_disclosure", DAY, "es_US") == "03/17/2025"
