""""Sort as" in the New client form and Client details (records migration 0114). Found by a walker
with a Spanish-speaking practice: "María García López" listed under López, her second surname, with
no way to say otherwise. The forms now show, in grey, what the list files the chart under as the
legal name is typed, and take what the therapist types instead; the list follows. Real widgets,
a real vault, real key events; Spanish too."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from tests.gui.conftest import wait_ops
from tests.gui.test_client_list_names_apart import _names
from vault_app.gui import dates
from vault_app.gui.client_details import ClientDetailsDialog
from vault_app.gui.client_dialog import ClientDialog
from vault_app.gui.controller import AppController
from vault_app.services import clients, practice

pytestmark = pytest.mark.gui


def _listed(app: AppController, qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    _names(app, qtbot)
    tree = app.main_window.client_list.tree  # type: ignore[union-attr]
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _new_client_form(app: AppController, qtbot) -> ClientDialog:  # type: ignore[no-untyped-def]
    window = app.main_window
    assert window is not None
    window.client_list.new_client()
    dialog = window.findChild(ClientDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.legal_name)
    return dialog


def _label_of(dialog: ClientDialog | ClientDetailsDialog, field: object) -> str:
    for form in dialog.findChildren(QFormLayout):
        label = form.labelForField(field)  # type: ignore[arg-type]
        if isinstance(label, QLabel):
            return label.text()
    # or a label beside another field on the row (gui/forms.beside), read with it as its buddy
    return next((label.text() for label in dialog.findChildren(QLabel) if label.buddy() is field), "")


def test_a_spanish_practices_new_client_is_listed_under_both_surnames(unlocked_app: AppController, qtbot) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    clients.create_client(vault, "Hugo Herrera", date_of_birth="1980-01-01")
    practice.update(vault, locale="es_US")  # as Settings saves it, and the window then shows it
    dates.set_practice_locale("es_US")
    try:
        dialog = _new_client_form(unlocked_app, qtbot)
        qtbot.keyClicks(dialog.legal_name, "Maria Garcia")  # QTest types ASCII only
        assert dialog.sort_as.placeholderText() == "Garcia"
        dialog.legal_name.setText("María García López")
        assert dialog.sort_as.text() == "" and dialog.sort_as.placeholderText() == "García López"
        dialog.date_of_birth.setText("02/03/1980")
        dialog.save_button.click()
        wait_ops(qtbot)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    finally:
        dates.set_practice_locale(None)
    assert [c.sort_as for c in clients.list_clients(vault)] == ["García López", ""]
    assert _listed(unlocked_app, qtbot) == ["María García López", "Hugo Herrera"]


def test_choosing_spanish_letters_in_an_english_practice_proposes_both_surnames(unlocked_app: AppController,
                                                                                qtbot) -> None:
    """A US practice writing English, a client who reads Spanish (walker wspanish S2, round 43): her
    chart was filed under López, her mother's surname. Choosing Spanish under "Letters in" changes
    the grey proposal at once, and the chart is saved under it."""
    vault = unlocked_app.vault
    assert vault is not None
    clients.create_client(vault, "Hugo Herrera", date_of_birth="1980-01-01")
    dialog = _new_client_form(unlocked_app, qtbot)
    dialog.legal_name.setText("María García López")
    assert dialog.sort_as.placeholderText() == "López"  # English letters: the last word, as before
    dialog.letters_in.setCurrentIndex(dialog.letters_in.findData("es"))
    assert dialog.sort_as.text() == "" and dialog.sort_as.placeholderText() == "García López"
    dialog.letters_in.setCurrentIndex(dialog.letters_in.findData("en"))
    assert dialog.sort_as.placeholderText() == "López"
    dialog.letters_in.setCurrentIndex(dialog.letters_in.findData("es"))
    dialog.date_of_birth.setText("02/03/1980")
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert [c.sort_as for c in clients.list_clients(vault)] == ["García López", ""]
    assert _listed(unlocked_app, qtbot) == ["María García López", "Hugo Herrera"]


def test_client_details_change_what_the_list_files_a_chart_under(unlocked_app: AppController, qtbot,
                                                                  spanish: None) -> None:
    vault = unlocked_app.vault
    assert vault is not None
    maria = clients.create_client(vault, "María García López", date_of_birth="1980-01-01")
    clients.create_client(vault, "Hugo Herrera", date_of_birth="1980-01-01")
    assert _listed(unlocked_app, qtbot) == ["Hugo Herrera", "María García López"]  # López after Herrera
    dialog = ClientDetailsDialog(unlocked_app, clients.get_client(vault, maria.client_id),
                                 parent=unlocked_app.main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ops(qtbot)
    assert _label_of(dialog, dialog.sort_as).replace("&", "") == "Ordenar como:"
    assert dialog.sort_as.text() == "" and dialog.sort_as.placeholderText() == "López"  # as it is listed now
    dialog.sort_as.setFocus()
    qtbot.keyClicks(dialog.sort_as, "Garc")
    dialog.sort_as.insert("ía López")  # QTest types ASCII only
    dialog.save_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert clients.get_client(vault, maria.client_id).sort_as == "García López"
    assert _listed(unlocked_app, qtbot) == ["María García López", "Hugo Herrera"]
