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
