"""A full disk says which disk and what to do, in a box wide enough for its title and its words.

Found by a walker with the vault on a small full drive: opening a client showed a box about 200
pixels wide titled "Disco l…y Vault" that said only "El disco está lleno." (no disk named, the
advice wrapped two words a line). The full disk here is real: SQLite's own page limit on the
records file (SQLITE_FULL, as a full drive gives), in a real SQLCipher vault.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from vault_app.domain.errors import DiskFull
from vault_app.gui.background import show_error
from vault_app.gui.refusal_words import refusal_words
from vault_app.services import clients, notes
from vault_app.services.vault import Vault


def _full(vault: Vault) -> DiskFull:
    client_id = clients.create_client(vault, "Isolde Parrish").client_id
    pages = vault.records.query_one("PRAGMA page_count")[0]
    vault.records.execute(f"PRAGMA max_page_count = {int(pages) + 6}")
    for i in range(2_000):
        try:
            notes.create_progress_note(vault, client_id, text=f"Note {i} {uuid.uuid4().hex} " + "x" * 3000)
        except DiskFull as err:
            return err
    raise AssertionError("the records file never filled up")


@pytest.fixture
def titled(qapp: QApplication) -> Iterator[None]:
    """The application's name as the launcher sets it (X11 shows it after each window's title)."""
    before = QApplication.applicationDisplayName()
    QApplication.setApplicationDisplayName("Therapy Vault")
    yield
    QApplication.setApplicationDisplayName(before)


def test_the_core_names_the_vault_s_folder(vault: Vault, vault_dir: Path) -> None:
    err = _full(vault)
    assert err.code == "disk.full"
    assert err.params["folder"] == os.path.abspath(vault_dir)
    assert err.message.startswith(f"The disk that holds the folder {os.path.abspath(vault_dir)} is full while ")
    assert "Nothing already saved was lost" in err.hint and "that disk" in err.hint


def test_the_english_screen_names_the_folder_and_what_to_do(vault: Vault, vault_dir: Path, qapp: object) -> None:
    message, hint = refusal_words(_full(vault))
    assert message.startswith(f"The disk that holds the folder {os.path.abspath(vault_dir)} is full while "), message
    assert hint == ("Nothing already saved was lost. Free some space on that disk (empty its trash, or move files "
                    "off it), then try again.")


def test_the_spanish_screen_names_the_folder_and_what_to_do(vault: Vault, vault_dir: Path, qapp: object,
                                                            spanish: None) -> None:
    message, hint = refusal_words(_full(vault))
    assert message == f"El disco que contiene la carpeta {os.path.abspath(vault_dir)} está lleno."
    assert hint == ("No se perdió nada de lo ya guardado. Libere espacio en ese disco (vacíe su papelera o mueva "
                    "archivos a otro lugar) e inténtelo de nuevo.")


def test_a_full_disk_the_system_did_not_name_keeps_its_words(qapp: object, spanish: None) -> None:
    err = DiskFull("The disk is full while writing the export.",
                   hint="Nothing already saved was lost. Free some space and try again.", code="disk.full")
    assert refusal_words(err) == ("El disco está lleno.",
                                  "No se perdió nada de lo ya guardado. Libere espacio e inténtelo de nuevo.")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_box_is_wide_enough_for_its_title_and_words(language: str, vault: Vault, qtbot: Any,
                                                        titled: None, request: pytest.FixtureRequest) -> None:
    if language == "es":
        request.getfixturevalue("spanish")
    box = show_error(None, _full(vault))
    qtbot.addWidget(box)
    qtbot.waitExposed(box)
    bold = QFont(box.font())
    bold.setBold(True)
    shown = f"{box.windowTitle()} — Therapy Vault"
    # The title bar's icon and three buttons take about 100 pixels beside the title's own words.
    assert box.width() >= QFontMetrics(bold).horizontalAdvance(shown) + 100, (box.width(), shown)
    hint = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert hint is not None and hint.isVisible()
    lines = hint.height() / QFontMetrics(hint.font()).lineSpacing()
    assert lines < 4, (hint.width(), hint.height(), hint.text())  # not two words a line
    assert box.standardButtons() == QMessageBox.StandardButton.Ok
    box.close()
