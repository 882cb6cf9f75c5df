"""Imports in gui/ sit at the top of their module, where tools and readers see them
(issue 16, item 6). An import inside a function stays only with a reason written next to
it, `# Lazy (start-up): ...` for a measured start-up cost (the unlock window's path:
tests/gui/test_startup_imports.py, docs/benchmarks.md#start-up) or `# Lazy (circle): ...`
for an import circle it breaks, or `# Lazy (memory): ...` for code kept out of memory while
the unlock's KDF runs (tests/gui/test_unlock_memory_imports.py), on its line or in the
comment just above it (one comment may head a block of imports). `if TYPE_CHECKING:`
imports are not run and are left out.
Dialogs are imported by name, never through importlib with a computed module name.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests import source_trees

GUI = Path(__file__).resolve().parents[2] / "vault_app" / "gui"
REASON = re.compile(r"#\s*Lazy \((start-up|circle|memory)\)")


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    inside: set[int] = set()
    for node in source_trees.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            inside.update(id(n) for n in ast.walk(node))
    return inside


def function_imports(source: str) -> list[ast.Import | ast.ImportFrom]:
    """Every import run inside a function (nested functions included, each once)."""
    tree = source_trees.parse(source)
    skip = _type_checking_nodes(tree)
    found: dict[int, ast.Import | ast.ImportFrom] = {}
    for func in source_trees.walk(tree):
        if isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(func):
                if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in skip:
                    found[id(node)] = node
    return sorted(found.values(), key=lambda n: n.lineno)


def justified(lines: list[str], node: ast.Import | ast.ImportFrom) -> bool:
    """A reason on the import's own line, or in the comment lines above it (across the
    imports of the same block)."""
    if REASON.search(lines[node.lineno - 1]):
        return True
    i = node.lineno - 2
    while i >= 0:
        line = lines[i].strip()
        if not line.startswith(("#", "import ", "from ")):
            return False
        if REASON.search(line):
            return True
        i -= 1
    return False


def unjustified(source: str, rel: str) -> list[str]:
    lines = source.splitlines()
    return [f"{rel}:{n.lineno}: {lines[n.lineno - 1].strip()}"
            for n in function_imports(source) if not justified(lines, n)]


def _gui_files() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


def test_every_function_level_import_in_gui_says_why() -> None:
    found = [hit for p in _gui_files() for hit in unjustified(p.read_text(encoding="utf-8"), p.name)]
    assert found == [], ("Move these imports to the top of the module, or say why they wait "
                         "(`# Lazy (start-up): ...` with the measured cost, `# Lazy (circle): ...`):\n"
                         + "\n".join(found))


def test_no_module_is_imported_by_a_computed_name() -> None:
    # A name built at run time (an f-string, a concatenation) hides the dependency from
    # tools; the warm-up's list of module names (a constant tuple) stays readable.
    for path in _gui_files():
        tree = source_trees.parse(path.read_text(encoding="utf-8"))
        for node in source_trees.walk(tree):
            if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("import_module") and node.args:
                assert not isinstance(node.args[0], ast.JoinedStr | ast.BinOp | ast.Call), \
                    f"{path.name}:{node.lineno}: {ast.unparse(node)}"


@pytest.mark.parametrize(("source", "ok"), [
    ("def f():\n    import json\n", False),
    ("def f():\n    # some words\n    import json\n", False),
    ("def f():\n    import json  # Lazy (start-up): 3 ms before the first paint\n", True),
    ("def f():\n    # Lazy (circle): a imports b\n    import json\n", True),
    ("def f():\n    # Lazy (start-up): the PDF stack,\n    # ~200 ms\n    import json\n    import csv\n", True),
    ("def f():\n    # Lazy (start-up): x\n    y = 1\n    import json\n", False),
    ("def f():\n    import ctypes  # Lazy (start-up): Windows only\n    from ctypes import wintypes\n", True),
    ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import json\n", True),
    ("def f():\n    if TYPE_CHECKING:\n        import json\n", True),
])
def test_the_check_tells_a_reason_from_none(source: str, ok: bool) -> None:
    assert (unjustified(source, "m.py") == []) is ok
