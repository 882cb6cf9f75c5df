"""Moments the app keeps in UTC (the ledger, certificates, backups) are read on the practice's
clock. Found in the real app: a California therapist read "12/03/2026 2:14 AM" on a destruction
certificate for work done at 6:14 PM the day before. Both sides of the date line."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdf
import pytest

from tests.core import disclosure_fixtures as fx
from tests.core.destruction_helpers import seed_chart
from tests.local_clock import sent_clock
from vault_app.domain.locale_format import moment_text, zone_name
from vault_app.services import certificates, destruction, export
from vault_app.services.certificate_pdf import render
from vault_app.services.vault import Vault

STAMP = "2026-12-03T02:14:05.123456+00:00"  # as the ledger writes it


@pytest.mark.parametrize(("zone", "locale", "options", "shown"), [
    ("America/Los_Angeles", "en_US", {}, "12/02/2026 6:14 PM"),
    ("America/Los_Angeles", "en_US", {"zone": True}, "12/02/2026 6:14 PM PST"),
    ("America/Los_Angeles", "en_US", {"utc": True}, "12/02/2026 6:14 PM PST (2026-12-03 02:14 UTC)"),
    ("America/Los_Angeles", "en_US", {"zone": True, "seconds": True}, "12/02/2026 6:14:05 PM PST"),
    ("Pacific/Auckland", "en_NZ", {"zone": True}, "03/12/2026 3:14 pm NZDT"),
    ("Pacific/Kiritimati", "en_US", {"zone": True}, "12/03/2026 4:14 PM UTC+14:00"),
    ("Pacific/Pago_Pago", "en_US", {"zone": True}, "12/02/2026 3:14 PM SST"),
    ("America/Sao_Paulo", "es_MX", {"zone": True}, "02/12/2026 11:14 p.m. UTC-03:00"),
    ("Asia/Kolkata", "en_GB", {"utc": True}, "03/12/2026 07:44 IST (2026-12-03 02:14 UTC)"),
    ("Europe/Berlin", "de_DE", {"zone": True}, "03.12.2026 03:14 CET"),
    ("UTC", "en_US", {"zone": True}, "12/03/2026 2:14 AM UTC"),
])
def test_a_stored_moment_reads_on_the_local_clock(zone: str, locale: str, options: dict[str, bool],
                                                   shown: str) -> None:
    assert moment_text(STAMP, locale, local=ZoneInfo(zone), **options) == shown


def test_a_stamp_cut_without_its_offset_is_still_utc_and_summer_has_its_own_name() -> None:
    pacific = ZoneInfo("America/Los_Angeles")
    assert moment_text("2026-12-03T02:14", local=pacific) == "12/02/2026 6:14 PM"
    assert moment_text("2026-07-03T02:14:00+00:00", local=pacific, zone=True) == "07/02/2026 7:14 PM PDT"
    assert zone_name(datetime(2026, 12, 3, tzinfo=ZoneInfo("America/Argentina/Buenos_Aires"))) == "UTC-03:00"


def test_the_certificate_pdf_reads_local_with_its_zone_and_utc_and_its_signature_holds(
        psy_vault: Vault, local_zone: ZoneInfo) -> None:
    chart = seed_chart(psy_vault, "T")
    cert = destruction.destroy(psy_vault, chart.chart_number, basis="retention", confirm=chart.chart_number)
    document = certificates.signed_document(psy_vault, str(cert["certificate_id"]))
    signed_before = certificates.document_bytes(document)
    pages = pypdf.PdfReader(io.BytesIO(render(document))).pages
    printed = " ".join("".join(p.extract_text() for p in pages).split())
    body = document["certificate"]
    for key in ("started_at", "completed_at"):
        utc = datetime.fromisoformat(body[key]).astimezone(ZoneInfo("UTC"))
        assert f"{sent_clock(body[key], local_zone, named=True)} ({utc:%Y-%m-%d %H:%M} UTC)" in printed
    entry = document["ledger_entry"]
    assert f"Ledger entry {entry['seq']}, made {sent_clock(entry['time'], local_zone, named=True)} (" in printed
    assert "its zone named, with UTC in brackets" in printed
    # The signed content is as it was: UTC stamps, the signature still good.
    assert certificates.document_bytes(document) == signed_before and body["completed_at"].endswith("+00:00")
    assert certificates.check_signature(document, psy_vault.public_key) == []


def test_an_exported_note_is_signed_on_the_local_day(vault: Vault, tmp_path: Path, day_apart_from_utc: None) -> None:
    """A disclosed PDF said "signed ... on" UTC's day: tomorrow's for a note signed on a US evening."""
    chart = fx.make_chart(vault, n=1)
    auth = fx.add_auth(vault, chart.client_id)
    out = tmp_path / "disclosure.pdf"
    export.export(vault, fx.request(chart.client_id, note_ids=tuple(chart.progress), authorization_id=auth.id),
                  out=out, password=fx.PASSWORD)
    text = " ".join(fx.pdf_text(out))
    local, utc = date.today(), datetime.now(UTC).date()
    assert f"on {local:%Y-%m-%d}; note id" in text  # an English page sent out: ISO (document_dates)
    assert f"on {utc:%Y-%m-%d}; note id" not in text
