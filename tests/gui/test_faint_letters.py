"""No Alt letter is one whose underline cannot be seen (FAINT: I, i, l, J, j): in the app's font
the underline under a capital I is a stub no one sees, and "&Import"-like labels showed no letter
(screenshots of the real app on Xvfb). Another letter is chosen where one is free, in English
and in Spanish: the letters the app gives (gui/widgets._with_letter), the ones written by hand
in the source and in es.ts, and those of the real windows: the menus, the unlock window, every
form, the new appointment, the export wizard's pages, Backups."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget

import vault_app.gui
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_agenda_keyboard import _open_agenda
from tests.gui.test_chart import add_client
from tests.gui.test_export_and_lock import to_basis_page
from tests.gui.test_form_mnemonics import _forms
from tests.gui.test_menu_mnemonics import _menus
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: en, then es)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import FAINT, _with_letter, mnemonic_of, underlined
from vault_app.gui.wizard_letters import BUTTONS

pytestmark = pytest.mark.gui

GUI = Path(vault_app.gui.__file__).parent


def _faint(window: QWidget, around: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """The texts of `window`'s buttons, field labels and menu items whose Alt letter is FAINT
    while a letter of theirs one sees is no one's in the window (a long form, Edit details, has
    more fields than letters: there a faint letter still works, for whoever knows it). `around`:
    the letters of buttons around it (a wizard's Back, Next, Cancel around its page)."""
    texts = [b.text() for b in window.findChildren(QAbstractButton)]
    texts += [lab.text() for lab in window.findChildren(QLabel) if lab.buddy() is not None]
    texts += [a.text() for m in window.findChildren(QMenu) for a in m.actions()]
    taken = ({mnemonic_of(t) for t in texts} | set(around)) - {""}
    # A plain letter one sees free: an accented one (é, ó) is no way out, Alt cannot type it on
    # a Spanish keyboard ("Tel&éfono" found by a walker): faint but typed beats it.
    return [t for t in texts if underlined(t) and underlined(t) in FAINT
            and {c.casefold() for c in t.replace("&", "") if c.isalpha() and c.isascii() and c not in FAINT} - taken]


def test_a_letter_one_sees_is_chosen_where_one_is_free() -> None:
    assert _with_letter("Import", set()) == "I&mport"
    assert _with_letter("Client list", {"c"}) == "Cli&ent list"
    assert _with_letter("Legal basis", set()) == "&Legal basis"  # a capital L's underline is seen
    assert _with_letter("Fill in", {"f", "n"}) == "Fill &in"  # only faint ones left: still a letter


def test_no_letter_written_by_hand_is_faint() -> None:
    found = []
    for path in sorted(GUI.glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [f"{path.name}:{number}: {line.strip()}" for _m in re.finditer(r"(?<!&)&[IilJj]\w", line)
                      if "&amp;" not in line]
    ts = (GUI / "translations" / "es.ts").read_text(encoding="utf-8")
    found += [m.group(0) for m in re.finditer(r"<(?:source|translation)>(?:(?!</).)*?(?<!&amp;)&amp;[IilJj]"
                                              r"(?:(?!</).)*</(?:source|translation)>", ts)]
    assert found == []


def test_the_windows_letters_are_seen(language: str, locked_app: AppController, qtbot, tmp_path) -> None:  # noqa: F811
    unlock_window = locked_app.unlock_window
    assert unlock_window is not None
    assert _faint(unlock_window) == []
    window = unlock(locked_app, qtbot)
    faint = {"menus": [a.text() for m in _menus(locked_app) for a in m.actions() if underlined(a.text()) in FAINT
                       and underlined(a.text())],
             "main window": _faint(window)}
    for name, make in _forms(locked_app, tmp_path).items():
        dialog = make()
        dialog.show()
        wait_ops(qtbot)
        faint[name] = _faint(dialog)
        dialog.reject()
        dialog.deleteLater()
        wait_ops(qtbot)
    add_client(locked_app, qtbot, name="Ines Lettersworth")
    agenda = _open_agenda(locked_app, qtbot)
    appointment = agenda.new_appointment()
    wait_ops(qtbot)
    faint["new appointment"] = _faint(appointment)
    appointment.reject()
    wait_ops(qtbot)
    backups = window.open_backups()
    wait_ops(qtbot)
    faint["backups"] = _faint(backups)
    backups.close()
    _w, wizard, basis = to_basis_page(locked_app, qtbot)
    around = {mnemonic_of(wizard.buttonText(b)) for b in BUTTONS}
    faint["export: what"] = _faint(wizard.what_page, around)
    faint["export: basis"] = _faint(basis, around)
    faint["export: save"] = _faint(wizard.save_page, around)
    wizard.close()
    assert {k: v for k, v in faint.items() if v} == {}
