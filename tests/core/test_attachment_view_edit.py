"""Viewing an attached document in memory, and correcting its title and date.

On a real vault: the bytes come back whole, within a limit, logged as viewed, and no file
appears anywhere while they are read; a title or date changed shows in the chart, keeps the
earlier value (amendment-style), is one History line naming the fields and never the values;
a destroyed chart's document can be neither opened nor changed, and its changes go with it.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.destruction_helpers import seed_chart
from tests.document_samples import pdf, png
from vault_app.domain.attachment_edits import title_of
from vault_app.domain.errors import InvalidInput, NotFound
from vault_app.services import attachment_edits, attachment_view, attachments, clients, destruction
from vault_app.services.attachment_view import PdfPages, TooLargeToView
from vault_app.services.chart_history import chart_history
from vault_app.services.vault import Vault
from vault_app.storage import clinical_attachments


def _files(*folders: Path) -> set[Path]:
    return {Path(root) / name for folder in folders for root, _dirs, names in os.walk(folder) for name in names}


def _scan(vault: Vault, data: bytes, filename: str = "scan0003.pdf") -> tuple[str, str]:
    client = clients.create_client(vault, "Ash Fictional", date_of_birth="1980-02-03")
    added = attachments.add_attachment(vault, client.client_id, data, kind="other", filename=filename)
    return client.client_id, added.attachment_id


def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own, where any temporary file made now would go."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return temp


def test_a_pdf_is_read_into_memory_page_by_page_and_the_view_is_logged(vault: Vault, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    document = pdf(3, text="Neuropsych evaluation")
    client_id, attachment_id = _scan(vault, document)
    temp = private_temp(tmp_path, monkeypatch)
    before = _files(vault.folder)
    viewed = attachment_view.read_for_view(vault, attachment_id)
    pages = PdfPages(viewed.data)
    first, last = pages.page(0), pages.page(2)
    assert _files(vault.folder) == before and _files(temp) == set(), "viewing wrote a file"
    assert viewed.data == document and viewed.meta.attachment_id == attachment_id
    assert pages.count == 3
    assert first.text == "Neuropsych evaluation, page 1" and last.text.endswith("page 3")
    assert len(first.images) == 1 and first.images[0].startswith(b"\x89PNG") and last.images == ()
    entry = vault.ledger.entries()[-1]
    assert entry.kind == "attachment.viewed"
    assert entry.payload == {"client_id": client_id, "attachment_id": attachment_id}
    with pytest.raises(InvalidInput, match="pages 1 to 3"):
        pages.page(3)


def test_a_document_over_the_limit_is_refused_unread_and_a_copy_offered(vault: Vault) -> None:
    _client_id, attachment_id = _scan(vault, png(), "letter.png")
    head = vault.ledger.head()
    with pytest.raises(TooLargeToView) as refused:
        attachment_view.read_for_view(vault, attachment_id, limit=100)
    assert "too large to show" in refused.value.message and "Save a copy" in refused.value.hint
    assert vault.ledger.head() == head, "nothing was shown, so nothing is logged as viewed"


@pytest.mark.parametrize(("data", "message"), [
    (b"%PDF-1.4\nnot really a pdf at all", "could not be read"),
])
def test_a_damaged_pdf_says_so_in_words(data: bytes, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        PdfPages(data)


def test_renaming_and_dating_is_shown_kept_and_in_the_history(vault: Vault) -> None:
    client_id, attachment_id = _scan(vault, pdf(1))
    renamed = attachment_edits.amend_attachment(vault, attachment_id, title="Outside evaluation, Dr. Reyes")
    assert title_of(renamed) == "Outside evaluation, Dr. Reyes"
    dated = attachment_edits.amend_attachment(vault, attachment_id, document_date="2024-05-02")
    stored = attachments.get_attachment(vault, attachment_id)
    assert stored.description == "Outside evaluation, Dr. Reyes" and stored.document_date == date(2024, 5, 2)
    assert stored.filename == "scan0003.pdf", "the file name it came with is kept"
    assert dated == stored
    changes = attachment_edits.attachment_changes(vault, attachment_id)
    assert [(c.field, c.before, c.after) for c in changes] == [
        ("title", "scan0003.pdf", "Outside evaluation, Dr. Reyes"), ("document_date", "", "2024-05-02")]
    assert all(c.author and c.changed_at for c in changes)
    attachment_edits.amend_attachment(vault, attachment_id, clear_date=True, title="Evaluation")
    assert attachments.get_attachment(vault, attachment_id).document_date is None
    amended = [e for e in chart_history(vault, client_id).entries if e.kind == "attachment.amended"]
    assert [e.payload["fields"] for e in amended] == [["title", "document_date"], ["document_date"], ["title"]]
    assert all(e.payload["attachment_id"] == attachment_id and e.payload["kind"] == "other" for e in amended)
    ledger_text = repr([e.payload for e in vault.ledger.entries()])
    assert "Reyes" not in ledger_text and "Evaluation" not in ledger_text, "values stay in the encrypted chart"
    vault.records.checkpoint()  # the WAL too is encrypted; the main file is looked at after it as well
    for path in _files(vault.folder):
        assert b"Dr. Reyes" not in path.read_bytes(), f"the title in plaintext in {path.name}"


@pytest.mark.parametrize(("changes", "message"), [
    ({"title": "  "}, "must not be empty"),
    ({"title": "two\nlines"}, "one line"),
    ({"title": "x" * 256}, "too long"),
    ({"document_date": "2199-01-01"}, "future"),
    ({"document_date": "31/31/2020"}, "date"),
    ({"document_date": "2024-01-01", "clear_date": True}, "not both"),
    ({"title": "scan0003.pdf"}, "Nothing to change"),
    ({}, "Nothing to change"),
])
def test_a_bad_title_or_date_is_refused_and_nothing_changes(vault: Vault, changes: dict[str, object],
                                                            message: str) -> None:
    _client_id, attachment_id = _scan(vault, pdf(1))
    head = vault.ledger.head()
    with pytest.raises(InvalidInput, match=message):
        attachment_edits.amend_attachment(vault, attachment_id, **changes)  # type: ignore[arg-type]
    assert attachments.get_attachment(vault, attachment_id).description == ""
    assert attachment_edits.attachment_changes(vault, attachment_id) == []
    assert vault.ledger.head() == head


def test_a_destroyed_charts_document_cannot_be_opened_or_changed(psy_vault: Vault) -> None:
    target = seed_chart(psy_vault, "view")
    (scan,) = attachments.list_attachments(psy_vault, target.client_id)
    attachment_edits.amend_attachment(psy_vault, scan.attachment_id, title="Consent, signed")
    assert attachment_view.read_for_view(psy_vault, scan.attachment_id).data == target.attachment
    destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)
    with pytest.raises(NotFound):
        attachment_view.read_for_view(psy_vault, scan.attachment_id)
    with pytest.raises(NotFound):
        attachment_edits.amend_attachment(psy_vault, scan.attachment_id, title="Again")
    assert clinical_attachments.changes_of(psy_vault.records, scan.attachment_id) == []
    assert PASSPHRASE  # the vault stays the same one throughout (no reopen needed)
