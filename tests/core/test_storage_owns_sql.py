"""Issue 16 item 4: SQL lives in storage/ only. Services ask a storage module by name.

A string that reads as an SQL statement (a line starting SELECT ... FROM, INSERT INTO,
UPDATE ... SET, DELETE FROM, CREATE TABLE, PRAGMA, BEGIN...) anywhere in vault_app
outside storage/ fails this test; f-strings are read with their {fields} filled in.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

from tests import source_trees

PACKAGE = Path(__file__).resolve().parents[2] / "vault_app"

# Case-sensitive: the code base writes SQL keywords in capitals, prose does not.
SQL_STATEMENT = re.compile(
    r"^\s*(?:SELECT\b[\s\S]*?\bFROM\b|SELECT\s+\w+\s*\(|INSERT\s+(?:OR\s+\w+\s+)?INTO\b|REPLACE\s+INTO\b"
    r"|UPDATE\s+\"?\w+\"?\s+SET\b|DELETE\s+FROM\b|CREATE\s+(?:TEMP\s+|UNIQUE\s+|VIRTUAL\s+)?(?:TABLE|INDEX|VIEW|TRIGGER)\b"
    r"|DROP\s+(?:TABLE|INDEX|VIEW|TRIGGER)\b|ALTER\s+TABLE\b|PRAGMA\s+\w+|BEGIN(?:\s+IMMEDIATE|\s+EXCLUSIVE)?\s*$"
    r"|COMMIT\s*$|ROLLBACK\b|VACUUM\b|ATTACH\s+DATABASE\b|WITH\s+\w+\s+AS\s*\()",
    re.MULTILINE,
)

# Every file once listed here has moved its SQL into storage/; the set stays (empty) so
# a new exemption has to be argued for in review.
NOT_YET_MOVED: set[str] = set()


def _text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "x" for v in node.values)
    return None


def sql_statements(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string in `source` that reads as an SQL statement, docstrings aside."""
    tree = source_trees.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in source_trees.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr)
    }
    # Parts of an f-string are read with their f-string, not alone.
    parts = {id(v) for node in source_trees.walk(tree) if isinstance(node, ast.JoinedStr) for v in node.values}
    found = []
    for node in source_trees.walk(tree):
        text = _text(node)
        if text is not None and id(node) not in docstrings | parts and SQL_STATEMENT.search(text):
            found.append((getattr(node, "lineno", 0), text.strip()[:60]))
    return found


@functools.cache
def _outside_storage() -> tuple[tuple[str, tuple[tuple[int, str], ...]], ...]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("storage/"):
            continue
        hits = sql_statements(path.read_text(encoding="utf-8"))
        if hits:
            found.append((rel, tuple(hits)))
    return tuple(found)


def outside_storage() -> dict[str, list[tuple[int, str]]]:
    """The package scanned once for the tests below (each scan parses every module)."""
    return {rel: list(hits) for rel, hits in _outside_storage()}


def test_no_sql_outside_storage() -> None:
    offenders = {rel: hits for rel, hits in outside_storage().items() if rel not in NOT_YET_MOVED}
    assert offenders == {}, "SQL belongs in a named function in vault_app/storage/"


def test_exemptions_are_not_stale() -> None:
    assert set(outside_storage()) == NOT_YET_MOVED


def test_storage_modules_are_seen_to_hold_sql() -> None:
    # The scanner itself: it must see the statements storage really runs.
    hits = sql_statements((PACKAGE / "storage" / "legal_holds.py").read_text(encoding="utf-8"))
    assert len(hits) >= 4


def test_scanner_table() -> None:
    cases = {
        'db.query("SELECT client_id FROM clients ORDER BY seq")': 1,
        'db.query_one(f"SELECT {cols} FROM legal_holds WHERE hold_id = ?", (x,))': 1,
        'db.execute(\n    "INSERT INTO meta (key, value) VALUES (?, ?) "\n    "ON CONFLICT(key) DO UPDATE"\n)': 1,
        'db.execute("UPDATE legal_holds SET released_at = ? WHERE hold_id = ?")': 1,
        'db.execute("DELETE FROM notes WHERE note_id = ?")': 1,
        'comp.execute("PRAGMA secure_delete = ON")': 1,
        'db.query_one("SELECT sqlite_version()")': 1,
        'SQL = """\nSELECT c.client_id\nFROM clients c\n"""': 1,
        # prose and docstrings are not statements
        'label = "Select the client from the list"': 0,
        'def f():\n    """Runs SELECT ... FROM in storage."""\n': 0,
        'msg = "Update the plan and set a date"': 0,
        'hint = "each compartment goes stage -> PRAGMA rekey -> replace"': 0,
    }
    for source, expected in cases.items():
        assert len(sql_statements(source)) == expected, source
