"""The practice's locale (dates and amounts as the practice writes them) followed by the app:
read once a vault is open, again when Settings saves another one or another window's change to the
settings arrives. Split from gui/controller.py, which calls these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vault_app.services.changes import Changes, Kind

if TYPE_CHECKING:
    from vault_app.gui.seam import App


def read(app: App) -> None:
    """Queue the read of the open vault's locale; in force once read (dates.set_practice_locale)."""
    # Lazy (start-up): dates ~21 ms and services.practice ~21 ms to import; read once a vault is open
    from vault_app.gui import dates

    app.query(None, dates.read_practice_locale).success(dates.set_practice_locale).run()
    read_zone(app)


def read_zone(app: App) -> None:
    """Queue the read of the practice's time zone (gui/practice_clock.py): the agenda's today."""
    # Lazy (start-up): as in `read`
    from vault_app.gui import practice_clock

    app.query(None, practice_clock.read).success(practice_clock.set_zone).run()


def changed(app: App, tag: str) -> None:
    """Settings saved another locale: in force at once, and every screen shows its dates and
    amounts again (a vault-wide notice: the lists, the chart, the dashboard reload). The date and
    time fields of a form already open follow too (dates.format_notice), and the dates written in
    an open note editor (its signed-at line, addenda, same-day line)."""
    # Lazy (start-up): as in `read`
    from vault_app.gui import dates

    dates.set_practice_locale(tag)
    app.changed.emit(Changes.of(Kind.VAULT, vault_wide=True))


def on_changes(app: App, changes: Changes) -> None:
    if changes.touches(Kind.SETTINGS) and app.vault is not None:
        read(app)


__all__ = ["changed", "on_changes", "read", "read_zone"]
