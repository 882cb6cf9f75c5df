"""About names the product and version and shows the third-party licence notices a release
bundles (issue 22: Qt is LGPL, pikepdf MPL; notices generated at build time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from vault_app import PRODUCT_NAME, __version__
from vault_app.gui import about

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.gui


def test_about_names_the_product_and_version(qtbot) -> None:
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"About {PRODUCT_NAME}"
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(PRODUCT_NAME in t and __version__ in t for t in texts)


def test_generated_notices_are_shown(qtbot, tmp_path: Path) -> None:
    # The file the build writes, generated here by the same script from this environment.
    notices = tmp_path / about.NOTICES_NAME
    subprocess.run([sys.executable, str(ROOT / "scripts" / "licence_notices.py"), str(notices)],
                   check=True, capture_output=True, text=True, cwd=ROOT)
    dialog = about.LicencesDialog(path=notices)
    qtbot.addWidget(dialog)
    shown = dialog.text.toPlainText()
    for component in ("PySide6_Essentials", "LGPL-3.0", "pikepdf", "MPL-2.0", "sqlcipher3", "cryptography",
                      "Python Software Foundation"):
        assert component in shown, component
    assert dialog.text.isReadOnly()


def test_the_about_button_opens_the_notices_or_says_why_there_are_none(qtbot, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(about, "notices_file", lambda: tmp_path / "absent.txt")
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    dialog.licences_button.click()
    assert dialog.licences is not None and dialog.licences.isVisible()
    assert dialog.licences.text.toPlainText() == about.NOT_GENERATED


def test_the_window_names_its_desktop_file() -> None:
    # Wayland matches a window to its .desktop entry (and so its icon) by this name.
    from PySide6.QtGui import QGuiApplication

    from vault_app import APP_ID
    from vault_app.gui import launcher

    launcher.create_app()
    assert QGuiApplication.desktopFileName() == APP_ID
    assert (ROOT / "resources" / f"{QGuiApplication.desktopFileName()}.desktop").exists()
