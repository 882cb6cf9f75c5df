"""Why a deadline's day is likely a closed one, and the working day before it, in the screens'
words (domain/due_weekend: a Saturday, a Sunday, a federal holiday of 5 U.S.C. 6103). The law's
date is not moved: HIPAA counts calendar days. The Requests tab's tip and the request window say
it; the CLI says the same in English (cli/request_rows)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from vault_app.domain.due_weekend import ActBy, act_by, closed_day
from vault_app.domain.federal_holidays import Holiday
from vault_app.gui.dates import show_weekday_deadline


def holiday_name(holiday: Holiday) -> str:
    """The holiday's name in the screens' language (its name in 5 U.S.C. 6103(a) in English)."""
    return {
        Holiday.NEW_YEARS_DAY: QCoreApplication.translate("DueAdvice", "New Year's Day"),
        Holiday.MLK_BIRTHDAY: QCoreApplication.translate("DueAdvice", "Birthday of Martin Luther King, Jr."),
        Holiday.WASHINGTONS_BIRTHDAY: QCoreApplication.translate("DueAdvice", "Washington's Birthday"),
        Holiday.MEMORIAL_DAY: QCoreApplication.translate("DueAdvice", "Memorial Day"),
        Holiday.JUNETEENTH: QCoreApplication.translate("DueAdvice", "Juneteenth National Independence Day"),
        Holiday.INDEPENDENCE_DAY: QCoreApplication.translate("DueAdvice", "Independence Day"),
        Holiday.LABOR_DAY: QCoreApplication.translate("DueAdvice", "Labor Day"),
        Holiday.COLUMBUS_DAY: QCoreApplication.translate("DueAdvice", "Columbus Day"),
        Holiday.VETERANS_DAY: QCoreApplication.translate("DueAdvice", "Veterans Day"),
        Holiday.THANKSGIVING_DAY: QCoreApplication.translate("DueAdvice", "Thanksgiving Day"),
        Holiday.CHRISTMAS_DAY: QCoreApplication.translate("DueAdvice", "Christmas Day"),
    }[holiday]


def _why(deadline: date, advice: ActBy) -> str:
    parts = [QCoreApplication.translate("DueAdvice", "A Saturday or Sunday")] if advice.weekend else []
    for h in advice.holidays:
        closed = closed_day(h, deadline, advice.day)
        observed = closed != h.falls_on
        if closed == deadline:
            words = (QCoreApplication.translate("DueAdvice", "{name}, a federal holiday observed that day")
                     if observed else QCoreApplication.translate("DueAdvice", "{name}, a federal holiday"))
        else:
            words = (QCoreApplication.translate("DueAdvice", "{name}, a federal holiday, observed {day}") if observed
                     else QCoreApplication.translate("DueAdvice", "{name}, a federal holiday, on {day}"))
        parts.append(words.format(name=holiday_name(h.holiday), day=show_weekday_deadline(closed)))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def act_by_words(deadline: date) -> str:
    """"A Saturday or Sunday; New Year's Day, a federal holiday, on Fri January 1, 2027: the law does
    not move the date; act by Thu December 31, 2026." for a deadline on a closed day; "" for one on a
    working day."""
    advice = act_by(deadline)
    if advice is None:
        return ""
    return QCoreApplication.translate("DueAdvice", "{why}: the law does not move the date; act by {day}.").format(
        why=_why(deadline, advice), day=show_weekday_deadline(advice.day))


__all__ = ["act_by_words", "holiday_name"]
