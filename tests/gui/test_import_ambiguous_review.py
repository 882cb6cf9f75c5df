"""The import wizard at 1366x768 with files that need a hand (walk-move findings 9 and 12):
the ambiguous list shows its rows, each file's name keeps the id that tells it apart, Open…
shows the file from the export folder (nothing copied), and a ZIP is refused on the first page
where it was chosen, not on the review page above three empty lists."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QRect, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QStyleOptionViewItem

from scripts.make_simplepractice_export import _pdf, make_export, note_lines
from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_import_wizard import open_wizard, read_dry_run
from vault_app.gui import screen_fit
from vault_app.gui.controller import AppController
from vault_app.gui.import_wizard import ImportWizard

pytestmark = pytest.mark.gui

LAPTOP = QRect(0, 0, 1366, 768)


class _Viewer(QObject):
    """The system's viewer as Qt hands it a file: QDesktopServices.setUrlHandler, Qt's own hook."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url)


def _review(app: AppController, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[ImportWizard,
                                                                                                         Path]:
    monkeypatch.setattr(screen_fit, "room_of", lambda _window: LAPTOP)
    export = make_export(tmp_path / "SP Export", clients=2, notes_per_client=8, seed=3)
    twins = [c for c in export.clients if c.name == export.shared_name]
    # Five notes and a document that do not say which of the two Sam Rivers they are.
    for twin in twins:
        for note in [n for n in twin.notes if n.kind == "Progress Note"][:3]:
            note.path.write_bytes(_pdf([line for line in note_lines(twin, note) if not line.startswith("DOB:")]))
    app.unlock_psychotherapy(None, PASSPHRASE)  # type: ignore[arg-type]
    wait_ops(qtbot)
    wizard = open_wizard(app, qtbot)
    wizard.source_page.path.setText(str(export.root))
    wizard.next()
    read_dry_run(wizard, qtbot)
    qtbot.wait(20)  # the layout's next pass
    return wizard, export.root


def test_the_ambiguous_files_show_whole_with_their_ids(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    wizard, _root = _review(unlocked_app, qtbot, tmp_path, monkeypatch)
    review = wizard.review_page
    tree = review.ambiguous
    rows = tree.topLevelItemCount()
    assert rows >= 5
    # Every row in sight without scrolling the list (it showed three at 1366x768).
    last = tree.visualItemRect(tree.topLevelItem(rows - 1))
    assert last.isValid() and last.bottom() <= tree.viewport().height(), (last, tree.viewport().height())
    # Each file's name is drawn with its end, the id that tells two files apart, in sight.
    for i in range(rows):
        item = tree.topLevelItem(i)
        index = tree.indexFromItem(item, 0)
        option = QStyleOptionViewItem()
        option.rect = tree.visualRect(index)
        option.widget = tree
        tree.itemDelegateForColumn(0).initStyleOption(option, index)
        name = item.text(0).rsplit("/", 1)[-1]
        assert option.text.endswith(name), (option.text, name)
        assert option.fontMetrics.horizontalAdvance(option.text) <= option.rect.width()
    wizard.reject()


def test_open_shows_the_file_from_the_export_folder(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    wizard, root = _review(unlocked_app, qtbot, tmp_path, monkeypatch)
    review = wizard.review_page
    viewer = _Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        temp = Path(os.environ.get("TMPDIR", "/tmp"))
        before = set(temp.iterdir())
        assert not review.open_button.isEnabled()  # no row chosen yet
        item = review.ambiguous.topLevelItem(0)
        review.ambiguous.setCurrentItem(item)
        assert review.open_button.isEnabled()
        review.open_button.click()
        qtbot.waitUntil(lambda: len(viewer.opened) == 1)
        opened = Path(viewer.opened[0].toLocalFile())
        assert opened == (root / item.text(0)).resolve()  # the export's own file, not a copy
        assert set(temp.iterdir()) == before
        # A file gone since the dry run: said, nothing opened.
        (root / item.text(0)).unlink()
        review.open_button.click()
        assert "could not be opened" in review.detail.text() and len(viewer.opened) == 1
    finally:
        QDesktopServices.unsetUrlHandler("file")
    wizard.reject()


def test_a_zip_is_refused_on_the_first_page(unlocked_app: AppController, qtbot: Any, tmp_path: Path) -> None:
    archive = tmp_path / "SimplePractice Export.zip"
    with zipfile.ZipFile(archive, "w") as made:
        made.writestr("Contacts/x.vcf", "BEGIN:VCARD\r\nEND:VCARD\r\n")
    wizard = open_wizard(unlocked_app, qtbot)
    page = wizard.source_page
    page.path.setText(str(archive))
    wizard.next()
    wait_ops(qtbot)
    assert wizard.currentPage() is page  # not the review page over three empty lists
    assert "ZIP" in page.path_error.text() and "Unzip it first" in page.path_error.text()
    assert page.path_error.isVisible()
    page.path.setText(str(tmp_path))  # another choice: the line goes
    assert page.path_error.text() == ""
    wizard.reject()
