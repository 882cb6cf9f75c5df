"""Reproducible installs: the lock files pin every package with hashes, the environment the
tests run in holds exactly the locked versions, and the dependency audit fails on a known
vulnerability (issue 22, item 1)."""

from __future__ import annotations

import importlib.metadata as md
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
APP_LOCK = ROOT / "requirements" / "app.lock"
TEST_LOCK = ROOT / "requirements" / "test.lock"
AUDIT = ROOT / "scripts" / "audit_deps.py"


def _entries(lock: Path) -> dict[str, tuple[str, str, list[str]]]:
    """name -> (version, marker text, hashes), read the way pip reads a hashed requirements file."""
    text = lock.read_text(encoding="utf-8")
    joined = re.sub(r"\\\n\s*", " ", text)
    out: dict[str, tuple[str, str, list[str]]] = {}
    for line in joined.splitlines():
        if not line or line.lstrip().startswith("#"):
            continue
        hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", line)
        spec = line.split(" --hash")[0].strip()
        req = Requirement(spec)
        pins = [s for s in req.specifier if s.operator == "=="]
        assert len(pins) == 1, f"{lock.name}: {spec} is not pinned to one version"
        out[canonicalize_name(req.name)] = (pins[0].version, str(req.marker or ""), hashes)
    return out


@pytest.mark.parametrize("lock", [APP_LOCK, TEST_LOCK], ids=["app", "test"])
def test_every_locked_package_is_pinned_with_hashes(lock: Path) -> None:
    entries = _entries(lock)
    assert len(entries) > 20
    for name, (_version, _marker, hashes) in entries.items():
        assert hashes, f"{lock.name}: {name} has no hash"


def test_the_test_lock_holds_the_app_lock() -> None:
    app, test = _entries(APP_LOCK), _entries(TEST_LOCK)
    for name, (version, _m, _h) in app.items():
        assert name in test, f"{name} is in app.lock but not in test.lock"
        assert test[name][0] == version, f"{name}: app.lock {version}, test.lock {test[name][0]}"


def test_the_locks_satisfy_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for lock, wanted in ((APP_LOCK, project["dependencies"]),
                         (TEST_LOCK, project["dependencies"] + project["optional-dependencies"]["test"])):
        entries = _entries(lock)
        for spec in wanted:
            req = Requirement(spec)
            name = canonicalize_name(req.name)
            assert name in entries, f"{lock.name} lacks {req.name} (run make lock)"
            assert req.specifier.contains(entries[name][0], prereleases=True), (
                f"{lock.name}: {req.name}=={entries[name][0]} does not satisfy {req.specifier} (run make lock)")


def test_the_installed_versions_are_the_locked_ones() -> None:
    # The tests run in the environment make test installs from test.lock.
    wrong = []
    for name, (version, marker, _h) in _entries(TEST_LOCK).items():
        if marker and not Marker(marker).evaluate():
            continue
        try:
            installed = md.version(name)
        except md.PackageNotFoundError:
            wrong.append(f"{name}: locked {version}, not installed")
            continue
        if installed != version:
            wrong.append(f"{name}: locked {version}, installed {installed}")
    assert not wrong, "the environment differs from requirements/test.lock:\n" + "\n".join(wrong)


def _judge(report: dict[str, object], strict: bool = False) -> tuple[int, str]:
    code = (
        "import json, sys; sys.path.insert(0, 'scripts'); import audit_deps; "
        "c, lines = audit_deps.judge(json.loads(sys.argv[1]), strict=sys.argv[2] == '1'); "
        "print('\\n'.join(lines)); raise SystemExit(c)"
    )
    done = subprocess.run([sys.executable, "-c", code, json.dumps(report), "1" if strict else "0"],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    return done.returncode, done.stdout + done.stderr


VULNERABLE = {"name": "cryptography", "version": "41.0.0",
              "vulns": [{"id": "GHSA-3ww4-gg4f-jr7f", "fix_versions": ["42.0.0"], "aliases": [], "description": ""}]}
CLEAN = {"name": "zxcvbn", "version": "4.5.0", "vulns": []}
SKIPPED = {"name": "pikepdf", "skip_reason": "Dependency not found on PyPI and could not be audited: pikepdf (10.18.0)"}


@pytest.mark.parametrize(
    ("deps", "strict", "code", "says"),
    [
        ([CLEAN, VULNERABLE], False, 1, "VULNERABLE: cryptography 41.0.0: GHSA-3ww4-gg4f-jr7f (fixed in: 42.0.0)"),
        ([VULNERABLE, SKIPPED], False, 1, "audit FAILED"),
        ([CLEAN], False, 0, "no known vulnerabilities in 1 locked packages"),
        ([CLEAN, SKIPPED], False, 0, "DEPENDENCY AUDIT NOT DONE: 1 of 2 packages"),
        ([CLEAN, SKIPPED], True, 2, "DEPENDENCY AUDIT NOT DONE"),
    ],
)
def test_the_audit_verdict(deps: list[dict[str, object]], strict: bool, code: int, says: str) -> None:
    got, out = _judge({"dependencies": deps, "fixes": []}, strict)
    assert got == code, out
    assert says in out


def test_the_audit_fails_on_a_known_vulnerable_pin(tmp_path: Path) -> None:
    # The real pip-audit on a cryptography release with published advisories. Where the
    # advisory data cannot be reached (this machine's PyPI mirror has no JSON API) the
    # audit says it was not done: that is checked instead, and the skip says why.
    req = tmp_path / "vulnerable.txt"
    req.write_text("cryptography==41.0.0\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(AUDIT), str(req)], capture_output=True, text=True, check=False,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "AUDIT_STRICT": "1"})
    out = done.stdout + done.stderr
    if "DEPENDENCY AUDIT NOT DONE" in out:
        assert done.returncode == 2
        pytest.skip("the vulnerability data cannot be reached from here; "
                    "the audit said so and failed under AUDIT_STRICT")
    assert done.returncode == 1, out
    assert "VULNERABLE: cryptography 41.0.0" in out
