"""A disclosure's description counts its items in the form for their number: "1 progress note",
"2 progress notes", for every kind (domain/disclosure.describe_items). Found: the disclosure PDF
said "1 progress notes". Descriptions recorded before say what they said: they are signed in the
ledger, and an entry of an earlier release still verifies and reads as it was recorded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain.disclosure import DisclosureRecord, ItemFacts, Recipient, describe_items
from vault_app.domain.disclosure_wording import description_text
from vault_app.services import accounting, export, practice
from vault_app.services.export_delivery import DISCLOSURE
from vault_app.services.vault import Vault

FIRST, SECOND, LAST = date(2026, 8, 13), date(2026, 9, 1), date(2026, 9, 24)
# (kind, how many, what a new description says)
COUNTS = (
    ("progress", 1, "1 progress note (2026-08-13)"),
    ("progress", 2, "2 progress notes (2026-08-13 to 2026-09-01)"),
    ("progress", 3, "3 progress notes (2026-08-13 to 2026-09-24)"),
    ("psychotherapy", 1, "1 psychotherapy note (2026-08-13)"),
    ("psychotherapy", 2, "2 psychotherapy notes (2026-08-13 to 2026-09-01)"),
    ("psychotherapy", 3, "3 psychotherapy notes (2026-08-13 to 2026-09-24)"),
    ("billing", 1, "1 session's billing data (2026-08-13)"),
    ("billing", 2, "2 sessions' billing data (2026-08-13 to 2026-09-01)"),
    ("billing", 3, "3 sessions' billing data (2026-08-13 to 2026-09-24)"),
)


@pytest.mark.parametrize(("kind", "n", "said"), COUNTS, ids=[f"{c[0]}-{c[1]}" for c in COUNTS])
def test_each_kind_is_counted_in_its_form_for_one_and_many(kind: str, n: int, said: str) -> None:
    items = tuple(ItemFacts(f"i{i}", kind, day) for i, day in enumerate((FIRST, SECOND, LAST)[:n]))  # type: ignore[arg-type]
    assert describe_items(kind, items) == said  # type: ignore[arg-type]
    # and a page reads it back in the practice's days, the count's words untouched
    assert description_text(said, "en_US") == said.replace("2026-08-13", "08/13/2026") \
        .replace("2026-09-01", "09/01/2026").replace("2026-09-24", "09/24/2026")


def test_a_kind_with_nothing_chosen_says_so() -> None:
    assert describe_items("progress", ()) == "no progress notes"


# As releases before this one recorded them: the plural for one (and "billing information" earlier).
RECORDED_BEFORE = ("1 progress notes (2026-08-13)", "1 psychotherapy notes (2026-08-13)",
                   "1 sessions' billing data (2026-08-13)", "1 billing information (2026-08-13)")


@pytest.mark.parametrize("stored", RECORDED_BEFORE)
def test_a_description_recorded_before_reads_as_recorded(stored: str) -> None:
    assert description_text(stored, "en_US") == stored.replace("2026-08-13", "08/13/2026")


def test_an_earlier_releases_entry_still_verifies_and_reads_as_recorded(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=2)
    practice.update(vault, locale="en_US")
    old_day = chart.note_days[0]
    # What an earlier release appended for a one-note export: the same payload, its words then.
    recorded = f"1 progress notes ({old_day.isoformat()})"
    old = vault.ledger.append(DISCLOSURE, DisclosureRecord(
        disclosure_id="D-0ld0ld0ld", client_id=chart.client_id, day=old_day,
        recipient=Recipient(fx.RECIPIENT.name, fx.RECIPIENT.address), description=recorded, purpose=fx.PURPOSE,
        basis_kind="authorization", basis_summary="authorization", authorization_id=None, accountable=True,
        exclusion="", kind="progress", item_ids=(chart.progress[0],), sha256="0" * 64).payload())

    auth = fx.add_auth(vault, chart.client_id)
    result = export.export(vault, fx.request(chart.client_id, note_ids=(chart.progress[1],), authorization_id=auth.id),
                           out=tmp_path / "new.pdf", password=fx.PASSWORD)
    new_day = chart.note_days[1]
    assert result.description == f"1 progress note ({new_day.isoformat()})"
    cover = " ".join(fx.pdf_text(tmp_path / "new.pdf"))
    assert f"What is disclosed 1 progress note ({new_day.isoformat()})" in cover, cover

    report = vault.ledger.verify_full(vault.header.ledger_anchor)
    assert report.ok, report.problems
    stored = vault.ledger.get(old.seq)
    assert stored is not None and stored.payload["description"] == recorded and stored.mac_hex == old.mac_hex
    by_id = {r.disclosure_id: r.description for r in export.disclosures(vault, chart.client_id)}
    assert by_id == {"D-0ld0ld0ld": recorded, result.disclosure_id: result.description}

    out = tmp_path / "accounting.pdf"
    accounting.produce(vault, chart.client_id, out=out, password=fx.PASSWORD)
    text = " ".join(fx.pdf_text(out))
    assert f"1 progress notes ({old_day.isoformat()})" in text, text
    assert f"1 progress note ({new_day.isoformat()})" in text, text
