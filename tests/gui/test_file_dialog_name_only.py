"""The app's file and folder choosers never read a file to show it (file_dialogs.NameOnlyIcons).
Qt's own icon provider reads a file's first bytes to tell its type: in a folder holding a
file whose read never ends, the whole app froze (found in the real app: "/proc" typed into
Save the Emergency Kit hung on /proc/kmsg). A named pipe in the folder is such a file here,
without root: without the fix this test hangs until the suite's timeout ends it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo, QTimer
from PySide6.QtWidgets import QFileDialog

from vault_app.gui import file_dialogs

pytestmark = [pytest.mark.gui, pytest.mark.skipif(sys.platform == "win32", reason="named pipes in folders")]


def test_a_folder_with_a_file_that_never_reads_out_keeps_the_window_alive(qtbot: object, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "notes.txt")  # a name a type is guessed from, and a read that waits forever
    os.mkfifo(tmp_path / "blocker")
    (tmp_path / "letter.pdf").write_bytes(b"%PDF-1.4 a real file")
    dialog = file_dialogs.prepared(QFileDialog(None, "Choose", str(tmp_path)))
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    dialog.show()
    try:
        qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=60_000)  # type: ignore[attr-defined]
        assert isinstance(dialog.iconProvider(), file_dialogs.NameOnlyIcons)
        icons = dialog.iconProvider()
        assert isinstance(icons, file_dialogs.NameOnlyIcons)
        assert icons.type(QFileInfo(str(tmp_path / "letter.pdf"))) == "PDF document"  # by its name
        assert icons.type(QFileInfo(str(tmp_path))) == "Folder"
        assert not icons.icon(QFileInfo(str(tmp_path / "blocker"))).isNull()
    finally:
        timer.stop()
        dialog.reject()
        dialog.deleteLater()
    # The provider is freed with its dialog's C++ object, not before (Qt does not own it).
    qtbot.waitUntil(lambda: not file_dialogs._PROVIDERS, timeout=10_000)  # type: ignore[attr-defined]
