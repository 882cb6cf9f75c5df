"""The scan behind test_all_text_translatable: which call arguments are words on screen, and
which of them are bare English literals or dates written by hand. See that test's docstring."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from tests import source_trees

GUI = Path(__file__).resolve().parents[2] / "vault_app" / "gui"

ALL = "*"  # every positional argument (and list items) is text: addAction(icon, text), hbox(...)

# Qt callables -> positions (or ALL) and keywords of their user-facing text.
TEXT_ARGS: dict[str, tuple[object, tuple[str, ...]]] = {
    # constructors
    "QLabel": ((0,), ("text",)),
    "QPushButton": (ALL, ("text",)),
    "QToolButton": ((), ("text",)),
    "QCheckBox": ((0,), ("text",)),
    "QRadioButton": ((0,), ("text",)),
    "QGroupBox": ((0,), ("title",)),
    "QCommandLinkButton": ((0, 1), ("text", "description")),
    "QAction": (ALL, ("text",)),
    "QMenu": ((0,), ("title",)),
    "QProgressDialog": ((0, 1), ("labelText", "cancelButtonText")),
    "QMessageBox": ((1, 2), ("title", "text")),  # QMessageBox(icon, title, text, buttons, parent)
    "QWizardPage": ((), ()),
    # setters
    "setText": ((-1,), ("text",)),  # QLabel.setText(text), QTreeWidgetItem.setText(column, text)
    "setWindowTitle": ((0,), ()),
    "setTitle": ((0,), ()),
    "setSubTitle": ((0,), ()),
    "setToolTip": ((-1,), ()),
    "setStatusTip": ((0,), ()),
    "setWhatsThis": ((0,), ()),
    "setPlaceholderText": ((0,), ()),
    "setInformativeText": ((0,), ()),
    "setDetailedText": ((0,), ()),
    "setSpecialValueText": ((0,), ()),
    "setLabelText": ((0,), ()),
    "setCancelButtonText": ((0,), ()),
    "setButtonText": ((1,), ()),
    "setTabText": ((1,), ()),
    "setTabToolTip": ((1,), ()),
    "setHorizontalHeaderLabels": (ALL, ()),
    "setVerticalHeaderLabels": (ALL, ()),
    "setHeaderLabels": (ALL, ()),
    "setHeaderLabel": ((0,), ()),
    "setFormat": ((0,), ()),
    "showMessage": ((0,), ()),
    "addTab": ((-1,), ()),
    "insertTab": ((-1,), ()),
    "addAction": (ALL, ("text",)),
    "addMenu": (ALL, ("title",)),
    "addItem": ((0,), ("text",)),  # addItem(text, data) / addItem(icon, text) handled below
    "addItems": (ALL, ()),
    "insertItem": ((1,), ()),
    "setItemText": ((1,), ()),
    "addButton": ((0,), ("text",)),
    "addRow": ((0,), ()),
    "addSection": ((0,), ()),
    "drawText": ((-1,), ("text",)),  # QPainter.drawText(rect, flags, text)
    # the standard dialogs: (parent, title, text/label, ...)
    "information": ((1, 2), ("title", "text")),
    "warning": ((1, 2), ("title", "text")),
    "critical": ((1, 2), ("title", "text")),
    "question": ((1, 2), ("title", "text")),
    "about": ((1, 2), ("title", "text")),
    "getText": ((1, 2), ("title", "label")),
    "getInt": ((1, 2), ("title", "label")),
    "getDouble": ((1, 2), ("title", "label")),
    "getItem": ((1, 2), ("title", "label")),
    "getMultiLineText": ((1, 2), ("title", "label")),
    "getOpenFileName": ((1,), ("caption",)),
    "getOpenFileNames": ((1,), ("caption",)),
    "getSaveFileName": ((1,), ("caption",)),
    "getExistingDirectory": ((1,), ("caption",)),
    # what a screen reader says for a widget: heard, so translated like what is seen
    "setAccessibleName": ((0,), ()),
    "setAccessibleDescription": ((0,), ()),
}

# Our own builders that put an argument on screen (gui/forms.py, widgets.py, confirm.py, ...).
HELPERS: dict[str, tuple[object, tuple[str, ...]]] = {
    "wrapped_label": ((0,), ("text",)),
    "empty_note": ((0,), ("text",)),
    "make_tree": ((0, 1), ("headers", "name")),
    "action_buttons": ((1,), ("label",)),
    "line_edit": ((1, 2), ("name", "placeholder")),
    "hbox": (ALL, ()),
    "confirm": ((1, 2, 3, 4), ("title", "question", "summary", "accept_text", "warnings")),
    "PassphraseField": ((0, 1), ("placeholder", "accessible_name")),
    "bind_to_chart": ((2,), ("base_title",)),
    "chart_title": ((0,), ("base",)),
    "open_file": ((1,), ("caption",)),
    "save_file": ((1,), ("caption",)),
    "existing_directory": ((1,), ("caption",)),
    # controller.op(parent, job, label="Saving…"): the busy window's words
    "op": ((), ("label",)),
    "query": ((), ("label",)),
    "run_op": ((), ("label",)),
    "add_row": ((1,), ("values",)),
    "label": ((0,), ("text",)),  # the screens' short names for wrapped_label
    "_label": ((0,), ("text",)),
    # builders whose argument ends in setAccessibleName: what the screen reader says
    "choice_box": ((2,), ("name",)),
    "date_picker": ((0,), ("name",)),
    "date_edit": ((0,), ("name",)),
    "_date_edit": ((0,), ("name",)),
    "OptionalDateField": ((0,), ("name",)),
    "TimeField": ((1,), ("name",)),
    "text_box": ((0,), ("name",)),
    "radio_row": ((1,), ("name",)),
    "Card": ((0,), ("title",)),
    "_spin": ((2,), ("name",)),
    "_pin_edit": ((0,), ("name",)),
    "_with_button": ((2,), ("name",)),
    "QTreeWidgetItem": ((0,), ()),
    "QTableWidgetItem": ((0,), ()),
    "QListWidgetItem": ((0,), ()),
}

# Calls that are not text sinks even though they share a name with one (a dict's addItem...).
NOT_QT_RECEIVERS = {"log", "logger", "logging", "warnings"}

TRANSLATORS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
DATED = re.compile(r"(date|day|_at$|^at$|when|moment|time|stamp|until|since|due)", re.IGNORECASE)
# gui/practice_clock.py's moment_shown and moment_here write a moment through gui/dates, whose clock named.
DISPLAY_FORMATTERS = {"show_date", "show_datetime", "show_time", "show_moment", "moment_shown", "moment_here"}


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.what}"


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _receiver(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id
    return ""


_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;")


def _has_letters(text: str) -> bool:
    """Words a person reads; HTML tags and entities alone ("<b>{name}</b>") are not words."""
    return any(ch.isalpha() for ch in _MARKUP.sub("", text))


class _Scope:
    """Bare literals assigned to each name in one function (or at module level)."""

    def __init__(self, body: list[ast.stmt]) -> None:
        self.assigned: dict[str, list[ast.expr]] = {}
        stack: list[ast.AST] = list(body)
        while stack:
            sub = stack.pop()
            if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue  # a nested function's names are its own
            if isinstance(sub, ast.Assign):
                for target in sub.targets:
                    if isinstance(target, ast.Name):
                        self.assigned.setdefault(target.id, []).append(sub.value)
            elif isinstance(sub, (ast.AnnAssign, ast.AugAssign)) and isinstance(sub.target, ast.Name) \
                    and sub.value is not None:
                self.assigned.setdefault(sub.target.id, []).append(sub.value)
            elif isinstance(sub, ast.For) and isinstance(sub.iter, (ast.List, ast.Tuple)):
                # for widget, name in ((self.pin, "PIN"), ...): widget.setAccessibleName(name)
                self._bind_loop(sub.target, sub.iter.elts)
            elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) \
                    and sub.func.attr in ("append", "extend", "insert") and isinstance(sub.func.value, ast.Name):
                # lines.append("...") then label.setText("\n".join(lines))
                self.assigned.setdefault(sub.func.value.id, []).extend(sub.args[-1:])
            stack.extend(ast.iter_child_nodes(sub))


    def _bind_loop(self, target: ast.expr, items: list[ast.expr]) -> None:
        """The values a loop over a literal list gives each name of its target."""
        if isinstance(target, ast.Name):
            self.assigned.setdefault(target.id, []).extend(items)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for index, part in enumerate(target.elts):
                self._bind_loop(part, [item.elts[index] for item in items
                                       if isinstance(item, (ast.Tuple, ast.List)) and index < len(item.elts)])


class _Scanner:
    def __init__(self, file: str, tree: ast.Module) -> None:
        self.file = file
        self.findings: list[Finding] = []
        self.module_scope = _Scope(tree.body)
        self.tree = tree
        self.aliases: dict[str, str] = {}

    def run(self) -> list[Finding]:
        # `from vault_app.gui.widgets import wrapped_label as label`: the helper under its local name
        for node in source_trees.walk(self.tree):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.asname and alias.name in TEXT_ARGS | HELPERS:
                        self.aliases[alias.asname] = alias.name
        self._visit_body(self.tree.body, [self.module_scope])
        return self.findings

    def _visit_body(self, body: list[ast.stmt], scopes: list[_Scope]) -> None:
        for stmt in body:
            self._visit(stmt, scopes)

    def _visit(self, node: ast.AST, scopes: list[_Scope]) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            inner = [*scopes, _Scope(node.body)]
            for stmt in node.body:
                self._visit(stmt, inner)
            return
        if isinstance(node, ast.Call):
            self._check_call(node, scopes)
        for child in ast.iter_child_nodes(node):
            self._visit(child, scopes)

    # -- which arguments of a call are text on screen --------------------------------------
    def _text_args(self, call: ast.Call) -> list[ast.expr]:
        name = _call_name(call)
        name = self.aliases.get(name, name)
        if _receiver(call) in NOT_QT_RECEIVERS:
            return []
        spec = TEXT_ARGS.get(name) or HELPERS.get(name)
        if spec is None:
            return []
        positions, keywords = spec
        args = [a for a in call.args if not isinstance(a, ast.Starred)]
        picked: list[ast.expr] = []
        if positions == ALL:
            picked = list(args)
        else:
            assert isinstance(positions, tuple)
            for pos in positions:
                if -len(args) <= pos < len(args):
                    picked.append(args[pos])
        if name in ("addItem", "addButton") and args and not _is_stringish(args[0]) and len(args) > 1:
            picked = [args[1]]  # addItem(icon, text): the text is second
        if name == "QMenu" and args and not _is_stringish(args[0]):
            picked = []  # QMenu(parent)
        picked += [kw.value for kw in call.keywords if kw.arg in keywords]
        return picked

    def _check_call(self, call: ast.Call, scopes: list[_Scope]) -> None:
        name = _call_name(call)
        if name == "setDisplayFormat" and call.args and self._fixed_format(call.args[0], scopes):
            # a date field written "yyyy-MM-dd" whatever the practice: qt_date_format() instead
            self.findings.append(Finding(
                self.file, call.lineno, f"date formatted by hand ({_show(call.args[0])}) in {name}(): use gui/dates"))
        for arg in self._text_args(call):
            for bad in self._bare_literals(arg, scopes, depth=0):
                self.findings.append(Finding(self.file, bad.lineno, f"untranslated text {_show(bad)} in {name}()"))
            for dated in self._hand_dates(arg, scopes, depth=0):
                self.findings.append(Finding(
                    self.file, dated.lineno, f"date formatted by hand ({_show(dated)}) in {name}(): use gui/dates"))

    def _fixed_format(self, expr: ast.expr, scopes: list[_Scope]) -> bool:
        """A literal pattern, directly or through a name (ISO = "yyyy-MM-dd")."""
        if isinstance(expr, ast.Constant):
            return isinstance(expr.value, str)
        if isinstance(expr, ast.Name):
            for scope in reversed(scopes):
                if expr.id in scope.assigned:
                    return any(isinstance(v, ast.Constant) for v in scope.assigned[expr.id])
        return False

    # -- bare literals -------------------------------------------------------------------
    def _bare_literals(self, expr: ast.expr, scopes: list[_Scope], depth: int) -> list[ast.expr]:
        if depth > 4:
            return []
        if isinstance(expr, ast.Constant):
            return [expr] if isinstance(expr.value, str) and _has_letters(expr.value) else []
        if isinstance(expr, ast.JoinedStr):
            literal = "".join(v.value for v in expr.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            found: list[ast.expr] = [expr] if _has_letters(literal) else []
            for value in expr.values:
                if isinstance(value, ast.FormattedValue):
                    found += self._bare_literals(value.value, scopes, depth + 1)
            return found
        if isinstance(expr, ast.BinOp):
            return self._bare_literals(expr.left, scopes, depth + 1) + (
                self._bare_literals(expr.right, scopes, depth + 1) if isinstance(expr.op, ast.Add) else [])
        if isinstance(expr, ast.IfExp):
            return [*self._bare_literals(expr.body, scopes, depth + 1),
                    *self._bare_literals(expr.orelse, scopes, depth + 1)]
        if isinstance(expr, ast.BoolOp):
            return [b for v in expr.values for b in self._bare_literals(v, scopes, depth + 1)]
        if isinstance(expr, (ast.List, ast.Tuple)):
            return [b for v in expr.elts for b in self._bare_literals(v, scopes, depth + 1)]
        if isinstance(expr, ast.Starred):
            return self._bare_literals(expr.value, scopes, depth + 1)
        if isinstance(expr, (ast.ListComp, ast.GeneratorExp)):
            return self._bare_literals(expr.elt, scopes, depth + 1)
        if isinstance(expr, ast.Call):
            func = expr.func
            name = _call_name(expr)
            if name in TRANSLATORS:
                return []
            # "Saved {}".format(x) / ", ".join([...]): the literal is the text itself
            if isinstance(func, ast.Attribute) and name in ("format", "join", "replace", "strip"):
                found = self._bare_literals(func.value, scopes, depth + 1)
                if name == "join":
                    found += [b for a in expr.args for b in self._bare_literals(a, scopes, depth + 1)]
                return found
            return []
        if isinstance(expr, ast.Name):
            found = []
            for scope in reversed(scopes):
                for value in scope.assigned.get(expr.id, []):
                    found += self._bare_literals(value, scopes, depth + 1)
                if expr.id in scope.assigned:
                    break
            return found
        return []

    # -- dates written by hand -------------------------------------------------------------
    def _hand_dates(self, expr: ast.expr, scopes: list[_Scope], depth: int) -> list[ast.expr]:
        if depth > 4:
            return []
        found: list[ast.expr] = []
        stack: list[ast.AST] = [expr]
        while stack:
            node = stack.pop()
            if isinstance(node, ast.Call):
                name = _call_name(node)
                if name in DISPLAY_FORMATTERS:
                    continue  # already the practice's way of writing it
                by_hand = name in ("strftime", "isoformat", "iso") or (
                    name == "replace" and [ast.unparse(x) for x in node.args[:1]] == ["'T'"])
                if by_hand or (name == "str" and node.args and _looks_dated(node.args[0])):
                    found.append(node)
                    continue  # once per expression: e.time[:19].replace("T", " ") is one finding
            elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice) and _looks_dated(node.value):
                found.append(node)  # b["created"][:16]: an ISO timestamp cut to length
                continue
            elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
                if "%" in ast.unparse(node.format_spec):
                    found.append(node)  # f"{day:%Y-%m-%d}"
            elif isinstance(node, ast.Name):  # born = day.isoformat(); ...f"born {born}"
                for scope in reversed(scopes):
                    for value in scope.assigned.get(node.id, []):
                        found += self._hand_dates(value, scopes, depth + 1)
                    if node.id in scope.assigned:
                        break
            stack.extend(ast.iter_child_nodes(node))
        return found


def _is_stringish(expr: ast.expr) -> bool:
    if isinstance(expr, (ast.Constant, ast.JoinedStr)):
        return isinstance(expr, ast.JoinedStr) or isinstance(expr.value, str)
    return isinstance(expr, ast.Call) and _call_name(expr) in TRANSLATORS | {"format"}


def _looks_dated(expr: ast.expr) -> bool:
    if isinstance(expr, ast.Name):
        return bool(DATED.search(expr.id))
    if isinstance(expr, ast.Attribute):
        return bool(DATED.search(expr.attr))
    if isinstance(expr, ast.Subscript) and isinstance(expr.slice, ast.Constant) and isinstance(expr.slice.value, str):
        return bool(DATED.search(expr.slice.value) or expr.slice.value in ("created", "completed", "on"))
    if isinstance(expr, ast.Call):
        return _call_name(expr) in ("today", "now", "date", "datetime", "fromisoformat")
    return False


def _show(node: ast.expr) -> str:
    text = ast.unparse(node)
    return text if len(text) <= 60 else text[:57] + "..."


def scan_source(source: str, file: str = "<test>") -> list[Finding]:
    return _Scanner(file, source_trees.parse(source)).run()


def scan_file(path: Path) -> list[Finding]:
    return scan_source(path.read_text("utf-8"), path.name)


def gui_files() -> list[Path]:
    return sorted(p for p in GUI.glob("*.py"))
