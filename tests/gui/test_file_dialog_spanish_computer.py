"""The file dialogs' side list named the computer "Equipo" in Spanish (Qt's own Spanish, Spain's
word; found saving the Emergency Kit from the creation wizard on a Spanish screen): the app's
Spanish is for therapists in the United States, who say "computadora", as every screen does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListView

from vault_app.gui import file_dialogs, i18n


def _side_list(dialog: QFileDialog) -> list[str]:
    side = dialog.findChild(QListView, "sidebar")
    assert side is not None, "Qt's own dialog has its side list"
    model = side.model()
    return [str(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)) for row in range(model.rowCount())]


def test_the_side_list_says_computadora(qtbot, tmp_path) -> None:
    assert i18n.install("es") == "es"
    try:
        dialog = file_dialogs.prepared(QFileDialog(None, "Guardar", str(tmp_path), "PDF (*.pdf)"))
        qtbot.addWidget(dialog)
        dialog.setSidebarUrls(dialog.sidebarUrls())  # the list as Qt builds it, names read afresh
        qtbot.waitUntil(lambda: "Computadora" in _side_list(dialog))
        assert "Equipo" not in _side_list(dialog)
    finally:
        i18n.install("en")


def test_qt_own_questions_say_archivo() -> None:
    """Qt's own Spanish asks "El fichero %1 ya existe" before a save replaces a file."""
    from PySide6.QtCore import QCoreApplication

    assert i18n.install("es") == "es"
    try:
        said = [QCoreApplication.translate("QFileDialog", source) for source in file_dialogs.QT_WORDS_OVERRIDDEN[1]]
        assert said == ["El archivo %1 ya existe.\n¿Desea reemplazarlo?",
                        "%1\nNo se encontró el archivo.\nCompruebe que el nombre del archivo es correcto.",
                        "Todos los archivos (*)"]
    finally:
        i18n.install("en")
