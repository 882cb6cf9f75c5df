"""No question box of the app answers a letter typed alone. Qt's own QMessageBox clicks a
button on its bare mnemonic letter ("&Yes" on "y"): found in the real app, words typed just as a
box appeared answered it (a form closed, what was typed lost; a copy saved out of the vault).
A box with a choice is an AnsweredByAlt (gui/confirm.py: ask_yes_no, confirm, notice); the
source of vault_app/gui is swept for the ways around it, as test_form_mnemonics and
test_faint_letters sweep it for letters: Qt's static question/warning/critical/information with
a choice, a bare QMessageBox given more than one button, a QMessageBox subclass of its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import vault_app.gui

GUI = Path(vault_app.gui.__file__).parent
STATIC = {"question", "warning", "critical", "information"}
ONE_BUTTON = {"Ok", "NoButton"}  # a lone OK: no letter, nothing to choose


def _buttons_named(node: ast.AST) -> set[str]:
    return {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)
            and isinstance(n.value, ast.Attribute) and n.value.attr == "StandardButton"}


def _is_qmessagebox(node: ast.AST) -> bool:
    return isinstance(node, ast.Name) and node.id == "QMessageBox"


def _gives_buttons(scope: ast.AST) -> bool:
    """More than one button given in `scope`: addButton, or standard buttons or'ed together."""
    for n in ast.walk(scope):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "addButton":
            return True
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr) and _buttons_named(n):
            return True
    return False


def offenders(source: str, name: str = "<snippet>") -> list[str]:
    tree = ast.parse(source)
    found: list[str] = []
    for scope in ast.walk(tree):
        if isinstance(scope, ast.ClassDef) and scope.name != "AnsweredByAlt" \
                and any(_is_qmessagebox(b) for b in scope.bases):
            found.append(f"{name}:{scope.lineno}: class {scope.name}(QMessageBox), not an AnsweredByAlt")
        if not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef | ast.Module):
            continue
        for call in ast.walk(scope):
            if not isinstance(call, ast.Call):
                continue
            func = call.func
            if isinstance(func, ast.Attribute) and _is_qmessagebox(func.value) and func.attr in STATIC:
                chosen = _buttons_named(call) - ONE_BUTTON
                if func.attr == "question" or chosen:  # question's buttons are Yes and No by default
                    found.append(f"{name}:{call.lineno}: QMessageBox.{func.attr}(…) with a choice: use "
                                 "confirm.ask_yes_no or confirm.confirm")
            elif _is_qmessagebox(func) and not isinstance(scope, ast.Module) and _gives_buttons(scope):
                found.append(f"{name}:{call.lineno}: QMessageBox(…) with buttons to choose from: "
                             "use confirm.AnsweredByAlt")
    return sorted(set(found))


def test_no_box_of_the_app_answers_a_bare_letter() -> None:
    found: list[str] = []
    for path in sorted(GUI.rglob("*.py")):
        found += offenders(path.read_text(encoding="utf-8"), str(path.relative_to(GUI)))
    assert found == [], "\n".join(found)


FLAGGED = [
    "def f(self):\n    QMessageBox.question(self, 'Remove?', 'Remove it?')\n",
    "def f(self):\n    QMessageBox.warning(self, 't', 'x', QMessageBox.StandardButton.Save"
    " | QMessageBox.StandardButton.Discard)\n",
    "def f(self):\n    QMessageBox.critical(self, 't', 'x', buttons=QMessageBox.StandardButton.Retry)\n",
    "def f(self):\n    QMessageBox.information(self, 't', 'x', QMessageBox.StandardButton.Yes,"
    " QMessageBox.StandardButton.No)\n",
    "def f(self):\n    box = QMessageBox(self)\n    box.addButton('Go', QMessageBox.ButtonRole.AcceptRole)\n"
    "    box.addButton('Stay', QMessageBox.ButtonRole.RejectRole)\n",
    "def f(self):\n    box = QMessageBox(QMessageBox.Icon.Question, 't', 'x', QMessageBox.StandardButton.Yes"
    " | QMessageBox.StandardButton.No, self)\n",
    "class Mine(QMessageBox):\n    pass\n",
]
PASSED = [
    "def f(self):\n    QMessageBox.warning(self, 't', 'x')\n",
    "def f(self):\n    QMessageBox.information(self, 't', 'x', QMessageBox.StandardButton.Ok)\n",
    "def f(self):\n    box = QMessageBox(self)\n    box.setText('Done')\n    box.open()\n",
    "def f(self):\n    box = AnsweredByAlt(self)\n    box.setStandardButtons(QMessageBox.StandardButton.Yes"
    " | QMessageBox.StandardButton.No)\n",
    "def f(self):\n    ask_yes_no(self, 'Remove?', 'Remove it?')\n",
    "class AnsweredByAlt(QMessageBox):\n    pass\n",
]


@pytest.mark.parametrize("source", FLAGGED)
def test_the_sweep_finds_a_box_that_answers_a_bare_letter(source: str) -> None:
    assert offenders(source)


@pytest.mark.parametrize("source", PASSED)
def test_the_sweep_lets_a_box_without_a_choice_or_answered_by_alt_be(source: str) -> None:
    assert offenders(source) == []
