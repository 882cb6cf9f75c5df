"""The Backups window speaks to a therapist: "dated backups" and the repository's pieces, not
«snapshots» and «chunks» (found by the Spanish walker: «sus carpetas "snapshots" y "chunks"»,
a row of kind «instantánea», "655 KiB nuevos"). The technical words stay a hover away, in the
tooltips, for whoever moves the folder by hand. Real vault, real backup folder, real widgets;
English and Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

from tests.gui.conftest import wait_ops
from tests.gui.test_workflows import _open
from vault_app.gui import i18n
from vault_app.gui.backups import BackupsDialog
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

TECHNICAL = ("snapshot", "chunk", "instantánea", "trozo")


def _shown_words(dialog: BackupsDialog) -> str:
    """Every word on the window as it reads (labels, buttons, the kind's choices, the rows), tooltips aside."""
    words = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    for combo in dialog.findChildren(QComboBox):
        words += [combo.itemText(i) for i in range(combo.count())]
    tree = dialog.tree
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        words += [item.text(c) for c in range(item.columnCount())]
    return "\n".join(words)


@pytest.mark.parametrize("language", ["en", "es"])
def test_dated_backups_on_the_screen_snapshots_and_chunks_on_hover(
        unlocked_app: AppController, qtbot, tmp_path: Path, language: str) -> None:
    assert i18n.install(language) == language
    try:
        window = unlocked_app.main_window
        assert window is not None
        dialog = _open(window, "backups")
        wait_ops(qtbot)
        assert isinstance(dialog, BackupsDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("repo"))
        dialog.target.setText(str(tmp_path / "repo"))
        dialog.save_settings()
        wait_ops(qtbot)
        dialog.backup_now()
        wait_ops(qtbot, timeout=60_000)
        qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=20_000)
        shown = _shown_words(dialog).casefold()
        assert not [w for w in TECHNICAL if w in shown], shown
        dated = {"en": "dated backup", "es": "copia fechada"}[language]
        assert dated in dialog.kind_note.text().casefold() or "copias fechadas" in dialog.kind_note.text().casefold()
        assert dated in dialog.result_label.text().casefold(), dialog.result_label.text()
        row = dialog.tree.topLevelItem(0)
        assert row.text(4).casefold() == dated
        # One step away: the folder's own names on hover, for whoever copies it by hand.
        assert "snapshots" in dialog.kind_note.toolTip() and "chunks" in dialog.kind_note.toolTip()
        assert "snapshots" in row.toolTip(4) and "chunks" in row.toolTip(4)
        dialog.close()
        wait_ops(qtbot)
    finally:
        i18n.install("en")
