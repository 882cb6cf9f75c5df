"""Shared fixtures. Every test gets a private HOME/XDG tree and no real keyring.

The KDF runs at the OWASP floor (m=19 MiB, t=2, p=1): the weakest setting the
app accepts, never weaker.
"""

from __future__ import annotations

import gc
import os
import resource
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import keyring
import pytest
from keyring.backends import fail

from tests import export_memo, kdf_memo, local_clock, one_day, rewrite_ahead, source_trees, vault_template
from tests.fakes import MemoryKeyring
from tests.long_first import long_first
from vault_app.crypto import kdf
from vault_app.crypto.kdf import OWASP_FLOOR, KdfParams
from vault_app.services import backup_beside_control
from vault_app.services.vault import CreatedVault, Vault, open_vault

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Before any test module binds the name: the generated SimplePractice export written once per
# process and copied for each call (tests/export_memo.py).
export_memo.install()

PASSPHRASE = vault_template.PASSPHRASE  # "correct horse battery staple"
_REAL_DERIVE = kdf.derive


def pytest_configure(config: pytest.Config) -> None:
    # A failed test during which midnight passed is run again once, on the new day (tests/one_day.py).
    if not config.pluginmanager.is_registered(one_day):
        config.pluginmanager.register(one_day, "one_day")
    config.addinivalue_line(
        "markers", "real_kdf: about the key derivation itself (or timing it): no Argon2 result is reused "
                   "(tests/kdf_memo.py)")
    config.addinivalue_line(
        "markers", f"{vault_template.FRESH_MARK}: `created` (and `vault`, `psy_vault`) runs create_vault for "
                   "this test instead of copying the process's template (tests/vault_template.py)")
    # Before xdist starts its workers: the test modules' rewritten asserts written once, not
    # once per worker (tests/rewrite_ahead.py).
    if rewrite_ahead.wanted(config):
        rewrite_ahead.rewrite(config)

# CPU-seconds per test (this process and every child it waited for: CLI processes, forked
# kill-test children, builds), printed at the end when VAULT_TEST_CPU_TOP=N (make test sets it).
# On a busy machine the suite takes as long as its CPU-seconds allow, so this, not the wall
# time of --durations, is the figure to cut (docs/testing.md). Each test's figure travels in
# its teardown report, so under pytest-xdist the controller prints the table for all workers.
_CPU_TOP = int(os.environ.get("VAULT_TEST_CPU_TOP", "0") or 0)
_CPU_PROPERTY = "cpu_seconds"
_cpu_started: dict[str, float] = {}
_cpu_spent: dict[str, float] = {}
# How each `created` vault was made ("template", or "fresh: <why>"), counted under the CPU table.
_VAULT_PROPERTY = "vault_made"
_vaults_made: dict[str, str] = {}


def _cpu_seconds() -> float:
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    _cpu_started[item.nodeid] = _cpu_seconds()
    try:
        return (yield)
    finally:
        _cpu_started.pop(item.nodeid, None)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[pytest.TestReport]:
    report: pytest.TestReport = yield
    if call.when == "teardown" and item.nodeid in _cpu_started:
        report.user_properties.append((_CPU_PROPERTY, _cpu_seconds() - _cpu_started[item.nodeid]))
    return report


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for name, value in report.user_properties:
        if name == _CPU_PROPERTY and isinstance(value, float):
            _cpu_spent[report.nodeid] = value
        elif name == _VAULT_PROPERTY and isinstance(value, str):
            _vaults_made[report.nodeid] = value


def pytest_collectreport(report: pytest.CollectReport) -> None:
    # What is alive after a module is collected (the modules it imported, its functions, the
    # items) lives as long as the run: out of the collector's reach (gc.freeze), its full passes
    # no longer walk it. They did, 45 times in one collection of ~180,000 objects at ~0.1 s a
    # pass: ~6 of a worker's ~22 CPU-s of collecting, and again in every full pass during the
    # tests (docs/testing.md, twenty-third round). Frozen objects are still freed by reference
    # counting; only a cycle among them would stay.
    gc.freeze()


def pytest_collectstart(collector: pytest.Collector) -> None:
    source_trees.freeze_parsed = True  # the module scans' trees frozen as they are parsed (source_trees.parse)


def pytest_collection_finish(session: pytest.Session) -> None:
    source_trees.freeze_parsed = False  # a test's parse must not freeze the test's own objects


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # The long tests at the front of each xdist worker's share (tests/long_first.py).
    workers = config.getoption("numprocesses", None)
    items[:] = long_first(items, workers if isinstance(workers, int) and workers > 1 else 2)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _CPU_TOP or not _cpu_spent:
        return
    total = sum(_cpu_spent.values())
    by_file: dict[str, float] = {}
    for nodeid, spent in _cpu_spent.items():
        by_file[nodeid.split("::")[0]] = by_file.get(nodeid.split("::")[0], 0.0) + spent
    write = terminalreporter.write_line
    terminalreporter.write_sep("=", f"CPU-seconds: {total:.0f} in {len(_cpu_spent)} tests (with their child processes)")
    for name, table in (("tests", _cpu_spent), ("files", by_file)):
        write(f"most CPU, {name}:")
        for nodeid, spent in sorted(table.items(), key=lambda kv: -kv[1])[:_CPU_TOP]:
            write(f"{spent:8.1f}s {100 * spent / total:5.1f}%  {nodeid}")
    made = Counter(_vaults_made.values()).most_common()
    write("`created` vaults: " + (", ".join(f"{n} {how}" for how, n in made) or "none"))


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("VAULT_APP_DIR", str(home / "default-vault"))
    for var in ("VAULT_APP_PASSPHRASE", "VAULT_APP_NEW_PASSPHRASE", "VAULT_APP_RECOVERY_KEY"):
        monkeypatch.delenv(var, raising=False)
    # The CLI and app processes a test starts get no real keyring either, by name: the backend
    # their own detection ends on here (no session bus), without its ~0.1 CPU-s of probing
    # every backend (the macOS one runs ldconfig to look for its libraries) in each process.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    # What a backup on lock of an earlier test left to say at the next unlock is that test's.
    backup_beside_control.take_last_failure()
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _argon2_once_per_input(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 at the parameters asked for, run once per passphrase, salt and parameters in
    this process and its forked children (tests/kdf_memo.py says what always runs for real)."""
    if not kdf_memo.DISABLED and request.node.get_closest_marker("real_kdf") is None:
        monkeypatch.setattr(kdf, "derive", kdf_memo.remembering(_REAL_DERIVE))


@pytest.fixture
def kdf_params() -> KdfParams:
    return OWASP_FLOOR


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture(scope="session")
def vault_templates(tmp_path_factory: pytest.TempPathFactory) -> vault_template.VaultTemplates:
    """This test process's (xdist worker's) vault made once, that `created` copies."""
    return vault_template.VaultTemplates(tmp_path_factory.mktemp("vault-template"))


@pytest.fixture
def created(
    request: pytest.FixtureRequest, vault_dir: Path, kdf_params: KdfParams,
    vault_templates: vault_template.VaultTemplates,
) -> Iterator[CreatedVault]:
    """A vault just made, unlocked, its psychotherapy compartment locked: a copy of the
    process's template given as create_vault returns a new vault, or (where a copy could
    differ) a real create_vault (tests/vault_template.py says which)."""
    result, how = vault_templates.created(request.node, vault_dir, kdf_params)
    request.node.user_properties.append((_VAULT_PROPERTY, how))
    yield result
    result.vault.lock()


@pytest.fixture
def vault(created: CreatedVault) -> Vault:
    """An unlocked vault (records + ledger open; psychotherapy locked)."""
    return created.vault


@pytest.fixture
def psy_vault(vault: Vault) -> Vault:
    """An unlocked vault with the psychotherapy compartment explicitly unlocked too."""
    vault.unlock_psychotherapy(PASSPHRASE)
    return vault


@pytest.fixture
def day_apart_from_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's time zone set to one whose calendar day differs from UTC's right now:
    twelve hours behind before noon UTC, fourteen ahead after (both real zones' offsets).
    For what must show or count the practice's own day, not the UTC stamp's."""
    behind = datetime.now(UTC).hour < 12
    monkeypatch.setenv("TZ", "Etc/GMT+12" if behind else "Etc/GMT-14")
    time.tzset()
    try:
        assert date.today() != datetime.now(UTC).date()
        yield
    finally:
        monkeypatch.undo()
        time.tzset()


def reopen(folder: Path, *, psychotherapy: bool = False) -> Vault:
    return open_vault(folder, PASSPHRASE, with_psychotherapy=psychotherapy)


@pytest.fixture(params=local_clock.LOCAL_ZONES)
def local_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[ZoneInfo]:
    """The process's clock set to a zone west or east of UTC (tests/local_clock.py)."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    try:
        yield ZoneInfo(request.param)
    finally:
        monkeypatch.undo()
        time.tzset()
