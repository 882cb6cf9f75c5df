"""The app's source files parsed once per test process, for the tests that read the code itself.

Why: about fifteen test files check the code by its syntax tree (the layers, the import circles,
SQL only in storage, rows read by name, the GUI's words and refusals, ...), and each parsed every
file it looks at again: ~4 CPU-seconds for vault_app's ~490 files, several times in each xdist
worker, three of them while collecting (docs/testing.md, twenty-sixth round). `ast.parse` is a
pure function of the text, so the tree of the same text is the same tree; it is keyed by the
text itself, so a file changed during a run (or a test's own snippet) is parsed afresh.

The trees are shared: a scan must only read them (every user here walks or visits, none
rewrites). Kept for the process's life: ~140 MB and ~850,000 objects for the whole package. Most
are parsed while the suite is collected (three scans run at their module's import), so
tests/conftest.py's gc.freeze() takes them out of the collector's full passes, each of which
would otherwise walk them again (~0.3 CPU-s a pass with all of them tracked).
"""

from __future__ import annotations

import ast
import functools
import gc
from collections.abc import Iterable

# Set by tests/conftest.py while the suite is collected: what is parsed then is frozen at once.
freeze_parsed = False


@functools.cache
def parse(source: str) -> ast.Module:
    """ast.parse(source), once per text in this process.

    The cyclic collector is kept out: a tree holds no cycle (a node refers only to its
    children), yet its ~1,400 tracked nodes a file made the collector run while the trees grew,
    and its full passes walked all the trees parsed so far again, one more each time they grew by
    a quarter: more than half of the CPU of parsing vault_app (2.6 of 1.2 + 1.4 CPU-s; docs/testing.md,
    thirty-third round). While the suite is collected the new tree is frozen at once, as the
    conftest freezes what each module left alive, so no later pass walks it either; during the
    tests it is only left to the collector's next turn (a freeze there would also keep the running
    test's garbage)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        tree = ast.parse(source)
        _walked[id(tree)] = (tree, tuple(ast.walk(tree)))
        if freeze_parsed:
            gc.freeze()
    finally:
        if enabled:
            gc.enable()
    return tree


# id -> (the tree, its nodes in ast.walk's order); the tree is kept, so its id is never reused.
_walked: dict[int, tuple[ast.Module, tuple[ast.AST, ...]]] = {}


def walk(tree: ast.AST) -> Iterable[ast.AST]:
    """ast.walk(tree), in the same order; for a tree from parse() the nodes listed once."""
    kept = _walked.get(id(tree))
    if kept is not None and kept[0] is tree:
        return kept[1]
    return ast.walk(tree)
