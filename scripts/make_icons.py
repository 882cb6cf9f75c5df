"""Render the app icon from its SVG at build time: PNGs for Linux (hicolor sizes), .ico for
Windows and .icns for macOS. No binary icon is kept in the repository.

    python scripts/make_icons.py [OUT_DIR]     # default build/icons

Qt's own SVG renderer draws the SVG (PySide6 is a dependency already; no cairo needed) and
Pillow (a dependency of fpdf2) writes the .ico and .icns containers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "vault-app.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
# .icns entries Pillow writes from one large image: 16..512 and their @2x variants.
ICNS_SOURCE = 1024


def render_png(svg: Path, size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):  # the format follows the .png suffix
        raise SystemExit(f"could not write {out}")


def make_icons(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    out_dir.mkdir(parents=True, exist_ok=True)
    made: dict[str, Path] = {}
    for size in (*PNG_SIZES, ICNS_SOURCE):
        path = out_dir / f"vault-app-{size}.png"
        render_png(svg, size, path)
        made[f"png{size}"] = path
    with Image.open(made["png256"]) as big:
        ico = out_dir / "vault-app.ico"
        big.save(ico, format="ICO", sizes=ICO_SIZES)
        made["ico"] = ico
    with Image.open(made[f"png{ICNS_SOURCE}"]) as huge:
        icns = out_dir / "vault-app.icns"
        huge.save(icns, format="ICNS")
        made["icns"] = icns
    return made


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else ROOT / "build" / "icons"
    for kind, path in make_icons(out).items():
        print(f"{kind}: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
