"""attachment list|show|update: a chart's attached documents, what they are called and their
own dates, with the earlier titles and dates kept. (Attaching one is `client attach`; a copy
of its bytes goes out through the GUI's Save a copy or `export`.)"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from vault_app.cli import common
from vault_app.domain.attachment_edits import AttachmentChange, title_of
from vault_app.domain.clinical_documents import Attachment
from vault_app.domain.errors import InvalidInput
from vault_app.domain.names import printable_name
from vault_app.services import attachment_edits, attachments
from vault_app.services.clinical_common import resolve_client_id


def _line(a: Attachment, tag: str) -> str:
    dated = f"dated {common.date_shown(a.document_date, tag)}" if a.document_date else "no date of its own"
    # One line per document: a title stored with a line break (a description given so) is
    # shown escaped, never as a second row.
    return (f"{a.attachment_id}  {a.kind.replace('_', ' ')}: {printable_name(title_of(a))}  ({dated}, added "
            f"{common.date_shown(a.created_at[:10], tag)}, {a.media_type}, {a.size} bytes)")


def _change_line(c: AttachmentChange, tag: str) -> str:
    what = "title" if c.field == "title" else "date"
    shown = [common.date_shown(v, tag, "none") if c.field == "document_date" else (v or "none")
             for v in (c.before, c.after)]
    return f"  {c.changed_at[:19].replace('T', ' ')} UTC  {what}: {shown[0]} -> {shown[1]}  ({c.author or '-'})"


def _data(a: Attachment, changes: list[AttachmentChange] | None = None) -> dict[str, Any]:
    out = {**a.as_dict(), "title": title_of(a)}
    if changes is not None:
        out["changes"] = [asdict(c) for c in changes]
    return out


def cmd_list(args: argparse.Namespace) -> int:
    with common.unlocked(args) as vault:
        found = attachments.list_attachments(vault, resolve_client_id(vault, args.client))
        tag = common.practice_locale(vault)
    common.emit(args, [_data(a) for a in found],
                lambda: "\n".join(_line(a, tag) for a in found) or "No documents attached to this chart.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """What the chart says of a document and every change to it; never the document itself."""
    with common.unlocked(args) as vault:
        found = attachments.get_attachment(vault, args.attachment_id)
        changes = attachment_edits.attachment_changes(vault, found.attachment_id)
        tag = common.practice_locale(vault)
    common.emit(args, _data(found, changes), lambda: "\n".join(
        [_line(found, tag), f"  file: {found.filename or '-'}"]
        + ([("Changes:")] + [_change_line(c, tag) for c in changes] if changes else ["  never changed"])))
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    if args.title is None and args.date is None and not args.no_date:
        raise InvalidInput("Nothing to change.", hint="Give --title, --date or --no-date.")
    with common.unlocked(args) as vault:
        updated = attachment_edits.amend_attachment(vault, args.attachment_id, title=args.title,
                                                    document_date=args.date, clear_date=args.no_date)
        tag = common.practice_locale(vault)
    common.emit(args, _data(updated), lambda: "Document updated (the earlier title and date are kept).\n"
                + _line(updated, tag))
    return 0


def register(sub: argparse._SubParsersAction, common_parent: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("attachment", parents=[common_parent],
                       help="a chart's attached documents: list, show, rename or date (attach: client attach)")
    asub = p.add_subparsers(dest="action", required=True)
    ls = asub.add_parser("list", parents=[common_parent], help="a chart's documents, with their titles and dates")
    ls.add_argument("client", help="client id or chart number")
    ls.set_defaults(handler=cmd_list)
    sh = asub.add_parser("show", parents=[common_parent],
                         help="what the chart says of a document, and its earlier titles and dates")
    sh.add_argument("attachment_id", help="from 'attachment list'")
    sh.set_defaults(handler=cmd_show)
    up = asub.add_parser("update", parents=[common_parent],
                         help="rename a document or set its own date (recorded; the earlier values are kept)")
    up.add_argument("attachment_id", help="from 'attachment list'")
    up.add_argument("--title", help="the title shown in the chart (one line)")
    up.add_argument("--date", help="the date the document itself bears, e.g. of an outside evaluation")
    up.add_argument("--no-date", action="store_true", help="the document's date is not known after all")
    up.set_defaults(handler=cmd_update)
