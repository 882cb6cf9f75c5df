"""Checking a backup says what was checked in the screen's language, found on Xvfb (explore
round): the Spanish Backups screen read "snap-….vrs está intacta: comprobado snapshot
authentication, every chunk's authentication and keyed hash, part sizes, header MAC, every
page, the ledger chain and the attachments were checked when the snapshot was made …". A real
vault, real backups of both kinds, the real screen."""

from __future__ import annotations

import re

import pytest

from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.backup_check_words import check_line_words
from vault_app.gui.controller import AppController

pytestmark = pytest.mark.gui

# English words of the core's lines that must not be left on a Spanish screen
ENGLISH = re.compile(r"\b(every|checked|snapshot|authentication|ledger chain|header|part sizes|locked|"
                     r"when the|proves|checksum|hashes? of)\b")


@pytest.mark.parametrize("kind", ["repo", "file"])
def test_a_checked_backup_is_said_in_spanish(unlocked_app: AppController, qtbot, tmp_path, kind: str) -> None:
    from vault_app.gui import i18n

    window = unlocked_app.main_window
    assert window is not None
    add_client(unlocked_app, qtbot)
    assert i18n.install("es") == "es"
    try:
        dialog = window.open_backups()
        wait_ops(qtbot)
        (tmp_path / "copias").mkdir()
        dialog.target.setText(str(tmp_path / "copias"))
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.backup_now()
        wait_ops(qtbot)
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
        dialog.verify_selected()
        wait_ops(qtbot)
        said = dialog.result_label.text()
        assert "está intacta: comprobado" in said, said
        assert not ENGLISH.search(said.split(": comprobado", 1)[1]), said
    finally:
        i18n.install("en")


def test_the_lines_with_numbers_keep_them(spanish) -> None:  # type: ignore[no-untyped-def]
    said = check_line_words("every page, the ledger chain and the attachments were checked when the snapshot was "
                            "made (app 0.2.0; pages of ledger, records); the snapshot's authentication proves it "
                            "holds those bytes")
    # The compartments by their Spanish names (the screen read «páginas de ledger, records»).
    assert "aplicación 0.2.0; páginas de registro de auditoría, expedientes" in said and "instantánea" in said
    assert check_line_words("every page of records, ledger checked now") == \
        "cada página de expedientes, registro de auditoría comprobada ahora"
    assert check_line_words("a line a newer version adds") == "a line a newer version adds"  # English, whole


def test_the_compartments_stay_as_the_core_names_them_in_english() -> None:
    line = "every page of records, ledger checked now"
    assert check_line_words(line) == line
