"""The app's screen outlives a form whose Python object the cycle collector takes.

The teardown lock's segfault (ci90, ci96: `main_window._save_geometry`, 1 in 20-30 runs of its
file) came from here: a form that asked `self.screen()` (gui/screen_fit.py sizes every form so)
became, for PySide, the owner of the QScreen's Python wrapper; when the cycle collector cleared
the form's wrapper while the form was alive (a parentless form left to its own cycles, as a test
leaves one), shiboken deleted the app's QScreen itself, which stayed in Qt's list of screens. The
next window geometry, style DPI or new window then read freed memory: a crash only when that
memory had been reused, far from the cause. screen_fit now asks QGuiApplication for the screen.

What the collector takes with a form is kept aside and looked at (gc.DEBUG_SAVEALL), so the
question is asked every run, without the crash's luck. Real vault, real widgets."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QMainWindow

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui import screen_fit
from vault_app.gui.auth_dialog import AuthorizationDialog
from vault_app.gui.controller import AppController
from vault_app.services import clients, guardians, practice

pytestmark = pytest.mark.gui


def _taken_with(make: Callable[[], QDialog]) -> tuple[int, int]:
    """(forms, screens): what the cycle collector finds unreachable once the form `make` gives is
    dropped, kept aside for the question (DEBUG_SAVEALL) instead of freed. The app's QScreen
    wrapper among it is what the collector deleted (gdb: delete_garbage -> shiboken ->
    QScreen::~QScreen); kept aside, it is invalidated, so that a failure here deletes nothing."""
    form = make()
    gc.collect()  # what else is garbage now goes first: what follows is the form's
    del form
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        forms = [o for o in gc.garbage if isinstance(o, QDialog)]
        screens = [o for o in gc.garbage if isinstance(o, QScreen)]
        for screen in screens:
            shiboken6.invalidate(screen)
        for found in forms:
            found.close()
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    return len(forms), len(screens)


@pytest.mark.parametrize("sized_by", ["size_in_screen", "place_in_screen"])
def test_the_cycle_collector_takes_no_screen_with_a_form(qapp: object, sized_by: str) -> None:
    def make() -> QDialog:
        form = QDialog()  # parentless: its Python object owns it, as a test's form does
        form.setWindowTitle("A form")
        form.cycle = form  # type: ignore[attr-defined]  # its lambdas and helpers make such cycles
        if sized_by == "size_in_screen":
            form.resize(screen_fit.size_in_screen(form, QSize(700, 500)))
        else:
            screen_fit.place_in_screen(form, QSize(700, 500))
        form.show()
        return form

    forms, screens = _taken_with(make)
    assert forms == 1, "the form was not left to the collector"
    assert screens == 0, "the app's QScreen would be deleted with the form"


def test_the_cycle_collector_takes_no_screen_with_the_authorization_form(unlocked_app: AppController,
                                                                         qtbot) -> None:
    """The form of ci96's crash, as its test left it: shown, parentless, a representative signing."""
    vault = unlocked_app.vault
    assert vault is not None
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    client_id = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(15)).client_id
    guardians.add_guardian(vault, client_id, "Elena Lopez", authority="parent")

    def make() -> QDialog:
        form = AuthorizationDialog(unlocked_app, client_id)
        form.show()
        wait_ops(qtbot)
        form.signer_role.setCurrentIndex(form.signer_role.findData("personal_representative"))
        wait_ops(qtbot)
        return form

    forms, screens = _taken_with(make)
    assert forms >= 1, "the form was not left to the collector"
    assert screens == 0, "the app's QScreen would be deleted with the form"
    screen = QGuiApplication.primaryScreen()
    assert screen is not None and not screen.availableGeometry().isEmpty()


def test_a_dialog_is_sized_to_its_parents_screen_before_it_is_shown(qapp: object) -> None:
    """Unshown, a dialog is where its parent is (Qt centres it there): the room is that screen's."""
    main = QMainWindow()
    main.setWindowTitle("Main")
    main.show()
    dialog = QDialog(main)
    screen = QGuiApplication.screenAt(main.geometry().center()) or QGuiApplication.primaryScreen()
    assert screen is not None
    assert screen_fit.room_of(dialog) == screen.availableGeometry()
    main.close()
    main.deleteLater()
