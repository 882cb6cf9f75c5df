"""Every menu item has its own underlined letter (found in the real app: Vault > I did
nothing, only the arrows reached Import…), in English and in Spanish: each menu's letters its
own, none shared, checked in the app started in each language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from tests.gui.conftest import unlock
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import give_mnemonics


def _menus(app: AppController) -> list[QMenu]:
    window = app.main_window
    assert window is not None
    found = []
    todo = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while todo:
        menu = todo.pop()
        found.append(menu)
        todo += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found


def test_every_item_has_a_letter_of_its_own(language: str, locked_app: AppController, qtbot: Any) -> None:  # noqa: F811
    """In each language the app starts in: Records > Complaints… (Quejas…) among them."""
    unlock(locked_app, qtbot)
    menus = _menus(locked_app)
    assert len(menus) >= 6
    for menu in menus:
        items = [a.text() for a in menu.actions() if not a.isSeparator()]
        letters = [t[t.index("&") + 1].casefold() for t in items]  # ValueError: an item without one
        assert len(set(letters)) == len(letters), items
    complaints = QCoreApplication.translate("MainWindow", "Complaints…")
    records = next(m for m in menus if complaints in [a.text().replace("&", "") for a in m.actions()])
    assert "&" in next(a.text() for a in records.actions() if a.text().replace("&", "") == complaints)
    if language == "en":
        vault = next(m for m in menus if "Import…" in [a.text().replace("&", "") for a in m.actions()])
        assert "I&mport…" in [a.text() for a in vault.actions()]  # a letter one sees under it (not the I)


def test_letters_are_chosen_from_the_words_then_any_letter() -> None:
    menu = QMenu()
    for text in ("Save", "Search", "&Settings", "Sort by size"):
        menu.addAction(text)
    give_mnemonics(menu)
    # "&Settings" keeps its S; "Save" takes its a; "Search" then its e; "Sort by size" its b.
    assert [a.text() for a in menu.actions()] == ["S&ave", "S&earch", "&Settings", "Sort &by size"]
