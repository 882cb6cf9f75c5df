"""Back up now into a folder the user may not write into names the backup folder and what to
do, in English and in Spanish: it said "Check that the vault folder is writable by you" (the
vault folder being fine). Real vault, real Backups window, a real refusal by the system.

The folder is made unwritable for real: its write permission taken away (chmod 0o500); as root,
who writes through permission bits, by marking it immutable (chattr +i), which the kernel
refuses root too (EPERM, the same "permission denied"); skipped where neither binds."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.services import backup

pytestmark = pytest.mark.gui

WORDS = {
    "en": ("You may not write into the backup folder", "Choose another backup folder", "vault folder"),
    "es": ("No tiene permiso para escribir en la carpeta de copias de seguridad",
           "Elija otra carpeta de copias de seguridad", "bóveda"),
}


@pytest.fixture
def unwritable(tmp_path: Path) -> Iterator[Path]:
    drive = tmp_path / "drive"
    drive.mkdir()
    if os.geteuid() != 0:
        drive.chmod(0o500)
        yield drive
        drive.chmod(0o700)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(drive)], capture_output=True, check=False).returncode:
        pytest.skip("running as root where chattr +i is refused: no way to deny root a folder here")
    try:
        yield drive
    finally:
        subprocess.run([chattr, "-i", str(drive)], check=True)


def _said(dialog: object) -> str:
    boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()]
    text = " ".join(f"{b.text()} {b.informativeText()}" for b in boxes)
    for box in boxes:
        box.close()
    return f"{text} {dialog.result_label.text()}"  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", ["repo", "file"])
def test_back_up_now_names_the_backup_folder(language: str, locked_app: AppController,  # noqa: F811
                                             qtbot: object, unwritable: Path, kind: str) -> None:
    window = unlock(locked_app, qtbot)
    dialog = window.open_backups()
    wait_ops(qtbot)  # type: ignore[arg-type]
    dialog.target.setText(str(unwritable))
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.backup_now()
    wait_ops(qtbot, timeout=60_000)  # type: ignore[arg-type]
    said = _said(dialog)
    what, to_do, wrong = WORDS[language]
    assert what in said and to_do in said, said
    assert wrong not in said, said
    vault = locked_app.vault
    assert vault is not None
    assert backup.list_backups(vault) == []
    assert list(unwritable.iterdir()) == []
