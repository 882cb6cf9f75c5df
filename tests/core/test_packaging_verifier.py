"""What the release check says (walker report t31/walk-first, finding 8): the bundled verifier
comes in the same download it checks, so it says it cannot vouch for that download and points to
minisign and the published key; a --pubkey other than the release key is said loudly; and the
documented first step, `minisign -Vm SHA256SUMS -P <key>` then `sha256sum -c SHA256SUMS`, passes
a good release and refuses a changed one. Real files, signed with a throwaway test key."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import release_sign  # noqa: E402
import verify_release  # noqa: E402

TARBALL = "vault-app-9.9.9-linux-x86_64.tar.gz"
VERIFIER = "vault-app-verify.py"
CAVEAT = "this script came in the download: it cannot vouch for the download"
NOT_RELEASE = "is NOT the Therapy Vault release key"


def _release(tmp_path: Path) -> tuple[Path, Path, str]:
    """A release folder as scripts/release.py lays it out (tarball, the verifier, the signed
    sums); the test key's .pub file and its key line."""
    key = release_sign.new_key(tmp_path / "keys" / "k.pem")
    pub = tmp_path / "k.pub"
    pub.write_text(release_sign.public_key_text(key), encoding="utf-8")
    rel = tmp_path / "rel"
    rel.mkdir()
    (rel / TARBALL).write_bytes(os.urandom(4096))
    shutil.copy2(ROOT / "scripts" / "verify_release.py", rel / VERIFIER)
    sums = "".join(f"{hashlib.sha256((rel / n).read_bytes()).hexdigest()}  {n}\n" for n in (TARBALL, VERIFIER))
    (rel / "SHA256SUMS").write_text(sums, encoding="utf-8")
    release_sign.sign_file(rel / "SHA256SUMS", key, "test release")
    return rel, pub, pub.read_text(encoding="utf-8").splitlines()[1]


def _run_verifier(rel: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, VERIFIER, "SHA256SUMS", *extra], capture_output=True, text=True,
                          check=False, cwd=rel)


def test_the_verifier_says_it_cannot_vouch_for_its_own_download(tmp_path: Path) -> None:
    rel, pub, _ = _release(tmp_path)
    done = _run_verifier(rel, "--pubkey", str(pub))
    assert done.returncode == verify_release.EXIT_OTHER_KEY, done.stderr  # a test key: good, not the release's
    assert CAVEAT in done.stderr
    assert "check SHA256SUMS.minisig with the published key first" in done.stderr
    assert f"minisign -Vm SHA256SUMS -P {verify_release.RELEASE_PUBLIC_KEY}" in done.stderr
    # Its own line does not read as a clean bill of health for itself.
    own = next(line for line in done.stdout.splitlines() if VERIFIER in line)
    assert "this script" in own and "minisign" in own
    assert re.search(rf"^OK  {re.escape(TARBALL)}$", done.stdout, re.M)
    # A refused download says the same: the words come before any result.
    (rel / TARBALL).write_bytes(os.urandom(4096))
    bad = _run_verifier(rel, "--pubkey", str(pub))
    assert bad.returncode == 1 and CAVEAT in bad.stderr and "SHA-256 differs" in bad.stderr


def test_another_key_given_with_pubkey_is_said_loudly_to_not_be_the_release_key(tmp_path: Path) -> None:
    rel, pub, line = _release(tmp_path)
    for given in (str(pub), line):
        done = _run_verifier(rel, "--pubkey", given)
        # Not 0: a script or a hurried reader takes 0 for "install it" (it exited 0, said only in words).
        assert done.returncode == 3, done.stderr
        assert NOT_RELEASE in done.stderr
        assert "NOT the release key" in done.stdout  # on the result line too, not only in a warning above it
        assert "signature good" in done.stdout


def test_the_release_key_itself_is_not_called_another(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The other side: with the key built in (here the test key stands in for it), or the same key
    given with --pubkey, there is no NOT-the-release-key warning; the caveat stays."""
    rel, pub, line = _release(tmp_path)
    monkeypatch.setattr(verify_release, "RELEASE_PUBLIC_KEY", line)
    for extra in ([], ["--pubkey", str(pub)], ["--pubkey", line]):
        assert verify_release.main([str(rel / "SHA256SUMS"), *extra]) == 0
        out, err = capsys.readouterr()
        assert "NOT" not in out + err
        assert "signature good (test release)" in out
        assert CAVEAT in err


def test_the_real_release_key_refuses_a_test_signed_download(tmp_path: Path) -> None:
    rel, _, _ = _release(tmp_path)
    done = _run_verifier(rel)
    assert done.returncode == 1
    assert "another key" in done.stderr and NOT_RELEASE not in done.stderr


def _documented_check(rel: Path, key_line: str) -> subprocess.CompletedProcess[str]:
    """The README's first step, word for word but for the key."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = next(ln.split("#")[0].strip() for ln in readme.splitlines() if ln.startswith("minisign -Vm"))
    command = command.replace(verify_release.RELEASE_PUBLIC_KEY, key_line)
    return subprocess.run(["sh", "-c", command], capture_output=True, text=True, check=False, cwd=rel)


@pytest.mark.skipif(shutil.which("minisign") is None or shutil.which("sha256sum") is None,
                    reason="minisign is missing (apt-get install minisign)")
def test_the_documented_minisign_check_passes_a_good_release_and_refuses_a_changed_one(tmp_path: Path) -> None:
    rel, _, line = _release(tmp_path)
    good = _documented_check(rel, line)
    assert good.returncode == 0, good.stdout + good.stderr
    assert f"{TARBALL}: OK" in good.stdout
    # A changed tarball: the signature still holds, the sums do not.
    tarball = rel / TARBALL
    tarball.write_bytes(tarball.read_bytes()[::-1])
    assert _documented_check(rel, line).returncode != 0
    # Sums rewritten to match it: the signature no longer does.
    sums = rel / "SHA256SUMS"
    listed = sums.read_text(encoding="utf-8")
    sums.write_text(listed.replace(listed.split()[0], hashlib.sha256(tarball.read_bytes()).hexdigest()),
                    encoding="utf-8")
    forged = _documented_check(rel, line)
    assert forged.returncode != 0 and "FAILED" not in forged.stdout  # minisign stopped it before sha256sum ran


def test_the_instructions_start_with_minisign_and_the_published_key() -> None:
    """README and docs/install.md: the signature is checked by minisign with the key printed on the
    page before anything from the download is run; the bundled verifier comes after, as a convenience."""
    for page in (ROOT / "README.md", ROOT / "docs" / "install.md", ROOT / "packaging" / "linux" / "README.txt"):
        text = page.read_text(encoding="utf-8")
        first_check = text.index("minisign -Vm SHA256SUMS -P")
        assert text.index("sha256sum -c SHA256SUMS") > first_check, page
        assert text.index(f"python3 {VERIFIER}") > first_check, page
        if page.name != "README.txt":  # that one is inside the tarball: it cannot vouch for the key
            assert verify_release.RELEASE_PUBLIC_KEY in text, page
