"""Every data file the app reads at run time ships in both of its builds: the PyInstaller release
(packaging/vault-app.spec, `collect_data_files("vault_app", includes=[...])`) and the wheel
(pyproject's package data).

The release of 2026-12-05 spoke no Spanish: the spec's includes had no "**/*.ts", so
vault_app/gui/translations/es.ts stayed behind and the installed app logged "No translation file
for es" (walker report t31/walk-first, finding 3), while the wheel, with "*.ts" in pyproject,
had it. The sweep below reads the source for the ways the app reaches its files
(importlib.resources' `files(...)`, `Path(__file__)`), so a new folder of data read the same way
is covered without anyone remembering this test.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "vault_app"
SPEC = ROOT / "packaging" / "vault-app.spec"

# resources.files("vault_app.x.y") / resources.files(__package__) / Path(__file__)
_FILES_CALL = re.compile(r"resources\.files\(\s*(?:\"([\w.]+)\"|'([\w.]+)'|(__package__))\s*\)")
_HERE = re.compile(r"Path\(\s*__file__\s*\)")


def _package_dir(module: Path) -> Path:
    return module.parent


def reading_folders() -> dict[Path, list[str]]:
    """Folder the app reads data from -> the modules (relative paths) that read it there."""
    found: dict[Path, list[str]] = {}
    for module in sorted(PACKAGE.rglob("*.py")):
        text = module.read_text(encoding="utf-8")
        where = str(module.relative_to(ROOT))
        for match in _FILES_CALL.finditer(text):
            dotted = match.group(1) or match.group(2)
            folder = ROOT.joinpath(*dotted.split(".")) if dotted else _package_dir(module)
            found.setdefault(folder, []).append(where)
        if _HERE.search(text):
            found.setdefault(module.parent, []).append(where)
    return found


def data_files(folder: Path) -> set[Path]:
    """The non-Python files under a folder: what a read there can reach."""
    return {p for p in folder.rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts}


def spec_includes() -> list[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "collect_data_files"
                and node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value == "vault_app"):
            for keyword in node.keywords:
                if keyword.arg == "includes":
                    return [ast.literal_eval(element) for element in keyword.value.elts]  # type: ignore[attr-defined]
    raise AssertionError("the spec no longer calls collect_data_files('vault_app', includes=[...])")


def spec_collects() -> set[Path]:
    # PyInstaller's collect_data_files globs each include with pathlib from the package's folder.
    return {p for pattern in spec_includes() for p in PACKAGE.glob(pattern) if p.is_file()}


def test_the_sweep_finds_the_readers_it_is_meant_to_find() -> None:
    """The sweep is not vacuous: the folders known to be read today are among those it finds."""
    folders = reading_folders()
    for known in ("gui/translations", "gui", "storage/migrations", "services", ""):
        assert PACKAGE / known in folders, (known, sorted(map(str, folders)))
    read = set().union(*(data_files(folder) for folder in folders))
    for known in ("gui/translations/es.ts", "gui/icons/lock.svg", "services/pdf_fonts/DejaVuSans.ttf",
                  "storage/migrations/records/0001_meta.sql"):
        assert PACKAGE / known in read, known


def test_every_data_file_the_app_reads_is_in_the_release_spec() -> None:
    read = set().union(*(data_files(folder) for folder in reading_folders()))
    missing = sorted(str(p.relative_to(ROOT)) for p in read - spec_collects())
    assert not missing, f"read at run time but not bundled by packaging/vault-app.spec's includes: {missing}"


def test_every_file_in_the_package_is_in_the_release_spec() -> None:
    # Wider than the sweep: the package folder holds nothing but code and the data it reads.
    missing = sorted(str(p.relative_to(ROOT)) for p in data_files(PACKAGE) - spec_collects())
    assert not missing, f"not bundled by packaging/vault-app.spec's includes: {missing}"


def test_every_data_file_the_app_reads_is_in_the_wheel(tmp_path: Path) -> None:
    """A real wheel, built by setuptools from a copy of the tracked sources (the clone's own
    build/ is the release build's)."""
    tracked = subprocess.run(["git", "ls-files", "-z", "pyproject.toml", "README.md", "vault_app"],
                             capture_output=True, check=True, cwd=ROOT).stdout.decode().split("\0")
    source = tmp_path / "src"
    for name in filter(None, tracked):
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((ROOT / name).read_bytes())
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                            "--no-index", "-w", str(tmp_path / "out"), str(source)],
                           capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next((tmp_path / "out").glob("*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    read = set().union(*(data_files(folder) for folder in reading_folders()))
    tracked_read = {p for p in read if str(p.relative_to(ROOT)) in tracked}
    assert PACKAGE / "gui" / "translations" / "es.ts" in tracked_read
    missing = sorted(str(p.relative_to(ROOT)) for p in tracked_read if str(p.relative_to(ROOT)) not in names)
    assert not missing, f"read at run time but not in the wheel (pyproject's package-data): {missing}"
