"""What a built Linux bundle must satisfy: the glibc (and libstdc++) symbol versions every ELF
file in it requires, and no copy of a library the target system provides."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

# The oldest distributions supported: Ubuntu 22.04 LTS (glibc 2.35, libstdc++ of GCC 12 with
# GLIBCXX_3.4.30), Debian 12 (2.36), Fedora 36 (2.35). The bundled interpreter (built here on
# Debian 12) needs hypot@GLIBC_2.35, and PySide6's Qt needs 2.34: 2.35 is the floor.
# README.md, docs/install.md and packaging/linux/README.txt state the same.
OLDEST_GLIBC = (2, 35)
NEWEST_GLIBCXX = (3, 4, 30)
# Host libraries that must never be in the bundle (packaging/linux/system_libs.py).
FORBIDDEN = ("libstdc++.so.6", "libgcc_s.so.1", "libexpat.so.1", "libX11.so.6", "libxcb.so.1",
             "libfontconfig.so.1", "libfreetype.so.6", "libglib-2.0.so.0", "libgtk-3.so.0", "libqgtk3.so",
             "libreadline.so.8")


def elf_files(root: Path) -> list[Path]:
    out = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def _versions(text: str, prefix: str) -> list[tuple[int, ...]]:
    return [tuple(int(x) for x in v.split(".")) for v in re.findall(rf"\({prefix}_([0-9.]+)\)", text)]


def required_versions(elf: Path) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(newest GLIBC_, newest GLIBCXX_) this file needs from the system, from its undefined
    dynamic symbols (objdump -T lists the version of each)."""
    dump = subprocess.run(["objdump", "-T", str(elf)], capture_output=True, text=True, check=False).stdout
    needed = "\n".join(line for line in dump.splitlines() if "*UND*" in line)
    glibc = max(_versions(needed, "GLIBC"), default=(0,))
    glibcxx = max(_versions(needed, "GLIBCXX"), default=(0,))
    return glibc, glibcxx


def symbol_version_problems(root: Path) -> list[str]:
    problems = []
    files = elf_files(root)
    if len(files) < 20:
        problems.append(f"only {len(files)} ELF files under {root}: not a bundle")
    for elf in files:
        glibc, glibcxx = required_versions(elf)
        name = str(elf.relative_to(root))
        if glibc > OLDEST_GLIBC:
            problems.append(f"{name} needs GLIBC_{'.'.join(map(str, glibc))}")
        if glibcxx > NEWEST_GLIBCXX:
            problems.append(f"{name} needs GLIBCXX_{'.'.join(map(str, glibcxx))}")
    return problems


def forbidden_copies(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.name in FORBIDDEN)
