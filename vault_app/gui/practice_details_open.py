"""The way to the practice's phone from a refusal that wants it: a letter must say how to reach the
practice (domain/letters, "letter.practice_contact_missing"), and the refusal offers Settings at
the Phone field, over the window that asked; once saved, what was asked goes on by itself.

Found by the day's walker: Extend (requests_dialog) said the practice had no phone and offered no
way there; the therapist closed the request to find Settings, then opened it and asked again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from vault_app.domain.errors import VaultError
from vault_app.gui.background import show_error
from vault_app.gui.seam import App

if TYPE_CHECKING:
    from vault_app.gui.settings_dialog import SettingsDialog

NO_CONTACT = "letter.practice_contact_missing"
ABOUT_THE_PRACTICE = 1  # Settings' page "About you and the practice", where the phone is


def open_practice_details(controller: App, parent: QWidget) -> SettingsDialog:
    """Settings over `parent`, on the practice's page, the cursor in Phone."""
    from vault_app.gui.settings_dialog import SettingsDialog  # Lazy (start-up): Settings only when asked

    settings = SettingsDialog(controller, parent=parent)
    settings.open()
    settings.pages.setCurrentIndex(ABOUT_THE_PRACTICE)
    phone = settings.profile.get("phone")
    if phone is not None:
        # Once shown: the dialog gives its first field the keyboard as it opens.
        QTimer.singleShot(0, phone.setFocus)
    return settings


def said_with_the_way(controller: App, parent: QWidget, again: Callable[[], None]) -> Callable[[BaseException], bool]:
    """An `on_error`: the practice-contact refusal said as every refusal is, with a button that opens
    the practice details; `again` runs once they are saved. Any other error: False (said as usual)."""

    def refused(exc: BaseException) -> bool:
        if not (isinstance(exc, VaultError) and exc.code == NO_CONTACT):
            return False
        box = show_error(parent, exc)
        way = box.addButton(QCoreApplication.translate("PracticeDetailsOpen", "Open the practice &details…"),
                            QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(way)

        def go() -> None:
            settings = open_practice_details(controller, parent)
            settings.accepted.connect(again)

        way.clicked.connect(go)
        return True

    return refused


__all__ = ["NO_CONTACT", "open_practice_details", "said_with_the_way"]
