"""The import's review at 1366x768, the list of what will be skipped: a long file's name keeps
its end in sight ("... 990002.pdf", the id that tells two files apart), as the ambiguous list's
does; its folder and the name's start are what the column shortens (found in the real app: every
"Psychotherapy Notes/Sam Rivers/Psychotherapy …" row read alike). And Open… beside the ambiguous
files is reached by its Alt letter, in English and Spanish. Real export files, real dry run, real
widgets (the column's width on screen, the font's own metrics)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QStyleOptionViewItem, QTreeWidget, QWizard

from tests.gui.test_import_ambiguous_review import _review, _Viewer
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import mnemonic_of

pytestmark = pytest.mark.gui


def _drawn(tree: QTreeWidget, row: int) -> tuple[str, str, int]:
    """The row's first cell: its text, what is drawn of it, and the room it is drawn in."""
    item = tree.topLevelItem(row)
    assert item is not None
    index = tree.indexFromItem(item, 0)
    option = QStyleOptionViewItem()
    option.rect = tree.visualRect(index)
    option.widget = tree
    tree.itemDelegateForIndex(index).initStyleOption(option, index)
    return item.text(0), option.text, option.rect.width()


def test_the_skipped_files_keep_the_ends_of_their_names(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    wizard, _root = _review(unlocked_app, qtbot, tmp_path, monkeypatch)
    tree = wizard.review_page.skipped
    files = [row for row in range(tree.topLevelItemCount()) if "/" in tree.topLevelItem(row).text(0)]  # type: ignore[union-attr]
    assert len(files) >= 2
    cut = 0
    for row in files:
        whole, drawn, width = _drawn(tree, row)
        name = whole.rsplit("/", 1)[-1]
        # The name whole, or at least its last words: the id and the kind of file.
        assert drawn.endswith(name) or drawn.endswith(name.rsplit(" ", 1)[-1]), (whole, drawn)
        assert tree.fontMetrics().horizontalAdvance(drawn) <= width + 1, (drawn, width)
        cut += drawn != whole
    assert cut, "a name cut by the column: the list at 1366x768 is narrower than its longest path"
    wizard.reject()


@pytest.mark.parametrize("language", ["en", "es"])
def test_open_is_reached_by_its_alt_letter(unlocked_app: AppController, qtbot: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    i18n.install(language)
    viewer = _Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:
        wizard, root = _review(unlocked_app, qtbot, tmp_path, monkeypatch)
        review = wizard.review_page
        letter = mnemonic_of(review.open_button.text())
        assert letter, review.open_button.text()
        around = [wizard.button(which) for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CommitButton,
                                                     QWizard.WizardButton.CancelButton)]
        others = [b for b in [*review.findChildren(QAbstractButton), *around] if b is not review.open_button]
        assert letter not in {mnemonic_of(b.text()) for b in others}, letter
        item = review.ambiguous.topLevelItem(0)
        assert item is not None
        review.ambiguous.setCurrentItem(item)
        qtbot.keyClick(review.ambiguous, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: len(viewer.opened) == 1)
        assert Path(viewer.opened[0].toLocalFile()) == (root / item.text(0)).resolve()
        wizard.reject()
    finally:
        QDesktopServices.unsetUrlHandler("file")
        i18n.install("en")
