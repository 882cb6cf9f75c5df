"""The unlock's one sentence for several files kept beside the vault's own (services/reminders.py,
found by a walker: one sentence each cut the status line with "…"), said on screen in English as
the services say it and in Spanish."""

from __future__ import annotations

from vault_app.gui import status_words
from vault_app.services import reminders

NAMES = "ledger.db.replaced-20261206T184501Z, records.db.replaced-20261206T184500Z"
MANY = reminders.News(reminders.FILE_REPLACED, reminders.FILE_REPLACED_MANY_TEXT.format(count=2, files=NAMES),
                      NAMES, params=(("count", "2"),))


def test_in_english_the_screen_says_what_the_services_say() -> None:
    line = reminders.StatusLine((MANY,), None, True, None)
    assert status_words.status_words(line) == line.english()


def test_in_spanish_the_files_are_named_in_one_sentence(qtbot, spanish: None) -> None:  # type: ignore[no-untyped-def]
    said = status_words.news_words(MANY)
    assert said == ("2 archivos que otro programa puso en lugar de los de la bóveda se conservan en la carpeta de "
                    f"la bóveda: {NAMES}; elimínelos cuando haya revisado sus copias de seguridad.")
