"""The destruction wizard's first page, when only a clock that jumped more than a week past the vault's
record says the chart is due (services/clock_behind.py, domain/clock_gap.py; found by a walker: a minor's
chart destroyed seven years early on a clock set to 2034). Its two days are days, not deadlines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.gui.dates import show_date


def clock_words(today: str, record_day: str) -> str:
    """The page's line: this computer's day and the vault's record before the jump (ISO days)."""
    return QCoreApplication.translate(
        "EligibilityPage", "Check this computer's clock first: it says {0}, more than a week after this vault's record "
                           "before today (of {1}), and the chart became due in between. If the clock is wrong, cancel "
                           "and set it right: a chart destroyed on a wrong date may be one that must still be kept.") \
        .format(show_date(today), show_date(record_day))


__all__ = ["clock_words"]
