"""Translations through Qt's machinery, read from Qt Linguist .ts files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import TsTranslator

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context><name>UnlockWindow</name>
  <message><source>Unlock</source><translation>Desbloquear</translation></message>
  <message><source>Quit</source><translation type="unfinished">Salir</translation></message>
</context>
</TS>"""


def test_finished_translations_answer_and_the_rest_falls_back_to_english(qtbot: object) -> None:
    translator = TsTranslator.from_ts(TS)
    app = QCoreApplication.instance()
    assert app is not None and len(translator) == 1
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("UnlockWindow", "Unlock") == "Desbloquear"
        assert QCoreApplication.translate("UnlockWindow", "Quit") == "Quit"
        assert QCoreApplication.translate("MainWindow", "Unlock") == "Unlock"
    finally:
        app.removeTranslator(translator)


def test_the_unlock_main_window_and_note_editor_speak_spanish(unlocked_app: object, qtbot: object) -> None:
    from PySide6.QtWidgets import QMenu

    from tests.gui.test_chart import add_client
    from vault_app.gui import i18n
    from vault_app.gui.controller import AppController
    from vault_app.gui.unlock import UnlockWindow

    assert isinstance(unlocked_app, AppController)
    assert i18n.install("es") == "es"
    try:
        unlock = UnlockWindow(unlocked_app.folder)
        qtbot.addWidget(unlock)  # type: ignore[attr-defined]
        assert unlock.windowTitle() == "Desbloquear la bóveda"
        assert unlock.unlock_button.text() == "Desbloquear"

        window = unlocked_app.main_window
        assert window is not None
        add_client(unlocked_app, qtbot)
        editor = window.chart.new_note()
        assert editor is not None
        assert editor.windowTitle().startswith("Nota de evolución")
        assert editor.sign_button.text() == "Firmar y cerrar"
        editor.close()
        # Menus are built with the window: a second one, built with the translator installed,
        # is looked at and dropped (never closed: closing the main window means Quit).
        fresh = type(window)(unlocked_app)
        titles = [m.title() for m in fresh.menuBar().findChildren(QMenu)]
        assert "&Bóveda" in titles and "&Clientes" in titles
        fresh.deleteLater()
    finally:
        assert i18n.install("en") == "en"
    assert QCoreApplication.translate("UnlockWindow", "Unlock") == "Unlock"


def test_every_spanish_translation_is_finished() -> None:
    from importlib import resources

    text = resources.files("vault_app.gui.translations").joinpath("es.ts").read_text("utf-8")
    assert 'type="unfinished"' not in text
    assert len(TsTranslator.from_ts(text)) >= 80
