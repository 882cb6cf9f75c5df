"""The test modules' rewritten bytecode, written once by the pytest-xdist controller before its
workers start, instead of once by every worker.

Every xdist worker collects the whole suite, and pytest rewrites the asserts of every test module
and conftest it imports, then caches the result in `__pycache__` (a pyc checked against the
source's hash). In a fresh clone both workers start together, find no cache, and each rewrites
all ~270 modules: ~7.5 CPU-seconds each (docs/testing.md, sixth round). Done here first, the
workers read what this wrote; in a clone that already has the cache it only checks the hashes.

The code written is the one a worker would write (pytest's own `_rewrite_test` and `_write_pyc`,
the same config), and a worker still checks every pyc against its source as always, so a stale or
missing one is simply rewritten there. Private pytest API: if it changes, this does nothing
(the workers rewrite as before) rather than fail a run.
"""

from __future__ import annotations

import fnmatch
import sys
from pathlib import Path

import pytest


def wanted(config: pytest.Config) -> bool:
    """Only in an xdist controller that will start workers, with asserts rewritten and bytecode
    written (make test lets Python write it)."""
    workers = config.getoption("numprocesses", None)
    return (bool(workers) and not hasattr(config, "workerinput") and not sys.dont_write_bytecode
            and config.getoption("assertmode", "rewrite") == "rewrite")


def modules_to_rewrite(config: pytest.Config) -> list[Path]:
    """The test files and conftests under the paths this run collects (its arguments, else
    `testpaths`), as the workers will import them."""
    patterns = [*config.getini("python_files"), "conftest.py"]
    roots = [Path(config.invocation_params.dir, arg.split("::")[0]) for arg in config.args]
    found: set[Path] = set()
    for root in roots:
        files = [root] if root.is_file() else root.rglob("*.py") if root.is_dir() else []
        found.update(f for f in files if any(fnmatch.fnmatch(f.name, p) for p in patterns))
    return sorted(found)


def rewrite(config: pytest.Config) -> int:
    """Write the rewritten pyc of every test module that has none for its current source;
    returns how many were written."""
    try:
        from _pytest.assertion import rewrite as pytest_rewrite

        state = config.stash[pytest_rewrite.assertstate_key]
        written = 0
        for module in modules_to_rewrite(config):
            cache = pytest_rewrite.get_cache_dir(module)
            pyc = cache / (module.name[:-3] + pytest_rewrite.PYC_TAIL)
            if pytest_rewrite._read_pyc(module, pyc) is not None:
                continue
            if not pytest_rewrite.try_makedirs(cache):
                return written
            source_hash, code = pytest_rewrite._rewrite_test(module, config)
            written += pytest_rewrite._write_pyc(state, code, source_hash, pyc)
        return written
    except (ImportError, AttributeError, KeyError, TypeError, OSError, SyntaxError):
        return 0  # the workers rewrite what they import, as without this
