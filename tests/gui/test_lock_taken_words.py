"""What holds the vault's lock now, said in the screen's language (found on Xvfb in Spanish: the
refusal of a save after vault.lock was deleted by hand read «Otro programa tiene esta bóveda
abierta ahora (a vault-app command (process 4242, since 10:46 today))»: the holder's details,
made by storage/folder_lock.py in English, stood in the middle of the Spanish sentence). The
core's English (what the CLI prints) is unchanged; a screen says who holds it, which process
and since when in its own words, the time and day as the practice writes them. The other
program is a real process: that is the point of the first test."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import reopen
from tests.core.test_lock_file_replaced import _command
from vault_app.domain.errors import VaultBusy
from vault_app.gui import dates, i18n
from vault_app.gui.hour_article import hour_article
from vault_app.gui.lock_holder_words import holder_details
from vault_app.gui.refusal_words import refusal_words
from vault_app.services import clients
from vault_app.services.vault import Vault
from vault_app.storage import folder_lock


@pytest.fixture
def refused(vault: Vault, vault_dir: Path) -> Iterator[tuple[VaultBusy, dict[str, object]]]:
    """A window's save refused while a command holds the vault's new lock file; the owner note."""
    vault.lock()
    with reopen(vault_dir) as window:
        clients.create_client(window, "Before Thedelete")
        (vault_dir / folder_lock.LOCK_NAME).unlink()
        with _command(vault_dir) as (_proc, said):
            assert said == "held"
            note = json.loads((vault_dir / folder_lock.OWNER_NAME).read_text("utf-8"))
            with pytest.raises(VaultBusy) as busy:
                clients.create_client(window, "Zara Window")
        yield busy.value, note


def _since(note: dict[str, object]) -> datetime:
    return datetime.fromisoformat(str(note["since"])).astimezone()


def test_the_program_holding_the_vault_is_named_in_spanish(refused: tuple[VaultBusy, dict[str, object]],
                                                           qapp: object, spanish: None, us_practice: None) -> None:
    busy, note = refused
    assert busy.code == "vault.lock_taken_meanwhile"
    assert f"(a vault-app command (process {note['pid']}, since " in busy.message  # the CLI's English as before
    message, hint = refusal_words(busy)
    since = _since(note)
    # "a la 1:31 p.m." in the one o'clock hours (gui/hour_article.py): the test failed from 1 to 2 pm.
    today = since.date() == datetime.now().astimezone().date()
    when = hour_article(f"desde hoy a las {dates.show_time(since)}" if today
                        else f"desde el {dates.show_date(since)} a las {dates.show_time(since)}")
    assert message.startswith("Otro programa tiene abierta esta bóveda ahora (un comando ejecutado fuera de las "
                              f"ventanas de la aplicación, proceso {note['pid']}, {when}): "), message
    assert not any(word in message for word in ("process", "since", "today", "vault-app")), message
    assert hint.startswith("Cierre ese programa")


def test_in_english_the_screen_names_no_command(refused: tuple[VaultBusy, dict[str, object]], qapp: object,
                                                us_practice: None) -> None:
    """English screens said the program's name ("a vault-app command"), which no screen says."""
    busy, note = refused
    message, _hint = refusal_words(busy)
    assert message.startswith("Another program has this vault open now (a command run outside the app's windows, "
                              f"process {note['pid']}, since "), message
    assert "vault-app" not in message


NOW = datetime(2026, 12, 6, 21, 30).astimezone()


@pytest.mark.parametrize(("params", "english", "spanish"), [
    ({"holder": "window", "pid": "4242", "since": "2026-12-06T15:05:00+00:00"},
     "a window of the app, process 4242, since {t} today", "una ventana de la aplicación, proceso 4242, desde hoy "
                                                            "a las {t}"),
    ({"holder": "command", "pid": "7", "since": "2026-11-30T15:05:00+00:00"},
     "a command run outside the app's windows, process 7, since {d} at {t}",
     "un comando ejecutado fuera de las ventanas de la aplicación, proceso 7, desde el {d} a las {t}"),
    ({"holder": "unknown", "pid": "7", "since": "not a time"},
     "another window of the app or a command, process 7", "otra ventana de la aplicación o un comando, proceso 7"),
    ({"holder": "unknown"}, "another window of the app or a command", "otra ventana de la aplicación o un comando"),
])
def test_each_holder_in_both_languages(qapp: object, us_practice: None, params: dict[str, str], english: str,
                                       spanish: str) -> None:
    since = params.get("since", "")
    at = datetime.fromisoformat(since if since[:1].isdigit() else "2026-12-06T15:05:00+00:00").astimezone()
    filled = {"t": dates.show_time(at), "d": dates.show_date(at)}
    today = at.date() == NOW.date()
    if "{t} today" in english and not today:  # a zone far from UTC: another day here
        return
    assert holder_details(params, now=NOW) == english.format(**filled)
    assert i18n.install("es") == "es"
    try:
        assert holder_details(params, now=NOW) == spanish.format(**filled)
    finally:
        i18n.install("en")


@pytest.mark.parametrize("params", [{}, {"details": "x"}, {"holder": "someone"}, {"holder": "window", "pid": "x1"}])
def test_params_that_name_no_holder_leave_the_core_s_details(qapp: object, params: dict[str, str]) -> None:
    assert holder_details(params) is None
