"""Write the licence notices of every bundled component, at build time.

    python scripts/licence_notices.py [OUT]     # default build/THIRD-PARTY-NOTICES.txt

The Python packages are the runtime packages of requirements/app.lock as installed here
(pip-licenses: name, version, licence, and the full licence and notice files they ship), then
Python itself, then the native libraries that wheels carry inside them (Qt inside PySide6,
qpdf inside pikepdf, SQLCipher inside sqlcipher3, …), which their packages' licence files cover.
The PyInstaller spec bundles the file; About shows it; the release tarball has a copy.
"""

from __future__ import annotations

import importlib.metadata as md
import json
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "app.lock"
# Not bundled: the build backend, and packages whose markers exclude this platform.
NOT_BUNDLED = {"setuptools"}
# Native code carried inside wheels, named here because no Python package metadata names it.
INSIDE_WHEELS = {
    "pyside6-essentials": "Qt 6 (LGPL-3.0-only; the Qt libraries are unmodified and replaceable "
                          "in _internal/PySide6/Qt/lib)",
    "pikepdf": "qpdf (Apache-2.0), libjpeg-turbo (IJG/BSD-3-Clause), zlib (Zlib)",
    "sqlcipher3": "SQLCipher community edition (BSD-3-Clause) and SQLite (public domain)",
    "cryptography": "OpenSSL 3 (Apache-2.0), statically linked",
    "pillow": "libjpeg-turbo, libpng, libtiff, libwebp, openjpeg, lcms2, zlib, freetype, brotli (see Pillow's licence)",
    "argon2-cffi-bindings": "the Argon2 reference implementation (CC0-1.0 / Apache-2.0)",
}


# Packages whose metadata names no licence although they ship one (read from the file itself).
LICENCE_WHEN_UNKNOWN = {"sqlcipher3": "Zlib (pysqlite's licence, text below)"}


def locked_names(lock: Path = LOCK) -> list[str]:
    names = []
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.-]+)==", line)
        if match and match[1].lower() not in NOT_BUNDLED:
            try:
                md.version(match[1])
            except md.PackageNotFoundError:
                continue  # a package for another platform (pywin32-ctypes on Linux)
            names.append(match[1])
    return names


def python_licence() -> str:
    for candidate in (Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.exists():
            return candidate.read_text(encoding="utf-8", errors="replace")
    return "Python Software Foundation License Version 2 (https://docs.python.org/3/license.html)\n"


def render(packages: list[dict[str, str]]) -> str:
    out = [
        "Therapy Vault — third-party licence notices",
        "=" * 44,
        "",
        "Therapy Vault bundles the following components. Each is listed with its version and",
        "licence, followed by the licence and notice texts it ships.",
        "",
        "Summary",
        "-------",
    ]
    for p in packages:
        out.append(f"  {p['Name']} {p['Version']}: {p['License']}")
        if extra := INSIDE_WHEELS.get(_canonical(p["Name"])):
            out.append(f"      includes {extra}")
    out.append(f"  Python {sys.version.split()[0]}: PSF-2.0")
    out.append("")
    for p in packages:
        out += ["", "=" * 78, f"{p['Name']} {p['Version']} — {p['License']}", "=" * 78, ""]
        for key in ("LicenseText", "NoticeText"):
            text = (p.get(key) or "").strip()
            if text and text != "UNKNOWN":
                out += [text, ""]
    out += ["", "=" * 78, f"Python {sys.version.split()[0]} — PSF-2.0", "=" * 78, "", python_licence()]
    return "\n".join(out) + "\n"


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def collect(names: list[str]) -> list[dict[str, str]]:
    pip_licenses = Path(sys.executable).with_name("pip-licenses")
    done = subprocess.run(
        [str(pip_licenses), "--from=mixed", "--with-license-file", "--with-notice-file", "--no-license-path",
         "--format=json", "--packages", *names],
        capture_output=True, text=True, check=True,
    )
    packages: list[dict[str, str]] = json.loads(done.stdout)
    for p in packages:
        if p.get("License", "UNKNOWN") == "UNKNOWN":
            p["License"] = LICENCE_WHEN_UNKNOWN.get(_canonical(p["Name"]), "UNKNOWN (see its licence text below)")
    missing = {_canonical(n) for n in names} - {_canonical(p["Name"]) for p in packages}
    if missing:
        raise SystemExit(f"pip-licenses found no metadata for: {', '.join(sorted(missing))}")
    return sorted(packages, key=lambda p: p["Name"].lower())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else ROOT / "build" / "THIRD-PARTY-NOTICES.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    packages = collect(locked_names())
    out.write_text(render(packages), encoding="utf-8")
    print(f"{out}: {len(packages)} packages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
