"""What every unlock used to do again for the same result (docs/testing.md, twenty-seventh
round): each asserts what is done, never how long it takes."""

from __future__ import annotations

import json
from pathlib import Path

from vault_app.gui import app_settings, theme
from vault_app.gui.dashboard_card import Card


def test_an_icon_is_made_once_and_shared_by_every_window() -> None:
    """Each main window (one per unlock) asked for its icons afresh, and each fresh QIcon
    read its SVG and drew it again at the window's first paint."""
    first, again = theme.icon("search"), theme.icon("search")
    assert first.cacheKey() == again.cacheKey()
    assert not first.isNull()
    assert theme.icon("add").cacheKey() != first.cacheKey()


def test_the_same_vault_folder_is_not_written_again(tmp_path: Path) -> None:
    """Every unlock rewrote the settings file with the bytes it already held."""
    folder = tmp_path / "vault"
    app_settings.remember_vault_folder(folder)
    path = app_settings.settings_path()
    written = path.stat()
    app_settings.remember_vault_folder(folder)
    again = path.stat()
    assert (again.st_ino, again.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    assert app_settings.get("last_vault_folder") == str(folder)
    other = tmp_path / "other"
    app_settings.remember_vault_folder(other)  # another folder is written, as before
    assert app_settings.get("last_vault_folder") == str(other)


def test_a_link_planted_in_the_settings_place_is_replaced_even_when_it_says_the_same(tmp_path: Path) -> None:
    """The write skipped for an unchanged folder is not skipped for a link in the file's place:
    the app's file is a file of its own, as every write leaves it."""
    folder = tmp_path / "vault"
    path = app_settings.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text(json.dumps({"last_vault_folder": str(folder)}))
    path.symlink_to(elsewhere)
    app_settings.remember_vault_folder(folder)
    assert path.is_file() and not path.is_symlink()
    assert app_settings.get("last_vault_folder") == str(folder)


def test_a_cards_width_follows_the_links_on_it_not_those_replaced(qtbot: object) -> None:
    """The links replaced are deleted later (deleteLater); the card sized itself by every link
    button among its children, the replaced ones too, until they were gone."""
    card, fresh = Card("Unsigned notes"), Card("Unsigned notes")
    qtbot.addWidget(card)  # type: ignore[attr-defined]
    qtbot.addWidget(fresh)  # type: ignore[attr-defined]
    card.set_links([("chart DEMO-00004 and a much longer line of words: 10/04/2026", lambda: None)])
    wide = card.sizeHint().width()
    card.set_links([("chart 7", lambda: None)])
    fresh.set_links([("chart 7", lambda: None)])
    assert card.sizeHint().width() == fresh.sizeHint().width() < wide
