"""Correcting what the chart says of an attached document: its title (shown in the chart's
list, the search results and the export) and its own date (the day of an outside evaluation
or a court order, not the day it was attached). The bytes never change.

Each change is kept as it was made, amendment-style: the row shows the new values, and
records.db keeps every earlier value with who changed it and when (attachment_changes,
encrypted with the chart); the ledger says `attachment.amended` with the fields changed,
never the values (a title can name a person), so the chart's History shows that it happened.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vault_app.domain.attachment_edits import AttachmentChange, EditedField, clean_title, title_of
from vault_app.domain.clinical import parse_date
from vault_app.domain.clinical_documents import Attachment
from vault_app.domain.errors import InvalidInput
from vault_app.services.attachments import get_attachment
from vault_app.services.clinical_common import audit, author, now_iso
from vault_app.services.vault import Vault
from vault_app.storage import clinical_attachments

AMENDED = "attachment.amended"


def amend_attachment(vault: Vault, attachment_id: str, *, title: str | None = None,
                     document_date: date | str | None = None, clear_date: bool = False) -> Attachment:
    """Give the document a new title and/or date (`clear_date`: the date is not known after
    all). Only what differs is changed and recorded; nothing to change is said, not logged."""
    meta = get_attachment(vault, attachment_id)
    if clear_date and document_date not in (None, ""):
        raise InvalidInput("Give a new date or clear it, not both.", code="attachment.date_and_clear",
                           field="document_date")
    new_title = clean_title(title) if title is not None else title_of(meta)
    new_date = None if clear_date else (
        parse_date(document_date, "document date", allow_future=False, field="document_date")
        if document_date not in (None, "") else meta.document_date)
    stamp, who = now_iso(), author(vault)
    changes: list[AttachmentChange] = []

    def changed(field: EditedField, before: str, after: str) -> None:
        if before != after:
            changes.append(AttachmentChange(attachment_id, field, before, after, who, stamp))

    changed("title", title_of(meta), new_title)
    changed("document_date", meta.document_date.isoformat() if meta.document_date else "",
            new_date.isoformat() if new_date else "")
    if not changes:
        raise InvalidInput("Nothing to change: the title and the date are as they were.",
                           code="attachment.nothing_to_change")
    # The file name stays as it came (it says where the document came from); a title equal
    # to it is stored as none, so the list keeps following the file name.
    stored_title = "" if new_title == meta.filename else new_title
    with vault.records.transaction():
        clinical_attachments.set_title_and_date(vault.records, attachment_id, stored_title, new_date)
        for change in changes:
            clinical_attachments.add_change(vault.records, meta.client_id, change)
    audit(vault, AMENDED, client_id=meta.client_id, attachment_id=attachment_id, kind=meta.kind,
          fields=[c.field for c in changes])
    return replace(meta, description=stored_title, document_date=new_date)


def attachment_changes(vault: Vault, attachment_id: str) -> list[AttachmentChange]:
    """The document's earlier titles and dates, oldest change first."""
    get_attachment(vault, attachment_id)
    return clinical_attachments.changes_of(vault.records, attachment_id)


__all__ = ["AMENDED", "amend_attachment", "attachment_changes"]
