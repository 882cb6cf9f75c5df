"""The statement writes its days as the practice does (US 03/17/2025, UK 17/03/2025); the
accounting of disclosures, an English page the client may hand on, writes ISO days (2025-03-17:
domain/document_dates.sent_day; found: an es_US practice's day-first dates read month first); the superbill, which
the client hands to a US health plan, writes US days whatever the practice's locale
(domain/document_dates). Found: all three printed ISO days (2025-03-17) in their running text;
then an es_US practice's superbill printed 17/03/2025, day first, to a plan that reads month
first. The accounting's paper follows the practice too (A4 in the UK, as the certificate's); a
superbill stays US Letter, the size a US claim goes on.

Each day is after the 12th of its month: the US and UK forms differ from each other and from ISO."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pypdf
import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.payable_practice import payable
from vault_app.domain.accounting_terms import FeeTerms
from vault_app.domain.locale_format import money_text
from vault_app.services import accounting, billing, clients, export, plans, practice, sessions
from vault_app.services import superbill as superbills
from vault_app.services.vault import Vault

BORN = date(1979, 6, 14)
FIRST, LAST = date(2025, 3, 13), date(2025, 3, 31)
SESSION = date(2025, 3, 17)
PAID = date(2025, 3, 26)
DISCLOSED, DISCLOSED_AGAIN = date(2025, 3, 17), date(2025, 3, 24)
AS_OF = date(2025, 4, 15)
FEE_NOTICE = date(2025, 4, 14)

# (the practice's locale, its day as strftime writes it, the accounting's page size in points)
PRACTICES = (("en_US", "%m/%d/%Y", (612, 792)), ("en_GB", "%d/%m/%Y", (595, 842)),
             ("es_US", "%d/%m/%Y", (612, 792)))
US_DAYS = "%m/%d/%Y"  # a US payer's, on the superbill (NUCC 1500 manual, item 24A)


def _words(path: Path) -> str:
    return " ".join(fx.pdf_text(path))  # the project's reader: pypdf, every page, whitespace-normalized


def _size(path: Path) -> tuple[int, int]:
    reader = pypdf.PdfReader(path, password=fx.PASSWORD)
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    return round(width), round(height)


@pytest.mark.parametrize(("locale", "pattern", "paper"), PRACTICES, ids=[p[0] for p in PRACTICES])
def test_superbill_writes_us_days_and_statement_the_practices(vault: Vault, tmp_path: Path, locale: str,
                                                              pattern: str, paper: tuple[int, int]) -> None:
    practice.update(vault, clinician_name="Dr. Maren Oakes", credentials="PhD", practice_name="Oakes Therapy",
                    locale=locale)
    client = clients.create_client(vault, "Tomas Erikkson-Vale", chart_number="TE-3", date_of_birth=BORN)
    payable(vault)
    plans.update_plan(vault, client.client_id, diagnosis_codes=["F41.1"])
    billing.set_scheduled_fee(vault, "90834", "150.00")
    sessions.add_session(vault, client.client_id, date=SESSION, start_time=time(14, 5), duration_minutes=50,
                         cpt_code="90834", icd10_codes=["F41.1"])
    billing.record_payment(vault, client.client_id, paid_on=PAID, amount="150", method="check")

    for kind in ("superbill", "statement"):
        def day(value: date, kind: str = kind) -> str:
            return value.strftime(US_DAYS if kind == "superbill" else pattern)

        out = tmp_path / f"{kind}.pdf"
        before = date.today()
        superbills.issue(vault, client.client_id, kind=kind, first=FIRST, last=LAST, out=out, password=fx.PASSWORD)
        issued = {day(before), day(date.today())}  # whichever side of midnight the issue fell
        text = _words(out)
        assert f"services {day(FIRST)} to {day(LAST)}" in text, text
        assert any(f"Issued {d} ·" in text for d in issued), text
        if kind == "superbill":
            assert any(f"payments received up to {d} paid" in text for d in issued), text
        else:  # its balances, at its first and last dates (tests/core/test_statement_pdf.py)
            assert f"Balance brought forward, {day(FIRST)}" in text and f"Balance due, {day(LAST)}" in text, text
        assert f"Date of birth {day(BORN)}" in text, text
        assert f"{day(SESSION)} 11 Office" in text, text  # the date of service column
        if kind == "statement":
            # its amounts as the practice writes money too (US$150.00 in the UK: tests/core/test_statement_pdf.py)
            assert f"Payments received in these dates {day(PAID)} {money_text(15000, locale)} (check)" in text, text
        for iso in (BORN, FIRST, LAST, SESSION, PAID, before, date.today()):
            assert iso.isoformat() not in text, (kind, iso)
        assert _size(out) == (612, 792)  # Letter whatever the practice: a US claim's size


def _disclose(vault: Vault, client_id: str, on: date) -> None:
    export.record_manual(vault, fx.request(
        client_id, basis="required_by_law", manual=True, recipient=fx.Recipient("County Agency", "9 Oak Ave"),
        purpose="mandated report", evidence={"law_kind": "child_abuse_report", "agency": "County Agency"}, on=on),
        description="verbal report", channel="phone")


@pytest.mark.parametrize(("locale", "pattern", "paper"), PRACTICES, ids=[p[0] for p in PRACTICES])
def test_accounting_writes_iso_days_on_the_practices_paper(vault: Vault, tmp_path: Path, locale: str, pattern: str,
                                                           paper: tuple[int, int]) -> None:
    chart = fx.make_chart(vault, n=1, date_of_birth=BORN)
    practice.update(vault, locale=locale)
    for on in (DISCLOSED, DISCLOSED_AGAIN):
        _disclose(vault, chart.client_id, on)

    def day(value: date) -> str:
        # ISO whatever the practice (domain/document_dates.sent_day): an English page sent out.
        return value.isoformat()

    first = tmp_path / "first.pdf"
    accounting.produce(vault, chart.client_id, out=first, password=fx.PASSWORD, as_of=AS_OF, since=FIRST)
    text = _words(first)
    assert f"born {day(BORN)}" in text, text
    assert f"Period covered {day(FIRST)} to {day(AS_OF)} (45 CFR 164.528(a))" in text, text
    # the date column: the first of two alike, and the last of them in the summary under it
    assert f"{day(DISCLOSED)} (the first of 2 disclosures; the last on {day(DISCLOSED_AGAIN)})" in text, text
    assert _size(first) == paper

    second = tmp_path / "second.pdf"
    accounting.produce(vault, chart.client_id, out=second, password=fx.PASSWORD, as_of=AS_OF, since=FIRST,
                       fee=FeeTerms(True, FEE_NOTICE, "proceed"))
    fee_text = _words(second)
    assert f"fee on {day(FEE_NOTICE)}, before preparing it" in fee_text, fee_text
    for other in (BORN, FIRST, AS_OF, DISCLOSED, DISCLOSED_AGAIN, FEE_NOTICE):
        assert other.strftime(pattern) not in text + fee_text, other
