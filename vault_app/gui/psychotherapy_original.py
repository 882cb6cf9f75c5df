"""An imported psychotherapy note's original PDF, shown in the document viewer
(gui/attachment_viewer.py) under the viewer's rules: read on the worker into memory, never a
file, dropped when the window closes. It is read from psychotherapy.db (services/
psychotherapy_originals.py, logged as note.original_viewed), so only while the notes are
unlocked: the Psychotherapy tab closes the window when they lock (psychotherapy_tab.py).

No "Save a copy" here: a copy would carry the note's text out of its compartment. A damaged
original (the reason a note came in with no text) says what to do instead.

Imported lazily, as the viewer is: it brings pypdf, paid at the first document shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from vault_app.domain.clinical_documents import Attachment, sniff_imported_media_type
from vault_app.domain.errors import VaultError
from vault_app.gui.attachment_viewer import AttachmentViewer, Prepared, prepared_view
from vault_app.services import psychotherapy_originals

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from vault_app.gui.seam import App
    from vault_app.services.psychotherapy_originals import Original
    from vault_app.services.vault import Vault

# The viewer's refusals of a PDF it cannot read: for an original, the way to its text.
_UNREADABLE = frozenset({"pdf.unreadable", "pdf.no_pages", "pdf.page_unreadable"})


def prepare_original(vault: Vault, original: Original, limit: int) -> Prepared:
    """On the worker: the original (a note's, or one kept after its draft was discarded) read
    into memory and its first view made ready."""
    read = psychotherapy_originals.read(vault, original, limit=limit)
    return prepared_view(read.data, sniff_imported_media_type(read.data))


def _refusal(exc: VaultError, kept: bool) -> str | None:
    if exc.code in _UNREADABLE and kept:  # its draft is gone: an import brings the note in anew
        return QCoreApplication.translate(
            "PsychotherapyOriginal", "This PDF is damaged and cannot be shown. Download the note again from the "
                                     "system it came from and import it again.")
    if exc.code in _UNREADABLE:
        return QCoreApplication.translate(
            "PsychotherapyOriginal", "This PDF is damaged and cannot be shown. Download the note again from the "
                                     "system it came from and import it again: the readable copy fills this note in.")
    if exc.code == "attachment.too_large_to_show":
        return QCoreApplication.translate("PsychotherapyOriginal", "This PDF is too large to show here.")
    return None


def original_viewer(controller: App, original: Original, parent: QWidget | None) -> AttachmentViewer:
    """The viewer for `original`, not yet loaded (its caller binds it to the chart, shows it, loads it)."""
    # What the viewer's heading says of it: the note's kind, the date of the note.
    described = Attachment(
        attachment_id="", client_id=original.client_id, kind="imported_note", filename=original.name,
        media_type="", size=original.size, sha256="", document_date=original.note_date,
        description=QCoreApplication.translate("PsychotherapyOriginal", "Psychotherapy note: its original PDF")
        if not original.kept_id else
        QCoreApplication.translate("PsychotherapyOriginal", "Original PDF kept from a discarded psychotherapy draft"))
    viewer = AttachmentViewer(controller, described, parent, read=lambda v, limit: prepare_original(v, original, limit),
                              refusal=lambda exc: _refusal(exc, bool(original.kept_id)))
    viewer.setAccessibleName(QCoreApplication.translate("PsychotherapyOriginal", "Original PDF"))
    return viewer


__all__ = ["original_viewer", "prepare_original"]
