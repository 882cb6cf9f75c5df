"""tests/export_memo.py: a copy of the process's generated export is what the generator writes."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from scripts import make_simplepractice_export as generator
from tests import export_memo

SIZES = [(1, 1, 7), (3, 4, 7), (2, 4, 8)]


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def folders(root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in sorted(root.rglob("*")) if p.is_dir()]


def described(made: generator.FakeExport) -> Any:
    """The FakeExport with its paths relative to its root (two roots compare equal)."""
    def rel(value: Any) -> Any:
        if isinstance(value, Path):
            return ("path", value.relative_to(made.root).as_posix())
        if isinstance(value, list):
            return [rel(v) for v in value]
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return (type(value).__name__, {f.name: rel(getattr(value, f.name)) for f in dataclasses.fields(value)})
        return value
    return rel(made)


@pytest.mark.parametrize(("clients", "notes", "seed"), SIZES)
def test_a_copy_is_what_the_generator_writes_and_says(tmp_path: Path, clients: int, notes: int, seed: int) -> None:
    fresh = export_memo._REAL(tmp_path / "fresh", clients=clients, notes_per_client=notes, seed=seed)
    again = export_memo._REAL(tmp_path / "again", clients=clients, notes_per_client=notes, seed=seed)
    assert tree(fresh.root) == tree(again.root)  # what the memo rests on: the generator is deterministic

    for name in ("first", "second"):  # the template made by the first call, copied by the second
        copied = export_memo.make_export(tmp_path / name, clients=clients, notes_per_client=notes, seed=seed)
        assert copied.root == tmp_path / name
        assert tree(copied.root) == tree(fresh.root)
        assert folders(copied.root) == folders(fresh.root)
        assert described(copied) == described(fresh)
        assert all(p.is_relative_to(copied.root) and p.exists() for p in export_memo.paths_in(copied))


def test_each_call_has_its_own_files_and_objects(tmp_path: Path) -> None:
    one = export_memo.make_export(tmp_path / "one", clients=2, notes_per_client=2)
    note = one.clients[0].notes[0]
    note.path.write_bytes(b"damaged by this test")
    one.clients[0].notes.clear()
    one.clients[1].documents[0].unlink()

    two = export_memo.make_export(tmp_path / "two", clients=2, notes_per_client=2)
    fresh = export_memo._REAL(tmp_path / "fresh", clients=2, notes_per_client=2)
    assert tree(two.root) == tree(fresh.root)
    assert described(two) == described(fresh)
    assert two.clients[0].notes[0].path.read_bytes() != b"damaged by this test"


def test_into_a_folder_that_holds_files_as_the_generator_does(tmp_path: Path) -> None:
    for name in ("copied", "fresh"):
        (tmp_path / name / "Contacts").mkdir(parents=True)
        (tmp_path / name / "Contacts" / "kept.vcf").write_text("already there")
    copied = export_memo.make_export(tmp_path / "copied", clients=1, notes_per_client=2)
    fresh = export_memo._REAL(tmp_path / "fresh", clients=1, notes_per_client=2)
    assert tree(copied.root) == tree(fresh.root)
    assert (copied.root / "Contacts" / "kept.vcf").read_text() == "already there"


def test_the_test_modules_get_the_memo() -> None:
    """Installed before they are imported (tests/conftest.py): their `make_export` is the memo
    (which runs the generator itself under VAULT_TEST_FRESH_EXPORTS=1)."""
    from tests.core import test_import_simplepractice

    assert generator.make_export is export_memo.make_export
    assert test_import_simplepractice.make_export is export_memo.make_export
