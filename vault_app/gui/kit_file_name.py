"""The Emergency Kit's suggested file name, one for the first-run wizard and Replace every key:
it is read in the save dialog too, so it is in the screen's language («Kit de emergencia.pdf»)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


def suggested_kit_file() -> str:
    """The kit's file in the home folder, named in the screen's language."""
    # The context the Emergency Kit dialog has always translated it in (es.ts).
    return str(Path.home() / QCoreApplication.translate("EmergencyKitDialog", "Emergency Kit.pdf"))


__all__ = ["suggested_kit_file"]
