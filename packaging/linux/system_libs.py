"""Which libraries the Linux bundle takes from the target system instead of the build host.

PyInstaller copies every shared library the bundled code links against, including the build
host's own. A copy of the host's libstdc++ or libexpat then demands the host's glibc (2.36 on
Debian 12) on every machine the bundle runs on, and copies of the X11/xcb/graphics stack can
clash with the target's drivers. These come from the target instead, as every desktop Linux
has them (the list follows the AppImage project's excludelist for the same reasons).
The oldest glibc the bundle needs is checked on every ELF file by tests/core/test_release_bundle.py.
"""

from __future__ import annotations

import re

# Qt plugins that would drag the whole GTK stack (gtk, gdk, cairo, pango, atk) from the host;
# without them Qt uses its own (Fusion) widgets and file dialogs, which the app uses anyway.
EXCLUDED_PLUGINS = ("platformthemes/libqgtk3.so",)

# Sonames (without the version suffix) that the target system provides.
SYSTEM_LIBS = (
    # the C++ runtime and libexpat: the system's are newer or equal on every supported distribution
    "libstdc++", "libgcc_s", "libexpat",
    # the display server, input and graphics stack: must match the target's drivers and server
    "libX11", "libX11-xcb", "libXau", "libXdmcp", "libXext", "libXrender", "libxcb",
    "libxkbcommon", "libxkbcommon-x11", "libGL", "libEGL", "libGLX", "libGLdispatch", "libOpenGL",
    "libwayland-client", "libwayland-cursor", "libwayland-egl", "libdrm", "libgbm",
    # fonts and text shaping: the system's fonts configuration belongs to the system
    "libfontconfig", "libfreetype", "libharfbuzz",
    # session services
    "libdbus-1", "libsystemd", "libglib-2.0", "libgobject-2.0", "libgio-2.0", "libgmodule-2.0",
    "libgthread-2.0", "libz",
    # printing: the system's print service client (CUPS) and what it alone links (TLS, mDNS): a print
    # goes through the system's own service, and the host's libcups needs the host's glibc (2.36 on
    # Debian 12). Without one, Qt's print dialog offers printing to a PDF file only.
    "libcups", "libavahi-client", "libavahi-common", "libgnutls", "libp11-kit", "libidn2", "libunistring",
    "libtasn1", "libnettle", "libhogweed", "libgmp",
    # the GTK stack, needed only by the excluded GTK platform theme
    "libgtk-3", "libgdk-3", "libgdk_pixbuf-2.0", "libcairo", "libcairo-gobject", "libpango-1.0",
    "libpangocairo-1.0", "libpangoft2-1.0", "libatk-1.0", "libatk-bridge-2.0", "libatspi", "libepoxy",
    "libpixman-1", "libthai", "libdatrie", "libfribidi", "libgraphite2",
)

_SONAME = re.compile(r"^(?P<stem>.+?)\.so(\.\d+)*$")


def is_system_lib(filename: str) -> bool:
    match = _SONAME.match(filename.rsplit("/", 1)[-1])
    if not match:
        return False
    stem = match["stem"]
    return stem in SYSTEM_LIBS or stem.startswith("libxcb-")


def keep_binary(dest: str, source: str) -> bool:
    """False for a library the target provides or a plugin that would pull in the host's GTK."""
    dest = dest.replace("\\", "/")
    if dest.endswith(EXCLUDED_PLUGINS):
        return False
    # Libraries that come inside a wheel (PySide6/Qt/lib, pillow.libs, …) are built for old
    # glibc on purpose (manylinux) and stay; only the build host's own copies are dropped.
    from_host = source.startswith(("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/"))
    return not (from_host and is_system_lib(source))
