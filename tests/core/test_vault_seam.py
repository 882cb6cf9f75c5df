"""Issue 16 item 5: the Vault owns its secrets. Key handling is VaultKeys (vault_keys.py)
with a public interface the Vault uses; no other module reads or sets the private state
of a Vault or a VaultKeys, or imports a private name of the vault modules."""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import pytest

from tests import source_trees
from tests.conftest import PASSPHRASE
from vault_app.domain.errors import CompartmentLocked, WrongPassphrase
from vault_app.services.vault import CreatedVault, open_vault

ROOT = Path(__file__).resolve().parents[2]
OWNERS = {
    "Vault": ROOT / "vault_app" / "services" / "vault_session.py",
    "VaultKeys": ROOT / "vault_app" / "services" / "vault_keys.py",
}
VAULT_MODULES = ("vault_app.services.vault", "vault_app.services.vault_session", "vault_app.services.vault_keys",
                 "vault_app.services.vault_master_key")


def _private_names(path: Path, class_name: str) -> set[str]:
    """Private attributes and methods of `class_name`: self._x assignments and def _x."""
    tree = source_trees.parse(path.read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name)
    names = {n.name for n in cls.body if isinstance(n, ast.FunctionDef) and n.name.startswith("_")}
    for node in ast.walk(cls):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
            names.add(node.attr)
    return {n for n in names if n.startswith("_") and not n.startswith("__")}


def _python_files() -> list[Path]:
    return [p for d in ("vault_app", "tests", "benchmarks", "scripts") for p in sorted((ROOT / d).rglob("*.py"))]


@pytest.fixture(scope="module")
def sources() -> list[tuple[Path, str, str]]:
    """Every Python file of the repository read once for both scans below: its text, and
    the same text NFKC-normalised as Python normalises identifiers."""
    texts = [(path, path.read_text(encoding="utf-8")) for path in _python_files()]
    return [(path, text, unicodedata.normalize("NFKC", text)) for path, text in texts]


def _parsed(sources: list[tuple[Path, str, str]], can_hold: re.Pattern[str]) -> list[tuple[Path, ast.Module]]:
    """The files whose (normalised) text can hold what a scan looks for, parsed; a file
    without the name in its text has no node with it. Parsing all ~740 files cost ~5 CPU-s
    a run, and a scan needs a few dozen of them."""
    return [(path, source_trees.parse(text)) for path, text, normal in sources if can_hold.search(normal)]


def test_private_state_is_touched_only_by_its_class(sources: list[tuple[Path, str, str]]) -> None:
    private = {name: _private_names(path, name) for name, path in OWNERS.items()}
    assert "_keyring" in private["Vault"] and "_master" in private["VaultKeys"]  # the scan sees them
    every = set().union(*private.values())
    trees = _parsed(sources, re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(every))) + r")\b"))
    assert set(OWNERS.values()) <= {path for path, _ in trees}  # the owners use their own names
    offenders = []
    for path, tree in trees:
        owned_here = [name for name, owner in OWNERS.items() if owner == path]
        watched = set().union(*(names for name, names in private.items() if name not in owned_here))
        for node in source_trees.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in watched
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}")
    assert offenders == []


# "from vault_app . services . vault_keys import": a dotted name may hold spaces and line continuations.
_VAULT_IMPORT = re.compile(r"\bfrom[\s\\]+" + r"[\s\\]*".join(("vault_app", r"\.", "services", r"\.", r"vault\w*"))
                           + r"[\s\\]+import\b")
_LOGICAL_LINE = re.compile(r"(?:\\\n|[^\n])*")  # to the newline that a backslash does not continue


def _may_import_private(text: str) -> bool:
    """Whether an import from the vault modules in `text` can name a private name: the names
    after its `import` (to the closing parenthesis, or to the end of the logical line) hold a
    word that starts with "_". A superset (a comment or an `as _x` counts too): such a file is
    then parsed. Half the repository imports from these modules, and parsing it was ~4 CPU-s."""
    for found in _VAULT_IMPORT.finditer(text):
        rest = text[found.end():].lstrip(" \t\\\n")
        if rest.startswith("("):
            end = rest.find(")")
            names = rest if end < 0 else rest[:end]
        else:
            line = _LOGICAL_LINE.match(rest)
            names = line.group() if line else ""
        if re.search(r"(?<!\w)_", names):
            return True
    return False


def test_no_private_names_imported_from_the_vault_modules(sources: list[tuple[Path, str, str]]) -> None:
    # The filter itself: an underscored name found among the imported ones, over lines too.
    assert _may_import_private("from vault_app.services.vault_keys import (\n    VaultKeys,  # x\n    _master,\n)\n")
    assert _may_import_private("from vault_app . services.vault import open_vault, \\\n    _unlock_key\n")
    assert not _may_import_private("from vault_app.services.vault import open_vault, CreatedVault\n_x = 1\n")
    assert sum(bool(_VAULT_IMPORT.search(normal)) for _, _, normal in sources) > 100  # it sees the imports
    trees = [(path, source_trees.parse(text)) for path, text, normal in sources if _may_import_private(normal)]
    offenders = []
    for path, tree in trees:
        for node in source_trees.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in VAULT_MODULES:
                offenders += [f"{path.relative_to(ROOT)}: {a.name}" for a in node.names if a.name.startswith("_")]
    assert offenders == []


def test_a_locked_vault_holds_no_key(created: CreatedVault) -> None:
    vault = created.vault
    assert {"records", "ledger", "ledger_mac", "signing"} <= vault.held_key_slots()
    assert not any(slot.startswith("psychotherapy") for slot in vault.held_key_slots())
    vault.lock()
    assert vault.held_key_slots() == frozenset()
    with pytest.raises(CompartmentLocked):
        vault.master_key()


def test_the_current_passphrase_is_checked_through_the_vault(created: CreatedVault) -> None:
    folder = created.vault.folder
    created.vault.lock()
    with open_vault(folder, PASSPHRASE) as vault:
        vault.require_passphrase(PASSPHRASE)
        with pytest.raises(WrongPassphrase, match="does not unlock"):
            vault.require_passphrase("not the passphrase at all")


def test_psychotherapy_opens_without_a_second_passphrase_only_within_the_unlock(created: CreatedVault) -> None:
    with pytest.raises(CompartmentLocked):  # create used its passphrase for its own opening
        created.vault.open_psychotherapy_after_unlock()
    folder = created.vault.folder
    created.vault.lock()
    with open_vault(folder, PASSPHRASE) as vault:
        with pytest.raises(CompartmentLocked):
            vault.open_psychotherapy_after_unlock()
        assert not vault.psychotherapy_open
        vault.unlock_psychotherapy(PASSPHRASE)
        assert vault.psychotherapy_open
    with open_vault(folder, PASSPHRASE, with_psychotherapy=True) as vault:
        assert vault.psychotherapy_open
        vault.lock_psychotherapy()
        with pytest.raises(CompartmentLocked):
            vault.open_psychotherapy_after_unlock()
