"""The records side's refused forms, in Spanish: the treatment plan, Settings (the practice's
details, the quick-unlock PIN) and the unlock window's PIN. The refusal is said in Spanish (its
code's words in the RefusalWordsRecords book, es.ts) and the keyboard is on the field it names.
Real services on a real vault, real widgets, the real es.ts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import PASSPHRASE
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.services import plans

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]


def _has_keyboard(qtbot, field: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field or field.isAncestorOf(QApplication.focusWidget()),
                    timeout=10_000)


def test_a_plan_reviewed_before_it_starts_is_refused_in_spanish_at_its_review_date(
        unlocked_app: AppController, qtbot, spanish: None) -> None:  # type: ignore[no-untyped-def]
    from vault_app.gui.plan_dialog import PlanDialog

    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, "Paula Plan")
    dialog = PlanDialog(unlocked_app, client_id, plans.get_plan(vault, client_id), parent=window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Plan de tratamiento"  # the form itself is in Spanish
    dialog.problems.setPlainText("Ansiedad ante los exámenes.")
    dialog.start.set_day(date(2026, 3, 10))
    dialog.review.set_day(date(2026, 3, 1))
    dialog.problems.setFocus()  # elsewhere: the refusal must move the keyboard
    dialog.save()
    wait_ops(qtbot)
    assert dialog.message.text() == "La fecha de revisión es anterior a la fecha de inicio del plan."
    assert dialog.isVisible() and dialog.problems.toPlainText() == "Ansiedad ante los exámenes."
    _has_keyboard(qtbot, dialog.review)
    assert plans.get_plan(vault, client_id) is None, "nothing saved"
    dialog.reject()


def _settings(app: AppController, qtbot):  # type: ignore[no-untyped-def]
    from vault_app.gui.settings_dialog import SettingsDialog

    window = app.main_window
    assert window is not None
    dialog = window.open_settings()
    assert isinstance(dialog, SettingsDialog)
    wait_ops(qtbot)
    assert dialog.windowTitle() == "Ajustes"
    return dialog


@pytest.mark.parametrize(("field", "typed", "said"), [
    ("npi", "1234567890", "Ese NPI no es válido: un NPI tiene 10 dígitos y el último es un dígito de control. "
                          "Cópielo de su registro en NPPES (el NPI es opcional: puede dejarlo vacío)."),
    ("tax_id", "123456789", "Eso puede ser un número de Seguro Social completo: aquí nunca se guarda un SSN "
                            "completo. Escriba un EIN como NN-NNNNNNN (12-3456789), o solo los cuatro últimos "
                            "dígitos de su SSN (1234)."),
], ids=["npi", "full-ssn"])  # the license state is chosen from a list now (test_settings_license_state.py)
def test_the_practice_s_details_refused_in_spanish_at_their_field(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                                  spanish: None, field: str, typed: str,
                                                                  said: str) -> None:
    dialog = _settings(unlocked_app, qtbot)
    dialog.profile["clinician_name"].setText("Jordan Lee")
    dialog.profile["license_number"].setText("LC-1")
    dialog.profile[field].setText(typed)
    dialog.profile["clinician_name"].setFocus()
    dialog.save()
    wait_ops(qtbot)
    assert dialog.isVisible() and dialog.message.text() == said
    assert dialog.profile[field].text() == typed, "what was typed stays"
    _has_keyboard(qtbot, dialog.profile[field])
    dialog.reject()


def test_a_pin_too_short_is_refused_in_spanish_at_the_pin(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                          spanish: None) -> None:
    dialog = _settings(unlocked_app, qtbot)
    box = dialog.quick_unlock
    box.enabled.setChecked(True)
    box.pin.setText("246")
    box.pin_again.setText("246")
    box.passphrase.setText(PASSPHRASE)
    box.passphrase.setFocus()
    dialog.save()
    wait_ops(qtbot)
    assert box.message.text() == "Un PIN tiene de 4 a 32 caracteres."
    assert dialog.isVisible() and not unlocked_app.quick_ready
    _has_keyboard(qtbot, box.pin)
    dialog.reject()


def test_a_wrong_pin_at_the_unlock_window_is_said_in_spanish(unlocked_app: AppController, qtbot,  # type: ignore[no-untyped-def]
                                                             spanish: None) -> None:
    from tests.gui.test_quick_unlock import _idle_lock, _turn_on

    _turn_on(unlocked_app, qtbot)
    assert unlocked_app.quick_ready
    _idle_lock(unlocked_app, qtbot)
    window = unlocked_app.unlock_window
    assert window is not None
    window.pin_row.pin.setText("1357")
    window.pin_row.unlock_button.click()
    wait_ops(qtbot)
    assert window.message.text() == ("Ese PIN no es correcto. Intentos que quedan antes de necesitar la frase de "
                                     "contraseña: 2.")
    assert unlocked_app.vault is None
    for _ in range(2):
        window.pin_row.pin.setText("9999")
        window.pin_row.unlock_button.click()
        wait_ops(qtbot)
    assert window.message.text() == ("Ese PIN no es correcto. Tras 3 PIN incorrectos, solo la frase de contraseña "
                                     "abre la bóveda. Escriba su frase de contraseña.")
    assert window.passphrase.isVisibleTo(window) and not window.pin_row.isVisibleTo(window)
    assert not unlocked_app.quick_ready
