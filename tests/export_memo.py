"""The generated SimplePractice export (scripts/make_simplepractice_export.py) written once per
test process for each (clients, notes_per_client, seed), then copied file by file into each
test's folder.

`make_export` is a pure function of those three numbers: its random generator is seeded, its PDFs
carry a fixed creation date, and two runs write byte-identical trees (checked by
tests/core/test_export_memo.py). Writing one is fpdf2 laying out every line of every PDF: 50-400 ms
of CPU, in ~30 tests' fixtures and bodies, several times per test in some files (docs/testing.md,
thirty-first round). A copy writes the same bytes under the same names, with the same `mkdir` and
`write_bytes` calls as the generator (so fresh modes and times), and hands back the generator's own
`FakeExport` with every path moved from the template's folder to the test's: the test's tree and
its description are exactly what a fresh call gives. Each call gets its own copy and its own
objects; the template's folder is never handed out.

Installed by tests/conftest.py before any test module is imported (they bind the name when they
are imported). `VAULT_TEST_FRESH_EXPORTS=1` runs the generator every time, as before.
"""

from __future__ import annotations

import atexit
import copy
import dataclasses
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from scripts import make_simplepractice_export as generator

DISABLED = os.environ.get("VAULT_TEST_FRESH_EXPORTS", "") not in ("", "0")
_REAL = generator.make_export
_made: dict[tuple[int, int, int], generator.FakeExport] = {}
_folder: Path | None = None


def _templates() -> Path:
    global _folder
    if _folder is None:
        _folder = Path(tempfile.mkdtemp(prefix="vault-app-test-exports-"))
        atexit.register(_remove, _folder, os.getpid())
    return _folder


def _remove(folder: Path, owner: int) -> None:
    # Only by the process that made it: a forked child that ran atexit would take it from its parent.
    if os.getpid() == owner:
        shutil.rmtree(folder, ignore_errors=True)


def _copy_tree(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)  # as make_export: into a folder that may exist
    for entry in sorted(source.iterdir()):
        if entry.is_dir():
            _copy_tree(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())


def _moved(value: Any, old: Path, new: Path) -> Any:
    """`value` (a deep copy) with every path under `old` put under `new`, in place where it can be."""
    if isinstance(value, Path):
        return new / value.relative_to(old) if value.is_relative_to(old) else value
    if isinstance(value, list):
        value[:] = [_moved(item, old, new) for item in value]
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            setattr(value, f.name, _moved(getattr(value, f.name), old, new))
    return value


def paths_in(value: Any) -> list[Path]:
    """Every path a FakeExport holds (for the check that none is left in the template)."""
    if isinstance(value, Path):
        return [value]
    if isinstance(value, list):
        return [p for item in value for p in paths_in(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [p for f in dataclasses.fields(value) for p in paths_in(getattr(value, f.name))]
    return []


def make_export(root: Path, *, clients: int = 4, notes_per_client: int = 3, seed: int = 7) -> generator.FakeExport:
    """What `make_export(root, ...)` writes and returns, from this process's template."""
    if DISABLED:
        return _REAL(root, clients=clients, notes_per_client=notes_per_client, seed=seed)
    key = (clients, notes_per_client, seed)
    template = _made.get(key)
    if template is None:
        template = _REAL(_templates() / f"{clients}x{notes_per_client}-{seed}", clients=clients,
                         notes_per_client=notes_per_client, seed=seed)
        _made[key] = template
    _copy_tree(template.root, root)
    made = _moved(copy.deepcopy(template), template.root, root)
    assert not any(p.is_relative_to(template.root) for p in paths_in(made))
    return made


def install() -> None:
    """The module's `make_export` replaced by the memo, for every module that imports it later."""
    generator.make_export = make_export  # type: ignore[assignment]
