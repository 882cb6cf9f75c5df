"""After a scan is taken into the vault (the Attachments tab, an authorization's signed form):
the file it came from is still on the disk, unencrypted. Found by a walker: nothing said so. Said
once, calmly, under the list, with where it is; nothing is deleted for her (the file may be her
only other copy, or on a shared drive she means to keep). As the Emergency Kit page says of the
kit's PDF (gui/kit_words.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from vault_app.gui.wrapped_label import WrappedLabel


def original_kept_text(path: Path) -> str:
    return QCoreApplication.translate(
        "OriginalKept", "The original file is still at {0}, unencrypted. The vault now holds an encrypted copy, "
                        "so you can delete the original (and empty the trash) if you no longer need it there."
    ).format(path)


class OriginalKeptNote(WrappedLabel):
    """Hidden until a scan is taken in; the last one's words, until another chart is shown."""

    def __init__(self) -> None:
        super().__init__("")
        self.setObjectName("calmNote")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path, to copy
        self.setAccessibleName(QCoreApplication.translate("OriginalKept", "Original file"))
        self.client_id: str | None = None
        self.hide()

    def show_for(self, client_id: str, path: Path | None) -> None:
        if path is None:
            return
        self.client_id = client_id
        self.setText(original_kept_text(path))
        self.show()

    def chart_shown(self, client_id: str | None) -> None:
        """Another chart: what was said of this one's file goes."""
        if client_id != self.client_id:
            self.client_id = None
            self.setText("")
            self.hide()


__all__ = ["OriginalKeptNote", "original_kept_text"]
