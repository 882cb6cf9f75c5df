"""The app's screen outlives a form whose Python object the cycle collector takes.

The teardown lock's segfault (ci90, ci96: `main_window._save_geometry`, 1 in 20-30 runs of its
file) came from here: a form that asked `self.screen()` (gui/screen_fit.py sizes every form so)
became, for PySide, the owner of the QScreen's Python wrapper; when the cycle collector cleared
the form's wrapper while the form was alive (a parentless form left to its own cycles, as a test
leaves one), shiboken deleted the app's QScreen itself, which stayed in Qt's list of screens. The
next window geometry, style DPI or new window then read freed memory: a crash only when that
memory had been reused, far from the cause. screen_fit now asks QGuiApplication for the screen.

Probabilistic: before the fix 5 of 10 runs of this file crashed (the worker dies: a failure),
after it 0 of 5 (a run collects eighteen forms). Real vault, real widgets."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMainWindow

from tests.core import disclosure_fixtures as fx
from tests.gui.conftest import wait_ops
from vault_app.gui import screen_fit
from vault_app.gui.auth_dialog import AuthorizationDialog
from vault_app.gui.controller import AppController
from vault_app.services import clients, guardians, practice

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("round_", range(6))
def test_forms_taken_by_the_cycle_collector_leave_the_screen(unlocked_app: AppController, qtbot,
                                                             round_: int) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    fx.set_practice(vault)
    practice.update(vault, jurisdiction={"age_of_majority": 18, "age_of_consent_for_treatment": 12})
    client_id = clients.create_client(vault, "Maya Lopez", date_of_birth=fx.born_years_ago(15)).client_id
    guardians.add_guardian(vault, client_id, "Elena Lopez", authority="parent")
    for _ in range(3):
        form = AuthorizationDialog(unlocked_app, client_id)  # parentless: its Python object owns it
        form.show()
        wait_ops(qtbot)
        form.signer_role.setCurrentIndex(form.signer_role.findData("personal_representative"))
        wait_ops(qtbot)
        del form
        gc.collect()  # the form's own cycles: the collector clears its wrapper, the form alive
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
