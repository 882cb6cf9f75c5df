"""The PyInstaller one-folder build starts, reads a vault made by the source version, and
passes scripts/smoke_package.sh (CLI round trip, search, PDF, GUI start, no test data)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build is the one made here"),
]


def test_frozen_build_passes_the_smoke_test(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.fail("pyinstaller is missing: it is part of the test extras (pip install -e '.[test]')")
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "packaging" / "vault-app.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        cwd=ROOT,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    env = dict(os.environ, DIST=str(dist), SOURCE_PYTHON=sys.executable)
    env.pop("VAULT_APP_PASSPHRASE", None)
    smoke = subprocess.run(
        ["bash", str(ROOT / "scripts" / "smoke_package.sh")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=ROOT,
        env=env,
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "smoke test passed" in smoke.stdout
    shutil.rmtree(work, ignore_errors=True)
