"""The import rules of DESIGN.md: gui -> services -> (storage, crypto) -> domain.

Nothing outside gui/ (and the composition root) imports Qt; only storage/
imports sqlcipher3; the GUI never reaches into storage.
"""

from __future__ import annotations

import ast
import functools
import subprocess
import sys
from pathlib import Path

from tests import source_trees

PACKAGE = Path(__file__).resolve().parents[2] / "vault_app"
CORE = ("domain", "crypto", "storage", "services")


def imports_of(path: Path) -> set[str]:
    tree = source_trees.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in source_trees.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@functools.cache
def modules() -> tuple[tuple[str, Path, frozenset[str]], ...]:
    """(layer, file, what it imports) for every module: the package parsed once for all the
    tests below (they only read it)."""
    out = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        layer = rel.parts[0] if len(rel.parts) > 1 else rel.stem
        out.append((layer, path, frozenset(imports_of(path))))
    return tuple(out)


def test_qt_only_in_gui() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for layer, p, imps in modules()
        if layer not in ("gui",) and any(i.split(".")[0] in ("PySide6", "shiboken6") for i in imps)
    ]
    assert offenders == []


def test_sqlcipher_only_in_storage() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for layer, p, imps in modules()
        if layer != "storage" and any(i.split(".")[0] == "sqlcipher3" for i in imps)
    ]
    assert offenders == []


def test_layer_direction() -> None:
    allowed = {
        "domain": {"domain"},
        "crypto": {"crypto", "domain"},
        "storage": {"storage", "domain", "crypto"},
        "services": {"services", "storage", "crypto", "domain"},
        "cli": {"cli", "services", "domain", "crypto"},
        "gui": {"gui", "services", "domain", "crypto"},
    }
    offenders = []
    for layer, path, imps in modules():
        if layer not in allowed:
            continue
        for imp in imps:
            parts = imp.split(".")
            if parts[0] == "vault_app" and len(parts) > 1 and parts[1] in allowed and parts[1] not in allowed[layer]:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {imp}")
    assert offenders == []


def test_core_runs_without_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import vault_app\n"
        "for layer in %r:\n"
        "    pkg = importlib.import_module('vault_app.' + layer)\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "import vault_app.cli.main\n"
        "vault_app.cli.main.build_parser()\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    ).replace("%r", repr(CORE))
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
