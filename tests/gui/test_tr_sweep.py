"""Issue 19 item 4: the words of the chart, agenda, billing, measure and disclosure screens go
through Qt's translation machinery. A source scan finds any literal or f-string handed
straight to a widget; a translator installed at run time changes what the screens say."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tests import source_trees
from tests.gui.conftest import wait_ops
from tests.gui.test_chart import add_client
from vault_app.gui.controller import AppController
from vault_app.gui.i18n import TsTranslator

pytestmark = pytest.mark.gui

GUI = Path(__file__).resolve().parents[2] / "vault_app" / "gui"
SWEPT = ("client_details", "client_dialog", "guardians_dialog", "plan_dialog", "basis_form", "disclosure_tabs",
         "requests_tab", "revocation_dialog",
         "export_wizard", "export_what_page", "export_what_gather", "chart_tabs", "history_tab", "agenda",
         "appointment_dialog",
         "session_dialog", "sessions_tab",
         "worklist", "measures_tab", "measure_dialog", "measure_chart", "fees_dialog", "account_dialog",
         "account_bills",
         "decision_list", "search_dialog", "date_field", "optional_date_field")

# Calls whose string arguments a person reads, and which of their arguments those are.
SINKS: dict[str, tuple[int, ...] | None] = {
    "setWindowTitle": None, "setText": None, "setPlaceholderText": None, "setToolTip": None,
    "setAccessibleName": None, "setTitle": None, "setSubTitle": None, "addRow": (0,), "addItem": (0,),
    "addTab": (1,), "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QGroupBox": (0,),
    "QRadioButton": (0,), "empty_note": (0,), "wrapped_label": (0,), "_label": (0,), "make_tree": None,
    "line_edit": (1, 2), "action_buttons": (1,), "setHeaderLabels": None, "setHorizontalHeaderLabels": None,
    "setSpecialValueText": None, "setSuffix": None, "bind_to_chart": (2,), "confirm": None,
    "OptionalDateField": (0,), "date_picker": (0,),
}


def _untranslated(source: str) -> list[tuple[int, str]]:
    """(line, text) of each literal or f-string with words in it, passed straight to a sink."""
    found = []

    def look(node: ast.AST) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if any(c.isalpha() for c in node.value):
                found.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            words = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            if sum(c.isalpha() for c in words) > 1:
                found.append((node.lineno, words))
        elif isinstance(node, (ast.List, ast.Tuple)):
            for element in node.elts:
                look(element)
        elif isinstance(node, ast.IfExp):
            look(node.body)
            look(node.orelse)
        elif isinstance(node, ast.BinOp):
            look(node.left)
            look(node.right)

    for node in source_trees.walk(source_trees.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in SINKS:
                wanted = SINKS[name]
                for i, arg in enumerate(node.args):
                    if wanted is None or i in wanted:
                        look(arg)
    return found


def test_no_words_reach_a_widget_without_tr() -> None:
    left = [f"{name}.py:{line}: {text!r}" for name in SWEPT
            for line, text in _untranslated((GUI / f"{name}.py").read_text("utf-8"))]
    assert left == []


def test_the_scan_sees_words_handed_straight_to_a_widget() -> None:
    source = ('label.setText("Saved")\nlabel.setText(self.tr("Saved"))\nform.addRow(f"{n} items:", w)\n'
              'make_tree(["Date", self.tr("Name")], "Notes")\nbox.setObjectName("calmNote")\n')
    assert _untranslated(source) == [(1, "Saved"), (3, " items:"), (4, "Date"), (4, "Notes")]


@pytest.fixture
def spanish_words() -> Iterator[None]:
    """A translator for a few of the swept screens' words, as a .ts file would give them."""
    translator = TsTranslator({
        ("ClientDialog", "Legal name:"): "Nombre legal:",
        ("ClientDialog", "Create chart"): "Crear expediente",
        ("OverviewTab", "Date of birth"): "Fecha de nacimiento",
        ("OverviewTab", "Edit plan…"): "Editar plan…",
        ("SessionsTab", "Progress notes ({count})"): "Notas de evolución ({count})",
        ("OptionalDateField", "not set"): "sin fecha",
    })
    app = QApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


def test_the_swept_screens_speak_the_installed_language(unlocked_app: AppController, qtbot,
                                                        spanish_words: None) -> None:
    from vault_app.gui.client_dialog import ClientDialog
    from vault_app.gui.optional_date_field import OptionalDateField

    window = unlocked_app.main_window
    assert window is not None
    dialog = ClientDialog(unlocked_app)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Nombre legal:" in labels and "Legal name:" not in labels
    assert dialog.save_button.text() == "Crear expediente"
    dialog.reject()
    field = OptionalDateField("x")
    qtbot.addWidget(field)
    assert QCoreApplication.translate("OptionalDateField", "not set") == "sin fecha"
    assert field.specialValueText() == "sin fecha"

    add_client(unlocked_app, qtbot)
    wait_ops(qtbot)
    chart = window.chart
    overview_labels = [label.text() for label in chart.overview.findChildren(QLabel)]
    assert "Fecha de nacimiento:" in overview_labels or any("Fecha de nacimiento" in t for t in overview_labels)
    assert any(b.text().replace("&", "") == "Editar plan…" for b in chart.overview.findChildren(QPushButton))
    assert chart.sessions.notes_label.text() == "Notas de evolución (0)"
