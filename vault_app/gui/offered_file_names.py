"""The names the save dialogs offer for a new file or folder.

A file the therapist keeps for themselves (a destruction certificate, a restored vault, a copy
of a document without a name of its own) is named in the screen's language; the translations
keep to ASCII letters (no accents), so the name survives every disk, archive and mail program.
The Emergency Kit's name is gui/kit_file_name.py's, translated the same way.

A document that goes to a US recipient is named in English, like the document itself (its
pages are English: docs/gui.md, "Language, dates and paper"): the accounting of disclosures given
to a client, a superbill a client sends to their insurer. Those names are not marked for
translation. A disclosure, the complete open export and an access copy are named in the client's
letter language, as the notices of closure are (domain/export_file_names).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication

CONTEXT = "OfferedFileNames"

# For a recipient: English in every language.
ACCOUNTING = "accounting-of-disclosures.pdf"
SUPERBILL = "superbill.pdf"


def destruction_certificate(chart_number: str, day: date) -> str:
    """destruction-certificate-C00010-2026-12-05.pdf: the chart number and the day, never the
    client's name (found by a walker: one name for every certificate, so closing a practice's
    certificates overwrote one another in one folder)."""
    return QCoreApplication.translate("OfferedFileNames", "destruction-certificate-{chart}-{day}.pdf").format(
        chart=_plain(chart_number), day=day.isoformat())


def _plain(chart_number: str) -> str:
    """A chart number as a piece of a file name: letters, digits, '-' and '_' kept, the rest '-'."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", chart_number) or "chart"


def restored_folder(backup_name: str) -> str:
    """The folder a backup is restored into, named after the backup."""
    return QCoreApplication.translate("OfferedFileNames", "restored-{backup}").format(backup=backup_name)


def document_copy(filename: str) -> str:
    """A copy of an attachment: the file's own name, else a word for it."""
    return filename or QCoreApplication.translate("OfferedFileNames", "document")


__all__ = ["ACCOUNTING", "CONTEXT", "SUPERBILL", "destruction_certificate", "document_copy", "restored_folder"]
