"""A disclosure's description keeps ISO days in the signed ledger and is read in the practice's
format wherever it is printed or shown (domain/disclosure_wording.description_text). Found: the
accounting of disclosures printed "8 sessions' billing data (2026-08-06 to 2026-09-24)" in its
"What was disclosed" column beside the practice's days in the others.

Only the app's own wording is rewritten; what a therapist typed is shown as typed. Every day
is after the 12th of its month, so the US and UK forms differ from each other and from ISO."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.disclosure import ItemFacts, describe_items
from vault_app.domain.disclosure_wording import basis_text, billing_request_description, description_text
from vault_app.services import accounting, clients, export, notes, practice, requests, sessions
from vault_app.services.vault import Vault

# (stored in the ledger or the request, as en_US reads it, as en_GB reads it)
WORDINGS = (
    ("8 sessions' billing data (2026-08-06 to 2026-09-24)",
     "8 sessions' billing data (08/06/2026 to 09/24/2026)", "8 sessions' billing data (06/08/2026 to 24/09/2026)"),
    ("1 progress notes (2026-11-30)", "1 progress notes (11/30/2026)", "1 progress notes (30/11/2026)"),
    ("3 progress notes (2026-08-13 to 2026-09-24); fields: client name, CPT code; with 2 outcome measure results",
     "3 progress notes (08/13/2026 to 09/24/2026); fields: client name, CPT code; with 2 outcome measure results",
     "3 progress notes (13/08/2026 to 24/09/2026); fields: client name, CPT code; with 2 outcome measure results"),
    # Measures asked for, none held in the notes' dates: said so, not as if only measures went
    # (found by a walker: "12 progress notes (...); fields: outcome measures" on an access copy)
    ("12 progress notes (2026-08-13 to 2026-09-24); fields: measures",
     "12 progress notes (08/13/2026 to 09/24/2026); outcome measures asked for: none recorded in these dates",
     "12 progress notes (13/08/2026 to 24/09/2026); outcome measures asked for: none recorded in these dates"),
    ("3 progress notes (2026-08-13 to 2026-09-24); fields: measures; with 1 amendment",
     "3 progress notes (08/13/2026 to 09/24/2026); outcome measures asked for: none recorded in these dates; "
     "with 1 amendment",
     "3 progress notes (13/08/2026 to 24/09/2026); outcome measures asked for: none recorded in these dates; "
     "with 1 amendment"),
    ("3 progress notes (2026-08-13 to 2026-09-24); fields: measures; with 2 outcome measure results",
     "3 progress notes (08/13/2026 to 09/24/2026); with 2 outcome measure results",
     "3 progress notes (13/08/2026 to 24/09/2026); with 2 outcome measure results"),
    ("2 psychotherapy notes (2026-08-13 to 2026-09-24) (complete open export)",
     "2 psychotherapy notes (08/13/2026 to 09/24/2026) (complete open export)",
     "2 psychotherapy notes (13/08/2026 to 24/09/2026) (complete open export)"),
    ("4 billing information (2026-01-15 to 2026-02-16)",
     "4 billing information (01/15/2026 to 02/16/2026)", "4 billing information (15/01/2026 to 16/02/2026)"),
    ("Method: phone; drew on 2 progress notes (2026-08-13 to 2026-09-24)",
     "Method: phone; drew on 2 progress notes (08/13/2026 to 09/24/2026)",
     "Method: phone; drew on 2 progress notes (13/08/2026 to 24/09/2026)"),
    ("superbill of billing records, 2026-08-13 to 2026-09-24",
     "superbill of billing records, 08/13/2026 to 09/24/2026",
     "superbill of billing records, 13/08/2026 to 24/09/2026"),
    ("statement of billing records, 2026-08-13 to 2026-09-24",
     "statement of billing records, 08/13/2026 to 09/24/2026",
     "statement of billing records, 13/08/2026 to 24/09/2026"),
)
# Left as they stand: the therapist's own words (ISO days and all), the app's wording without a
# day, and what only looks like the app's wording.
AS_TYPED = (
    "verbal report",
    "Faxed the intake of 2026-08-13 to the insurer",
    "records from 2026-08-13 to 2026-09-24",
    "no progress notes",
    "Method: phone; drew on no progress notes",
    "3 progress notes (2026-13-45)",  # not a day: shown as stored, not an error
    "3 progress notes (2026-08-13 to 2026-02-31)",
    "about 3 progress notes (2026-08-13)",
    "superbill of billing records, 2026-08-13 to 2026-09-24 and the intake",
    "",
)


@pytest.mark.parametrize(("stored", "us", "uk"), WORDINGS, ids=[w[0][:40] for w in WORDINGS])
def test_the_apps_wording_reads_in_the_practices_format(stored: str, us: str, uk: str) -> None:
    assert description_text(stored, "en_US") == us
    assert description_text(stored, "en_GB") == uk


@pytest.mark.parametrize("typed", AS_TYPED)
def test_other_text_is_shown_as_stored(typed: str) -> None:
    assert description_text(typed, "en_US") == typed
    assert description_text(typed, "en_GB") == typed


@pytest.mark.parametrize(("locale", "pattern"), (("en_US", "%m/%d/%Y"), ("en_GB", "%d/%m/%Y")))
def test_what_the_app_writes_today_is_read_back(locale: str, pattern: str) -> None:
    """The patterns follow describe_items and the superbill's request as they write now: a change
    of wording there that the reader no longer knows fails here, not on a client's page."""
    first, last = date(2026, 8, 13), date(2026, 9, 24)
    for kind in ("progress", "psychotherapy", "billing"):
        for days in ((first,), (first, date(2026, 9, 1), last)):
            stored = describe_items(kind, tuple(ItemFacts(f"n{i}", kind, d) for i, d in enumerate(days)))  # type: ignore[arg-type]
            shown = description_text(stored, locale)
            assert first.strftime(pattern) in shown and first.isoformat() not in shown, (kind, shown)
            assert shown.replace(first.strftime(pattern), first.isoformat()) \
                .replace(last.strftime(pattern), last.isoformat()) == stored
    for kind in ("superbill", "statement"):
        stored = billing_request_description(kind, first.isoformat(), last.isoformat())
        assert description_text(stored, locale) == f"{kind} of billing records, {first:{pattern}} to {last:{pattern}}"


NOTE_DAYS = (date(2025, 3, 13), date(2025, 3, 27))
SIGNED, DISCLOSED, AS_OF = date(2025, 3, 1), date(2025, 3, 28), date(2025, 4, 15)


@pytest.mark.parametrize(("locale", "pattern"), (("en_US", "%m/%d/%Y"), ("en_GB", "%d/%m/%Y")))
def test_accounting_and_export_print_the_description_in_iso_days(
        vault: Vault, tmp_path: Path, locale: str, pattern: str) -> None:
    fx.set_practice(vault)
    practice.update(vault, locale=locale)
    client = clients.create_client(vault, "Ines Marlowe-Tate", date_of_birth=date(1984, 7, 19))
    note_ids = []
    for day in NOTE_DAYS:
        session = sessions.add_session(vault, client.client_id, date=day, duration_minutes=53, icd10_codes=["F41.1"])
        note = notes.create_progress_note(vault, client.client_id, template="soap", session_id=session.session_id,
                                          sections={"subjective": "Reports a calmer week.", "plan": "Weekly."})
        notes.sign_note(vault, note.note_id)
        note_ids.append(note.note_id)
    # In force on the vault's own last record too (today's): a disclosure dated earlier is judged on that
    # day as well (domain/disclosure_clock.py), as one made on a clock set back.
    auth = fx.add_auth(vault, client.client_id, signed_on=SIGNED, expires_on=fx.today() + timedelta(days=400))
    out = tmp_path / "disclosure.pdf"
    result = export.export(vault, fx.request(client.client_id, note_ids=tuple(note_ids),
                                             authorization_id=auth.id, on=DISCLOSED),
                           out=out, password=fx.PASSWORD)
    # English pages sent out write ISO days whatever the practice (domain/document_dates.sent_day).
    first, last = (d.isoformat() for d in NOTE_DAYS)
    # The ledger keeps what it always kept: ISO, as signed.
    assert result.description == f"2 progress notes ({NOTE_DAYS[0].isoformat()} to {NOTE_DAYS[1].isoformat()})"
    assert [r.description for r in export.disclosures(vault, client.client_id)] == [result.description]

    cover = " ".join(fx.pdf_text(out))
    assert f"What is disclosed 2 progress notes ({first} to {last})" in cover, cover

    report = tmp_path / "accounting.pdf"
    accounting.produce(vault, client.client_id, out=report, password=fx.PASSWORD, as_of=AS_OF)
    text = " ".join(fx.pdf_text(report))
    assert f"2 progress notes ({first} to {last})" in text, text
    for day in NOTE_DAYS:
        assert day.strftime(pattern) not in cover + text, day


@pytest.mark.parametrize(("locale", "pattern"), (("en_US", "%m/%d/%Y"), ("en_GB", "%d/%m/%Y")))
def test_a_superbills_request_is_listed_in_the_practices_days(vault: Vault, locale: str, pattern: str) -> None:
    """The access request a superbill answers is recorded with ISO days; the copy-of-records
    chooser (services/access_copy) reads them as the practice does."""
    from vault_app.services import access_copy

    practice.update(vault, locale=locale)
    client = clients.create_client(vault, "Ines Marlowe-Tate")
    first, last = date(2025, 3, 13), date(2025, 3, 27)
    stored = billing_request_description("superbill", first.isoformat(), last.isoformat())
    requests.add_request(vault, client.client_id, kind="access", received_on=date(2025, 3, 28), description=stored)
    [(_id, label)] = access_copy.open_access_requests(vault, client.client_id)
    assert label.endswith(f": superbill of billing records, {first:{pattern}} to {last:{pattern}}"), label


# (a basis as the ledger summarises it, as en_US reads it, as en_GB reads it)
BASES = (
    ("court order, Superior Court, case 24-CV-1, 2025-03-14",
     "court order, Superior Court, case 24-CV-1, 03/14/2025", "court order, Superior Court, case 24-CV-1, 14/03/2025"),
    ("court order, Court of Appeal, Div. 2, case 24-7, 2025-11-30",
     "court order, Court of Appeal, Div. 2, case 24-7, 11/30/2025",
     "court order, Court of Appeal, Div. 2, case 24-7, 30/11/2025"),
    ("court order, ?, case ?, ?",) * 3,  # evidence missing when it was logged: as it stands
    ("authorization A-1a2b3c",) * 3,
    ("required by law (child abuse report), Cal. Penal Code 11166",) * 3,
    ("health oversight, request 2025-03-14",) * 3,  # a reference, not the app's dated wording
)


@pytest.mark.parametrize(("stored", "us", "uk"), BASES, ids=[b[0][:40] for b in BASES])
def test_a_court_orders_date_reads_in_the_practices_format(stored: str, us: str, uk: str) -> None:
    assert basis_text(stored, "en_US") == us
    assert basis_text(stored, "en_GB") == uk


@pytest.mark.parametrize(("locale", "pattern"), (("en_US", "%m/%d/%Y"), ("en_GB", "%d/%m/%Y")))
def test_the_accounting_prints_a_court_orders_date_in_iso(
        vault: Vault, tmp_path: Path, locale: str, pattern: str) -> None:
    fx.set_practice(vault)
    practice.update(vault, locale=locale)
    client = clients.create_client(vault, "Ines Marlowe-Tate")
    ordered = date(2025, 3, 14)
    court = {"judge": "Hon. A. Judge", "court": "Superior Court", "case_number": "24-CV-1",
             "order_date": ordered.isoformat(), "covers": ["progress"]}
    record, _verdict = export.record_manual(vault, fx.request(
        client.client_id, basis="court_order", evidence=court, manual=True, on=DISCLOSED,
        recipient=fx.Recipient("Superior Court", "1 Court St")), description="records as ordered", channel="mail")
    assert record.basis_summary.endswith(ordered.isoformat())  # the ledger: ISO, as signed
    report = tmp_path / "accounting.pdf"
    accounting.produce(vault, client.client_id, out=report, password=fx.PASSWORD, as_of=AS_OF)
    text = " ".join(fx.pdf_text(report))
    # An English page sent out: ISO whatever the practice (domain/document_dates.sent_day).
    assert f"case 24-CV-1, {ordered.isoformat()}" in text, text
    assert f"{ordered:{pattern}}" not in text
