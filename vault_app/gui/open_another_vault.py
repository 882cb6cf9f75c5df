"""Vault > Open another vault…: choose a folder holding a vault (a restored copy), lock this one
and show the unlock window for that folder; a folder without a vault, or the vault open now, is
said and nothing changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.gui import file_dialogs
from vault_app.gui.confirm import AnsweredByAlt
from vault_app.services.vault_folder import vault_exists

if TYPE_CHECKING:
    from vault_app.gui.seam import App


def open_another_vault(controller: App, parent: QWidget) -> Path | None:
    """Vault > Open another vault…: pick a folder holding a vault (a restored copy), lock
    this one and show the unlock window for that folder."""
    chosen = file_dialogs.existing_directory(parent, QCoreApplication.translate("VaultKeys", "Open another vault"),
                                             str(controller.folder.parent))
    if not chosen:
        return None
    return switch_to(controller, parent, Path(chosen))


def _tell(parent: QWidget | None, title: str, text: str) -> None:
    box = AnsweredByAlt(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def switch_to(controller: App, parent: QWidget | None, folder: Path) -> Path | None:
    folder = folder.expanduser().resolve()
    if not vault_exists(folder):
        _tell(parent, QCoreApplication.translate("VaultKeys", "No vault there"), QCoreApplication.translate("VaultKeys",
              "{folder} does not hold a vault. Choose the folder that holds "
              "vault.header (for a restored copy, the folder you restored into).").format(folder=folder))
        return None
    if folder == controller.folder.expanduser().resolve():
        _tell(parent, QCoreApplication.translate("VaultKeys", "Already open"),
              QCoreApplication.translate("VaultKeys", "That is the vault open now."))
        return None
    controller.switch_folder(folder)
    return folder


__all__ = ["open_another_vault", "switch_to"]
