"""What the offscreen screenshot scripts share: a throw-away HOME with no keyring, the
app's QApplication, waiting for the worker, and saving a widget's picture."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(default_out: Path, shoot: Callable[[Path, Path], int]) -> int:
    """Parse --out, isolate HOME and the keyring, make the app, then `shoot(tmp, out)`."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(default_out))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        os.environ["HOME"] = str(home)
        os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
        os.environ["XDG_DATA_HOME"] = str(home / ".local/share")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        import keyring
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())
        from vault_app.gui.launcher import create_app

        create_app()
        return shoot(Path(tmp), out)


def pump(ms: int = 300) -> None:
    """Let the event loop run for `ms`, then wait for the background worker."""
    from PySide6.QtCore import QEventLoop, QTimer

    from vault_app.gui.background import runner

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    runner().wait_idle()


def grab(widget: QWidget, out: Path, name: str) -> None:
    pump()
    widget.grab().save(str(out / name))
    print("saved", out / name)
