"""The unlock's word that this computer's clock is behind the vault's record (services/clock_behind.py),
on the status bar in the screen's language, with the record's day."""

from __future__ import annotations

from vault_app.gui import status_words
from vault_app.services import reminders

NEWS = reminders.News(reminders.CLOCK_BEHIND, "This computer's clock says …", "02/20/2028",
                      params=(("today", "12/06/2026"),))


def test_the_status_bar_says_the_clock_is_behind(qtbot) -> None:
    said = status_words.status_words(reminders.StatusLine((NEWS,), None, False, None))
    assert said is not None and said.startswith(
        "This computer's clock says 12/06/2026, before this vault's last record (of 02/20/2028). If the clock is "
        "wrong, set it right")


def test_and_in_spanish(qtbot, spanish: None) -> None:
    said = status_words.news_words(NEWS)
    assert said.startswith("El reloj de esta computadora dice 12/06/2026, antes del último registro de esta bóveda "
                           "(del 02/20/2028)")
    assert "clock" not in said
