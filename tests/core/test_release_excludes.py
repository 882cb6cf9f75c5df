"""What the release spec leaves out of the bundle (packaging/vault-app.spec, `excludes`) is never
imported by the app: a module of vault_app that imports one would work from source and fail with
an ImportError in the frozen program, and only where the release smoke test happens to go.
Every import in the package counts, those inside functions (the lazy ones) too."""

from __future__ import annotations

import ast
from pathlib import Path

from tests import source_trees

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "vault-app.spec"


def spec_excludes() -> list[str]:
    tree = source_trees.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["excludes"]:
            names = ast.literal_eval(node.value)
            assert isinstance(names, list)
            return [str(n) for n in names if n != "__main__"]
    raise AssertionError("the spec has no `excludes = [...]`")


def imported_names(path: Path) -> set[str]:
    """Each module an import statement names, and for `from m import x` also `m.x` (x may be a
    submodule: `from PySide6 import QtNetwork`)."""
    found: set[str] = set()
    for node in source_trees.walk(source_trees.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_app_imports_nothing_the_release_leaves_out() -> None:
    excluded = spec_excludes()
    assert {"multiprocessing", "PySide6.QtNetwork", "doctest", "tests"} <= set(excluded)
    # The process pool is the one way into multiprocessing from concurrent.futures.
    refused = [*excluded, "concurrent.futures.ProcessPoolExecutor"]
    offenders = sorted(
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / "vault_app").rglob("*.py")
        for name in imported_names(path)
        if any(name == r or name.startswith(r + ".") for r in refused)
    )
    assert offenders == []


def test_the_check_sees_lazy_and_from_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def later():\n    from PySide6 import QtNetwork\n    import multiprocessing.pool\n",
                      encoding="utf-8")
    assert {"PySide6.QtNetwork", "multiprocessing.pool"} <= imported_names(sample)
