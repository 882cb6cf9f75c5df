"""The Linux release (issue 22, item 2): the built bundle's glibc floor, its signature and sums,
the signing format, and the per-user installer around a stand-in program.

The bundle tests read dist/release/ (make release) or $VAULT_APP_BUNDLE_DIR and are skipped,
saying so, when no release was built; tests/core/test_packaging.py builds one and runs the
same checks (slow)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core import release_checks

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import release_sign  # noqa: E402
import verify_release  # noqa: E402

PUBKEY_FILE = ROOT / "packaging" / "release-key.pub"


def _release_dir() -> Path:
    where = Path(os.environ.get("VAULT_APP_BUNDLE_DIR") or ROOT / "dist" / "release")
    folders = sorted(p for p in where.glob("vault-app-*-linux-*") if p.is_dir())
    if not folders:
        pytest.skip(f"no release bundle in {where}: run `make release` (test_packaging.py builds one in CI)")
    return where


@pytest.mark.skipif(shutil.which("objdump") is None, reason="objdump is missing (apt-get install binutils)")
def test_the_built_bundle_runs_on_the_oldest_supported_glibc() -> None:
    where = _release_dir()
    bundle = next(p for p in where.glob("vault-app-*-linux-*") if p.is_dir())
    assert not release_checks.symbol_version_problems(bundle)
    assert not release_checks.forbidden_copies(bundle)


def test_the_built_release_verifies_with_the_documented_command() -> None:
    where = _release_dir()
    pub = os.environ.get("RELEASE_PUBKEY") or str(PUBKEY_FILE)
    done = subprocess.run([sys.executable, "vault-app-verify.py", "SHA256SUMS", "--pubkey", pub],
                          capture_output=True, text=True, check=False, cwd=where)
    key_text = Path(pub).read_text(encoding="utf-8") if Path(pub).is_file() else pub
    release_key = verify_release.RELEASE_PUBLIC_KEY in key_text
    # A test build's key verifies with its own exit code, the release key's with 0.
    assert done.returncode == (0 if release_key else verify_release.EXIT_OTHER_KEY), done.stdout + done.stderr
    assert "signature good" in done.stdout


def test_the_published_key_is_the_same_everywhere() -> None:
    line = PUBKEY_FILE.read_text(encoding="utf-8").splitlines()[1]
    assert line == verify_release.RELEASE_PUBLIC_KEY
    assert line in (ROOT / "README.md").read_text(encoding="utf-8")
    assert line in (ROOT / "docs" / "install.md").read_text(encoding="utf-8")
    verify_release.parse_public_key(PUBKEY_FILE.read_text(encoding="utf-8"))


def _signed_release(tmp_path: Path) -> tuple[Path, Path]:
    key_file = tmp_path / "keys" / "k.pem"
    key = release_sign.new_key(key_file)
    pub = tmp_path / "k.pub"
    pub.write_text(release_sign.public_key_text(key), encoding="utf-8")
    rel = tmp_path / "rel"
    rel.mkdir()
    (rel / "vault-app-9.9.9-linux-x86_64.tar.gz").write_bytes(os.urandom(4096))
    import hashlib

    digest = hashlib.sha256((rel / "vault-app-9.9.9-linux-x86_64.tar.gz").read_bytes()).hexdigest()
    (rel / "SHA256SUMS").write_text(f"{digest}  vault-app-9.9.9-linux-x86_64.tar.gz\n", encoding="utf-8")
    release_sign.sign_file(rel / "SHA256SUMS", key, "test release")
    assert oct((key_file.stat().st_mode) & 0o777) == "0o600"
    return rel, pub


def _verify(rel: Path, pub: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "verify_release.py"), "SHA256SUMS",
                           "--pubkey", str(pub)], capture_output=True, text=True, check=False, cwd=rel)


def test_signature_and_sums_verify_and_any_change_is_refused(tmp_path: Path) -> None:
    rel, pub = _signed_release(tmp_path)
    ok = _verify(rel, pub)
    assert ok.returncode == verify_release.EXIT_OTHER_KEY, ok.stderr  # all good, by a test key
    assert "signature good (test release)" in ok.stdout
    # A changed download.
    tar = rel / "vault-app-9.9.9-linux-x86_64.tar.gz"
    data = bytearray(tar.read_bytes())
    data[100] ^= 1
    tar.write_bytes(bytes(data))
    bad = _verify(rel, pub)
    assert bad.returncode == 1 and "SHA-256 differs" in bad.stderr
    # Sums changed to match: the signature no longer does.
    import hashlib

    sums = rel / "SHA256SUMS"
    sums.write_text(f"{hashlib.sha256(bytes(data)).hexdigest()}  {tar.name}\n", encoding="utf-8")
    forged = _verify(rel, pub)
    assert forged.returncode == 1 and "signature does not match" in forged.stderr


def test_another_key_is_refused(tmp_path: Path) -> None:
    rel, _ = _signed_release(tmp_path)
    done = _verify(rel, PUBKEY_FILE)
    assert done.returncode == 1
    assert "another key" in done.stderr


@pytest.mark.skipif(shutil.which("minisign") is None, reason="minisign is missing (apt-get install minisign)")
def test_minisign_itself_accepts_the_signature(tmp_path: Path) -> None:
    rel, pub = _signed_release(tmp_path)
    done = subprocess.run(["minisign", "-Vm", str(rel / "SHA256SUMS"), "-p", str(pub)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Trusted comment: test release" in done.stdout
