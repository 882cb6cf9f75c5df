"""Rows of a query are read by column name in storage/ and services/, never by position.

A positional read (`r[3]`) silently reads the wrong field when a SELECT gains or loses a
column; `r["legal_name"]` fails loudly instead (issue 16, item 4). The compartments'
connections hand out sqlite3.Row-style rows, so a name costs nothing to read. A
single-value query (count(*), a PRAGMA) goes through Compartment.scalar, the one place a
row is read by position.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests import source_trees

ROOT = Path(__file__).resolve().parents[2] / "vault_app"
SCANNED = [ROOT / "storage", ROOT / "services"]
# The one helper allowed to read a row by position: (file relative to vault_app, function).
ALLOWED = {("storage/compartment.py", "scalar")}
# Calls whose result is one row, and calls whose result is rows (a list or a cursor).
ONE_ROW_CALLS = {"query_one", "fetchone"}
ROWS_CALLS = {"query", "execute", "fetchall", "fetchmany"}
# Names that by this code base's convention hold one row, or rows, wherever they come from.
ROW_NAMES = {"r", "row", "fk"}
ROWS_NAMES = {"rows"}
ROW, ROWS = "row", "rows"


def _is_position(node: ast.expr) -> bool:
    """An integer index or a slice with integer bounds (`[0]`, `[-1]`, `[4:]`)."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
    if isinstance(node, ast.Constant):
        return isinstance(node.value, int) and not isinstance(node.value, bool)
    if isinstance(node, ast.Slice):
        bounds = [b for b in (node.lower, node.upper) if b is not None]
        return bool(bounds) and all(_is_position(b) for b in bounds)
    return False


class _Finder(ast.NodeVisitor):
    """Collects positional reads of rows, function by function."""

    def __init__(self, rel: str) -> None:
        self.rel = rel
        self.function = ""
        self.kinds: dict[str, str] = {}  # local name -> ROW or ROWS
        self.found: list[str] = []

    def _kind(self, node: ast.expr) -> str | None:
        """ROW when `node` is one row of a query, ROWS when it is several, else None."""
        if isinstance(node, ast.Name):
            if node.id in self.kinds:
                return self.kinds[node.id]
            return ROW if node.id in ROW_NAMES else ROWS if node.id in ROWS_NAMES else None
        if isinstance(node, ast.Subscript):  # rows[-1] is a row; a row's item is a value
            return ROW if self._kind(node.value) == ROWS and not isinstance(node.slice, ast.Slice) else None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            attr = node.func.attr
            return ROW if attr in ONE_ROW_CALLS else ROWS if attr in ROWS_CALLS else None
        return None

    def _bind(self, target: ast.expr, kind: str | None) -> None:
        if isinstance(target, ast.Name) and kind is not None:
            self.kinds[target.id] = kind

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        outer = (self.function, self.kinds)
        self.function, self.kinds = node.name, {}
        self.generic_visit(node)
        self.function, self.kinds = outer

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            self._bind(target, self._kind(node.value))
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self._bind(node.target, self._kind(node.value))
        self.generic_visit(node)

    def visit_For(self, node: ast.For) -> None:
        if self._kind(node.iter) == ROWS:
            self._bind(node.target, ROW)
        self.generic_visit(node)

    def visit_comprehension(self, node: ast.comprehension) -> None:
        if self._kind(node.iter) == ROWS:
            self._bind(node.target, ROW)
        self.generic_visit(node)

    def _visit_comprehension_owner(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp) -> None:
        for gen in node.generators:  # bind the loop names before the element reads them
            self.visit_comprehension(gen)
        for field in ("elt", "key", "value"):
            child = getattr(node, field, None)
            if child is not None:
                self.visit(child)

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _visit_comprehension_owner

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if (_is_position(node.slice) and self._kind(node.value) == ROW
                and (self.rel, self.function) not in ALLOWED):
            self.found.append(f"{self.rel}:{node.lineno} in {self.function or '<module>'}: {ast.unparse(node)}")
        self.generic_visit(node)


def positional_reads(source: str, rel: str) -> list[str]:
    finder = _Finder(rel)
    finder.visit(source_trees.parse(source))
    return finder.found


def test_storage_and_services_read_rows_by_name() -> None:
    found: list[str] = []
    for folder in SCANNED:
        for path in sorted(folder.rglob("*.py")):
            found += positional_reads(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())
    assert not found, "Read these rows by column name (or a count through Compartment.scalar):\n" + "\n".join(found)


@pytest.mark.parametrize(("source", "caught"), [
    # refused: every way a row has been read by position here
    ("def f(db):\n    row = db.query_one('SELECT a, b FROM t')\n    return row[1]\n", True),
    ("def f(db):\n    return [str(x[0]) for x in db.query('SELECT a FROM t')]\n", True),
    ("def f(db):\n    return int(db.query_one('SELECT count(*) FROM t')[0])\n", True),
    ("def f(conn):\n    return conn.execute('PRAGMA user_version').fetchone()[0]\n", True),
    ("def f(db):\n    rows = db.query('SELECT seq FROM t')\n    return rows[-1][0]\n", True),
    ("def f(db):\n    got = db.query_one('SELECT * FROM t')\n    return got[4:]\n", True),
    ("def _row(r):\n    return r[2]\n", True),
    ("def f(db):\n    for fk in db.query('PRAGMA foreign_key_list(t)'):\n        print(fk[2])\n", True),
    # allowed: names, a scalar, unpacking, plain tuples that are not rows
    ("def f(db):\n    row = db.query_one('SELECT a FROM t')\n    return row['a']\n", False),
    ("def f(db):\n    return int(db.scalar('SELECT count(*) FROM t'))\n", False),
    ("def f(db):\n    for seq, mac in db.query('SELECT seq, mac FROM t'):\n        print(seq)\n", False),
    ("def f(text):\n    parts = text.split(',')\n    return parts[0]\n", False),
    ("def f(db):\n    rows = db.query('SELECT a FROM t')\n    return rows[0]['a']\n", False),
])
def test_the_check_tells_positions_from_names(source: str, caught: bool) -> None:
    assert bool(positional_reads(source, "storage/example.py")) is caught


def test_only_the_scalar_helper_may_read_by_position() -> None:
    source = "def scalar(self, sql):\n    row = self.query_one(sql)\n    return None if row is None else row[0]\n"
    assert positional_reads(source, "storage/compartment.py") == []
    assert positional_reads(source, "storage/other.py")
