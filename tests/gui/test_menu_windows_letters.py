"""The windows the main menu opens give each button and field label an Alt letter of its own,
one whose underline is seen, where a letter of its words is free, in English and in Spanish.
Found in Spanish on Xvfb (Alt held): Legal holds, Destructions and certificates, Confidentiality
decisions, About, Keyboard shortcuts, Charts eligible for destruction, Complete open export,
Settings, Fees, Backups and Import showed buttons and labels with no letter underlined (Qt's
own Close, Save and Cancel among them); Fees' CPT and Fee labels did not even lead to their
fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import FAINT, form_letters, mnemonic_of, underlined

pytestmark = pytest.mark.gui


def _problems(window: QWidget) -> list[str]:
    """Texts on screen with no letter (or a faint one) while a letter of theirs one sees is no
    one's in the window, and letters two of them share."""
    found = [(w, w.text()) for w, _letter in form_letters(window)
             if isinstance(w, QAbstractButton | QLabel) and w.isVisibleTo(window)]  # what Alt shows
    letters = [mnemonic_of(text) for _w, text in found if mnemonic_of(text)]
    taken = set(letters)
    said = [f"shared: {text!r}" for _w, text in found if mnemonic_of(text) and letters.count(mnemonic_of(text)) > 1]
    for _w, text in found:
        mark = underlined(text)
        if mark and mark not in FAINT:
            continue
        free = {c.casefold() for c in text.replace("&", "") if c.isalpha() and c.isascii() and c not in FAINT} - taken
        if free:
            said.append(f"{'faint' if mark else 'none'}: {text!r} (free: {''.join(sorted(free))})")
    return said


def test_the_menu_s_windows_give_every_button_and_label_a_letter(
        language: str, locked_app: AppController, qtbot: Any) -> None:  # noqa: F811
    from vault_app.gui.about import AboutDialog, ShortcutsDialog

    window = unlock(locked_app, qtbot)
    client_id = add_client(locked_app, qtbot, name="Lina Lettersworth")
    window.open_chart(client_id)
    wait_ops(qtbot)
    makers: dict[str, Callable[[], Any]] = {
        "holds": window.open_holds, "complaints": window.open_complaints,
        "destructions": window.open_destructions, "decisions": window.open_decisions,
        "eligible": window.open_eligible, "open export": window.open_open_export, "settings": window.open_settings,
        "fees": window.open_fees, "backups": window.open_backups, "import": window.open_import,
        "about": lambda: AboutDialog(window), "shortcuts": lambda: ShortcutsDialog(window),
    }
    problems = {}
    for name, make in makers.items():
        dialog = make()
        assert dialog is not None, name
        dialog.show()
        wait_ops(qtbot)
        qtbot.wait(20)  # a passphrase's Show leaves the keyboard's reach on the loop's next turn
        if name == "holds":  # the button names the open chart once it is read: a letter again
            qtbot.waitUntil(lambda d=dialog: bool(d.chart_number))
        problems[name] = _problems(dialog) if name != "import" else [
            *_problems(dialog.currentPage()), *_problems(dialog.button(dialog.WizardButton.NextButton))]
        for tab in range(1, dialog.pages.count()) if name == "settings" else ():
            dialog.pages.setCurrentIndex(tab)  # each page of Settings, with Save and Cancel under it
            problems[f"settings, page {tab + 1}"] = _problems(dialog)
        dialog.close()
        dialog.deleteLater()
        wait_ops(qtbot)
    assert {k: v for k, v in problems.items() if v} == {}


def test_the_fee_labels_lead_to_their_fields(language: str, unlocked_app: AppController, qtbot: Any) -> None:  # noqa: F811
    window = unlocked_app.main_window
    assert window is not None
    dialog = window.open_fees()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    buddies = {lab.buddy(): lab.text() for lab in dialog.findChildren(QLabel) if lab.buddy() is not None}
    assert mnemonic_of(buddies[dialog.code]) and mnemonic_of(buddies[dialog.amount]), buddies
    dialog.close()
    wait_ops(qtbot)


def _after_a_j(text: str) -> bool:
    """Whether `text`'s underlined letter comes right after a j: the j's hook reaches under it,
    and its underline reads as the j's."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return at > 0 and plain[at - 1] in "jJ"


def test_no_letter_is_chosen_under_a_js_hook() -> None:
    """Found in Spanish (Xvfb): Vault > "Aj&ustes…" looked like "A&justes…"; the walker pressed j,
    which is no one's letter, and nothing happened."""
    from vault_app.gui.widgets import _with_letter

    chosen = _with_letter("Ajustes…", {"a"})
    assert not _after_a_j(chosen) and mnemonic_of(chosen) not in FAINT, chosen


def test_the_main_menus_letters_are_under_no_js_hook(
        language: str, locked_app: AppController, qtbot: Any) -> None:  # noqa: F811
    from tests.gui.test_menu_mnemonics import _menus

    unlock(locked_app, qtbot)
    found = [a.text() for m in _menus(locked_app) for a in m.actions() if _after_a_j(a.text())]
    assert found == []
