"""Build the Linux release: a self-contained tarball with a launcher and a per-user installer,
its SHA-256 sums and an Ed25519 (minisign-format) signature.

    python scripts/release.py                    # make release: build, assemble, sum, sign
    python scripts/release.py --app-dir DIR      # assemble around an existing PyInstaller folder

Output in dist/release/:
    vault-app-<version>-linux-x86_64.tar.gz     the bundle (one folder, see packaging/linux/README.md)
    SHA256SUMS, SHA256SUMS.minisig              checksums, and the signature over them
    vault-app-verify.py                         the verifier (scripts/verify_release.py)

AppImage: appimagetool is not on PyPI or in Debian, so the tarball is the format here.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.metadata as md
import os
import platform
import shutil
import subprocess
import sys
import sysconfig
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from release_sign import key_path, load_key, public_key_text, sign_file  # noqa: E402

import vault_app  # noqa: E402

LINUX = ROOT / "packaging" / "linux"
BUILD = ROOT / "build"


def run(cmd: list[str], **kwargs: object) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, **kwargs)  # type: ignore[call-overload]


def build_app(*, reuse_analysis: bool = False) -> Path:
    """Icons, licence notices, then the PyInstaller folder; returns it.

    A release builds from nothing (`--clean`). With `reuse_analysis` (the test suite's build),
    PyInstaller keeps its analysis in build/release-work when everything it analyses is byte for
    byte what the last build there analysed (inputs_digest); otherwise it cleans as a release does.
    Either way COLLECT copies every file of the folder afresh from where the analysis found it."""
    py = sys.executable
    run([py, "scripts/make_icons.py", str(BUILD / "icons")])
    write_notices(BUILD / "THIRD-PARTY-NOTICES.txt")
    dist, work = BUILD / "release-dist", BUILD / "release-work"
    # Beside the analysis it describes (PyInstaller's work folder for the spec), so that any
    # --clean, this script's or a hand-run pyinstaller's, removes both.
    stamp = work / Path("packaging/vault-app.spec").stem / "inputs.sha256"
    inputs = inputs_digest()
    reuse = reuse_analysis and stamp.exists() and stamp.read_text(encoding="utf-8") == inputs
    stamp.unlink(missing_ok=True)  # a build that fails half way leaves nothing to reuse
    if reuse_analysis:
        print("PyInstaller: " + ("the inputs are those of the last build here: its analysis is reused" if reuse
                                 else "the inputs changed since the last build here (or there was none): --clean"))
    run([str(Path(py).with_name("pyinstaller")), "--noconfirm", *([] if reuse else ["--clean"]),
         "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work), "packaging/vault-app.spec"])
    stamp.write_text(inputs, encoding="utf-8")
    return dist / vault_app.COMMAND


def write_notices(target: Path) -> None:
    """scripts/licence_notices.py into `target`, replaced only when its text changed: the spec
    bundles the file, and PyInstaller analyses everything again when a bundled file is newer
    than its last build."""
    fresh = target.with_name(target.name + ".new")
    run([sys.executable, "scripts/licence_notices.py", str(fresh)])
    if target.exists() and target.read_bytes() == fresh.read_bytes():
        fresh.unlink()
    else:
        fresh.replace(target)


def inputs_digest() -> str:
    """SHA-256 over what the PyInstaller analysis reads: the interpreter, every installed
    distribution (name, version and its RECORD of file hashes), the app's package and the
    spec with the Python it runs (bytes of every file), the runtime lock, the licence notices, and the host's
    package database (the system libraries the bundle takes). PyInstaller's own check is by
    modification times, which a file copied with its old time would pass."""
    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        digest.update(hashlib.sha256(label.encode()).digest() + hashlib.sha256(data).digest())

    add("python", f"{sys.version}|{sys.executable}|{platform.platform()}".encode())
    for dist in sorted(md.distributions(), key=lambda d: (d.metadata["Name"] or "", d.version)):
        add(f"dist {dist.metadata['Name']}=={dist.version}", (dist.read_text("RECORD") or "").encode())
    # The app's whole package (its modules and data files), and what the spec runs: itself and
    # the Python it imports (packaging/linux/system_libs.py). Not the folder's READMEs and the
    # Linux scripts, which the assembly copies afresh on every build, nor the other platforms'.
    sources = sorted(p for p in (ROOT / "vault_app").rglob("*") if "__pycache__" not in p.parts)
    sources += sorted(p for p in (ROOT / "packaging").rglob("*") if p.suffix in (".spec", ".py"))
    for path in sources:
        if path.is_file():
            add(str(path.relative_to(ROOT)), path.read_bytes())
    for path in (ROOT / "requirements" / "app.lock", BUILD / "THIRD-PARTY-NOTICES.txt", Path("/var/lib/dpkg/status")):
        add(str(path), path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def host_library_notices(internal: Path) -> str:
    """Copyright files of the build host's libraries that the bundle carries (from dpkg)."""
    if not shutil.which("dpkg"):
        return ""
    libs = sorted(internal.glob("lib*.so*"))
    # PyInstaller took these from the multiarch folders; a library found elsewhere (the
    # interpreter's own libpython) is not a Debian package's file.
    multiarch = sysconfig.get_config_var("MULTIARCH") or f"{platform.machine()}-linux-gnu"
    paths = [p for lib in libs for p in (f"/lib/{multiarch}/{lib.name}", f"/usr/lib/{multiarch}/{lib.name}")]
    # One query for all of them (each dpkg start reads its whole database): dpkg answers the
    # paths in the order asked, one "package[, package]: path" line per match, none for a path
    # no package has.
    found = subprocess.run(["dpkg", "-S", *paths], capture_output=True, text=True, check=False) if paths else None
    owner: dict[str, str] = {}
    for line in found.stdout.splitlines() if found else []:
        head, _, path = line.rpartition(": ")
        owner.setdefault(Path(path).name, head.split(":", 1)[0].split(",")[0].strip())
    sections = []
    for lib in libs:
        package = owner.get(lib.name)
        if package is None:
            continue  # not from a Debian package: it came inside a wheel, whose licence covers it
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.exists():
            text = copyright_file.read_text(encoding="utf-8", errors="replace")
            sections.append(f"\n{'=' * 78}\n{lib.name} (Debian package {package})\n{'=' * 78}\n\n{text}")
    return "".join(sections)


def assemble(app_dir: Path, out: Path) -> Path:
    """The release folder: launcher, installer, desktop files, icons, notices, the app."""
    name = f"{vault_app.COMMAND}-{vault_app.__version__}-linux-{platform.machine()}"
    folder = out / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copytree(app_dir, folder / "app", symlinks=True)
    scripts = (("vault-app.sh", "vault-app"), ("install.sh", "install.sh"), ("uninstall.sh", "uninstall.sh"))
    for script, name in scripts:
        shutil.copy2(LINUX / script, folder / name)
        (folder / name).chmod(0o755)
    (folder / "VERSION").write_text(vault_app.__version__ + "\n", encoding="utf-8")
    shutil.copy2(LINUX / "README.txt", folder / "README.txt")
    share = folder / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy2(ROOT / "resources" / f"{vault_app.APP_ID}.desktop", share / "applications")
    shutil.copy2(ROOT / "resources" / f"{vault_app.APP_ID}.metainfo.xml", share / "metainfo")
    icons = BUILD / "icons"
    if not icons.exists():
        run([sys.executable, "scripts/make_icons.py", str(icons)])
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(icons / f"vault-app-{size}.png", target / f"{vault_app.APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "vault-app.svg", scalable / f"{vault_app.APP_ID}.svg")
    notices = app_dir / "_internal" / "vault_app" / "THIRD-PARTY-NOTICES.txt"
    text = notices.read_text(encoding="utf-8") if notices.exists() else ""
    text += host_library_notices(app_dir / "_internal")
    (folder / "THIRD-PARTY-NOTICES.txt").write_text(text, encoding="utf-8")
    bundled = folder / "app" / "_internal" / "vault_app" / "THIRD-PARTY-NOTICES.txt"
    if bundled.parent.exists():
        bundled.write_text(text, encoding="utf-8")  # About shows the same, host libraries included
    return folder


def archive(folder: Path, level: int = 6) -> Path:
    """A .tar.gz with sorted names, fixed owners and one timestamp (the commit's), so the same
    folder at the same gzip level gives the same bytes."""
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or _commit_time())
    tar_path = folder.with_name(folder.name + ".tar.gz")

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = epoch
        return info

    # Level 6 for a release: a third of level 9's CPU for a tarball about 0.5% larger
    # (docs/testing.md); the test suite's build asks for 1 (--compress-level).
    with (tar_path.open("wb") as f,
          gzip.GzipFile(fileobj=f, mode="wb", compresslevel=level, mtime=epoch, filename="") as gz,
          tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar):
        for path in sorted([folder, *folder.rglob("*")]):
            tar.add(path, arcname=str(path.relative_to(folder.parent)), recursive=False, filter=clean)
    return tar_path


def _commit_time() -> int:
    done = subprocess.run(["git", "log", "-1", "--format=%ct"], capture_output=True, text=True, check=False, cwd=ROOT)
    return int(done.stdout.strip() or 0)


def sums_and_signature(out: Path, files: list[Path], key_file: Path) -> tuple[Path, Path]:
    key = load_key(key_file)
    sums = out / "SHA256SUMS"
    lines = []
    for f in files:
        digest = hashlib.sha256()
        with f.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        lines.append(f"{digest.hexdigest()}  {f.name}\n")
    sums.write_text("".join(lines), encoding="utf-8")
    signature = sign_file(sums, key, f"Therapy Vault {vault_app.__version__} release checksums")
    return sums, signature


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Linux release tarball, sums and signature.")
    parser.add_argument("--app-dir", type=Path, help="an existing PyInstaller folder (skip the build)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "release")
    parser.add_argument("--reuse-analysis", action="store_true",
                        help="keep PyInstaller's analysis in build/release-work when its inputs are unchanged "
                             "(the test suite's build; a release builds from nothing)")
    parser.add_argument("--compress-level", type=int, choices=range(1, 10), default=6, metavar="1-9",
                        help="gzip level of the tarball (default 6, the release's; the test suite's build "
                             "uses 1: a third of the CPU, a tarball ~10%% larger, unpacked alike)")
    parser.add_argument("--key", help="signing key (default: $RELEASE_SIGNING_KEY or ~/.config/vault-app-release/)")
    args = parser.parse_args(argv)
    key_file = key_path(args.key)
    load_key(key_file)  # before a long build: fail now when the key is missing
    app_dir = args.app_dir or build_app(reuse_analysis=args.reuse_analysis)
    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob(f"{vault_app.COMMAND}-*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    folder = assemble(app_dir, args.out)
    tarball = archive(folder, args.compress_level)
    verifier = args.out / "vault-app-verify.py"
    shutil.copy2(ROOT / "scripts" / "verify_release.py", verifier)
    sums, signature = sums_and_signature(args.out, [tarball, verifier], key_file)
    size = tarball.stat().st_size
    unpacked = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"release: {tarball} ({size / 2**20:.1f} MiB packed, {unpacked / 2**20:.0f} MiB unpacked)")
    print(f"         {sums}, {signature}")
    # The check users make first: minisign with the published key, not the bundled verifier.
    signer = public_key_text(load_key(key_file)).splitlines()[1]
    print(f"verify:  cd {args.out} && minisign -Vm SHA256SUMS -P {signer} && sha256sum -c SHA256SUMS")
    published = (ROOT / "packaging" / "release-key.pub").read_text(encoding="utf-8").splitlines()[1]
    if signer != published:
        print("         signed with a key that is NOT the release key (packaging/release-key.pub): a test build")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
