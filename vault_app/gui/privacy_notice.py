"""The one notice of privacy mode switching, for every screen that shows a name.

Found in the real app: switched off, a couple's Authorizations list kept the names masked until
the chart was opened again, and a window left open kept whatever it was opened with. The main
window says the change here (toggle_privacy); what shows a name follows this one signal rather
than each screen being remembered in a list of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

_NAME = "privacyNotice"


class PrivacyNotice(QObject):
    changed = Signal(bool)  # on: names masked from now on; off: shown again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self.on = False

    def set(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            self.changed.emit(on)


def privacy_notice() -> PrivacyNotice:
    """The application's notice: a child of the QApplication, so it lives as long as the screens
    it speaks to and no longer (a lock builds a new main window; the notice stays)."""
    app = QCoreApplication.instance()
    found = app.findChild(PrivacyNotice, _NAME) if app is not None else None
    if found is None:
        found = PrivacyNotice(app)
    return found


__all__ = ["PrivacyNotice", "privacy_notice"]
