"""The search dialog finds words in attached documents' text beside the notes: a document row
is labelled as a document with its title and chart number, and opening it shows that chart's
attachments tab with the document selected."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from scripts.make_simplepractice_export import _pdf
from tests.gui.conftest import wait_ops
from vault_app.gui.controller import AppController
from vault_app.gui.search_dialog import SearchDialog
from vault_app.services import clients, notes
from vault_app.services.importers.pdf_folder import import_pdf_folder

SHOT = os.environ.get("SEARCH_DOCUMENTS_SHOT")  # a file: save the dialog's picture there (docs/images)


def test_document_hits_open_the_charts_attachments(unlocked_app: AppController, qtbot: object,
                                                    tmp_path: Path) -> None:
    vault = unlocked_app.vault
    window = unlocked_app.main_window
    assert vault is not None and window is not None
    client = clients.create_client(vault, "Yael Glenhollow")
    other = clients.create_client(vault, "Wren Calloway")
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "Intake 2021-05-04.pdf").write_bytes(_pdf(["Intake form", "Reports hypnagogic imagery"]))
    (folder / "Letter 2020-01-02.pdf").write_bytes(_pdf(["Referral letter", "Nothing of note"]))
    assert import_pdf_folder(vault, folder, client.client_id, kind="stored_document").documents == 2
    notes.create_progress_note(vault, other.client_id, template="free", text="Describes hypnagogic jerks.")

    dialog = window.open_search()
    assert isinstance(dialog, SearchDialog)
    dialog.query.setText("hypnagogic")
    dialog.search()
    wait_ops(qtbot)
    tree = dialog.notes
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2)  # type: ignore[attr-defined]
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    docs = [r for r in rows if r is not None and r.text(3).startswith("document")]
    assert len(docs) == 1
    doc = docs[0]
    assert doc.text(0) == client.chart_number and doc.text(2) == "05/04/2021"  # as the practice writes dates (US)
    assert doc.text(3) == "document (stored document)"
    assert doc.text(4).startswith("Intake 2021-05-04: ") and "[hypnagogic]" in doc.text(4)
    assert dialog.status.text() == "1 matching note, 1 matching document"
    if SHOT:
        dialog.grab().save(SHOT)

    window.privacy_mode = True  # privacy mode hides names and clinical text, document titles too
    dialog.search()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2)  # type: ignore[attr-defined]
    assert all("Intake" not in (tree.topLevelItem(i).text(4)) for i in range(2))  # type: ignore[union-attr]
    window.privacy_mode = False

    dialog.query.setText("referral letter")
    dialog.search()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)  # type: ignore[attr-defined]
    item = tree.topLevelItem(0)
    assert item is not None and item.text(4).startswith("Letter 2020-01-02: ")
    # Read now: the typing's own (debounced) search may redraw the rows after this one.
    attachment_id = item.data(3, Qt.ItemDataRole.UserRole)
    tree.itemActivated.emit(item, 0)
    wait_ops(qtbot)
    chart = window.chart
    qtbot.waitUntil(lambda: chart.tabs.currentWidget() is chart.attachments)  # type: ignore[attr-defined]
    assert chart.client_id == client.client_id
    selected = chart.attachments.tree.currentItem()
    # The list shows the document's title (the import's), as the search did; the file name is its tip.
    assert selected is not None and selected.text(1) == "Letter 2020-01-02"
    assert selected.toolTip(1) == "Letter 2020-01-02.pdf"
    assert selected.data(0, Qt.ItemDataRole.UserRole) == attachment_id
    dialog.close()
