"""Money on screen in the practice's conventions ($1,400.00 in the US, 1.400,00 US$ in Spain),
as dates are (gui/dates.py: the practice's locale, read after each unlock). Amounts are typed
the one way parse_money reads them (140.00); only what a person reads changes with the locale."""

from __future__ import annotations

from vault_app.domain import locale_format
from vault_app.gui.dates import practice_locale


def show_money(cents: int) -> str:
    return locale_format.money_text(cents, practice_locale())


__all__ = ["show_money"]
