"""Check the selected backup on a registered backup whose file is not there (its drive unplugged,
mounted elsewhere, the file moved): the error box is titled and said as that, never "Vault
damaged" (found by a walker on a new laptop: her vault was fine). The error is the services' own,
from a real backup of a real vault whose file was taken away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import KdfParams
from vault_app.domain.errors import VaultError
from vault_app.services import backup
from vault_app.services.backup_repo_restore import verify_copy
from vault_app.services.vault import create_vault

pytestmark = pytest.mark.gui


@pytest.fixture
def not_there(tmp_path: Path, kdf_params: KdfParams) -> Iterator[tuple[VaultError, Path]]:
    made = create_vault(tmp_path / "vault", PASSPHRASE, params=kdf_params, use_device_secret=False)
    try:
        path = Path(backup.create_backup(made.vault, tmp_path / "usb").path)
        (tmp_path / "usb").rename(tmp_path / "usb-unplugged")
        with pytest.raises(VaultError) as caught:
            verify_copy(path, vault=made.vault)
    finally:
        made.vault.lock()
    yield caught.value, path


def _shown(qtbot, parent: QWidget, err: VaultError) -> QMessageBox:  # type: ignore[no-untyped-def]
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


def test_the_box_says_the_file_is_not_there(qtbot, not_there: tuple[VaultError, Path]) -> None:  # type: ignore[no-untyped-def]
    err, path = not_there
    parent = QWidget()
    box = _shown(qtbot, parent, err)
    assert box.windowTitle() == "Backup file not there"
    assert box.text() == f"The backup file is not there: {path}."
    assert box.informativeText().startswith("Is the drive it is on plugged in?")
    assert "damaged" not in box.windowTitle() + box.text() + box.informativeText()
    box.close()


@pytest.mark.usefixtures("spanish")
def test_the_box_in_spanish(qtbot, not_there: tuple[VaultError, Path]) -> None:  # type: ignore[no-untyped-def]
    err, path = not_there
    parent = QWidget()
    box = _shown(qtbot, parent, err)
    assert box.windowTitle() == "El archivo de copia no está"
    assert box.text() == f"El archivo de copia no está: {path}."
    assert box.informativeText().startswith("¿Está conectada la unidad")
    box.close()
