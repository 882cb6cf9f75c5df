"""A Spanish start (VAULT_APP_LANGUAGE=es): the translated screens speak Spanish, every other
screen opens in English without error, and dates stay in the practice's conventions.

The screens outside es.ts go through tr() too; the second test gives a few of them a Spanish
entry of their own to show the words really pass through Qt's translators (a screen whose text
bypassed tr() would stay English here)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_chart import add_client
from vault_app.domain.errors import WrongPassphrase
from vault_app.gui import i18n
from vault_app.gui.controller import AppController
from vault_app.gui.dates import show_date


@pytest.fixture
def spanish_app(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[AppController]:
    """The app started as a Spanish-speaking computer would start it (the launcher reads the
    variable); English again afterwards for the tests that follow."""
    monkeypatch.setenv("VAULT_APP_LANGUAGE", "es")
    try:
        controller = request.getfixturevalue("locked_app")
        assert isinstance(controller, AppController)
        yield controller
    finally:
        i18n.install("en")


def _spanish_screens(controller: AppController, client_id: str, parent: QWidget) -> dict[str, QWidget]:
    """Screens translated since (Help's windows, the accounting, the open export, a disclosure
    made outside the app), by the Spanish title they open with."""
    from vault_app.gui.about import AboutDialog, ShortcutsDialog
    from vault_app.gui.accounting_dialog import AccountingDialog
    from vault_app.gui.manual_disclosure import ManualDisclosureDialog
    from vault_app.gui.open_export_dialog import OpenExportDialog

    return {
        "Atajos de teclado": ShortcutsDialog(parent),
        "Registro de divulgaciones": AccountingDialog(controller, client_id, parent),
        "Exportación abierta completa — Therapy Vault": OpenExportDialog(controller, client_id, parent),
        "Registrar una divulgación hecha fuera de la aplicación": ManualDisclosureDialog(controller, client_id, parent),
        "Acerca de": AboutDialog(parent),
    }


def test_a_spanish_start_translates_its_screens(
    spanish_app: AppController, qtbot: object
) -> None:
    unlock_window = spanish_app.unlock_window
    assert unlock_window is not None
    assert unlock_window.windowTitle() == "Desbloquear la bóveda"
    assert unlock_window.unlock_button.text() == "&Desbloquear"  # with its Alt letter

    window = unlock(spanish_app, qtbot)
    assert "&Bóveda" in [m.title() for m in window.menuBar().findChildren(QMenu)]
    client_id = add_client(spanish_app, qtbot)
    editor = window.chart.new_note()
    assert editor is not None
    assert editor.sign_button.text().replace("&", "") == "Firmar y sellar"
    editor.close()
    # Translated since this round (the Backups screen): it opens in Spanish.
    from vault_app.gui.backups import BackupsDialog

    backups = BackupsDialog(spanish_app, window)
    backups.show()
    wait_ops(qtbot)
    assert backups.windowTitle().startswith("Copias de seguridad"), backups.windowTitle()
    backups.close()
    backups.deleteLater()
    # The confidentiality decision (its trigger, review and signed pages) opens in Spanish too.
    from vault_app.gui.decision_dialog import DecisionDialog

    decision = DecisionDialog(spanish_app, client_id, parent=window)
    decision.show()
    wait_ops(qtbot)
    assert decision.windowTitle().startswith("Decisión de confidencialidad"), decision.windowTitle()
    decision.close()
    decision.deleteLater()
    # The Legal holds window, its reasons named in Spanish.
    from vault_app.gui.holds_dialog import HoldsDialog

    holds = HoldsDialog(spanish_app, client_id, window)
    holds.show()
    wait_ops(qtbot)
    assert holds.windowTitle() == "Retenciones legales"
    assert holds.reason.itemText(0) == "Citación judicial" and holds.reason.itemData(0) == "subpoena"
    holds.close()
    holds.deleteLater()
    # The import wizard too (its pages: source, dry run, progress, report).
    from vault_app.gui.import_wizard import ImportWizard

    importing = ImportWizard(spanish_app, client_id, window)
    importing.show()
    wait_ops(qtbot)
    assert importing.windowTitle() == "Importar — Therapy Vault", importing.windowTitle()
    importing.close()
    importing.deleteLater()

    screens = _spanish_screens(spanish_app, client_id, window)
    for spanish_title, screen in screens.items():
        screen.show()
        wait_ops(qtbot)  # each screen's first query runs and fills it in, with no error dialog
        assert screen.windowTitle().startswith(spanish_title), (spanish_title, screen.windowTitle())
    errors = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
    assert not errors, [e.windowTitle() for e in errors]
    for screen in screens.values():
        screen.close()
        screen.deleteLater()
    wait_ops(qtbot)

    # A Spanish interface does not change how the practice writes dates (en_US by default).
    assert show_date(date(2026, 12, 1)) == "12/01/2026"


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context><name>HoldsDialog</name>
  <message><source>Legal holds</source><translation>Retenciones legales</translation></message>
  <message><source>Placed</source><translation>Puesta</translation></message>
</context>
<context><name>StrengthMeter</name>
  <message><source>Too weak</source><translation>Demasiado débil</translation></message>
  <message><source>Use at least {0} characters; four or more words is better.</source>
    <translation>Use al menos {0} caracteres; cuatro palabras o más es mejor.</translation></message>
</context>
<context><name>ErrorDialog</name>
  <message><source>Wrong passphrase</source><translation>Frase de contraseña incorrecta</translation></message>
</context>
<context><name>StepPage</name>
  <message><source>Not assessed</source><translation>Sin evaluar</translation></message>
</context>
</TS>"""


def test_the_other_screens_text_passes_through_the_translators(unlocked_app: AppController, qtbot: object) -> None:
    from vault_app.gui.background import show_error
    from vault_app.gui.decision_pages import TRISTATE
    from vault_app.gui.holds_dialog import HoldsDialog
    from vault_app.gui.passphrase import StrengthMeter

    translator = i18n.TsTranslator.from_ts(TS)
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        holds = HoldsDialog(unlocked_app)
        qtbot.addWidget(holds)  # type: ignore[attr-defined]
        assert holds.windowTitle() == "Retenciones legales"
        assert holds.tree.headerItem().text(3) == "Puesta"
        assert holds.tree.headerItem().text(4) == "Released"  # no entry: English, no error

        meter = StrengthMeter()
        qtbot.addWidget(meter)  # type: ignore[attr-defined]
        meter.update_for("short")
        assert meter.label.text() == ("<b>Demasiado débil.</b> "
                                      "Use al menos 8 caracteres; cuatro palabras o más es mejor.")
        assert meter.strength.label == "Too weak"  # the estimate itself stays English (pure, tested as such)

        # Marked at module level, translated where shown.
        assert QCoreApplication.translate("StepPage", TRISTATE[0][1]) == "Sin evaluar"

        host = QWidget()
        qtbot.addWidget(host)  # type: ignore[attr-defined]
        show_error(host, WrongPassphrase("That passphrase is not right."))
        box = host.findChild(QMessageBox, "errorDialog")
        assert box is not None
        assert box.windowTitle() == "Frase de contraseña incorrecta"
        box.close()
    finally:
        app.removeTranslator(translator)
    wait_ops(qtbot)
