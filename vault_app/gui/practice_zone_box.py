"""Settings' one row for the practice's time zone: "This computer's time zone" first (the
default, as before), a US practice's zones, then the places of the time zone database, America/Los_Angeles to typing
"America/Lo". The zone is the vault's (its practice profile), not this computer's preference: a
therapist travelling with the laptop keeps the practice's clock (services/practice_zone.py)."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtWidgets import QComboBox, QWidget

# The regions of the tz database's places; the rest are old aliases and fixed offsets ("PST8PDT").
_REGIONS = ("Africa/", "America/", "Antarctica/", "Arctic/", "Asia/", "Atlantic/", "Australia/", "Europe/",
            "Indian/", "Pacific/")


# A US practice's zones first, east to west (found walking in Spanish: the list began at
# Africa/Abidjan, some 140 places before America/Los_Angeles); every place follows.
US_FIRST = ("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
            "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico")


def zone_names() -> list[str]:
    """On the worker (the tz database's folders are read): the places offered, sorted."""
    return sorted(name for name in available_timezones() if name.startswith(_REGIONS))


class ZoneBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Time zone"))
        self.setToolTip(self.tr("The clock the agenda and the sessions' days follow, wherever this computer is."))
        self._stored = ""
        self.addItem(self.tr("This computer's time zone"), "")

    def fill(self, names: list[str], stored: str) -> None:
        """The places, and the zone stored chosen (one set by `practice update` that is not a place
        of the list, "US/Pacific", is kept as stored)."""
        self.clear()
        self.addItem(self.tr("This computer's time zone"), "")
        first = [name for name in US_FIRST if name in names]
        for name in first:
            self.addItem(name.replace("_", " "), name)
        if first:
            self.insertSeparator(self.count())
        for name in names:
            self.addItem(name.replace("_", " "), name)
        if stored and self.findData(stored) < 0:
            self.addItem(stored.replace("_", " "), stored)
        self._stored = stored
        self.setCurrentIndex(max(0, self.findData(stored)))

    def chosen(self) -> str:
        return str(self.currentData() or "")

    def changed(self) -> bool:
        return self.count() > 1 and self.chosen() != self._stored


__all__ = ["US_FIRST", "ZoneBox", "zone_names"]
