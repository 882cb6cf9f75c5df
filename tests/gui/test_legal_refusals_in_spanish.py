"""The legal side's forms refused in Spanish: an authorization lacking an element, a
revocation dated before the signing, a restriction's recipient with a pasted direction mark.
Each refusal comes from the real services on a real vault, is said under the form in Spanish
(gui/refusal_words_legal.py by its code, es.ts's "RefusalWordsLegal"), and the keyboard goes to
the field the refusal names, not found by its English words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QWidget

from tests.core import disclosure_fixtures as fx
from tests.gui.auth_helpers import fill_authorization, signed_scan
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from tests.gui.test_restrictions_gui import _panel
from vault_app.gui.auth_dialog import AuthorizationDialog
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date
from vault_app.gui.restriction_dialogs import RestrictionRequestDialog
from vault_app.gui.revocation_dialog import RevocationDialog
from vault_app.services import authorizations, restrictions

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("us_practice")]

WHOLE_FORM_NEEDED = ("Una autorización a la que le falta un elemento o una declaración esencial no es válida; "
                     "consiga un formulario completo y firmado.")


def _keyboard_on(qtbot, field: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=10_000)


@dataclass(frozen=True)
class Lacking:
    name: str
    spoil: Callable[[AuthorizationDialog], None]
    field: str  # the dialog's widget that gets the keyboard
    said: str  # the Spanish, as es.ts has it


AUTHORIZATION_FORM = [
    Lacking("no recipient", lambda d: d.recipient.clear(), "recipient",
            "A la autorización le falta un elemento obligatorio (45 CFR 164.508(c)): el nombre del destinatario. "
            + WHOLE_FORM_NEEDED),
    Lacking("no recipient, no statement on revoking",
            lambda d: (d.recipient.clear(), d.statement_revoke.setChecked(False)), "recipient",
            "A la autorización le faltan elementos obligatorios (45 CFR 164.508(c)): el nombre del destinatario y "
            "1 más. " + WHOLE_FORM_NEEDED),
    Lacking("no recipient, no scan", lambda d: (d.recipient.clear(), setattr(d, "scan_path", None)), "recipient",
            "A la autorización le falta un elemento obligatorio (45 CFR 164.508(c)): el nombre del destinatario. "
            "También falta la copia escaneada del formulario firmado. " + WHOLE_FORM_NEEDED),
    Lacking("psychotherapy notes with progress notes", lambda d: d.cover_psychotherapy.setChecked(True),
            "cover_progress",
            "Una autorización para notas de psicoterapia no puede combinarse con ninguna otra autorización "
            "(45 CFR 164.508(b)(3)(ii)); esta cubre también otra información. Registre dos autorizaciones "
            "separadas: una solo para las notas de psicoterapia y otra para lo demás."),
]


@pytest.mark.parametrize("lacking", AUTHORIZATION_FORM, ids=[c.name for c in AUTHORIZATION_FORM])
def test_an_incomplete_authorization_is_refused_in_spanish_at_its_field(
        unlocked_app: AppController, qtbot, spanish: None, tmp_path: Path, lacking: Lacking) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Ana Autoriza")
    scan = signed_scan(tmp_path, "formulario-firmado.pdf")
    dialog = window.chart.authorizations.add()
    assert isinstance(dialog, AuthorizationDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle().startswith("Registrar una autorización")  # the form itself is in Spanish
    fill_authorization(dialog, scan)
    lacking.spoil(dialog)
    dialog.activateWindow()
    dialog.signer_name.setFocus()  # elsewhere: the refusal must move the keyboard
    _keyboard_on(qtbot, dialog.signer_name)
    dialog.save()
    wait_ops(qtbot)
    assert dialog.message.text() == lacking.said
    assert dialog.isVisible()
    _keyboard_on(qtbot, getattr(dialog, lacking.field))
    assert authorizations.list_authorizations(vault, client_id) == []  # nothing recorded, nothing lost
    assert dialog.description.text() == "Progress notes from March 2024"
    dialog.reject()


def test_a_revocation_before_the_signing_is_refused_in_spanish(unlocked_app: AppController, qtbot,
                                                               spanish: None) -> None:
    window, vault = unlocked_app.main_window, unlocked_app.vault
    assert window is not None and vault is not None
    client_id = add_client(unlocked_app, qtbot, name="Rea Revoca")
    auth = fx.add_auth(vault, client_id)
    tab = window.chart.authorizations
    window.chart.tabs.setCurrentWidget(tab)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=10_000)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    dialog = tab.revoke()
    assert isinstance(dialog, RevocationDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle().startswith("Registrar una revocación")
    dialog.received.setDate(QDate(auth.signed_on.year, auth.signed_on.month, auth.signed_on.day).addDays(-1))
    dialog.activateWindow()
    dialog.accept()
    wait_ops(qtbot)
    assert dialog.message.text() == (
        "La fecha de revocación es anterior a la firma de la autorización. Indique el día en que llegó la "
        f"revocación por escrito: el {show_date(auth.signed_on)} o después.")
    assert dialog.isVisible()
    _keyboard_on(qtbot, dialog.received)
    assert authorizations.get_authorization(vault, auth.id).revocation is None
    dialog.reject()


def test_a_restriction_s_recipient_with_a_direction_mark_is_refused_in_spanish(unlocked_app: AppController, qtbot,
                                                                              spanish: None) -> None:
    """Refused by the core's name check (one code for every name), named by the legal book's field."""
    chart, panel = _panel(unlocked_app, qtbot)
    vault = unlocked_app.vault
    assert vault is not None
    dialog = panel.add()
    assert isinstance(dialog, RestrictionRequestDialog)
    qtbot.waitExposed(dialog)
    dialog.description.setText("que no envíen mis notas a mi empleador")
    dialog.recipient.setText("Dr. \u202eZ\u202c Empleador")  # pasted from a web page, with a direction override
    dialog.agreed.setChecked(True)
    dialog.activateWindow()
    dialog.description.setFocus()
    _keyboard_on(qtbot, dialog.description)
    dialog.save()
    wait_ops(qtbot)
    assert dialog.message.text() == (
        "El destinatario contiene un carácter que cambia la dirección del texto (puede hacer que se muestre en "
        "otro orden). Vuelva a escribir el texto sin ese carácter; si lo pegó, péguelo como texto sin formato.")
    assert dialog.isVisible()
    _keyboard_on(qtbot, dialog.recipient)
    assert restrictions.list_restrictions(vault, chart.client_id) == []
    assert dialog.description.text() == "que no envíen mis notas a mi empleador"
    dialog.reject()
