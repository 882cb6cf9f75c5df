"""The error box of a backup whose folder went away while it was written (a drive pulled out):
titled and said as that, in English and in Spanish, never as a folder typed wrong ("Problem with
this computer", "Check the path you gave"). The error is the services' own, made by a real
backup whose drive folder was renamed away mid-backup (tests/core/test_backup_drive_pulled.py
tests that side)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import EnvironmentProblem
from vault_app.services import backup
from vault_app.services.vault import Vault, create_vault

pytestmark = pytest.mark.gui


@pytest.fixture
def gone(tmp_path: Path, kdf_params: KdfParams, monkeypatch: pytest.MonkeyPatch) -> Iterator[EnvironmentProblem]:
    made = create_vault(tmp_path / "vault", PASSPHRASE, params=kdf_params, use_device_secret=False)
    drive = tmp_path / "usb"
    drive.mkdir()
    real = backup.snapshot_vault

    def then_pulled(v: Vault, staging: Path) -> object:
        made_copy = real(v, staging)
        drive.rename(tmp_path / "usb-unplugged")
        return made_copy

    monkeypatch.setattr(backup, "snapshot_vault", then_pulled)
    try:
        with pytest.raises(EnvironmentProblem) as caught:
            backup.create_backup(made.vault, drive)
    finally:
        made.vault.lock()
    yield caught.value


def _shown(qtbot, parent: QWidget, err: EnvironmentProblem) -> QMessageBox:  # type: ignore[no-untyped-def]
    from vault_app.gui.background import show_error

    qtbot.addWidget(parent)
    show_error(parent, err)
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "errorDialog" and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def test_the_box_says_the_folder_went_away(qtbot, gone: EnvironmentProblem, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    box = _shown(qtbot, parent, gone)
    assert box.windowTitle() == "Backup folder went away"
    assert box.text() == (f"The backup folder {tmp_path / 'usb'} went away while the backup was being written; "
                          "nothing of the vault changed.")
    assert box.informativeText() == "Connect its drive (or put the folder back), then back up again."
    box.close()


@pytest.mark.usefixtures("spanish")
def test_the_box_in_spanish(qtbot, gone: EnvironmentProblem, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    box = _shown(qtbot, parent, gone)
    assert box.windowTitle() == "La carpeta de copias de seguridad desapareció"
    assert box.text() == (f"La carpeta de copias de seguridad {tmp_path / 'usb'} desapareció mientras se escribía la "
                          "copia; nada de la bóveda cambió.")
    assert box.informativeText().startswith("Conecte su unidad")
    box.close()
