"""The first-run wizard's backup folder, typed or pasted as the Backups screen's is: "~nosuchuser/x"
raised RuntimeError at each keystroke (Path.expanduser on the GUI thread; found in the real app),
the page said nothing and Next did nothing; a control character, a lone surrogate (pasted) or a
name over the system's limit went on to Create. The page now says what the Backups screen says
(backup_folder_problems.path_problem), in the same words, and keeps Next greyed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

from tests.gui.conftest import wait_ops
from tests.gui.first_run_helpers import walk_to_backup_page
from vault_app.gui.backup_folder_problems import CONTROL_IN_PATH, NO_SUCH_USER, PATH_TOO_LONG, RELATIVE
from vault_app.gui.controller import AppController
from vault_app.gui.create_wizard_backup import BackupPage, folder_problem, problem_text

pytestmark = pytest.mark.gui


def _screen(words: str) -> str:
    """The Backups screen's own words (its translation context)."""
    return QCoreApplication.translate("BackupsDialog", words)


# (what is typed, given the test's folder; what the page says)
CASES: list[tuple[str, Callable[[Path], str], Callable[[], str]]] = [
    ("no such user", lambda _: "~nosuchuser/x", lambda: _screen(NO_SUCH_USER)),
    ("a tab", lambda tmp: f"{tmp}/back\tups", lambda: _screen(CONTROL_IN_PATH)),
    ("a line break", lambda tmp: f"{tmp}/back\nups", lambda: _screen(CONTROL_IN_PATH)),
    ("a 300-byte name", lambda tmp: f"{tmp}/{'b' * 300}", lambda: _screen(PATH_TOO_LONG)),
    ("relative", lambda _: "relative", lambda: _screen(RELATIVE)),
    ("inside the vault folder", lambda tmp: f"{tmp}/vault/backups",
     lambda: QCoreApplication.translate("BackupPage", "Backups cannot be kept inside the vault folder. Choose "
                                                      "another folder or drive.")),
    ("a file", lambda tmp: f"{tmp}/a-file",
     lambda: QCoreApplication.translate("BackupPage", "{0} is a file, not a folder. Choose a folder for your "
                                                      "backups.")),
]


def test_a_lone_surrogate_is_refused_as_the_backups_screen_refuses_it(tmp_path: Path) -> None:
    """PySide6 drops a lone surrogate on its way into a QLineEdit (setText, paste), so no test can
    put one in the field; the page's check is asked directly, as each keystroke asks it."""
    assert folder_problem(tmp_path / "vault", f"{tmp_path}/back\ud800ups") == CONTROL_IN_PATH
    assert problem_text(CONTROL_IN_PATH) == _screen(CONTROL_IN_PATH)


def _write_the_file(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("kept")


@pytest.mark.parametrize(("typed", "said"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_each_unusable_folder_is_said_and_kept(qtbot, tmp_path: Path, typed: Callable[[Path], str],
                                               said: Callable[[], str]) -> None:
    _write_the_file(tmp_path)
    page = BackupPage(lambda: tmp_path / "vault")
    qtbot.addWidget(page)
    text = typed(tmp_path)
    page.target.setText(text)
    page.target.editingFinished.emit()  # the folder's look (a file is found out there)
    wait_ops(qtbot)
    expected = said().replace("{0}", str(tmp_path / "a-file"))
    assert page.problem.text() == expected
    assert not page.isComplete()
    assert not page.validatePage()
    assert page.target.text() == text, "what was typed is kept, to be corrected"
    assert (tmp_path / "a-file").read_text() == "kept"


def test_next_stays_greyed_while_the_folder_is_refused(fresh_app: AppController, qtbot, tmp_path: Path) -> None:
    wizard = fresh_app.wizard
    assert wizard is not None
    walk_to_backup_page(wizard, qtbot)
    _write_the_file(tmp_path)
    page = wizard.backup_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    for name, typed, _said in CASES:
        page.target.setText(typed(tmp_path) if name != "inside the vault folder"
                            else str(Path(wizard.location_page.folder_edit.text()) / "backups"))
        page.target.editingFinished.emit()
        wait_ops(qtbot)
        qtbot.waitUntil(lambda: not next_button.isEnabled())
        assert page.problem.text().strip(), name
        next_button.click()
        assert wizard.currentPage() is page, name
    page.target.setText(str(tmp_path / "usb" / "backups"))
    qtbot.waitUntil(next_button.isEnabled)
    assert page.problem.text().strip() == ""


def test_the_words_are_the_backups_screen_s_in_spanish(qtbot, tmp_path: Path, spanish: None) -> None:
    page = BackupPage(lambda: tmp_path / "vault")
    qtbot.addWidget(page)
    for typed, words in (("~nosuchuser/x", NO_SUCH_USER), ("relative", RELATIVE), (f"{tmp_path}/a\tb", CONTROL_IN_PATH),
                         (f"{tmp_path}/{'b' * 300}", PATH_TOO_LONG)):
        page.target.setText(typed)
        assert page.problem.text() == _screen(words) != words, typed
    page.target.setText(f"{tmp_path}/vault/backups")
    assert "carpeta" in page.problem.text() and "vault folder" not in page.problem.text()
